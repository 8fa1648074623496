"""The join of :func:`~vnhealthplan.gaps.gaps_frame`: each target's observed value and
baseline among the observations, by binary search on sorted integer cells.

The observed value is the latest observation ≤ the target year. The baseline of a target
with none of its own is, for a change target, the latest observation in or before the year
its plan starts (:attr:`Target.start_year <vnhealthplan.Target.start_year>`, the ``_start``
column) and before the observed year; for a level target, the earliest one before the
observed year.

Examples
--------
Thanh Hóa's "nâng cấp 04 bệnh viện … để đến năm 2025 toàn tỉnh có 09 bệnh viện Hạng I"
(plan of 2023), with *hypothetical* counts 7 in 2024 and 9 in 2025: no figure of 2023 or
before, so the change since the plan began is unknown.

>>> from vnhealthplan import Observation, Period, plans
>>> from vnhealthplan.analysis.gapsframe import observation_table, target_keys, target_table
>>> thanh_hoa = plans.load("thanh-hoa-2023")
>>> change = thanh_hoa.targets_for("rank_one_hospitals")[1]
>>> seen = [Observation(change.indicator, n, Period.year(y)) for y, n in ((2024, 7), (2025, 9))]
>>> table, lookup = target_table(change)
>>> joined = joined_columns(table, observation_table(seen, lookup, target_keys(table)))
>>> joined["observed"], joined["baseline"], joined["needed_year"]
(array([9.]), array([nan]), array([2023]))
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeAlias, overload

import numpy as np

from vnhealthplan.analysis.gapinputs import mapped
from vnhealthplan.core.vocab import Comparator, Direction, TargetKind
from vnhealthplan.model.compare import KIND_CODES, codes

if TYPE_CHECKING:
    import numpy.typing as npt
    import pandas as pd

    from vnhealthplan.model.observation import Observation
    from vnhealthplan.model.target import Target

    #: Years as a NumPy array, one a row.
    Years: TypeAlias = npt.NDArray[np.int64]

__all__ = [
    "change_baseline",
    "change_limit",
    "join_observations",
    "joined_columns",
    "vocab_codes",
]


def change_baseline(
    target: Target, observations: Iterable[Observation]
) -> tuple[Observation | None, int | None]:
    """The observation a change target without a baseline of its own is measured from.

    The rule of :func:`joined_columns`, for one target: among *observations* (of its
    indicator and scope) up to the target year, the latest one in or before the year its
    plan starts (:attr:`Target.start_year <vnhealthplan.Target.start_year>`) and before the
    latest one observed.

    Returns
    -------
    (Observation or None, int or None)
        The observation and None; or None and the year whose figure (or an earlier one)
        is needed; (None, None) when nothing is observed up to the target year.

    Examples
    --------
    Thanh Hóa's four more rank-I hospitals by 2025 (plan of 2023), with *hypothetical*
    counts: 7 in 2024 and 9 in 2025 measure no change since 2023; with 5 in 2023 they do.

    >>> from vnhealthplan import Observation, Period, plans
    >>> change = plans.load("thanh-hoa-2023").targets_for("rank_one_hospitals")[1]
    >>> seen = [Observation(change.indicator, n, Period.year(y))
    ...         for y, n in ((2024, 7), (2025, 9))]
    >>> change_baseline(change, seen)
    (None, 2023)
    >>> first = Observation(change.indicator, 5, Period.year(2023))
    >>> found, _ = change_baseline(change, [first, *seen])
    >>> found.year, found.value.magnitude
    (2023, 5)
    """
    seen = [o for o in observations if o.year <= target.year]
    if not seen:
        return None, None
    limit = int(change_limit(target.start_year, max(o.year for o in seen)))
    before = [o for o in seen if o.year <= limit]
    return (max(before, key=lambda o: o.year), None) if before else (None, limit)


@overload
def change_limit(start: int, observed_year: int) -> np.int64: ...
@overload
def change_limit(start: Years, observed_year: Years) -> Years: ...
def change_limit(start: int | Years, observed_year: int | Years) -> np.int64 | Years:
    """The last year a change target's baseline may be of: the year its plan starts, and
    before the latest year observed (a figure of one year measures no change). The one rule
    of :func:`change_baseline` and :func:`joined_columns`, for years or arrays of years.

    Examples
    --------
    Thanh Hóa's four more rank-I hospitals by 2025 start from 2023, the year of the plan: a
    figure of 2025 is measured from 2023's, one of 2023 (no change yet) from 2022's.

    >>> from vnhealthplan import plans
    >>> change = plans.load("thanh-hoa-2023").targets_for("rank_one_hospitals")[1]
    >>> change.start_year, change.year
    (2023, 2025)
    >>> int(change_limit(change.start_year, 2025)), int(change_limit(change.start_year, 2023))
    (2023, 2022)

    An Giang's two change targets (from 2018 and from 2020), both observed in 2020:

    >>> an_giang = [t for t in plans.load("an-giang-2018").targets if t.kind.value == "change"]
    >>> starts = np.array([t.start_year for t in an_giang])
    >>> starts.tolist(), change_limit(starts, np.array([2020, 2020])).tolist()
    ([2018, 2020], [2018, 2019])
    """
    limit: np.int64 | Years = np.minimum(start, observed_year - 1)
    return limit


def vocab_codes(vocab: type[Comparator | TargetKind | Direction], column: pd.Series) -> Any:
    """:func:`~vnhealthplan.gaps.codes` of a coded (categorical) column: one spelling read a
    category, and the codes taken by the rows' category numbers.

    Examples
    --------
    >>> import pandas as pd
    >>> kinds = pd.Series(["level", "change", "level"], dtype="category")
    >>> (vocab_codes(TargetKind, kinds) == KIND_CODES[TargetKind.CHANGE]).tolist()
    [False, True, False]
    """
    import pandas as pd

    positions = column.cat.codes.to_numpy()
    if (positions < 0).any():  # a missing value: refused, as codes refuses it
        return codes(vocab, column)
    return np.asarray(codes(vocab, pd.Index(column.cat.categories)), np.int8)[positions]


def join_observations(table: pd.DataFrame, obs: pd.DataFrame) -> pd.DataFrame:
    """Latest observation ≤ the target year, and a baseline: for a change target the latest
    one in or before the year its plan starts (``_start``) and before the observed one, for
    a level the earliest one before the observed one.

    Each (province, indicator) is numbered once; (number, year) is one sortable integer, so
    the latest observation of a target is a binary search among the sorted observations.
    The wide target table is never sorted or merged.

    Examples
    --------
    Thanh Hóa's four more rank-I hospitals by 2025 (plan of 2023), with *hypothetical*
    counts 5 in 2023 and 9 in 2025: the change is measured from 2023.

    >>> from vnhealthplan import Observation, Period, plans
    >>> from vnhealthplan.analysis.gapsframe import observation_table, target_keys, target_table
    >>> change = plans.load("thanh-hoa-2023").targets_for("rank_one_hospitals")[1]
    >>> seen = [Observation(change.indicator, n, Period.year(y)) for y, n in ((2023, 5), (2025, 9))]
    >>> table, lookup = target_table(change)
    >>> joined = join_observations(table, observation_table(seen, lookup, target_keys(table)))
    >>> joined[["observed", "observed_year", "baseline", "baseline_year"]].to_numpy().tolist()
    [[9.0, 2025, 5.0, 2023]]
    """
    return table.assign(**joined_columns(table, obs))


def joined_columns(table: pd.DataFrame, obs: pd.DataFrame) -> dict[str, Any]:
    """The columns :func:`join_observations` adds (``year`` as Int64, ``observed``,
    ``observed_year``, ``baseline``, ``baseline_year``), as arrays, and ``needed_year``:
    for a change target without a baseline, the year whose figure (or an earlier one) it
    needs (−1 elsewhere)."""
    t_key, o_key = _shared_keys(table, obs)
    t_year, o_year = table["year"].to_numpy("int64"), obs["year"].to_numpy("int64")
    low = min(t_year.min(initial=0), o_year.min(initial=0))
    span = max(t_year.max(initial=0), o_year.max(initial=0)) - low + 1
    o_cell = o_key * span + (o_year - low)
    order = np.argsort(o_cell, kind="stable")
    values = np.append(obs["value"].to_numpy(float)[order], np.nan)  # last: none found
    years = np.append(o_year[order].astype(float), np.nan)
    keys = int(max(t_key.max(initial=0), o_key.max(initial=0))) + 1
    find = _finder(o_cell[order], span, keys, len(t_key))
    offset = t_key  # each target's key cell, computed in place: no copy a row
    offset *= span
    offset -= low
    latest, first = find(offset + t_year)
    observed, observed_year = values[latest], years[latest]
    del latest
    # a level's baseline: the key's first observation if it is before the latest one
    baseline, baseline_year = values[first], years[first]
    del first
    baseline[~(baseline_year < observed_year)] = np.nan
    baseline_year[np.isnan(baseline)] = np.nan
    needed = _change_baselines(table, offset, observed_year, values, years, find,
                               baseline, baseline_year)  # fmt: skip
    own = table["baseline_value"].notna().to_numpy()  # the target's own baseline comes first
    for array, column in ((baseline, "baseline_value"), (baseline_year, "baseline_year")):
        np.copyto(array, table[column].to_numpy(float, na_value=np.nan), where=own)
    needed[own] = -1
    return {
        "year": table["year"].astype("Int64").array,
        "observed": observed,
        "observed_year": _whole(observed_year),
        "baseline": baseline,
        "baseline_year": _whole(baseline_year),
        "needed_year": needed,
    }


def _change_baselines(
    table: pd.DataFrame, offset: Any, observed_year: Any, values: Any, years: Any, find: Any,
    baseline: Any, baseline_year: Any,
) -> Any:  # fmt: skip
    """Fill, for the change targets, *baseline* and *baseline_year* in place with the latest
    figure in or before the year the plan starts and before the observed year (one binary
    search a row, as for the observed value); return the year needed where there is none."""
    change = vocab_codes(TargetKind, table["_kind"]) == KIND_CODES[TargetKind.CHANGE]
    needed = np.full(len(table), -1, dtype=np.int64)
    rows = np.flatnonzero(change & ~np.isnan(observed_year))
    baseline[change], baseline_year[change] = np.nan, np.nan
    if not len(rows):
        return needed
    start = table["_start"].to_numpy(np.int64)[rows]
    limit = change_limit(start, observed_year[rows].astype(np.int64))
    at, _ = find(offset[rows] + limit)
    baseline[rows], baseline_year[rows] = values[at], years[at]
    missing = np.isnan(values[at])
    needed[rows[missing]] = limit[missing]
    return needed


def _whole(years: Any) -> Any:
    """Float years (NaN: none) as a nullable Int64 array; *years* is overwritten."""
    import pandas as pd

    missing = np.isnan(years)
    years[missing] = 0  # in place: the float years are not used again
    return pd.arrays.IntegerArray(years.astype(np.int64), missing)


def _finder(cells: Any, span: int, keys: int, rows: int) -> Any:
    """A function giving, for wanted (key, year) cells, the position among the sorted
    observation *cells* of the latest one of the same key ≤ that year, and of the key's first
    one (both ``len(cells)``, one past the end, where the key has none up to that year).

    A key's observations are the positions ``firsts[key]`` up to the next key's first, so
    the last cell ≤ the wanted one is the key's own when it is not before ``firsts[key]``.
    With few keys × years (the usual case, against *rows* targets) both are computed once a
    cell and read by position: no binary search per target row.
    """
    none, size = len(cells), keys * span
    firsts = np.searchsorted(cells, np.arange(keys) * span)
    if size > 4 * rows + (1 << 20):  # many cells: a binary search a row

        def search(wanted: Any) -> tuple[Any, Any]:
            latest = np.searchsorted(cells, wanted, side="right") - 1
            key_first = firsts[wanted // span]
            found = latest >= key_first
            return np.where(found, latest, none), np.where(found, key_first, none)

        return search
    table = np.full(size, -1, dtype=np.int64)
    inside = cells < size
    table[cells[inside]] = np.flatnonzero(inside)
    np.maximum.accumulate(table, out=table)
    key_first = np.repeat(firsts, span)
    found = table >= key_first
    latest, first = np.where(found, table, none), np.where(found, key_first, none)
    return lambda wanted: (latest[wanted], first[wanted])


def _shared_keys(table: pd.DataFrame, obs: pd.DataFrame) -> tuple[Any, Any]:
    """One int64 number per (province, scope, indicator), shared by the targets and
    observations: a target of a tier meets only the observations of that tier."""
    import pandas as pd

    numbered = []
    for t_name, o_name in (("_prov", "_prov"), ("_scope", "_scope"), ("_ind", "indicator")):
        categories = table[t_name].cat.categories
        distinct = [*categories, *pd.unique(obs[o_name].astype(object))]
        numbers = {value: i for i, value in enumerate(dict.fromkeys(distinct))}
        of_category = np.array([*(numbers[c] for c in categories), -1], dtype=np.int64)
        numbered.append((of_category, mapped(obs[o_name], numbers, -1, np.int64), len(numbers)))
    (t_prov, o_prov, _), (t_scope, o_scope, scopes), (t_ind, o_ind, size) = numbered
    # a key for each (category, category, category): looked up by the rows' codes
    cube = (t_prov[:, None, None] * scopes + t_scope[None, :, None]) * size + t_ind[None, None, :]
    codes = (table[n].cat.codes.to_numpy() for n in ("_prov", "_scope", "_ind"))
    return cube[tuple(codes)], (o_prov * scopes + o_scope) * size + o_ind
