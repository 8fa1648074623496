"""The machinery of :func:`~vnhealthplan.gaps.gaps_frame`: targets and observations as
slim tables in indicator units, joined on (province, indicator), and the counts per-person
targets need.

Examples
--------
An Giang's insurance targets joined with the 76,5 % its plan reports for 2017:

>>> from vnhealthplan import plans
>>> an_giang = plans.load("an-giang-2018")
>>> table, lookup = target_table(an_giang)
>>> keys = set(zip(table["_prov"], table["indicator"], strict=True))
>>> joined = join_observations(table, observation_table(an_giang, lookup, keys))
>>> print(joined.loc[[1], ["indicator", "year", "target", "observed", "observed_year"]])
                   indicator  year  target  observed  observed_year
1  health_insurance_coverage  2020    90.0      76.5           2017
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from vnhealthplan.analysis.frames import (
    observation_records_frame,
    read_finite,
    read_period,
    read_province,
    read_unit,
    targets_frame,
)
from vnhealthplan.analysis.gapinputs import (
    check_levels_in_frame,
    checked_observations,
    checked_targets,
    indicator_codes,
    mapped,
    require_columns,
)
from vnhealthplan.core.errors import (
    DimensionError,
    PlanDataError,
    Problem,
    UnknownIndicatorError,
    WrongTypeError,
)
from vnhealthplan.core.units import is_quantity, registry
from vnhealthplan.core.vocab import TargetKind
from vnhealthplan.data import indicators
from vnhealthplan.model import ratios
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.source import Document
from vnhealthplan.model.target import Target

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "NO_PROVINCE",
    "count_columns",
    "join_observations",
    "observation_table",
    "pairs",
    "people_by_province",
    "target_table",
]

#: The join key of records without a province.
NO_PROVINCE: Final = ""


def _province_keys(column: pd.Series, *, unknown: str | None = None) -> pd.Series:
    """Province names normalised (any spelling → the bundled name); "" for none.

    A categorical column: the few names are numbered once, so later joins read the codes.
    An unknown name raises, unless *unknown* is given: then it maps to that marker (used
    for observations, where rows of provinces no target is about are simply not used).
    """
    import pandas as pd

    names = {}
    for cell in pd.unique(column.dropna()):
        if cell == "":
            names[cell] = NO_PROVINCE
            continue
        try:
            names[cell] = getattr(read_province(cell), "name", "")
        except LookupError:
            if unknown is None:
                raise
            names[cell] = unknown
    positions, uniques = pd.factorize(column)
    keys = [names.get(cell, NO_PROVINCE) for cell in uniques] + [NO_PROVINCE]
    categories = list(dict.fromkeys(keys))
    codes = np.array([categories.index(k) for k in keys], dtype=np.int32)[positions]
    return pd.Series(pd.Categorical.from_codes(codes, pd.Index(categories)), index=column.index)


def _to_indicator_units(
    frame: pd.DataFrame, columns: Iterable[str], lookup: Mapping[str, Indicator]
) -> None:
    """Convert *columns* to each indicator's unit, once per distinct (indicator, unit)."""
    if "unit" not in frame.columns:
        return
    positions, distinct = pairs(indicator_codes(frame), frame["unit"], missing="")
    factors = np.ones(len(distinct))
    for i, (code, text) in enumerate(distinct):
        ind = lookup[code]
        if text in ("", str(ind.unit)):
            continue
        try:
            unit = read_unit(text)
        except ValueError:
            unit = None
        if unit is None or unit.dimensionality != ind.dimensionality:
            raise DimensionError(f"unit of {code}", repr(text), f"a unit like {ind.unit}")
        factors[i] = registry().Quantity(1.0, unit).to(ind.unit).magnitude
    if (factors != 1).any():
        scale = factors[positions]
        for name in columns:
            frame[name] = frame[name].to_numpy(float) * scale
    frame["unit"] = mapped(indicator_codes(frame), {c: str(i.unit) for c, i in lookup.items()})


def pairs(first: Any, second: Any, missing: Any = None) -> tuple[Any, list[tuple[Any, Any]]]:
    """The position of each row's (first, second) pair among the distinct pairs, and those.

    Each column is factorised on its own and the pairs are numbered as integers: a string
    column is never turned into Python objects row by row. A missing *second* is *missing*.
    """
    import pandas as pd

    left, lefts = pd.factorize(first)
    right, rights = pd.factorize(second)
    right = np.where(right < 0, len(rights), right)  # missing: one more code
    seconds = [*rights, missing]
    positions, combined = pd.factorize(left.astype(np.int64) * len(seconds) + right)
    pairs = [(lefts[c // len(seconds)], seconds[c % len(seconds)]) for c in combined.tolist()]
    return positions, pairs


def _frame_indicators(frame: pd.DataFrame) -> dict[str, Indicator]:
    """The indicators of a targets frame: catalogue, the bundled plan's own, or ad hoc."""
    from vnhealthplan.data import plans

    lookup: dict[str, Indicator] = {}
    own: dict[str, Indicator] = {}
    for key in frame["plan"].dropna().unique() if "plan" in frame.columns else ():
        if key in plans.available():
            own.update({i.code: i for i in plans.load(key).indicators})
    firsts = frame.drop_duplicates("indicator")
    for code, row in zip(firsts["indicator"], firsts.to_dict("records"), strict=True):
        try:
            lookup[code] = indicators.get(code)
        except UnknownIndicatorError:
            if code in own:
                lookup[code] = own[code]
            elif {"unit", "direction"} <= set(row):
                lookup[code] = Indicator(code, code, code, row["unit"], row["direction"],
                                         numerator=code)  # fmt: skip
            else:
                raise
    return lookup


def target_table(targets: Any) -> tuple[pd.DataFrame, dict[str, Indicator]]:
    """Targets (objects, plans or a frame) as one frame in indicator units, and indicators."""
    import pandas as pd

    if isinstance(targets, pd.DataFrame):
        frame = checked_targets(targets)
        lookup = _frame_indicators(frame)
    else:
        items = [targets] if isinstance(targets, Target | Plan) else list(targets)
        parts, lookup = [], {}
        loose: list[Any] = []  # a run of Target objects, framed together
        for item in [*items, None]:  # None flushes the last run of loose targets
            if not isinstance(item, Target) and loose:
                part = targets_frame(Plan("loose", Document("-", "-"), targets=loose))
                parts.append(part.assign(plan=None))
                loose = []
            if isinstance(item, Plan):
                parts.append(targets_frame(item))
                lookup.update({i.code: i for i in item.indicators})
            elif isinstance(item, Target):
                loose.append(item)
                lookup[item.indicator.code] = item.indicator
            elif item is not None:
                expected = "Target or Plan objects, or a targets frame"
                raise WrongTypeError("gaps_frame", "targets", item, expected)
        frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=_TARGET)
    for name, default in _TARGET_DEFAULTS.items():
        if name not in frame.columns:
            frame[name] = default
    frame["_ind"] = frame["indicator"].astype("category")  # numbered once, read as codes
    _to_indicator_units(frame, ("value", "upper", "baseline_value"), lookup)
    for name in ("value", "upper", "baseline_value"):  # records give Float64, frames float64:
        frame[name] = frame[name].astype("float64")  # the gap arithmetic is NumPy's, NaN
    if isinstance(targets, pd.DataFrame):  # records were checked when they were made
        levels = (frame["kind"] != TargetKind.CHANGE.value).to_numpy(bool)
        check_levels_in_frame(frame, ("value", "upper"), lookup, "targets", rows=levels)
        check_levels_in_frame(frame, ("baseline_value",), lookup, "targets")
    if "direction" not in frame.columns:
        frame["direction"] = mapped(
            frame["_ind"], {c: i.direction.value for c, i in lookup.items()}
        )
    frame["_prov"] = _province_keys(frame["province"])
    provinces = (
        frame["_prov"]
        .cat.categories.astype(object)
        .where(frame["_prov"].cat.categories != NO_PROVINCE, None)
    )
    names = np.asarray(provinces, dtype=object)[frame["_prov"].cat.codes.to_numpy()]
    frame["province"] = pd.Series(names, index=frame.index, dtype=object)  # None: no province
    frame["unit"] = mapped(indicator_codes(frame), {c: str(i.unit) for c, i in lookup.items()})
    return frame.rename(columns={"value": "target"}), lookup


_TARGET: Final = ("plan", "province", "indicator", "scope", "year", "kind", "comparator", "value")
_TARGET_DEFAULTS: Final = {
    "plan": None, "province": None, "scope": "", "kind": "level", "upper": np.nan,
    "baseline_value": np.nan, "baseline_year": np.nan,
}  # fmt: skip


def observation_table(
    observations: Any, lookup: Mapping[str, Indicator], keys: set[tuple[str, str]]
) -> pd.DataFrame:
    """Observations for the (province, indicator) keys of the targets, in indicator units."""
    import pandas as pd

    if isinstance(observations, pd.DataFrame):
        frame = observations.copy()
        needed = ("indicator", "value", "period" if "period" in frame.columns else "year")
        require_columns(frame, "observations", needed)
    else:
        items = [observations] if isinstance(observations, Observation) else observations
        frame = observation_records_frame(items)
    if "province" not in frame.columns:
        frame["province"] = None
    if "year" not in frame.columns and "period" in frame.columns:
        frame["year"] = frame["period"].map(lambda p: read_period(p).last_year)
    frame = frame[frame["indicator"].isin(list(lookup))].copy()
    # Rows about other provinces (a nationwide sheet) are not needed: they are not read.
    frame["_prov"] = _province_keys(frame["province"], unknown="\x00not a target province")
    index = pd.MultiIndex.from_arrays([frame["_prov"], frame["indicator"]])
    frame = frame[index.isin(list(keys))] if len(frame) else frame
    frame = frame.assign(**checked_observations(frame))
    _to_indicator_units(frame, ("value",), lookup)
    check_levels_in_frame(frame, ("value",), lookup, "observations")
    return _without_duplicates(frame)


def _without_duplicates(frame: pd.DataFrame) -> pd.DataFrame:
    """Drop repeated identical observations; refuse different values for one key and year."""
    keys = ["_prov", "indicator", "year"]
    frame = frame.drop_duplicates([*keys, "value"])
    clash = frame[frame.duplicated(keys, keep=False)]
    if len(clash):
        columns = (clash[c].tolist() for c in ("_prov", "indicator", "year", "value"))
        raise PlanDataError([
            Problem("observations", f"row {label}", "value", value,
                    f"another observation of {code} for {prov or '(no province)'} in {year} "
                    "differs; keep one (e.g. filter by scope)")
            for label, prov, code, year, value in zip(clash.index, *columns, strict=True)
        ])  # fmt: skip
    return frame


def join_observations(table: pd.DataFrame, obs: pd.DataFrame) -> pd.DataFrame:
    """Latest observation ≤ the target year, and the earliest one before it as a baseline.

    Each (province, indicator) is numbered once; (number, year) is one sortable integer, so
    the latest observation of a target is a binary search among the sorted observations.
    The wide target table is never sorted or merged.
    """
    import pandas as pd

    t_key, o_key = _shared_keys(table, obs)
    t_year, o_year = table["year"].to_numpy("int64"), obs["year"].to_numpy("int64")
    low = min(t_year.min(initial=0), o_year.min(initial=0))
    span = max(t_year.max(initial=0), o_year.max(initial=0)) - low + 1
    o_cell = o_key * span + (o_year - low)
    order = np.argsort(o_cell, kind="stable")
    o_sorted = o_cell[order]
    values = np.append(obs["value"].to_numpy(float)[order], np.nan)  # last: none found
    years = np.append(o_year[order].astype(float), np.nan)
    latest = _latest(o_sorted, t_key * span + (t_year - low), span, int(t_key.max(initial=0)))
    found = latest >= 0
    found[found] = o_sorted[latest[found]] // span == t_key[found]
    latest = np.where(found, latest, len(o_sorted))
    observed, observed_year = values[latest], years[latest]
    firsts = np.searchsorted(o_sorted, np.arange(int(t_key.max(initial=0)) + 1) * span)
    first = np.where(found, firsts[t_key], len(o_sorted))  # the same key, since found
    before = years[first] < observed_year
    own = table["baseline_value"].notna().to_numpy()
    baseline_year = table["baseline_year"].to_numpy(float, na_value=np.nan)
    table = table.assign(
        observed=observed,
        observed_year=pd.array(observed_year, dtype="Float64").astype("Int64"),
        baseline=np.where(own, table["baseline_value"].to_numpy(float),
                          np.where(before, values[first], np.nan)),
        baseline_year=np.where(own, baseline_year,
                               np.where(before, years[first], np.nan)),
    )  # fmt: skip
    table["baseline_year"] = table["baseline_year"].astype("Float64").astype("Int64")
    table["year"] = table["year"].astype("Int64")
    return table


def _latest(cells: Any, wanted: Any, span: int, keys: int) -> Any:
    """For each wanted (key, year) cell, the position of the last sorted cell ≤ it (−1: none).

    With few keys × years (the usual case) this is a table of every cell, read by position:
    no binary search per target row.
    """
    size = (keys + 1) * span
    if size > 4 * len(wanted) + (1 << 20):
        return np.searchsorted(cells, wanted, side="right") - 1
    table = np.full(size, -1, dtype=np.int64)
    inside = cells < size
    table[cells[inside]] = np.flatnonzero(inside)
    np.maximum.accumulate(table, out=table)
    return table[wanted]


def _shared_keys(table: pd.DataFrame, obs: pd.DataFrame) -> tuple[Any, Any]:
    """One int64 number per (province, indicator), shared by the targets and observations."""
    import pandas as pd

    keys = []
    for name in ("_prov", "indicator"):
        both = pd.concat(
            [obs[name].astype(object), pd.Series(pd.unique(table[name]), dtype=object)]
        )
        numbers = dict(zip(pd.unique(both), range(len(both)), strict=False))
        keys.append((mapped(table[name], numbers, -1, np.int64),
                     mapped(obs[name], numbers, -1, np.int64), len(numbers)))  # fmt: skip
    (t_prov, o_prov, _), (t_ind, o_ind, size) = keys
    return t_prov * size + t_ind, o_prov * size + o_ind


def people_by_province(population: Mapping[str, Any] | pd.Series) -> dict[str, float]:
    """People by normalised province name; quantities must count people."""
    items = population.items()
    people = {}
    for name, value in items:
        key = read_province(name)
        number = value
        if is_quantity(value):
            if value.dimensionality != registry().Unit("person").dimensionality:
                raise DimensionError(f"population[{name!r}]", value, "a number of people")
            number = value.to("person").magnitude
        people[key.name if key else NO_PROVINCE] = read_finite(number)
    return people


def count_columns(table: pd.DataFrame, population: Any, lookup: Mapping[str, Indicator]) -> None:
    """Add population, count_unit, required_count, additional_count (per indicator)."""
    people = mapped(table["_prov"], people_by_province(population), np.nan, float)
    table["population"] = people
    required, additional = np.full(len(table), np.nan), np.full(len(table), np.nan)
    units = np.full(len(table), None, dtype=object)
    level = (table["kind"] != TargetKind.CHANGE.value).to_numpy()
    target, observed = table["target"].to_numpy(float), table["observed"].to_numpy(float)
    for code, rows in table.groupby("indicator", sort=False).indices.items():
        ind = lookup[str(code)]
        rows = rows[level[rows]]
        if ind.unit.dimensionality.get("[population]", 0) != -1 or not len(rows):
            continue
        need = ratios.required_count(ind.quantity(target[rows]), people[rows])
        have = ratios.required_count(ind.quantity(observed[rows]), people[rows])
        required[rows], additional[rows] = need.magnitude, need.magnitude - have.magnitude
        units[rows] = str(need.units)
    table["count_unit"], table["required_count"] = units, required
    table["additional_count"] = additional
