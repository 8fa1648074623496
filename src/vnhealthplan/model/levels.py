"""Levels in an indicator's unit, checked against its bounds.

An observed level reaches the comparisons (:mod:`vnhealthplan.model.compare`, gaps,
progress) as a float or an array in the indicator's unit: :func:`levels_in_unit` converts a
quantity (refusing another dimension or registry) and :func:`check_levels` refuses infinite
levels and levels outside the indicator's minimum and maximum, as an
:class:`~vnhealthplan.Observation` is held to them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from vnhealthplan.core.checks import check_values, fail
from vnhealthplan.core.errors import DimensionError, ValidationError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.unitnames import said_quantity, said_unit, unit_name
from vnhealthplan.core.units import is_any_quantity, is_quantity

if TYPE_CHECKING:
    from vnhealthplan.model.indicator import Indicator

__all__ = ["check_levels", "levels_in_unit", "refuse_outside_bounds", "unit_words"]


def levels_in_unit(
    indicator: Indicator,
    observed: Any,
    name: str = "observed",
    *,
    owner: str = "gap",
    bounds: bool = True,
) -> Any:
    """Levels as a float or a float array in the indicator's unit (plain numbers are in it).

    Parameters
    ----------
    indicator : Indicator
    observed : pint.Quantity, float or array-like
    name : str
        What *observed* is, for error messages.
    owner : str
        The function to name in error messages.
    bounds : bool
        Hold the levels to the indicator's minimum and maximum (False for changes).

    Raises
    ------
    vnhealthplan.errors.DimensionError
        For a quantity of another dimension or of another registry.
    vnhealthplan.errors.WrongTypeError
        For anything that is not a number, an array of numbers or a quantity.
    vnhealthplan.errors.ValidationError
        For an infinite level or one outside the indicator's bounds (NaN is missing).

    Examples
    --------
    Thanh Hóa's beds per 10,000 people, given as a hypothetical 3.5 per 1,000:

    >>> from vnhealthplan import indicators, ureg
    >>> levels_in_unit(indicators.get("beds_per_10k"), ureg.Quantity(3.5, "bed / thousand_people"))
    35.0
    """
    if is_quantity(observed):
        if not indicator.accepts(observed):
            dimensions = {"en": str(indicator.dimensionality), "vi": ""}  # vi: the unit's name
            unit = said_unit(indicator.unit)
            expected = message("a quantity in {unit} ({dimensionality})", unit=unit,
                               dimensionality=dimensions)  # fmt: skip
            raise DimensionError(name, said_quantity(observed, dimensions=True), expected)
        observed = observed.to(indicator.unit).magnitude
    elif is_any_quantity(observed):
        expected = message("a quantity of vnhealthplan.ureg (another registry)")
        raise DimensionError(name, observed, expected)
    if observed is None or isinstance(observed, str | bytes | bool):
        expected = message("a number, an array or a quantity (got {type})",
                           type=type(observed).__name__)  # fmt: skip
        raise WrongTypeError(owner, name, observed, expected)
    try:
        levels = np.asarray(observed, dtype=float)
    except (TypeError, ValueError):
        raise WrongTypeError(owner, name, observed, message("numbers")) from None
    check_levels(indicator, levels, owner, name, bounds=bounds)
    return float(levels) if levels.ndim == 0 else levels


def check_levels(
    indicator: Indicator, levels: Any, owner: str, field: str, *, bounds: bool = True
) -> None:
    """Refuse infinite levels, and (if *bounds*) levels outside the indicator's bounds.

    NaN stands for a missing level and passes. The bounds are the indicator's
    :attr:`~vnhealthplan.Indicator.minimum` and :attr:`~vnhealthplan.Indicator.maximum`,
    the same an :class:`~vnhealthplan.Observation` is held to.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        Naming the first bad level (and its position in an array).

    Examples
    --------
    >>> from vnhealthplan import indicators
    >>> check_levels(indicators.get("beds_per_10k"), np.array([31.0, np.nan]), "gap", "observed")
    >>> check_levels(indicators.get("beds_per_10k"), -5.0, "gap", "observed")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: gap.observed: got -5; expected a level ≥ 0 \
bed / ten_thousand_people for beds_per_10k
    """
    array = np.asarray(levels, dtype=float)
    if array.ndim == 0:
        if math.isinf(array):
            expected = message("a finite number (NaN if missing)")
            raise ValidationError(owner, field, float(array), expected)
    else:
        check_values(array, owner, field)
    low, high = indicator.minimum, indicator.maximum
    if not bounds or (low is None and high is None):
        return
    with np.errstate(invalid="ignore"):
        below = array < low if low is not None else np.zeros(array.shape, bool)
        above = array > high if high is not None else np.zeros(array.shape, bool)
    bad = below | above
    if not bad.any():
        return
    position = int(np.argmax(bad, axis=None))
    shown = array.flat[position].item()
    where = field if array.ndim == 0 else f"{field}[{position}]"
    sign, limit = ("≥", low) if below.flat[position] else ("≤", high)
    expected = message("a level {sign} {limit:g} {unit} for {code}", sign=sign, limit=limit,
                       unit=str(indicator.unit), code=indicator.code)  # fmt: skip
    raise ValidationError(owner, where, shown, expected)


def unit_words(unit: Any) -> dict[str, str]:
    """A unit as an error message names it: its symbol in English, its words in Vietnamese.

    Examples
    --------
    >>> unit_words("bed")
    {'en': 'bed', 'vi': 'giường bệnh'}
    """
    return {"en": str(unit), "vi": unit_name(unit)}


def refuse_outside_bounds(
    inst: Any, attribute: attrs.Attribute[Any], value: Any, level: float, ind: Indicator
) -> None:
    """Fail an attrs validator when *level* is outside the indicator's minimum or maximum.

    Shared by :class:`~vnhealthplan.Target` and :class:`~vnhealthplan.Observation`.

    Examples
    --------
    >>> from vnhealthplan import Observation, Period, indicators
    >>> Observation(indicators.get("beds_per_10k"), -5, Period.parse("2024"))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: Observation.value: got -5 bed / ten_thousand_people; \
expected a level ≥ 0 bed / ten_thousand_people for beds_per_10k
    """
    unit = unit_words(ind.unit)
    if ind.minimum is not None and level < ind.minimum:
        expected = message("a level ≥ {limit} {unit} for {code}", limit=ind.minimum, unit=unit,
                           code=ind.code)  # fmt: skip
        fail(inst, attribute, value, expected)
    if ind.maximum is not None and level > ind.maximum:
        expected = message("a level ≤ {limit} {unit} for {code}", limit=ind.maximum, unit=unit,
                           code=ind.code)  # fmt: skip
        fail(inst, attribute, value, expected)
