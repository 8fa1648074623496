"""Task dates written in words, or after a due word only: "trước 30/6/2026", "chậm nhất ngày
30 tháng 6 năm 2026", "trong tháng 6 năm 2026", "Quý III năm 2026", "Thời gian thực hiện:
năm 2026"; and the span of days a campaign runs ("từ ngày 23/10 đến ngày 10/11/2024",
:func:`day_ranges`).

:func:`~.deadlines.find_periods` reads the dates plans write with slashes ("trước ngày
30/6/2024", "Quý II/2024", "tháng 6/2024"). Plans also write them in words, or drop "ngày"
after a due word, or give a task's time on a labelled line (:func:`worded_dates`). A date
in words after no such word ("ngày 5 tháng 6 năm 2026") is a document's date, not a task's,
and is not read here; a bare day ("30/6/2026") counts only after a word that makes it due
("trước", "chậm nhất", "hạn"), never after "đến" ("tính đến 30/6/2026" reports).

Examples
--------
>>> [(p.code, words) for p, words, _ in worded_dates("Báo cáo về Sở Y tế trước 30/6/2026.")]
[('2026-06-30', 'trước 30/6/2026')]
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from vnhealthplan.model.period import Period
from vnhealthplan.text import ParseError, parse_period

__all__ = ["day_ranges", "worded_dates"]

Span = tuple[int, int]

_DUE: Final = r"(?:trước|chậm nhất(?:[ \t]+là)?|hạn(?:[ \t]+chót)?|hoàn thành(?:[ \t]+trước)?)"
_WHEN: Final = r"(?:trong|vào|đến hết|hết|cuối)"
_YEAR: Final = r"(?:19|20)\d\d"
#: A due word, then a bare day, a day in words, a month or a quarter written with "năm".
_WORDED: Final = re.compile(
    rf"(?i)(?<!\w)(?P<pre>{_DUE}|{_WHEN})[ \t]+(?:"
    rf"(?P<bare>\d{{1,2}}[ \t]*/[ \t]*\d{{1,2}}[ \t]*/[ \t]*{_YEAR})(?![\d/])"
    rf"|(?P<day>ngày[ \t]+\d{{1,2}}[ \t]+tháng[ \t]+\d{{1,2}}[ \t]+năm[ \t]+{_YEAR})"
    rf"|(?P<core>tháng[ \t]+\d{{1,2}}[ \t]+năm[ \t]+{_YEAR}"
    rf"|quý[ \t]+(?:I{{1,3}}|IV|[1-4])[ \t]+năm[ \t]+{_YEAR}))(?!\d)"
)
#: A task's time on a labelled line: "Thời gian thực hiện: năm 2026", "Thời gian: 2026 - 2027".
_LABELLED: Final = re.compile(
    r"(?im)^[ \t\-+*•]*thời gian(?:[ \t]+(?:thực hiện|hoàn thành|triển khai))?[ \t]*:[ \t]*"
    rf"(?P<core>(?:(?:từ[ \t]+)?năm[ \t]+)?{_YEAR}"
    rf"(?:[ \t]*(?:[-–]|đến)[ \t]*(?:năm[ \t]+)?{_YEAR})?)"
    r"[ \t]*[.;]?[ \t]*$"
)


def _parsed(words: str) -> Period | None:
    try:
        return parse_period(words)
    except ParseError:
        return None


def worded_dates(text: str) -> list[tuple[Period, str, Span]]:
    """The task dates of *text* written in words or after a due word only (see the module
    notes): each as its period, its words (with the word before) and their span.

    Examples
    --------
    >>> [(p.code, w) for p, w, _ in worded_dates("Hoàn thành chậm nhất ngày 30 tháng 6 năm 2026.")]
    [('2026-06-30', 'chậm nhất ngày 30 tháng 6 năm 2026')]
    >>> [p.code for p, _, _ in worded_dates("- Thời gian thực hiện: năm 2026.")]
    ['2026']
    >>> worded_dates("Hà Nội, ngày 5 tháng 6 năm 2026")
    []
    >>> worded_dates("Tính đến 30/6/2026, toàn tỉnh có 98 ca.")
    []
    """
    found: list[tuple[Period, str, Span]] = []
    for m in _WORDED.finditer(text):
        bare, day, core = m.group("bare"), m.group("day"), m.group("core")
        due = re.match(_DUE, m.group("pre"), re.IGNORECASE) is not None
        if (bare or day) and not due:
            continue
        period = _parsed("ngày " + bare if bare else day or core)
        if period is not None:
            found.append((period, m.group(), m.span()))
    for m in _LABELLED.finditer(text):
        period = _parsed(m.group("core"))
        if period is not None:
            found.append((period, m.group("core"), m.span("core")))
    return sorted(found, key=lambda f: f[2])


#: A span of days, the first with or without its year: "từ ngày 23/10 đến ngày 10/11/2024",
#: "từ 01/6/2024 đến hết ngày 30/6/2024", "từ ngày 15/12 - 15/01/2025".
_RANGE: Final = re.compile(
    r"(?i)(?<!\w)từ[ \t]+(?:ngày[ \t]+)?(?P<d1>\d{1,2})[ \t]*/[ \t]*(?P<m1>\d{1,2})"
    rf"(?:[ \t]*/[ \t]*(?P<y1>{_YEAR}))?[ \t]*(?:đến|[-–])[ \t]*(?:hết[ \t]+)?(?:ngày[ \t]+)?"
    rf"(?P<d2>\d{{1,2}})[ \t]*/[ \t]*(?P<m2>\d{{1,2}})[ \t]*/[ \t]*(?P<y2>{_YEAR})(?![\d/])"
)


def day_ranges(text: str) -> list[tuple[Period, str, Span]]:
    """The spans of days *text* writes "từ (ngày) D/M đến (ngày) D/M/YYYY", each as its
    period, its words and their span; the first day without a year is in the last day's
    year, or the year before when it falls after the last day in the calendar.

    Examples
    --------
    >>> [(p.code, w) for p, w, _ in day_ranges("Tiêm vắc xin từ ngày 23/10 đến ngày 10/11/2024.")]
    [('2024-10-23/2024-11-10', 'từ ngày 23/10 đến ngày 10/11/2024')]
    >>> [p.code for p, _, _ in day_ranges("Chiến dịch từ 15/12 - 15/01/2025")]
    ['2024-12-15/2025-01-15']
    >>> day_ranges("từ ngày 32/10 đến ngày 10/11/2024")
    []
    """
    found = []
    for m in _RANGE.finditer(text):
        last_year = int(m.group("y2"))
        month, day = int(m.group("m1")), int(m.group("d1"))
        first_year = int(m.group("y1") or last_year)
        if not m.group("y1") and (month, day) > (int(m.group("m2")), int(m.group("d2"))):
            first_year -= 1
        try:
            first = date(first_year, month, day)
            last = date(last_year, int(m.group("m2")), int(m.group("d2")))
            period = Period(first, last)
        except ValueError:  # no such day, or the first after the last
            continue
        found.append((period, m.group(), m.span()))
    return found
