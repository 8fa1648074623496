"""Tidy frames: THE one place that owns the column layout of every frame of the package.

Records to frames (:func:`targets_frame`, :func:`observations_frame`,
:func:`facilities_frame`, :func:`assignments_frame`, :func:`observation_records_frame`),
frames to records (:func:`observations_from_frame`), and the column specs the gaps,
progress, audit, report and export frames use (:func:`columns`, :func:`column_label`,
:func:`table_title`, :func:`tidy_frame`), one frame over every registered plan
(:func:`bundled_frame`, also :func:`vnhealthplan.plans.targets_frame` …), and column
headers for people (:func:`labelled`).

Column names are stable codes in every language; the values (indicator names, units,
vocabularies) are in *lang*: English by default, whatever the package language (code
reading a frame keeps working when the language changes), Vietnamese on request
(``lang="vi"``), or the package language with ``lang=None``
(:func:`vnhealthplan.options.set_language`); the exports follow the package language.
Dates are ``datetime64[ns]``, whole numbers ``Int64``, measured values ``Float64``, text
``string``, vocabularies ``category`` (the whole vocabulary, in order), and a missing
value is ``pd.NA`` (``NaT`` among dates).

Examples
--------
>>> from vnhealthplan import frames, plans
>>> thanh_hoa = plans.load("thanh-hoa-2023")
>>> frames.targets_frame(thanh_hoa).columns[:5].tolist()
['plan', 'province', 'indicator', 'indicator_name', 'year']
>>> len(frames.facilities_frame(thanh_hoa)) == len(thanh_hoa.facilities)
True
>>> frames.column_label("targets", "value", "vi")
'Giá trị'
"""

from vnhealthplan.analysis.frames.bundled import BUNDLED_TABLES, bundled_frame
from vnhealthplan.analysis.frames.layout import (
    DTYPES,
    LABELS,
    ROW_UNIT,
    SOURCE_COLUMNS,
    TABLES,
    TITLES,
    VOCABULARIES,
    categories,
    column_label,
    columns,
    labelled,
    table_title,
    tidy_frame,
    vocab_value,
)
from vnhealthplan.analysis.frames.localize import SEVERITIES, localized, scope_in, severity_label
from vnhealthplan.analysis.frames.observed import (
    is_missing,
    observation_records_frame,
    observations_from_frame,
    read_finite,
    read_indicator,
    read_period,
    read_province,
    read_unit,
)
from vnhealthplan.analysis.frames.records import (
    assignments_frame,
    facilities_frame,
    observations_frame,
    scope_text,
    source_columns,
    targets_frame,
    unit_as_written,
)

__all__ = [
    "BUNDLED_TABLES",
    "DTYPES",
    "LABELS",
    "ROW_UNIT",
    "SEVERITIES",
    "SOURCE_COLUMNS",
    "TABLES",
    "TITLES",
    "VOCABULARIES",
    "assignments_frame",
    "bundled_frame",
    "categories",
    "column_label",
    "columns",
    "facilities_frame",
    "is_missing",
    "labelled",
    "localized",
    "observation_records_frame",
    "observations_frame",
    "observations_from_frame",
    "read_finite",
    "read_indicator",
    "read_period",
    "read_province",
    "read_unit",
    "scope_in",
    "scope_text",
    "severity_label",
    "source_columns",
    "table_title",
    "targets_frame",
    "tidy_frame",
    "unit_as_written",
    "vocab_value",
]
