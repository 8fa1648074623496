"""A rank is drafted as a target only when its clause aims at it (a verb or an aim word)."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan


def _ranks(sentence: str) -> list[float]:
    draft = draft_plan("KẾ HOẠCH\n" + sentence)
    return [t.value.magnitude for t in draft.plan.targets if str(t.value.units) == "rank"]


@pytest.mark.parametrize(
    ("sentence", "ranks"),
    [
        # aimed: a verb right before the rank, or an aim word in its clause
        ("Phấn đấu đến năm 2030 vào tốp 10 tỉnh dẫn đầu cả nước về y tế.", [10]),
        ("Đến năm 2025, tỉnh thuộc nhóm 10 tỉnh dẫn đầu.", [10]),
        ("Đến năm 2025, phấn đấu tỉnh nằm trong nhóm 10 tỉnh dẫn đầu cả nước.", [10]),
        ("Năm 2025, phấn đấu xếp top 5 cả nước về chuyển đổi số y tế.", [5]),
        # near-misses: a rank with no aim is who is rewarded, or where one stood
        ("Năm 2025, nhóm 3 đơn vị dẫn đầu được khen thưởng.", []),
        ("Năm 2025, khen thưởng nhóm 3 đơn vị dẫn đầu.", []),
        ("Năm 2023 tỉnh xếp top 5 cả nước về chuyển đổi số y tế.", []),
    ],
)
def test_rank_needs_an_aim(sentence: str, ranks: list[float]) -> None:
    assert _ranks(sentence) == ranks
