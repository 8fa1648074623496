"""A year or period a target is compared with is never the year it is due.

Phrasings written for these tests (from no labelled text), in a plan of 2023 - 2025: the
base after "so với" (in brackets, after "trung bình", "bình quân", "cùng kỳ", "giai đoạn")
leaves the target its own or the plan's year. Near-misses: a year to reach after the base
stays the target's.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan

HEAD = (
    "UBND TỈNH AN GIANG\nSố: 45/KH-UBND\nAn Giang, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH\n"
    "Phòng, chống bệnh truyền nhiễm giai đoạn 2023 - 2025\n\nI. MỤC TIÊU\n"
)

CASES = [
    (
        "Phấn đấu giảm 10% số ca mắc sốt xuất huyết so với trung bình 5 năm (2018 - 2022).",
        "2023-2025",
    ),
    ("Giảm 15% số ca mắc tay chân miệng so với bình quân 3 năm (2020 - 2022).", "2023-2025"),
    ("Giảm 20% số ca ngộ độc thực phẩm so với mức trung bình giai đoạn 2018 - 2022.", "2023-2025"),
    ("Giảm 5% số ca mắc sởi so với số liệu năm 2022.", "2023-2025"),
    ("Giảm 10% số ca tử vong do bệnh dại so với trung bình thời kỳ 2016 - 2020.", "2023-2025"),
    ("Giảm 25% số ca mắc sốt rét so với trung bình cộng 5 năm (2017 - 2021).", "2023-2025"),
    ("Giảm 12% số ca mắc so với trung bình 5 năm (2018 - 2022) vào năm 2024.", "2024"),
    ("Đến năm 2025, giảm 30% số ca mắc lao so với bình quân giai đoạn 2016 - 2020.", "2025"),
    ("Giảm 8% số ca mắc thủy đậu so với trung bình 3 năm 2020 - 2022 vào năm 2025.", "2025"),
]


@pytest.mark.parametrize(("words", "year"), CASES)
def test_the_base_is_not_the_year_due(words: str, year: str) -> None:
    targets = draft_plan(HEAD + words + "\n").plan.targets
    assert [t.period.code for t in targets] == [year]
