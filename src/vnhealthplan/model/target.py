"""Targets: what a plan wants an indicator to be, by when, and in whose words.

Examples
--------
Đắk Lắk's 2024 table: infant mortality "<22" ‰:

>>> from vnhealthplan import Period, Target, indicators
>>> imr = Target(indicators.get("imr"), 22, Period.year(2024), "<")
>>> imr
Target(imr < 22 death / thousand_live_births, 2024)
>>> imr.is_met(21.9), imr.is_met(22.0)
(True, False)
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import numpy as np

from vnhealthplan.core.checks import fail, member_of, plain_number
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import is_quantity
from vnhealthplan.core.vocab import (
    Comparator,
    FacilityKind,
    Lang,
    TargetKind,
    Tier,
    to_comparator,
    to_facility_kind,
    to_target_kind,
    to_tier,
)
from vnhealthplan.model import ratios
from vnhealthplan.model.baseline import Baseline, check_finite
from vnhealthplan.model.compare import (
    COMPARATOR_CODES,
    DIRECTION_CODES,
    KIND_CODES,
    gap_arrays,
    levels_in_unit,
)
from vnhealthplan.model.displays import ShownInNotebooks, target_parts
from vnhealthplan.model.gap import Gap, gap
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.levels import refuse_outside_bounds
from vnhealthplan.model.period import Period
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Source

__all__ = [
    "Baseline",
    "Scope",
    "Target",
]


@attrs.frozen
class Scope:
    """Whom or what a target covers: a province, a tier, a kind of facility.

    Parameters
    ----------
    province : Province, optional
        The province; None when the plan names none (the unattributed plan).
    tier : Tier, optional
        E.g. ``Tier.PROVINCE`` for Đắk Lắk's "Tuyến tỉnh" sub-row.
    facility_kind : FacilityKind, optional
        E.g. ``FacilityKind.DISTRICT_HEALTH_CENTRE``.
    description : str
        Anything the plan adds in words, e.g. "không tính giường bệnh trạm y tế".

    Examples
    --------
    >>> Scope(tier="tuyến tỉnh").tier
    <Tier.PROVINCE: 'province'>
    """

    province: Province | None = attrs.field(
        default=None, validator=member_of(Province, optional=True)
    )
    tier: Tier | None = attrs.field(
        default=None, converter=to_tier, validator=member_of(Tier, optional=True)
    )
    facility_kind: FacilityKind | None = attrs.field(
        default=None,
        converter=to_facility_kind,
        validator=member_of(FacilityKind, optional=True),
    )
    description: str = attrs.field(default="", validator=member_of(str))

    def __str__(self) -> str:
        parts = [
            str(self.province) if self.province else "",
            self.tier.label() if self.tier else "",
            self.facility_kind.label() if self.facility_kind else "",
            self.description,
        ]
        return "; ".join(p for p in parts if p)


def own_scalar(value: Any) -> Any:
    """A quantity whose magnitude is a 0-d array gets a float of its own.

    A frozen record must not change when the caller later writes into their array.
    """
    magnitude = value.magnitude
    if isinstance(magnitude, np.ndarray) and magnitude.ndim == 0:
        return type(value)(float(magnitude), value.units)
    return value


def _indicator_value(value: Any, target: Any) -> Any:
    """Converter: a plain number becomes a quantity in the indicator's unit."""
    if value is None:
        return value
    if is_quantity(value):
        return own_scalar(value)
    number = plain_number(value)
    indicator = target.indicator
    if number is None or not isinstance(indicator, Indicator):
        return value  # the validator reports it
    return indicator.quantity(number)


def _check_value(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None and attribute.name == "upper":
        return
    indicator: Indicator = inst.indicator
    if not indicator.accepts(value):
        expected = message(
            "a quantity in {unit} (dimension {dimensionality})",
            unit=str(indicator.unit),
            dimensionality=str(indicator.dimensionality),
        )
        fail(inst, attribute, value, expected)
    check_finite(inst, attribute, value)


def _check_bounds(inst: Target, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    ind = inst.indicator
    level = value.to(ind.unit).magnitude
    if inst.kind is TargetKind.CHANGE:  # a share moves by 100 points at most
        if ind.minimum is not None and ind.maximum is not None:
            span = ind.maximum - ind.minimum
            if abs(level) > span:
                fail(
                    inst,
                    attribute,
                    value,
                    message("a change of at most ±{span:g} {unit}", span=span, unit=str(ind.unit)),
                )
        return
    refuse_outside_bounds(inst, attribute, value, level, ind)


def _check_upper(inst: Target, attribute: attrs.Attribute[Any], value: Any) -> None:
    if inst.comparator is Comparator.RANGE:
        if value is None:
            fail(inst, attribute, value, message("an upper bound, since the comparator is a range"))
        elif value < inst.value:
            fail(
                inst,
                attribute,
                value,
                message("an upper bound ≥ the lower bound {lower}", lower=inst.value),
            )
    elif value is not None:
        fail(inst, attribute, value, message("None, since only range targets have an upper bound"))


def _check_baseline(inst: Target, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, Baseline):
        fail(inst, attribute, value, message("a Baseline or None"))
    elif not inst.indicator.accepts(value.value):
        fail(
            inst,
            attribute,
            value.value,
            message("a baseline in {unit}", unit=str(inst.indicator.unit)),
        )
    elif isinstance(inst.period, Period) and value.period.start > inst.period.end:
        # a change from a level measured after the target's due date measures nothing
        expected = message(
            "a baseline dated no later than the target's period {period}", period=str(inst.period)
        )
        fail(inst, attribute, value.period, expected)


@attrs.frozen(repr=False)
class Target(ShownInNotebooks):
    """A quantified target of a plan.

    Parameters
    ----------
    indicator : Indicator
        What is measured.
    value : pint.Quantity or float
        The target value. A plain number is taken in the indicator's unit. For a
        ``CHANGE`` target it is the signed change (a decrease is negative); for a range,
        the lower bound.
    period : Period
        When the target is due; :attr:`year` is the period's last year.
    comparator : Comparator or str
        As the plan wrote it: ``"="`` ("đạt"), ``"<"`` ("dưới"), ``"<="``, ``">"``
        ("trên"), ``">="`` ("tối thiểu", "ít nhất"), ``"~"`` ("khoảng"), ``"range"``.
    kind : TargetKind or str
        ``"level"`` (reach), ``"change"`` (by an amount) or ``"maintain"`` (keep).
    upper : pint.Quantity or float, optional
        Upper bound of a ``"range"`` target.
    scope : Scope
        Whom the target covers.
    baseline : Baseline, optional
        The starting level, where the plan gives one.
    source : Source, optional
        The document, section and quote.
    notes : str
        What else the plan says about it (e.g. "với 12 loại vắc-xin").
    notes_vi : str
        The notes in Vietnamese (see :func:`vnhealthplan.model.notes.notes_in`).

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a value in the wrong unit, a level outside the indicator's bounds (a share
        above 100 %, negative beds), an unknown comparator or kind, or a range without
        its upper bound.

    Examples
    --------
    Thanh Hóa, by 2030: "Số giường bệnh 10.000 dân: 39 giường":

    >>> from vnhealthplan import Period, Target, indicators, ureg
    >>> beds = Target(indicators.get("beds_per_10k"), 39, Period.year(2030), "=")
    >>> beds.year, beds.value
    (2030, <Quantity(39, 'bed / ten_thousand_people')>)

    The beds that ratio means for a population of 3,764,241 (GSO, end of 2024):

    >>> beds.required_count(ureg.Quantity(3_764_241, "person"))
    <Quantity(14680.5399, 'bed')>

    Đắk Lắk's "Mức giảm tỷ suất sinh ... 0,2 ‰" is a change of −0.2 births per 1,000:

    >>> Target(indicators.get("crude_birth_rate"), -0.2, Period.year(2024), "=", "change")
    Target(crude_birth_rate change = -0.2 live_birth / thousand_people, 2024)

    A share above 100 % is refused:

    >>> Target(indicators.get("stations_with_doctor"), 110, Period.year(2025), ">=")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: Target.value: got 110 percent; expected a level \
≤ 100 percent for stations_with_doctor
    """

    indicator: Indicator = attrs.field(validator=member_of(Indicator))
    value: Any = attrs.field(
        converter=attrs.Converter(_indicator_value, takes_self=True),  # type: ignore[misc]
        validator=_check_value,
    )
    period: Period = attrs.field(validator=member_of(Period))
    comparator: Comparator = attrs.field(converter=to_comparator, validator=member_of(Comparator))
    kind: TargetKind = attrs.field(
        default=TargetKind.LEVEL,
        converter=to_target_kind,
        validator=member_of(TargetKind),
    )
    upper: Any = attrs.field(
        default=None,
        kw_only=True,
        converter=attrs.Converter(_indicator_value, takes_self=True),  # type: ignore[misc]
        validator=[_check_value, _check_upper],
    )
    scope: Scope = attrs.field(factory=Scope, kw_only=True, validator=member_of(Scope))
    baseline: Baseline | None = attrs.field(default=None, kw_only=True, validator=_check_baseline)
    source: Source | None = attrs.field(
        default=None, kw_only=True, validator=member_of(Source, optional=True)
    )
    notes: str = attrs.field(default="", kw_only=True, validator=member_of(str))
    notes_vi: str = attrs.field(default="", kw_only=True, validator=member_of(str))

    def __attrs_post_init__(self) -> None:
        # Bounds depend on the kind, which is set after the value: check them last.
        for name in ("value", "upper"):
            _check_bounds(self, attrs.fields_dict(Target)[name], getattr(self, name))

    @property
    def year(self) -> int:
        """The year the target is due: the last year of :attr:`period`."""
        return self.period.last_year

    @property
    def start_year(self) -> int:
        """The year the plan starts, from which a change target is measured.

        A change over a period of several years is measured from the year before it, where
        the period began ("2021–2025": 2020, as plans write "so với năm 2020"); a target of
        one year from the year its document was issued (Thanh Hóa's plan of October 2023:
        2023), else from its own year. Without a :attr:`baseline` of its own, a change
        target is measured from the latest figure of this year or before
        (:func:`vnhealthplan.gaps.gaps_frame`, :func:`vnhealthplan.review.review`).

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> thanh_hoa = plans.load("thanh-hoa-2023")
        >>> [(t.kind.value, t.period.code, t.start_year)
        ...  for t in thanh_hoa.targets_for("rank_one_hospitals")]
        [('level', '2025', 2023), ('change', '2025', 2023)]
        >>> plans.load("an-giang-2018").targets_for("private_hospitals")[0].start_year
        2020
        """
        issued = self.source.document.issued if self.source is not None else None
        return self.period.measured_from(None if issued is None else issued.year)

    @property
    def province(self) -> Province | None:
        """The province of the target's scope, if any."""
        return self.scope.province

    def is_met(self, observed: Any, *, tolerance: float = 0.05) -> Any:
        """Tell whether an observed level satisfies the target's comparator.

        For ``LEVEL`` and ``MAINTAIN`` targets *observed* is a level; for ``CHANGE``
        targets it is the observed change. ``EQ`` ("đạt", reach) is read in the
        indicator's good direction: reaching 30 beds per 10,000 is met by 31.

        Parameters
        ----------
        observed : pint.Quantity, float or numpy.ndarray
            Plain numbers are taken in the indicator's unit; quantities are converted.
        tolerance : float
            Relative tolerance for ``ABOUT`` ("khoảng") and for ``"="`` on an indicator
            with no good direction; the same default as :meth:`gap`.

        Returns
        -------
        bool, None or numpy.ma.MaskedArray of bool
            None (masked, for arrays) where the observation is missing (NaN): unknown,
            not "not met". The answer is :meth:`gap`'s, computed by the same code.

        Raises
        ------
        vnhealthplan.errors.WrongTypeError
            If *observed* is not a number, an array of numbers or a quantity.
        vnhealthplan.errors.DimensionError
            If *observed* is a quantity of another dimension.
        vnhealthplan.errors.ValidationError
            If *observed* is infinite or, for a level, outside the indicator's bounds
            (a negative number of beds); NaN stays "not observed".

        Examples
        --------
        The unattributed plan: "đạt 30 giường bệnh/vạn dân" by 2025:

        >>> from vnhealthplan import Period, Target, indicators
        >>> t = Target(indicators.get("beds_per_10k"), 30, Period.year(2025), "=")
        >>> t.is_met(29.5), t.is_met(31), t.is_met(float("nan"))
        (False, True, None)
        """
        unit = self.indicator.unit
        change = self.kind is TargetKind.CHANGE  # a change may be negative
        levels = levels_in_unit(self.indicator, observed, owner="Target.is_met", bounds=not change)
        arrays = gap_arrays(
            self.value.to(unit).magnitude,
            np.nan if self.upper is None else self.upper.to(unit).magnitude,
            COMPARATOR_CODES[self.comparator],
            KIND_CODES[self.kind],
            DIRECTION_CODES[self.indicator.direction],
            levels,
            0.0 if self.kind is TargetKind.CHANGE else None,  # a change is observed as such
            tolerance=tolerance,
        )
        if np.ndim(levels) == 0:
            return None if bool(arrays.unknown) else bool(np.ma.getdata(arrays.met))
        return arrays.met

    def gap(self, observed: Any, *, baseline: Any = None, tolerance: float = 0.05) -> Gap:
        """How far an observed level is from the target: met, shortfall, distance.

        A thin wrapper of :func:`vnhealthplan.gaps.gap`, which states the rules.

        Parameters
        ----------
        observed : pint.Quantity or float
            The observed level; a quantity is converted to the indicator's unit (a wrong
            dimension raises :class:`~vnhealthplan.errors.DimensionError`), a plain number
            is taken in it.
        baseline : Baseline, pint.Quantity or float, optional
            For change targets; by default :attr:`baseline`.
        tolerance : float
            Relative tolerance for ``"~"`` and direction-less ``"="`` (default 5 %).

        Returns
        -------
        vnhealthplan.gaps.Gap

        Examples
        --------
        Thanh Hóa's 2030 target of 39 beds per 10,000, against a hypothetical 3.5 beds per
        1,000 people (converted: 35 per 10,000):

        >>> from vnhealthplan import plans, ureg
        >>> beds = plans.load("thanh-hoa-2023").targets_for("beds_per_10k", 2030)[0]
        >>> g = beds.gap(ureg.Quantity(3.5, "bed / thousand_people"))
        >>> g.met, g.shortfall
        (False, <Quantity(4.0, 'bed / ten_thousand_people')>)
        """
        return gap(self, observed, baseline=baseline, tolerance=tolerance)

    def required_count(self, population: Any) -> Any:
        """The count a per-capita target amounts to for *population*.

        Parameters
        ----------
        population : pint.Quantity, float or array-like
            People (or live births, for per-birth indicators); plain numbers are people.

        Returns
        -------
        pint.Quantity
            The count, e.g. in beds.

        Raises
        ------
        vnhealthplan.errors.DimensionError
            If the indicator is not a per-capita ratio.

        Examples
        --------
        Đắk Lắk: 7,7 doctors per 10,000 for the 1.77 million people its bed figures imply:

        >>> from vnhealthplan import Period, Target, indicators
        >>> t = Target(indicators.get("doctors_per_10k"), 7.7, Period.year(2024), "=")
        >>> t.required_count(1_770_000)
        <Quantity(1362.9, 'doctor')>
        """
        return ratios.required_count(self.value, population)

    def describe(self, lang: Lang = "en") -> str:
        """One line: indicator name, comparator, value, year.

        Examples
        --------
        >>> from vnhealthplan import Period, Target, indicators
        >>> t = Target(indicators.get("imr"), 22, Period.year(2024), "<")
        >>> t.describe("vi")
        'Tỷ suất tử vong trẻ em dưới 1 tuổi < 22 death / thousand_live_births (2024)'
        """
        kind = "" if self.kind is TargetKind.LEVEL else f" [{self.kind.label(lang)}]"
        return f"{self.indicator.name(lang)}{kind} {self.value_text()} ({self.period})"

    def value_text(self) -> str:
        """Comparator and value in pint's unit names: "< 22 death / …", "1–2 facility".

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> plans.load("dak-lak-2024").targets_for("imr")[0].value_text()
        '< 22 death / thousand_live_births'
        """
        if self.upper is not None:
            return f"{self.value.magnitude:g}–{self.upper.magnitude:g} {self.upper.units}"
        return f"{self.comparator.symbol} {self.value.magnitude:g} {self.value.units}"

    def __repr__(self) -> str:
        kind = "" if self.kind is TargetKind.LEVEL else f" {self.kind.value}"
        parts = [f"{self.indicator.code}{kind} {self.value_text()}"]
        parts.append(str(self.period))
        if self.scope.tier is not None:
            parts.append(f"tier={self.scope.tier.value}")
        if self.scope.facility_kind is not None:
            parts.append(f"facility_kind={self.scope.facility_kind.value}")
        return f"Target({', '.join(parts)})"

    def display_parts(self, lang: Lang, as_of: date) -> Any:
        """What the notebook display shows (:mod:`vnhealthplan.core.html`'s protocol)."""
        return target_parts(self, lang)
