"""Gaps: how far an observed level is from a target, in the target's own units.

A gap has three parts, computed by one NumPy core, :func:`gap_arrays`, for one target
(:func:`gap`, :meth:`Target.gap <vnhealthplan.Target.gap>`) or for millions of rows
(:func:`gaps_frame`):

* ``met`` — whether the observed level satisfies the target under its comparator;
* ``distance`` — signed, in the target's unit and good direction: positive is still to
  improve, negative is ahead of the target;
* ``shortfall`` — ``max(distance, 0)``: how far the level is from satisfying the target.

How each comparator is read:

* ``"="`` ("đạt", reach) follows the indicator's good direction: ``≥`` when higher is
  better, ``≤`` when lower is better, equality within the relative *tolerance* when the
  indicator has no preferred direction. For a change target the sign of the change gives
  the direction ("mức giảm 0,2‰" is −0.2: met by a change ≤ −0.2).
* ``"<"`` and ``">"`` are strict: at the boundary the shortfall and distance are 0, yet the
  target is not met (IMR "<22‰": 22.0 is not met). This is the one case where
  ``met`` is False with a zero shortfall.
* ``"≤"`` and ``"≥"`` include the boundary ("≥95%": 95 is met).
* ``"range"`` is met inside ``[value, upper]``; the distance is
  ``max(value − x, x − upper)``.
* ``"~"`` ("khoảng") is met within ±*tolerance* × ``abs(value)`` (5 % by default); the
  distance is ``abs(x − value) − tolerance × abs(value)``.

``maintain`` targets are read as levels of the maintained value. ``change`` targets compare
the observed change, observed − baseline, with the signed target change; without a
baseline the answer is *unknown*. A change target without a baseline of its own is
measured from the **latest observation in or before the year its plan starts**
(:attr:`Target.start_year <vnhealthplan.Target.start_year>`: the first year of a period of
several years, else the year the plan was issued) and before the observed one: Thanh Hóa's
"nâng cấp 04 bệnh viện" of its 2023 plan, observed in 2025, is measured from a 2023 figure
(or an earlier one), never from 2024's, nor from a 2015 figure when 2022's is there.

Unknown answers (no observed value, or a change target without a baseline) are never a
silent False: ``met`` is a :class:`numpy.ma.MaskedArray` whose data is False and whose mask
is True there; :func:`gaps_frame` gives a nullable ``boolean`` column (``<NA>``); a scalar
:class:`Gap` has ``met=None``. Shortfall and distance are NaN there.

Examples
--------
Đắk Lắk's 2024 table: infant mortality "<22" ‰. The observed values here are hypothetical,
chosen to show the strict boundary:

>>> from vnhealthplan import plans
>>> imr = plans.load("dak-lak-2024").targets_for("imr")[0]
>>> g = imr.gap(22.0)
>>> g.met, g.shortfall.magnitude, g.distance.magnitude
(False, 0.0, 0.0)
>>> imr.gap(21.9).met
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np

from vnhealthplan.analysis.frames import columns
from vnhealthplan.analysis.gapscope import WHOLE
from vnhealthplan.analysis.gapsframe import (
    count_columns,
    joined_columns,
    observation_table,
    result_frame,
    target_keys,
    target_table,
    vocab_codes,
)
from vnhealthplan.analysis.rollup import CountsNeeded, counts_needed
from vnhealthplan.analysis.slips import warn_slips_against
from vnhealthplan.core.vocab import Comparator, Direction, TargetKind
from vnhealthplan.model.compare import (
    COMPARATOR_CODES,
    DIRECTION_CODES,
    KIND_CODES,
    GapArrays,
    codes,
    effective_comparator,
    gap_arrays,
)
from vnhealthplan.model.compare import check_tolerance as _check_tolerance
from vnhealthplan.model.gap import Gap, gap

if TYPE_CHECKING:
    import pandas as pd

    from vnhealthplan.model.plan import Plan
    from vnhealthplan.model.target import Target

__all__ = [
    "COMPARATOR_CODES",
    "DIRECTION_CODES",
    "KIND_CODES",
    "CountsNeeded",
    "Gap",
    "GapArrays",
    "codes",
    "counts_needed",
    "effective_comparator",
    "gap",
    "gap_arrays",
    "gaps_frame",
]

# ---- many targets --------------------------------------------------------------------------


def gaps_frame(
    targets: Target | Plan | Iterable[Target | Plan] | pd.DataFrame,
    observations: Any,
    *,
    population: Mapping[str, Any] | pd.Series | pd.DataFrame | None = None,
    tolerance: float = 0.05,
) -> pd.DataFrame:
    """Gaps of many targets against observations, one row per target, vectorised.

    Targets and observations are joined on (province, indicator). For each target the
    observation used is the **latest observed year ≤ the target year**. Change targets
    without a baseline of their own take the **latest observation in or before the year
    their plan starts** (:attr:`Target.start_year <vnhealthplan.Target.start_year>`; for a
    frame, its ``start_year`` column (``targets_frame`` writes it), else the first year of a
    ``period_start`` of several
    years, else the year its bundled ``plan`` was issued, else the target year) **and before
    the observed year**; without one their ``met`` is unknown and
    ``frame.attrs["baselines_needed"]`` maps the row to the year whose figure (or an earlier
    one) it needs. A level target's ``baseline`` is the earliest observation before the
    observed one, shown for reference.
    Values are converted to each indicator's unit once per (indicator, unit), and the gap is
    computed by :func:`gap_arrays` on whole columns. A target on a part of the health
    system (a tier, a kind of facility) meets only the observations of that part (an
    :class:`~vnhealthplan.Observation`'s scope, or a frame's ``scope`` column naming the
    tier or kind of facility), never the whole province's figure: without one its ``met``
    is unknown, and its row is listed in ``frame.attrs["unobserved_scopes"]``.

    Parameters
    ----------
    targets : Target, Plan, iterable of them, or pandas.DataFrame
        A frame is read as :func:`vnhealthplan.frames.targets_frame` writes it (``indicator, year,
        comparator, value``; optional ``plan, province, scope, kind, upper, unit,
        baseline_value, baseline_year, direction``).
    observations : Observation, Plan, iterable of them, or pandas.DataFrame
        A tidy frame with ``province, indicator, year, value`` (``unit`` optional, default
        the indicator's). Only rows about a target's province and indicator are read (a
        nationwide sheet is fine; a misspelt province simply matches no target, and its
        targets show no observation). Those rows need a whole year and a number: every
        row that lacks one is reported at once in a PlanDataError. A ``scope`` column
        (optional) tells the figures of a tier or kind of facility from the whole's.
    population : mapping, pandas.Series or pandas.DataFrame, optional
        People by province name (a table: its ``province`` and ``population`` columns):
        adds ``population, count_unit, required_count, additional_count`` for per-person
        targets (``additional = required − observed ratio × population``, negative when
        ahead). Each is a province's population in people: one below 100,000 (1.5 typed
        for 1,5 million) is refused.
    tolerance : float
        For ``"~"`` and direction-less ``"="``; recorded in ``frame.attrs["tolerance"]``.

    Returns
    -------
    pandas.DataFrame
        ``plan, province, indicator, scope, year, comparator, kind, target, upper, unit,
        observed, observed_year, baseline, baseline_year, met, shortfall, distance``; ``met``
        is nullable (``<NA>`` where unknown). ``attrs["tolerance"]`` is the tolerance,
        ``attrs["unobserved_scopes"]`` the rows of targets on a tier or kind of facility
        that found no observation of it, ``attrs["baselines_needed"]`` the rows of change
        targets without a baseline, each with the year whose figure (or an earlier one)
        it needs.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        If a frame lacks a column it needs (naming every missing one), or *tolerance* is
        negative.
    vnhealthplan.errors.PlanDataError
        Listing every bad row of a frame at once: a year that is not a whole year, a
        comparator or kind no vocabulary knows, a value that is missing, infinite, text
        (``"5.130"`` is refused, never guessed: read text with
        :func:`vnhealthplan.text.parse_number`) or outside its indicator's bounds (−5 %);
        or two observations of one (province, indicator, year) that differ; a figure's
        indicator code that no catalogue or plan knows ("IMR"), a province name misspelling a
        target's ("Dak Lak Province"), a year outside the row's ``period`` (rows about other
        indicators and provinces are left out, as before). Values are read to the 15
        significant digits a spreadsheet shows (94.99999999999999 is 95).
    vnhealthplan.errors.DimensionError
        If an observation's unit does not fit its indicator.

    Warns
    -----
    vnhealthplan.errors.LikelySlipWarning
        For each :class:`~vnhealthplan.Observation` object about 10, 100 or 1000 times off
        its targets in a :class:`~vnhealthplan.Plan` (or loose targets) given
        (:func:`vnhealthplan.analysis.slips.warn_slips_against`): a unit or decimal point
        slipped? The gaps are computed all the same.

    Examples
    --------
    An Giang's insurance targets against the end-2017 level the plan itself reports:

    >>> from vnhealthplan import plans
    >>> an_giang = plans.load("an-giang-2018")
    >>> frame = gaps_frame(an_giang, an_giang)
    >>> cols = ["year", "comparator", "target", "observed", "observed_year", "met", "shortfall"]
    >>> frame[frame.indicator == "health_insurance_coverage"][cols]
        year comparator  target  observed  observed_year    met  shortfall
    1   2020          =    90.0      76.5           2017  False       13.5
    21  2025          =    95.0      76.5           2017  False       18.5
    45  2030          >    95.0      76.5           2017  False       18.5
    """
    tol = _check_tolerance(tolerance, "gaps_frame")
    if isinstance(targets, Iterator):
        targets = list(targets)
    if isinstance(observations, Iterator):
        observations = list(observations)
    table, lookup = target_table(targets)
    obs = observation_table(observations, lookup, target_keys(table))
    joined = joined_columns(table, obs)
    gaps = gap_arrays(
        table["target"].to_numpy(float),
        table["upper"].to_numpy(float),
        vocab_codes(Comparator, table["_cmp"]),
        vocab_codes(TargetKind, table["_kind"]),
        vocab_codes(Direction, table["_dir"]),
        joined["observed"],
        joined["baseline"],
        tolerance=tol,
    )
    needed = joined.pop("needed_year")
    joined |= {"met": gaps.met_nullable(), "shortfall": gaps.shortfall, "distance": gaps.distance}
    names = list(columns("gaps"))
    frame = result_frame(table, joined, names, hidden=population is not None)
    if population is not None:
        count_columns(frame, population, lookup)
        names += columns("gap_counts")
    frame = frame[names]
    frame.attrs["tolerance"] = tol
    scopes = table["_scope"].cat  # the rows' scope keys, read by their category numbers
    narrow = np.asarray(scopes.categories != WHOLE)[scopes.codes.to_numpy()]
    unobserved = np.flatnonzero(narrow & np.isnan(joined["observed"]))
    frame.attrs["unobserved_scopes"] = unobserved.tolist()
    rows = np.flatnonzero(needed >= 0).tolist()
    frame.attrs["baselines_needed"] = dict(zip(rows, needed[rows].tolist(), strict=True))
    warn_slips_against(targets, observations, stacklevel=2)
    return frame
