"""Flattened tables with two rows of headings: years, then sub-columns under each (session 6).

The sentences and figures here are written for the tests (not copied from a labelled text).
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.cellrows import cell_rows
from vnhealthplan.io.extract.subheads import sub_column, sub_headings


def _paragraphs(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


def _lines(*cells: str) -> str:
    return "\n".join(cells) + "\n"


def _read(text: str, issued: int | None) -> list[tuple[str, str, str, float, str, str]]:
    return [
        (c.role, c.code, c.name, float(c.value.magnitude), str(c.value.units), c.period.code)
        for c in cell_rows(text, issued)
    ]


_DISTRICTS = (
    "Bảng 2. Số ca mắc và tử vong do sốt xuất huyết theo huyện",
    "STT",
    "Địa phương",
    "Năm 2021",
    "Năm 2022",
    "Số ca mắc",
    "Tử vong",
    "Số ca mắc",
    "Tử vong",
    "1",
    "Huyện Đông",
    "215",
    "1",
    "340",
    "2",
    "2",
    "Thị xã Tây",
    "98",
    "0",
    "120",
    "1",
)


@pytest.mark.parametrize("join", [_paragraphs, _lines])
def test_counts_by_place_under_years_split_in_two(join) -> None:  # type: ignore[no-untyped-def]
    found = _read(join(*_DISTRICTS), 2023)
    assert [(name, value, year) for _, _, name, value, _, year in found] == [
        ("Huyện Đông (Số ca mắc)", 215, "2021"),
        ("Huyện Đông (Tử vong)", 1, "2021"),
        ("Huyện Đông (Số ca mắc)", 340, "2022"),
        ("Huyện Đông (Tử vong)", 2, "2022"),
        ("Thị xã Tây (Số ca mắc)", 98, "2021"),
        ("Thị xã Tây (Tử vong)", 0, "2021"),
        ("Thị xã Tây (Số ca mắc)", 120, "2022"),
        ("Thị xã Tây (Tử vong)", 1, "2022"),
    ]
    assert {role for role, *_ in found} == {"observation"}
    assert found[0][4] == "case"  # "Số ca mắc" reads as cases; "Tử vong" writes no unit
    assert found[1][4] == "dimensionless"


def test_plan_and_result_under_each_year() -> None:
    text = _paragraphs(
        "Chỉ tiêu",
        "Năm 2022",
        "Năm 2023",
        "KH",
        "TH",
        "KH",
        "TH",
        "Tỷ lệ dân số tham gia bảo hiểm y tế (%)",
        "90",
        "90,6",
        "92",
        "91,8",
    )
    assert [(r, code, v, y) for r, code, _, v, _, y in _read(text, 2024)] == [
        ("target", "health_insurance_coverage", 90, "2022"),
        ("observation", "health_insurance_coverage", 90.6, "2022"),
        ("target", "health_insurance_coverage", 92, "2023"),
        ("observation", "health_insurance_coverage", 91.8, "2023"),
    ]


def test_shares_by_sex_keep_the_rows_percent() -> None:
    text = _lines(
        "TT",
        "Nội dung",
        "Năm 2019",
        "Năm 2020",
        "Nam",
        "Nữ",
        "Nam",
        "Nữ",
        "1",
        "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ (%)",
        "41,2",
        "44,5",
        "47",
        "50,3",
    )
    found = _read(text, 2021)
    assert [(v, unit, y) for *_, v, unit, y in found] == [
        (41.2, "percent", "2019"),
        (44.5, "percent", "2019"),
        (47, "percent", "2020"),
        (50.3, "percent", "2020"),
    ]
    assert found[1][2] == "Tỷ lệ người cao tuổi được khám sức khỏe định kỳ (%) (Nữ)"
    assert {code for _, code, *_ in found} == {""}  # a part: not the catalogue's total


def test_a_comparing_sub_column_is_left_alone() -> None:
    text = _paragraphs(
        "Chỉ tiêu",
        "Năm 2023",
        "Năm 2024",
        "Thực hiện",
        "So sánh (%)",
        "Thực hiện",
        "So sánh (%)",
        "Số giường bệnh",
        "1.840",
        "102",
        "1.905",
        "103,5",
    )
    assert [(r, v, unit, y) for r, _, _, v, unit, y in _read(text, 2025)] == [
        ("observation", 1840, "bed", "2023"),
        ("observation", 1905, "bed", "2024"),
    ]


def test_a_table_cut_by_the_page_keeps_its_last_rows_cells() -> None:
    text = _paragraphs(*_DISTRICTS, "3", "Huyện Bắc", "17", "0", "25")
    assert [(n, v, y) for _, _, n, v, _, y in _read(text, 2023)][-3:] == [
        ("Huyện Bắc (Số ca mắc)", 17, "2021"),
        ("Huyện Bắc (Tử vong)", 0, "2021"),
        ("Huyện Bắc (Số ca mắc)", 25, "2022"),
    ]


def test_counts_with_no_unit_in_columns_of_aims_are_not_drafted() -> None:
    text = _paragraphs(
        "TT",
        "Huyện",
        "Kế hoạch 2026",
        "Kế hoạch 2027",
        "Nam",
        "Nữ",
        "Nam",
        "Nữ",
        "1",
        "Huyện Nam Sơn",
        "40",
        "38",
        "42",
        "40",
    )
    assert _read(text, 2025) == []


@pytest.mark.parametrize(
    "cells",
    [
        # three sub-headings for two years: not a second row of headings
        ("TT", "Huyện", "Năm 2021", "Năm 2022", "Mắc", "Chết", "Mắc", "1", "Xã A", "5", "0", "7"),
        # different words under each year: not the same sub-columns repeated
        ("TT", "Huyện", "Năm 2021", "Năm 2022", "Mắc", "Chết", "Khỏi", "Ra viện", "1", "Xã A",
         "5", "0", "7", "1"),
    ],
)  # fmt: skip
def test_near_misses_draft_nothing(cells: tuple[str, ...]) -> None:
    assert _read(_paragraphs(*cells), 2023) == []


def test_years_with_no_word_and_no_document_year_are_left_alone() -> None:
    assert _read(_paragraphs(*_DISTRICTS), None) == []


def test_sub_headings_and_their_cues() -> None:
    assert sub_headings(["Ước TH", "KH", "Ước TH", "KH", "II", "Y tế"], 2, numbered=True) == (
        "Ước TH",
        "KH",
        "Ước TH",
        "KH",
    )
    assert sub_headings(["Số ca mắc", "Tử vong", "1"], 2, numbered=True) == ()
    assert [sub_column(w) for w in ("Thực hiện", "Mục tiêu", "TH/KH (%)", "Số ca mắc")] == [
        ("observation", ""),
        ("target", ""),
        None,
        ("", "Số ca mắc"),
    ]


# Tables laid out one row a line (:mod:`.linecells`), read by the same rules.


def test_a_markdown_table_of_results_and_aims() -> None:
    text = (
        "Bảng 3. Một số chỉ tiêu chuyên môn\n"
        "| STT | Chỉ tiêu | ĐVT | Thực hiện 2023 | Kế hoạch 2025 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Số bác sĩ/vạn dân | Bác sĩ | 9,5 | 11 |\n"
        "| 2 | Tỷ lệ dân số tham gia BHYT | % | 91,2 | >95 |\n"
    )
    assert [(r, code, v, y) for r, code, _, v, _, y in _read(text, 2024)] == [
        ("observation", "doctors_per_10k", 9.5, "2023"),
        ("target", "doctors_per_10k", 11, "2025"),
        ("observation", "health_insurance_coverage", 91.2, "2023"),
        ("target", "health_insurance_coverage", 95, "2025"),
    ]
    quotes = [text[slice(*c.span)] for c in cell_rows(text, 2024)]
    assert quotes[1] == "Số bác sĩ/vạn dân | Bác sĩ | 9,5 | 11"


def test_pipes_without_borders_and_years_alone() -> None:
    text = "Chỉ tiêu | 2021 | 2022\nSố giường bệnh | 1.480 | 1.515\n"
    assert [(v, unit, y) for *_, v, unit, y in _read(text, 2023)] == [
        (1480, "bed", "2021"),
        (1515, "bed", "2022"),
    ]
    assert [y for *_, y in _read(text, 2021)] == ["2021", "2022"]  # 2022: ahead, an aim
    assert [r for r, *_ in _read(text, 2021)] == ["observation", "target"]


def test_a_pdf_page_laid_out_with_spaces() -> None:
    text = (
        "CHỈ TIÊU                        Ước TH 2024      KH 2025\n"
        "Tỷ lệ dân số tham gia BHYT (%)      93,4          95\n"
        "Số giường bệnh/vạn dân              31,5          33\n"
    )
    assert [(r, code, v, y) for r, code, _, v, _, y in _read(text, 2025)] == [
        ("observation", "health_insurance_coverage", 93.4, "2024"),
        ("target", "health_insurance_coverage", 95, "2025"),
        ("observation", "beds_per_10k", 31.5, "2024"),
        ("target", "beds_per_10k", 33, "2025"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "| TT | Huyện | Năm 2022 | Năm 2023 |\n| | | Số ca mắc | Tử vong | Số ca mắc | Tử vong |\n"
        "| 1 | Huyện Đông | 210 | 1 | 305 | 0 |\n",
        "TT   Huyện   Năm 2022   Năm 2023\nSố ca mắc   Tử vong   Số ca mắc   Tử vong\n"
        "1   Huyện Đông   210   1   305   0\n",
    ],
)
def test_a_second_row_of_headings_on_a_line(text: str) -> None:
    assert [(n, v, y) for _, _, n, v, _, y in _read(text, 2024)] == [
        ("Huyện Đông (Số ca mắc)", 210, "2022"),
        ("Huyện Đông (Tử vong)", 1, "2022"),
        ("Huyện Đông (Số ca mắc)", 305, "2023"),
        ("Huyện Đông (Tử vong)", 0, "2023"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence with double spaces
        "Năm 2023  toàn tỉnh đạt  95% kế hoạch, năm 2024  đạt 97%.\n",
        # a legal portal's metadata in "|" cells
        "Số hiệu: | 89/KH-UBND | Loại văn bản: | Kế hoạch |\n"
        "Ngày ban hành: | 25/04/2023 | Ngày hiệu lực: | 25/04/2023 |\n",
        # a table of tasks: no figures
        "| TT | Nội dung | Chủ trì | Thời gian |\n| 1 | Tập huấn | Sở Y tế | Quý II/2024 |\n",
        # tab-separated rows are :mod:`.tables`'s, not read again here
        "Chỉ tiêu\t2021\t2022\nSố giường bệnh\t1.480\t1.515\n",
    ],
)
def test_lines_that_are_not_tables_of_figures(text: str) -> None:
    assert _read(text, 2024) == []
