"""An undated page's goals dated from beyond their sentence: targets where an aim is set."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan

HEAD = "Y tế tỉnh vươn lên\n\nTỉnh đặt mục tiêu đến năm 2030 đưa y tế vào nhóm dẫn đầu khu vực. "


def _targets(body: str) -> list[float]:
    return [t.value.magnitude for t in draft_plan(HEAD + body).plan.targets]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Theo kế hoạch, tỉnh sẽ xây mới 2 bệnh viện vùng.", [2]),
        ("Tỉnh phấn đấu có ít nhất 1 bệnh viện hạng đặc biệt.", [1]),
        ("Ngành y tế định hướng hình thành thêm 4 trung tâm y tế chuyên sâu.", [4]),
        ("Tỉnh cũng đặt mục tiêu đạt tỷ lệ 40 giường bệnh/vạn dân.", [40]),
        # status figures: no aim in their sentence, or an aim word that reports
        ("Hiện toàn tỉnh có 12 bệnh viện công lập.", []),
        ("Tỉnh sẽ đầu tư thêm 2 bệnh viện vùng.", [2]),
        ("Vùng miền núi mới chỉ đạt 650 bác sĩ.", []),
        ("Tỉnh đang phải đối mặt với tình trạng thiếu 300 bác sĩ.", []),
    ],
)
def test_undated_goals(body: str, expected: list[float]) -> None:
    assert _targets(body) == expected


def test_dated_plan_keeps_its_rule() -> None:
    text = (
        "KẾ HOẠCH\nPhát triển y tế năm 2024\n\nHà Nội, ngày 5 tháng 3 năm 2024\n\n"
        "Đến năm 2025 hoàn thành Bệnh viện tỉnh. Nâng cấp, mở rộng 03 bệnh viện huyện."
    )
    assert 3 not in [t.value.magnitude for t in draft_plan(text).plan.targets]
