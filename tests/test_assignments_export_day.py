"""An assignments file says the day its statuses are for (session 10, ux10).

Before: ``vnhealthplan assignments PLAN -o FILE`` wrote each row's status (overdue, not yet
due, ...) but not the day it was judged on; a file opened later could not say "overdue on
which day". Now a column "Ngày xem xét" / "As of" precedes "Tình trạng" / "Status".
"""

from __future__ import annotations

import csv
from datetime import date, datetime

import openpyxl
import pytest

from vnhealthplan import plans
from vnhealthplan.present.assignments import assignments_rows, write_assignments
from vnhealthplan.present.cli import main


@pytest.mark.parametrize(
    ("lang", "headers", "status"),
    [("vi", ["Ngày xem xét", "Tình trạng"], "quá hạn"), ("en", ["As of", "Status"], "overdue")],
)
def test_csv_has_the_day_before_the_status(tmp_path, capsys, lang, headers, status):
    path = tmp_path / "due.csv"
    argv = ["assignments", "thanh-hoa-2023", "--as-of", "2026-12-05", "-o", str(path)]
    assert main([*argv, "--lang", lang]) == 0
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][-2:] == headers
    assert rows[1][-2:] == ["2026-12-05", status]
    assert {r[-2] for r in rows[1:]} == {"2026-12-05"}


def test_xlsx_day_is_a_date_cell(tmp_path):
    rows = assignments_rows(plans.load("thanh-hoa-2023"), date(2025, 7, 1), "vi")
    path = write_assignments(rows, tmp_path / "nhiem-vu.xlsx", "vi")
    sheet = openpyxl.load_workbook(path).active
    table = list(sheet.iter_rows(values_only=True))
    assert table[0][-2:] == ("Ngày xem xét", "Tình trạng")
    assert table[1][-2] == datetime(2025, 7, 1)
    assert len(table) == 17


def test_rows_carry_the_day_of_their_statuses():
    rows = assignments_rows(plans.load("dak-lak-2024"), date(2025, 7, 1), "en")
    assert rows.columns[-2:].tolist() == ["as_of", "status"]
    assert rows["as_of"].dt.date.tolist() == [date(2025, 7, 1)]
