""":func:`rollup` on any engine narwhals knows: the sums are the engine's own group-by.

pandas frames go to :func:`vnhealthplan.analysis.rollup.rollup` unchanged (indexed by
group). Other frames (polars, pyarrow, DuckDB, Dask …) are grouped by the engine itself,
lazily where the engine is lazy, and the result is a frame of the same engine with the
group columns first, sorted by group: nothing is collected to pandas.

Examples
--------
Đắk Lắk's 2024 bed target as counts (2.430 provincial and 2.700 district beds for the
1,768,966 people its own figures imply), as a polars frame:

>>> import polars as pl
>>> tiers = pl.DataFrame({"province": ["Đắk Lắk"], "beds": [5130.0],
...                       "population": [1_768_966]})
>>> rollup(tiers, "province", count="beds")["beds_per_10000"].round(4).to_list()
[29.0]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vnhealthplan.analysis import rollup as eager
from vnhealthplan.analysis.engines.kinds import engine_of, to_narwhals, with_engines_note
from vnhealthplan.core.checks import per_size
from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.messages import message

__all__ = ["rollup"]


def rollup(
    frame: Any,
    by: Any,
    *,
    count: str | Sequence[str] = "count",
    population: str = "population",
    per: int = 10_000,
) -> Any:
    """Add counts and populations by group, and the group's ratio Σcount / Σpopulation.

    As :func:`vnhealthplan.analysis.rollup.rollup`, for a frame of any engine: pandas
    frames are rolled up by it (same result); other engines group by *by* (column names,
    or None for one group ``"all"`` in a column ``group``) in the engine and return the
    engine's kind of frame: group columns, the summed counts and population, one
    ``<count>_per_<per>`` column per count, and ``rows``. A missing count or population
    makes its group's sums NaN (nothing is skipped silently); a group with no people has
    a NaN ratio. Rows whose group is missing are left out.

    Examples
    --------
    The beds two plans' targets mean, pooled (Đắk Lắk 2024 and Thanh Hóa 2030, for the
    populations stated in :mod:`vnhealthplan.rollup`'s example), in DuckDB:

    >>> import duckdb
    >>> rel = duckdb.sql("SELECT * FROM (VALUES ('Đắk Lắk', 5130.0014, 1768966), "
    ...                  "('Thanh Hóa', 14680.5399, 3764241)) t(province, beds, population)")
    >>> rollup(rel, None, count="beds").fetchall()
    [('all', 19810.5413, 5533207.0, 35.80..., 2)]
    """
    engine = engine_of(frame)
    if engine == "pandas":
        return eager.rollup(frame, by, count=count, population=population, per=per)
    if engine is None:
        raise WrongTypeError(
            "rollup", "frame", frame, message("a data frame (pandas, polars, ...)")
        )
    if by is not None and not isinstance(by, str | list | tuple):
        raise WrongTypeError("rollup", "by", by, message("column names or None for this engine"))
    nf = to_narwhals(frame)  # first: names the extra if narwhals is missing
    import narwhals as nw

    per = per_size(per, "rollup")
    columns = [count] if isinstance(count, str) else list(count)
    _check_columns(nf, [*columns, population])
    keys = ["group"] if by is None else [by] if isinstance(by, str) else list(by)
    summed = [*columns, population]
    nf = nf.with_columns(
        *(nw.col(c).cast(nw.Float64) for c in summed),
        *(nw.col(c).is_null().cast(nw.Int64).alias(f"_missing_{c}") for c in summed),
        *([nw.lit("all").alias("group")] if by is None else []),
    )
    grouped = nf.group_by(*keys, drop_null_keys=True).agg(
        *(nw.col(c).sum() for c in summed),
        *(nw.col(f"_missing_{c}").sum() for c in summed),
        nw.len().alias("rows"),
    )
    nan = nw.lit(float("nan"), nw.Float64)
    grouped = grouped.with_columns(
        nw.when(nw.col(f"_missing_{c}") > 0).then(nan).otherwise(nw.col(c)).alias(c) for c in summed
    )
    people = nw.col(population)
    grouped = grouped.with_columns(
        nw.when(people > 0).then(nw.col(c) / people * per).otherwise(nan).alias(f"{c}_per_{per}")
        for c in columns
    )
    order = [*keys, *summed, *(f"{c}_per_{per}" for c in columns), "rows"]
    return grouped.select(order).sort(*keys).to_native()


rollup.__doc__ = with_engines_note(eager.rollup.__doc__, rollup.__doc__)


def _check_columns(nf: Any, names: list[str]) -> None:
    """Refuse a missing or non-numeric column, as the pandas roll-up does."""
    schema = nf.collect_schema()
    missing = [name for name in names if name not in schema]
    if missing:
        expected = message("the columns {missing} (the frame has {columns})", missing=missing,
                           columns=list(schema))  # fmt: skip
        raise ValidationError("rollup", "frame", missing, expected)
    for name in names:
        if not schema[name].is_numeric():
            dtype = str(schema[name])
            raise WrongTypeError("rollup", name, dtype, message("a column of numbers"))
