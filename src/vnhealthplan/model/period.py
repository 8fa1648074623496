"""Periods of time as plans name them: a year, a quarter, a half-year, a span of years.

Examples
--------
Thanh Hóa's appendix is due "Quý II/2024" (second quarter of 2024):

>>> from datetime import date
>>> due = Period.quarter(2024, 2)
>>> due
Period(start=datetime.date(2024, 4, 1), end=datetime.date(2024, 6, 30))
>>> date(2024, 5, 15) in due
True
>>> due.is_past(date(2024, 7, 1))
True
"""

from __future__ import annotations

import calendar
import numbers
import re
from datetime import date
from typing import Any, Self

import attrs

from vnhealthplan.core import checks
from vnhealthplan.core.checks import MAX_YEAR, MIN_YEAR, as_date, fail, year_date
from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.messages import message

__all__ = ["Period"]


def _check_order(inst: Period, attribute: attrs.Attribute[Any], value: date) -> None:
    if isinstance(value, date) and value < inst.start:
        fail(
            inst,
            attribute,
            value,
            message("a date on or after start {start}", start=inst.start.isoformat()),
        )


def _year(y: Any, what: str = "year") -> int:
    if isinstance(y, bool) or not isinstance(y, numbers.Integral):  # "2024", 2024.0, None
        checks.year(y, "Period", what)  # raises WrongTypeError
    if not MIN_YEAR <= int(y) <= MAX_YEAR:
        raise ValidationError(
            "Period",
            what,
            y,
            message("a whole year between {low} and {high}", low=MIN_YEAR, high=MAX_YEAR),
        )
    return int(y)


@attrs.frozen(order=True)
class Period:
    """A closed span of calendar days, from *start* to *end* inclusive.

    Use the constructors :meth:`year`, :meth:`years`, :meth:`quarter`, :meth:`half` and
    :meth:`month` for the ways plans write periods.

    Parameters
    ----------
    start, end : datetime.date
        First and last day, in the years 1945–2100, ``start <= end``.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For dates outside 1945–2100 or an end before the start.

    Examples
    --------
    An Giang's plan has phases "Giai đoạn 2021 - 2025" and "Giai đoạn 2026 - 2030":

    >>> first, second = Period.years(2021, 2025), Period.years(2026, 2030)
    >>> first < second, first.overlaps(second)
    (True, False)
    >>> str(first)
    '2021–2025'
    >>> Period.year(1800)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: Period.year: got 1800; expected a whole year between \
1945 and 2100
    """

    start: date = attrs.field(validator=year_date())
    end: date = attrs.field(validator=[year_date(), _check_order])

    @classmethod
    def year(cls, year: int) -> Self:
        """The calendar year *year*, e.g. "năm 2025" or "đến năm 2030".

        Examples
        --------
        >>> Period.year(2030).end
        datetime.date(2030, 12, 31)
        """
        y = _year(year)
        return cls(date(y, 1, 1), date(y, 12, 31))

    @classmethod
    def years(cls, first: int, last: int) -> Self:
        """The years *first* to *last* inclusive, e.g. "giai đoạn 2021-2025".

        Examples
        --------
        >>> Period.years(2024, 2025)  # the unattributed plan's budget period
        Period(start=datetime.date(2024, 1, 1), end=datetime.date(2025, 12, 31))
        """
        a, b = _year(first, "first"), _year(last, "last")
        if b < a:
            raise ValidationError(
                "Period", "last", last, message("a year on or after {year}", year=a)
            )
        return cls(date(a, 1, 1), date(b, 12, 31))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Self:
        """Quarter 1–4 of *year*, e.g. "Quý IV/2022".

        Examples
        --------
        >>> Period.quarter(2022, 4).end
        datetime.date(2022, 12, 31)
        """
        y = _year(year)
        if type(quarter) is not int or quarter not in (1, 2, 3, 4):
            raise ValidationError("Period", "quarter", quarter, message("a quarter 1, 2, 3 or 4"))
        first_month = 3 * quarter - 2
        return cls(date(y, first_month, 1), _month_end(y, first_month + 2))

    @classmethod
    def half(cls, year: int, half: int) -> Self:
        """Half 1 or 2 of *year*, e.g. "6 tháng đầu năm 2024" is ``half(2024, 1)``.

        Examples
        --------
        >>> Period.half(2024, 1).end
        datetime.date(2024, 6, 30)
        """
        y = _year(year)
        if type(half) is not int or half not in (1, 2):
            raise ValidationError("Period", "half", half, message("a half-year 1 or 2"))
        return cls(date(y, 6 * half - 5, 1), _month_end(y, 6 * half))

    @classmethod
    def month(cls, year: int, month: int) -> Self:
        """Month 1–12 of *year*.

        Examples
        --------
        >>> Period.month(2024, 2).end
        datetime.date(2024, 2, 29)
        """
        y = _year(year)
        if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
            raise ValidationError("Period", "month", month, message("a month 1–12"))
        return cls(date(y, month, 1), _month_end(y, month))

    @classmethod
    def day(cls, day: date) -> Self:
        """The single day *day*, e.g. a deadline "trước ngày 30/6/2024".

        Examples
        --------
        >>> Period.day(date(2024, 6, 30)).start
        datetime.date(2024, 6, 30)
        """
        return cls(day, day)

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read the compact form written by :attr:`code` (the plan-file format).

        Accepted: ``"2024"``, ``"2021-2025"`` (or with an en dash), ``"2024-Q2"``,
        ``"2024-H1"``, ``"2024-06"``, ``"2024-06-30"`` and ``"START/END"`` with ISO dates.
        Vietnamese phrases ("Quý II/2024") belong to the text layer.

        Raises
        ------
        vnhealthplan.errors.ValidationError
            If *text* has none of these forms (the message shows them), or names a day that
            does not exist.

        Examples
        --------
        >>> Period.parse("2024-Q2") == Period.quarter(2024, 2)
        True
        >>> Period.parse("2021–2025").code
        '2021-2025'
        >>> Period.parse("Q2/2024")
        Traceback (most recent call last):
        ...
        vnhealthplan.errors.ValidationError: Period.parse.text: got 'Q2/2024'; expected one of \
YYYY, YYYY-YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD
        """
        if not isinstance(text, str):
            expected = message(
                "a string such as '2024-Q2' (got {type})", type=str(type(text).__name__)
            )
            raise WrongTypeError("Period.parse", "text", text, expected)
        clean = text.strip().replace("–", "-")
        for pattern, build in _FORMS:
            match = pattern.fullmatch(clean)
            if match:
                try:
                    return cls(*build(*(int(g) for g in match.groups())))
                except ValidationError:
                    raise
                except ValueError:  # e.g. 2024-02-30
                    expected = message("a date of the calendar (day, month and year)")
                    raise ValidationError("Period.parse", "text", text, expected) from None
        if "/" in clean:
            start, _, end = clean.partition("/")
            try:
                return cls(date.fromisoformat(start), date.fromisoformat(end))
            except ValueError:
                pass
        expected = message("one of {forms}", forms=message(_FORM_NAMES))
        raise ValidationError("Period.parse", "text", text, expected)

    @property
    def code(self) -> str:
        """The compact form that :meth:`parse` reads back.

        Examples
        --------
        >>> [p.code for p in (Period.year(2030), Period.years(2021, 2025),
        ...                   Period.quarter(2024, 2), Period.half(2024, 1))]
        ['2030', '2021-2025', '2024-Q2', '2024-H1']
        """
        s, e = self.start, self.end
        whole_years = (s.month, s.day, e.month, e.day) == (1, 1, 12, 31)
        if whole_years:
            return str(s.year) if s.year == e.year else f"{s.year}-{e.year}"
        if s.year == e.year and s.day == 1 and e == _month_end(e.year, e.month):
            months = (s.month, e.month)
            if months[1] - months[0] == 2 and months[0] % 3 == 1:
                return f"{s.year}-Q{(months[0] + 2) // 3}"
            if months[1] - months[0] == 5 and months[0] in (1, 7):
                return f"{s.year}-H{(months[0] + 5) // 6}"
            if months[0] == months[1]:
                return f"{s.year}-{s.month:02d}"
        if s == e:
            return s.isoformat()
        return f"{s.isoformat()}/{e.isoformat()}"

    @property
    def first_year(self) -> int:
        """The year of :attr:`start`."""
        return self.start.year

    @property
    def last_year(self) -> int:
        """The year of :attr:`end`: the year a target set for this period is due.

        Examples
        --------
        >>> Period.years(2021, 2025).last_year
        2025
        """
        return self.end.year

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        """Tell whether the two periods share at least one day.

        Examples
        --------
        Thanh Hóa's appendix: "Quý IV/2022" falls within "2021-2025", not in "Quý II/2024":

        >>> from vnhealthplan import plans
        >>> q4_2022, q2_2024, years = (a.due for a in plans.load("thanh-hoa-2023").assignments[:3])
        >>> q4_2022.overlaps(years), q4_2022.overlaps(q2_2024)
        (True, False)
        """
        return self.start <= other.end and other.start <= self.end

    def is_past(self, on: date) -> bool:
        """Tell whether the period ended before the day *on*.

        Examples
        --------
        Thanh Hóa's plan, issued 14/10/2023, lists a task due "Quý IV/2022":

        >>> from vnhealthplan import plans
        >>> plan = plans.load("thanh-hoa-2023")
        >>> [a.due.is_past(plan.document.issued) for a in plan.assignments[:2]]
        [True, False]

        *on* may be a date, a datetime (an aware one is taken in Vietnam's time), a pandas
        Timestamp or a NumPy datetime64; text is refused:

        >>> plan.assignments[0].due.is_past("2023-10-14")
        Traceback (most recent call last):
        ...
        vnhealthplan.errors.WrongTypeError: Period.is_past.on: got '2023-10-14'; expected a \
datetime.date (got str; read text with date.fromisoformat)
        """
        day = as_date(on, "Period.is_past", "on")
        return self.end < day

    def measured_from(self, issued: int | None = None) -> int:
        """The year a change over this period is measured from (the one rule of
        :attr:`Target.start_year <vnhealthplan.Target.start_year>` and of a targets frame's
        start years in :func:`vnhealthplan.gaps.gaps_frame`).

        A period of several years is measured from the year before it ("2021–2025": 2020,
        as plans write "so với năm 2020"); a period within one year from the year *issued*
        (its document's year) when that is earlier, else from its own year.

        Examples
        --------
        An Giang's plan of 2018: its private hospitals by 2021–2025 are measured from 2020,
        its geriatrics departments by 2020 from 2018, the year the plan was issued:

        >>> from vnhealthplan import plans
        >>> an_giang = plans.load("an-giang-2018")
        >>> issued = an_giang.document.issued.year
        >>> private = an_giang.targets_for("private_hospitals")[0].period
        >>> geriatrics = an_giang.targets_for("hospitals_with_geriatrics_department")[0].period
        >>> str(private), private.measured_from(issued)
        ('2021–2025', 2020)
        >>> str(geriatrics), geriatrics.measured_from(issued), geriatrics.measured_from()
        ('2020', 2018, 2020)
        """
        first = self.first_year
        if first < self.last_year:
            return first - 1
        return first if issued is None else min(first, issued)

    def __str__(self) -> str:
        if self.start == date(self.start.year, 1, 1) and self.end == date(self.end.year, 12, 31):
            if self.start.year == self.end.year:
                return str(self.start.year)
            return f"{self.start.year}–{self.end.year}"
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _quarter(y: int, q: int) -> tuple[date, date]:
    p = Period.quarter(y, q)
    return p.start, p.end


def _half(y: int, h: int) -> tuple[date, date]:
    p = Period.half(y, h)
    return p.start, p.end


def _month(y: int, m: int) -> tuple[date, date]:
    p = Period.month(y, m)
    return p.start, p.end


def _years(a: int, b: int) -> tuple[date, date]:
    p = Period.years(a, b)
    return p.start, p.end


def _day(y: int, m: int, d: int) -> tuple[date, date]:
    return date(y, m, d), date(y, m, d)


_FORMS = (
    (re.compile(r"(\d{4})"), lambda y: _years(y, y)),
    (re.compile(r"(\d{4}) ?- ?(\d{4})"), _years),
    (re.compile(r"(\d{4})-Q(\d)"), _quarter),
    (re.compile(r"(\d{4})-H(\d)"), _half),
    (re.compile(r"(\d{4})-(\d{2})"), _month),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), _day),
)
_FORM_NAMES = "YYYY, YYYY-YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD"
