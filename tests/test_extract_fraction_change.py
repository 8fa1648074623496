"""A change written as a fraction: "giảm 2/3 số vị thành niên có thai", "giảm một nửa".

The number before "/" was no figure of its own, so "giảm 2/3 …" was never drafted. It is now
a change in per cent, signed, about the fraction's per cent where that is rounded ("giảm
2/3": about −66.7 %), exactly where it is whole ("giảm 1/2": −50 %). Phrases of our own
making, with near-misses that must not be drafted as such a change.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan


def _targets(sentence: str) -> list[tuple[str, str, float]]:
    text = "KẾ HOẠCH\nCông tác dân số giai đoạn 2021 - 2030\nII. MỤC TIÊU\n- " + sentence + "\n"
    return [
        (t.kind.value, t.comparator.value, float(t.value.to("percent").magnitude))
        for t in draft_plan(text).plan.targets
        if t.value.dimensionality == {}
    ]


@pytest.mark.parametrize(
    ("sentence", "comparator", "value"),
    [
        ("Đến năm 2030, giảm 2/3 số vị thành niên có thai ngoài ý muốn.", "~", -66.7),
        ("Đến năm 2030 giảm 1/2 số ca tử vong do tai nạn giao thông.", "=", -50),
        ("Phấn đấu đến năm 2030 giảm một nửa số người hút thuốc lá.", "=", -50),
        ("Đến năm 2030, tăng 1/3 số người cao tuổi được khám sức khỏe.", "~", 33.3),
        ("Đến năm 2030 giảm 3/4 số ca mắc sốt rét so với năm 2020.", "=", -75),
    ],
)
def test_a_fraction_after_a_verb_is_a_change(sentence: str, comparator: str, value: float) -> None:
    assert _targets(sentence) == [("change", comparator, value)]


@pytest.mark.parametrize(
    "sentence",
    [  # near-misses: a date, a part of a whole, a fraction with no verb, an improper one
        "Theo Tổng điều tra dân số ngày 1/4/2019, tỷ lệ giảm còn thấp.",
        "Đến năm 2030, 2/3 số xã đạt chuẩn quốc gia về y tế.",
        "Đến năm 2030 giảm 5/3 lần chi phí.",
        "Giảm chi phí theo Thông tư 2/3 của Bộ Y tế đến năm 2030.",
    ],
)
def test_no_fraction_change_elsewhere(sentence: str) -> None:
    assert [t for t in _targets(sentence) if t[0] == "change"] == []
