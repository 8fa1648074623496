"""A figure's own year or period, written right after it.

Plans that set one indicator for two deadlines write each figure's year after it: "chiều
cao trung bình đạt 167,5cm (năm 2025) và 169cm (năm 2030)", "quản lý 70% số hộ trong giai
đoạn 2022 - 2025; trên 90% trong giai đoạn 2026 - 2030", "30 giường bệnh/vạn dân năm 2025
và 32 giường bệnh/vạn dân đến năm 2030". Such a year is that figure's own: it wins over the
years before it in the sentence, the section's and the title's. It is read when it follows
the figure, in brackets ("(năm 2025)", "(2025)") or as "năm Y", "vào/đến/tới/trong năm Y",
"(trong) giai đoạn Y1 - Y2", with at most a few words and no other figure, year or clause
end (",", ";", ":", ".") between: "đạt 95% dân số tham gia vào năm 2025". A year compared
with ("so với năm 2020"), measured at ("cuối năm 2023"), of a document carried out, or one
leading the next figure ("91,75%, năm 2023 là 92,5%") is not read. Each look is bounded:
constant time per figure.

Examples
--------
>>> text = "chiều cao đạt 167,5cm (năm 2025) và 169cm (năm 2030)"
>>> own_year(text, text.index("cm (") + 2).period.code
'2025'
>>> own_year(text, len(text) - len(" (năm 2030)")).period.code
'2030'
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.cited import cited
from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.segment import YearMark, year_marks

__all__ = ["own_year"]

#: A year in brackets right after the figure: "(năm 2025)", "(2025)".
_BRACKETED: Final = re.compile(r"[ \t]*\([ \t]*(?:năm[ \t]+)?((?:19|20)\d\d)[ \t]*\)")
#: How far after the figure its year may stand.
_REACH: Final = 60
#: What ends the figure's clause, or another figure, before its year.
_STOP: Final = re.compile(r"[,;:!?\n]|\.(?:\s|$)|\d")
#: A year that leads the next figure ("năm 2022 là 91,75%, năm 2023 là 92,5%").
_LEADS_NEXT: Final = re.compile(r"[ \t]*(?:(?:là|đạt|có)[ \t]+|:[ \t]*)?\d", re.IGNORECASE)
#: Words that lead a year of the figure's own ("năm 2025", "trong giai đoạn 2026 - 2030").
_LEADS: Final = re.compile(r"(?<!\w)(?:năm|giai[ \t]+đoạn)[ \t]+$", re.IGNORECASE)


def own_year(text: str, end: int) -> YearMark | None:
    """The year or period written after a figure ending at *end* (see the module notes).

    Examples
    --------
    >>> text = "trên 90% trong giai đoạn 2026 - 2030."
    >>> own_year(text, text.index("%") + 1).period.code
    '2026-2030'
    >>> text = "đạt 95% dân số tham gia vào năm 2025"
    >>> own_year(text, text.index("%") + 1).period.code
    '2025'
    >>> text = "đạt 80%, tăng 5% so với năm 2020"
    >>> own_year(text, text.index("%") + 1) is None
    True
    >>> text = "năm 2022 là 91,75%, năm 2023 là 92,5%"
    >>> own_year(text, text.index("%") + 1) is None
    True
    >>> text = "giảm 20% so với năm 2020"
    >>> own_year(text, text.index("%") + 1) is None
    True
    """
    bracketed = _BRACKETED.match(text, end)
    if bracketed:
        period = plan_year(bracketed.group(1))  # "(năm 1990)": no year a plan sets
        return None if period is None else YearMark(period, bracketed.span())
    limit = min(len(text), end + _REACH)
    stop = _STOP.search(text, end, limit)
    if stop is None or not text[stop.start()].isdigit():
        return None
    marks = year_marks(text, end, limit)
    if not marks or marks[0].span[0] > stop.start() or marks[0].span[1] <= stop.start():
        return None
    mark = marks[0]
    if mark.reference or cited(text, mark) or not _LEADS.search(text, end, stop.start()):
        return None
    if _LEADS_NEXT.match(text, mark.span[1]):
        return None
    return mark
