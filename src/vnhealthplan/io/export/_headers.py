"""Column headers of the exported tables, in Vietnamese or English, with units.

A header is the column's label followed by its unit in brackets: ``"Giường bệnh (giường
bệnh)"``, ``"Value (beds per 10,000 population)"``. A value column whose rows are in several
units (the targets of many indicators) says so instead: ``"Value (in the row's unit)"``,
and the ``unit`` column gives each row's unit.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"value": [29.0], "unit": ["bed / ten_thousand_people"]})
>>> header("targets", "value", frame, "vi"), header("targets", "value", frame, "en")
('Giá trị (giường bệnh/vạn dân)', 'Value (beds per 10,000 population)')
>>> canonical_column("Giá trị (giường bệnh/vạn dân)"), canonical_column("Province")
('value', 'province')
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.analysis.frames import LABELS, ROW_UNIT, column_label, table_title
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.units import as_unit
from vnhealthplan.core.vocab import Lang
from vnhealthplan.text import format_unit, parse_unit

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ROW_UNIT",
    "canonical_column",
    "date_format",
    "header",
    "label",
    "number_format",
    "sheet_title",
    "unit_format",
]

#: Columns with one unit of their own.
_FIXED_UNIT: Final = {"beds": "bed", "population": "person"}
#: Whole numbers that are not counts (no thousands separator: 2024, not 2.024).
_PLAIN_WHOLE: Final = ("year", "baseline_year", "observed_year", "base_year", "latest_year",
                       "autonomy_group")  # fmt: skip
#: Counts, whatever their unit.
_COUNTS: Final = ("beds", "population", "required_count", "additional_count")


def _mixed(lang: Lang) -> str:
    return translate("in the row's unit", lang, context="header")


def _audit_value(lang: Lang) -> str:
    return translate("unit as in the message", lang, context="header")


def label(table: str, column: str, lang: Lang) -> str:
    """The column's label without its unit (the column's own name if it has none).

    The labels are :func:`vnhealthplan.frames.column_label`'s.

    Examples
    --------
    >>> label("facilities", "kind", "vi"), label("targets", "kind", "en")
    ('Loại cơ sở', 'Kind of target')
    """
    return column_label(table, column, lang)


def sheet_title(table: str, lang: Lang) -> str:
    """The table's title (an Excel sheet name, at most 31 characters).

    Examples
    --------
    >>> sheet_title("gaps", "vi"), sheet_title("gaps", "en")
    ('Khoảng cách', 'Gaps')
    """
    return table_title(table, lang)


def _unit_name(unit: str, lang: Lang) -> str:
    try:
        return format_unit(unit, lang)
    except ValueError:  # a unit with no name in the text layer: its registry spelling
        return unit


def header(table: str, column: str, frame: pd.DataFrame, lang: Lang) -> str:
    """The header of *column*: its label, and its unit in brackets when it has one.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.frames import facilities_frame
    >>> frame = facilities_frame(plans.load("thanh-hoa-2023"))
    >>> header("facilities", "beds", frame, "vi")
    'Giường bệnh (giường bệnh)'
    """
    text = label(table, column, lang)
    if column in ROW_UNIT.get(table, ()) and "unit" in frame.columns:
        units = frame["unit"].dropna().unique()
        unit = _unit_name(str(units[0]), lang) if len(units) == 1 else _mixed(lang)
        return f"{text} ({unit})"
    if column in _FIXED_UNIT:
        return f"{text} ({_unit_name(_FIXED_UNIT[column], lang)})"
    if (table, column) == ("audit", "value"):
        return f"{text} ({_audit_value(lang)})"
    return text


_BRACKETS: Final = re.compile(r"\s*\([^()]*\)\s*$")


def _key(text: str) -> str:
    """*text* as a key: in one Unicode form (NFC: "Năm" pasted decomposed is "Năm"), its
    spaces collapsed, its case folded."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


#: Vietnamese labels of earlier versions, still read back.
_FORMER: Final = {"Giá trị cơ sở": "baseline_value", "Năm cơ sở": "baseline_year",
                  "Nội dung (tiếng Anh)": "message"}  # fmt: skip


@cache
def _by_label() -> dict[str, str]:
    """Labels in both languages, then the column names themselves, which win ("indicator"
    is a column name and the English label of ``indicator_name``)."""
    return {
        **{_key(name): column for name, column in _FORMER.items()},
        **{
            _key(translate(text, lang, context="column")): key
            for key, text in LABELS.items()
            if isinstance(key, str)
            for lang in ("en", "vi")
        },
        **{_key(key): key for key in LABELS if isinstance(key, str)},
    }


def canonical_column(text: object) -> str | None:
    """The column a header names (a column name, or a label in either language).

    A unit in brackets at the end is ignored; None for a header no table uses.

    Examples
    --------
    >>> canonical_column("Năm"), canonical_column("  VALUE "), canonical_column("Tên tỉnh")
    ('year', 'value', None)
    """
    if not isinstance(text, str):
        return None
    key = _key(text)
    labels = _by_label()
    if key in labels:
        return labels[key]
    return labels.get(_key(_BRACKETS.sub("", text)))


def header_unit(text: object) -> str | None:
    """The unit a header names in brackets, or None (none, or "in the row's unit").

    Examples
    --------
    >>> header_unit("Giá trị (giường bệnh/vạn dân)"), header_unit("Value (in the row's unit)")
    ('giường bệnh/vạn dân', None)
    """
    if not isinstance(text, str) or _key(text) in _by_label():
        return None
    found = _BRACKETS.search(text)
    if found is None:
        return None
    unit = found.group(0).strip()[1:-1].strip()
    return None if unit in (_mixed("vi"), _mixed("en")) else unit


def date_format(lang: Lang) -> str:
    """The Excel number format of a date cell in *lang*: dd/mm/yyyy in Vietnamese.

    Examples
    --------
    >>> date_format("vi"), date_format("en")
    ('dd/mm/yyyy', 'yyyy-mm-dd')
    """
    return "dd/mm/yyyy" if lang == "vi" else "yyyy-mm-dd"


def _registry_unit(text: object) -> Any:
    """The registry unit a unit cell names (registry spelling or as written), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    for read in (as_unit, parse_unit):
        try:
            return read(text)
        except Exception:
            continue
    return None


@cache
def unit_format(unit: str) -> str:
    """The Excel number format of a value in *unit* (its registry spelling or as written).

    Shares in per cent show one decimal and a per cent sign (``0.0"%"``: the cell holds
    17.6, not 0.176); counts (beds, facilities, million đồng) a thousands separator
    (``#,##0``); ratios and other measures one decimal (``0.0``); an unknown unit
    Excel's ``General``.

    Examples
    --------
    >>> unit_format("percent"), unit_format("%"), unit_format("giường bệnh")
    ('0.0"%"', '0.0"%"', '#,##0')
    >>> unit_format("giường bệnh/vạn dân"), unit_format("year"), unit_format("?")
    ('0.0', '0.0', 'General')
    """
    found = _registry_unit(unit)
    if found is None:
        return "General"
    if str(found) == "percent":
        return '0.0"%"'
    dims = dict(found.dimensionality)
    counted = len(dims) == 1 and next(iter(dims.values())) == 1
    if counted and next(iter(dims)) not in ("[length]", "[time]", "[mass]"):
        return "#,##0"
    return "0.0"


def number_format(table: str, column: str, dtype: Any, lang: Lang) -> str | None:
    """The Excel number format of a whole column, or None (text, or per row's unit).

    Dates: :func:`date_format`; years and group numbers: ``0``; counts: ``#,##0``;
    columns in each row's unit: None (:func:`unit_format` of the row's unit; the audit's
    value, in the unit its message names: Excel's ``General``); other numbers: ``0.0``.

    Examples
    --------
    >>> import pandas as pd
    >>> number_format("targets", "period_end", pd.Series(dtype="datetime64[ns]").dtype, "vi")
    'dd/mm/yyyy'
    >>> number_format("targets", "year", pd.Int64Dtype(), "vi")
    '0'
    >>> number_format("facilities", "beds", pd.Int64Dtype(), "vi")
    '#,##0'
    """
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(dtype):
        return date_format(lang)
    if column in ROW_UNIT.get(table, ()) or (table, column) == ("audit", "value"):
        return None  # each row's own unit (the audit's: the unit its message names)
    if column in _PLAIN_WHOLE:
        return "0"
    if column in _COUNTS:
        return "#,##0"
    if pd.api.types.is_bool_dtype(dtype) or not pd.api.types.is_numeric_dtype(dtype):
        return None
    return "#,##0" if pd.api.types.is_integer_dtype(dtype) else "0.0"
