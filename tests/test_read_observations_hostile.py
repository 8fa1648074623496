"""A user's own CSV of observations with the slips people make: each named, all at once."""

from __future__ import annotations

import pytest

from vnhealthplan.errors import PlanDataError
from vnhealthplan.export import read_observations

# Hypothetical figures (số liệu giả định), as the notes column says.
HEADER = "province,indicator,year,value,notes\n"


def _problems(tmp_path, text: str) -> list[tuple[str, str, object]]:
    path = tmp_path / "mine.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanDataError) as info:
        read_observations(path)
    assert all(p.file == "mine.csv" for p in info.value.problems)
    return [(p.record, p.field, p.value) for p in info.value.problems]


def test_every_slip_is_reported_at_its_row_at_once(tmp_path):
    text = (
        HEADER + "Đắk Lắk,imr,2023,24,1,giả định\n"  # a decimal comma splits the value
        "\n"  # a blank row: skipped, but it keeps its number
        "Đắk Lắk,beds_per_10k,2023,27.4 giường,giả định\n"  # a unit in the value
        "Đắk Lắk,doctors_per_10k,2023,7.5,giả định\n"
        "Đắk Lắk,doctors_per_10k,2023,7.5,giả định\n"  # the row again
        "Đắk Lắk,doctor_per_10k,2023,7.5,giả định\n"  # a misspelt code
        'Đắk Lắk,stations_with_doctor,2023,"95,1",giả định\n'  # quoted: read as 95.1
    )
    assert _problems(tmp_path, text) == [
        ("row 2", "cells", "Đắk Lắk,imr,2023,24,1,giả định"),
        ("row 4", "value", "27.4 giường"),
        ("row 6", "indicator", "doctors_per_10k"),
        ("row 7", "indicator", "doctor_per_10k"),
    ]


def test_the_messages_say_what_was_expected(tmp_path):
    text = HEADER + "Đắk Lắk,imr,2023,24,1,giả định\nĐắk Lắk,imr,2022,23.5 ‰,giả định\n"
    path = tmp_path / "mine.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlanDataError) as info:
        read_observations(path)
    message = str(info.value)
    assert "expected 5 cells, as in the header; it has 6" in message
    assert 'write it 24.1, or in double quotes ("24,1")' in message
    assert "row 3: value = '23.5 ‰': expected a number alone" in message


def test_a_ragged_first_row_does_not_shift_the_columns(tmp_path):
    # pandas took the first column as an index here, and read every row shifted by one
    text = HEADER + "Đắk Lắk,imr,2023,24,1,giả định\nĐắk Lắk,imr,2024,23.5,giả định\n"
    assert _problems(tmp_path, text) == [("row 2", "cells", "Đắk Lắk,imr,2023,24,1,giả định")]


def test_the_same_row_twice_is_refused_even_with_other_values(tmp_path):
    text = HEADER + "Đắk Lắk,imr,2023,24.1,a\n\nĐắk Lắk,imr,2023,24.5,b\n"
    assert _problems(tmp_path, text) == [("row 4", "indicator", "imr")]


def test_rows_of_the_same_indicator_in_other_years_or_tiers_are_not_repeats(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "province,indicator,year,value,tier\n"
        "Đắk Lắk,total_beds,2024,5210,\n"
        "Đắk Lắk,total_beds,2024,2390,province\n"
        "Đắk Lắk,total_beds,2023,5100,\n"
        "Đắk Lắk,total_beds,2024,2820,district,\n",  # a trailing empty cell is no extra cell
        encoding="utf-8",
    )
    assert [o.value.magnitude for o in read_observations(path)] == [5210, 2390, 5100, 2820]


def test_a_semicolon_separated_file_as_excel_saves_it_in_vietnamese(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "province;indicator;year;value;notes\nĐắk Lắk;imr;2023;24,1;giả định\n", encoding="utf-8"
    )
    (obs,) = read_observations(path)
    assert (obs.indicator.code, obs.year, obs.value.magnitude) == ("imr", 2023, 24.1)


def test_a_form_value_beyond_an_indicator_s_plausible_bound_is_an_error(tmp_path):
    """'5.130' typed for the infant mortality rate in a Vietnamese form reads 5130‰: no
    population has that rate, so the row is refused (not taken as an IMR of 5,13)."""
    import csv

    from vnhealthplan import plans
    from vnhealthplan.forms import write_form

    form = write_form(plans.load("dak-lak-2024"), tmp_path / "form.csv")
    with form.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    imr = next(r for r in rows if r and r[0] == "imr")
    imr[10], imr[11] = "5.130", "số liệu giả định"
    with (tmp_path / "filled.csv").open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    with pytest.raises(PlanDataError, match=r"value = 5130: expected a level ≤ 1000"):
        read_observations(tmp_path / "filled.csv")
