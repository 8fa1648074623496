"""The sample filled form of the monitoring cycle (examples/dak_lak_filled_form.xlsx).

Its figures are hypothetical (ví dụ: số liệu giả định): the tests check that the file says
so in every source cell, that it reads back, and that examples/make_filled_form.py makes
the same observations again.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from vnhealthplan import plans
from vnhealthplan.forms import COLUMNS, form_rows, read_form
from vnhealthplan.report import plan_gaps

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SAMPLE = EXAMPLES / "dak_lak_filled_form.xlsx"
HYPOTHETICAL = "ví dụ: số liệu giả định"


@pytest.fixture(scope="module")
def dak_lak():
    return plans.load("dak-lak-2024")


@pytest.fixture(scope="module")
def observed(dak_lak):
    return read_form(SAMPLE, dak_lak)


def test_every_row_is_filled_and_reads_back(dak_lak, observed):
    rows = form_rows(dak_lak)
    assert len(observed) == len(rows) == 14
    assert [(o.indicator.code, o.scope.tier, o.year) for o in observed] == [
        (r.indicator.code, r.scope.tier, r.year) for r in rows
    ]
    assert {o.province.name for o in observed} == {"Đắk Lắk"}


def test_every_source_cell_says_the_figures_are_hypothetical(observed):
    sheet = openpyxl.load_workbook(SAMPLE)["Biểu mẫu"]
    source = COLUMNS.index("source")
    cells = [row[source].value for row in sheet.iter_rows(min_row=2)]
    assert cells == [HYPOTHETICAL] * 14
    assert all(o.source.document.issuer == HYPOTHETICAL for o in observed)
    assert all("giả định" in o.notes and "hypothetical" in o.notes for o in observed)


def test_some_values_are_vietnamese_text(observed):
    quotes = {o.source.quote: o.value.magnitude for o in observed}
    assert quotes["23,5"] == 23.5  # infant mortality, ‰: not 235
    assert quotes["5.210"] == 5210  # beds: five thousand two hundred ten


def test_some_targets_are_met_and_some_not(dak_lak, observed):
    frame = plan_gaps(dak_lak, observed)  # each tier's target meets the tier's own figure
    met = frame.assign(scope=frame["scope"].fillna("")).set_index(["indicator", "scope"])["met"]
    assert not met["imr", ""]
    assert met["doctors_per_10k", ""]
    assert frame["met"].isna().sum() == 1  # the change in birth rate
    beds = frame[frame.indicator == "total_beds"]
    assert beds["observed"].tolist() == [5210, 2390, 2820]  # province, provincial, district
    assert beds["met"].tolist() == [True, False, True]
    assert frame.attrs["unobserved_scopes"] == []


def test_regenerating_gives_the_same_observations(tmp_path, observed, dak_lak):
    again = tmp_path / SAMPLE.name
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "make_filled_form.py"), str(again)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert read_form(again, dak_lak) == observed
