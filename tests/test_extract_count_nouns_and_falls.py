"""Near-misses of the rules merged from tuneC (review6b): a unit word that is also a common
word, a base year after a fall written with a comparator, a count of the places a change
is made in. Phrasings written for these tests, not copied from a labelled text."""

from __future__ import annotations

import pytest

from vnhealthplan.core.vocab import Comparator
from vnhealthplan.io.extract import draft_plan


def _targets(text: str) -> list[tuple[str, str, float, str]]:
    plan = draft_plan(text, key="x").plan
    return [
        (t.kind.value, t.comparator.value, float(t.value.magnitude), str(t.value.units))
        for t in plan.targets
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch năm 2025. Mục tiêu năm 2025: tặng 500 cặp sách cho học sinh nghèo.",
        "Kế hoạch năm 2025. Mục tiêu năm 2025: trang bị 40 cặp nhiệt độ cho trạm y tế.",
    ],
)
def test_cap_alone_counts_no_couples(text: str) -> None:
    assert all(unit != "couple" for *_, unit in _targets(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch năm 2025. Mục tiêu năm 2025: 1.200 cặp vợ chồng sử dụng biện pháp tránh thai.",
        "Kế hoạch năm 2025. Mục tiêu năm 2025: tư vấn cho 300 cặp nam nữ trước khi kết hôn.",
    ],
)
def test_couples_named_as_such_are_couples(text: str) -> None:
    assert [unit for *_, unit in _targets(text)] == ["couple"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mục tiêu năm 2025: trang bị 100 ổ cứng lưu trữ cho trạm y tế.", []),
        ("Mục tiêu năm 2025: phát hiện sớm, xử lý 12 ổ dịch sốt xuất huyết.", ["outbreak"]),
        ("Mục tiêu năm 2025: 3 khu vực biên giới có điểm tư vấn.", []),
        ("Mục tiêu năm 2025: 100% thôn, khu phố có nhân viên y tế.", ["percent"]),
        ("Mục tiêu năm 2025: tư vấn dinh dưỡng cho 600 bà mẹ.", ["woman"]),
    ],
)
def test_new_count_units_only_as_their_nouns(text: str, want: list[str]) -> None:
    assert [unit for *_, unit in _targets(f"Kế hoạch năm 2025. {text}")] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a fall of under 5 %: a change above -5 %, not "reduce by more than 5 %"
        ("số ca mắc sốt rét giảm dưới 5% so với năm 2020.", ("change", ">", -5.0)),
        ("giảm số ca mắc sốt rét: trên 5% so với năm 2020.", ("change", "<", -5.0)),
        ("số ca mắc sốt rét giảm ít nhất 5% so với năm 2020.", ("change", "<=", -5.0)),
        ("tăng số ca được điều trị: trên 5% so với năm 2020.", ("change", ">", 5.0)),
    ],
)
def test_a_fall_from_a_base_year_turns_its_comparator(
    text: str, want: tuple[str, str, float]
) -> None:
    found = _targets(f"Kế hoạch năm 2025. Mục tiêu năm 2025: {text}")
    assert [t[:3] for t in found] == [want]


def test_comparator_negated() -> None:
    assert [c.negated for c in (Comparator.LT, Comparator.LE, Comparator.GT, Comparator.GE)] == [
        Comparator.GT,
        Comparator.GE,
        Comparator.LT,
        Comparator.LE,
    ]
    assert {c.negated for c in (Comparator.EQ, Comparator.ABOUT, Comparator.RANGE)} == {
        Comparator.EQ,
        Comparator.ABOUT,
        Comparator.RANGE,
    }


@pytest.mark.parametrize(
    "text",
    [
        "giảm sinh ở 10 xã có mức sinh cao.",
        "giảm tỷ lệ mắc sốt rét tại 6 huyện biên giới.",
        "tăng tỷ lệ trạm y tế có bác sĩ cho 20 xã khó khăn.",
    ],
)
def test_a_count_of_the_places_is_no_change_of_the_measure(text: str) -> None:
    found = _targets(f"Kế hoạch năm 2025. Mục tiêu năm 2025: {text}")
    assert all(kind != "change" for kind, *_ in found)


def test_a_change_of_a_group_in_a_place_is_still_a_change() -> None:
    text = "giảm tỷ lệ suy dinh dưỡng ở trẻ em 1,5%."
    found = _targets(f"Kế hoạch năm 2025. Mục tiêu năm 2025: {text}")
    assert [t[:3] for t in found] == [("change", "=", -1.5)]
