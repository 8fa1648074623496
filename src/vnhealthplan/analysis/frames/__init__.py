"""Tidy frames: THE one place that owns the column layout of every frame of the package.

Records to frames (:func:`targets_frame`, :func:`observations_frame`,
:func:`facilities_frame`, :func:`assignments_frame`, :func:`observation_records_frame`),
frames to records (:func:`observations_from_frame`), and the column specs the gaps,
progress, audit, report and export frames use (:func:`columns`, :func:`column_label`,
:func:`table_title`, :func:`tidy_frame`).

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

from vnhealthplan.analysis.frames.layout import (
    DTYPES,
    LABELS,
    ROW_UNIT,
    SOURCE_COLUMNS,
    TABLES,
    column_label,
    columns,
    table_title,
    tidy_frame,
)
from vnhealthplan.analysis.frames.observed import (
    is_missing,
    observation_records_frame,
    observations_from_frame,
    read_finite,
    read_period,
    read_province,
    read_unit,
)
from vnhealthplan.analysis.frames.records import (
    assignments_frame,
    facilities_frame,
    observations_frame,
    source_columns,
    targets_frame,
)

__all__ = [
    "DTYPES",
    "LABELS",
    "ROW_UNIT",
    "SOURCE_COLUMNS",
    "TABLES",
    "assignments_frame",
    "column_label",
    "columns",
    "facilities_frame",
    "is_missing",
    "observation_records_frame",
    "observations_frame",
    "observations_from_frame",
    "read_finite",
    "read_period",
    "read_province",
    "read_unit",
    "source_columns",
    "table_title",
    "targets_frame",
    "tidy_frame",
]
