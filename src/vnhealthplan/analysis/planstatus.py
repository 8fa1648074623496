"""A plan's targets against observations: which observations, the gaps, the progress.

These are the data behind :func:`vnhealthplan.report.gaps_report`,
:func:`~vnhealthplan.report.progress_report` and the exports' gaps table; they are
offered as :func:`vnhealthplan.report.plan_gaps` and friends.

Examples
--------
>>> from vnhealthplan import plans
>>> an_giang = plans.load("an-giang-2018")
>>> len(plan_observations(an_giang)), len(plan_gaps(an_giang)) == len(an_giang.targets)
(2, True)
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from vnhealthplan.analysis.frames import columns
from vnhealthplan.analysis.frames.records import scope_text
from vnhealthplan.analysis.gaps import gaps_frame
from vnhealthplan.analysis.progress import progress_status
from vnhealthplan.analysis.slips import warn_slips, warn_slips_against
from vnhealthplan.core.errors import LikelySlipWarning
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang, TargetKind
from vnhealthplan.data.reference import provincial_populations
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.target import Target

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["plan_gaps", "plan_observations", "plan_progress", "progress_targets"]


def plan_observations(plan: Plan) -> tuple[Observation, ...]:
    """The observations a plan's targets are compared with: the plan's and the bundled ones.

    These are the plan's own observations of its whole province (those with a scope, a
    tier, a kind of facility or a description of a part, measure something narrower and
    are left out), and the bundled reference values of its province
    (:func:`vnhealthplan.reference.provincial_populations`). An observation that names no
    province is of the plan's. National figures are not used: they do not measure a
    province.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> [(o.indicator.code, o.year) for o in plan_observations(plans.load("an-giang-2018"))]
    [('health_insurance_coverage', 2017), ('population', 2019)]
    >>> len(plans.load("quang-ngai-2023").observations), len(
    ...     plan_observations(plans.load("quang-ngai-2023")))
    (7, 0)
    """
    own = [  # an observation without a province is of the plan's province
        o if o.province else attrs.evolve(o, province=plan.province)
        for o in plan.observations
        if o.scope == type(o.scope)()
    ]
    reference = [
        o for o in provincial_populations() if plan.province and o.province == plan.province
    ]
    return (*own, *reference)


def plan_gaps(plan: Plan, observations: Any = None) -> pd.DataFrame:
    """The gaps of every target of *plan*, as :func:`vnhealthplan.gaps.gaps_frame` gives them.

    Targets and observations are joined on (province, scope, indicator), as
    :func:`~vnhealthplan.gaps.gaps_frame` joins them: a target on a tier or a kind of
    facility is compared with the observations of that tier or kind (a filled form's rows
    of a tier), never with the whole province's figure; without such an observation its
    ``met`` is unknown (and its row is listed in ``attrs["unobserved_scopes"]``).

    Parameters
    ----------
    plan : Plan
    observations : optional
        Anything :func:`~vnhealthplan.gaps.gaps_frame` accepts; by default
        :func:`plan_observations`.

    Returns
    -------
    pandas.DataFrame
        One row per target, in the plan's order.

    Warns
    -----
    vnhealthplan.errors.LikelySlipWarning
        For each of the given observations about 10, 100 or 1000 times off its targets
        (:func:`vnhealthplan.analysis.slips.warn_slips`): read all the same.

    Examples
    --------
    An Giang's insurance target for 2020 against the 76,5 % it reports for 2017:

    >>> from vnhealthplan import plans
    >>> frame = plan_gaps(plans.load("an-giang-2018"))
    >>> frame.loc[1, ["indicator", "year", "target", "observed", "met", "shortfall"]]
    indicator    health_insurance_coverage
    year                              2020
    target                            90.0
    observed                          76.5
    met                              False
    shortfall                         13.5
    Name: 1, dtype: object
    """
    obs: Any = plan_observations(plan) if observations is None else observations
    with warnings.catch_warnings():  # warned of once, below, against all the targets
        warnings.simplefilter("ignore", LikelySlipWarning)
        frame = gaps_frame(plan, obs)
    if observations is not None:
        warn_slips_against(plan, obs, stacklevel=2)
    return frame


def _scope_key(item: Target | Observation) -> tuple[Any, Any]:
    return item.scope.tier, item.scope.facility_kind


def progress_targets(
    plan: Plan, observations: Iterable[Observation] | None = None
) -> tuple[tuple[Target, tuple[Observation, ...]], ...]:
    """The targets :func:`plan_progress` assesses, each with the observations it uses.

    A level target (not a change) with observations of its indicator and of its own scope,
    up to its year (a target whose year has passed was met or not *by* that year, as
    :func:`plan_gaps` and :func:`vnhealthplan.review.review` judge it): the whole
    province's for a whole-province target, a tier's (or a kind of facility's) for a target
    on that tier (or kind); an observation of another province than the plan's is not used
    (one without a province is the plan's). *observations* default to
    :func:`plan_observations`. In the plan's order, as :func:`plan_progress`'s rows.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> [(t.indicator.code, t.year, len(seen))
    ...  for t, seen in progress_targets(plans.load("an-giang-2018"))]
    [('health_insurance_coverage', 2020, 1), ('health_insurance_coverage', 2025, 1), \
('health_insurance_coverage', 2030, 1)]
    """
    used = plan_observations(plan) if observations is None else tuple(observations)
    if plan.province is not None:  # as plan_gaps joins them: never another province's figure
        used = tuple(o for o in used if o.province is None or o.province == plan.province)
    out = []
    for t in plan.targets:
        if t.kind is TargetKind.CHANGE:
            continue
        key = (t.indicator.code, *_scope_key(t))
        own = tuple(o for o in used
                    if (o.indicator.code, *_scope_key(o)) == key and o.year <= t.year)  # fmt: skip
        if own:
            out.append((t, own))
    return tuple(out)


def plan_progress(
    plan: Plan,
    lang: Lang | None = None,
    method: str = "opensdg",
    *,
    observations: Iterable[Observation] | None = None,
) -> pd.DataFrame:
    """The progress status of each level target that has observations of its indicator.

    Uses :func:`vnhealthplan.progress.progress_status` with *observations*, by default
    :func:`plan_observations` (to add your own to those, pass
    :func:`vnhealthplan.review.combine_observations`'s), paired with the targets by
    :func:`progress_targets`: a tier's (or a kind of facility's) target with that scope's
    figures, never with another province's; change targets are left out.

    Returns
    -------
    pandas.DataFrame
        ``indicator, scope, year, comparator, target, unit, base_year, base_value, latest_year,
        latest_value, status, label, notes, document`` (the target's document, its short
        number: "QĐ 201").

    Warns
    -----
    vnhealthplan.errors.LikelySlipWarning
        For each of the given observations about 10, 100 or 1000 times off its targets
        (:func:`vnhealthplan.analysis.slips.warn_slips`): read all the same.

    Examples
    --------
    One observed year is not a trend: An Giang's insurance targets cannot be assessed.

    >>> from vnhealthplan import plans
    >>> frame = plan_progress(plans.load("an-giang-2018"))
    >>> print(frame[["year", "target", "latest_value", "status"]].to_string(index=False))
     year  target  latest_value           status
     2020    90.0          76.5 unable_to_assess
     2025    95.0          76.5 unable_to_assess
     2030    95.0          76.5 unable_to_assess
    """
    import pandas as pd

    lang = resolve_language(lang)
    if observations is not None:  # the user's: a likely slip is warned of (LikelySlipWarning)
        observations = list(observations)
        warn_slips(plan, observations, stacklevel=2)
    rows = []
    for t, own in progress_targets(plan, observations):
        p = progress_status(t, own, method=method, lang=lang)
        rows.append({
            "indicator": t.indicator.code, "scope": scope_text(t.scope, lang),
            "year": t.year, "comparator": t.comparator.value,
            "target": p.target_value, "unit": p.unit, "base_year": p.base_year,
            "base_value": p.base_value, "latest_year": p.year, "latest_value": p.value,
            "status": p.status, "label": p.label, "notes": "; ".join(p.notes),
            "document": t.source.document.short if t.source is not None else "",
        })  # fmt: skip
    return pd.DataFrame.from_records(rows, columns=list(columns("progress")))
