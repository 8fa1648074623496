"""Baselines: the level a target starts from, as the plan states it.

Examples
--------
An Giang, end of 2017: health insurance "chỉ mới đạt 76,5% dân số":

>>> from vnhealthplan import Baseline, Period, ureg
>>> Baseline(ureg.Quantity(76.5, "percent"), Period.year(2017)).value
<Quantity(76.5, 'percent')>
"""

from __future__ import annotations

import math
from typing import Any

import attrs

from vnhealthplan.core.checks import fail, member_of
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import is_quantity
from vnhealthplan.model.period import Period
from vnhealthplan.model.source import Source

__all__ = ["Baseline", "check_finite"]


def check_finite(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Validator: *value* is a quantity holding one finite number.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For an array or a NaN or infinite number, naming the record and field.

    Examples
    --------
    >>> from vnhealthplan import ureg
    >>> Baseline(ureg.Quantity(float("nan"), "percent"), Period.year(2017))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: Baseline.value: got nan percent; expected a finite number
    """
    magnitude = value.magnitude
    if getattr(magnitude, "ndim", 0) != 0:
        fail(inst, attribute, value, message("a single number, not an array"))
    if not math.isfinite(float(magnitude)):
        fail(inst, attribute, value, message("a finite number"))


@attrs.frozen
class Baseline:
    """The level a target starts from, as the plan states it.

    Parameters
    ----------
    value : pint.Quantity
        The level, with units.
    period : Period
        When it was measured, e.g. ``Period.year(2017)``.
    source : Source, optional
        Where the plan states it.

    Examples
    --------
    An Giang, end of 2017: health insurance "chỉ mới đạt 76,5% dân số":

    >>> from vnhealthplan import ureg
    >>> Baseline(ureg.Quantity(76.5, "percent"), Period.year(2017)).value
    <Quantity(76.5, 'percent')>
    """

    value: Any = attrs.field()
    period: Period = attrs.field(validator=member_of(Period))
    source: Source | None = attrs.field(default=None, validator=member_of(Source, optional=True))

    @value.validator
    def _check(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not is_quantity(value):
            fail(self, attribute, value, message("a pint quantity of the package registry"))
        check_finite(self, attribute, value)
