"""A plain-text report of a plan: its targets, what they imply, and its audit.

The report renders text; the data it shows come from the analysis layer
(:func:`plan_gaps`, :func:`plan_observations` and :func:`plan_progress` are re-exported
from there).

Examples
--------
>>> from vnhealthplan import plans
>>> print(plan_report(plans.load("dak-lak-2024")))  # doctest: +ELLIPSIS
dak-lak-2024: Sở Y tế Đắk Lắk, (no number) (undated) — Đắk Lắk
...
2024  beds_per_10k               =            29  bed / ten_thousand_people
...
Implied counts for the 1,768,966 people the plan's own figures imply
  Hospital beds per 10,000 population (2024): 29 → 5,130 bed
  Doctors per 10,000 population (2024): 7.7 → 1,362 doctor
<BLANKLINE>
Audit
  info     parts_sum: total_beds 2024: 2,430 + 2,700 = 5,130 bed
  info     implied_population: 5,130 bed at 29 bed / ten_thousand_people (2024) implies \
1,768,966 person
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vnhealthplan.analysis.audit import Finding, audit
from vnhealthplan.analysis.planstatus import plan_gaps, plan_observations, plan_progress
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang, TargetKind
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.ratios import required_count

__all__ = [
    "gaps_report",
    "plan_gaps",
    "plan_observations",
    "plan_progress",
    "plan_report",
    "progress_report",
    "summary_table",
]


def summary_table(plans: tuple[Plan, ...]) -> str:
    """One line per plan: key, province, targets, observations, facilities, assignments.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> print(summary_table(plans.load_all()[:1]))  # doctest: +ELLIPSIS
    plan                      province      targets  observations  facilities  assignments
    an-giang-2018             An Giang           ...
    """
    lines = [
        f"{'plan':<25} {'province':<12} {'targets':>8} {'observations':>13} "
        f"{'facilities':>11} {'assignments':>12}"
    ]
    for plan in plans:
        province = plan.province.name if plan.province else "(not named)"
        lines.append(
            f"{plan.key:<25} {province:<12} {len(plan.targets):>8} {len(plan.observations):>13} "
            f"{len(plan.facilities):>11} {len(plan.assignments):>12}"
        )
    return "\n".join(lines)


def plan_report(plan: Plan, lang: Lang = "en") -> str:
    """The report: targets by year, counts implied by the plan's own figures, audit.

    Parameters
    ----------
    plan : Plan
    lang : {"en", "vi"}
        Language of the indicator names in the "implied counts" section.

    Returns
    -------
    str

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> lines = plan_report(plans.load("thanh-hoa-2023")).splitlines()
    >>> lines[0]
    'thanh-hoa-2023: Sở Y tế Thanh Hóa, 132/KH-SYT (2023-10-14) — Thanh Hóa'
    >>> print(*(line for line in lines if "product_before_plan" in line))  # doctest: +ELLIPSIS
      info     product_before_plan: assignment due 2022-Q4 (ends 2022-12-31) names as its ...
    """
    province = plan.province.name if plan.province else "province not named"
    lines = [f"{plan.key}: {plan.document.cite()} — {province}", plan.document.title, ""]
    lines.append("Targets")
    for t in sorted(plan.targets, key=lambda t: (t.year, t.indicator.code)):
        value = f"{t.value.magnitude:g}"
        if t.upper is not None:
            value += f"–{t.upper.magnitude:g}"
        kind = "" if t.kind is TargetKind.LEVEL else f"  ({t.kind.value})"
        scope = f"  [{t.scope.tier.value}]" if t.scope.tier else ""
        lines.append(
            f"{t.year}  {t.indicator.code:<26} {t.comparator.value:<5} {value:>9}  "
            f"{t.value.units}{kind}{scope}"
        )
    findings = audit(plan)
    lines += _implied_counts(plan, findings, lang)
    lines += ["", "Audit"]
    lines += [f"  {f.severity:<8} {f.check}: {f.message}" for f in findings] or ["  no findings"]
    return "\n".join(lines)


def _implied_counts(plan: Plan, findings: tuple[Finding, ...], lang: Lang) -> list[str]:
    """Counts that per-capita targets mean for the population the plan's figures imply."""
    populations = [
        f.value for f in findings if f.check == "implied_population" and f.value is not None
    ]
    if not populations:
        return []
    people = populations[0]
    lines = ["", f"Implied counts for the {people:,.0f} people the plan's own figures imply"]
    for t in plan.targets:
        per_person = t.indicator.unit.dimensionality.get("[population]") == -1
        if per_person and t.kind is TargetKind.LEVEL and t.scope.tier is None:
            count = required_count(t.value, people)
            lines.append(
                f"  {t.indicator.name(lang)} ({t.year}): {t.value.magnitude:g} → "
                f"{count.magnitude:,.0f} {count.units}"
            )
    return lines


def gaps_report(
    plan: Plan, lang: Lang | None = None, *, observations: Sequence[Observation] | None = None
) -> str:
    """The gaps of a plan's targets, as text: observed levels and what is still missing.

    Parameters
    ----------
    plan : Plan
    lang : {"en", "vi"}, optional
        Language of the indicator names; by default :func:`vnhealthplan.options.get_language`.
    observations : sequence of Observation, optional
        By default :func:`plan_observations`; e.g.
        :func:`vnhealthplan.review.combine_observations` for the bundled and your own.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> print(gaps_report(plans.load("an-giang-2018")))  # doctest: +ELLIPSIS
    an-giang-2018: gaps against 2 observations (of 67 targets, 3 compared)
    year  indicator                  target          observed (year)  met      shortfall
    2020  health_insurance_coverage  = 90 percent    76.5 (2017)      no       13.5
    2025  health_insurance_coverage  = 95 percent    76.5 (2017)      no       18.5
    2030  health_insurance_coverage  > 95 percent    76.5 (2017)      no       18.5
    """
    lang = resolve_language(lang)
    used = plan_observations(plan) if observations is None else observations
    frame = plan_gaps(plan, None if observations is None else used)
    compared = frame[frame["observed"].notna()]
    lines = [
        f"{plan.key}: gaps against {len(used)} observations "
        f"(of {len(frame)} targets, {len(compared)} compared)"
    ]
    if not len(compared):
        return "\n".join([*lines, "  no target has an observation to compare with"])
    lines.append(
        f"{'year':<5} {'indicator':<26} {'target':<15} {'observed (year)':<16} {'met':<8} shortfall"
    )
    met_words = {True: "yes", False: "no"}
    for row in compared.to_dict("records"):
        target = f"{row['comparator']} {row['target']:g} {row['unit']}"
        observed = f"{row['observed']:g} ({row['observed_year']})"
        met = "unknown" if pd_isna(row["met"]) else met_words[bool(row["met"])]
        lines.append(
            f"{row['year']:<5} {row['indicator']:<26} {target:<15} {observed:<16} {met:<8} "
            f"{row['shortfall']:g}"
        )
    return "\n".join(lines)


def pd_isna(value: Any) -> bool:
    """True for None, NaN and pandas' NA (a scalar)."""
    import pandas as pd

    return bool(pd.isna(value))


def progress_report(
    plan: Plan,
    lang: Lang | None = None,
    method: str = "opensdg",
    *,
    observations: Sequence[Observation] | None = None,
) -> str:
    """The progress of a plan's targets, as text (see :func:`plan_progress`).

    *observations* are by default :func:`plan_observations`.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> print(progress_report(plans.load("an-giang-2018"), "vi"))  # doctest: +ELLIPSIS
    an-giang-2018: progress (opensdg) of 3 targets with observations
    2020  health_insurance_coverage  90 percent: 2017 76.5 → 2017 76.5: không đánh giá được
    ...
    """
    frame = plan_progress(plan, lang, method, observations=observations)
    lines = [f"{plan.key}: progress ({method}) of {len(frame)} targets with observations"]
    if not len(frame):
        return "\n".join([*lines, "  no target has an observation of its indicator"])
    for row in frame.to_dict("records"):
        lines.append(
            f"{row['year']:<5} {row['indicator']:<26} {row['target']:g} {row['unit']}: "
            f"{row['base_year']} {row['base_value']:g} → {row['latest_year']} "
            f"{row['latest_value']:g}: {row['label']}"
        )
    return "\n".join(lines)
