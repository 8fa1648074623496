"""Make ``dak_lak_filled_form.xlsx``: Đắk Lắk's 2024 form, filled with HYPOTHETICAL figures.

Run: python examples/make_filled_form.py [OUTPUT]

Writes the data-collection form (biểu mẫu) of the bundled plan ``dak-lak-2024``
(:func:`vnhealthplan.forms.write_form`) and fills every row in, as a department would in
Excel: numbers in number cells, some typed as text the Vietnamese way ("23,5", "5.210").

THE FIGURES ARE MADE UP (ví dụ: số liệu giả định). They are chosen near the plan's targets,
some met and some not, to show the monitoring cycle (docs/cycle.rst,
examples/dak_lak_cycle.ipynb). They are not statistics of Đắk Lắk: every source cell says
so, and so does every note. The values are fixed, so the file can be made again with the
same figures; OUTPUT defaults to ``dak_lak_filled_form.xlsx`` next to this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl

from vnhealthplan import plans
from vnhealthplan.forms import COLUMNS, form_rows, write_form

#: What every source cell says: "example: hypothetical figures".
HYPOTHETICAL = "ví dụ: số liệu giả định"
#: What every note says, in Vietnamese and English.
NOTE = "Số liệu giả định để minh họa, không phải số liệu thống kê (hypothetical, not statistics)"

#: The hypothetical figure of each row, by indicator and tier ("" for the whole province):
#: a float goes in as a number, a str as text typed the Vietnamese way.
FIGURES: dict[tuple[str, str], float | str] = {
    ("underweight_u5", ""): 17.2,  # target 17,6 %: met (lower is better)
    ("imr", ""): "23,5",  # target < 22 ‰: not met
    ("u5mr", ""): 31.4,  # target < 33 ‰: met
    ("communes_with_station", ""): 100.0,  # target 100 %: met
    ("stations_with_doctor", ""): "96,4",  # target 100 %: not met
    ("communes_meeting_criteria", ""): 57.1,  # target 55 %: met
    ("total_beds", ""): "5.210",  # target 5.130: met; 2.390 + 2.820
    ("total_beds", "province"): 2390.0,  # target 2.430: not met
    ("total_beds", "district"): 2820.0,  # target 2.700: met
    ("beds_per_10k", ""): "28,6",  # target 29: not met
    ("doctors_per_10k", ""): 7.9,  # target 7,7: met
    ("mmr", ""): 43.0,  # target < 45 per 100.000 live births: met
    ("full_immunisation_u1", ""): "93,8",  # target ≥ 95 %: not met
    ("crude_birth_rate", ""): "15,9",  # target: down by 0,2 ‰ (a change; needs 2023's level)
}

PLAN = "dak-lak-2024"
OUTPUT = Path(__file__).resolve().parent / "dak_lak_filled_form.xlsx"


def _column(name: str) -> str:
    return chr(ord("A") + COLUMNS.index(name))


def make(path: Path) -> Path:
    """Write the plan's form to *path* and fill every row with its figure in FIGURES."""
    plan = plans.load(PLAN)
    write_form(plan, path)
    book = openpyxl.load_workbook(path)
    sheet = book["Biểu mẫu"]
    value, source, note = _column("value"), _column("source"), _column("note")
    rows = form_rows(plan)
    for line, row in enumerate(rows, start=2):  # row 1 is the header
        tier = row.scope.tier.value if row.scope.tier else ""
        sheet[f"{value}{line}"] = FIGURES[row.indicator.code, tier]
        sheet[f"{source}{line}"] = HYPOTHETICAL
        sheet[f"{note}{line}"] = NOTE
    if len(rows) != len(FIGURES):
        raise SystemExit(f"{len(rows)} rows in the form, {len(FIGURES)} figures: update FIGURES")
    book.save(path)
    return path


if __name__ == "__main__":
    print(make(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT))
