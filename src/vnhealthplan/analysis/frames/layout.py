"""The column layout of every tidy frame: names, dtypes, and labels in Vietnamese and English.

Each table has a name (``"targets"``, ``"gaps"``, …) and its columns, in order; the
frames of :mod:`vnhealthplan.frames`, :func:`~vnhealthplan.gaps.gaps_frame`,
:func:`~vnhealthplan.report.plan_progress`, :func:`~vnhealthplan.audit.findings_frame` and
the exports all take their columns from here.

Column names are stable codes in every language; a column's label (for display and export)
is an English label here, translated through :func:`vnhealthplan.core.i18n.translate`
(context ``"column"``, Vietnamese in ``core/locale/vi/frames.po``).

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

from vnhealthplan.core.i18n import translate
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import (
    Comparator,
    FacilityKind,
    Lang,
    Ownership,
    Rank,
    TargetKind,
    Tier,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DTYPES",
    "LABELS",
    "ROW_UNIT",
    "SOURCE_COLUMNS",
    "TABLES",
    "TITLES",
    "VOCABULARIES",
    "categories",
    "column_label",
    "columns",
    "labelled",
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
                "baseline_value", "baseline_year", "start_year", "notes", *SOURCE_COLUMNS),
    "observations": (*_MEASURE, "value", "unit", "scope", "notes", *SOURCE_COLUMNS),
    "facilities": ("plan", "province", "name", "kind", "tier", "rank", "ownership", "beds",
                   "autonomy_group", "notes", *SOURCE_COLUMNS),
    "assignments": ("plan", "task", "lead", "partners", "submitted_to", "due_start", "due_end",
                    "product", "completed", "notes", *SOURCE_COLUMNS),
    "observation_records": ("province", "indicator", "year", "period_start", "period_end",
                            "value", "unit", "source", "quote"),
    "gaps": ("plan", "province", "indicator", "scope", "year", "comparator", "kind", "target",
             "upper", "unit", "observed", "observed_year", "baseline", "baseline_year", "met",
             "shortfall", "distance"),
    "gap_counts": ("population", "count_unit", "required_count", "additional_count"),
    "progress": ("indicator", "scope", "year", "comparator", "target", "unit", "base_year",
                 "base_value", "latest_year", "latest_value", "status", "label", "notes",
                 "document"),
    "audit": ("plan", "check", "severity", "message", "value", "sections", "quotes"),
    "document": ("field", "value"),
})  # fmt: skip

#: The record tables whose every column :func:`tidy_frame` types.
_RECORDS: Final = ("targets", "observations", "facilities", "assignments")
_DATES: Final = ("period_start", "period_end", "due_start", "due_end", "completed")
_WHOLE: Final = ("year", "baseline_year", "beds", "autonomy_group", "start_year")
_MEASURED: Final = ("value", "upper", "baseline_value")

#: The vocabulary of each categorical column, by (table, column).
VOCABULARIES: Final = MappingProxyType({
    ("targets", "kind"): TargetKind,
    ("targets", "comparator"): Comparator,
    ("facilities", "kind"): FacilityKind,
    ("facilities", "tier"): Tier,
    ("facilities", "rank"): Rank,
    ("facilities", "ownership"): Ownership,
})  # fmt: skip


def _dtype(table: str, column: str) -> str:
    if (table, column) in VOCABULARIES:
        return "category"
    if column in _DATES:
        return "datetime64[ns]"
    if column in _WHOLE:
        return "Int64"
    if column in _MEASURED:
        return "Float64"
    return "string"


#: The dtype :func:`tidy_frame` gives each column of a table of records: dates are
#: ``datetime64[ns]`` (missing: ``NaT``), whole numbers ``Int64``, measured values
#: ``Float64``, vocabularies ``category`` (every value of the vocabulary, in its order:
#: :func:`categories`), text ``string``; every other missing value is ``pd.NA``. The
#: ``observation_records`` table (read back into records) types its year and value only.
DTYPES: Final = MappingProxyType({
    **{table: MappingProxyType({c: _dtype(table, c) for c in TABLES[table]})
       for table in _RECORDS},
    "observation_records": MappingProxyType({"year": "Int64", "value": "float64"}),
})  # fmt: skip

#: The English label of each column; (table, column) keys override a column's. The
#: Vietnamese is the catalogue's (:func:`column_label`).
LABELS: Final[MappingProxyType[str | tuple[str, str], str]] = MappingProxyType(
    {
        "plan": "Plan",
        "province": "Province",
        "indicator": "Indicator code",
        "indicator_name": "Indicator name",
        "year": "Year",
        "period_start": "Period start",
        "period_end": "Period end",
        "kind": "Kind of target",
        "comparator": "Comparator",
        "value": "Value",
        "upper": "Upper bound",
        "unit": "Unit",
        "scope": "Scope",
        "tier": "Tier",
        "facility_kind": "Kind of facility",
        "scope_description": "Scope description",
        "baseline_value": "Baseline value",
        "baseline_year": "Baseline year",
        "start_year": "Start year",
        "section": "Section",
        "quote": "Verbatim quote",
        "reading": "Corrected reading",
        "notes": "Notes",
        "source": "Source",
        "name": "Name",
        ("facilities", "kind"): "Kind of facility",
        "rank": "Rank",
        "ownership": "Ownership",
        "beds": "Beds",
        "autonomy_group": "Autonomy group",
        "task": "Task",
        "lead": "Lead",
        "partners": "Partners",
        "submitted_to": "Submitted to",
        "due_start": "Due from",
        "due_end": "Due by",
        "product": "Product",
        "completed": "Completed",
        "target": "Target",
        "observed": "Observed",
        "observed_year": "Observed year",
        "baseline": "Baseline",
        "met": "Met",
        "shortfall": "Shortfall",
        "distance": "Distance",
        "population": "Population",
        "count_unit": "Count unit",
        "required_count": "Required count",
        "additional_count": "Additional count",
        "check": "Check",
        "severity": "Severity",
        "message": "Message",
        ("audit", "value"): "Value",
        "sections": "Sections",
        "quotes": "Quotes",
        "field": "Field",
        ("progress", "document"): "Document",
        ("assignments", "as_of"): "As of",
        ("assignments", "status"): "Status",
    }
)

#: The English title of each exported table (Vietnamese: the catalogue's, context "table").
TITLES: Final = MappingProxyType({
    "document": "Document",
    "targets": "Targets",
    "observations": "Observations",
    "facilities": "Facilities",
    "assignments": "Assignments",
    "gaps": "Gaps",
    "audit": "Audit",
})  # fmt: skip

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


def column_label(table: str, column: str, lang: Lang | None = None) -> str:
    """The column's label in *lang*, without its unit (the column's own name if it has none).

    Parameters
    ----------
    lang : {"vi", "en"}, optional
        By default the package language.

    Examples
    --------
    >>> column_label("gaps", "shortfall", "vi"), column_label("gaps", "_x", "en")
    ('Còn thiếu', '_x')
    """
    label = LABELS.get((table, column)) or LABELS.get(column)
    if label is None:
        return column
    return translate(label, lang, context="column")


def table_title(table: str, lang: Lang | None = None) -> str:
    """The table's title in *lang* (an Excel sheet name, at most 31 characters).

    Examples
    --------
    >>> table_title("targets", "vi"), table_title("targets", "en")
    ('Chỉ tiêu', 'Targets')
    """
    title = TITLES.get(table)
    return table[:31] if title is None else translate(title, lang, context="table")


def categories(table: str, column: str, lang: Lang | None = "en") -> tuple[str, ...]:
    """Every value a vocabulary column of *table* can hold in *lang*, in the vocabulary's order.

    In English a column holds what it always held (a target's kind and comparator their
    codes, a facility's vocabularies their English labels); in Vietnamese the labels.

    Examples
    --------
    >>> categories("targets", "kind", "en"), categories("targets", "kind", "vi")
    (('level', 'change', 'maintain'), ('đạt mức', 'thay đổi một lượng', 'duy trì'))
    >>> categories("facilities", "tier", "en")
    ('central', 'provincial', 'district', 'commune')
    """
    return tuple(str(vocab_value(table, column, member, lang))
                 for member in VOCABULARIES[(table, column)])  # fmt: skip


def vocab_value(table: str, column: str, member: Any, lang: Lang | None = "en") -> str | None:
    """The value a vocabulary column shows for *member* in *lang* (None for None).

    Examples
    --------
    >>> from vnhealthplan.vocab import TargetKind
    >>> vocab_value("targets", "kind", TargetKind.LEVEL, "vi")
    'đạt mức'
    """
    if member is None:
        return None
    if resolve_language(lang) == "vi":
        return str(member.label("vi"))
    return str(member.value) if table == "targets" else str(member.label("en"))


def tidy_frame(
    rows: Iterable[dict[str, Any]], table: str, lang: Lang | None = None
) -> pd.DataFrame:
    """A frame of *rows* with the columns of *table*, typed as :data:`DTYPES` says.

    Vocabulary columns are categorical over their whole vocabulary in *lang*
    (:func:`categories`); None, and empty text, become ``pd.NA`` (``NaT`` in a date
    column, NaN in a categorical one: :func:`pandas.isna` is true of all three).

    Examples
    --------
    >>> frame = tidy_frame([{"plan": "x", "year": 2024, "value": 29, "kind": "level"}],
    ...                    "targets", "en")
    >>> frame.dtypes[["plan", "year", "value", "period_start"]].tolist()
    [<StringDtype(storage='python', na_value=<NA>)>, Int64Dtype(), Float64Dtype(), dtype('<M8[ns]')]
    >>> frame["kind"].cat.categories.tolist(), frame.loc[0, "upper"]
    (['level', 'change', 'maintain'], <NA>)
    """
    import pandas as pd  # pandas is imported on first use: it dominates import time

    frame = pd.DataFrame.from_records(list(rows), columns=list(columns(table)))
    for name, dtype in DTYPES.get(table, {}).items():
        if dtype == "category":
            vocabulary = list(categories(table, name, lang))
            frame[name] = frame[name].astype(pd.CategoricalDtype(vocabulary))
        elif dtype == "string":  # empty text is missing text: one convention, pd.NA
            text = frame[name].astype(pd.StringDtype("python"))
            frame[name] = text.mask(text.str.strip() == "")
        else:
            frame[name] = frame[name].astype(dtype)  # type: ignore[call-overload]
    return frame


def labelled(frame: pd.DataFrame, table: str, lang: Lang | None = None) -> pd.DataFrame:
    """*frame* with its columns headed by their labels in *lang*, for display.

    The frame's column names are stable codes in every language; this gives a copy headed
    for people (e.g. "Năm", "Giá trị"). Columns with no label keep their name.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.frames import targets_frame
    >>> frame = targets_frame(plans.load("dak-lak-2024"), lang="vi")
    >>> labelled(frame, "targets", "vi").columns[:5].tolist()
    ['Kế hoạch', 'Tỉnh', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Năm']
    """
    return frame.rename(columns={c: column_label(table, str(c), lang) for c in frame.columns})
