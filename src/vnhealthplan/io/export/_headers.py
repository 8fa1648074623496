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
from typing import TYPE_CHECKING, Final

from vnhealthplan.analysis.frames import LABELS, ROW_UNIT, column_label, table_title
from vnhealthplan.core.vocab import Lang

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ROW_UNIT", "canonical_column", "header", "label", "sheet_title"]

#: Columns with one unit of their own.
_FIXED_UNIT: Final = {"beds": "bed", "population": "person"}
_MIXED: Final = {"vi": "theo đơn vị của dòng", "en": "in the row's unit"}
_AUDIT_VALUE: Final = {"vi": "đơn vị như trong nội dung", "en": "unit as in the message"}


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
    from vnhealthplan.text import format_unit

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
        unit = _unit_name(str(units[0]), lang) if len(units) == 1 else _MIXED[lang]
        return f"{text} ({unit})"
    if column in _FIXED_UNIT:
        return f"{text} ({_unit_name(_FIXED_UNIT[column], lang)})"
    if (table, column) == ("audit", "value"):
        return f"{text} ({_AUDIT_VALUE[lang]})"
    return text


_BRACKETS: Final = re.compile(r"\s*\([^()]*\)\s*$")


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


#: Labels, then the column names themselves, which win ("indicator" is a column name and
#: the English label of ``indicator_name``).
_BY_LABEL: Final = {
    **{_key(name): key for key, pair in LABELS.items() if isinstance(key, str) for name in pair},
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
    if key in _BY_LABEL:
        return _BY_LABEL[key]
    return _BY_LABEL.get(_key(_BRACKETS.sub("", text)))


def header_unit(text: object) -> str | None:
    """The unit a header names in brackets, or None (none, or "in the row's unit").

    Examples
    --------
    >>> header_unit("Giá trị (giường bệnh/vạn dân)"), header_unit("Value (in the row's unit)")
    ('giường bệnh/vạn dân', None)
    """
    if not isinstance(text, str) or _key(text) in _BY_LABEL:
        return None
    found = _BRACKETS.search(text)
    if found is None:
        return None
    unit = found.group(0).strip()[1:-1].strip()
    return None if unit in _MIXED.values() else unit
