"""Status figures of session 5, wave 4: the years and counts of reported results."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.targets import find_figures


def observed(text: str, doc_year: int | None) -> list[tuple[float, str]]:
    """The status figures drafted from *text*: (value, period code)."""
    return [
        (c.value.magnitude, c.period.code)
        for c in find_figures(text, doc_year=doc_year)
        if c.role == "observation"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Số ca mắc mới giảm từ 120 ca/năm (năm 2017) xuống còn 95 ca/năm (năm 2022).",
            [(120, "2017"), (95, "2022")],
        ),
        (
            "Tỷ lệ bao phủ tăng từ 78,5% (năm 2019) lên 91,2% (năm 2023).",
            [(78.5, "2019"), (91.2, "2023")],
        ),
        (
            "Số người tử vong giảm từ 31 người (cuối năm 2018) còn 12 người (cuối năm 2023).",
            [(31, "2018"), (12, "2023")],
        ),
    ],
)
def test_a_year_in_brackets_right_after_a_status_figure_is_its_own(
    text: str, want: list[tuple[float, str]]
) -> None:
    assert observed(text, 2024) == want


_REVIEW = "Sở Y tế tổng kết công tác năm 2024. "


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Hệ thống điều trị Methadone được duy trì tại 14 cơ sở, bảo đảm cho người bệnh "
            "được điều trị liên tục.",
            [("observation", 14, "2024")],
        ),
        (
            "Tỷ lệ bao phủ bảo hiểm y tế đạt 92,5%, vượt chỉ tiêu được giao.",
            [("observation", 92.5, "2024")],
        ),
        (
            "Toàn tỉnh có 9 trạm y tế xã đạt chuẩn, cần tiếp tục đầu tư.",
            [("observation", 9, "2024")],
        ),
        (
            "Tỷ lệ tiêm chủng đầy đủ đạt 96,1%, phấn đấu năm 2025 đạt 97%.",
            [("observation", 96.1, "2024"), ("target", 97, "2025")],
        ),
    ],
)
def test_an_aim_word_after_a_comma_governs_the_next_clause_not_the_figure(
    sentence: str, want: list[tuple[str, float, str]]
) -> None:
    found = [
        (c.role, c.value.magnitude, c.period.code)
        for c in find_figures(_REVIEW + sentence, doc_year=None)
    ]
    assert found == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tính đến tháng 6/2024, toàn tỉnh đã phát hiện 1.250 người nhiễm HIV.", [(1250, "2024")]),
        (
            "Năm 2022 phát hiện 40 người; năm 2023 phát hiện 52 người"
            " và 10/2024 phát hiện 31 người.",
            [(40, "2022"), (52, "2023"), (31, "2024")],
        ),
        ("Tính đến ngày 30/9/2024, toàn tỉnh ghi nhận 215 ca mắc sởi.", [(215, "2024")]),
        ("Quý III/2024, toàn tỉnh ghi nhận 18 ca mắc sốt xuất huyết.", [(18, "2024")]),
        # a reference's date is no figure's year: the plan's year stands
        ("Theo Kế hoạch số 45/KH-UBND ngày 12/3/2023, đã có 92 xã triển khai.", [(92, "2025")]),
    ],
)
def test_a_month_day_or_quarter_date_gives_a_status_figure_its_year(
    text: str, want: list[tuple[float, str]]
) -> None:
    assert observed(text, 2025) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2019 ghi nhận 64 ca mắc sởi, năm 2020 là 51, năm 2021 là 47.",
            [(64, "2019"), (51, "2020"), (47, "2021")],
        ),
        (
            "Năm 2020 có 150 bệnh nhân; năm 2021 có 170 và năm 2022 có 210.",
            [(150, "2020"), (170, "2021"), (210, "2022")],
        ),
        # a share's series, a count of another noun, a part: not items of the series
        ("Năm 2022 tỷ lệ đạt 85%; năm 2023 đạt 87.", [(85, "2022")]),
        ("Năm 2021 có 217 người; trong đó có 49 nữ.", [(217, "2021")]),
        ("Năm 2023 phát hiện 40 người, năm 2024 có 3 huyện chưa có ca bệnh.", [(40, "2023")]),
    ],
)
def test_a_bare_count_of_a_series_by_year_takes_the_noun_written_once(
    text: str, want: list[tuple[float, str]]
) -> None:
    assert observed(text, 2025) == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Số ca mắc sởi giảm so với cùng kỳ năm 2024: huyện A giảm 50% (từ 40 ca xuống còn"
            " 20 ca năm 2025); huyện B (từ 12 ca, xuống còn 3 ca).",
            [(40, "2024"), (20, "2025"), (12, "2024"), (3, "2025")],
        ),
        (
            "Số ca mắc lao phát hiện tăng so với năm 2023, từ 410 ca lên 455 ca.",
            [(410, "2023"), (455, "2025")],
        ),
        (
            "Huyện C giảm so với năm 2024 (từ 439 ca năm 2024, xuống còn 9 ca năm 2025).",
            [(439, "2024"), (9, "2025")],
        ),
    ],
)
def test_a_figure_from_which_a_count_fell_is_of_the_year_compared_with(
    sentence: str, want: list[tuple[float, str]]
) -> None:
    found = [
        (c.value.magnitude, c.period.code)
        for c in find_figures("Sở Y tế tổng kết công tác năm 2025. " + sentence, doc_year=None)
        if c.role == "observation" and str(c.value.units) == "case"
    ]
    assert found == want
