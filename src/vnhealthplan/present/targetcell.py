"""A target as the terminal's and the notebook's gaps tables show it, and its unit.

A change is said as one ("giảm 0,2", "down by 0.2"), not as a level of "-0,2"; a kept level
as "duy trì 100"; a range as "1–2"; units as the plans write them ("giường bệnh/vạn dân").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vnhealthplan.core.i18n import translate
from vnhealthplan.core.vocab import Comparator, Lang, TargetKind
from vnhealthplan.text.numbers import format_number
from vnhealthplan.text.units import format_unit

__all__ = ["target_cell", "unit_text"]


def _number(value: Any, lang: Lang) -> str:
    return format_number(float(value), lang)


def _missing(value: Any) -> bool:
    """True for None, NaN and pandas' NA."""
    if value is None:
        return True
    try:
        return bool(value != value)
    except TypeError:  # pandas' NA: its truth is ambiguous
        return True


def unit_text(unit: Any, lang: Lang) -> str:
    """The unit as the plans write it ("giường bệnh/vạn dân", "%"), else as given.

    Examples
    --------
    >>> unit_text("bed / ten_thousand_people", "vi"), unit_text("percent", "en")
    ('giường bệnh/vạn dân', '%')
    """
    try:
        return format_unit(unit, lang)
    except (ValueError, AttributeError, LookupError, TypeError):
        return "" if _missing(unit) else str(unit)


def target_cell(row: Mapping[Any, Any], lang: Lang) -> str:
    """A target of a gaps frame's row: "< 22", "80–90", "giảm 0,2" (a change), "duy trì 100".

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.gaps import gaps_frame
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> rows = gaps_frame(dak_lak, dak_lak).to_dict("records")
    >>> [target_cell(row, "vi") for row in rows[1:2] + rows[13:]]
    ['< 22', 'giảm 0,2']
    >>> target_cell(rows[13], "en")
    'down by 0.2'
    """
    value = _number(row["target"], lang)
    if not _missing(row.get("upper")):
        return f"{value}–{_number(row['upper'], lang)}"
    kind, comparator = row.get("kind"), row["comparator"]
    if kind == TargetKind.CHANGE.value and comparator == Comparator.EQ.value:
        words = "down by {value}" if row["target"] < 0 else "up by {value}"
        return translate(words, lang, context="cli", value=_number(abs(row["target"]), lang))
    if kind == TargetKind.CHANGE.value:
        return translate("change {comparator} {value}", lang, context="cli",
                         comparator=comparator, value=value)  # fmt: skip
    if kind == TargetKind.MAINTAIN.value and comparator == Comparator.EQ.value:
        return translate("maintain {value}", lang, context="cli", value=value)
    return f"{comparator} {value}"
