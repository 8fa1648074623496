"""A markdown emphasis mark glued before a comparator word (session 10, tuneY10).

Texts kept as markdown conversions write "*6.3. *Trên 80% các đơn vị …": the "*" glued to
"Trên" hid the comparator, and the figure was drafted as "= 80". The marks before a word
of the phrase's head are now passed over. Phrasings written for these tests (from no
labelled text). Near-misses: a star inside a token ("5*trên") is no emphasis mark, and a
head without marks reads as before.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan

HEAD = "Mục tiêu đến năm 2030:\n"


def _targets(words: str) -> list[tuple[str, float]]:
    targets = draft_plan(HEAD + words + "\n").plan.targets
    return [(t.comparator.value, t.value.magnitude) for t in targets]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("*6.3. *Trên 80% các\nđơn vị được trang bị phương tiện hiện đại.", [(">", 80)]),
        ("- *Dưới 5% trẻ em suy dinh dưỡng thể thấp còi.", [("<", 5)]),
        ("**a) **Tối thiểu 90% trạm y tế xã có bác sĩ.", [(">=", 90)]),
        ("*Ít nhất 70% người cao tuổi được khám sức khỏe định kỳ.", [(">=", 70)]),
        ("6.4. *Khoảng 60% hộ gia đình dùng nước sạch.", [("~", 60)]),
        # near-misses
        ("6.3. Trên 80% các đơn vị được trang bị phương tiện hiện đại.", [(">", 80)]),
        ("Số 5*trên 80% đơn vị được trang bị.", [("=", 80)]),
    ],
)
def test_an_emphasis_mark_before_the_comparator(
    words: str, expected: list[tuple[str, float]]
) -> None:
    assert _targets(words) == expected
