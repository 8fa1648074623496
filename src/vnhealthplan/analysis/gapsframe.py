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
from functools import cache
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from vnhealthplan.analysis.figurerows import misdated_rows, province_needed, unplaced_rows
from vnhealthplan.analysis.frames import (
    observation_records_frame,
    read_period,
    read_province,
    targets_frame,
)
from vnhealthplan.analysis.frames.observed import indicator_unit
from vnhealthplan.analysis.gapinputs import (
    check_levels_in_frame,
    checked_observations,
    checked_targets,
    coded,
    factorized,
    indicator_codes,
    mapped,
    recoded,
    require_columns,
    start_years,
    with_columns,
)
from vnhealthplan.analysis.gapjoin import join_observations, joined_columns, vocab_codes
from vnhealthplan.analysis.gapscope import observation_scopes, scope_column, scope_key
from vnhealthplan.analysis.provincepeople import people_by_name
from vnhealthplan.core.errors import (
    DimensionError,
    PlanDataError,
    Problem,
    UnknownIndicatorError,
    WrongTypeError,
)
from vnhealthplan.core.messages import message
from vnhealthplan.core.unitnames import said_unit
from vnhealthplan.core.units import registry
from vnhealthplan.core.vocab import TargetKind
from vnhealthplan.data import indicators, plans
from vnhealthplan.model import ratios
from vnhealthplan.model.compare import KIND_CODES
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
    "joined_columns",
    "observation_table",
    "pairs",
    "people_by_province",
    "result_frame",
    "target_keys",
    "target_table",
    "vocab_codes",
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

    positions, uniques = pd.factorize(column)
    names = {}
    for cell in uniques:
        try:
            names[cell] = _province_name(cell)
        except LookupError:
            if unknown is None:
                raise
            names[cell] = unknown
    keys = [names[cell] for cell in uniques] + [NO_PROVINCE]
    categories = list(dict.fromkeys(keys))
    codes = np.array([categories.index(k) for k in keys], dtype=np.int32)[positions]
    return pd.Series(pd.Categorical.from_codes(codes, pd.Index(categories)), index=column.index)


@cache
def _province_name(cell: Any) -> str:
    """The bundled name of the province *cell* names; "" for an empty cell (cached: the
    bundled provinces do not change, and each frame names the same few)."""
    return NO_PROVINCE if cell == "" else getattr(read_province(cell), "name", NO_PROVINCE)


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
        try:  # "bác sĩ/vạn dân", "‰", "năm": read as the observations read them
            unit = indicator_unit(text, ind)
        except ValueError:
            unit = None
        if unit is None or unit.dimensionality != ind.dimensionality:
            raise DimensionError(
                f"unit of {code}",
                repr(text),
                message("a unit like {unit}", unit=said_unit(ind.unit)),
            )
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

    left, lefts = factorized(first)
    right, rights = factorized(second)
    right = np.where(right < 0, len(rights), right)  # missing: one more code
    seconds = [*rights, missing]
    positions, combined = pd.factorize(left.astype(np.int64) * len(seconds) + right)
    pairs = [(lefts[c // len(seconds)], seconds[c % len(seconds)]) for c in combined.tolist()]
    return positions, pairs


def target_keys(table: pd.DataFrame) -> set[tuple[str, str]]:
    """The (province, indicator) pairs of a target table, read from their category numbers."""
    prov, ind = table["_prov"].cat, table["_ind"].cat
    width = len(ind.categories) + 1  # + 1: a missing indicator (−1) has a number too
    cells = prov.codes.to_numpy(np.int64) * width + ind.codes.to_numpy(np.int64) + 1
    present = np.flatnonzero(np.bincount(cells, minlength=len(prov.categories) * width))
    return {(prov.categories[c // width], ind.categories[c % width - 1]) for c in present.tolist()
            if c % width}  # fmt: skip


def _frame_indicators(frame: pd.DataFrame) -> dict[str, Indicator]:
    """The indicators of a targets frame: catalogue, the bundled plan's own, or ad hoc."""
    lookup: dict[str, Indicator] = {}
    own: dict[str, Indicator] = {}
    for key in frame["plan"].dropna().unique() if "plan" in frame.columns else ():
        if key in plans.available():
            own.update({i.code: i for i in plans.load(key).indicators})
    column = frame["_ind"]
    numbers = column.cat.codes.to_numpy()
    present = np.bincount(numbers[numbers >= 0], minlength=len(column.cat.categories)) > 0
    for i in np.flatnonzero(present).tolist():
        code = column.cat.categories[i]
        try:
            lookup[code] = indicators.get(code)
        except UnknownIndicatorError:
            if code in own:
                lookup[code] = own[code]
            elif {"unit", "direction"} <= set(frame.columns):  # ad hoc: from its first row
                row = frame.iloc[[int(np.argmax(numbers == i))]].to_dict("records")[0]
                lookup[code] = Indicator(code, code, code, row["unit"], row["direction"],
                                         numerator=code)  # fmt: skip
            else:
                raise
    return lookup


def _issued_years(frame: pd.DataFrame) -> dict[str, int]:
    """The year each bundled plan a targets frame names was issued."""
    keys = frame["plan"].dropna().unique() if "plan" in frame.columns else ()
    days = {k: plans.load(k).document.issued for k in keys if k in plans.available()}
    return {k: day.year for k, day in days.items() if day is not None}


def target_table(targets: Any) -> tuple[pd.DataFrame, dict[str, Indicator]]:
    """Targets (objects, plans or a frame) as one frame in indicator units, and indicators."""
    import pandas as pd

    if isinstance(targets, pd.DataFrame):
        frame = checked_targets(targets)  # with the text columns coded: _ind, _cmp ...
        lookup = _frame_indicators(frame)
    else:
        frame, lookup = _records_table(targets)
        for name, coded_name in (("indicator", "_ind"), ("comparator", "_cmp"), ("kind", "_kind")):
            frame[coded_name] = coded(frame[name])
    extra: dict[str, Any] = {k: v for k, v in _TARGET_DEFAULTS.items() if k not in frame.columns}
    if "_kind" not in frame.columns:  # every target a level
        levels = np.zeros(len(frame), np.int8)
        extra["_kind"] = pd.Categorical.from_codes(levels, pd.Index(["level"]))
    frame = with_columns(frame, extra)  # one insertion, not one a column
    _to_indicator_units(frame, ("value", "upper", "baseline_value"), lookup)
    if isinstance(targets, pd.DataFrame):  # records were checked when they were made
        levels = vocab_codes(TargetKind, frame["_kind"]) != KIND_CODES[TargetKind.CHANGE]
        check_levels_in_frame(frame, ("value", "upper"), lookup, "targets", rows=levels)
        check_levels_in_frame(frame, ("baseline_value",), lookup, "targets")
    # records give Float64, frames float64: the gap arithmetic is NumPy's, NaN
    floats = [n for n in ("upper", "baseline_value", "value") if frame[n].dtype != float]
    extra = {n: frame[n].to_numpy(float, na_value=np.nan) for n in floats}
    extra["target"] = extra.pop("value", frame["value"])  # "value" stays too (no copy)
    if "_dir" not in frame.columns:
        extra["_dir"] = recoded(frame["_ind"], {c: i.direction.value for c, i in lookup.items()})
    if "_start" not in frame.columns:  # records carry their own (Target.start_year)
        extra["_start"] = start_years(frame, _issued_years(frame))
    extra["_prov"] = _province_keys(frame["province"])
    extra["_scope"] = coded(frame["_scope"]) if "_scope" in frame.columns else scope_column(frame)
    provinces = (
        extra["_prov"]
        .cat.categories.astype(object)
        .where(extra["_prov"].cat.categories != NO_PROVINCE, None)
    )
    names = np.asarray(provinces, dtype=object)[extra["_prov"].cat.codes.to_numpy()]
    extra["province"] = pd.Series(names, index=frame.index, dtype=object)  # None: none
    extra["unit"] = mapped(indicator_codes(frame), {c: str(i.unit) for c, i in lookup.items()})
    return with_columns(frame, extra), lookup


def _records_table(targets: Any) -> tuple[pd.DataFrame, dict[str, Indicator]]:
    """Target and Plan objects as one targets frame, and their indicators."""
    import pandas as pd

    items = [targets] if isinstance(targets, Target | Plan) else list(targets)
    parts, lookup = [], {}
    loose: list[Any] = []  # a run of Target objects, framed together
    for item in [*items, None]:  # None flushes the last run of loose targets
        if not isinstance(item, Target) and loose:
            part = targets_frame(Plan("loose", Document("-", "-"), targets=loose))
            parts.append(part.assign(plan=None, _scope=[scope_key(t.scope) for t in loose],
                                     _start=[t.start_year for t in loose]))  # fmt: skip
            loose = []
        if isinstance(item, Plan):
            part = targets_frame(item)
            parts.append(part.assign(_scope=[scope_key(t.scope) for t in item.targets],
                                     _start=[t.start_year for t in item.targets]))  # fmt: skip
            lookup.update({i.code: i for i in item.indicators})
        elif isinstance(item, Target):
            loose.append(item)
            lookup[item.indicator.code] = item.indicator
        elif item is not None:
            expected = message("Target or Plan objects, or a targets frame")
            raise WrongTypeError("gaps_frame", "targets", item, expected)
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=_TARGET)
    return frame, lookup


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

    user = isinstance(observations, pd.DataFrame)
    if user:
        frame = observations.copy()
        needed = ("indicator", "value", "period" if "period" in frame.columns else "year")
        require_columns(frame, "observations", needed)
    else:
        items = [observations] if isinstance(observations, Observation | Plan) else observations
        frame = observation_records_frame(items).assign(_scope=observation_scopes(items))
    if "province" not in frame.columns:
        province_needed(frame, lookup, keys)
        frame["province"] = None
    # a code or a name meant for a target but misspelt is refused, not left out in silence
    unplaced = unplaced_rows(frame, lookup, {p for p, _ in keys}) if user else []
    if "year" not in frame.columns and "period" in frame.columns:
        frame["year"] = frame["period"].map(lambda p: read_period(p).last_year)
    frame = frame[frame["indicator"].isin(list(lookup))].copy()
    # Rows about other provinces (a nationwide sheet) are not needed: they are not read.
    frame["_prov"] = _province_keys(frame["province"], unknown="\x00not a target province")
    frame = frame[_about(frame["_prov"], frame["indicator"], keys)]
    problems = unplaced + (misdated_rows(frame) if user else [])
    if problems:
        raise PlanDataError(problems)
    is_coded = "_scope" in frame.columns
    frame["_scope"] = coded(frame["_scope"]) if is_coded else scope_column(frame, "observations")
    frame = frame.assign(**checked_observations(frame))
    _to_indicator_units(frame, ("value",), lookup)
    check_levels_in_frame(frame, ("value",), lookup, "observations")
    return _without_duplicates(frame)


def _about(provinces: pd.Series, codes: pd.Series, keys: set[tuple[str, str]]) -> Any:
    """Rows whose (province, indicator) is one of *keys*: one look-up per distinct pair."""
    (prov, provs), (ind, inds) = factorized(provinces), factorized(codes)
    wanted = np.array([[(p, i) in keys for i in [*inds, None]] for p in [*provs, None]], bool)
    return wanted.reshape(len(provs) + 1, len(inds) + 1)[prov, ind]


def _without_duplicates(frame: pd.DataFrame) -> pd.DataFrame:
    """Drop repeated identical observations; refuse different values for one key and year.

    Each (province, indicator, year) is numbered as one integer first: the duplicates are
    found among two numeric columns, not among text.
    """
    import pandas as pd

    (prov, _), (ind, inds) = factorized(frame["_prov"]), factorized(frame["indicator"])
    scope, scopes = factorized(frame["_scope"])  # a tier's figure is no other of the whole
    year = frame["year"].to_numpy(np.int64)
    low, span = year.min(initial=0), np.ptp(year) + 1 if len(year) else 1
    place = prov.astype(np.int64) * (len(scopes) + 1) + scope
    cell = (place * (len(inds) + 1) + ind) * span + (year - low)
    numbered = pd.DataFrame({"cell": cell, "value": frame["value"].to_numpy(float)})
    repeated = numbered.duplicated().to_numpy()
    frame, cell = frame[~repeated], cell[~repeated]
    clash = frame[pd.Series(cell).duplicated(keep=False).to_numpy()]
    if len(clash):
        columns = (clash[c].tolist() for c in ("_prov", "indicator", "year", "value"))
        raise PlanDataError([
            Problem("observations", message("row {row}", row=label), "value", value,
                    message("another observation of {code} for {province} in {year} differs; "
                            "keep one (e.g. filter by scope)", code=code, year=year,
                            province=prov or {"en": "(no province)", "vi": "(không có tỉnh)"}))
            for label, prov, code, year, value in zip(clash.index, *columns, strict=True)
        ])  # fmt: skip
    return frame


def result_frame(
    table: pd.DataFrame, added: Mapping[str, Any], names: Iterable[str], *, hidden: bool = False
) -> pd.DataFrame:
    """The columns *names* of the target *table* with the *added* arrays, numbered from 0,
    without copying either (and ``_prov``, ``_kind`` too, if *hidden*, for
    :func:`count_columns`)."""
    import pandas as pd

    wanted = [*names, *(["_prov", "_kind"] if hidden else [])]
    table = table.reset_index(drop=True)
    parts = {name: added[name] if name in added else table[name] for name in wanted}
    return pd.DataFrame(parts, copy=False)


def people_by_province(population: Mapping[str, Any] | pd.Series) -> dict[str, float]:
    """People by normalised province name (see :func:`~.provincepeople.people_by_name`).

    Examples
    --------
    >>> people_by_province({"Dak Lak": 1_768_966, "": 22_000})
    {'Đắk Lắk': 1768966.0, '': 22000.0}
    """
    return people_by_name(population, NO_PROVINCE)


def count_columns(table: pd.DataFrame, population: Any, lookup: Mapping[str, Indicator]) -> None:
    """Add population, count_unit, required_count, additional_count (per indicator)."""
    people = mapped(table["_prov"], people_by_province(population), np.nan, float)
    table["population"] = people
    required, additional = np.full(len(table), np.nan), np.full(len(table), np.nan)
    units = np.full(len(table), None, dtype=object)
    level = vocab_codes(TargetKind, table["_kind"]) != KIND_CODES[TargetKind.CHANGE]
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
