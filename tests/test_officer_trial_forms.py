"""A provincial officer's first monitoring cycle (trial 11): a filled form's cells read back
as the figures they show, quoted as the spreadsheet shows them, in the officer's language."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from vnhealthplan import plans
from vnhealthplan.core.messages import said
from vnhealthplan.errors import PlanDataError
from vnhealthplan.forms import COLUMNS, form_rows, read_form, write_form

THANH_HOA = plans.load("thanh-hoa-2023")
SHEET = "Biểu mẫu"
VALUE = chr(ord("A") + COLUMNS.index("value"))  # K


def _row(code: str) -> int:
    rows = form_rows(THANH_HOA, years=[2024])
    return next(i for i, r in enumerate(rows, 2) if r.indicator.code == code and r.year == 2024)


def _filled(tmp_path: Path, cells: dict[str, tuple[object, str]]) -> Path:
    path = write_form(THANH_HOA, tmp_path / "bieu-mau-2024.xlsx", years=[2024])
    book = openpyxl.load_workbook(path)
    for address, (value, fmt) in cells.items():
        book[SHEET][address] = value
        book[SHEET][address].number_format = fmt
    book.save(path)
    return path


def test_a_percentage_formatted_cell_is_quoted_as_it_shows(tmp_path):
    # 0.92 typed in a cell formatted "0%" shows "92%": that is the figure's quote, in the
    # review report's list of sources too, never the reader's internal record of the cell.
    row = _row("stations_full_primary_care")
    path = _filled(tmp_path, {f"{VALUE}{row}": (0.92, "0%")})
    (obs,) = read_form(path, THANH_HOA)
    assert obs.value.magnitude == 92
    assert obs.source.quote == "92%"
    assert said(obs.source.quote, "vi") == "92%"
    assert "PercentCell" not in str(obs.source)


def test_a_fractional_percentage_is_quoted_the_vietnamese_way(tmp_path):
    row = _row("stations_full_primary_care")
    path = _filled(tmp_path, {f"{VALUE}{row}": (0.925, "0.0%")})
    (obs,) = read_form(path, THANH_HOA)
    assert obs.value.magnitude == pytest.approx(92.5)
    assert obs.source.quote == "92.5%"
    assert said(obs.source.quote, "vi") == "92,5%"


def test_a_percentage_format_in_a_count_row_is_refused_in_vietnamese(tmp_path):
    # beds per 10,000 typed as 0.285 in a "0.0%" cell: refused, and said in Vietnamese with
    # Vietnamese numbers and the unit's Vietnamese name, no English words.
    row = _row("beds_per_10k")
    path = _filled(tmp_path, {f"{VALUE}{row}": (0.285, "0.0%")})
    with pytest.raises(PlanDataError) as err:
        read_form(path, THANH_HOA)
    (problem,) = err.value.problems
    english = str(problem)
    assert f"{SHEET}!{VALUE}{row}" in english
    assert "0.285 (shown as 28.5%)" in english
    assert "bed / ten_thousand_people" in english
    vietnamese = problem.said("vi")
    assert "0,285 (hiển thị là 28,5%)" in vietnamese
    assert "giường bệnh/vạn dân" in vietnamese
    assert "shown" not in vietnamese
    assert "ten_thousand" not in vietnamese


def test_an_inserted_empty_row_and_an_added_sheet_are_not_read(tmp_path):
    # docs/forms.rst: an empty row between the rows is skipped (the cells keep the addresses
    # the spreadsheet shows); a sheet added to the workbook is not read at all.
    beds, doctors = _row("beds_per_10k"), _row("doctors_per_10k")
    path = _filled(tmp_path, {f"{VALUE}{beds}": ("28,5", "General"),
                              f"{VALUE}{doctors}": ("13,2", "General")})  # fmt: skip
    book = openpyxl.load_workbook(path)
    book[SHEET].insert_rows(doctors)
    book.create_sheet("Số liệu huyện").append(["Thọ Xuân", "beds_per_10k", 2024, 21.0])
    book.save(path)
    observed = read_form(path, THANH_HOA)
    assert [(o.indicator.code, o.value.magnitude, o.source.section) for o in observed] == [
        ("beds_per_10k", 28.5, f"{SHEET}!{VALUE}{beds}"),
        ("doctors_per_10k", 13.2, f"{SHEET}!{VALUE}{doctors + 1}"),
    ]


def test_a_note_of_the_form_reaches_the_review_with_its_figure(tmp_path):
    # "Ghi chú": what the reviewer must know of a figure (an estimate, a part of the
    # province) is shown with its source in the review, not dropped.
    from datetime import date

    from vnhealthplan.review import review

    row = _row("beds_per_10k")
    path = _filled(tmp_path, {f"{VALUE}{row}": ("28,5", "General")})
    book = openpyxl.load_workbook(path)
    book[SHEET][f"M{row}"] = "ước tính; 20/27 huyện báo cáo"
    book.save(path)
    result = review(THANH_HOA, read_form(path, THANH_HOA), as_of=date(2025, 1, 31))
    latest = result.rows_for("beds_per_10k")[0].latest
    assert latest.source == (
        f"bieu-mau-2024.xlsx, người điền biểu mẫu; {SHEET}!{VALUE}{row}: “28,5” "
        "(ước tính; 20/27 huyện báo cáo)"
    )


def test_the_report_lists_a_figure_with_its_note(tmp_path):
    from datetime import date

    from vnhealthplan.present.review.sections import report_parts
    from vnhealthplan.review import review

    row = _row("beds_per_10k")
    path = _filled(tmp_path, {f"{VALUE}{row}": ("28,5", "General")})
    book = openpyxl.load_workbook(path)
    book[SHEET][f"M{row}"] = "ước tính"
    book.save(path)
    result = review(THANH_HOA, read_form(path, THANH_HOA), as_of=date(2025, 1, 31))
    text = repr(report_parts(result, "vi"))
    assert f"{SHEET}!{VALUE}{row}: “28,5” (ước tính)" in text
