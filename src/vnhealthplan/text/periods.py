"""Periods as plans write them: "Quý II/2024", "6 tháng đầu năm 2024", "giai đoạn 2021-2025".

:func:`parse_period` reads a period phrase into a :class:`~vnhealthplan.period.Period`;
:func:`format_period` writes one back, in Vietnamese or English. Each reads what the other
writes, so ``parse_period(format_period(p, lang)) == p`` for every period and both languages.

Parsing ignores case and diacritics ("quy ii/2024" reads as "Quý II/2024") but nothing else:
a quarter outside I–IV, a year that is not four digits or lies outside 1945–2100, a day
that does not exist or a span whose years run backwards is a
:class:`~vnhealthplan.text.errors.ParseError` naming the part that failed.

Examples
--------
Thanh Hóa's appendix gives its deadlines as "Quý IV/2022", "Quý II/2024" and "2025-2045":

>>> [parse_period(t).code for t in ("Quý IV/2022", "Quý II/2024", "2025-2045")]
['2022-Q4', '2024-Q2', '2025-2045']
>>> format_period(parse_period("Quý II/2024"), "en")
'Q2 2024'
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Literal

from babel.dates import get_month_names

from vnhealthplan.core.argchecks import language_code
from vnhealthplan.core.checks import MAX_YEAR, MIN_YEAR
from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.model.period import Period
from vnhealthplan.model.wording import period_text
from vnhealthplan.text.errors import ParseError, check_characters

__all__ = ["Lang", "format_period", "parse_period"]

#: The languages periods are written in.
Lang = Literal["vi", "en"]

_WHAT = "a period"
_FORMS_SHOWN = message(
    "a period such as 'Quý II/2024', '6 tháng đầu năm 2024', 'tháng 6/2024', 'năm 2025', "
    "'giai đoạn 2021-2025', 'ngày 30/6/2024', 'Q2 2024', 'H1 2024', 'June 2024' or "
    "'30 June 2024'"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ROMAN_OUT = {n: r.upper() for r, n in _ROMAN.items()}
_YEAR = re.compile(r"[0-9]{4}")
_SMALL = re.compile(r"[0-9]{1,2}")
#: Unicode categories refused anywhere in a phrase: controls (but tab, LF, CR) and formats.


# ---- reading ---------------------------------------------------------------------------------


class _Text:
    """The input, its folded key (lower case, no diacritics) and where each key character is.

    Combining marks are dropped from the key, so ``pos`` maps a key index back to the input:
    spans in errors always index the text as given.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        self.pos: list[int] = []
        for i, ch in enumerate(text):
            if not unicodedata.combining(ch):
                chars.append(_fold_char(ch))
                self.pos.append(i)
        self.pos.append(len(text))
        self.key = "".join(chars)

    def error(self, start: int, end: int, expected: str) -> ParseError:
        return ParseError(self.text, _WHAT, self.pos[start], self.pos[end], expected)

    def at(self, match: re.Match[str], group: str, expected: str) -> ParseError:
        return self.error(*match.span(group), expected)


@cache
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


def _year(src: _Text, m: re.Match[str], group: str) -> int:
    token = m.group(group)
    if not _YEAR.fullmatch(token):
        raise src.at(m, group, message("a four-digit year such as 2025"))
    return int(token)


def _small(src: _Text, m: re.Match[str], group: str, expected: str) -> int:
    token = m.group(group)
    if not _SMALL.fullmatch(token):
        raise src.at(m, group, expected)
    return int(token)


def _quarter_number(src: _Text, m: re.Match[str]) -> int:
    token = m.group("q")
    number = _ROMAN.get(token, int(token) if token in ("1", "2", "3", "4") else None)
    if number is None:
        raise src.at(m, "q", message("a quarter I, II, III or IV (or 1–4)"))
    return number


def _built(
    src: _Text, m: re.Match[str], fields: dict[str, str], make: Callable[[], Period]
) -> Period:
    """Call *make*; a ValidationError of field f becomes a ParseError at group fields[f]."""
    try:
        return make()
    except ValidationError as err:
        group = fields.get(err.field, next(iter(fields.values())))
        raise src.at(m, group, err.expected) from None


def _quarter(src: _Text, m: re.Match[str]) -> Period:
    q, y = _quarter_number(src, m), _year(src, m, "y")
    return _built(src, m, {"year": "y", "quarter": "q"}, lambda: Period.quarter(y, q))


def _half_en(src: _Text, m: re.Match[str]) -> Period:
    h = _small(src, m, "h", message("a half-year 1 or 2"))
    y = _year(src, m, "y")
    return _built(src, m, {"year": "y", "half": "h"}, lambda: Period.half(y, h))


def _months_of_year(src: _Text, m: re.Match[str]) -> Period:
    """ "6 tháng đầu năm 2024": the first (đầu) or last (cuối) N months of a year."""
    n = _small(src, m, "n", message("a number of months 1–12"))
    if not 1 <= n <= 12:
        raise src.at(m, "n", message("a number of months 1–12"))
    y = _year(src, m, "y")
    first, last = (1, n) if m.group("side") == "dau" else (13 - n, 12)

    def make() -> Period:
        return Period(Period.month(y, first).start, Period.month(y, last).end)

    return _built(src, m, {"year": "y"}, make)


def _month(src: _Text, m: re.Match[str]) -> Period:
    y = _year(src, m, "y")
    if "mname" in m.groupdict():  # the pattern admits only babel's month names
        month = _english_months()[m.group("mname")]
    else:
        month = _small(src, m, "m", message("a month 1–12"))
    return _built(src, m, {"year": "y", "month": "m"}, lambda: Period.month(y, month))


def _year_only(src: _Text, m: re.Match[str]) -> Period:
    y = _year(src, m, "y")
    return _built(src, m, {"year": "y"}, lambda: Period.year(y))


def _years(src: _Text, m: re.Match[str]) -> Period:
    a, b = _year(src, m, "a"), _year(src, m, "b")
    if b <= a:
        raise src.at(m, "b", message("a last year after the first, {a}", a=str(a)))
    return _built(src, m, {"first": "a", "last": "b"}, lambda: Period.years(a, b))


def _date(src: _Text, m: re.Match[str], n: str) -> date:
    """The day of groups d<n>, m<n> (or mname<n>), y<n>; its whole span if it does not exist."""
    d = _small(src, m, f"d{n}", message("a day of the month 1–31"))
    if m.groupdict().get(f"mname{n}") is not None:
        month = _english_months()[m.group(f"mname{n}")]
    else:
        month = _small(src, m, f"m{n}", message("a month 1–12"))
        if not 1 <= month <= 12:
            raise src.at(m, f"m{n}", message("a month 1–12"))
    y = _year(src, m, f"y{n}")
    if not MIN_YEAR <= y <= MAX_YEAR:  # as Period says; date() itself fails for year 0
        expected = message("a whole year between {low} and {high}", low=MIN_YEAR, high=MAX_YEAR)
        raise src.at(m, f"y{n}", expected)
    days = calendar.monthrange(y, month)[1]
    if not 1 <= d <= days:
        expected = message(
            "a day of month {month} of {y}, which has days 1–{days}",
            month=str(month),
            y=str(y),
            days=str(days),
        )
        raise src.error(m.start(f"d{n}"), m.end(f"y{n}"), expected)
    return date(y, month, d)


def _day(src: _Text, m: re.Match[str]) -> Period:
    day = _date(src, m, "1")
    return _built(src, m, {"start": "y1"}, lambda: Period.day(day))


def _days(src: _Text, m: re.Match[str]) -> Period:
    first, last = _date(src, m, "1"), _date(src, m, "2")
    if last <= first:
        expected = message("a last day after the first, {first}", first=str(first))
        raise src.error(m.start("d2"), m.end("y2"), expected)
    return _built(src, m, {"start": "y1", "end": "y2"}, lambda: Period(first, last))


@cache
def _english_months() -> Mapping[str, int]:
    """English month names, wide and abbreviated, lower case, from babel's ``en`` data."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale="en").items():
            names[name.lower()] = number
    return MappingProxyType(names)


def _day_patterns(n: str, months: str) -> tuple[str, str]:
    """The Vietnamese "ngày D/M/YYYY" and English "D Month YYYY" patterns, groups ending *n*."""
    slash = rf"ngay\s+(?P<d{n}>\w+)\s*/\s*(?P<m{n}>\w+)\s*/\s*(?P<y{n}>\w+)"
    english = rf"(?P<d{n}>\d\w*)\s+(?P<mname{n}>{months})\.?\s+(?P<y{n}>\w+)"
    return slash, english


_Build = Callable[[_Text, re.Match[str]], Period]


@cache
def _forms() -> tuple[tuple[re.Pattern[str], _Build], ...]:
    """Each form's pattern over the folded key, in the order they are tried."""
    slash_or_nam = r"\s*(?:/\s*|\s+nam\s+)"
    dash = r"\s*[-–—]\s*"
    phase = r"(?:(?:giai doan|thoi ky)\s+)?"
    months = "|".join(sorted(_english_months(), key=len, reverse=True))
    vi1, en1 = _day_patterns("1", months)
    vi2, en2 = _day_patterns("2", months)
    words1 = r"ngay\s+(?P<d1>\w+)\s+thang\s+(?P<m1>\w+)\s+nam\s+(?P<y1>\w+)"
    forms: list[tuple[str, _Build]] = [
        (rf"quy\s+(?P<q>\w+){slash_or_nam}(?P<y>\w+)", _quarter),
        (r"q(?P<q>\d\w*)\s+(?P<y>\w+)", _quarter),
        (r"(?P<n>\w+)\s+thang\s+(?P<side>dau|cuoi)\s+nam\s+(?P<y>\w+)", _months_of_year),
        (r"h(?P<h>\d\w*)\s+(?P<y>\w+)", _half_en),
        (rf"thang\s+(?P<m>\w+){slash_or_nam}(?P<y>\w+)", _month),
        (rf"(?:tu\s+)?{vi1}{dash}{vi2}", _days),
        (rf"tu\s+{vi1}\s+den\s+{vi2}", _days),
        (rf"{en1}{dash}{en2}", _days),
        (rf"(?:(?:truoc|den|vao)\s+)?{vi1}", _day),
        (rf"(?:(?:truoc|den|vao)\s+)?{words1}", _day),
        (en1, _day),
        (rf"(?P<mname>{months})\.?\s+(?P<y>\w+)", _month),
        (rf"{phase}(?:nam\s+)?(?P<a>\w+){dash}(?:nam\s+)?(?P<b>\w+)", _years),
        (rf"{phase}tu\s+(?:nam\s+)?(?P<a>\w+)\s+den\s+(?:nam\s+)?(?P<b>\w+)", _years),
        (r"(?:(?:tam nhin\s+)?den\s+)?nam\s+(?P<y>\w+)", _year_only),
        (r"(?P<y>\d\w*)", _year_only),
    ]
    return tuple((re.compile(rf"\s*{p}\s*"), build) for p, build in forms)


#: Leading words of the Vietnamese forms and the shape each expects after them.
_KEYWORDS = (
    (re.compile(r"\s*quy\b"), message("a quarter I–IV and a four-digit year, as in 'Quý II/2024'")),
    (
        re.compile(r"\s*\w+\s+thang\s+(?:dau|cuoi)\b"),
        message("'năm' and a year, as in '6 tháng đầu năm 2024'"),
    ),
    (
        re.compile(r"\s*thang\b"),
        message("a month 1–12 and a four-digit year, as in 'tháng 6/2024'"),
    ),
    (
        re.compile(r"\s*(?:(?:truoc|den|vao|tu)\s+)?ngay\b"),
        message("a day written D/M/YYYY, as in 'ngày 30/6/2024'"),
    ),
    (
        re.compile(r"\s*(?:giai doan|thoi ky)\b"),
        message("two four-digit years, as in 'giai đoạn 2021-2025'"),
    ),
    (
        re.compile(r"\s*(?:tam nhin\s+)?den\s+nam\b|\s*nam\b"),
        message("a four-digit year, as in 'năm 2025'"),
    ),
)


def parse_period(text: str) -> Period:
    """Read a period as a plan writes it, in Vietnamese or English.

    Parameters
    ----------
    text : str
        A quarter ("Quý II/2024", "Quý 2/2024", "quý IV năm 2022", "Q2 2024"); a half-year
        or the first or last months of a year ("6 tháng đầu năm 2024", "6 tháng cuối năm
        2024", "H1 2024"); a month ("tháng 6/2024", "tháng 6 năm 2024", "June 2024"); a year
        ("năm 2025", "đến năm 2030", "tầm nhìn đến năm 2045", "2025"); a span of years
        ("giai đoạn 2021-2025", "thời kỳ 2021 - 2030", "2025-2045", "2021–2025"); a day
        ("ngày 30/6/2024", "trước ngày 30/6/2024", "ngày 14 tháng 10 năm 2023", "30 June
        2024"); or a span of days ("ngày 01/4/2024 – ngày 15/5/2024", "1 April 2024 – 15 May
        2024"). Case and diacritics are ignored.

    Returns
    -------
    Period
        "đến năm 2030" (by 2030) and "tầm nhìn đến năm 2045" (vision to 2045) are the year
        the target is due, like "năm 2030"; "trước ngày 30/6/2024" (before 30 June) is the
        deadline day itself.

    Raises
    ------
    ParseError
        If *text* is none of these forms, or a part of it is out of range: the error names
        the part (its span) and what was expected there.
    TypeError
        If *text* is not a string.

    Examples
    --------
    Thanh Hóa's appendix (132/KH-SYT) and An Giang's phases:

    >>> parse_period("Quý II/2024")
    Period(start=datetime.date(2024, 4, 1), end=datetime.date(2024, 6, 30))
    >>> str(parse_period("Giai đoạn 2021 - 2025")), str(parse_period("tầm nhìn đến năm 2045"))
    ('2021–2025', '2045')
    >>> parse_period("6 tháng đầu năm 2024").code, parse_period("H2 2024").code
    ('2024-H1', '2024-H2')
    >>> parse_period("trước ngày 30/6/2024").code
    '2024-06-30'
    >>> parse_period("Quý V/2024")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.ParseError: cannot read 'Quý V/2024' as a period at 4–5 ('V'): \
expected a quarter I, II, III or IV (or 1–4)
    >>> parse_period("năm 1800")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.ParseError: cannot read 'năm 1800' as a period at 4–8 ('1800'): \
expected a whole year between 1945 and 2100
    """
    if not isinstance(text, str):
        expected = message(
            "a string such as 'Quý II/2024' (got {type})", type=str(type(text).__name__)
        )
        raise WrongTypeError("parse_period", "text", text, expected)
    check_characters(text, _WHAT)
    src = _Text(text)
    if not src.key.strip():
        raise ParseError(text, _WHAT, 0, len(text), _FORMS_SHOWN)
    for pattern, build in _forms():
        match = pattern.fullmatch(src.key)
        if match:
            return build(src, match)
    raise _no_form(src)


def _no_form(src: _Text) -> ParseError:
    """The error for text no form reads: extra text after a period, or a form's bad tail."""
    key = src.key
    ends = [m.end() for p, build in _forms() if (m := p.match(key)) and _reads(src, m, build)]
    if ends:
        end = max(ends)
        head = src.text[: src.pos[end]].strip()
        return src.error(end, len(key), message("nothing after the period {head!r}", head=head))
    for keyword, shape in _KEYWORDS:
        m = keyword.match(key)
        if m:
            start = m.end() + len(key[m.end() :]) - len(key[m.end() :].lstrip())
            return src.error(start, len(key), shape)
    return src.error(0, len(key), _FORMS_SHOWN)


def _reads(src: _Text, match: re.Match[str], build: _Build) -> bool:
    """Tell whether the text *match* covers is a period by itself."""
    try:
        build(src, match)
    except ParseError:
        return False
    return True


# ---- writing ---------------------------------------------------------------------------------


def format_period(period: Period, lang: Lang = "vi") -> str:
    """Write *period* as a plan would, in Vietnamese or English.

    Parameters
    ----------
    period : Period
    lang : {"vi", "en"}
        Vietnamese ("Quý II/2024", "6 tháng đầu năm 2024", "tháng 6/2024", "năm 2025",
        "giai đoạn 2021–2025", "ngày 30/6/2024") or English ("Q2 2024", "H1 2024", "June
        2024", "2025", "2021–2025", "30 June 2024"). Any other span of days is written from
        day to day: "ngày 01/4/2024 – ngày 15/5/2024" / "1 April 2024 – 15 May 2024".
        Vietnamese days carry a leading zero for days 1–9 and months 1–2, as Decree
        30/2020/NĐ-CP prescribes for dates in administrative documents; month and English
        names come from babel's locale data.

    Returns
    -------
    str
        Text that :func:`parse_period` reads back as *period*.

    Raises
    ------
    TypeError
        If *period* is not a Period.
    ValueError
        If *lang* is neither "vi" nor "en".

    Examples
    --------
    The due dates of Thanh Hóa's appendix, rows 2 and 6:

    >>> from vnhealthplan import Period
    >>> format_period(Period.quarter(2024, 2)), format_period(Period.quarter(2024, 2), "en")
    ('Quý II/2024', 'Q2 2024')
    >>> format_period(Period.years(2025, 2045)), format_period(Period.years(2025, 2045), "en")
    ('giai đoạn 2025–2045', '2025–2045')
    >>> format_period(Period.half(2024, 1)), format_period(Period.month(2024, 6), "en")
    ('6 tháng đầu năm 2024', 'June 2024')
    >>> from datetime import date
    >>> odd = Period(date(2024, 4, 1), date(2024, 5, 15))
    >>> format_period(odd), format_period(odd, "en")
    ('ngày 01/4/2024 – ngày 15/5/2024', '1 April 2024 – 15 May 2024')
    >>> parse_period(format_period(odd)) == parse_period(format_period(odd, "en")) == odd
    True
    """
    if not isinstance(period, Period):
        raise WrongTypeError("format_period", "period", period, message("a Period"))
    language_code(lang, "format_period")
    return period_text(period, lang)
