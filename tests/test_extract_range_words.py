"""A drafted range whose unit has no name keeps both bounds in its finding's words."""

from __future__ import annotations

import pytest

from vnhealthplan import Period, Target, indicators
from vnhealthplan.core.units import registry
from vnhealthplan.io.extract import saidvalues


def _no_name(*args: object, **kwargs: object) -> str:
    raise ValueError("a unit without a name")


def test_range_keeps_its_lower_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(saidvalues, "format_target", _no_name)
    monkeypatch.setattr(saidvalues, "_WORDS", {})
    quantity = registry().Quantity
    unit = "bed / ten_thousand_people"
    target = Target(indicators.get("beds_per_10k"), quantity(15000, unit), Period.year(2025),
                    "–", upper=quantity(20000, unit))  # fmt: skip
    words = saidvalues.said_target(target, "en")
    assert words.startswith("15000 – 20000"), words
    words = saidvalues.said_target(target, "vi")
    assert words.startswith("15.000 – 20.000"), words
    level = Target(indicators.get("beds_per_10k"), quantity(30, unit), Period.year(2025), "≥")
    words = saidvalues.said_target(level, "en")
    assert words.startswith("≥ 30"), words
