"""One gap: how far one observed level is from one target, with the reading in words.

:func:`gap` and :meth:`Target.gap <vnhealthplan.Target.gap>` compute it with
:func:`vnhealthplan.model.compare.gap_arrays`; the rules are stated in
:mod:`vnhealthplan.gaps`, the public short path.

Examples
--------
Đắk Lắk's 2024 table: infant mortality "<22" ‰, against a hypothetical 22.0:

>>> from vnhealthplan import plans
>>> imr = plans.load("dak-lak-2024").targets_for("imr")[0]
>>> gap(imr, 22.0).met
False
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import is_quantity
from vnhealthplan.core.vocab import Lang, TargetKind
from vnhealthplan.model.baseline import Baseline
from vnhealthplan.model.compare import (
    COMPARATOR_CODES,
    DIRECTION_CODES,
    KIND_CODES,
    gap_arrays,
    levels_in_unit,
)
from vnhealthplan.model.displays import ShownInNotebooks, gap_parts
from vnhealthplan.model.gap_text import explain

if TYPE_CHECKING:
    from vnhealthplan.model.indicator import Indicator
    from vnhealthplan.model.target import Target

__all__ = ["Gap", "gap", "level_in_unit"]


def level_in_unit(indicator: Indicator, value: Any, name: str, owner: str = "gap") -> Any:
    """One *value* as a quantity in the indicator's unit (plain numbers are in it).

    NaN stands for "not observed"; an infinite level, or one outside the indicator's bounds
    (a negative number of beds), is refused as an :class:`~vnhealthplan.Observation` is.

    Raises
    ------
    vnhealthplan.errors.WrongTypeError
        For an array (use :func:`~vnhealthplan.model.compare.gap_arrays` for many), text,
        None or a bool.
    vnhealthplan.errors.DimensionError
        For a quantity of another dimension.
    vnhealthplan.errors.ValidationError
        For an infinite level or one outside the indicator's bounds.

    Examples
    --------
    >>> from vnhealthplan import indicators
    >>> level_in_unit(indicators.get("imr"), 21.9, "observed")
    <Quantity(21.9, 'death / thousand_live_births')>
    """
    if np.ndim(value) != 0 and not is_quantity(value):
        expected = message("one value (use gap_arrays or gaps_frame for many)")
        raise WrongTypeError(owner, name, value, expected)
    level = levels_in_unit(indicator, value, name, owner=owner)
    if np.ndim(level) != 0:
        expected = message("one value (use gap_arrays or gaps_frame for many)")
        raise WrongTypeError(owner, name, value, expected)
    return indicator.quantity(level)


@attrs.frozen(repr=False)
class Gap(ShownInNotebooks):
    """How far one observed level is from one target.

    Attributes
    ----------
    target : Target
    observed : pint.Quantity
        The observed level, in the indicator's unit (NaN if there is none).
    met : bool or None
        None when unknown: no observed value, or a change target without a baseline.
    shortfall : pint.Quantity
        ≥ 0, in the indicator's unit; 0 when met (and at a strict boundary); NaN if unknown.
    distance : pint.Quantity
        Signed: positive is still to improve, negative is ahead.
    baseline : pint.Quantity or None
        The baseline a change target was measured from.
    tolerance : float
        Relative tolerance used for ``"~"`` and direction-less ``"="``.
    method : str
        How the comparison was read, in words.

    Examples
    --------
    An Giang's 2020 target, 90 % insured, against the plan's own end-2017 figure, 76,5 %:

    >>> from vnhealthplan import plans
    >>> target = plans.load("an-giang-2018").targets_for("health_insurance_coverage", 2020)[0]
    >>> g = target.gap(76.5)
    >>> g
    Gap(health_insurance_coverage = 90 percent, 2020: observed 76.5 → not met, shortfall 13.5 \
percent)
    >>> g.method
    "'=' (đạt) read as '≥': higher is better for health_insurance_coverage"
    """

    target: Target
    observed: Any
    met: bool | None
    shortfall: Any
    distance: Any
    baseline: Any
    tolerance: float
    method: str

    @property
    def known(self) -> bool:
        """True when :attr:`met` is known."""
        return self.met is not None

    def __repr__(self) -> str:
        t = self.target
        head = f"{t.indicator.code}{'' if t.kind is TargetKind.LEVEL else ' ' + t.kind.value}"
        status = {True: "met", False: "not met", None: "unknown"}[self.met]
        return (
            f"Gap({head} {t.value_text()}, {t.period}: observed {self.observed.magnitude:g} → "
            f"{status}, shortfall {self.shortfall.magnitude:g} {self.shortfall.units})"
        )

    def display_parts(self, lang: Lang, as_of: date) -> Any:
        """What the notebook display shows (:mod:`vnhealthplan.core.html`'s protocol)."""
        return gap_parts(self, lang)


def gap(target: Target, observed: Any, *, baseline: Any = None, tolerance: float = 0.05) -> Gap:
    """The gap between *target* and an *observed* level (see :meth:`Target.gap`).

    Parameters
    ----------
    target : Target
    observed : pint.Quantity or float
        The observed level (for a change target too); a quantity is converted to the
        indicator's unit, a plain number is taken in it; NaN means "not observed".
    baseline : Baseline, pint.Quantity or float, optional
        For change targets: the level the change starts from; by default the target's
        own :attr:`~Target.baseline`.
    tolerance : float
        Relative tolerance for ``"~"`` and direction-less ``"="`` (default 5 %).

    Returns
    -------
    Gap

    Raises
    ------
    vnhealthplan.errors.DimensionError
        If *observed* or *baseline* is a quantity of another dimension.
    vnhealthplan.errors.ValidationError
        If *observed* or *baseline* is infinite or outside the indicator's bounds (a
        negative level of an indicator whose minimum is 0); NaN is "not observed".
    vnhealthplan.errors.WrongTypeError
        If *observed* is not one number or quantity.

    Examples
    --------
    Đắk Lắk's "Mức giảm tỷ suất sinh ... 0,2 ‰" needs a baseline; without one the answer is
    unknown. With a hypothetical baseline of 14.4 ‰ and a hypothetical 14.1 ‰ observed:

    >>> from vnhealthplan import plans
    >>> birth = plans.load("dak-lak-2024").targets_for("crude_birth_rate")[0]
    >>> gap(birth, 14.1).met is None
    True
    >>> g = gap(birth, 14.1, baseline=14.4)
    >>> g.met, round(g.distance.magnitude, 3)
    (True, -0.1)
    """
    ind = target.indicator
    obs = level_in_unit(ind, observed, "observed")
    base = target.baseline if baseline is None else baseline
    base_q = None
    if isinstance(base, Baseline) and base.period.start > target.period.end:
        expected = message(
            "a baseline dated no later than the target's period {period}", period=str(target.period)
        )
        raise ValidationError("gap", "baseline", base.period, expected)
    if base is not None:
        base_q = level_in_unit(ind, base.value if isinstance(base, Baseline) else base, "baseline")
    unit = ind.unit
    upper = np.nan if target.upper is None else target.upper.to(unit).magnitude
    arrays = gap_arrays(
        target.value.to(unit).magnitude,
        upper,
        COMPARATOR_CODES[target.comparator],
        KIND_CODES[target.kind],
        DIRECTION_CODES[ind.direction],
        obs.magnitude,
        np.nan if base_q is None else base_q.magnitude,
        tolerance=tolerance,
    )
    unknown = bool(arrays.unknown)
    return Gap(
        target=target,
        observed=obs,
        met=None if unknown else bool(np.ma.getdata(arrays.met)),
        shortfall=ind.quantity(float(arrays.shortfall)),
        distance=ind.quantity(float(arrays.distance)),
        baseline=base_q,
        tolerance=arrays.tolerance,
        method=_method(target, obs.magnitude, base_q, arrays.tolerance),
    )


def _method(target: Target, observed: float, baseline: Any, tolerance: float) -> str:
    """How a target's comparison is read, in words (for :attr:`Gap.method`)."""
    return explain(target, observed, baseline, tolerance, "en")
