"""The end of a year after the plan's year is one to reach ("đến cuối năm 2025 đạt 90%").

Phrasings written for these tests (from no labelled text), in a plan issued in 2023: each
figure is a target due by the year written with it; near-misses dated at the end of a year
before the plan's stay status figures of that year.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan

HEAD = (
    "UBND TỈNH AN GIANG\nSố: 45/KH-UBND\nAn Giang, ngày 10 tháng 3 năm 2023\nKẾ HOẠCH\n"
    "Phòng, chống bệnh không lây nhiễm giai đoạn 2023 - 2030\n\nI. MỤC TIÊU\n"
)

TARGETS = [
    (
        "Tỷ lệ trạm y tế xã có bác sĩ làm việc đến cuối năm 2025 đạt 90%, "
        "đến cuối năm 2030 đạt 100%.",
        [(90, "2025"), (100, "2030")],
    ),
    (
        "Tỷ lệ hộ gia đình sử dụng nước sạch đạt 85% vào cuối năm 2025 và 95% vào cuối năm 2030.",
        [(85, "2025"), (95, "2030")],
    ),
    (
        "Phấn đấu tỷ lệ tiêm chủng đạt 95% vào cuối năm 2025, đạt 98% vào cuối năm 2030.",
        [(95, "2025"), (98, "2030")],
    ),
    (
        "Tỷ lệ người dân có thẻ bảo hiểm y tế đạt 92% tới cuối năm 2026, "
        "đạt 95% tới cuối năm 2030.",
        [(92, "2026"), (95, "2030")],
    ),
    (
        "Giảm tỷ lệ sinh con thứ ba trở lên xuống 10% vào năm 2025; xuống 8% vào cuối năm 2030.",
        [(10, "2025"), (8, "2030")],
    ),
    (
        "Đến cuối năm 2025, tỷ lệ người tăng huyết áp được quản lý đạt 50%.",
        [(50, "2025")],
    ),
    (
        "Tỷ lệ người bệnh đái tháo đường được quản lý đến cuối năm 2027 đạt 55%.",
        [(55, "2027")],
    ),
    (
        "Số người được sàng lọc ung thư cổ tử cung đạt 60% vào cuối năm 2025, "
        "70% vào cuối năm 2028.",
        [(60, "2025"), (70, "2028")],
    ),
]

STATUS = [
    ("Đến cuối năm 2022, tỷ lệ người tăng huyết áp được quản lý đạt 35%.", (35, "2022")),
    ("Tỷ lệ trạm y tế xã có bác sĩ làm việc đến cuối năm 2022 đạt 82%.", (82, "2022")),
    ("Tính đến cuối năm 2022, toàn tỉnh có 1.250 người mắc đái tháo đường.", (1250, "2022")),
]


@pytest.mark.parametrize(("words", "expected"), TARGETS)
def test_a_later_year_end_is_the_targets_year(words: str, expected: list[tuple[int, str]]) -> None:
    draft = draft_plan(HEAD + words + "\n")
    found = [(t.value.magnitude, t.period.code) for t in draft.plan.targets]
    assert found == expected
    assert not draft.plan.observations


@pytest.mark.parametrize(("words", "expected"), STATUS)
def test_an_earlier_year_end_stays_a_status_figure(words: str, expected: tuple[int, str]) -> None:
    draft = draft_plan(HEAD + words + "\n")
    assert not draft.plan.targets
    found = [(o.value.magnitude, o.period.code) for o in draft.plan.observations]
    assert found == [expected]
