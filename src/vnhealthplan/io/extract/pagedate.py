"""A news page's own date, and the periods its text dates by it.

A news portal prints when an item was posted near its top ("Cập nhật: 18:42, 04/09/2024
(GMT+7)", "Cập nhật lúc 00:27, Thứ Hai, 13/07/2020 (GMT+7)"): the item's present. A careful
reader uses it two ways (docs/labelling.rst "Deadlines"):

* a date that ended before the page was posted ("Đến cuối tháng 6/2024, trên địa bàn tỉnh
  có …" on a page of 04/09/2024) tells what was: never a deadline (:func:`before_page`);
* a period written relative to it ("những tháng cuối năm nay ngành sẽ thực hiện …",
  "trong năm tới sẽ …") is the page's year's, and a deadline when words looking ahead
  ("sẽ", "phấn đấu", "tập trung", "kế hoạch", "dự kiến") govern it
  (:func:`relative_deadlines`).

The update line counts first; without one, the earliest date printed with a time near the
top ("Xã hội 19:48, 02/08/2019 GMT+7" under the portal's "Thứ 5, 20/11/2025 03:23:56", the
day it was read). A portal's line of today's date alone ("Chủ nhật, Ngày 27/10/2024" over a
plan of 2022) is when the page was read, not written: no date.

Examples
--------
>>> text = "Tin tức\\nCập nhật: 18:42, 04/09/2024 (GMT+7)\\nĐến cuối tháng 6/2024, tỉnh có …"
>>> page_date(text)
datetime.date(2024, 9, 4)
>>> from vnhealthplan import Period
>>> before_page(Period.month(2024, 6), page_date(text))
True
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from vnhealthplan.io.extract.planyear import is_plan_year, plan_year
from vnhealthplan.model.period import Period

__all__ = ["before_page", "page_date", "relative_deadlines"]

Span = tuple[int, int]

#: The update line of a news page, near its top.
_UPDATED: Final = re.compile(
    r"(?i)cập nhật(?:[ \t]+lúc)?[ \t]*:?[ \t]*\d{1,2}[:h]\d{2}[ \t]*,?[ \t]*"
    r"(?:(?:thứ[ \t]+\w+|chủ nhật)[ \t]*,[ \t]*)?(?:ngày[ \t]+)?"
    r"(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d\d)(?!\d)"
)
#: A page's time stamp: a date and a time side by side ("Xã hội 19:48, 02/08/2019 GMT+7",
#: "Thứ 6, 02/08/2019 | 19:48:00", "- 15:27 - 21/12/2022", "17/09/2015 - 04:30").
_DATE: Final = r"(?<![\d/.\-])(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d\d)(?![\d/.\-])"
_TIME: Final = r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
_STAMP: Final = re.compile(
    rf"{_TIME}[ \t]*[,|\-–][ \t]*(?:(?:thứ[ \t]+\w+|chủ nhật)[ \t]*,?[ \t]*)?{_DATE}"
    rf"|{_DATE}[ \t]*[,|\-–]?[ \t]*{_TIME}",
    re.IGNORECASE,
)
#: How far into the page its update line is looked for.
_TOP: Final = 600
#: A period written relative to the page's year.
_RELATIVE: Final = re.compile(
    r"(?i)(?<!\w)(?:(?:những|các)[ \t]+)?(?:(?P<half>\d[ \t]+tháng|tháng)[ \t]+"
    r"(?P<part>đầu|cuối)[ \t]+)?năm[ \t]+(?P<which>nay|tới|sau)(?!\w)"
)
#: Several years ahead, not the next one: "10 năm tới", "những năm tới", "vài năm sau".
_SEVERAL: Final = re.compile(
    r"(?i)(?:\d|(?<!\w)(?:những|các|vài|mấy|nhiều))[ \t]+năm[ \t]+(?:tới|sau|nay)(?!\w)"
)
#: Words that look ahead, in the relative period's sentence.
_AHEAD: Final = re.compile(
    r"(?i)(?<!\w)(?:sẽ|phấn đấu|tập trung|kế hoạch|dự kiến|mục tiêu|chỉ tiêu|cần|phải)(?!\w)"
)
_CLAUSE: Final = re.compile(r"[.!?;\n]")
#: How far either side of a relative period its clause is read, at most.
_CLAUSE_CHARS: Final = 200


def page_date(text: str) -> date | None:
    """The date of the update line near the top of *text*, if it has one.

    Examples
    --------
    >>> page_date("Cập nhật lúc 00:27, Thứ Hai, 13/07/2020 (GMT+7)")
    datetime.date(2020, 7, 13)
    >>> page_date("Chủ nhật, Ngày 27/10/2024") is None
    True

    Without an update line, the earliest time stamp near the top: the page was posted
    then, and read later (a portal prints the day it was read with its time too).

    >>> page_date("Thứ 5, 20/11/2025 03:23:56 GMT+7\\nXã hội 19:48, 02/08/2019 GMT+7\\n")
    datetime.date(2019, 8, 2)
    """
    m = _UPDATED.search(text, 0, _TOP)
    if m is not None:
        return _day(*m.groups())
    stamped = [_day(*(g for g in s.groups() if g)) for s in _STAMP.finditer(text, 0, _TOP)]
    days = [d for d in stamped if d is not None]
    return min(days) if days else None


def _day(day: str, month: str, year: str) -> date | None:
    if not is_plan_year(year):  # a historical date stamps no page of a plan
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def before_page(period: Period, posted: date | None) -> bool:
    """Whether *period* ended before the page was posted (False when no date is known).

    Examples
    --------
    >>> from datetime import date
    >>> before_page(Period.year(2024), date(2024, 9, 4))
    False
    """
    return posted is not None and period.end < posted


def relative_deadlines(text: str, posted: date | None) -> list[tuple[Period, str, Span]]:
    """The periods written relative to the page's year ("những tháng cuối năm nay",
    "năm tới") that words looking ahead govern, in their clause; none without a date.

    Examples
    --------
    >>> from datetime import date
    >>> text = "Những tháng cuối năm nay, ngành sẽ mở rộng đối tượng tham gia BHYT."
    >>> [(quote, p.code) for p, quote, _ in relative_deadlines(text, date(2020, 7, 13))]
    [('Những tháng cuối năm nay', '2020-H2')]
    >>> relative_deadlines("Năm nay, tỉnh ghi nhận 33 ổ dịch.", date(2025, 11, 1))
    []
    """
    if posted is None:
        return []
    found: list[tuple[Period, str, Span]] = []
    for m in _RELATIVE.finditer(text):
        if m.group("half") is None and _SEVERAL.search(text, max(0, m.start() - 8), m.end()):
            continue  # "trong vòng 10 năm tới", "những năm tới": years, not the next one
        start = _last_stop(text, m.start())
        stop = _CLAUSE.search(text, m.end(), m.end() + _CLAUSE_CHARS)
        end = stop.start() if stop else min(len(text), m.end() + _CLAUSE_CHARS)
        if not _AHEAD.search(text, start, end):
            continue
        year = posted.year + (0 if m.group("which").lower() == "nay" else 1)
        period = _relative_period(year, m.group("half"), m.group("part"))
        if period is not None:
            found.append((period, m.group(), m.span()))
    return found


def _last_stop(text: str, at: int) -> int:
    """Where the clause before *at* starts: after its last stop, within the clause's reach."""
    low = max(0, at - _CLAUSE_CHARS)
    stops = [s.end() for s in _CLAUSE.finditer(text, low, at)]
    return stops[-1] if stops else low


def _relative_period(year: int, months: str | None, part: str | None) -> Period | None:
    """The year, or its first or last 6 or 3 months ("những tháng cuối năm": the last 6)."""
    if part is None or plan_year(year) is None:  # the year after 2100: none a plan sets
        return plan_year(year)
    first = part.lower() == "đầu"
    if months is None or not months[0].isdigit() or months.startswith("6"):
        return Period.half(year, 1 if first else 2)
    if months.startswith("3"):
        return Period.quarter(year, 1 if first else 4)
    return None
