"""A status measured against a named goal: the goal's figure is a target (session 8, tuneOB).

Blind-time errors of sets 3-7: a background clause compares where things stand with a
goal ("thấp hơn so với mục tiêu đặt ra là 30 giường bệnh/vạn dân năm 2025"); the status
word came first and decided, so the goal's figure was drafted as a status figure. The
phrasings below are written for these tests, not taken from a labelled text.
"""

from __future__ import annotations

import pytest

from figureroles import roles
from vnhealthplan.io.extract.goalcompared import compared_goal


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        (
            "Số bác sĩ hiện nay còn thấp so với mục tiêu đặt ra là 12 bác sĩ/vạn dân vào năm 2025.",
            2022,
            [("target", 12, "2025")],
        ),
        (
            "Tỷ lệ này đã đạt được mục tiêu Chiến lược đề ra là giảm xuống còn 20% vào năm 2020.",
            2022,
            [("target", 20, "2020")],
        ),
        (
            "Kết quả trên còn xa so với chỉ tiêu kế hoạch là 95% người dân có thẻ bảo hiểm y tế "
            "năm 2025.",
            2023,
            [("target", 95, "2025")],
        ),
        (
            "Đến nay tỉnh vẫn chưa đạt mục tiêu 30 giường bệnh/vạn dân năm 2025.",
            2023,
            [("target", 30, "2025")],
        ),
        (
            "Năm 2022 tỷ lệ bao phủ đã đạt 91%, so với mục tiêu 95% năm 2025 còn thấp.",
            2023,
            [("observation", 91, "2022"), ("target", 95, "2025")],
        ),
        (
            "Mật độ dược sĩ của tỉnh thấp hơn nhiều so với mục tiêu của Nghị quyết là 3 dược sĩ"
            "/vạn dân vào năm 2030.",
            2024,
            [("target", 3, "2030")],
        ),
        (
            "Tỉnh không đạt chỉ tiêu Trung ương giao là giảm tỷ suất chết trẻ em dưới 1 tuổi "
            "xuống 12‰ vào năm 2020.",
            2021,
            [("target", 12, "2020")],
        ),
        (
            "Hiện tỷ lệ tiêm chủng đầy đủ cao hơn mục tiêu phấn đấu đạt 95% đến năm 2025.",
            2023,
            [("target", 95, "2025")],
        ),
    ],
)
def test_the_figure_of_a_goal_a_status_is_compared_with_is_a_target(
    text: str, year: int, want: list[tuple[str, float, str]]
) -> None:
    assert roles(text, year) == want


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        # the goal's noun first, then a status word of the value's own: a status figure
        (
            "Mục tiêu giảm tỷ lệ thấp còi đến nay đã đạt 18,5%.",
            2023,
            [("observation", 18.5, "2023")],
        ),
        (
            "Theo kế hoạch, tỉnh hiện có 15 trạm y tế đạt chuẩn.",
            2023,
            [("observation", 15, "2023")],
        ),
        (
            "Thực hiện mục tiêu trên, đến cuối năm 2022 đã đạt 92% dân số tham gia bảo hiểm y tế.",
            2023,
            [("observation", 92, "2022")],
        ),
        # no comparison word before the goal's noun
        (
            "Kết quả thực hiện các mục tiêu cho thấy tỷ lệ bao phủ bảo hiểm y tế đạt 93,5%.",
            2024,
            [("observation", 93.5, "2024")],
        ),
        # a comma, then the value's own verb
        (
            "So với kế hoạch năm 2023, tỷ lệ tiêm chủng đầy đủ đạt 97%.",
            2024,
            [("observation", 97, "2023")],
        ),
    ],
)
def test_a_status_figure_with_a_goal_named_before_it_stays_a_status(
    text: str, year: int, want: list[tuple[str, float, str]]
) -> None:
    assert roles(text, year) == want


@pytest.mark.parametrize(
    "own",
    [
        "so với kế hoạch năm tăng ",  # the value is the change measured
        "so với cùng kỳ năm trước, đạt ",  # no goal's noun
        "vượt chỉ tiêu kế hoạch ",  # the excess, not the goal
        "so với mục tiêu, thực tế đạt ",  # a clause break and a status word
        "chưa đạt mục tiêu, hiện nay chỉ có ",
    ],
)
def test_near_misses_name_no_goal_figure(own: str) -> None:
    assert compared_goal(own) == ""
