"""Dates that give a status figure its year: "9/2025 phát hiện 114 người", "tính đến 30/9/2025".

News and reports date their running counts by a month or a day rather than by "năm": "tính
đến tháng 9/2025, toàn tỉnh có …", "đến 30/6/2024 đã quản lý …", "và 9/2025 phát hiện 114
người", "quý III/2025 ghi nhận …". The year reader of targets (:func:`.segment.year_marks`)
leaves such dates to the deadline reader; a status figure takes its year from them like
from "năm 2025". A date that belongs to a document's number ("Kế hoạch số 12/KH-UBND ngày
5/3/2020") is the date of a reference, not of a figure, and is passed over.

Examples
--------
>>> text = "Năm 2024 có 185; và 9/2025 phát hiện 114 người."
>>> [(m.period.code, text[slice(*m.span)]) for m in dated_marks(text, 0, len(text))]
[('2025', '9/2025')]
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.segment import YearMark

__all__ = ["dated_marks"]

#: A month or a day and month before a year ("9/2025", "30/9/2025", "tháng 9/2025"), or a
#: quarter ("quý III/2025"); not a fraction of counts ("129/130") nor a number's part.
_DATED: Final = re.compile(
    r"(?<![\w/.,])(?:(?:0?[1-9]|[12]\d|3[01])\s*/\s*)?(?:0?[1-9]|1[0-2])\s*/\s*((?:19|20)\d\d)(?![\w/])"
    r"|(?<!\w)quý\s+(?:I{1,3}|IV|[1-4])\s*/\s*((?:19|20)\d\d)(?![\w/])",
    re.IGNORECASE,
)
#: A document's number right before a date ("số 12/KH-UBND ngày"): the date is its issue.
_NUMBER: Final = re.compile(r"\d+\s*/\s*[A-ZĐ][\w\-/.]*\s*,?\s*(?:ngày\s*)?$", re.IGNORECASE)
_NUMBER_CHARS = 40


def dated_marks(text: str, start: int, end: int) -> list[YearMark]:
    """The years of the month, day or quarter dates in ``text[start:end]``, in order.

    Examples
    --------
    >>> text = "Theo Kế hoạch số 12/KH-UBND ngày 5/3/2020, tính đến 30/6/2021 có 98 ca."
    >>> [m.period.code for m in dated_marks(text, 0, len(text))]
    ['2021']
    >>> [m.period.code for m in dated_marks("quý III/2024 ghi nhận 5 ca", 0, 26)]
    ['2024']
    """
    marks = []
    for found in _DATED.finditer(text, start, end):
        if _NUMBER.search(text[max(0, found.start() - _NUMBER_CHARS) : found.start()]):
            continue
        period = plan_year(found.group(1) or found.group(2))
        if period is not None:
            marks.append(YearMark(period, found.span()))
    return marks
