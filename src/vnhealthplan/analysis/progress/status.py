"""The progress status of one target: :class:`Progress` and :func:`progress_status`.

A thin wrapper over :func:`~vnhealthplan.progress.progress_arrays` for one
:class:`~vnhealthplan.Target` (or an :class:`~vnhealthplan.Indicator` without a numeric
target) and its observations; :attr:`Progress.notes` says which of the method's rules
applied.

Examples
--------
>>> from vnhealthplan import plans
>>> target = plans.load("an-giang-2018").targets_for("health_insurance_coverage", 2020)[0]
>>> progress_status(target, [(2019, 80.0)], method="unsd").status
'fair_progress'
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from vnhealthplan.analysis.progress.core import cuts_text, progress_arrays
from vnhealthplan.analysis.progress.method import Method, resolve_method
from vnhealthplan.core.checks import MAX_YEAR, MIN_YEAR, plain_number, year
from vnhealthplan.core.errors import DimensionError, ValidationError
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.messages import message
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.unitnames import said_quantity, said_unit
from vnhealthplan.core.units import is_quantity
from vnhealthplan.core.vocab import Comparator, Lang, TargetKind
from vnhealthplan.model.compare import check_levels
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.target import Target

__all__ = ["Progress", "progress_status"]


@attrs.frozen(repr=False)
class Progress:
    """The progress status of one target, with the figures and rules behind it.

    Attributes
    ----------
    method, citation : str
        The method's key and the published text it follows.
    status : str
        The category's key, e.g. ``"moderate_progress"``; :attr:`code` is its index.
    label_en, label_vi : str
        Its label (English: the method's; Vietnamese: this project's translation).
    met : bool
        Whether the latest value meets the target (the plan's comparator decides).
    ratio, growth, required_growth, projected : float
        The ratio compared with the cut-points, the observed and the required compound
        annual growth, and the latest value projected to the target year (NaN if undefined).
    base_year, base_value, year, value : int or None, float
        The values compared.
    target_value, target_year : float, int or None
        The target's level (NaN and None without a numeric target).
    unit : str
    notes : tuple of str
        Which of the method's rules applied.
    lang : {"en", "vi"}
        The language of :attr:`label`.

    Examples
    --------
    An Giang's 95 % insurance target for 2025, with a *hypothetical* 80 % in 2019:

    >>> from vnhealthplan import plans
    >>> target = plans.load("an-giang-2018").targets_for("health_insurance_coverage", 2025)[0]
    >>> p = progress_status(target, [(2019, 80.0)])
    >>> p
    Progress(opensdg: moderate_progress, ratio=0.8243, 2017 → 2019, target 95 percent by 2025)
    >>> round(p.growth, 4), round(p.required_growth, 4)
    (0.0226, 0.0274)
    """

    method: str
    status: str
    code: int
    label_en: str
    label_vi: str
    met: bool
    ratio: float
    growth: float
    required_growth: float
    projected: float
    base_year: int | None
    base_value: float
    year: int | None
    value: float
    target_value: float
    target_year: int | None
    unit: str
    notes: tuple[str, ...]
    citation: str
    lang: Lang = "en"

    @property
    def label(self) -> str:
        """The category's label in :attr:`lang`."""
        return self.label_vi if self.lang == "vi" else self.label_en

    def __repr__(self) -> str:
        goal = "no numeric target"
        if self.target_year is not None:
            goal = f"target {self.target_value:g} {self.unit} by {self.target_year}"
        return (
            f"Progress({self.method}: {self.status}, ratio={self.ratio:.4g}, "
            f"{self.base_year} → {self.year}, {goal})"
        )


def progress_status(
    target: Target | Indicator,
    observations: Iterable[Observation | tuple[int, Any]],
    *,
    method: str | Method = "opensdg",
    thresholds: Sequence[float] | None = None,
    lang: Lang | None = None,
    base_year: int | None = None,
    direction: int | None = None,
) -> Progress:
    """The progress status of one target: a thin wrapper over :func:`progress_arrays`.

    Parameters
    ----------
    target : Target or Indicator
        The target; an :class:`~vnhealthplan.Indicator` alone means "no numeric target"
        (direction only; the indicator's bound in its good direction is the natural limit).
    observations : iterable of Observation or (year, value)
        Values of the indicator; plain numbers are in its unit, quantities are converted.
        The target's :attr:`~vnhealthplan.Target.baseline` is added. NaN values are dropped,
        and so are values after the target's year (a note says which): a target whose year
        has passed was met or not *by* that year, as :func:`vnhealthplan.gaps.gaps_frame`
        and :func:`vnhealthplan.review.review` judge it.
    method : str or Method
        A registered method's key (:func:`~vnhealthplan.progress.methods`: ``"opensdg"``,
        the default, ``"unsd"`` …) or a Method.
    thresholds : sequence of float, optional
        Ratio cut-points replacing the method's, descending.
    lang : {"en", "vi"}, optional
        Language of :attr:`Progress.label` and :attr:`Progress.notes`; the package language
        by default.
    base_year : int, optional
        The base year (the first observed year on or after it is used, as Open SDG does);
        by default the earliest.
    direction : {1, -1}, optional
        Overrides the indicator's direction (needed for indicators without one).

    Returns
    -------
    Progress

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a change target (state it as a level), an observation of another indicator,
        province or scope (a tier's beds against the whole province's target), two values
        for one year, a year outside 1945–2100, no direction, or an infinite value or one
        outside the indicator's bounds (−5 ‰ infant mortality).
    vnhealthplan.errors.DimensionError
        For a value whose unit does not fit the indicator.

    Examples
    --------
    Đắk Lắk's 2024 infant mortality target "<22" ‰ is met by 21.9 but not by 22.0, as the
    plan's comparator says (both observed values here are *hypothetical*):

    >>> from vnhealthplan import Period, Target, indicators
    >>> imr = Target(indicators.get("imr"), 22, Period.year(2024), "<")
    >>> progress_status(imr, [(2020, 25.0), (2023, 21.9)]).status
    'target_achieved'
    >>> progress_status(imr, [(2020, 25.0), (2023, 22.0)]).status
    'substantial_progress'
    """
    m = resolve_method(method, thresholds)
    if base_year is not None:
        base_year = year(base_year, "progress_status", "base_year")
    ind = target if isinstance(target, Indicator) else target.indicator
    lower, upper, goal_year = _goal(target)
    d = _direction(ind, target, direction)
    goal = upper if d < 0 and not math.isnan(upper) else lower  # a range: its near end
    points = _series(ind, target, observations)
    # a target is met or not BY its year: later figures do not judge it (gaps_frame, review)
    later = sorted(y for y in points if goal_year is not None and y > goal_year)
    years = sorted(y for y in points if (base_year is None or y >= base_year) and y not in later)
    t0, t = (years[0], years[-1]) if years else (None, None)
    v0, vt = (points[t0], points[t]) if t0 is not None and t is not None else (math.nan,) * 2
    # "Met" is the target's own answer (its comparator and tolerance, "khoảng" included);
    # None (a missing value) leaves it to the method, which then cannot assess the row.
    met = target.is_met(vt) if isinstance(target, Target) else None
    limit = ind.maximum if d > 0 else ind.minimum
    r = progress_arrays(
        v0, math.nan if t0 is None else t0, vt, math.nan if t is None else t, goal,
        math.nan if goal_year is None else goal_year, d,
        math.nan if limit is None or isinstance(target, Target) else limit,
        method=m, met=met, details=True,
    )  # fmt: skip
    assert r.required_growth is not None  # details=True
    assert r.projected is not None
    category = m.category(int(r.code[0]))
    language = resolve_language(lang)
    notes = (
        *_later_note(later, goal_year, language),
        *_rule(m, goal_year is not None, bool(years), language),
        *r.notes(0, language),
    )
    return Progress(
        m.key, category.key, int(r.code[0]), category.en, category.vi, bool(r.met[0]),
        float(r.ratio[0]), float(r.growth[0]), float(r.required_growth[0]),
        float(r.projected[0]), t0, v0, t, vt, goal, goal_year, str(ind.unit), notes,
        m.citation, language,
    )  # fmt: skip


def _rule(m: Method, has_target: bool, observed: bool, lang: Lang) -> tuple[str, ...]:
    """The note naming the formula and cut-points used for a numeric target."""
    if not observed:
        return (translate("no observations", lang, context="progress"),)
    if not has_target:
        return ()
    formula = (
        "R = s·d·g/|g_req|"
        if m.rule == "growth_ratio"
        else translate("projected/required change", lang, context="progress")
    )
    return (
        translate("{method}: {formula} compared with the cut-points {cuts}", lang,
                  method=m.name if lang == "en" else m.said(lang), formula=formula,
                  cuts=cuts_text(m.ratio_cuts, lang)),
    )  # fmt: skip


def _later_note(later: list[int], goal_year: int | None, lang: Lang) -> tuple[str, ...]:
    """The note on figures after the target year, left out."""
    if not later:
        return ()
    years = ", ".join(str(y) for y in later)
    return (translate("figures after the target year {year} not used ({years}): a target is "
                      "met or not by its year", lang, context="progress", year=goal_year,
                      years=years),)  # fmt: skip


def _direction(ind: Indicator, target: Target | Indicator, override: int | None) -> int:
    if override is not None:
        if isinstance(override, bool) or override not in (1, -1):  # True is no direction
            raise ValidationError("progress_status", "direction", override, message("1 or -1"))
        return override
    d = {"higher": 1, "lower": -1}.get(ind.direction.value, 0)
    if d == 0 and isinstance(target, Target):  # the plan's comparator says which way
        ways = {Comparator.GT: 1, Comparator.GE: 1, Comparator.LT: -1, Comparator.LE: -1}
        d = ways.get(target.comparator, 0)
    if d == 0:
        expected = message("an indicator with a direction, or direction=1 or -1")
        raise ValidationError("progress_status", "direction", ind.direction.value, expected)
    return d


def _goal(target: Target | Indicator) -> tuple[float, float, int | None]:
    """The target's level (lower and upper bound for a range) and year; NaN, None if none."""
    if isinstance(target, Indicator):
        return math.nan, math.nan, None
    if target.kind is TargetKind.CHANGE:
        expected = message(
            "a level or maintain target (state a change target as the level it means)"
        )
        raise ValidationError("progress_status", "target", target, expected)
    unit = target.indicator.unit
    upper = math.nan if target.upper is None else float(target.upper.to(unit).magnitude)
    return float(target.value.to(unit).magnitude), upper, target.year


def _series(
    ind: Indicator, target: Target | Indicator, observations: Iterable[Any]
) -> dict[int, float]:
    """Year → value in the indicator's unit, the target's baseline included, NaN dropped."""
    items = [(f"observations[{i}]", item) for i, item in enumerate(observations)]
    baseline = getattr(target, "baseline", None)
    if baseline is not None:
        items.insert(0, ("target.baseline", (baseline.period.last_year, baseline.value)))
    province = getattr(target, "province", None)
    scope = _scope_of(target.scope) if isinstance(target, Target) else None
    points: dict[int, float] = {}
    for name, item in items:
        if province is not None and getattr(item, "province", None) not in (None, province):
            raise ValidationError(
                "progress_status",
                name,
                item,
                message("an observation of {province}", province=str(province)),
            )
        if isinstance(item, Observation):
            # one place and one scope per series: Đắk Lắk's 2020 and Thanh Hóa's 2024
            # (or the provincial tier's and the whole province's) make no trend
            province = province or item.province
            scope = _same_scope(item, scope, name)
        when, value = _point(ind, item, name)
        if math.isnan(value):
            continue
        if points.get(when, value) != value:
            expected = message(
                "one value for {when} (got {point:g} and {value:g})",
                when=str(when),
                point=points[when],
                value=value,
            )
            raise ValidationError("progress_status", name, item, expected)
        points[when] = value
    return points


def _scope_of(scope: Any) -> tuple[Any, Any]:
    return scope.tier, scope.facility_kind


def _same_scope(item: Observation, scope: tuple[Any, Any] | None, name: str) -> tuple[Any, Any]:
    """The series' scope (tier, kind of facility): *item*'s must be the same."""
    own = _scope_of(item.scope)
    if scope is not None and own != scope:
        shown = ", ".join(v.value for v in scope if v is not None) or "the whole place"
        expected = message(
            "an observation of the same scope as the target's ({shown})", shown=str(shown)
        )
        raise ValidationError("progress_status", name, item, expected)
    return own


def _point(ind: Indicator, item: Any, name: str) -> tuple[int, float]:
    """(year, value in the indicator's unit) from an Observation or a pair."""
    if isinstance(item, Observation):
        if item.indicator.code != ind.code:
            raise ValidationError(
                "progress_status",
                name,
                item,
                message("an observation of {code}", code=str(ind.code)),
            )
        return item.year, float(item.value.to(ind.unit).magnitude)
    if not isinstance(item, tuple | list) or len(item) != 2:
        raise ValidationError(
            "progress_status", name, item, message("an Observation or (year, value)")
        )
    when, value = item
    if isinstance(when, bool) or not isinstance(when, int):
        raise ValidationError("progress_status", name, when, message("a whole year"))
    if not MIN_YEAR <= when <= MAX_YEAR:  # year 20 or 3000 would bend the trend
        raise ValidationError(
            "progress_status",
            name,
            when,
            message("a year {min_year}–{max_year}", min_year=str(MIN_YEAR), max_year=str(MAX_YEAR)),
        )
    if is_quantity(value) and value.dimensionality == ind.unit.dimensionality:
        number: float | int | None = float(value.to(ind.unit).magnitude)
    else:
        number = plain_number(value)
    if number is None:
        raise DimensionError(
            name,
            said_quantity(value),
            message("a number or a quantity in {unit}", unit=said_unit(ind.unit)),
        )
    # infinity, or a level the indicator cannot take (−5 ‰), would read as "achieved"
    check_levels(ind, float(number), "progress_status", name)
    return when, float(number)
