"""The year of a goal the plan serves is not its own figure's year.

Phrasings written for these tests (from no labelled text), in a plan of 2023 - 2025: a
strategy's, resolution's or nation's horizon written in the figure's own sentence leaves
the figure the plan's period; near-misses where the year is the figure's own keep it.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan

HEAD = (
    "UBND TỈNH AN GIANG\nSố: 45/KH-UBND\nAn Giang, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH\n"
    "Phòng, chống bệnh không lây nhiễm giai đoạn 2023 - 2025\n\nI. MỤC TIÊU\n"
)
PLAN = "2023-2025"

SERVED = [
    "Hướng tới mục tiêu của Chiến lược quốc gia đến năm 2030, tỉnh phấn đấu 60% người mắc "
    "đái tháo đường được phát hiện.",
    "Thực hiện Nghị quyết số 20-NQ/TW về bảo vệ sức khỏe nhân dân đến năm 2030, tỉnh đặt chỉ "
    "tiêu 35 giường bệnh/vạn dân.",
    "Tỷ lệ người trưởng thành hút thuốc lá giảm còn 36%, góp phần đạt mục tiêu quốc gia vào "
    "năm 2030.",
    "Góp phần hoàn thành mục tiêu của Chương trình mục tiêu quốc gia giai đoạn 2021 - 2030, "
    "tỉnh phấn đấu 85% trạm y tế xã quản lý bệnh tăng huyết áp.",
    "Triển khai Đề án chăm sóc sức khỏe người cao tuổi đến năm 2030, phấn đấu 70% người cao "
    "tuổi được khám sức khỏe định kỳ.",
    "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95%, hướng tới mục tiêu toàn quốc "
    "vào năm 2030.",
    "Tiến tới các mục tiêu của Chiến lược dân số Việt Nam đến năm 2030, tỉnh phấn đấu giảm "
    "tỷ số giới tính khi sinh xuống 110 bé trai/100 bé gái.",
    "Hưởng ứng Kế hoạch hành động quốc gia đến năm 2030, tỉnh phấn đấu 50% người tăng huyết áp "
    "được quản lý.",
]

OWN = [
    ("Đến năm 2025, tỉnh phấn đấu 60% người mắc đái tháo đường được phát hiện.", "2025"),
    ("Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95% vào năm 2024.", "2024"),
    ("Tiến tới năm 2024, tỉnh phấn đấu đạt 35 giường bệnh/vạn dân.", "2024"),
    (
        "Thực hiện Chiến lược quốc gia, tỉnh phấn đấu đến năm 2024 có 70% người cao tuổi được "
        "khám sức khỏe định kỳ.",
        "2024",
    ),
]


@pytest.mark.parametrize("words", SERVED)
def test_a_served_goals_year_is_not_the_figures(words: str) -> None:
    targets = draft_plan(HEAD + words + "\n").plan.targets
    assert [t.period.code for t in targets] == [PLAN]


@pytest.mark.parametrize(("words", "year"), OWN)
def test_a_figures_own_year_stands(words: str, year: str) -> None:
    targets = draft_plan(HEAD + words + "\n").plan.targets
    assert [t.period.code for t in targets] == [year]


def test_the_plan_named_as_its_own_scheme_keeps_its_year() -> None:
    words = "Theo đề án, giai đoạn từ nay đến năm 2024, tuổi thọ trung bình đạt 75 tuổi."
    targets = draft_plan(HEAD + words + "\n").plan.targets
    assert [t.period.code for t in targets] == ["2024"]
