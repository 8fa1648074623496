"""A year the text looks back on: before the year its goals are due by.

A plan with no issue date takes its year from its own words
(:func:`~vnhealthplan.io.extract.results.document_year`): for a text that opens with its
history ("Năm 1990, tỷ lệ tiêm chủng đầy đủ đạt 50%"), that is the year of the history. The
rule that keeps "Năm 2024 đạt 95%" a target in a plan of 2024 (:mod:`.status`) would then
draft the history as a target of 1990. A year more than a plan's span (:data:`SPAN`, ten
years) before the first year the text aims at after it ("đến năm 2025", "tới năm 2030",
"vào năm 2025"), first written in that very sentence (no title or header line before it
names it), is not the plan's own: a figure it "đạt" is a status figure. Within the span
("Năm 2025 đạt 90%; nâng lên 95% vào năm 2030") the two are one plan's steps: targets.

The text is scanned once and its latest aimed year kept for the next value: linear.

Examples
--------
>>> text = "Năm 1990, tỷ lệ tiêm chủng đạt 50%. Mục tiêu đến năm 2025 đạt 98%."
>>> aimed_after(text, 1990, 0), aimed_after(text, 2025, 40)
(2025, None)
>>> aimed_after("KẾ HOẠCH năm 1990. " + text, 1990, 19) is None  # the title's year
True
>>> aimed_after("Năm 2024 đạt 95%; năm 2025 đạt 98%.", 2024, 0) is None
True
>>> aimed_after("Năm 2025 đạt 90%; nâng lên 95% vào năm 2030.", 2025, 0) is None
True
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from vnhealthplan.io.extract.reasons import Reason, reason

__all__ = ["SPAN", "aimed_after", "looked_back"]

#: A year to reach: "đến (hết) năm 2025", "tới năm 2030", "vào năm 2025", "trước năm 2030".
_AIM: Final = re.compile(
    r"(?<!\w)(?:đến|tới|vào|trước)[ \t\n]+(?:hết[ \t\n]+)?năm[ \t\n]+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)

#: A year's digits standing alone (not inside a longer number).
_YEAR: Final = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d|\d)")

#: The longest span of one plan, in years (a ten-year strategy: 2021 - 2030).
SPAN: Final = 10

_SCANNED: dict[str, tuple[str, list[int], dict[int, int]]] = {}


def _scan(text: str) -> tuple[str, list[int], dict[int, int]]:
    """The aimed years of *text*, in order, and where each year is first written: read once."""
    last = _SCANNED.get("text")
    if last is None or last[0] is not text:
        aims = sorted({int(m.group(1)) for m in _AIM.finditer(text)})
        first: dict[int, int] = {}
        for m in _YEAR.finditer(text):
            first.setdefault(int(m.group(1)), m.start())
        last = (text, aims, first)
        _SCANNED["text"] = last
    return last


def aimed_after(text: str, year: int | None, since: int) -> int | None:
    """The first year *text* aims at ("đến năm Y") after *year*, when it is more than
    :data:`SPAN` years after it and *year* is first written at or after *since* (the start
    of the figure's year mark); else None.

    Examples
    --------
    >>> aimed_after("Năm 2005 đạt 60%. Phấn đấu tới năm 2030 đạt 95%.", 2005, 0)
    2030
    >>> aimed_after("Năm 2020 đạt 60%. Phấn đấu tới năm 2030 đạt 95%.", 2020, 0) is None
    True
    >>> aimed_after("Phấn đấu tới năm 2030 đạt 95%.", None, 0) is None
    True
    """
    if year is None:
        return None
    _, aims, first = _scan(text)
    at = bisect_right(aims, year)
    if at == len(aims) or aims[at] - year <= SPAN or first.get(year, since) < since:
        return None
    return aims[at]


def looked_back(year: int, aim: int) -> Reason:
    """Why a figure "đạt" in the year a plan without a date seems written in is a status one.

    Examples
    --------
    >>> looked_back(1990, 2025).said("vi")
    "'đạt' năm 1990, trước năm 2025 mà văn bản hướng tới: số liệu hiện trạng"
    """
    return reason(
        "'đạt' in {year}, before the year {aim} the text aims at: a status figure",
        year=year,
        aim=aim,
    )
