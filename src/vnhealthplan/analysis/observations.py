"""Observations as tidy frames: to a frame, from a user's frame, and ready to join targets.

A tidy frame of observations has one row per value: ``province, indicator, year (or
period), value, unit``, and optionally ``source`` and ``quote``. Users build one from their
own spreadsheets; :func:`observations_from_frame` checks every row and reports all the bad
ones at once.

Examples
--------
An Giang's plan reports 76,5 % insured at the end of 2017:

>>> from vnhealthplan import plans
>>> frame = observations_frame(plans.load("an-giang-2018"))
>>> frame[["province", "indicator", "year", "value", "unit"]]
   province                  indicator  year  value     unit
0  An Giang  health_insurance_coverage  2017   76.5  percent
>>> observations_from_frame(frame)
(Observation(health_insurance_coverage = 76.5 percent, 2017, An Giang),)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from vnhealthplan.core.checks import plain_number
from vnhealthplan.core.errors import DimensionError, PlanDataError, Problem, UnknownIndicatorError
from vnhealthplan.core.units import as_unit, is_quantity, registry
from vnhealthplan.data import indicators, provinces
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.period import Period
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Document, Source
from vnhealthplan.model.target import Target, _levels_in_unit

if TYPE_CHECKING:
    import pandas as pd

    from vnhealthplan.model.plan import Plan

__all__ = ["observations_frame", "observations_from_frame"]

_COLUMNS: Final = (
    "province", "indicator", "year", "period_start", "period_end", "value", "unit", "source",
    "quote",
)  # fmt: skip
_FRAME: Final = "frame"
_NO_PROVINCE: Final = ""  # join key of records without a province


def observations_frame(observations: Plan | Iterable[Observation | Plan]) -> pd.DataFrame:
    """Observations as a tidy frame, one row per observation.

    Parameters
    ----------
    observations : Plan or iterable of Observation and Plan
        A plan contributes its observations; those without a province take the plan's.

    Returns
    -------
    pandas.DataFrame
        Columns ``province, indicator, year, period_start, period_end, value, unit, source,
        quote``: the value in the unit the observation holds, ``source`` the citation.

    Examples
    --------
    Quảng Ngãi, 2023: "173 Trạm Y tế xã, phường, thị trấn":

    >>> from vnhealthplan import plans
    >>> frame = observations_frame(plans.load("quang-ngai-2023"))
    >>> frame.loc[[2], ["indicator", "year", "value", "unit", "quote"]]
              indicator  year  value     unit                               quote
    2  commune_stations  2023  173.0  station  173 Trạm Y tế xã, phường, thị trấn
    """
    import pandas as pd

    from vnhealthplan.model.plan import Plan

    items = [observations] if isinstance(observations, Plan) else list(observations)
    rows = []
    for item in items:
        pairs = (
            [(o, item.province) for o in item.observations]
            if isinstance(item, Plan)
            else [(item, None)]
        )
        for obs, fallback in pairs:
            if not isinstance(obs, Observation):
                raise TypeError(f"observations: expected Observation or Plan objects, got {obs!r}")
            rows.append(_row(obs, obs.province or fallback))
    frame = pd.DataFrame.from_records(rows, columns=list(_COLUMNS))
    frame["year"] = frame["year"].astype("Int64")
    frame["value"] = frame["value"].astype(float)
    return frame


def _row(obs: Observation, province: Province | None) -> dict[str, Any]:
    return {
        "province": province.name if province else None,
        "indicator": obs.indicator.code,
        "year": obs.year,
        "period_start": obs.period.start,
        "period_end": obs.period.end,
        "value": float(obs.value.magnitude),
        "unit": str(obs.value.units),
        "source": obs.source.cite() if obs.source else None,
        "quote": obs.source.quote if obs.source else None,
    }


def observations_from_frame(
    frame: pd.DataFrame, *, source: Source | Document | None = None
) -> tuple[Observation, ...]:
    """Observations from a user's tidy frame; every bad row is reported at once.

    Parameters
    ----------
    frame : pandas.DataFrame
        Columns ``province`` (a name in any spelling; empty for none), ``indicator`` (a
        catalogue code), ``value``, and the time: ``period`` (``"2024"``, ``"2024-Q2"``,
        …), or ``period_start`` and ``period_end`` (dates), or ``year``;
        optional ``unit`` (default: the indicator's), ``section``, ``quote``, ``notes`` and
        ``source`` (a citation in words, kept in the notes when *source* is None).
    source : Source or Document, optional
        A :class:`Source` is given to every row. With a :class:`Document`, each row's
        source is that document, the row's ``section`` (or "row N") and its ``quote``,
        which every row must then have.

    Returns
    -------
    tuple of Observation

    Raises
    ------
    vnhealthplan.errors.PlanDataError
        Listing every bad value, as "frame: row N: field = value: expected …"; N is the
        frame's index label.

    Examples
    --------
    An Giang's 2017 figure, and two rows typed wrong on purpose (a value that is not a
    number; a province that ended in 2008, before the registry's dates, and an indicator code
    the package does not know):

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"province": ["An Giang", "Đăk Lăk", "Hà Tây"],
    ...                      "indicator": ["health_insurance_coverage", "imr", "beds"],
    ...                      "year": [2017, 2024, 2024], "value": [76.5, "abc", 30]})
    >>> observations_from_frame(rows)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: 3 invalid values in frame:
      frame: row 1: value = 'abc': expected a finite number
      frame: row 2: province = 'Hà Tây': unknown province 'Hà Tây'...
      frame: row 2: indicator = 'beds': unknown indicator 'beds'...
    """
    if source is not None and not isinstance(source, Source | Document):
        raise TypeError(f"source: expected a Source, a Document or None, got {source!r}")
    missing = [c for c in ("province", "indicator", "value") if c not in frame.columns]
    if "year" not in frame.columns and "period" not in frame.columns:
        missing.append("year")
    if missing:
        raise PlanDataError(
            [Problem(_FRAME, "columns", c, None, "missing column") for c in missing]
        )
    built, problems = [], []
    records: list[dict[str, Any]] = frame.to_dict("records")  # type: ignore[assignment]
    for label, row in zip(frame.index, records, strict=True):
        obs, found = _observation(row, f"row {label}", source)
        problems += found
        if obs is not None:
            built.append(obs)
    if problems:
        raise PlanDataError(problems)
    return tuple(built)


def _missing(value: Any) -> bool:
    import pandas as pd

    return value is None or (not isinstance(value, str) and bool(np.all(pd.isna(value))))


def _observation(
    row: dict[str, Any], record: str, source: Source | Document | None
) -> tuple[Observation | None, list[Problem]]:
    """One row: an Observation, or the problems of each of its fields."""
    from vnhealthplan.core.errors import ValidationError

    problems: list[Problem] = []

    def check(field: str, read: Any) -> Any:
        try:
            return read(row.get(field))
        except (ValueError, LookupError, TypeError) as err:
            problems.append(Problem(_FRAME, record, field, row.get(field), _reason(err)))
            return None

    province = check("province", _province)
    indicator = check("indicator", indicators.get)
    if not _missing(row.get("period")):
        period = check("period", _period)
    elif not (_missing(row.get("period_start")) or _missing(row.get("period_end"))):
        period = check("period_start", lambda s: Period(_day(s), _day(row["period_end"])))
    else:
        period = check("year", _period)
    value = check("value", _finite)
    unit = check("unit", lambda u: _unit(u, indicator)) if indicator is not None else None
    src = check("quote", lambda _: _source(row, record, source))
    if problems:
        return None, problems
    notes = [str(row[k]) for k in ("notes",) if not _missing(row.get(k))]
    if source is None and not _missing(row.get("source")):
        notes.append(f"source: {row['source']}")
    try:
        return Observation(
            indicator,
            registry().Quantity(value, unit),
            period,
            province=province,
            source=src,
            notes="; ".join(notes),
        ), []
    except ValidationError as err:
        return None, [Problem(_FRAME, record, err.field, err.value, f"expected {err.expected}")]


def _reason(err: Exception) -> str:
    text = str(err.args[0]) if err.args else str(err)
    return text.split(": ", 1)[1] if text.startswith(("Period", "Province")) else text


def _province(cell: Any) -> Province | None:
    if _missing(cell) or cell == "":
        return None
    return cell if isinstance(cell, Province) else provinces.get(cell)


def _period(cell: Any) -> Period:
    if isinstance(cell, Period):
        return cell
    if isinstance(cell, str):
        return Period.parse(cell)
    number = plain_number(cell)
    if number is None or not float(number).is_integer():
        raise ValueError("expected a whole year, e.g. 2024, or a period such as '2024-Q2'")
    return Period.year(int(number))


def _day(cell: Any) -> date:
    if isinstance(cell, str):
        return date.fromisoformat(cell)
    return cell.date() if isinstance(cell, datetime) else cell  # a pandas Timestamp too


def _finite(cell: Any) -> float:
    number = plain_number(cell)
    if number is None or not math.isfinite(number):
        raise ValueError("expected a finite number")
    return float(number)


def _unit(cell: Any, indicator: Indicator) -> Any:
    if _missing(cell) or cell == "":
        return indicator.unit
    unit = _as_unit(cell)
    if unit.dimensionality != indicator.dimensionality:
        raise ValueError(f"expected a unit of {indicator.code}'s dimension, like {indicator.unit}")
    return unit


def _as_unit(text: Any) -> Any:
    import pint

    try:
        return as_unit(text)
    except (pint.errors.PintError, AttributeError, TypeError, ValueError):
        raise ValueError("expected a unit of vnhealthplan.ureg, e.g. 'bed'") from None


def _source(row: dict[str, Any], record: str, source: Source | Document | None) -> Source | None:
    if not isinstance(source, Document):
        return source
    quote = row.get("quote")
    if _missing(quote) or not str(quote).strip():
        raise ValueError("expected the row's verbatim quote, since source is a Document")
    section = row.get("section")
    return Source(source, record if _missing(section) else str(section), str(quote))


def _in_unit(indicator: Indicator, value: Any, name: str) -> Any:
    """One *value* as a quantity in the indicator's unit (plain numbers are in it)."""
    level = _levels_in_unit(indicator, value, name)
    if np.ndim(level) != 0:
        raise TypeError(
            f"{name}: expected one value, got an array of {np.size(level)} "
            "(use gap_arrays or gaps_frame for many)"
        )
    return indicator.quantity(level)


def _province_keys(column: pd.Series, *, unknown: str | None = None) -> pd.Series:
    """Province names normalised (any spelling → the bundled name); "" for none.

    An unknown name raises, unless *unknown* is given: then it maps to that marker (used
    for observations, where rows of provinces no target is about are simply not used).
    """
    names = {}
    for cell in column.dropna().unique():
        if cell == "":
            names[cell] = _NO_PROVINCE
            continue
        try:
            names[cell] = getattr(_province(cell), "name", "")
        except LookupError:
            if unknown is None:
                raise
            names[cell] = unknown
    mapped = column.map(names).astype(object)
    return mapped.where(mapped.notna(), _NO_PROVINCE)


def _to_indicator_units(
    frame: pd.DataFrame, columns: Iterable[str], lookup: Mapping[str, Indicator]
) -> None:
    """Convert *columns* to each indicator's unit, once per distinct (indicator, unit)."""
    import pandas as pd

    if "unit" not in frame.columns:
        return
    units = frame["unit"].astype(object).where(frame["unit"].notna(), "")
    positions, pairs = pd.factorize(pd.MultiIndex.from_arrays([frame["indicator"], units]))
    factors = np.ones(len(pairs))
    for i, (code, text) in enumerate(pairs):
        ind = lookup[code]
        if text in ("", str(ind.unit)):
            continue
        try:
            unit = _as_unit(text)
        except ValueError:
            unit = None
        if unit is None or unit.dimensionality != ind.dimensionality:
            raise DimensionError(f"unit of {code}", repr(text), f"a unit like {ind.unit}")
        factors[i] = registry().Quantity(1.0, unit).to(ind.unit).magnitude
    if (factors != 1).any():
        scale = factors[positions]
        for name in columns:
            frame[name] = frame[name].to_numpy(float) * scale
    frame["unit"] = frame["indicator"].map({c: str(i.unit) for c, i in lookup.items()})


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


def _target_table(targets: Any) -> tuple[pd.DataFrame, dict[str, Indicator]]:
    """Targets (objects, plans or a frame) as one frame in indicator units, and indicators."""
    import pandas as pd

    from vnhealthplan.model.plan import Plan

    if isinstance(targets, pd.DataFrame):
        frame, lookup = targets.copy(), _frame_indicators(targets)
    else:
        items = [targets] if isinstance(targets, Target | Plan) else list(targets)
        parts, lookup = [], {}
        loose: list[Any] = []  # a run of Target objects, framed together
        for item in [*items, None]:  # None flushes the last run of loose targets
            if not isinstance(item, Target) and loose:
                part = Plan("loose", Document("-", "-"), targets=loose).targets_frame()
                parts.append(part.assign(plan=None))
                loose = []
            if isinstance(item, Plan):
                parts.append(item.targets_frame())
                lookup.update({i.code: i for i in item.indicators})
            elif isinstance(item, Target):
                loose.append(item)
                lookup[item.indicator.code] = item.indicator
            elif item is not None:
                raise TypeError(f"targets: expected Target or Plan objects, got {item!r}")
        frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=_TARGET)
    for name, default in _TARGET_DEFAULTS.items():
        if name not in frame.columns:
            frame[name] = default
    _to_indicator_units(frame, ("value", "upper", "baseline_value"), lookup)
    if "direction" not in frame.columns:
        frame["direction"] = frame["indicator"].map(
            {c: i.direction.value for c, i in lookup.items()}
        )
    frame["_prov"] = _province_keys(frame["province"])
    frame["province"] = frame["_prov"].replace(_NO_PROVINCE, None)
    frame["unit"] = frame["indicator"].map({c: str(i.unit) for c, i in lookup.items()})
    return frame.rename(columns={"value": "target"}), lookup


_TARGET: Final = ("plan", "province", "indicator", "scope", "year", "kind", "comparator", "value")
_TARGET_DEFAULTS: Final = {
    "plan": None, "province": None, "scope": "", "kind": "level", "upper": np.nan,
    "baseline_value": np.nan, "baseline_year": np.nan,
}  # fmt: skip


def _observation_table(
    observations: Any, lookup: Mapping[str, Indicator], keys: set[tuple[str, str]]
) -> pd.DataFrame:
    """Observations for the (province, indicator) keys of the targets, in indicator units."""
    import pandas as pd

    frame = (
        observations.copy()
        if isinstance(observations, pd.DataFrame)
        else observations_frame([observations] if isinstance(observations, Observation) else
                                observations)
    )  # fmt: skip
    if "province" not in frame.columns:
        frame["province"] = None
    if "year" not in frame.columns and "period" in frame.columns:
        frame["year"] = frame["period"].map(lambda p: _period(p).last_year)
    frame = frame[frame["indicator"].isin(list(lookup))].copy()
    # Rows about other provinces (a nationwide sheet) are not needed: they are not read.
    frame["_prov"] = _province_keys(frame["province"], unknown="\x00not a target province")
    index = pd.MultiIndex.from_arrays([frame["_prov"], frame["indicator"]])
    frame = frame[index.isin(list(keys))] if len(frame) else frame
    frame = frame.assign(**_checked_years_and_values(frame))
    _to_indicator_units(frame, ("value",), lookup)
    return _without_duplicates(frame)


def _checked_years_and_values(frame: pd.DataFrame) -> dict[str, Any]:
    """Whole years and numeric values, or one error listing every row that has neither."""
    import pandas as pd

    problems = []
    years = pd.to_numeric(frame["year"], errors="coerce")
    values = pd.to_numeric(frame["value"], errors="coerce")
    for label, year, value, raw_year, raw_value in zip(
        frame.index, years, values, frame["year"], frame["value"], strict=True
    ):
        if pd.isna(year) or year != int(year):
            problems.append(Problem("observations", f"row {label}", "year", raw_year,
                                    "expected a whole year"))  # fmt: skip
        if isinstance(raw_value, str):
            problems.append(Problem("observations", f"row {label}", "value", raw_value,
                                    "expected a number, not text (read text with "
                                    "vnhealthplan.text.parse_number)"))  # fmt: skip
        elif pd.isna(value) or not np.isfinite(value):
            expected = "expected a value (drop the row or fill it in)" if pd.isna(raw_value) else (
                "expected a finite number")  # fmt: skip
            problems.append(Problem("observations", f"row {label}", "value", raw_value, expected))
    if problems:
        raise PlanDataError(problems)
    return {"year": years.astype("int64"), "value": values.astype(float)}


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


def _join(table: pd.DataFrame, obs: pd.DataFrame) -> pd.DataFrame:
    """Latest observation ≤ the target year, and the earliest one before it as a baseline.

    Joins slim frames of keys and positions, then places the results by position: the
    wide target table is never sorted or merged.
    """
    import pandas as pd

    keys = ["_prov", "indicator"]
    left = pd.DataFrame({
        "_prov": table["_prov"].astype(str).reset_index(drop=True),
        "indicator": table["indicator"].astype(str).reset_index(drop=True),
        "year": table["year"].to_numpy("int64"),
        "_row": np.arange(len(table)),
    })  # fmt: skip
    right = pd.DataFrame({
        "_prov": obs["_prov"].astype(str).reset_index(drop=True),
        "indicator": obs["indicator"].astype(str).reset_index(drop=True),
        "year": obs["year"].to_numpy("int64"),
        "observed": obs["value"].to_numpy(float),
    })  # fmt: skip
    right["observed_year"] = right["year"].astype(float)
    latest = pd.merge_asof(
        left.sort_values("year", kind="stable"),
        right.sort_values("year", kind="stable"),
        on="year",
        by=keys,
        direction="backward",
    )
    rows = latest["_row"].to_numpy()
    observed, observed_year = np.empty(len(table)), np.empty(len(table))
    observed[rows] = latest["observed"].to_numpy(float)
    observed_year[rows] = latest["observed_year"].to_numpy(float)
    first = right.sort_values("year", kind="stable").drop_duplicates(keys)
    first = left[keys].merge(first[[*keys, "observed", "observed_year"]], on=keys, how="left")
    before = first["observed_year"].to_numpy(float) < observed_year
    own = table["baseline_value"].notna().to_numpy()
    baseline_year = table["baseline_year"].to_numpy(float, na_value=np.nan)
    table = table.assign(
        observed=observed,
        observed_year=pd.array(observed_year, dtype="Float64").astype("Int64"),
        baseline=np.where(own, table["baseline_value"].to_numpy(float),
                          np.where(before, first["observed"].to_numpy(float), np.nan)),
        baseline_year=np.where(own, baseline_year,
                               np.where(before, first["observed_year"].to_numpy(float), np.nan)),
    )  # fmt: skip
    table["baseline_year"] = table["baseline_year"].astype("Float64").astype("Int64")
    table["year"] = table["year"].astype("Int64")
    return table


def _people_by_province(population: Mapping[str, Any] | pd.Series) -> dict[str, float]:
    """People by normalised province name; quantities must count people."""
    items = population.items()
    people = {}
    for name, value in items:
        key = _province(name)
        number = value
        if is_quantity(value):
            if value.dimensionality != registry().Unit("person").dimensionality:
                raise DimensionError(f"population[{name!r}]", value, "a number of people")
            number = value.to("person").magnitude
        people[key.name if key else _NO_PROVINCE] = _finite(number)
    return people
