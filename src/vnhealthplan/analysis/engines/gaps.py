""":func:`gaps_frame` on any engine: the observations are read, filtered and checked there.

A gaps frame has one row per target, and targets are few (a plan has tens, the nation some
ten thousand), while observations may be national tables of 10^8 rows. So the targets are
read eagerly as :func:`vnhealthplan.analysis.gaps.gaps_frame` reads them, and the
observations stay in their engine: only the rows about a target's province and indicator
are kept (one group-free filter, lazy on lazy engines), every kept row is checked there
(a whole year from 1945 to 2100, a finite number), and only those rows leave the engine,
for the as-of join and the NumPy gap arithmetic. The result is a frame of the caller's
engine.

Examples
--------
An Giang's insurance targets against the 76,5 % its plan reports for 2017, the
observations given as a DuckDB relation:

>>> import duckdb
>>> from vnhealthplan import plans
>>> obs = duckdb.sql("SELECT 'An Giang' AS province, 'health_insurance_coverage' "
...                  "AS indicator, 2017 AS year, 76.5 AS value")
>>> frame = gaps_frame(plans.load("an-giang-2018"), obs)
>>> frame.filter("indicator = 'health_insurance_coverage'").project(
...     "year, target, observed, met").fetchall()
[(2020, 90.0, 76.5, False), (2025, 95.0, 76.5, False), (2030, 95.0, 76.5, False)]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from vnhealthplan.analysis import gaps as eager
from vnhealthplan.analysis.engines.kinds import engine_of, like, to_narwhals, with_engines_note
from vnhealthplan.analysis.frames import read_period, read_province
from vnhealthplan.analysis.gapinputs import require_columns
from vnhealthplan.analysis.gapsframe import NO_PROVINCE, target_table
from vnhealthplan.core.checks import MAX_YEAR, MIN_YEAR
from vnhealthplan.core.errors import PlanDataError, Problem, ValidationError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.target import Target

__all__ = ["gaps_frame", "relevant_observations"]

_WORDS = "a numeric column (read text with vnhealthplan.text.parse_number first)"
#: What each argument may be: the objects it takes one of, and what a user is told.
_TAKES: Final = {
    "targets": ((Target, Plan), message("a data frame, a Target or Plan, or a list of them")),
    "observations": (
        (Observation, Plan),
        message("a data frame, an Observation or Plan, or a list of them"),
    ),
}


def gaps_frame(
    targets: Any,
    observations: Any,
    *,
    population: Mapping[str, Any] | Any = None,
    tolerance: float = 0.05,
) -> Any:
    """Gaps of many targets against observations, for frames of any engine.

    As :func:`vnhealthplan.analysis.gaps.gaps_frame` (same columns, same values); pandas
    frames and model objects go to it unchanged. A polars, pyarrow, DuckDB or Dask frame
    of targets or observations gives a frame of that engine (the targets' if both are
    frames); the observations are filtered and checked in their engine
    (:func:`relevant_observations`).

    Examples
    --------
    The same targets against the same 76,5 %, the observations as a polars frame:

    >>> import polars as pl
    >>> obs = pl.DataFrame({"province": ["An Giang"], "year": [2017], "value": [76.5],
    ...                     "indicator": ["health_insurance_coverage"]})
    >>> frame = gaps_frame(plans.load("an-giang-2018"), obs)
    >>> frame.filter(pl.col("indicator") == "health_insurance_coverage")["shortfall"].to_list()
    [13.5, 18.5, 18.5]
    """
    t_engine, o_engine = engine_of(targets), engine_of(observations)
    _check_argument("targets", targets, t_engine)
    _check_argument("observations", observations, o_engine)
    if t_engine in (None, "pandas") and o_engine in (None, "pandas"):
        return eager.gaps_frame(targets, observations, population=population, tolerance=tolerance)
    caller = targets if t_engine not in (None, "pandas") else observations
    if t_engine not in (None, "pandas"):  # targets are few: read as the pandas path reads them
        targets = _collect(to_narwhals(targets)).to_pandas()
    if o_engine not in (None, "pandas"):
        observations = relevant_observations(targets, observations)
    result = eager.gaps_frame(targets, observations, population=population, tolerance=tolerance)
    return like(result, caller)


def relevant_observations(targets: Any, observations: Any) -> Any:
    """The rows of an observations frame about a target's (province, indicator), checked.

    Filters and checks in the frame's engine; returns the kept rows as a (small) pandas
    frame of ``province, indicator, year, value`` (and ``unit``, ``scope``, ``tier``,
    ``facility_kind`` if present).

    Raises
    ------
    vnhealthplan.errors.ValidationError
        If a column is missing, or ``year`` or ``value`` is not a numeric column.
    vnhealthplan.errors.PlanDataError
        Listing every kept row without a whole year or a finite value, each named by its
        province, indicator and year (lazy engines have no row numbers).

    Examples
    --------
    >>> import pyarrow as pa
    >>> from vnhealthplan import plans
    >>> obs = pa.table({"province": ["An Giang", "Hà Nội"], "year": [2017, 2017],
    ...                 "indicator": ["health_insurance_coverage"] * 2, "value": [76.5, 91.0]})
    >>> relevant_observations(plans.load("an-giang-2018"), obs)["province"].tolist()
    ['An Giang']
    """
    import narwhals as nw

    table, lookup = target_table(targets)
    wanted = set(table["_prov"])
    nf = to_narwhals(observations)
    schema = dict(nf.collect_schema())
    has_year = "year" in schema
    require_columns(nf, "observations", ("indicator", "value", "year" if has_year else "period"))
    nf = nf.filter(nw.col("indicator").is_in(list(lookup)))
    if not has_year:
        periods = _uniques(nf, "period")
        years = {p: read_period(p).last_year for p in periods if p is not None}
        nf = nf.with_columns(nw.col("period").replace_strict(years, return_dtype=nw.Int64)
                             .alias("year"))  # fmt: skip
        schema["year"] = nw.Int64
    nf = _of_provinces(nf, "province" in schema, wanted)
    for name in ("year", "value"):
        if not schema[name].is_numeric():
            raise ValidationError("gaps_frame", f"observations.{name}", schema[name], _WORDS)
    _check_rows(nf, "province" in schema)
    keep = [
        c
        for c in (
            "province",
            "indicator",
            "year",
            "value",
            "unit",
            "scope",
            "tier",
            "facility_kind",
        )
        if c in schema
    ]
    return _collect(nf.select(keep)).to_pandas()


gaps_frame.__doc__ = with_engines_note(eager.gaps_frame.__doc__, gaps_frame.__doc__)


def _check_argument(field: str, value: Any, engine: str | None) -> None:
    """A named error, not a raw TypeError, for an argument that is no frame, no object
    :func:`gaps_frame` takes and no list of them (None, a number, a string)."""
    kinds, expected = _TAKES[field]
    if engine is not None or isinstance(value, kinds):
        return
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping):
        return  # its items are checked as they are read
    raise WrongTypeError("gaps_frame", field, value, expected)


def _collect(nf: Any) -> Any:
    import narwhals as nw

    return nf.collect() if isinstance(nf, nw.LazyFrame) else nf


def _uniques(nf: Any, name: str) -> list[Any]:
    """The distinct values of a column (few: spellings, periods), computed by the engine."""
    return list(_collect(nf.select(name).unique())[name].to_list())


def _of_provinces(nf: Any, has_province: bool, wanted: set[str]) -> Any:
    """Only the rows whose province (any spelling) is a target's; "" stands for none."""
    import narwhals as nw

    if not has_province:
        return nf  # read as it is: the targets' check refuses it if every target names one
    kept = []
    for cell in _uniques(nf, "province"):
        if cell is None or cell == "":
            continue
        try:
            name = getattr(read_province(cell), "name", NO_PROVINCE)
        except LookupError:  # a province no target is about: its rows are not read
            continue
        if name in wanted:
            kept.append(cell)
    column = nw.col("province")
    keep = column.is_in(kept)
    if NO_PROVINCE in wanted:
        keep = keep | column.is_null() | (column == "")
    return nf.filter(keep)


def _check_rows(nf: Any, has_province: bool) -> None:
    """One error for every kept row without a whole year in range or a finite value."""
    import narwhals as nw

    year, value = nw.col("year").cast(nw.Float64), nw.col("value").cast(nw.Float64)
    bad_year = (
        year.is_null() | year.is_nan() | (year != year.round(0))
        | (year < MIN_YEAR) | (year > MAX_YEAR)
    )  # fmt: skip
    bad_value = value.is_null() | ~value.is_finite()
    flagged = nf.with_columns(
        bad_year.fill_null(value=True).alias("_bad_year"),
        bad_value.fill_null(value=True).alias("_bad_value"),
    ).filter(nw.col("_bad_year") | nw.col("_bad_value"))
    names = ["province"] if has_province else []
    bad = _collect(flagged.select(*names, "indicator", "year", "value", "_bad_year", "_bad_value"))
    problems = []
    for row in bad.rows(named=True):
        province = row.get("province") or {"en": "(no province)", "vi": "(không có tỉnh)"}
        where = message("{province}/{indicator}/{year}", province=province,
                        indicator=row["indicator"], year=str(row["year"]))  # fmt: skip
        label = message("row {row}", row=where)
        if row["_bad_year"]:
            expected = message(
                "expected a whole year from {min_year} to {max_year}",
                min_year=str(MIN_YEAR),
                max_year=str(MAX_YEAR),
            )
            problems.append(Problem("observations", label, "year", row["year"], expected))
        if row["_bad_value"]:
            expected = message("expected a finite number (drop the row or fill it in)")
            problems.append(Problem("observations", label, "value", row["value"], expected))
    if problems:
        raise PlanDataError(problems)
