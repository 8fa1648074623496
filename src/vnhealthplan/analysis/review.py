"""A review of a plan: each target against the latest figures, the counts still needed, progress.

:func:`review` builds a frozen :class:`Review` of a plan (or of the national targets,
:data:`NATIONAL`) against the bundled observations and the user's own: for each target
the baseline, the latest observed value, whether it is met and by how much it falls
short, the beds, doctors … still needed for the population, and its progress status by a
named method. Every figure carries its source.

The user's figures override nothing: :func:`combine_observations` raises a
:class:`~vnhealthplan.errors.PlanDataError` naming both figures when the user's and a
bundled one (or two of the user's) give the same indicator, scope and year with
different values; an identical figure given twice is used once (the first).

Examples
--------
Vietnam's doctors per 10,000 people: 8,8 in 2019, 9,8 in 2020 and 15 in 2025 (bundled,
each with its source), against the national targets:

>>> national = review(NATIONAL, as_of=date(2026, 1, 31))
>>> row = national.rows_for("doctors_per_10k", 2030)[-1]
>>> row.target.source.document.title[:21], row.target.value.magnitude
('Quyết định 201/QĐ-TTg', 19.0)
>>> row.latest.value, row.latest.year, row.progress.method, row.progress.status
(15.0, 2025, 'opensdg', 'substantial_progress')
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Final

import attrs

from vnhealthplan.analysis.gapjoin import change_baseline
from vnhealthplan.analysis.planstatus import plan_observations
from vnhealthplan.analysis.progress import Progress, progress_status
from vnhealthplan.analysis.rollup import CountsNeeded, counts_needed
from vnhealthplan.analysis.slips import warn_slips
from vnhealthplan.core.errors import DimensionError, PlanDataError, Problem
from vnhealthplan.core.messages import message, said
from vnhealthplan.core.today import vietnam_today
from vnhealthplan.core.units import is_quantity
from vnhealthplan.core.vocab import Lang, TargetKind
from vnhealthplan.data import plans
from vnhealthplan.data.reference import national_observations, national_targets
from vnhealthplan.model.displays import day_text
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.source import Document, Source
from vnhealthplan.model.target import Target

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "NATIONAL",
    "Figure",
    "Review",
    "ReviewRow",
    "combine_observations",
    "national_plan",
    "review",
    "source_text",
]

#: The pseudo plan key of the national targets (Resolution 20-NQ/TW, Decision 201/QĐ-TTg).
NATIONAL: Final = "national"


def source_text(source: Source | None, lang: Lang = "en") -> str:
    """A source in one line: document, section, quote; "" for none.

    The issue date is ISO in English (*lang* "en", the default), dd/mm/yyyy in Vietnamese.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> print(source_text(plans.load("an-giang-2018").observations[0].source)[-50:])
    ; I: “đến cuối năm 2017, chỉ mới đạt 76,5% dân số”
    >>> "(27/04/2018)" in source_text(plans.load("an-giang-2018").targets[0].source, "vi")
    True
    """
    if source is None:
        return ""
    doc = source.document
    number = f" {doc.number}" if doc.number else ""
    day = day_text(doc.issued, lang) if doc.issued else ""
    issued = f" ({day})" if day else ""
    section = said(source.section, lang)
    quote = said(source.quote, lang)  # a figure the package wrote: said in the language
    return f"{doc.title}{number}{issued}, {doc.issuer}; {section}: “{quote}”"


@attrs.frozen
class Figure:
    """One sourced number: a value in a unit, its year and where it is stated.

    Examples
    --------
    >>> Figure(9.8, "doctor / ten_thousand_people", 2020, "Bộ Y tế")
    Figure(value=9.8, unit='doctor / ten_thousand_people', year=2020, source='Bộ Y tế')
    """

    value: float
    unit: str
    year: int | None
    source: str

    @classmethod
    def of(cls, obs: Observation, lang: Lang = "en") -> Figure:
        """The figure of an observation, in its indicator's unit; its notes (a form's "Ghi
        chú": an estimate, a part of the province) after its source (in *lang*), unless in it."""
        value = float(obs.value.to(obs.indicator.unit).magnitude)
        source, notes = source_text(obs.source, lang), obs.notes.strip()
        if source and notes and notes not in source:
            source = f"{source} ({notes})"
        return cls(value, str(obs.indicator.unit), obs.year, source or notes)


@attrs.frozen
class ReviewRow:
    """One target under review.

    Attributes
    ----------
    target : Target
    baseline, latest : Figure or None
        The target's own baseline, else, for a change target, the latest observed value in
        or before the year its plan starts (:attr:`Target.start_year
        <vnhealthplan.Target.start_year>`) and before the latest one, for a level target
        the earliest observed value; and the latest observed value up to the target year.
    met : bool or None
        None when unknown (no observed value, or a change without a baseline).
    shortfall : float
        In the target's unit; NaN when unknown.
    needed : CountsNeeded or None
        For a per-person target with a population: the count it means and what is missing.
    progress : Progress or None
        For a level target with an observed value (``unable_to_assess`` with fewer than two
        observed years); None otherwise.
    baseline_needed : int or None
        For a change target without a baseline: the year whose figure (or an earlier one)
        it needs to be measured; None otherwise.
    """

    target: Target
    baseline: Figure | None
    latest: Figure | None
    met: bool | None
    shortfall: float
    needed: CountsNeeded | None
    progress: Progress | None
    baseline_needed: int | None = None

    @property
    def scope(self) -> str:
        """The target's scope in words ("" for the whole province or country)."""
        return str(self.target.scope)


@attrs.frozen
class Review:
    """A plan reviewed against observations (see :func:`review`).

    Attributes
    ----------
    plan : Plan
    rows : tuple of ReviewRow
        One per target, in the plan's order.
    observations : tuple of Observation
        Every observation used (bundled and the user's), without duplicates.
    population : Figure or None
        The population the counts are computed for.
    method : str
        The progress method's key.
    as_of : datetime.date
        The review's date: observations after its year are left out.
    ignored : int
        The user's observations of another province, left out.
    """

    plan: Plan
    rows: tuple[ReviewRow, ...]
    observations: tuple[Observation, ...]
    population: Figure | None
    method: str
    as_of: date
    ignored: int = 0

    def rows_for(self, indicator: str, year: int | None = None) -> tuple[ReviewRow, ...]:
        """The rows of one indicator (and year)."""
        return tuple(
            r for r in self.rows
            if r.target.indicator.code == indicator and (year is None or r.target.year == year)
        )  # fmt: skip

    def frame(self) -> pd.DataFrame:
        """One row per target: the figures, their years and sources, met, progress.

        Examples
        --------
        >>> frame = review(NATIONAL, as_of=date(2026, 1, 31)).frame()
        >>> frame.loc[frame.indicator == "beds_per_10k", ["year", "target", "latest",
        ...                                                "met", "status"]].head(2)
            year  target  latest   met           status
        13  2025    30.0    34.5  True  target_achieved
        14  2030    32.0    34.5  True  target_achieved
        """
        import pandas as pd

        records = [_record(r) for r in self.rows]
        frame = pd.DataFrame.from_records(records, columns=list(_COLUMNS))
        frame["met"] = frame["met"].astype("boolean")
        for column in ("baseline_year", "latest_year", "population_year"):
            frame[column] = frame[column].astype("Int64")
        has_count = frame["required"].notna()
        frame["population_source"] = frame["population_source"].where(
            ~has_count, self.population.source if self.population else ""
        )
        return frame

    def __repr__(self) -> str:
        observed = sum(r.latest is not None for r in self.rows)
        return (
            f"Review({self.plan.key}: {len(self.rows)} targets, {observed} with an observed "
            f"value, {len(self.observations)} observations, method {self.method}, "
            f"as of {self.as_of.isoformat()})"
        )


_COLUMNS: Final = (
    *("indicator", "name_vi", "name_en", "scope", "year", "comparator", "target", "unit"),
    *("target_source", "baseline", "baseline_year", "baseline_source", "latest"),
    *("latest_year", "latest_source", "met", "shortfall", "population", "population_year"),
    *("population_source", "required", "current", "additional", "count_unit", "method"),
    *("status", "label_vi", "label_en", "progress_notes"),
)


def _record(r: ReviewRow) -> dict[str, Any]:
    t, n, p = r.target, r.needed, r.progress
    b, lt = r.baseline, r.latest

    def count(q: Any) -> float:
        return math.nan if n is None or q is None else float(q.magnitude)

    return {
        "indicator": t.indicator.code, "name_vi": t.indicator.name("vi"),
        "name_en": t.indicator.name("en"), "scope": r.scope, "year": t.year,
        "comparator": t.comparator.value, "target": float(t.value.magnitude),
        "unit": str(t.indicator.unit), "target_source": source_text(t.source),
        "baseline": b.value if b else math.nan, "baseline_year": b.year if b else None,
        "baseline_source": b.source if b else "", "latest": lt.value if lt else math.nan,
        "latest_year": lt.year if lt else None, "latest_source": lt.source if lt else "",
        "met": r.met, "shortfall": r.shortfall,
        "population": count(n.population if n else None),
        "population_year": n.population_year if n else None, "population_source": "",
        "required": count(n.required if n else None), "current": count(n.current if n else None),
        "additional": count(n.additional if n else None),
        "count_unit": str(n.required.units) if n else "", "method": p.method if p else "",
        "status": p.status if p else "", "label_vi": p.label_vi if p else "",
        "label_en": p.label_en if p else "", "progress_notes": "; ".join(p.notes) if p else "",
    }  # fmt: skip


def national_plan() -> Plan:
    """The national targets as a pseudo plan keyed :data:`NATIONAL` (no province).

    Each target keeps its own source (Resolution 20-NQ/TW or Decision 201/QĐ-TTg, as
    restated by the page that quotes it).

    Examples
    --------
    >>> national_plan()
    Plan('national', province not named, 40 targets, 0 facilities, 0 assignments, 0 observations)
    """
    document = Document(
        "Nghị quyết 20-NQ/TW ngày 25/10/2017 và Quyết định 201/QĐ-TTg ngày 27/02/2024",
        "Ban Chấp hành Trung ương Đảng; Thủ tướng Chính phủ",
        notes="The national targets bundled in data/reference_sources.toml; each target's "
        "source names the page that restates it.",
    )
    targets: list[Any] = list(national_targets())
    return Plan(NATIONAL, document, targets=targets)


def _bundled(plan: Plan) -> tuple[Observation, ...]:
    return national_observations() if plan.key == NATIONAL else plan_observations(plan)


def _key(obs: Observation) -> tuple[str, str, str, int]:
    where = obs.province.name if obs.province else ""
    return obs.indicator.code, str(obs.scope), where, obs.year


def _level(obs: Observation) -> float:
    return float(obs.value.to(obs.indicator.unit).magnitude)


def combine_observations(
    plan: Plan, observations: Iterable[Observation] = ()
) -> tuple[tuple[Observation, ...], int]:
    """The bundled observations of *plan* and the user's, checked against each other.

    The user's observations without a province are of the plan's province (for
    :data:`NATIONAL`, of the country); those of another province are left out and
    counted. Observations with a scope (a tier, a kind of facility) are kept: they are
    compared with the targets of that scope.

    Returns
    -------
    (tuple of Observation, int)
        The observations (bundled first, duplicates once) and the number left out.

    Raises
    ------
    vnhealthplan.errors.PlanDataError
        Naming both figures of every indicator, scope, province and year given two
        different values.

    Examples
    --------
    A figure that contradicts a bundled one (*hypothetical*, ví dụ: số liệu giả định):

    >>> from vnhealthplan import Observation, Period, indicators
    >>> mine = Observation(indicators.get("doctors_per_10k"), 10.0, Period.year(2020),
    ...                    notes="ví dụ: số liệu giả định")
    >>> combine_observations(national_plan(), [mine])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: 1 invalid value in ví dụ: số liệu giả định:
      ví dụ: số liệu giả định: doctors_per_10k 2020: value = 10: expected the same value \
as 9.8 in Bộ Y tế (báo cáo được bài báo trích dẫn)...
    """
    kept: dict[tuple[str, str, str, int], Observation] = {}
    problems: list[Problem] = []
    ignored = 0
    own = plan.province
    for obs in (*_bundled(plan), *observations):
        if obs.province is None and own is not None:
            obs = attrs.evolve(obs, province=own)
        elif obs.province != own:
            ignored += 1
            continue
        first = kept.setdefault(_key(obs), obs)
        if first is not obs and not math.isclose(_level(first), _level(obs), rel_tol=1e-9):
            problems.append(_conflict(first, obs))
    if problems:
        raise PlanDataError(problems)
    return tuple(kept.values()), ignored


def _conflict(first: Observation, second: Observation) -> Problem:
    code, scope, _, year = _key(second)
    where = f"{code}{f' ({scope})' if scope else ''} {year}"
    before = source_text(first.source) or first.notes or message("(no source)")
    return Problem(
        source_text(second.source) or second.notes or message("(no source)"), where, "value",
        _level(second), message("expected the same value as {value:g} in {before}",
                                value=_level(first), before=before),
    )  # fmt: skip


def _population(population: Any, observations: Sequence[Observation]) -> Any:
    """(quantity or number, Figure) of the population given, or the latest observed."""
    if population is None:
        people = [o for o in observations if o.indicator.code == "population"]
        if not people:
            return None, None
        population = max(people, key=lambda o: o.year)
    if isinstance(population, Observation):
        return population.value, Figure.of(population)
    number = float(population.magnitude if is_quantity(population) else population)
    return number, Figure(number, "person", None, "given by the caller")


def _matches(t: Target, obs: Observation) -> bool:
    return (
        obs.indicator.code == t.indicator.code
        and obs.scope.tier == t.scope.tier
        and obs.scope.facility_kind == t.scope.facility_kind
        and obs.year <= t.year
    )


def _baseline(t: Target, seen: list[Observation]) -> tuple[Figure | None, int | None]:
    """The target's own baseline; else a change's figure of the plan's start (as
    gaps_frame takes it; or the year needed), a level's earliest figure."""
    if t.baseline is not None:
        b = t.baseline
        return Figure(float(b.value.to(t.indicator.unit).magnitude), str(t.indicator.unit),
                      b.period.end.year, source_text(b.source or t.source)), None  # fmt: skip
    if t.kind is TargetKind.CHANGE:
        first, needed = change_baseline(t, seen)
        return (Figure.of(first) if first else None), needed
    first = min(seen, key=lambda o: o.year) if len(seen) > 1 else None
    return (Figure.of(first) if first else None), None


def _row(
    t: Target, seen: list[Observation], people: Any, method: str, province: bool = True
) -> ReviewRow:
    latest = max(seen, key=lambda o: o.year) if seen else None
    base, needed = _baseline(t, seen)
    met, shortfall = None, math.nan
    if latest is not None:
        start = base.value if t.baseline is None and base is not None else None
        g = t.gap(latest.value, baseline=start if t.kind is TargetKind.CHANGE else None)
        met = None if g.met is None else bool(g.met)
        shortfall = float(g.shortfall.magnitude)
    counts = None
    per_person = t.indicator.unit.dimensionality.get("[population]", 0) == -1
    if people[0] is not None and per_person and t.kind is not TargetKind.CHANGE:
        observed = latest.value if latest else None
        year = people[1].year
        try:
            counts = counts_needed(
                t, people[0], observed=observed, population_year=year, province=province
            )  # a district's plan: fewer people
        except DimensionError:
            counts = None
    progress = None
    if latest is not None and t.kind is not TargetKind.CHANGE:
        progress = progress_status(t, seen, method=method)
    return ReviewRow(t, base, Figure.of(latest) if latest else None, met, shortfall, counts,
                     progress, needed)  # fmt: skip


def review(
    plan: Plan | str,
    observations: Iterable[Observation] | None = None,
    *,
    population: Any = None,
    method: str = "opensdg",
    as_of: date | None = None,
) -> Review:
    """Review a plan's targets against the bundled observations and the user's.

    Parameters
    ----------
    plan : Plan or str
        A plan, a plan key, or :data:`NATIONAL` for the national targets.
    observations : iterable of Observation, optional
        The user's observations (e.g. :func:`vnhealthplan.export.read_observations`), added
        to the bundled ones (:func:`combine_observations`: a contradiction is an error).
    population : Observation, pint.Quantity or float, optional
        The people the per-person targets are counted for; by default the latest population
        observed for the province (none is bundled for the country).
    method : str
        A registered progress method (:func:`vnhealthplan.progress.methods`).
    as_of : datetime.date, optional
        The review's date (today in Vietnam, UTC+7, by default): later years are left out.

    Returns
    -------
    Review

    Raises
    ------
    vnhealthplan.errors.PlanDataError
        For figures that contradict each other.

    Warns
    -----
    vnhealthplan.errors.LikelySlipWarning
        For each of the user's observations about 10, 100 or 1000 times off its targets
        (:func:`vnhealthplan.analysis.slips.warn_slips`): read all the same.

    Examples
    --------
    Thanh Hóa's 2030 target of 15 doctors per 10,000 people means 5,646 doctors for the
    3,764,241 people the GSO counted at the end of 2024 (bundled):

    >>> thanh_hoa = review("thanh-hoa-2023", as_of=date(2026, 1, 31))
    >>> row = thanh_hoa.rows_for("doctors_per_10k", 2030)[0]
    >>> round(row.needed.required.magnitude), thanh_hoa.population.year
    (5646, 2024)
    >>> thanh_hoa.population.source[:17]
    'Tổng cục Thống kê'
    """
    if isinstance(plan, str):
        plan = national_plan() if plan == NATIONAL else plans.load(plan)
    when = vietnam_today() if as_of is None else as_of
    mine = list(observations or ())
    combined, ignored = combine_observations(plan, mine)
    warn_slips(plan, mine, stacklevel=2)  # the user's figures: LikelySlipWarning
    used = tuple(o for o in combined if o.year <= when.year)
    people = _population(population, used)
    province = plan.province is not None  # else a district's or an island's people may be few
    rows = tuple(_row(t, [o for o in used if _matches(t, o)], people, method, province)
                 for t in plan.targets)  # fmt: skip
    return Review(plan, rows, used, people[1], method, when, ignored)
