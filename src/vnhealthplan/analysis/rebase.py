"""Re-basing a plan's targets onto the provincial unit that exists today.

Every bundled plan was written for a unit that existed before 1 July 2025. Since then An
Giang includes Kiên Giang, Quảng Ngãi includes Kon Tum and Đắk Lắk includes Phú Yên
(:mod:`vnhealthplan.provinces`). :func:`rebase` restates a target for the merged unit with a
stated method:

* counts add (beds, facilities): the sum of the parts' targets;
* ratios per population (beds per 10,000 people) are population-weighted:
  Σ ratio × population / Σ population;
* shares and rates with another denominator (stations, live births) are weighted by that
  denominator, which the caller gives (``denominators``);
* indicators that are neither (life expectancy, heights) are not re-based.

A part with no target is never filled in: the result covers the other parts only, says which
share of the merged unit that is (``coverage``) and flags the gap.

Examples
--------
>>> from vnhealthplan import plans
>>> result = rebase(plans.load("an-giang-2018"), "beds_per_10k", 2030)
>>> print(result)
beds_per_10k 2030 for An Giang (from 2025-07-01): 29.4 bed / ten_thousand_people \
(population-weighted), covering 55.4% of its population (quy_mo_dan_so)
>>> result.flags[0]
'Kiên Giang: no target for 2030 in the plans given; the result covers part of An Giang only'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import attrs

from vnhealthplan.core.errors import VNHealthPlanError
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import ureg
from vnhealthplan.data import indicators, provinces, reference
from vnhealthplan.data import populations as population_data
from vnhealthplan.data.dated import dated_name
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Source
from vnhealthplan.model.target import Target

if TYPE_CHECKING:
    import pandas as pd

    from vnhealthplan.model.plan import Plan

__all__ = ["Part", "Population", "RebaseError", "Rebased", "populations", "rebase", "rebase_frame"]

METHODS = ("sum", "population-weighted", "denominator-weighted", "none")


class RebaseError(VNHealthPlanError, ValueError):
    """Targets or populations that cannot be re-based as asked (the message says why).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> rebase(plans.load("thanh-hoa-2023"), "beds_per_10k", 2030)
    Traceback (most recent call last):
    ...
    vnhealthplan.rebase.RebaseError: Thanh Hóa was not merged: nothing to re-base onto
    """


@attrs.frozen
class Population:
    """A population figure of a unit, with its measure and source.

    Attributes
    ----------
    unit : Province
    value : float
        People.
    measure : str
        ``"quy_mo_dan_so"`` (merger dossiers, Resolution 202/2025/QH15), ``"census_2019"``,
        ``"gso_end_of_year"``, or ``"given"`` for a figure passed by the caller.
    year : int or None
    source : Source or None

    Examples
    --------
    >>> [(p.unit.key, p.value) for p in populations("quy_mo_dan_so")][:2]
    [('an-giang', 2741851.0), ('kien-giang', 2210387.0)]
    """

    unit: Province
    value: float
    measure: str
    year: int | None = None
    source: Source | None = None


@cache
def populations(measure: str | None = None) -> tuple[Population, ...]:
    """The bundled population figures, optionally of one measure.

    Examples
    --------
    >>> sorted({p.measure for p in populations()})
    ['census_2019', 'gso_end_of_year', 'quy_mo_dan_so']
    """
    refs = {row["key"]: row for row in reference.records()}
    return tuple(
        Population(
            provinces.by_key(row["key"]),
            float(refs[row["reference"]]["value"]),
            row["measure"],
            refs[row["reference"]]["year"],
            reference.source(refs[row["reference"]]),
        )
        for row in population_data.rows()
        if measure is None or row["measure"] == measure
    )


@attrs.frozen
class Part:
    """One former unit inside the merged one: its target, population and weight."""

    unit: Province
    target: Target | None
    population: Population | None
    weight: float | None


@attrs.frozen
class Rebased:
    """A target restated for a merged unit, with everything it was computed from.

    Attributes
    ----------
    indicator : Indicator
    year : int
    into : Province
        The merged unit.
    method : str
        One of ``"sum"``, ``"population-weighted"``, ``"denominator-weighted"``, ``"none"``.
    value : pint.Quantity or None
        Over the parts that have a target (None if it cannot be computed; see *flags*).
    parts : tuple of Part
    total : Population or None
        The merged unit's own population figure, where one of the measure is bundled.
    coverage : float or None
        Share (0–1) of the merged unit's weight held by the parts with a target.
    flags : tuple of str
        Parts with no target, missing or mixed populations, differing comparators.
    """

    indicator: Indicator
    year: int
    into: Province
    method: str
    value: Any
    parts: tuple[Part, ...]
    total: Population | None
    coverage: float | None
    flags: tuple[str, ...]
    measure: str

    def __str__(self) -> str:
        value = (
            "no value" if self.value is None else f"{self.value.magnitude:.1f} {self.value.units}"
        )
        share = (
            "coverage unknown"
            if self.coverage is None
            else f"covering {self.coverage:.1%} of its population ({self.measure})"
        )
        return (
            f"{self.indicator.code} {self.year} for {dated_name(self.into)}: {value} "
            f"({self.method}), {share}"
        )


def _method(indicator: Indicator) -> str:
    if indicator.denominator is None:
        unit = str(indicator.unit)
        return "none" if unit in ("percent", "year", "centimeter") else "sum"
    if indicator.denominator.split(" (")[0] in ("population", "mid-year population"):
        return "population-weighted"
    return "denominator-weighted"


def _figure(
    unit: Province, measure: str, given: Mapping[str, Population | float] | None
) -> Population | None:
    if given is not None:
        for name in (unit.key, unit.name):
            if name in given:
                value = given[name]
                if isinstance(value, Population):
                    return value
                return Population(unit, float(value), "given")
        return None
    return next((p for p in populations(measure) if p.unit.key == unit.key), None)


def rebase_targets(
    into: Province | str,
    targets: Mapping[str, Target | None],
    *,
    indicator: str | Indicator,
    year: int,
    measure: str = "quy_mo_dan_so",
    populations: Mapping[str, Population | float] | None = None,
    denominators: Mapping[str, float] | None = None,
) -> Rebased:
    """Re-base the targets of the former units (by key or name) onto *into*.

    The core of :func:`rebase`, for targets that are not in a bundled plan. *populations*
    replaces the bundled figures (keys or names to :class:`Population` or numbers);
    *denominators* gives the weights of a ``denominator-weighted`` indicator.

    Examples
    --------
    Two parts with targets, weighted by hand-given populations (3 × 1 and 1 × 3):

    >>> from vnhealthplan import Period
    >>> beds = indicators.get("beds_per_10k")
    >>> t = lambda v: Target(beds, v, Period.year(2030), ">=")
    >>> r = rebase_targets("an-giang-2025", {"an-giang": t(30.0), "kien-giang": t(20.0)},
    ...                    indicator=beds, year=2030, populations={"an-giang": 3, "kien-giang": 1})
    >>> r.value.magnitude, r.coverage
    (27.5, 1.0)
    """
    unit = provinces.by_key(into) if isinstance(into, str) else into
    ind = indicators.get(indicator) if isinstance(indicator, str) else indicator
    parts_of = provinces.parts(unit)
    if not parts_of:
        raise RebaseError(
            message(
                "{name} ({key}) was not formed by a merger", name=str(unit.name), key=str(unit.key)
            )
        )
    known = {k for p in parts_of for k in (p.key, p.name)}
    stray = [k for k in targets if k not in known]
    if stray:
        names = ", ".join(p.name for p in parts_of)
        raise RebaseError(
            message(
                "{stray} are not parts of {name} (its parts: {names})",
                stray=str(stray),
                name=str(unit.name),
                names=str(names),
            )
        )
    method = _method(ind)
    flags: list[str] = []
    given = [p for p in (populations or {}).values() if isinstance(p, Population)]
    if len({p.measure for p in given}) > 1:
        raise RebaseError(
            message(
                "populations of different measures: {measures}",
                measures=str(sorted({p.measure for p in given})),
            )
        )
    parts = []
    for part in parts_of:
        target = targets.get(part.key, targets.get(part.name))
        figure = _figure(part, measure, populations)
        weight = figure.value if figure is not None else None
        if method == "denominator-weighted":
            weight = (
                None
                if denominators is None
                else denominators.get(part.key, denominators.get(part.name))
            )
        parts.append(Part(part, target, figure, weight))
        if target is None:
            flags.append(
                f"{part.name}: no target for {year} in the plans given; "
                f"the result covers part of {unit.name} only"
            )
        if figure is None:
            flags.append(f"{part.name}: no population ({measure}) bundled or given")
    return _combine(ind, year, unit, method, tuple(parts), measure, populations, flags)


def _combine(
    ind: Indicator,
    year: int,
    unit: Province,
    method: str,
    parts: tuple[Part, ...],
    measure: str,
    given: Mapping[str, Population | float] | None,
    flags: list[str],
) -> Rebased:
    covered = [p for p in parts if p.target is not None]
    comparators = {p.target.comparator for p in covered if p.target is not None}
    if len(comparators) > 1:
        flags.append(f"the parts' comparators differ: {sorted(c.value for c in comparators)}")
    values = [float(p.target.value.to(ind.unit).magnitude) for p in covered if p.target]
    value = None
    if method == "none":
        flags.append(f"{ind.code} is neither a count nor a ratio: not re-based")
    elif method == "sum" and covered:
        value = ureg.Quantity(sum(values), ind.unit)
    elif covered and all(p.weight is not None for p in covered):
        weights = [float(p.weight) for p in covered if p.weight is not None]
        value = ureg.Quantity(
            sum(v * w for v, w in zip(values, weights, strict=True)) / sum(weights), ind.unit
        )
    elif covered:
        flags.append(
            f"weights ({'denominators' if method == 'denominator-weighted' else measure}) "
            "missing for a part with a target: no value"
        )
    total = _figure(unit, measure, given)
    coverage = None
    weights_all = [
        p.weight if method != "sum" else (p.population.value if p.population else None)
        for p in parts
    ]
    if all(w is not None for w in weights_all) and weights_all:
        known = sum(float(w) for w in weights_all if w is not None)
        coverage = (
            sum(float(w) for p, w in zip(parts, weights_all, strict=True) if p.target and w) / known
        )
        if (
            total is not None
            and method != "denominator-weighted"
            and abs(known - total.value) > 0.5
        ):
            flags.append(
                f"the parts' populations add to {known:.0f}, not {total.value:.0f} ({unit.name})"
            )
    return Rebased(ind, year, unit, method, value, parts, total, coverage, tuple(flags), measure)


def rebase(
    plans: Plan | Iterable[Plan],
    indicator: str | Indicator,
    year: int,
    *,
    measure: str = "quy_mo_dan_so",
    populations: Mapping[str, Population | float] | None = None,
    denominators: Mapping[str, float] | None = None,
) -> Rebased:
    """Re-base one target of one or more plans onto the unit their province merged into.

    Parameters
    ----------
    plans : Plan or iterable of Plan
        Plans of former units of the same merged unit (e.g. An Giang's and, if one existed,
        Kiên Giang's). Their level targets for the whole province are used.
    indicator : str or Indicator
    year : int
    measure : str
        The bundled population measure to weight with (default ``"quy_mo_dan_so"``).
    populations, denominators : mapping, optional
        See :func:`rebase_targets`.

    Returns
    -------
    Rebased

    Raises
    ------
    RebaseError
        If a plan's province was not merged, the plans belong to different merged units, or a
        plan holds two targets for the same indicator and year.

    Examples
    --------
    Quảng Ngãi's 2023 plan says nothing for Kon Tum, and no population of the two former
    provinces is bundled:

    >>> from vnhealthplan import plans
    >>> qn = rebase(plans.load("quang-ngai-2023"), "communes_covered_by_emergency_service", 2025)
    >>> for flag in qn.flags: print(flag)
    Quảng Ngãi: no population (quy_mo_dan_so) bundled or given
    Kon Tum: no target for 2025 in the plans given; the result covers part of Quảng Ngãi only
    Kon Tum: no population (quy_mo_dan_so) bundled or given
    weights (denominators) missing for a part with a target: no value
    """
    group = _plans(plans)
    into: Province | None = None
    ind = indicator if isinstance(indicator, Indicator) else None
    targets: dict[str, Target | None] = {}
    for plan in group:
        province = plan.province
        merged = None if province is None else provinces.successor(province)
        if province is None:
            raise RebaseError(
                message("{key} names no province: nothing to re-base onto", key=plan.key)
            )
        if merged is None:
            raise RebaseError(
                message(
                    "{province} was not merged: nothing to re-base onto", province=str(province)
                )
            )
        if into is not None and merged != into:
            raise RebaseError(
                message(
                    "{key} belongs to {key2}, not {key3}",
                    key=str(plan.key),
                    key2=str(merged.key),
                    key3=str(into.key),
                )
            )
        into = merged
        found = [
            t for t in plan.targets_for(indicator, year)
            if t.scope.tier is None and t.kind.value in ("level", "change")
        ]  # fmt: skip
        if len(found) > 1:
            raise RebaseError(
                message(
                    "{key}: {count} targets for {indicator} {year}",
                    key=str(plan.key),
                    count=str(len(found)),
                    indicator=str(indicator),
                    year=str(year),
                )
            )
        targets[province.key] = found[0] if found else None
        ind = found[0].indicator if found else ind
    if into is None:
        raise RebaseError(message("no plan given"))
    if ind is None:
        ind = indicators.get(str(indicator))
    return rebase_targets(
        into, targets, indicator=ind, year=year, measure=measure,
        populations=populations, denominators=denominators,
    )  # fmt: skip


def _plans(plans: Plan | Iterable[Plan]) -> list[Plan]:
    from vnhealthplan.model.plan import Plan

    return [plans] if isinstance(plans, Plan) else list(plans)


def rebase_frame(plans: Plan | Sequence[Plan], *, measure: str = "quy_mo_dan_so") -> pd.DataFrame:
    """Every province-wide target of the plans, re-based: one row per indicator and year.

    Plans of the parts of different merged units are re-based each onto its own unit (the
    plans of one unit together), in the order of the units' first plans.

    Columns: ``into, indicator, year, method, value, unit, coverage, parts, flags``.

    Raises
    ------
    RebaseError
        As :func:`rebase`: for a plan whose province was not merged or that names none.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> frame = rebase_frame(plans.load("an-giang-2018"))
    >>> row = frame[(frame.indicator == "beds_per_10k") & (frame.year == 2030)].iloc[0]
    >>> row["into"], round(float(row["value"]), 1), round(float(row["coverage"]), 3)
    ('an-giang-2025', 29.4, 0.554)

    The plans of the merged provinces, today's units side by side:

    >>> merged = [p for p in plans.load_all() if p.province and p.province.merged_into]
    >>> rebase_frame(merged).groupby("into", sort=False).size()
    into
    an-giang-2025      67
    dak-lak-2025       12
    quang-ngai-2025     4
    dtype: int64
    """
    import pandas as pd

    groups: dict[str, list[Plan]] = {}
    for plan in _plans(plans):
        merged = None if plan.province is None else provinces.successor(plan.province)
        groups.setdefault("" if merged is None else merged.key, []).append(plan)
    rows = [row for group in groups.values() for row in _rebased_rows(group, measure)]
    return pd.DataFrame.from_records(rows)


def _rebased_rows(group: list[Plan], measure: str) -> list[dict[str, Any]]:
    """The rows of :func:`rebase_frame` for the plans of one merged unit."""
    found = {(t.indicator.code, t.year): t.indicator for p in group for t in p.targets}
    rows = []
    for (code, year), indicator in sorted(found.items(), key=lambda item: item[0]):
        r = rebase(group, indicator, year, measure=measure)
        rows.append({
            "into": r.into.key, "indicator": code, "year": year, "method": r.method,
            "value": float("nan") if r.value is None else float(r.value.magnitude),
            "unit": str(r.indicator.unit),
            "coverage": float("nan") if r.coverage is None else r.coverage,
            "parts": ", ".join(p.unit.key for p in r.parts if p.target is not None),
            "flags": "; ".join(r.flags),
        })  # fmt: skip
    return rows


# Public path in tracebacks and pickles (the code lives in a layer, see docs/architecture).
RebaseError.__module__ = "vnhealthplan.rebase"
