"""Flattened tables whose columns say results or aims without a year (session 6).

The sentences and figures here are written for the tests (not copied from a labelled text).
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.cellrows import cell_rows
from vnhealthplan.io.extract.headcues import caption_year, cue_role, dated, is_comparison


def _read(text: str, issued: int | None) -> list[tuple[str, str, float, str]]:
    return [
        (c.role, c.code or c.name, float(c.value.magnitude), c.period.code)
        for c in cell_rows(text, issued)
    ]


def test_plan_result_and_share_under_a_caption_with_its_year() -> None:
    cells = (
        "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023 như sau:",
        "TT",
        "Chỉ tiêu",
        "ĐVT",
        "Kế hoạch",
        "Thực hiện",
        "Tỷ lệ (%)",
        "1",
        "Tỷ lệ dân số tham gia BHYT",
        "%",
        "92",
        "91,5",
        "99,5",
        "2",
        "Số bác sĩ/vạn dân",
        "Bác sĩ",
        "10",
        "10,2",
        "102",
    )
    assert _read("\n\n".join(cells), 2024) == [
        ("target", "health_insurance_coverage", 92, "2023"),
        ("observation", "health_insurance_coverage", 91.5, "2023"),
        ("target", "doctors_per_10k", 10, "2023"),
        ("observation", "doctors_per_10k", 10.2, "2023"),
    ]


def test_an_estimate_beside_a_plan_with_a_year_takes_its_year() -> None:
    text = (
        "Bảng 1. Chỉ tiêu y tế chủ yếu\n"
        "| STT | Chỉ tiêu | ĐVT | Kế hoạch 2024 | Ước TH | So với KH (%) |\n"
        "| 1 | Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế | % | 95 | 96,2 | 101,3 |\n"
        "| 2 | Số giường bệnh/vạn dân | Giường | 32 | 31,4 | 98,1 |\n"
    )
    assert _read(text, 2024) == [
        ("target", "communes_meeting_criteria", 95, "2024"),
        ("observation", "communes_meeting_criteria", 96.2, "2024"),
        ("target", "beds_per_10k", 32, "2024"),
        ("observation", "beds_per_10k", 31.4, "2024"),
    ]


def test_a_half_year_report_laid_out_with_spaces_takes_the_documents_year() -> None:
    text = (
        "CHỈ TIÊU                              KH năm     TH 6 tháng    Tỷ lệ %\n"
        "Số trẻ em được tiêm chủng đầy đủ       12.500      6.030        48,2\n"
    )
    assert _read(text, 2025) == [
        ("target", "Số trẻ em được tiêm chủng đầy đủ", 12500, "2025"),
        ("observation", "Số trẻ em được tiêm chủng đầy đủ", 6030, "2025"),
    ]


def test_aims_and_results_in_english_and_vietnamese() -> None:
    text = "\n\n".join(
        (
            "Đến hết năm 2022, các chỉ tiêu đạt như sau",
            "Chỉ số",
            "Mục tiêu / Target",
            "Kết quả đạt được",
            "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi (%)",
            "22",
            "21,4",
        )
    )
    assert _read(text, None) == [
        ("target", "stunting_u5", 22, "2022"),
        ("observation", "stunting_u5", 21.4, "2022"),
    ]


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        # a document's title and opening sentence
        ("KẾ HOẠCH\n\nThực hiện công tác y tế năm 2024\n\nI. MỤC ĐÍCH\n\n1. Nâng cao 95%", 2024),
        # headings of results and aims, and no year anywhere
        ("Chỉ tiêu\n\nKế hoạch\n\nThực hiện\n\nSố xã có trạm y tế\n\n120\n\n118\n", None),
        # headings of words that hold no figures
        ("Chỉ tiêu | Nội dung | Ghi chú\nTập huấn | 2 lớp | Quý II\n", 2024),
        # a comparison cannot start a table
        ("Tỷ lệ (%)\n\nSo với KH\n\nSố giường bệnh\n\n98\n\n101\n", 2024),
    ],
)
def test_near_misses_draft_nothing(text: str, issued: int | None) -> None:
    assert _read(text, issued) == []


def test_the_readings_of_headings() -> None:
    roles = [
        cue_role(w)
        for w in (
            "Thực hiện năm",
            "Ước thực hiện cả năm",
            "Chỉ tiêu giao",
            "Nội dung",
            "Đơn vị tính",
            "Kết quả thực hiện",
        )
    ]
    assert roles == ["observation", "observation", "target", None, None, "observation"]
    assert [is_comparison(w) for w in ("Đạt (%)", "SS cùng kỳ", "Số lượng")] == [
        True,
        True,
        False,
    ]
    text = "Theo Quyết định năm 2021.\nBảng 2: kết quả năm 2023\nChỉ tiêu"
    assert caption_year(text, text.index("Chỉ tiêu")) == 2023
    assert dated([None, ("target", 0)], 2024) == [None, ("target", 2024)]


@pytest.mark.parametrize("join", ["\n\n", "\n"])
def test_a_column_of_notes_after_the_years(join: str) -> None:
    cells = ["TT", "Chỉ tiêu", "ĐVT", "Năm 2025", "Năm 2030", "Ghi chú", "1",
             "Tỷ lệ dân số tham gia BHYT", "%", "95", ">95", " ", "2",
             "Tỷ lệ trạm y tế xã có bác sĩ", "%", "100", "100", "Duy trì"]  # fmt: skip
    assert _read(join.join(cells) + "\n", 2021) == [
        ("target", "health_insurance_coverage", 95, "2025"),
        ("target", "health_insurance_coverage", 95, "2030"),
        ("target", "stations_with_doctor", 100, "2025"),
        ("target", "stations_with_doctor", 100, "2030"),
    ]


def test_words_under_a_year_are_not_a_note() -> None:
    cells = ["Chỉ tiêu", "Năm 2025", "Năm 2030", "Tỷ lệ dân số tham gia BHYT (%)", "95",
             "Duy trì"]  # fmt: skip
    assert _read("\n\n".join(cells) + "\n", 2021) == []


@pytest.mark.parametrize("join", ["\n\n", "\n"])
def test_rows_of_groups_without_cells_are_passed_over(join: str) -> None:
    cells = ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024", "I", "Chỉ tiêu về sức khỏe",
             "1", "Số giường bệnh/vạn dân", "Giường", "30", "31", "II",
             "Chỉ tiêu về nhân lực", "2", "Số bác sĩ/vạn dân", "Bác sĩ", "9", "9,5"]  # fmt: skip
    assert _read(join.join(cells) + "\n", 2025) == [
        ("observation", "beds_per_10k", 30, "2023"),
        ("observation", "beds_per_10k", 31, "2024"),
        ("observation", "doctors_per_10k", 9, "2023"),
        ("observation", "doctors_per_10k", 9.5, "2024"),
    ]


@pytest.mark.parametrize("mark", ["-", "–", "x", "…"])
def test_a_mark_of_no_data_is_an_empty_cell(mark: str) -> None:
    cells = ["Chỉ tiêu", "Năm 2022", "Năm 2023", "Số giường bệnh/vạn dân", mark, "31",
             "Số bác sĩ/vạn dân", "9", mark]  # fmt: skip
    assert _read("\n\n".join(cells) + "\n", 2024) == [
        ("observation", "beds_per_10k", 31, "2023"),
        ("observation", "doctors_per_10k", 9, "2022"),
    ]
