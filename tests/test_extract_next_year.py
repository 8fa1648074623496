"""A year past a figure's clause that leads the next figure is not the first figure's.

Phrasings written for these tests (from no labelled text), in a plan of 2021 - 2025 with
a vision to 2030: the first figure keeps its list heading's or the plan's year; the year
after the clause break dates only the figure it leads. Near-misses: a year closing the
figure's own clause, or joined to it by "và", stays the figure's.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan

HEAD = (
    "UBND TỈNH AN GIANG\nSố: 45/KH-UBND\nAn Giang, ngày 10 tháng 3 năm 2021\nKẾ HOẠCH\n"
    "Chăm sóc sức khỏe nhân dân giai đoạn 2021 - 2025, định hướng đến năm 2030\n\n"
    "II. MỤC TIÊU\n"
)

CASES = [
    (
        "Đến năm 2030:\n- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%, trong đó năm 2025 đạt 93%.",
        [(95, "2030"), (93, "2025")],
    ),
    (
        "Phấn đấu mỗi năm giảm 1% tỷ lệ suy dinh dưỡng; đến năm 2025 còn dưới 15%.",
        [(-1, "2021-2025"), (15, "2025")],
    ),
    (
        "Đến năm 2030:\n- Số bác sĩ đạt 13 bác sĩ/vạn dân, riêng năm 2025 đạt 11 bác sĩ/vạn dân.",
        [(13, "2030"), (11, "2025")],
    ),
    (
        "Định hướng đến năm 2030:\n- Tỷ lệ trạm y tế có bác sĩ đạt 100%; năm 2023 đạt 90%.",
        [(100, "2030"), (90, "2023")],
    ),
    (
        "Hằng năm tăng 5% số người được khám sàng lọc; năm 2025 đạt 60% người trưởng thành.",
        [(5, "2021-2025"), (60, "2025")],
    ),
    (
        "Tỷ lệ tiêm chủng đầy đủ đạt 95%, vào năm 2024.",
        [(95, "2024")],
    ),
    (
        "Tỷ lệ tiêm chủng đầy đủ đạt 95%, đến năm 2024 và duy trì 95% đến năm 2025.",
        [(95, "2024"), (95, "2025")],
    ),
    (
        "Tỷ lệ xã đạt tiêu chí quốc gia về y tế đạt 90% năm 2025; 100% năm 2030.",
        [(90, "2025"), (100, "2030")],
    ),
]


@pytest.mark.parametrize(("words", "expected"), CASES)
def test_the_year_leading_the_next_figure(words: str, expected: list[tuple[int, str]]) -> None:
    targets = draft_plan(HEAD + words + "\n").plan.targets
    assert [(t.value.magnitude, t.period.code) for t in targets] == expected
