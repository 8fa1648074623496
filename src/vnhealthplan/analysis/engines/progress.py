"""The progress status of many rows, on any engine: :func:`progress_frame`.

The arithmetic is :func:`~vnhealthplan.analysis.progress.progress_arrays` (NumPy, row by
row independent), run where the rows are: on the whole frame for pandas and pyarrow, on
each batch for polars (eager or lazy), on each chunk for DuckDB (``relation.map``) and on
each partition for Dask (``map_partitions``). Nothing is collected.

Examples
--------
An Giang, 76,5 % insured in 2017; targets 90 % (2020) and 95 % (2025), with a
*hypothetical* 80 % in 2019, as a polars frame:

>>> import polars as pl
>>> rows = pl.DataFrame({"base_value": [76.5, 76.5], "base_year": [2017, 2017],
...                      "latest_value": [80.0, 80.0], "latest_year": [2019, 2019],
...                      "target": [90.0, 95.0], "target_year": [2020, 2025],
...                      "direction": [1, 1]})
>>> progress_frame(rows)["status"].to_list()
['limited_progress', 'moderate_progress']
"""

from __future__ import annotations

from typing import Any, Final

import numpy as np

from vnhealthplan.analysis.engines.kinds import engine_of, named
from vnhealthplan.analysis.gapinputs import require_columns
from vnhealthplan.analysis.progress import Method, progress_arrays
from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.messages import message

__all__ = ["PROGRESS_COLUMNS", "PROGRESS_OUTPUT", "progress_frame"]

#: The columns :func:`progress_frame` reads (``limit`` is optional: NaN, none).
PROGRESS_COLUMNS: Final = (
    "base_value", "base_year", "latest_value", "latest_year", "target", "target_year",
    "direction",
)  # fmt: skip
#: The columns :func:`progress_frame` adds.
PROGRESS_OUTPUT: Final = ("status", "ratio", "growth")


def progress_frame(frame: Any, *, method: str | Method = "opensdg") -> Any:
    """Add ``status``, ``ratio`` and ``growth`` to a frame of many targets' progress.

    Parameters
    ----------
    frame : pandas, polars, pyarrow, DuckDB or Dask frame
        One row per target with :data:`PROGRESS_COLUMNS` (base value and year, latest
        value and year, target value and year, direction +1/−1/0) and optionally
        ``limit``; NaN stands for a missing value.
    method : str or Method
        As :func:`~vnhealthplan.analysis.progress.progress_arrays`.

    Returns
    -------
    frame
        Of the same engine (lazy stays lazy), with ``status`` (the category key, e.g.
        ``"moderate_progress"``), ``ratio`` and ``growth`` added.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        If a column is missing or named twice, a value column holds text ("5.130" is
        refused, never read as 5.13), or a direction is not +1, −1, 0 or NaN; on lazy
        engines a bad value (an infinite number) raises when the result is computed.
    vnhealthplan.errors.WrongTypeError
        For a column of True/False.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = pd.DataFrame({"base_value": [76.5], "base_year": [2017],
    ...                      "latest_value": [76.5], "latest_year": [2017],
    ...                      "target": [95.0], "target_year": [2025], "direction": [1]})
    >>> progress_frame(rows, method="unsd")["status"].tolist()
    ['not_assessed']
    """
    engine = engine_of(frame)
    if engine is None:
        raise WrongTypeError(
            "progress_frame", "frame", frame, message("a data frame (pandas, polars ...)")
        )
    require_columns(named(frame), "progress", PROGRESS_COLUMNS)
    if engine == "pandas":
        return _pandas(frame, method)
    if engine == "polars":
        return _polars(frame, method)
    if engine == "pyarrow":
        out = _arrays({n: frame.column(n).to_numpy() for n in _inputs(frame.column_names)}, method)
        for name in PROGRESS_OUTPUT:
            frame = frame.append_column(name, _arrow(out[name]))
        return frame
    if engine == "duckdb":
        from duckdb import sqltypes

        types = dict(zip(frame.columns, frame.types, strict=True))
        types |= {"status": sqltypes.VARCHAR, "ratio": sqltypes.DOUBLE, "growth": sqltypes.DOUBLE}
        return frame.map(lambda chunk: _pandas(chunk, method), schema=types)
    if engine == "dask":
        return frame.map_partitions(_pandas, method, meta=_pandas(frame._meta, method))
    expected = message("a pandas, polars, pyarrow, DuckDB or Dask frame")
    raise WrongTypeError("progress_frame", "frame", frame, expected)


def _inputs(names: Any) -> list[str]:
    return [*PROGRESS_COLUMNS, *(["limit"] if "limit" in names else [])]


def _numbers(name: str, values: Any) -> Any:
    """A column of *values* as floats; True/False, and text in a column of values, refused.

    ``"5.130"`` would be read as 5.13 (or, in Vietnamese, meant 5130): the text is refused
    as :func:`~vnhealthplan.gaps.gaps_frame` refuses it. A year as text ("2023") is read.
    """
    array = np.asarray(values)
    if array.dtype.kind == "b":
        raise WrongTypeError("progress_frame", name, "bool", message("a column of numbers"))
    if array.dtype.kind in "OSUT":
        for value in array.reshape(-1):
            if isinstance(value, bool | np.bool_):
                raise WrongTypeError("progress_frame", name, value, message("a column of numbers"))
            if isinstance(value, str | bytes) and not name.endswith("year"):
                raise ValidationError("progress_frame", name, value, _text())
    return array


def _text() -> str:
    return message("numbers, not text (read text with vnhealthplan.text.parse_number)")


def _arrays(columns: dict[str, Any], method: str | Method) -> dict[str, Any]:
    """The NumPy core on one batch of columns."""
    a = {k: np.asarray(_numbers(k, v), dtype=float) for k, v in columns.items()}
    limit = a.get("limit", np.nan)
    r = progress_arrays(
        a["base_value"],
        a["base_year"],
        a["latest_value"],
        a["latest_year"],
        a["target"],
        a["target_year"],
        a["direction"],
        limit,
        method=method,
    )
    n = len(a["base_value"])
    status = r.keys() if n else np.array([], dtype=object)
    return {"status": status.astype(object), "ratio": r.ratio[:n], "growth": r.growth[:n]}


def _pandas(frame: Any, method: str | Method) -> Any:
    columns = {n: _column(frame[n], n) for n in _inputs(frame.columns)}
    return frame.assign(**_arrays(columns, method))


def _column(column: Any, name: str) -> Any:
    """A pandas column as floats (a missing value NaN), checked by :func:`_numbers`."""
    if column.dtype.kind in "bO" or str(column.dtype) in ("boolean", "string"):
        _numbers(name, column.to_numpy(object, na_value=None))
    return column.to_numpy(float, na_value=np.nan)


def _arrow(values: Any) -> Any:
    import pyarrow as pa

    return pa.array(values, type=pa.string() if values.dtype == object else pa.float64())


def _polars(frame: Any, method: str | Method) -> Any:
    import polars as pl

    schema = frame.collect_schema()
    names = _inputs(schema.names())
    for name in names:  # cast to floats below, text and True/False would be read as numbers
        if schema[name] == pl.Boolean:
            raise WrongTypeError("progress_frame", name, "bool", message("a column of numbers"))
        if schema[name] == pl.String and not name.endswith("year"):
            raise ValidationError("progress_frame", name, "String", _text())
    dtype = pl.Struct({"status": pl.String, "ratio": pl.Float64, "growth": pl.Float64})

    def batch(packed: pl.Series) -> pl.Series:
        parts = packed.struct.unnest()
        columns = {n: parts[n].cast(pl.Float64).fill_null(np.nan).to_numpy() for n in names}
        out = _arrays(columns, method)
        return pl.DataFrame(out, schema=dtype.to_schema()).to_struct("_progress")

    # Row by row independent: elementwise, so polars' streaming engine can run it by batch.
    packed = pl.struct(names).map_batches(batch, return_dtype=dtype, is_elementwise=True)
    return frame.with_columns(packed.alias("_progress")).unnest("_progress")
