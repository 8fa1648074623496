"""A mortality rate written "N/1.000 trẻ đẻ sống", and the age group named before it.

"giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống còn 14/1.000 trẻ sinh sống" is infant
mortality at 14 deaths per 1,000 live births, as "14‰" is: the age group ("dưới 1 tuổi")
is never a value of its own, whatever unit follows later in the sentence, and a rate's
base written in words ("tỷ suất tử vong trẻ em dưới 5 tuổi trên 1.000 trẻ đẻ sống giảm còn
18") is no count of births. Phrases of our own making (not copied from any evaluation
text), each with near-misses that must not be drafted as a mortality rate.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.text import parse_unit


def _targets(sentence: str) -> list[tuple[str, str, float, str]]:
    text = (
        "KẾ HOẠCH\nChăm sóc sức khỏe bà mẹ, trẻ em tỉnh giai đoạn 2021 - 2030\nII. MỤC TIÊU\n"
        "2. Mục tiêu cụ thể\n- " + sentence + "\n"
    )
    return [
        (t.indicator.code, t.comparator.value, float(t.value.magnitude), str(t.value.units))
        for t in draft_plan(text).plan.targets
    ]


_PER_1000 = "death / thousand_live_births"
_PER_100000 = "death / hundred_thousand_live_births"


@pytest.mark.parametrize(
    ("sentence", "code", "comparator", "value", "unit"),
    [
        (
            "Đến năm 2025 giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống còn 14/1.000 trẻ sinh "
            "sống.",
            "imr",
            "=",
            14,
            _PER_1000,
        ),
        (
            "Đến năm 2025 giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống còn 20/1.000 trẻ đẻ sống.",
            "u5mr",
            "=",
            20,
            _PER_1000,
        ),
        (
            "Tỷ suất tử vong trẻ em dưới 1 tuổi đến năm 2030 dưới 12/1.000 trẻ sinh ra sống.",
            "imr",
            "<",
            12,
            _PER_1000,
        ),
        (
            "Đến năm 2030, tỷ suất tử vong trẻ dưới 5 tuổi giảm xuống dưới 18,5/1.000 trẻ đẻ sống.",
            "u5mr",
            "<",
            18.5,
            _PER_1000,
        ),
        (
            "Tỷ suất tử vong trẻ em dưới 5 tuổi trên 1.000 trẻ đẻ sống giảm còn 18 vào năm 2025.",
            "u5mr",
            "=",
            18,
            _PER_1000,
        ),
        (
            "Tỷ suất tử vong trẻ em dưới 5 tuổi (trên 1.000 trẻ đẻ sống) giảm còn 18 vào năm 2025.",
            "u5mr",
            "=",
            18,
            _PER_1000,
        ),
        (
            "Tỷ số tử vong mẹ giảm xuống dưới 45/100.000 trẻ đẻ sống vào năm 2025.",
            "mmr",
            "<",
            45,
            _PER_100000,
        ),
        (
            "Giảm tỷ số tử vong mẹ còn 40/100.000 trẻ sinh sống vào năm 2030.",
            "mmr",
            "=",
            40,
            _PER_100000,
        ),
        (
            "Tỷ số tử vong mẹ trên 100.000 trẻ sinh sống dưới 45 vào năm 2025.",
            "mmr",
            "<",
            45,
            _PER_100000,
        ),
        (
            "Đến năm 2025 giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống còn 14‰.",
            "imr",
            "=",
            14,
            _PER_1000,
        ),
    ],
)
def test_a_rate_per_live_births_is_the_catalogue_rate(
    sentence: str, code: str, comparator: str, value: float, unit: str
) -> None:
    assert _targets(sentence) == [(code, comparator, value, unit)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the age group is no value: only the share is drafted
        (
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95% vào năm 2025.",
            [("full_immunisation_u1", "=", 95, "percent")],
        ),
        (
            "Năm 2025, tỷ lệ phụ nữ từ 15 đến 49 tuổi sử dụng biện pháp tránh thai đạt 70%.",
            [("", "=", 70, "percent")],
        ),
        (
            "Đến năm 2025, tỷ lệ người trên 60 tuổi được khám sức khỏe định kỳ đạt 80%.",
            [("", "=", 80, "percent")],
        ),
        # a rate per 1,000 people is no mortality rate per births
        (
            "Tỷ suất sinh thô năm 2025 đạt 15/1.000 dân.",
            [("crude_birth_rate", "=", 15, "live_birth / thousand_people")],
        ),
    ],
)
def test_an_age_group_is_never_a_value(
    sentence: str, expected: list[tuple[str, str, float, str]]
) -> None:
    got = [(code if code.startswith(("full", "crude")) else "", *rest)
           for code, *rest in _targets(sentence)]  # fmt: skip
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a measure that is no mortality: never a death rate, never an age group's ratio
        "Năm 2025 tỷ lệ trẻ được sàng lọc sơ sinh đạt 50/1.000 trẻ sinh sống.",
        "Tỷ lệ trẻ sơ sinh nhẹ cân trên 1.000 trẻ đẻ sống giảm còn 50 vào năm 2025.",
    ],
)
def test_a_measure_that_is_no_mortality_is_no_death_rate(sentence: str) -> None:
    assert all("death" not in unit and "year" not in unit for *_, unit in _targets(sentence))


def test_a_count_of_births_stated_by_a_verb_stays_a_count() -> None:
    got = _targets("Năm 2025 toàn tỉnh phấn đấu có trên 1.000 trẻ đẻ sống được sàng lọc.")
    assert all("death" not in unit for *_, unit in got)
    assert [value for _, _, value, _ in got] in ([], [1000])


def test_per_thousand_with_no_noun_is_per_mille() -> None:
    assert str(parse_unit("/1.000")) == "permille"
    assert str(parse_unit("/1.000", indicator="imr")) == _PER_1000
    assert str(parse_unit("/1.000 hộ")) == "1 / thousand_households"  # a noun: its own base
    got = _targets("Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống còn 14/1.000 vào năm 2025.")
    assert got == [("imr", "=", 14, _PER_1000)]
