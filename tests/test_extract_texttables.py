"""Tables written as text ("|" rows, runs of spaces, tabs): the unit a table states once
("ĐVT: triệu đồng"), its year columns, blank cells, notes, totals rows (session 9).

Every table here is written for these tests (no plan's words): different column layouts,
units, years in the headings, blank cells, a "Ghi chú" column, numbers with dots and commas.
"""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.cellrows import cell_rows
from vnhealthplan.io.extract.piped import piped_figures
from vnhealthplan.io.extract.tableunit import stated_unit, table_unit
from vnhealthplan.io.extract.totalrows import is_restated_total, prose_numbers

Row = tuple[str, str, float, str, str]


def _drafted(text: str) -> list[Row]:
    """(kind, unit, value, period, quote) of each target and observation drafted."""
    draft = draft_plan(text)
    found = [("target", t) for t in draft.plan.targets]
    found += [("observation", o) for o in draft.plan.observations]
    return [
        (kind, str(r.value.units), float(r.value.magnitude), r.period.code, r.source.quote)
        for kind, r in found
    ]


# -- the unit a table states ------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "unit"),
    [
        ("ĐVT: triệu đồng", "million_dong"),
        ("ĐVT: Triệu đồng", "million_dong"),
        ("Đơn vị tính: người", "person"),
        ("(Đơn vị tính: %)", "percent"),
        ("ĐVT: giường bệnh", "bed"),
        ("Đơn vị: tỷ đồng", "billion_dong"),
        ("Đ.V.T: người", "person"),
        ("ĐVT : lượt", "visit"),
        ("BẢNG 3. KINH PHÍ THỰC HIỆN (ĐVT: triệu đồng)", "million_dong"),
    ],
)
def test_a_stated_unit_is_read(words: str, unit: str) -> None:
    assert str(stated_unit(words)) == unit


@pytest.mark.parametrize(
    "words",
    [
        "Đơn vị chủ trì: Sở Y tế",
        "các đơn vị liên quan",
        "Đơn vị thực hiện: Trung tâm Y tế huyện",
        "ĐVT",
        "Đơn vị tính",
        "Đơn vị: Sở Y tế",
        "Đơn vị: Trạm y tế xã Nhơn Châu",
        "ĐVT: Sở KHĐT",
    ],
)
def test_words_naming_agencies_state_no_unit(words: str) -> None:
    assert stated_unit(words) is None


def test_headings_state_a_unit_only_when_they_agree() -> None:
    text = "Chỉ tiêu | KH 2025 (giường) | KH 2030 (giường)"
    heads = ["KH 2025 (giường)", "KH 2030 (giường)"]
    assert str(table_unit(text, 0, heads)) == "bed"
    assert table_unit(text, 0, ["KH 2025 (giường)", "KH 2030 (người)"]) is None
    assert table_unit(text, 0, ["KH 2025", "KH 2030"]) is None


def test_a_unit_above_a_finished_sentence_is_another_tables() -> None:
    text = "ĐVT: người\nBảng trên cho thấy dân số tăng đều.\n| Chỉ tiêu | KH 2025 |"
    assert table_unit(text, text.index("| Chỉ")) is None


# -- tables of my own, drafted whole ---------------------------------------------------

#: 1. An appendix of capital in "|" rows: ĐVT above, a "Ghi chú" column, a total that
#: restates the article, subtotal rows in capitals, item rows numbered under them.
APPENDIX = """QUYẾT ĐỊNH

Điều 1. Giao kế hoạch vốn năm 2025 thực hiện Đề án phát triển y tế cơ sở: 9.600 triệu đồng.

PHỤ LỤC

DANH MỤC VÀ KẾ HOẠCH VỐN NĂM 2025

ĐVT: triệu đồng

| STT | Đơn vị thực hiện / Danh mục | Kế hoạch vốn năm 2025 | Ghi chú |
|---|---|---|---|
|  | TỔNG CỘNG | 9.600 |  |
| I | HUYỆN ĐỒI XANH | 5.600 |  |
| 1 | Xây mới Trạm y tế xã Suối Mát | 3.500 | Khởi công mới |
| 2 | Sửa chữa Trạm y tế xã Bến Đá | 2.100 |  |
| II | THỊ XÃ HÀ BÌNH | 4.000 |  |
| 1 | Nâng cấp Trạm y tế phường Đông | 4.000 |  |
"""


def test_an_appendix_of_capital_drafts_each_row_in_its_stated_unit() -> None:
    drafted = _drafted(APPENDIX)
    table = [(v, p, q) for k, u, v, p, q in drafted if "|" in q and u == "million_dong"]
    assert table == [
        (5600.0, "2025", "HUYỆN ĐỒI XANH | 5.600"),
        (3500.0, "2025", "Xây mới Trạm y tế xã Suối Mát | 3.500"),
        (2100.0, "2025", "Sửa chữa Trạm y tế xã Bến Đá | 2.100"),
        (4000.0, "2025", "THỊ XÃ HÀ BÌNH | 4.000"),
        (4000.0, "2025", "Nâng cấp Trạm y tế phường Đông | 4.000"),
    ]  # "TỔNG CỘNG | 9.600" restates Điều 1: drafted once, at Điều 1
    assert all(k == "target" for k, *_ in drafted)


#: 2. People by district, two years of aims, a blank cell, "Đơn vị tính" in brackets.
PEOPLE = """Bảng 2. Số người được khám sàng lọc (Đơn vị tính: người)

| TT | Huyện | Kế hoạch 2025 | Kế hoạch 2026 |
|---|---|---|---|
| 1 | Huyện Núi Cao | 1.200 | 1.500 |
| 2 | Huyện Sông Dài |  | 2.050 |
"""


def test_a_blank_cell_is_no_figure_and_each_year_column_gives_its_year() -> None:
    assert [(r[0], r[2], r[3]) for r in _cells(PEOPLE)] == [
        ("target", 1200.0, "2025"),
        ("target", 1500.0, "2026"),
        ("target", 2050.0, "2026"),
    ]


def _cells(text: str, issued: int | None = None) -> list[tuple[str, str, float, str]]:
    return [
        (c.role, str(c.value.units), float(c.value.magnitude), c.period.code)
        for c in cell_rows(text, issued)
    ]


def test_people_take_the_unit_in_the_caption() -> None:
    assert {unit for _, unit, _, _ in _cells(PEOPLE)} == {"person"}


#: 3. The unit in the headings' brackets, beds; no caption.
BEDS = """| TT | Cơ sở | KH năm 2025 (giường) | KH năm 2030 (giường) |
|---|---|---|---|
| 1 | Bệnh viện Đa khoa tỉnh | 800 | 1.000 |
| 2 | Trung tâm Y tế huyện Gò Sỏi | 150 | 200 |
"""


def test_a_unit_in_the_headings_brackets_is_the_tables() -> None:
    assert _cells(BEDS) == [
        ("target", "bed", 800.0, "2025"),
        ("target", "bed", 1000.0, "2030"),
        ("target", "bed", 150.0, "2025"),
        ("target", "bed", 200.0, "2030"),
    ]


#: 4. Laid out by runs of spaces, one column of figures, billions with a decimal comma.
SPACED = """KINH PHÍ THỰC HIỆN NĂM 2026
Đơn vị tính: tỷ đồng
STT    Nguồn vốn    Dự toán năm 2026
1    Ngân sách tỉnh    12,5
2    Ngân sách huyện    3,75
"""


def test_a_table_laid_by_spaces_with_one_column_of_figures() -> None:
    assert _cells(SPACED) == [
        ("target", "billion_dong", 12.5, "2026"),
        ("target", "billion_dong", 3.75, "2026"),
    ]


#: 5. Tab-separated rows (a Word table): "STT | Đơn vị" heads the agencies, not a unit.
TABBED = (
    "PHÂN BỔ KINH PHÍ NĂM 2024\nĐVT: triệu đồng\n"
    "STT\tĐơn vị\tKế hoạch năm 2024\tGhi chú\n"
    "1\tTrung tâm Kiểm soát bệnh tật\t1.250,5\t\n"
    "2\tBệnh viện Phổi\t480\tBổ sung\n"
)


def test_a_word_table_takes_the_stated_unit_and_reads_a_decimal_comma() -> None:
    assert [(k, u, v, p) for k, u, v, p, _ in _drafted(TABBED)] == [
        ("target", "million_dong", 1250.5, "2024"),
        ("target", "million_dong", 480.0, "2024"),
    ]


#: 6. A row writing its own sign wins over the stated unit.
OWN_SIGN = """ĐVT: người

| Chỉ tiêu | Kế hoạch 2025 |
|---|---|
| Số người cao tuổi được khám sức khỏe | 45.000 |
| Tỷ lệ người cao tuổi có thẻ BHYT (%) | 98 |
"""


def test_a_rows_own_sign_wins_over_the_stated_unit() -> None:
    assert [(u, v) for _, u, v, _ in _cells(OWN_SIGN)] == [("person", 45000.0), ("percent", 98.0)]


# -- near-misses: not targets ----------------------------------------------------------

#: 7. Past figures: a column of results is observations, never targets.
PAST = """ĐVT: triệu đồng

| STT | Đơn vị | Năm 2022 (thực hiện) | Kế hoạch 2024 |
|---|---|---|---|
| 1 | Huyện Núi Cao | 3.100 | 3.500 |
"""


def test_a_column_of_past_figures_gives_observations_not_targets() -> None:
    assert _cells(PAST) == [
        ("observation", "million_dong", 3100.0, "2022"),
        ("target", "million_dong", 3500.0, "2024"),
    ]


ONLY_PAST = """ĐVT: ca

| TT | Huyện | Thực hiện 2022 | Thực hiện 2023 |
|---|---|---|---|
| 1 | Huyện Núi Cao | 12 | 9 |
| 2 | Huyện Sông Dài | 4 | 7 |
"""


def test_a_table_of_results_only_has_no_target() -> None:
    assert {role for role, *_ in _cells(ONLY_PAST)} == {"observation"}


#: 8. No stated unit: places as labels name no unit, so nothing is drafted.
NO_UNIT = """Đơn vị chủ trì: Sở Y tế

| TT | Huyện | Kế hoạch 2025 |
|---|---|---|
| 1 | Huyện Núi Cao | 3.500 |
"""


def test_without_a_stated_unit_a_places_row_is_not_drafted() -> None:
    assert _cells(NO_UNIT) == []


def test_a_unit_of_an_earlier_table_does_not_carry_over() -> None:
    text = (
        "ĐVT: người\n\nTình hình dân số đã được nêu ở trên.\n\n"
        "| TT | Huyện | Kế hoạch 2025 |\n|---|---|---|\n| 1 | Huyện Núi Cao | 3.500 |\n"
    )
    assert _cells(text) == []


def test_a_unit_above_an_earlier_tables_rows_is_not_the_next_tables() -> None:
    # review9: two appendices, no full stop between them; the second counts people
    text = (
        "PHỤ LỤC 1\nĐVT: triệu đồng\n| STT | Nội dung | Kế hoạch 2025 |\n|---|---|---|\n"
        "| 1 | Mua sắm trang thiết bị | 1.500 |\n\nPHỤ LỤC 2\nCHỈ TIÊU CHUYÊN MÔN NĂM 2025\n"
        "| STT | Huyện | Kế hoạch 2025 |\n|---|---|---|\n| 1 | Huyện An Lão | 320 |\n"
    )
    assert _cells(text) == [("target", "million_dong", 1500.0, "2025")]


# -- totals rows ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["TỔNG SỐ", "Tổng cộng", "Tổng", "Cộng", "Toàn tỉnh", "Tổng cộng (I+II)", "TỔNG:"]
)
def test_a_totals_row_restating_the_text_is_left_out(label: str) -> None:
    text = f"Tổng vốn 12.400 triệu đồng.\n| | {label} | 12.400 |"
    span = (text.index(f"| {label}") + 2, text.rindex(" |"))
    assert is_restated_total(text, label, span, prose_numbers(text))


@pytest.mark.parametrize(
    ("label", "prose", "cell"),
    [
        ("Tổng số trạm y tế", "Có 12.400 trạm.", "12.400"),  # names an indicator
        ("HUYỆN NÚI CAO", "Huyện Núi Cao 12.400 triệu.", "12.400"),  # a subtotal
        ("Tổng cộng", "Tổng vốn 12.400 triệu đồng.", "12.500"),  # another figure
        ("Tổng cộng", "Năm nay có 100 xã.", "100"),  # too small to be the same
        ("Tổng cộng", "| Vốn | 12.400 |", "12.400"),  # written in a table, not the text
    ],
)
def test_other_rows_are_kept(label: str, prose: str, cell: str) -> None:
    text = f"{prose}\n| | {label} | {cell} |"
    span = (text.index(f"| {label}") + 2, text.rindex(" |"))
    assert not is_restated_total(text, label, span, prose_numbers(text))


def test_a_total_whose_number_the_text_wrote_in_another_unit_is_drafted() -> None:
    # review9: "1.500 người" in the text is not the table's 1.500 million đồng
    text = (
        "Năm 2024 toàn tỉnh có 1.500 người nhiễm HIV đang điều trị.\nĐVT: triệu đồng\n"
        "| STT | Nội dung | Kế hoạch 2025 |\n|---|---|---|\n| 1 | Phòng chống HIV | 1.000 |\n"
        "| 2 | Phòng chống lao | 500 |\n| | Tổng cộng | 1.500 |\n"
    )
    assert ("target", "million_dong", 1500.0, "2025") in _cells(text)
    said = text.replace("1.500 người nhiễm HIV đang điều trị", "kinh phí 1.500 triệu đồng")
    assert ("target", "million_dong", 1500.0, "2025") not in _cells(said)


def test_a_total_the_text_did_not_write_is_drafted() -> None:
    text = APPENDIX.replace("thực hiện Đề án phát triển y tế cơ sở: 9.600 triệu đồng", "như sau")
    assert ("target", "million_dong", 9600.0, "2025") in _cells(text, 2025)


#: 9. A table flattened one cell a line between "|" lines (a legal portal's copy): the
#: caption's ĐVT is the unit of its rows of places.
FLAT = (
    "Sốt xuất huyết theo huyện\nĐVT: ca\nHuyện\n|\n2022\n|\n2023\n|\n"
    "Huyện Núi Cao\n|\n1.120\n|\n860\n|\nHuyện Sông Dài\n|\n340\n|\n295\n"
)


def test_a_table_flattened_between_pipe_lines_takes_the_stated_unit() -> None:
    assert piped_figures(FLAT.replace("ĐVT: ca\n", ""), 2024) == []  # no unit: no figure
    assert [
        (str(c.value.units), float(c.value.magnitude), c.period.code)
        for c in piped_figures(FLAT, 2024)
    ] == [
        ("case", 1120.0, "2022"),
        ("case", 860.0, "2023"),
        ("case", 340.0, "2022"),
        ("case", 295.0, "2023"),
    ]


#: 10. Rows numbered "1.1", "a" with one column of figures whose thousands are grouped: a
#: figure "1.050" is not a row's number (a group row would leave its cells out).
NUMBERED = (
    "ĐVT: người\n\n| TT | Địa phương | Mục tiêu 2026 |\n|---|---|---|\n"
    "| 1.1 | Phường Một | 1.050 |\n| a | Xã Hai | 980 |\n| 1.2 | Xã Ba | 2.015 |\n"
)


def test_grouped_figures_are_not_row_numbers() -> None:
    assert _cells(NUMBERED) == [
        ("target", "person", 1050.0, "2026"),
        ("target", "person", 980.0, "2026"),
        ("target", "person", 2015.0, "2026"),
    ]


#: 11. A group row whose cells are merged (blank), its items under it; sub-rows "- …".
GROUPED = (
    "ĐVT: triệu đồng\n\n| STT | Nội dung | Kế hoạch năm 2025 | Ghi chú |\n|---|---|---|---|\n"
    "| 1 | Sở Y tế |  |  |\n| 1.1 | Mua sắm trang thiết bị | 1.500 |  |\n"
    "| 1.2 | Đào tạo | 300 | Nguồn sự nghiệp |\n"
)
SUB_ROWS = (
    "Bảng 4. Giường bệnh theo tuyến (ĐVT: giường)\n\n| TT | Tuyến | Năm 2025 | Năm 2030 |\n"
    "|---|---|---|---|\n| 1 | Toàn tỉnh | 3.500 | 4.000 |\n|  | - Tuyến tỉnh | 1.200 | 1.400 |\n"
)


def test_a_group_row_with_merged_cells_has_no_figure_its_items_do() -> None:
    assert [(u, v) for _, u, v, _ in _cells(GROUPED, 2024)] == [
        ("million_dong", 1500.0),
        ("million_dong", 300.0),
    ]


def test_sub_rows_take_the_stated_unit_and_the_columns_years() -> None:
    assert _cells(SUB_ROWS, 2024) == [
        ("target", "bed", 3500.0, "2025"),
        ("target", "bed", 4000.0, "2030"),
        ("target", "bed", 1200.0, "2025"),
        ("target", "bed", 1400.0, "2030"),
    ]


def test_a_one_column_table_whose_first_row_is_numbered_i() -> None:
    # review9: "I" was read with the first row's label as two sub-headings of the year
    text = (
        "ĐVT: triệu đồng\n| STT | Nội dung | Kế hoạch 2025 |\n|---|---|---|\n"
        "| I | Vốn tỉnh | 3.000 |\n| 1 | Xây dựng | 2.000 |\n| 2 | Thiết bị | 1.000 |\n"
    )
    assert [v for _, _, v, _ in _cells(text)] == [3000.0, 2000.0, 1000.0]


def test_a_row_writing_a_ratio_keeps_its_indicator_under_a_stated_unit() -> None:
    # review9: "ĐVT: người" over a staff table was the unit of "Số bác sĩ/vạn dân" too
    text = (
        "ĐVT: người\n| STT | Chỉ tiêu | Kế hoạch 2025 | Kế hoạch 2030 |\n|---|---|---|---|\n"
        "| 1 | Tổng số bác sĩ | 1.200 | 1.500 |\n| 2 | Số bác sĩ/vạn dân | 12 | 15 |\n"
        "| 3 | Tỷ lệ trạm y tế xã có bác sĩ | 95 | 100 |\n"
    )
    assert [(u, v) for _, u, v, _ in _cells(text)] == [
        ("person", 1200.0),
        ("person", 1500.0),
        ("doctor / ten_thousand_people", 12.0),
        ("doctor / ten_thousand_people", 15.0),
        ("percent", 95.0),
        ("percent", 100.0),
    ]
