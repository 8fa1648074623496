"""How model values are written: periods and targets, in Vietnamese or English.

The writers of :func:`vnhealthplan.text.format_period` and
:func:`vnhealthplan.text.format_target` live here, below the text layer, so that model
records can show themselves (their HTML displays) as the text layer writes them.

Examples
--------
>>> from vnhealthplan import Period, plans
>>> period_text(Period.quarter(2024, 2)), period_text(Period.quarter(2024, 2), "en")
('Quý II/2024', 'Q2 2024')
>>> target_text(plans.load("dak-lak-2024").targets_for("imr")[0])
'< 22‰'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.core.unitnames import join_unit, number_text, unit_name
from vnhealthplan.core.units import is_quantity
from vnhealthplan.core.vocab import Comparator, Lang, TargetKind

if TYPE_CHECKING:
    from vnhealthplan.model.period import Period

__all__ = ["period_text", "target_text"]

_ROMAN_OUT: Final = {1: "I", 2: "II", 3: "III", 4: "IV"}


def format_date(day: date, pattern: str, locale: str) -> str:
    """babel's ``format_date``, imported when first needed."""
    from babel.dates import format_date as babel_format_date

    return str(babel_format_date(day, pattern, locale=locale))


def get_month_names(locale: str) -> Any:
    """babel's wide month names, imported when first needed."""
    from babel.dates import get_month_names as babel_month_names

    return babel_month_names("wide", locale=locale)


def _vi_date(day: date) -> str:
    """D/M/YYYY with a leading zero for days 1–9 and months 1–2 (Nghị định 30/2020/NĐ-CP)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


def _en_date(day: date) -> str:
    return str(format_date(day, "d MMMM y", locale="en"))


def _vi_month(start: date) -> str:
    return f"{get_month_names('vi')[start.month]}/{start.year}"


_Write = Callable[["Period", re.Match[str]], str]
_SHAPES: tuple[tuple[re.Pattern[str], _Write, _Write], ...] = (
    (re.compile(r"(\d{4})"), lambda p, m: f"năm {m[1]}", lambda p, m: m[1]),
    (
        re.compile(r"(\d{4})-(\d{4})"),
        lambda p, m: f"giai đoạn {m[1]}–{m[2]}",
        lambda p, m: f"{m[1]}–{m[2]}",
    ),
    (
        re.compile(r"(\d{4})-Q(\d)"),
        lambda p, m: f"Quý {_ROMAN_OUT[int(m[2])]}/{m[1]}",
        lambda p, m: str(format_date(p.start, "QQQ y", locale="en")),
    ),
    (
        re.compile(r"(\d{4})-H(\d)"),
        lambda p, m: f"6 tháng {'đầu' if m[2] == '1' else 'cuối'} năm {m[1]}",
        lambda p, m: f"H{m[2]} {m[1]}",
    ),
    (
        re.compile(r"(\d{4})-(\d{2})"),
        lambda p, m: _vi_month(p.start),
        lambda p, m: str(format_date(p.start, "MMMM y", locale="en")),
    ),
    (
        re.compile(r"\d{4}-\d{2}-\d{2}"),
        lambda p, m: f"ngày {_vi_date(p.start)}",
        lambda p, m: _en_date(p.start),
    ),
)


def period_text(period: Period, lang: Lang = "vi") -> str:
    """*period* as a plan writes it: see :func:`vnhealthplan.text.format_period`.

    Examples
    --------
    >>> from vnhealthplan import Period
    >>> period_text(Period.years(2025, 2045)), period_text(Period.half(2024, 1), "en")
    ('giai đoạn 2025–2045', 'H1 2024')
    """
    code = period.code
    for pattern, vi, en in _SHAPES:
        match = pattern.fullmatch(code)
        if match:
            return (vi if lang == "vi" else en)(period, match)
    if lang == "vi":
        return f"ngày {_vi_date(period.start)} – ngày {_vi_date(period.end)}"
    return f"{_en_date(period.start)} – {_en_date(period.end)}"


#: How comparators are written in words inside a change: (Vietnamese, English).
_CHANGE_WORDS: Final = {
    Comparator.EQ: ("", ""),
    Comparator.GE: ("ít nhất", "at least"),
    Comparator.LE: ("không quá", "at most"),
    Comparator.GT: ("trên", "more than"),
    Comparator.LT: ("dưới", "less than"),
    Comparator.ABOUT: ("khoảng", "about"),
}


def _number_text(number: Any, lang: Lang) -> str:
    """The number as written, zero without a sign ("-0" would read as a signed number)."""
    return number_text(abs(number) if number == 0 else number, lang)


def _magnitudes(value: Any, upper: Any) -> tuple[Any, Any, Any]:
    """The numbers of *value* and *upper* in one unit, and that unit (or None)."""
    if is_quantity(upper):
        return value.to(upper.units).magnitude, upper.magnitude, upper.units
    if is_quantity(value):
        return value.magnitude, None, value.units
    return value, upper, None


def _written(number: Any, unit: Any, lang: Lang) -> str:
    if unit is None:
        return _number_text(number, lang)
    singular = lang == "en" and abs(number) == 1
    return join_unit(_number_text(number, lang), unit_name(unit, lang, singular=singular))


def _range(low: Any, high: Any, unit: Any, lang: Lang, *, between: bool = False) -> str:
    if lang == "vi":
        return f"từ {_number_text(low, lang)} đến {_written(high, unit, lang)}"
    if between:
        return f"between {_number_text(low, lang)} and {_written(high, unit, lang)}"
    return f"{_number_text(low, lang)}–{_written(high, unit, lang)}"


def _level(comparator: Comparator, low: Any, high: Any, unit: Any, lang: Lang) -> str:
    if comparator is Comparator.RANGE:
        return _range(low, high, unit, lang)
    text = _written(low, unit, lang)
    if comparator is Comparator.EQ:
        return text
    if comparator is Comparator.ABOUT:
        return f"{'khoảng' if lang == 'vi' else 'about'} {text}"
    return f"{comparator.symbol} {text}"


def _change(comparator: Comparator, low: Any, high: Any, unit: Any, lang: Lang) -> str:
    en = lang == "en"
    if comparator is Comparator.RANGE:
        if low >= 0:
            return f"{'increase by' if en else 'tăng thêm'} {_range(low, high, unit, lang)}"
        if high <= 0:
            return f"{'reduce by' if en else 'giảm'} {_range(-high, -low, unit, lang)}"
        return f"{'change by' if en else 'thay đổi'} {_range(low, high, unit, lang, between=True)}"
    verb = ("reduce by" if en else "giảm") if low < 0 else ("increase by" if en else "tăng thêm")
    if low < 0:
        low, comparator = -low, comparator.negated
        if not en and comparator is Comparator.LT:
            verb = "mức giảm"  # "giảm dưới 1" is a level, down to under 1
    words = _CHANGE_WORDS[comparator][en]
    return " ".join(part for part in (verb, words, _written(low, unit, lang)) if part)


def target_text(target: Any, lang: Lang = "vi") -> str:
    """A target as a phrase that reads back the same: see :func:`vnhealthplan.text.format_target`.

    Raises
    ------
    ValueError
        For a unit with no name (see :func:`vnhealthplan.core.unitnames.unit_name`).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> target_text(plans.load("dak-lak-2024").targets_for("crude_birth_rate")[0], "en")
    'reduce by 0.2 per 1,000 population'
    """
    comparator, kind = target.comparator, target.kind
    low, high, unit = _magnitudes(target.value, target.upper)
    if kind is TargetKind.CHANGE:
        return _change(comparator, low, high, unit, lang)
    text = _level(comparator, low, high, unit, lang)
    if kind is TargetKind.MAINTAIN:
        return f"{'duy trì' if lang == 'vi' else 'maintain'} {text}"
    return f"đạt {text}" if lang == "vi" and comparator is Comparator.EQ else text
