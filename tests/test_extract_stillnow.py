"""Aspect words of the present make a status figure (session 8, tuneOB).

Blind-time errors of sets 5-7: a background gives where things stand with "vẫn", "mới
chỉ", "đang", "hiện", "còn ở mức" and no date, and the drafter took the figure for a
target of the plan's year. The phrasings below are written for these tests, not taken
from a labelled text.
"""

from __future__ import annotations

import pytest

from figureroles import roles
from vnhealthplan.io.extract.stillnow import present_aspect


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        (
            "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi vẫn còn cao (22,5%).",
            2023,
            [("observation", 22.5, "2023")],
        ),
        (
            "Tỷ lệ sinh con thứ 3 trở lên tuy đã giảm nhưng vẫn chiếm khoảng 12%.",
            2022,
            [("observation", 12, "2022")],
        ),
        ("Khu vực miền núi mới chỉ đạt 6,5 bác sĩ/vạn dân.", 2022, [("observation", 6.5, "2022")]),
        ("Tỷ lệ tiêm chủng đầy đủ của tỉnh đang đạt 93%.", 2023, [("observation", 93, "2023")]),
        ("Tỷ lệ tiêm chủng đầy đủ của tỉnh đang ở mức 93%.", 2023, [("observation", 93, "2023")]),
        (
            "Cả nước hiện đạt trên 92% dân số tham gia bảo hiểm y tế.",
            2024,
            [("observation", 92, "2024")],
        ),
        (
            "Tỷ lệ suy dinh dưỡng thấp còi của tỉnh còn ở mức 24,1%.",
            2022,
            [("observation", 24.1, "2022")],
        ),
        (
            "Số người hút thuốc lá ở nam giới vẫn ở mức cao, khoảng 42%.",
            2023,
            [("observation", 42, "2023")],
        ),
        (
            "Mỗi xã chỉ có 1 cán bộ chuyên trách dân số.",
            2021,
            [("observation", 1, "2021")],
        ),
    ],
)
def test_an_aspect_word_of_the_present_makes_a_status_figure(
    text: str, year: int, want: list[tuple[str, float, str]]
) -> None:
    assert roles(text, year) == want


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        # aimed: a target however it is worded
        (
            "Phấn đấu đến năm 2030 tỷ lệ hộ nghèo chỉ còn dưới 3%.",
            2024,
            [("target", 3, "2030")],
        ),
        # "giảm (xuống) còn": a target's level
        (
            "Đến năm 2025 giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống còn 18%.",
            2023,
            [("target", 18, "2025")],
        ),
        # "mới" is "new" here: no aspect
        (
            "Năm 2025 số người nhiễm HIV phát hiện mới đạt dưới 70 người.",
            2024,
            [("target", 70, "2025")],
        ),
    ],
)
def test_an_aimed_figure_stays_a_target(
    text: str, year: int, want: list[tuple[str, float, str]]
) -> None:
    assert roles(text, year) == want


@pytest.mark.parametrize(
    ("own", "before"),
    [
        ("giảm tỷ lệ suy dinh dưỡng xuống còn ", ""),
        ("số người nhiễm HIV phát hiện mới đạt ", ""),
        ("tỷ lệ bao phủ vẫn duy trì ở mức ", ""),
        ("vẫn chiếm tỷ lệ cao. Năm 2025 đạt ", ""),
        ("", "Phấn đấu giảm tỷ lệ thấp còi ("),
    ],
)
def test_near_misses_read_no_aspect(own: str, before: str) -> None:
    assert present_aspect(own, before) == ""
