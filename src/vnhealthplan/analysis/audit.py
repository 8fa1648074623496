"""Consistency checks on a plan: what adds up, what is implied, what is already late.

Each check looks at the plan's own records and returns :class:`Finding` objects with a
severity, a message and the quotes involved, so that a reader can check the words.

Checks
------
``parts_sum``
    Among level targets on one count or money indicator for one period, the largest is
    compared with the sum of the others (Đắk Lắk: 2.430 + 2.700 = 5.130 beds).
``implied_population``
    A count target and a per-capita target on the same thing for the same period imply
    a population (5.130 beds at 29 per 10,000 ⇒ about 1.77 million people).
``implied_population_spread``
    Several such pairs in one plan should imply about the same population.
``stated_count``
    A stated number of rank-I hospitals against the facilities the plan lists at rank I.
``past_deadline``
    Assignments and targets due before the document's own issue date, unless done.
``product_before_plan``
    A task due before the plan whose product was issued before it: it may be done.
``weaker_than_baseline``
    A target worse than the baseline the plan states, in the indicator's good direction.
``weaker_than_national``
    A target below (or, lower being better, above) a national target for the same year, set
    by an instrument in force when the plan was issued (or of unknown date).
``below_later_national``
    The same against a national target set after the plan was issued.
``contradiction``
    Two targets on the same indicator, period and scope with different values.

Examples
--------
>>> from vnhealthplan import plans
>>> for finding in audit(plans.load("dak-lak-2024")):
...     print(finding.severity, finding.check)
info parts_sum
info implied_population
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from functools import partial
from types import MappingProxyType
from typing import Any

from vnhealthplan.analysis import audit_text as words
from vnhealthplan.analysis._dated import instrument_date, product_issued
from vnhealthplan.analysis.findings import Finding, Severity, finding_citing, findings_frame
from vnhealthplan.core.errors import WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import Comparator, Direction, Lang, Rank, TargetKind
from vnhealthplan.data import indicators
from vnhealthplan.data.reference import national_targets
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.ratios import implied_population
from vnhealthplan.model.target import Target

__all__ = ["CHECKS", "Finding", "audit", "findings_frame"]

#: Relative tolerance for sums and comparisons of plan figures.
TOLERANCE = 1e-9


def _is_extensive(target: Target) -> bool:
    """Counts and money add up; ratios, shares and levels do not."""
    dims: Any = target.indicator.unit.dimensionality
    return bool(dims) and all(power > 0 for power in dims.values())


def _levels(plan: Plan) -> Iterator[Target]:
    return (t for t in plan.targets if t.kind is TargetKind.LEVEL and t.upper is None)


def check_parts_sum(plan: Plan) -> list[Finding]:
    """Largest of ≥ 3 same-indicator, same-period count targets vs the sum of the others."""
    groups: dict[tuple[str, str], list[Target]] = defaultdict(list)
    for t in _levels(plan):
        if _is_extensive(t) and t.comparator is Comparator.EQ:
            groups[(t.indicator.code, t.period.code)].append(t)
    findings = []
    for (code, _), group in groups.items():
        if len(group) < 3:
            continue
        unit = group[0].indicator.unit
        values = [t.value.to(unit).magnitude for t in group]
        total_index = max(range(len(values)), key=values.__getitem__)
        total = values[total_index]
        parts = [v for i, v in enumerate(values) if i != total_index]
        ok = math.isclose(total, sum(parts), rel_tol=TOLERANCE)
        say = partial(words.parts_sum, code=code, when=group[0].period, parts=parts, ok=ok,
                      total=total, of=unit)  # fmt: skip
        severity: Severity = "info" if ok else "warning"
        findings.append(finding_citing(plan, "parts_sum", severity, say, group, sum(parts)))
    return findings


def _pairs(plan: Plan) -> Iterator[tuple[Target, Target]]:
    counts = [t for t in _levels(plan) if _is_extensive(t) and t.scope.tier is None]
    ratios = [t for t in _levels(plan) if t.indicator.is_ratio]
    for count in counts:
        for ratio in ratios:
            numerator = ratio.indicator.unit.dimensionality.get
            same_thing = all(
                numerator(d) == p for d, p in count.indicator.unit.dimensionality.items()
            )
            if same_thing and count.period == ratio.period and count.scope.tier is ratio.scope.tier:
                yield count, ratio


def check_implied_population(plan: Plan) -> list[Finding]:
    """Populations implied by a count target and a per-capita target on the same thing."""
    findings = []
    for count, ratio in _pairs(plan):
        people = implied_population(count.value, ratio.value)
        say = partial(words.implied_population, count=count.value, ratio=ratio.value,
                      when=count.period, people=people)  # fmt: skip
        findings.append(
            finding_citing(
                plan, "implied_population", "info", say, (count, ratio), people.magnitude
            )
        )
    values = [f.value for f in findings if f.value is not None]
    if len(values) > 1 and (max(values) - min(values)) / min(values) > 0.05:
        spread = (max(values) - min(values)) / min(values)
        say = partial(words.population_spread, low=min(values), high=max(values), spread=spread)
        findings.append(
            finding_citing(plan, "implied_population_spread", "warning", say, (), spread)
        )
    return findings


def check_stated_count(plan: Plan) -> list[Finding]:
    """A target count of rank-I hospitals against the facilities listed at rank I."""
    listed = [f for f in plan.facilities if f.rank is Rank.I]
    findings = []
    for t in plan.targets_for("rank_one_hospitals"):
        if t.kind is not TargetKind.LEVEL:
            continue
        stated = t.value.magnitude
        severity: Severity = "info" if math.isclose(stated, len(listed)) else "warning"
        say = partial(words.stated_count, when=t.period, stated=stated, listed=len(listed))
        findings.append(
            finding_citing(plan, "stated_count", severity, say, (t, *listed), len(listed))
        )
    return findings


def check_past_deadline(plan: Plan) -> list[Finding]:
    """Assignments and targets due before the document's issue date.

    An assignment completed by then is not late. One whose product (a document named with
    its date, or a number carrying its year, :func:`~._dated.product_issued`) was issued
    by the plan's day is ``product_before_plan`` (info): the task may be done, though the
    plan records no completion. That is the rule of :meth:`~vnhealthplan.Assignment.is_overdue`,
    so the displays, the timeline and the frames do not call it overdue either.

    Examples
    --------
    Thanh Hóa's appendix row 1, due "Quý IV/2022", names Resolution 02/2022/NQ-HĐND:

    >>> from vnhealthplan import plans
    >>> (finding,) = check_past_deadline(plans.load("thanh-hoa-2023"))
    >>> finding.check, finding.severity
    ('product_before_plan', 'info')
    """
    issued = plan.document.issued
    if issued is None:
        return []
    findings = []
    for a in plan.assignments:
        if a.due is None or not a.is_past_due(issued):
            continue
        if not a.is_overdue(issued):  # its product was out by then: the rule of is_overdue
            product = product_issued(a.product)
            assert product is not None
            findings.append(_may_be_done(plan, a, issued, product))
            continue
        say = partial(words.past_assignment, due=a.due, issued=issued, task=a.task)
        findings.append(finding_citing(plan, "past_deadline", "warning", say, (a,)))
    for t in plan.targets:
        if t.period.is_past(issued):
            say = partial(words.past_target, code=t.indicator.code, due=t.period, issued=issued)
            findings.append(finding_citing(plan, "past_deadline", "warning", say, (t,)))
    return findings


def _may_be_done(plan: Plan, a: Any, issued: date, when: tuple[date, str]) -> Finding:
    say = partial(words.product_before_plan, due=a.due, product=a.product, when=when,
                  issued=issued, task=a.task)  # fmt: skip
    return finding_citing(plan, "product_before_plan", "info", say, (a,))


def check_weaker_than_baseline(plan: Plan) -> list[Finding]:
    """Level targets that ask for less than the baseline the plan states."""
    findings = []
    for t in _levels(plan):
        if t.baseline is None or t.indicator.direction is Direction.NEUTRAL:
            continue
        base = _rounded(t.baseline.value, t)
        value = _rounded(t.value, t)
        higher = t.indicator.direction is Direction.HIGHER
        if (value < base) if higher else (value > base):
            say = partial(words.weaker_than_baseline, code=t.indicator.code, when=t.period,
                          value=value, base=base, since=t.baseline.period,
                          way=t.indicator.direction)  # fmt: skip
            findings.append(finding_citing(plan, "weaker_than_baseline", "warning", say, (t,)))
    return findings


def check_weaker_than_national(plan: Plan) -> list[Finding]:
    """Level targets that ask for less than a national target for the same year.

    National targets come from :mod:`vnhealthplan.reference` (Resolution 20-NQ/TW,
    Decision 201/QĐ-TTg, …). A plan is held only to the national targets in force when it
    was issued, those of an instrument dated on or before the plan's issue date
    (``weaker_than_national``). A target set later is reported as ``below_later_national``,
    with both dates: An Giang's plan of 2018 could not follow Decision 201/QĐ-TTg of 2024.
    When the plan or the instrument is undated the comparison is reported as
    ``weaker_than_national``, saying the order is unknown. All are ``info``.

    Targets are compared by the least they accept: "≥ 30" and "= 30" accept 30 on an indicator
    where higher is better, "> 30" does not, so "≥ 30" is weaker than "> 30". Only targets with
    the same tier and kind of facility as the national one are compared (a provincial-tier bed
    target is not weaker than a national all-tier one), and targets read as "about" (~), ranges
    and comparisons against the indicator's direction ("< 30" beds) are left out: what they
    accept is not one bound.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> check_weaker_than_national(plans.load("dak-lak-2024"))
    []
    >>> found = check_weaker_than_national(plans.load("an-giang-2018"))
    >>> sorted({f.check for f in found})
    ['below_later_national', 'weaker_than_national']
    >>> found[0].message[-53:]
    "of 2019-10-21, after the plan's issue date 2018-04-27"
    """
    findings = []
    for t in _levels(plan):
        ours = _least_accepted(t)
        if ours is None or t.indicator.code not in _catalogued():
            continue
        for national in national_targets(t.indicator.code):
            theirs = _least_accepted(national)
            if theirs is None or national.year != t.year or not _same_coverage(t, national):
                continue
            if _looser(t, ours, theirs):
                findings.append(_nationalfinding_citing(plan, t, national, ours[0], theirs[0]))
    return findings


def _looser(t: Target, ours: tuple[float, bool], theirs: tuple[float, bool]) -> bool:
    (our_value, our_strict), (their_value, their_strict) = ours, theirs
    higher = t.indicator.direction is Direction.HIGHER
    looser = our_value < their_value if higher else our_value > their_value
    return looser or (our_value == their_value and their_strict and not our_strict)


def _nationalfinding_citing(
    plan: Plan, t: Target, national: Target, our_value: float, their_value: float
) -> Finding:
    document = national.source.document if national.source else None
    since = instrument_date(document)
    issued = plan.document.issued
    below = t.indicator.direction is Direction.HIGHER

    def say(lang: Lang) -> str:
        head = (t.indicator.code, t.year, _bound(t, our_value, lang),
                _bound(national, their_value, lang), below)  # fmt: skip
        return words.national(lang, head, document.title if document else None, since, issued)

    later = since is not None and issued is not None and since > issued
    check = "below_later_national" if later else "weaker_than_national"
    return finding_citing(plan, check, "info", say, (t, national))


def _least_accepted(t: Target) -> tuple[float, bool] | None:
    """The bound a level target sets in its good direction, and whether it is strict."""
    direction = t.indicator.direction
    if direction is Direction.NEUTRAL or t.upper is not None:
        return None
    bounds = {
        Direction.HIGHER: {Comparator.EQ: False, Comparator.GE: False, Comparator.GT: True},
        Direction.LOWER: {Comparator.EQ: False, Comparator.LE: False, Comparator.LT: True},
    }[direction]
    if t.comparator not in bounds:
        return None
    return _rounded(t.value, t), bounds[t.comparator]


def _bound(t: Target, value: float, lang: Lang) -> str:
    """ "25" for a target to reach 25, "> 25" or "< 22" for a strict one."""
    shown = words.number(value, lang)
    return shown if t.comparator is Comparator.EQ else f"{t.comparator.symbol} {shown}"


def _same_coverage(ours: Target, theirs: Target) -> bool:
    ours_, theirs_ = ours.scope, theirs.scope
    return (ours_.tier, ours_.facility_kind) == (theirs_.tier, theirs_.facility_kind)


def _catalogued() -> frozenset[str]:
    return frozenset(indicators.catalogue())


def check_contradiction(plan: Plan) -> list[Finding]:
    """Targets on one indicator, period and scope that set different values."""
    groups: dict[tuple[Any, ...], list[Target]] = defaultdict(list)
    for t in plan.targets:
        groups[(t.indicator.code, t.period.code, t.kind, t.scope)].append(t)
    findings = []
    for (code, period, _, _), group in groups.items():
        settings = {(t.comparator, _rounded(t.value, t), _upper(t)) for t in group}
        if len(settings) > 1:
            shown = [(c, v) for c, v, _ in sorted(settings, key=str)]
            say = partial(words.contradiction, code=code, when=period, settings=shown)
            findings.append(finding_citing(plan, "contradiction", "warning", say, group))
    return findings


def _rounded(quantity: Any, t: Target) -> float:
    """A magnitude in the indicator's unit, rounded so that unit conversions compare equal."""
    return float(f"{quantity.to(t.indicator.unit).magnitude:.12g}")


def _upper(t: Target) -> float | None:
    return None if t.upper is None else _rounded(t.upper, t)


#: The checks :func:`audit` runs, by code.
CHECKS: Mapping[str, Callable[[Plan], list[Finding]]] = MappingProxyType(
    {
        "parts_sum": check_parts_sum,
        "implied_population": check_implied_population,
        "stated_count": check_stated_count,
        "past_deadline": check_past_deadline,
        "weaker_than_baseline": check_weaker_than_baseline,
        "weaker_than_national": check_weaker_than_national,
        "contradiction": check_contradiction,
    }
)


def audit(plan: Plan) -> tuple[Finding, ...]:
    """Run every check on *plan*.

    Parameters
    ----------
    plan : Plan

    Returns
    -------
    tuple of Finding
        In the order of :data:`CHECKS`.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> [f.message for f in audit(plans.load("dak-lak-2024"))]  # doctest: +NORMALIZE_WHITESPACE
    ['total_beds 2024: 2,430 + 2,700 = 5,130 bed',
     '5,130 bed at 29 bed / ten_thousand_people (2024) implies 1,768,966 person']
    """
    if not isinstance(plan, Plan):
        expected = message("a Plan, e.g. plans.load('dak-lak-2024')")
        raise WrongTypeError("audit", "plan", plan, expected)
    return tuple(f for check in CHECKS.values() for f in check(plan))
