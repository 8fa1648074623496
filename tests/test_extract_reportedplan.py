"""The year of the plan a news report names (reportedplan.py): background figures of years
before it are status figures, not targets.

Phrasings written for these tests (not copied from a labelled text), with near-misses.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan
from vnhealthplan.io.extract.reportedplan import reported_plan_year


def _roles(text: str) -> list[tuple[str, float, str]]:
    plan = draft_plan(text).plan
    found = [("target", t.value.magnitude, t.period.code) for t in plan.targets]
    found += [("observation", o.value.magnitude, o.period.code) for o in plan.observations]
    return sorted(found, key=lambda r: (r[0], r[1]))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Theo kế hoạch thực hiện chiến lược dinh dưỡng của tỉnh giai đoạn 2023 – 2030, …", 2023),
        ("UBND tỉnh vừa ban hành Kế hoạch tiêm chủng mở rộng năm 2025 với nhiều chỉ tiêu.", 2025),
        ("Sở Y tế triển khai Đề án chăm sóc sức khỏe người cao tuổi giai đoạn 2024-2026.", 2024),
        ("Kế hoạch đặt mục tiêu đến năm 2030 giảm tỷ lệ thấp còi.", None),
        ("Chương trình hành động vì trẻ em vào năm 2030 được phê duyệt.", None),
        ("Tổng kết kế hoạch giai đoạn 2016 - 2020, toàn tỉnh đạt 95%.", None),
        ("So với kế hoạch giai đoạn 2016 - 2020, số ca mắc giảm mạnh.", None),
        ("Chiến lược quốc gia về dân số tầm nhìn 2045 đặt ra nhiều mục tiêu.", None),
    ],
)
def test_reported_plan_year(text: str, year: int | None) -> None:
    assert reported_plan_year(text) == year


def test_background_figures_before_the_plan_are_status_figures() -> None:
    text = (
        "Học sinh thành phố ngày càng thừa cân\n"
        "Tại kế hoạch thực hiện chiến lược dinh dưỡng giai đoạn 2022-2030 do UBND tỉnh ban "
        "hành, nhiều chỉ số đã đạt mức khá.\nTỷ lệ thừa cân ở học sinh tăng từ 15,2% năm 2018 "
        "lên 19,4% năm 2021 (nội thành 23,5%).\n"
        "Mục tiêu của tỉnh tới năm 2025, khống chế tỷ lệ thừa cân ở học sinh dưới 18%."
    )
    assert _roles(text) == [
        ("observation", pytest.approx(15.2), "2018"),
        ("observation", pytest.approx(19.4), "2021"),
        ("observation", pytest.approx(23.5), "2021"),
        ("target", 18, "2025"),
    ]


def test_a_year_of_the_plan_is_still_a_target() -> None:
    text = (
        "Tỉnh quyết tâm loại trừ sốt rét\n"
        "UBND tỉnh ban hành kế hoạch phòng chống sốt rét giai đoạn 2021 - 2025. Theo đó, "
        "đến năm 2023 có 90% xã đạt tiêu chí loại trừ sốt rét; năm 2025 đạt 100%."
    )
    assert [r for r in _roles(text) if r[0] == "target"] == [
        ("target", 90, "2023"),
        ("target", 100, "2025"),
    ]


def test_an_undated_page_without_a_named_plan_is_unchanged() -> None:
    text = "Năm 2019 tỉnh có 1.200 ca mắc sốt xuất huyết. Năm 2026 phấn đấu dưới 800 ca."
    assert reported_plan_year(text) is None
