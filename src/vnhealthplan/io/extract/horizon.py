"""The year an undated plan's goals are due by, read from the goals it does date.

A portal or news report of a plan often starts inside its article: no title, no number, no
date. Its list of goals dates most items ("… đạt 85% vào năm 2025", "… dưới 1/100.000 dân
vào năm 2025") and leaves a few bare: the general goal's "90% người nhiễm HIV biết được
tình trạng …", "… đạt ít nhất 95% qua các năm". A careful reader gives those the year the
plan's goals are due by: the year to reach ("vào năm", "đến năm", "tới năm", "trong năm"
Y, or a share's "92% năm 2025") the text writes most often, when one year outnumbers every
other and is written at least twice (a tie names no horizon). A year of a document the
plan carries out ("thực hiện Chiến lược … đến năm 2030", :mod:`.cited`) does not count.

A text that dates no goal at all but measures them against a base year ("tăng 10% so với
năm 2019") is a plan of the year after its latest base year, at the earliest: an annual
plan compares with the year before it.

Both are the last resort of :func:`~vnhealthplan.io.extract.candidate.value_year` (a
figure's own, its sentence's, its paragraph's, its section's, the title's and the issue
year come first), for texts with none of those. The text is read once: linear.

Examples
--------
>>> text = ("Mục tiêu 90-90-90 (90% người nhiễm HIV biết tình trạng).\\n"
...         "- Tỷ lệ tiếp cận dự phòng đạt 85% vào năm 2025.\\n"
...         "- Tỷ lệ điều trị đạt 50% vào năm 2025.")
>>> goals_year(text).period.code
'2025'
>>> goals_year("80% bà mẹ được sàng lọc; tăng 10% so với năm 2019 tỷ lệ khám.").period.code
'2020'
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from vnhealthplan.io.extract.cited import cited
from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.segment import YearMark
from vnhealthplan.model.period import Period

__all__ = ["another_goals", "goals_year"]

#: A year to reach ("vào năm 2025", "đến hết năm 2025"), not a span's start ("năm 2021 -
#: 2025"), not "tính đến năm 2019" (a date things are counted to); or a share's own year
#: ("đạt 92% năm 2025").
_DUE: Final = re.compile(
    r"(?:(?<!tính )(?<!\w)(?:vào|đến|tới|trong)[ \t]+(?:hết[ \t]+|cuối[ \t]+)?"
    r"|\d[ \t]*%[ \t]+)năm[ \t]+((?:19|20)\d\d)(?!\d)(?![ \t]*[-–][ \t]*\d)"
)
#: A base year goals are measured against.
_BASE: Final = re.compile(r"(?<!\w)so với[ \t]+(?:cùng kỳ[ \t]+)?năm[ \t]+((?:19|20)\d\d)(?!\d)")
#: Any year written: a text that writes one other than its base years is dated otherwise.
_ANY_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def goals_year(text: str) -> YearMark | None:
    """The year an undated text's goals are due by (see the module notes), or None.

    Examples
    --------
    >>> goals_year("Đạt 90% vào năm 2025; 95% vào năm 2030.") is None  # a tie
    True
    >>> goals_year("Tỷ lệ điều trị đạt 90%.") is None
    True
    """
    counts: Counter[int] = Counter()
    first: dict[int, tuple[int, int]] = {}
    for found in _DUE.finditer(text):
        period = plan_year(found.group(1))
        if period is None:
            continue
        mark = YearMark(period, found.span(1))
        if cited(text, mark):
            continue
        counts[mark.period.last_year] += 1
        first.setdefault(mark.period.last_year, found.span(1))
    if counts:
        (year, times), *rest = counts.most_common(2)
        if times < 2 or (rest and rest[0][1] == times):
            return None
        return YearMark(Period.year(year), first[year])
    return _after_base(text)


#: A clause break, then words that open another goal: "(90% …; 90% …), hướng tới mục tiêu
#: chấm dứt bệnh AIDS vào năm 2030", "dưới 0,3%, tiến tới chấm dứt AIDS vào năm 2030".
_ANOTHER_GOAL: Final = re.compile(
    r"[,)][ \t]*(?:và[ \t]+)?(?:hướng tới|tiến tới|nhằm|góp phần|để)(?!\w)", re.IGNORECASE
)


def another_goals(text: str, value_end: int, year_start: int) -> bool:
    """Whether a year written after a value, at *year_start*, ends another goal's clause
    (a clause break, then "hướng tới", "tiến tới", "nhằm", "góp phần" or "để" between
    them): that goal's year, not the value's.

    Examples
    --------
    >>> text = "(90% người nhiễm HIV biết), hướng tới chấm dứt AIDS vào năm 2030."
    >>> another_goals(text, 3, text.index("2030"))
    True
    >>> text = "đạt mục tiêu 90-90-90 (90% người nhiễm HIV biết) vào năm 2020."
    >>> another_goals(text, 26, text.index("2020"))
    False
    """
    return _ANOTHER_GOAL.search(text, value_end, year_start) is not None


def _after_base(text: str) -> YearMark | None:
    """The year after the latest base year, if the text writes no other year."""
    bases = list(_BASE.finditer(text))
    if not bases:
        return None
    written = {m.start() for m in _ANY_YEAR.finditer(text)}
    if written != {m.start(1) for m in bases}:
        return None
    latest = max(bases, key=lambda m: int(m.group(1)))
    period = plan_year(int(latest.group(1)) + 1)
    return None if period is None else YearMark(period, latest.span(1))
