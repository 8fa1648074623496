"""Fuzzing the readers of text: any input gives a valid result or the package's own error.

Never an ``IndexError`` from a grammar, a ``TypeError`` from a regex, an infinite number or
a result of the wrong type. Bounded (200 examples each, no deadline) to keep the suite fast.
"""

from __future__ import annotations

import math

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vnhealthplan import Period, ureg
from vnhealthplan.errors import VNHealthPlanError
from vnhealthplan.extract import Draft, draft_plan
from vnhealthplan.text import parse_number, parse_period, parse_quantity

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Pieces of real plan text, so that the fuzzer reaches past the first character.
PIECES = [
    "5.130", "17,6", "0.130", "0,2", "857.490", "40.0", "3.5", "-", "−", "+", ".", ",", "0",
    "00", "1", "2024", "2030", "Quý", "IV", "II", "/", "năm", "giai đoạn", "2021-2025",
    "tháng", "ngày", "30/6/2024", "6 tháng đầu năm", "giường", "bác sĩ", "%", "‰", "/vạn dân",
    "trên 10.000 dân", "triệu đồng", "người", "đạt", "≥", "<", "trên", "dưới", "khoảng",
    "KẾ HOẠCH", "Số:", "/KH-UBND", "UBND TỈNH QUẢNG NGÃI", "Tỷ lệ", "trạm y tế", "\t", "\n",
    " ", "\u00a0", "\u202e", "\x0c", "١", "１", "e", "inf", "nan",
]  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join),
)


@FUZZ
@given(TEXT)
def test_parse_number_never_fails_silently(text: str) -> None:
    try:
        value = parse_number(text)
    except VNHealthPlanError:
        return
    assert type(value) in (int, float)
    assert math.isfinite(value)


@FUZZ
@given(TEXT, st.sampled_from([None, ",", "."]))
def test_parse_number_with_a_separator(text: str, decimal: str | None) -> None:
    try:
        value = parse_number(text, decimal=decimal)  # type: ignore[arg-type]
    except VNHealthPlanError:
        return
    assert math.isfinite(value)


@FUZZ
@given(TEXT)
def test_parse_period_never_fails_silently(text: str) -> None:
    try:
        period = parse_period(text)
    except VNHealthPlanError:
        return
    assert isinstance(period, Period)
    assert period.start <= period.end


@FUZZ
@given(TEXT)
def test_parse_quantity_never_fails_silently(text: str) -> None:
    try:
        quantity = parse_quantity(text)
    except VNHealthPlanError:
        return
    assert isinstance(quantity, ureg.Quantity)
    assert math.isfinite(float(quantity.magnitude))


@FUZZ
@given(st.one_of(TEXT, st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join)))
@example("0\xa0")  # a number followed by a no-break space: once an IndexError in the unit reader
def test_draft_plan_never_fails_silently(text: str) -> None:
    try:
        draft = draft_plan(text)
    except VNHealthPlanError:
        return
    assert isinstance(draft, Draft)
    assert all(math.isfinite(float(t.value.magnitude)) for t in draft.plan.targets)
