"""Hostile spreadsheets: figures that were answered in silence, now refused
by name or read as the sheet shows them."""

from __future__ import annotations

import pathlib

import pandas as pd
import pytest

from vnhealthplan import plans
from vnhealthplan.errors import PlanDataError
from vnhealthplan.export import read_observations
from vnhealthplan.forms import read_form, write_form
from vnhealthplan.gaps import gaps_frame
from vnhealthplan.observations import observations_from_frame

DAK_LAK = plans.load("dak-lak-2024")  # full_immunisation_u1 ≥ 95 % by 2024
ROW = {"province": "Đắk Lắk", "indicator": "full_immunisation_u1", "year": 2024}


def _met(observations: pd.DataFrame) -> object:
    frame = gaps_frame(DAK_LAK, observations)
    return frame.loc[frame["indicator"] == "full_immunisation_u1", "met"].iloc[0]


def test_excel_fifteen_digits_in_a_frame_meet_the_target() -> None:
    # =B2/C2*100 saved by Excel as 94.99999999999999: the sheet shows 95, the target is ≥ 95
    figures = pd.DataFrame([{**ROW, "value": 94.99999999999999}])
    assert _met(figures)
    (obs,) = observations_from_frame(figures)
    assert obs.value.magnitude == 95.0


def test_gaps_frame_refuses_a_year_its_period_does_not_hold() -> None:
    figures = pd.DataFrame([{**ROW, "period": "2023", "value": 96.0}])
    with pytest.raises(PlanDataError) as caught:
        gaps_frame(DAK_LAK, figures)
    assert "row 0: year = 2024" in str(caught.value)
    assert "2023" in caught.value.said("vi")


def test_year_and_dates_that_disagree_are_refused() -> None:
    dated = {**ROW, "period_start": "2023-01-01", "period_end": "2023-12-31", "value": 96.0}
    for read in (observations_from_frame, lambda f: gaps_frame(DAK_LAK, f)):
        with pytest.raises(PlanDataError) as caught:
            read(pd.DataFrame([dated]))
        assert "year = 2024" in str(caught.value)
        assert "2023" in str(caught.value)


@pytest.mark.parametrize(
    ("field", "cell"),
    [
        ("indicator", "Full_Immunisation_U1"),
        ("indicator", "full_immunisation_u1 "),
        ("province", "Dak Lak Provinse"),
    ],
)
def test_gaps_frame_refuses_a_figure_it_cannot_place(field: str, cell: str) -> None:
    # the figure was dropped in silence: the target said "no figure" though one was given
    figures = pd.DataFrame([{**ROW, "value": 80.0}, {**ROW, field: cell, "value": 80.0}])
    with pytest.raises(PlanDataError) as caught:
        gaps_frame(DAK_LAK, figures)
    assert f"row 1: {field} = {cell!r}" in str(caught.value)
    assert "dòng 1" in caught.value.said("vi")


def test_gaps_frame_reports_every_unplaced_row() -> None:
    figures = pd.DataFrame([{**ROW, "indicator": "IMR", "value": 80.0},
                            {**ROW, "province": "Dak Lak Provinse", "value": 80.0}])  # fmt: skip
    with pytest.raises(PlanDataError) as caught:
        gaps_frame(DAK_LAK, figures)
    assert len(caught.value.problems) == 2


def test_gaps_frame_still_skips_other_provinces_and_indicators() -> None:
    figures = pd.DataFrame([{**ROW, "value": 96.0},
                            {**ROW, "province": "Thanh Hóa", "value": 10.0},
                            {**ROW, "province": "Cả nước", "value": 90.0},
                            {**ROW, "indicator": "nurses_per_10k", "value": 10}])  # fmt: skip
    assert _met(figures)


@pytest.mark.parametrize(
    ("head", "rows"),
    [
        ("province,indicator,year,value", ["Đắk Lắk,imr,2024,12", "Đắk Lắk,imr,2024.0,13"]),
        ("province,indicator,year,period,value", ["Đắk Lắk,imr,2024,,12", "Đắk Lắk,imr,,2024,13"]),
    ],
)
def test_read_observations_refuses_one_year_written_two_ways(
    tmp_path: pathlib.Path, head: str, rows: list[str]
) -> None:
    # both rows were returned: two figures for one year, the later one read in silence
    path = tmp_path / "so-lieu.csv"
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(PlanDataError) as caught:
        read_observations(path)
    assert "row 3: indicator = 'imr'" in str(caught.value)
    assert "dòng 2" in caught.value.said("vi")


def test_read_form_reads_fifteen_digits(tmp_path: pathlib.Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "bieu-mau.xlsx"
    write_form(DAK_LAK, path)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    row = next(r for r in range(2, sheet.max_row + 1)
               if sheet.cell(r, 1).value == "full_immunisation_u1")  # fmt: skip
    sheet.cell(row, 11).value = 94.99999999999999  # =B2/C2*100, shown as 95
    book.save(path)
    (obs,) = read_form(path)
    assert obs.value.magnitude == 95.0


def _review_edit(column: int, field: str, cell: object) -> tuple[object, list[str]]:
    from vnhealthplan.extract import draft_plan
    from vnhealthplan.io.extract.reviewedits import Reading, edited
    from vnhealthplan.io.extract.reviewrows import row_cells, rows_of

    text = (
        "KẾ HOẠCH\nY tế năm 2025\n\nĐến năm 2025 đạt 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ."
    )
    row = rows_of(draft_plan(text))[2]
    cells = row_cells(row, "vi")
    cells[column] = cell
    reading = Reading("r.xlsx", "Rà soát", "vi", [], {})
    return edited(reading, row, 4, cells, [field]), [p.said("vi") for p in reading.problems]


def test_review_refuses_a_year_with_a_fraction() -> None:
    # 2025.7 typed in the year column was read as 2025 in silence
    _, problems = _review_edit(7, "year", 2025.7)
    assert len(problems) == 1
    assert "H4: năm = 2.025,7" in problems[0]


def test_review_reads_fifteen_digits() -> None:
    target, problems = _review_edit(4, "value", 94.99999999999999)
    assert not problems
    assert target.value.magnitude == 95.0  # type: ignore[attr-defined]


def test_read_observations_refuses_a_hidden_column_it_reads(tmp_path: pathlib.Path) -> None:
    # the values were read from a column the sender had hidden: figures no one could see
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Tỉnh", "Mã chỉ tiêu", "Năm", "Giá trị", "Ghi chú"])
    sheet.append(["Đắk Lắk", "beds_per_10k", 2024, 30.5, "x"])
    sheet.column_dimensions["D"].hidden = True
    sheet.column_dimensions["E"].hidden = True  # a note hidden: not a figure, read as before
    path = tmp_path / "so-lieu.xlsx"
    book.save(path)
    with pytest.raises(PlanDataError) as caught:
        read_observations(path)
    (problem,) = caught.value.problems
    assert "!D1: column = 'Giá trị'" in str(problem)
    assert "bị ẩn" in problem.said("vi")
