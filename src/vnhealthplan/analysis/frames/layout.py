"""The column layout of every tidy frame: names, dtypes, and labels in Vietnamese and English.

Each table has a name (``"targets"``, ``"gaps"``, …) and its columns, in order; the
frames of :mod:`vnhealthplan.frames`, :func:`~vnhealthplan.gaps.gaps_frame`,
:func:`~vnhealthplan.report.plan_progress`, :func:`~vnhealthplan.audit.findings_frame` and
the exports all take their columns from here.

Examples
--------
>>> columns("facilities")[:4]
('plan', 'province', 'name', 'kind')
>>> column_label("facilities", "kind", "vi"), column_label("targets", "kind", "en")
('Loại cơ sở', 'Kind of target')
>>> table_title("gaps", "vi")
'Khoảng cách'
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.core.vocab import Lang

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DTYPES",
    "LABELS",
    "ROW_UNIT",
    "SOURCE_COLUMNS",
    "TABLES",
    "column_label",
    "columns",
    "table_title",
    "tidy_frame",
]

#: The columns every record with a source ends with.
SOURCE_COLUMNS: Final = ("section", "quote", "reading")
_MEASURE: Final = (
    "plan", "province", "indicator", "indicator_name", "year", "period_start", "period_end",
)  # fmt: skip

#: The columns of each table, in order.
TABLES: Final = MappingProxyType({
    "targets": (*_MEASURE, "kind", "comparator", "value", "upper", "unit", "scope",
                "baseline_value", "baseline_year", *SOURCE_COLUMNS),
    "observations": (*_MEASURE, "value", "unit", "scope", "notes", *SOURCE_COLUMNS),
    "facilities": ("plan", "province", "name", "kind", "tier", "rank", "ownership", "beds",
                   "autonomy_group", "notes", *SOURCE_COLUMNS),
    "assignments": ("plan", "task", "lead", "partners", "submitted_to", "due_start", "due_end",
                    "product", "completed", *SOURCE_COLUMNS),
    "observation_records": ("province", "indicator", "year", "period_start", "period_end",
                            "value", "unit", "source", "quote"),
    "gaps": ("plan", "province", "indicator", "scope", "year", "comparator", "kind", "target",
             "upper", "unit", "observed", "observed_year", "baseline", "baseline_year", "met",
             "shortfall", "distance"),
    "gap_counts": ("population", "count_unit", "required_count", "additional_count"),
    "progress": ("indicator", "year", "comparator", "target", "unit", "base_year",
                 "base_value", "latest_year", "latest_value", "status", "label", "notes"),
    "audit": ("plan", "check", "severity", "message", "value", "sections", "quotes"),
    "document": ("field", "value"),
})  # fmt: skip

_WHOLE: Final = ("year", "baseline_year", "beds", "autonomy_group")
_MEASURED: Final = ("value", "upper", "baseline_value")
#: The dtype :func:`tidy_frame` gives a column of a table of records: whole numbers that
#: may be missing are nullable integers, measured values floats (None becomes NaN), in
#: every plan alike. Other columns keep the type pandas infers.
DTYPES: Final = MappingProxyType(
    {
        table: MappingProxyType(
            {
                **{c: "Int64" for c in _WHOLE if c in TABLES[table]},
                **{c: "float64" for c in _MEASURED if c in TABLES[table]},
            }
        )
        for table in ("targets", "observations", "facilities", "assignments", "observation_records")
    }
)

#: (Vietnamese, English) label of each column; (table, column) keys override a column's.
LABELS: Final[MappingProxyType[str | tuple[str, str], tuple[str, str]]] = MappingProxyType(
    {
        "plan": ("Kế hoạch", "Plan"),
        "province": ("Tỉnh", "Province"),
        "indicator": ("Mã chỉ tiêu", "Indicator code"),
        "indicator_name": ("Chỉ tiêu", "Indicator name"),
        "year": ("Năm", "Year"),
        "period_start": ("Từ ngày", "Period start"),
        "period_end": ("Đến ngày", "Period end"),
        "kind": ("Loại chỉ tiêu", "Kind of target"),
        "comparator": ("So sánh", "Comparator"),
        "value": ("Giá trị", "Value"),
        "upper": ("Cận trên", "Upper bound"),
        "unit": ("Đơn vị", "Unit"),
        "scope": ("Phạm vi", "Scope"),
        "tier": ("Tuyến", "Tier"),
        "facility_kind": ("Loại cơ sở", "Kind of facility"),
        "scope_description": ("Mô tả phạm vi", "Scope description"),
        "baseline_value": ("Giá trị cơ sở", "Baseline value"),
        "baseline_year": ("Năm cơ sở", "Baseline year"),
        "section": ("Mục", "Section"),
        "quote": ("Trích nguyên văn", "Verbatim quote"),
        "reading": ("Đọc lại (đã sửa)", "Corrected reading"),
        "notes": ("Ghi chú", "Notes"),
        "source": ("Nguồn", "Source"),
        "name": ("Tên", "Name"),
        ("facilities", "kind"): ("Loại cơ sở", "Kind of facility"),
        "rank": ("Hạng", "Rank"),
        "ownership": ("Loại hình sở hữu", "Ownership"),
        "beds": ("Giường bệnh", "Beds"),
        "autonomy_group": ("Nhóm tự chủ", "Autonomy group"),
        "task": ("Nội dung công việc", "Task"),
        "lead": ("Đơn vị chủ trì", "Lead"),
        "partners": ("Đơn vị phối hợp", "Partners"),
        "submitted_to": ("Cấp trình", "Submitted to"),
        "due_start": ("Hạn từ ngày", "Due from"),
        "due_end": ("Hạn đến ngày", "Due by"),
        "product": ("Sản phẩm", "Product"),
        "completed": ("Ngày hoàn thành", "Completed"),
        "target": ("Mục tiêu", "Target"),
        "observed": ("Giá trị thực tế", "Observed"),
        "observed_year": ("Năm thực tế", "Observed year"),
        "baseline": ("Giá trị cơ sở", "Baseline"),
        "met": ("Đạt", "Met"),
        "shortfall": ("Còn thiếu", "Shortfall"),
        "distance": ("Khoảng cách", "Distance"),
        "population": ("Dân số", "Population"),
        "count_unit": ("Đơn vị đếm", "Count unit"),
        "required_count": ("Số cần có", "Required count"),
        "additional_count": ("Số cần thêm", "Additional count"),
        "check": ("Phép kiểm tra", "Check"),
        "severity": ("Mức độ", "Severity"),
        "message": ("Nội dung (tiếng Anh)", "Message"),
        ("audit", "value"): ("Giá trị", "Value"),
        "sections": ("Các mục", "Sections"),
        "quotes": ("Các trích dẫn", "Quotes"),
        "field": ("Trường", "Field"),
    }
)

#: Titles (Vietnamese, English) of the exported tables.
_TITLES: Final = {
    "document": ("Văn bản", "Document"),
    "targets": ("Chỉ tiêu", "Targets"),
    "observations": ("Số liệu thực tế", "Observations"),
    "facilities": ("Cơ sở y tế", "Facilities"),
    "assignments": ("Phân công", "Assignments"),
    "gaps": ("Khoảng cách", "Gaps"),
    "audit": ("Kiểm tra", "Audit"),
}

#: Columns whose values are in each row's ``unit``, by table.
ROW_UNIT: Final = MappingProxyType({
    "targets": ("value", "upper", "baseline_value"),
    "observations": ("value",),
    "gaps": ("target", "upper", "observed", "baseline", "shortfall", "distance"),
})  # fmt: skip


def columns(table: str) -> tuple[str, ...]:
    """The columns of *table*, in order.

    Raises
    ------
    KeyError
        For a table with no layout here; the message lists the tables.

    Examples
    --------
    >>> columns("audit")
    ('plan', 'check', 'severity', 'message', 'value', 'sections', 'quotes')
    """
    try:
        return TABLES[table]
    except KeyError:
        raise KeyError(f"table {table!r}: expected one of {', '.join(TABLES)}") from None


def column_label(table: str, column: str, lang: Lang) -> str:
    """The column's label in *lang*, without its unit (the column's own name if it has none).

    Examples
    --------
    >>> column_label("gaps", "shortfall", "vi"), column_label("gaps", "_x", "en")
    ('Còn thiếu', '_x')
    """
    pair = LABELS.get((table, column)) or LABELS.get(column)
    if pair is None:
        return column
    return pair[0] if lang == "vi" else pair[1]


def table_title(table: str, lang: Lang) -> str:
    """The table's title in *lang* (an Excel sheet name, at most 31 characters).

    Examples
    --------
    >>> table_title("targets", "vi"), table_title("targets", "en")
    ('Chỉ tiêu', 'Targets')
    """
    pair = _TITLES.get(table)
    return table[:31] if pair is None else (pair[0] if lang == "vi" else pair[1])


def tidy_frame(rows: Iterable[dict[str, Any]], table: str) -> pd.DataFrame:
    """A frame of *rows* with the columns of *table*, typed as :data:`DTYPES` says.

    Examples
    --------
    >>> frame = tidy_frame([{"plan": "x", "year": 2024, "value": 29}], "targets")
    >>> frame.dtypes[["year", "value"]].tolist()
    [Int64Dtype(), dtype('float64')]
    """
    import pandas as pd  # pandas is imported on first use: it dominates import time

    frame = pd.DataFrame.from_records(list(rows), columns=list(columns(table)))
    for name, dtype in DTYPES.get(table, {}).items():
        frame[name] = frame[name].astype(dtype)  # None becomes NaN or <NA>
    return frame
