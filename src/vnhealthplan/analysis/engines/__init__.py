"""The analyses on other engines than pandas, through narwhals: same code, the caller's frames.

:func:`gaps_frame`, :func:`rollup` and :func:`progress_frame` accept pandas (the default,
handled by the pandas/NumPy implementations unchanged), polars (eager or lazy), pyarrow
tables, DuckDB relations and Dask DataFrames, and return the caller's kind of frame. Each
engine is an optional extra (``pip install vnhealthplan[polars]``, ``[duckdb]``,
``[dask]``). See :doc:`/scale` for which engine to use when.

Examples
--------
>>> import polars as pl
>>> frame = pl.DataFrame({"region": ["a", "a", "b"], "beds": [10.0, 20.0, 5.0],
...                       "population": [10_000, 20_000, 10_000]})
>>> rollup(frame, "region", count="beds")["beds_per_10000"].to_list()
[10.0, 5.0]
"""

from vnhealthplan.analysis.engines.gaps import gaps_frame
from vnhealthplan.analysis.engines.kinds import ENGINES, engine_of
from vnhealthplan.analysis.engines.progress import PROGRESS_COLUMNS, progress_frame
from vnhealthplan.analysis.engines.rollup import rollup

__all__ = ["ENGINES", "PROGRESS_COLUMNS", "engine_of", "gaps_frame", "progress_frame", "rollup"]
