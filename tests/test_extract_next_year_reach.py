"""A year that opens the next clause, a long clause past the figure (session 10, tuneY10).

:mod:`~vnhealthplan.io.extract.nextyear` gives a year after a clause break to the figure it
leads ("…; đến năm 2027 có ít nhất 4 bác sĩ"), but looked no further than 80 characters
past the first figure and three words past the year: a long first clause ("100% trạm y tế
được đầu tư cơ sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ; đến năm
2027 …") lent its figure the next clause's year. Phrasings written for these tests (from no
labelled text), in a plan of 2021 - 2025 with a vision to 2030, under "Đến năm 2030:".
Near-misses: a year closing the figure's own clause stays the figure's, however long.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan

HEAD = (
    "UBND TỈNH AN GIANG\nSố: 45/KH-UBND\nAn Giang, ngày 10 tháng 3 năm 2021\nKẾ HOẠCH\n"
    "Chăm sóc sức khỏe nhân dân giai đoạn 2021 - 2025, định hướng đến năm 2030\n\n"
    "II. MỤC TIÊU\nĐến năm 2030:\n"
)

LONG = "được đầu tư cơ sở vật chất, trang thiết bị y tế và nhân lực theo chức năng, nhiệm vụ"

CASES = [
    (
        f"- 100% trạm y tế xã {LONG}; đến năm 2027 có ít nhất từ 4 bác sĩ.",
        [(100, "2030"), (4, "2027")],
    ),
    (
        f"- 95% bệnh viện tuyến huyện {LONG}; năm 2025 có tối thiểu 80 giường bệnh.",
        [(95, "2030"), (80, "2025")],
    ),
    (
        f"- Tỷ lệ trạm y tế {LONG} đạt 90%; riêng năm 2025 đạt trên 70%.",
        [(90, "2030"), (70, "2025")],
    ),
    (
        f"- 98% trẻ em {LONG} được tiêm chủng đầy đủ; đến năm 2026 có ít nhất 90% trẻ em"
        " được khám sàng lọc.",
        [(98, "2030"), (90, "2026")],
    ),
    (
        f"- 100% trung tâm y tế huyện {LONG}, đến năm 2025 có không dưới 10 trung tâm đạt chuẩn.",
        [(100, "2030"), (10, "2025")],
    ),
    # near-misses: the year closes the figure's own clause
    (
        f"- 100% trạm y tế xã {LONG}, vào năm 2027.",
        [(100, "2027")],
    ),
    (
        f"- 95% bệnh viện tuyến huyện {LONG} đến năm 2026.",
        [(95, "2026")],
    ),
    (
        f"- 90% trạm y tế {LONG}; đến năm 2027 hoàn thành việc nâng cấp.",
        [(90, "2027")],
    ),
]


@pytest.mark.parametrize(("words", "expected"), CASES)
def test_a_long_clause_before_the_next_year(words: str, expected: list[tuple[int, str]]) -> None:
    targets = draft_plan(HEAD + words + "\n").plan.targets
    assert [(t.value.magnitude, t.period.code) for t in targets] == expected
