"""An undated news page's goals dated by the plan its lead names (leadspan, leadgoals)."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan
from vnhealthplan.io.extract.leadspan import lead_period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("UBND huyện vừa ban hành Kế hoạch chăm sóc sức khỏe giai đoạn 2022-2030.", "2022-2030"),
        ("Chương trình dinh dưỡng của tỉnh thời kỳ 2021 – 2025 đặt mục tiêu …", "2021-2025"),
        ("Theo Đề án phát triển y tế cơ sở giai đoạn 2023-2027, thành phố sẽ …", "2023-2027"),
        ("Hội nghị tổng kết chương trình dân số giai đoạn 2011-2015 của huyện.", None),
        ("Đánh giá kết quả thực hiện kế hoạch giai đoạn 2016 - 2020.", None),
        ("Giai đoạn 2022-2030, tỉnh đẩy mạnh truyền thông.", None),  # no plan named
        ("Năm 2009 có 14 xã; đến năm 2014 còn 7 xã.", None),
    ],
)
def test_lead_period(text: str, period: str | None) -> None:
    found = lead_period(text)
    assert (found.period.code if found else None) == period


LEAD = (
    "Chăm lo cho người cao tuổi\n\n"
    "Hội Người cao tuổi huyện vừa ban hành chương trình hành động giai đoạn 2022-2030.\n\n"
)


def _targets(body: str) -> list[tuple[float, int]]:
    plan = draft_plan(LEAD + body).plan
    return [(t.value.magnitude, t.period.last_year) for t in plan.targets]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Theo đó, phấn đấu có ít nhất 80% xã có câu lạc bộ người cao tuổi.", [(80, 2030)]),
        ("Theo đó, nâng tỷ lệ người cao tuổi có thẻ bảo hiểm y tế lên 100%.", [(100, 2030)]),
        ("Chương trình đặt mục tiêu thu hút ít nhất 50% người cao tuổi luyện tập.", [(50, 2030)]),
        # status figures of the present: no aim in their sentence
        ("Tỷ lệ người cao tuổi bị bệnh mạn tính còn khá cao (62%).", []),
        ("Huyện đang phải đối mặt với tỷ lệ người cao tuổi sống một mình cao (12%).", []),
        ("Cứ 10 người cao tuổi có hơn 3 người mắc bệnh mạn tính.", []),
    ],
)
def test_lead_goals(body: str, expected: list[tuple[float, int]]) -> None:
    assert _targets(body) == expected


def test_review_lead_dates_nothing() -> None:
    text = (
        "Dân số huyện\n\nHuyện tổng kết chương trình dân số giai đoạn 2011-2015.\n\n"
        "Tỷ lệ sinh con thứ 3 là 2,75%."
    )
    assert not draft_plan(text).plan.targets
