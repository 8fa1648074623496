"""Tables flattened one cell per paragraph: headings of results and of aims (wave 3)."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.cellrows import cell_rows
from vnhealthplan.text import parse_target_phrase


def _table(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


def _read(text: str, issued: int | None = None) -> list[tuple[str, str, float, str, str]]:
    return [
        (c.role, c.code, float(c.value.magnitude), c.phrase.comparator.symbol, c.period.code)
        for c in cell_rows(text, issued)
    ]


@pytest.mark.parametrize(
    ("results", "aims"),
    [
        ("Thực hiện 2023", "Kế hoạch 2025"),
        ("Thực hiện năm 2023", "Mục tiêu đến năm 2025"),
        ("Ước thực hiện 2023", "Chỉ tiêu 2025"),
        ("Ước TH năm 2023", "KH năm 2025"),
        ("Kết quả năm 2023", "Phấn đấu năm 2025"),
        ("Thực hiện\nImplemented 2023", "Mục tiêu\nTarget to 2025"),
        ("Actual 2023", "Plan 2025"),
        ("Kết quả đạt được 2023", "Mục tiêu 2025**"),
    ],
)
def test_a_heading_says_results_or_aims(results: str, aims: str) -> None:
    text = _table(
        "Chỉ tiêu", results, aims, "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "91,5", "95"
    )
    assert _read(text) == [
        ("observation", "health_insurance_coverage", 91.5, "=", "2023"),
        ("target", "health_insurance_coverage", 95.0, "=", "2025"),
    ]


def test_a_plans_table_drafts_only_targets_and_keeps_comparators() -> None:
    text = _table(
        "Nội dung",
        "Mục tiêu 2025",
        "Mục tiêu 2030",
        "Tỷ lệ trẻ em <1 tuổi được tiêm chủng đầy đủ (%)",
        ">95",
        "≥ 98",
        "Tỷ suất chết trẻ em <5 tuổi (%0)",
        "<18",
        " ",
    )
    assert _read(text) == [
        ("target", "full_immunisation_u1", 95.0, ">", "2025"),
        ("target", "full_immunisation_u1", 98.0, "≥", "2030"),
        ("target", "u5mr", 18.0, "<", "2025"),
    ]


@pytest.mark.parametrize(
    ("label", "code", "unit"),
    [
        ("Số bác sĩ trên 10.000 dân", "doctors_per_10k", "doctor / ten_thousand_people"),
        ("Số giường bệnh/vạn dân", "beds_per_10k", "bed / ten_thousand_people"),
        ("Tuổi thọ trung bình (năm)", "life_expectancy", "year"),
        ("Tuổi thọ kỳ vọng sống khi sinh (tuổi)", "life_expectancy", "year"),
        ("Tỷ suất tử vong trẻ em dưới 1tuổi (‰)", "imr", "death / thousand_live_births"),
        (
            "Tỷ số tử vong mẹ (trên 100.000 trẻ đẻ sống)",
            "mmr",
            "death / hundred_thousand_live_births",
        ),
        ("Tỷ lệ TYT xã có bác sĩ làm việc (%)", "stations_with_doctor", "percent"),
        ("Tỷ lệ xã đạt chuẩn quốc gia về y tế (%)", "communes_meeting_criteria", "percent"),
        ("Tỷ lệ người dân tham gia BHYT", "health_insurance_coverage", "percent"),
    ],
)
def test_a_rows_label_names_its_indicator_and_unit(label: str, code: str, unit: str) -> None:
    (found,) = cell_rows(_table("Năm", "Năm 2022", "Năm 2023", label, "12", " "), 2024)
    assert (found.code, str(found.value.units), found.role) == (code, unit, "observation")


def test_a_part_row_takes_the_unit_of_the_row_above() -> None:
    text = _table(
        "Chỉ tiêu",
        "TH 2024",
        "KH 2025",
        "Số giường bệnh trên 10.000 dân",
        "30,5",
        "32",
        "Trong đó: giường bệnh tư nhân",
        "2,1",
        "2,5",
    )
    parts = [c for c in cell_rows(text) if "tư nhân" in text[slice(*c.span)]]
    assert [(c.code, str(c.value.units), c.role) for c in parts] == [
        ("", "bed / ten_thousand_people", "observation"),
        ("", "bed / ten_thousand_people", "target"),
    ]


def test_a_cell_writing_its_own_unit_and_a_footnote_star() -> None:
    text = _table(
        "Chỉ tiêu", "Thực hiện 2020", "Mục tiêu 2025", "Số bác sĩ cho 10000 dân", "8.6*", "10%"
    )
    (result, aim) = cell_rows(text)
    assert (result.value.magnitude, result.code) == (8.6, "doctors_per_10k")
    assert (aim.value.magnitude, str(aim.value.units), aim.code) == (10, "percent", "")


def test_number_and_unit_columns() -> None:
    text = _table(
        "TT",
        "Chỉ tiêu",
        "ĐVT",
        "Ước thực hiện 2024",
        "Kế hoạch 2025",
        "1",
        "Số giường bệnh trên vạn dân",
        "Giường",
        "33",
        "34",
        "2",
        "Tỷ lệ bao phủ bảo hiểm y tế",
        "%",
        "93,5",
        "95",
    )
    assert _read(text) == [
        ("observation", "beds_per_10k", 33.0, "=", "2024"),
        ("target", "beds_per_10k", 34.0, "=", "2025"),
        ("observation", "health_insurance_coverage", 93.5, "=", "2024"),
        ("target", "health_insurance_coverage", 95.0, "=", "2025"),
    ]


def test_headings_with_only_years_split_at_the_documents_year() -> None:
    text = _table("Chỉ tiêu", "Năm 2023", "Năm 2024", "Tỷ lệ tham gia BHYT (%)", "90", "91")
    assert [c.period.code for c in cell_rows(text, 2024)] == ["2023", "2024"]
    assert [c.role for c in cell_rows(text, 2023)] == ["observation", "target"]
    assert cell_rows(text) == []  # no year to judge by: left alone


def test_one_cell_a_line_with_worded_headings() -> None:
    text = "CHỈ TIÊU\nThực hiện 2023\nKế hoạch 2025\nSố bác sĩ/vạn dân\n11,2\n12\n"
    assert _read(text) == [
        ("observation", "doctors_per_10k", 11.2, "=", "2023"),
        ("target", "doctors_per_10k", 12.0, "=", "2025"),
    ]


def test_cells_between_pipe_lines_with_a_unit_column() -> None:
    cells = ["Chỉ tiêu", "ĐVT", "Năm 2020", "Năm 2025", "Số giường bệnh/vạn dân", "Giường"]
    text = "\n|\n".join([*cells, "28", "30"]) + "\n"
    assert _read(text, 2021) == [
        ("observation", "beds_per_10k", 28.0, "=", "2020"),
        ("target", "beds_per_10k", 30.0, "=", "2025"),
    ]


@pytest.mark.parametrize(
    "heading",
    ["So với cùng kỳ 2023 (%)", "So sánh 2024/2023", "Tăng/giảm so với 2023", "% KH 2024"],
)
def test_a_column_that_compares_is_left_alone(heading: str) -> None:
    text = _table("Chỉ tiêu", "Thực hiện 2024", heading, "Số giường bệnh/vạn dân", "30", "105")
    assert _read(text, 2024) == [("observation", "beds_per_10k", 30.0, "=", "2024")]


def test_headings_of_bare_years_read_here_and_by_the_stacked_reader_draft_once() -> None:
    # session 6: bare years are read here too (a plan's "2025", "2030" are aims, which
    # the stacked reader leaves); a status figure both read is drafted once
    from vnhealthplan.extract import draft_plan

    text = "CHỈ TIÊU\n2022\n2023\nSố giường bệnh\n1.200\n1.250\n"
    assert [r[4] for r in _read(text, 2024)] == ["2022", "2023"]
    draft = draft_plan("Số: 1/BC-SYT\nngày 5 tháng 1 năm 2024\n" + text)
    assert [(o.value.magnitude, o.period.code) for o in draft.plan.observations] == [
        (1200, "2022"),
        (1250, "2023"),
    ]
    plan = "CHỈ TIÊU\n2025\n2030\nSố giường bệnh/vạn dân\n32\n35\n"
    assert _read(plan, 2021) == [
        ("target", "beds_per_10k", 32.0, "=", "2025"),
        ("target", "beds_per_10k", 35.0, "=", "2030"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023 tỉnh đạt 9 bác sĩ/vạn dân.\n\nKế hoạch năm 2025 đạt 10 bác sĩ/vạn dân.\n",
        _table("Kế hoạch 2025", "Tỷ lệ tham gia BHYT (%)", "95"),  # one column: no table
        _table("Thực hiện 2023", "Kế hoạch 2025", "Ghi chú", "Đã hoàn thành", "90"),
        "Thực hiện 2023\tKế hoạch 2025\nTỷ lệ tham gia BHYT (%)\t90\t95\n",  # tab-separated
        "Quyết định số 12 năm 2023\nKế hoạch năm 2024\nĐiều 1.\n1\n2\n",
    ],
)
def test_no_figure_outside_such_tables(text: str) -> None:
    assert cell_rows(text, 2024) == []


def test_a_draft_flattened_table_replaces_the_figures_read_in_prose() -> None:
    from vnhealthplan.io.extract.draft import draft_plan

    text = "KẾ HOẠCH Y TẾ NĂM 2025\n\n" + _table(
        "Chỉ tiêu",
        "Thực hiện 2024",
        "Kế hoạch 2025",
        "Tỷ lệ tham gia bảo hiểm y tế (%)",
        "92,1",
        "95",
        "Tỷ suất tử vong trẻ em dưới 1 tuổi (%0)",
        "10,5",
        "<10",
    )
    plan = draft_plan(text).plan
    assert [(t.indicator.code, t.value.magnitude, t.period.code) for t in plan.targets] == [
        ("health_insurance_coverage", 95, "2025"),
        ("imr", 10, "2025"),
    ]
    assert [(o.indicator.code, o.value.magnitude) for o in plan.observations] == [
        ("health_insurance_coverage", 92.1),
        ("imr", 10.5),
    ]


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("112 nam/100 nữ", 112, "male_birth / hundred_female_births"),
        ("dưới 14 %0", 14, "permille"),
        ("16%0", 16, "permille"),
    ],
)
def test_unit_spellings_of_tables(phrase: str, value: float, unit: str) -> None:
    read = parse_target_phrase(phrase)
    assert (read.value.magnitude, str(read.value.units)) == (value, unit)


def test_a_womans_count_is_no_sex_ratio() -> None:
    with pytest.raises(ValueError, match="unit"):
        parse_target_phrase("500 nữ")
