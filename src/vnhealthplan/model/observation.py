"""Observations: a level of an indicator measured (or reported) for a place and time.

Plans report baselines and status figures ("đến cuối năm 2017, chỉ mới đạt 76,5% dân
số"); statistics offices publish yearly values. Both are observations.

Examples
--------
>>> from vnhealthplan import Observation, Period, indicators, provinces
>>> obs = Observation(indicators.get("health_insurance_coverage"), 76.5, Period.year(2017),
...                   province=provinces.get("An Giang"))
>>> obs
Observation(health_insurance_coverage = 76.5 percent, 2017, An Giang)
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from vnhealthplan.core.checks import fail, member_of, plain_number
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.unitnames import unit_name
from vnhealthplan.core.units import is_quantity
from vnhealthplan.core.vocab import Lang
from vnhealthplan.model.baseline import check_finite
from vnhealthplan.model.displays import ShownInNotebooks, observation_parts
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.levels import refuse_outside_bounds, unit_words
from vnhealthplan.model.period import Period
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Source
from vnhealthplan.model.target import Scope, own_scalar

__all__ = ["Observation"]


def _to_indicator_unit(value: Any, inst: Any) -> Any:
    if is_quantity(value):
        return own_scalar(value)
    indicator = inst.indicator
    number = plain_number(value)
    if isinstance(indicator, Indicator) and number is not None:
        return indicator.quantity(number)
    return value


def whole_number(unit: Any) -> Message:
    """What a count's value must be: "a whole number of beds" ("một số nguyên giường bệnh").

    Examples
    --------
    >>> whole_number("bed").said("en"), whole_number("bed").said("vi")
    ('a whole number of beds', 'một số giường bệnh là số nguyên (không có phần lẻ)')
    """
    return message("a whole number of {things}",
                   things={"en": unit_name(unit, "en"), "vi": unit_name(unit)})  # fmt: skip


def _check_value(inst: Observation, attribute: attrs.Attribute[Any], value: Any) -> None:
    ind = inst.indicator
    if not ind.accepts(value):
        fail(
            inst,
            attribute,
            value,
            message(
                "a quantity in {unit} (dimension {dimension})",
                unit=unit_words(ind.unit),
                dimension=str(ind.dimensionality),
            ),
        )
    check_finite(inst, attribute, value)
    level = value.to(ind.unit).magnitude
    if ind.is_count and float(level) != int(level):
        fail(inst, attribute, value, whole_number(ind.unit))
    refuse_outside_bounds(inst, attribute, value, level, ind)


@attrs.frozen(repr=False)
class Observation(ShownInNotebooks):
    """A level of an indicator at a time, for a province or part of one.

    Parameters
    ----------
    indicator : Indicator
    value : pint.Quantity or float
        Plain numbers are taken in the indicator's unit.
    period : Period
        When the value holds, e.g. ``Period.year(2017)`` for "đến cuối năm 2017".
    province : Province, optional
    scope : Scope
        A narrower scope (a tier, a kind of facility), if any.
    source : Source, optional
        Where the value is stated.
    notes : str
    notes_vi : str
        The notes in Vietnamese (see :func:`vnhealthplan.model.notes.notes_in`).

    Examples
    --------
    Quảng Ngãi, 2023: "173 Trạm Y tế xã, phường, thị trấn":

    >>> from vnhealthplan import Observation, Period, indicators
    >>> Observation(indicators.get("commune_stations"), 173, Period.year(2023)).value
    <Quantity(173, 'station')>
    """

    indicator: Indicator = attrs.field(validator=member_of(Indicator))
    value: Any = attrs.field(
        converter=attrs.Converter(_to_indicator_unit, takes_self=True),  # type: ignore[misc]
        validator=_check_value,
    )
    period: Period = attrs.field(validator=member_of(Period))
    province: Province | None = attrs.field(
        default=None, kw_only=True, validator=member_of(Province, optional=True)
    )
    scope: Scope = attrs.field(factory=Scope, kw_only=True, validator=member_of(Scope))
    source: Source | None = attrs.field(
        default=None, kw_only=True, validator=member_of(Source, optional=True)
    )
    notes: str = attrs.field(default="", kw_only=True, validator=member_of(str))
    notes_vi: str = attrs.field(default="", kw_only=True, validator=member_of(str))

    @province.validator
    def _existed(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        """An Giang before 1 July 2025 measured in 2026 is refused."""
        if value is None or not isinstance(self.period, Period):
            return
        began = value.valid_from is None or value.valid_from <= self.period.end
        lasted = value.valid_until is None or value.valid_until >= self.period.start
        if not (began and lasted):
            start, end = value.valid_from, value.valid_until
            dates = (
                message("from {start} until {end}", start=str(start), end=str(end))
                if start and end
                else message("from {day}", day=str(start))
                if start
                else message("until {day}", day=str(end))
            )
            expected = message(
                "a province that existed in {period} ({name}: {dates})",
                period=str(self.period),
                name=str(value),
                dates=dates,
            )
            fail(self, attribute, value, expected)

    @property
    def year(self) -> int:
        """The last year of :attr:`period`."""
        return self.period.last_year

    def __repr__(self) -> str:
        where = f", {self.province}" if self.province else ""
        return (
            f"Observation({self.indicator.code} = {self.value.magnitude:g} {self.value.units}, "
            f"{self.period}{where})"
        )

    def display_parts(self, lang: Lang, as_of: date) -> Any:
        """What the notebook display shows (:mod:`vnhealthplan.core.html`'s protocol)."""
        return observation_parts(self, lang)
