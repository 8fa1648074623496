"""Which engine a frame belongs to, and frames of the caller's kind.

A frame is recognised by its type's module, without importing any engine: ``pandas`` stays
the default and needs none of the optional packages.

Examples
--------
>>> import pandas as pd
>>> engine_of(pd.DataFrame({"a": [1]})), engine_of([1, 2])
('pandas', None)
"""

from __future__ import annotations

from typing import Any, Final

from vnhealthplan.core.optional import require

__all__ = ["ENGINES", "engine_of", "like", "named", "to_narwhals", "with_engines_note"]

#: The engines :func:`engine_of` knows, by the top-level package of the frame's type.
ENGINES: Final = ("pandas", "polars", "pyarrow", "duckdb", "dask")


def engine_of(frame: Any) -> str | None:
    """The engine of *frame* (``"pandas"``, ``"polars"`` …), or None if it is no frame.

    Examples
    --------
    >>> import pyarrow as pa
    >>> engine_of(pa.table({"a": [1]}))
    'pyarrow'
    """
    package = type(frame).__module__.split(".")[0]
    if package == "pandas":
        return "pandas" if hasattr(type(frame), "columns") else None
    if package == "pyarrow":
        return "pyarrow" if hasattr(type(frame), "column_names") else None
    if package in ("_duckdb", "duckdb"):
        return "duckdb" if hasattr(type(frame), "columns") else None
    if package in ENGINES and hasattr(type(frame), "columns"):
        return package
    return None


def to_narwhals(frame: Any) -> Any:
    """*frame* as a narwhals LazyFrame (lazy engines) or DataFrame (eager ones).

    Examples
    --------
    >>> import polars as pl
    >>> to_narwhals(pl.DataFrame({"a": [1]})).columns
    ['a']
    """
    nw = require("narwhals", "polars", "frames of polars, pyarrow, DuckDB or Dask")
    return nw.from_native(frame)


def named(frame: Any) -> Any:
    """An object whose ``columns`` are *frame*'s column names, read without computing it.

    Examples
    --------
    >>> import polars as pl
    >>> named(pl.LazyFrame({"a": [1]})).columns
    ['a']
    """
    from types import SimpleNamespace

    engine = engine_of(frame)
    if engine == "pandas":  # no narwhals needed: it ships with the engines extras only
        return SimpleNamespace(columns=list(frame.columns))
    if engine == "pyarrow":
        return SimpleNamespace(columns=list(frame.column_names))
    return SimpleNamespace(columns=list(to_narwhals(frame).collect_schema().names()))


def like(result: Any, frame: Any) -> Any:
    """A small pandas *result* as a frame of *frame*'s engine (and laziness).

    Examples
    --------
    >>> import pandas as pd, polars as pl
    >>> like(pd.DataFrame({"a": [1]}), pl.LazyFrame({"b": [2]})).collect().shape
    (1, 1)
    """
    engine = engine_of(frame)
    if engine == "polars":
        import polars as pl

        out = pl.from_pandas(result)
        return out.lazy() if isinstance(frame, pl.LazyFrame) else out
    if engine == "pyarrow":
        import pyarrow as pa

        return pa.Table.from_pandas(result, preserve_index=False)
    if engine == "duckdb":
        import duckdb
        import pyarrow as pa

        return duckdb.from_arrow(pa.Table.from_pandas(result, preserve_index=False))
    if engine == "dask":
        import dask.dataframe as dd

        return dd.from_pandas(result, npartitions=1)  # type: ignore[no-untyped-call]
    return result


_NOTE: Final = """
    Frames of other engines are accepted too: polars (eager or lazy), pyarrow tables,
    DuckDB relations and Dask DataFrames, each an optional extra. The result is then a
    frame of the caller's engine, computed there (see :doc:`/scale`).
"""


def with_engines_note(doc: str | None, own: str | None) -> str:
    """*doc* (the pandas function's docstring) with a paragraph on engines before its
    Parameters, and the *own* docstring's Examples (of other engines) after its own.

    Examples
    --------
    >>> "Frames of other engines" in with_engines_note("Sum.", None)
    True
    """
    doc = doc or ""
    marker = "\n    Parameters\n"
    doc = doc.replace(marker, _NOTE + marker, 1) if marker in doc else doc + _NOTE
    heading = "Examples\n    --------\n"
    if own and heading in own:
        doc = doc.rstrip() + "\n\n" + own[own.index(heading) + len(heading) :].rstrip() + "\n"
    return doc
