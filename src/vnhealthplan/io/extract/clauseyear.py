"""Which figure of a row of clauses a year written among them belongs to.

Plans give one measure two deadlines, or several measures one, in a row of clauses, each
figure's year written at the END of its clause, after the words of what is measured: "giảm
30% số trẻ em bị tử vong do đuối nước năm 2025 và 50% vào năm 2030; phấn đấu 60% trẻ em từ 6
đến dưới 16 tuổi biết kỹ năng an toàn trong môi trường nước năm 2025 và 70% vào năm 2030",
"giảm 50% số cặp tảo hôn, giảm 60% số cặp hôn nhân cận huyết thống năm 2025; giảm trên 60%
…, giảm trên 70% … năm 2030", "trên 70% số huyện … trong giai đoạn 2022 - 2025 và trên 90%
số huyện, thị xã, thành phố trong giai đoạn 2026 - 2030". A year that comes after a figure
and closes its clause (a figure stands before it in that clause) is that clause's: it is
*another* figure's year for the figures of the clauses around it. So:

* :func:`clause_year`: a year before a figure that closes an earlier figure's clause (the
  year comes after that figure, and a clause break "và", ",", ";" stands between it and
  this figure) is not this figure's when this figure's own clause (up to its ";", line or
  sentence end) has a year after it: that one is taken. The nearest year before would give
  60 % the 2030 of the 50 % before it.
* :func:`others_year`: a year after a figure, past a ";", that closes a later clause of
  figures with a year of their own each ("…; 90% số hộ … vào năm 2025 và 95% vào năm
  2030") is those figures', not this one's: "hàng năm, 100% các huyện … tổ chức …; 90% …
  vào năm 2025 và 95% vào năm 2030" does not set the 100 % for 2025. Its year is looked for
  further (its paragraph, the plan's period).

A year that leads the figure ("năm 2023 đạt 90%", "đến năm 2025, 90%") is untouched: it has
no clause break between it and the figure, or no figure before it in its clause. Each look
is bounded: constant time per figure.

Examples
--------
>>> from vnhealthplan.io.extract.segment import year_marks
>>> text = "giảm 30% số ca năm 2025 và 50% vào năm 2030; 60% trẻ em biết bơi năm 2025."
>>> marks = year_marks(text)
>>> at = text.index("60%")
>>> clause_year(text, (at, at + 3), len(text), marks[1], marks).period.code
'2025'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from vnhealthplan.io.extract.nextyear import leads_next
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.segment import YearMark
from vnhealthplan.io.extract.stops import last_match

__all__ = ["OWN_CLAUSE", "clause_year", "others_year", "own_near"]

Span = tuple[int, int]

#: The reason given for the year that closes the figure's own clause (:func:`own_near`).
OWN_CLAUSE: Final = reason(
    "year closing the value's own clause, not the one closing the clause before it"
)
#: A figure: a number (not a year) followed by a unit sign or a word ("30%", "169cm", "32
#: giường"); not an item's number ("2.", "b)", "Mục tiêu 1,").
_FIGURE: Final = re.compile(
    r"(?<![\w.,/])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)*[ \t]*(?:%|‰|[^\W\d_])"
)
#: Where a clause starts, looking back from a year.
_CLAUSE_START: Final = re.compile(r"[;:\n]")
#: Where a figure's clause ends, looking on from it.
_CLAUSE_END: Final = re.compile(r"[;\n]|\.(?:\s|$)")
#: A clause break between a year and the figure after it.
_BREAK: Final = re.compile(r"[,;]|(?<!\w)(?:và|hoặc)(?!\w)")
#: How far a look goes, back or on.
_REACH: Final = 240


def _start(mark: YearMark) -> int:
    return mark.span[0]


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding *at* starts (after its ";", ":" or line break)."""
    low = max(0, at - _REACH)
    found = last_match(_CLAUSE_START, text, low, at)
    return found.end() if found else low


def _closes_figure(text: str, mark: YearMark) -> bool:
    """Whether a figure stands before *mark* in its clause: the year closes its clause."""
    return _FIGURE.search(text, _clause_start(text, mark.span[0]), mark.span[0]) is not None


def clause_year(
    text: str, value: Span, end: int, near: YearMark, marks: Sequence[YearMark]
) -> YearMark | None:
    """The year closing the figure's own clause, when *near*, the year before it, closes
    an earlier figure's clause (see the module notes); None to keep *near*.

    Parameters
    ----------
    text : str
    value : tuple of int
        The figure's span.
    end : int
        The end of its sentence.
    near : YearMark
        The year :func:`~vnhealthplan.io.extract.segment.year_near` gave it.
    marks : sequence of YearMark
        The years of its sentence that may be a figure's, in order: the one after the figure
        is found by bisection.

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import year_marks
    >>> text = "đạt 167,5cm (năm 2025) và 169cm (năm 2030)."
    >>> marks = year_marks(text)
    >>> at = text.index("169")
    >>> clause_year(text, (at, at + 5), len(text), marks[0], marks).period.code
    '2030'
    >>> text = "năm 2022 đạt 85%, năm 2023 đạt 90% số xã."
    >>> marks = year_marks(text)
    >>> at = text.index("90%")
    >>> clause_year(text, (at, at + 3), len(text), marks[1], marks) is None
    True
    """
    if near.span[1] > value[0] or not _BREAK.search(text, near.span[1], value[0]):
        return None
    if not _closes_figure(text, near):
        return None
    stop = _CLAUSE_END.search(text, value[1], min(end, value[1] + _REACH))
    limit = stop.start() if stop else min(end, value[1] + _REACH)
    at = bisect_left(marks, value[1], key=_start)  # the first year after the figure
    if at == len(marks):
        return None
    mark = marks[at]
    if mark.span[1] > limit or leads_next(text, value[1], mark):
        return None
    if ")" in text[value[1] : mark.span[0]]:  # "(ngoại thành 19,9%), … năm 2017"
        return None
    return mark


def others_year(text: str, value_end: int, mark: YearMark, marks: Sequence[YearMark]) -> bool:
    """Whether *mark*, a year after a figure ending at *value_end*, is the own year of the
    figures of a later clause, each with a year of its own (see the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import year_marks
    >>> text = "hàng năm, 100% xã tổ chức; 90% số hộ biết vào năm 2025 và 95% vào năm 2030."
    >>> marks = year_marks(text)
    >>> others_year(text, text.index("%") + 1, marks[0], marks)
    True
    >>> text = "tỷ lệ A đạt 90%; tỷ lệ B đạt 80% vào năm 2025."
    >>> marks = year_marks(text)
    >>> others_year(text, text.index("%") + 1, marks[0], marks)
    False
    """
    start = mark.span[0]
    if start < value_end or ";" not in text[value_end:start]:
        return False
    clause = _clause_start(text, start)
    if not _FIGURE.search(text, clause, start):
        return False
    stop = _CLAUSE_END.search(text, mark.span[1], mark.span[1] + _REACH)
    limit = stop.start() if stop else mark.span[1] + _REACH
    at = bisect_left(marks, mark.span[1], key=_start)  # the year after it
    if at == len(marks) or marks[at].span[1] > limit:
        return False
    return _FIGURE.search(text, mark.span[1], marks[at].span[0]) is not None


def own_near(
    text: str,
    value: Span,
    end: int,
    near: tuple[YearMark, str, float],
    marks: Sequence[YearMark],
) -> tuple[YearMark, str, float] | None:
    """*near*, the year :func:`~vnhealthplan.io.extract.segment.year_near` gave a figure,
    read against its clause: the year closing the figure's own clause in its stead
    (:func:`clause_year`), None for another clause's figures' year (:func:`others_year`),
    else *near* as it is.

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import year_marks
    >>> text = "hàng năm, 100% xã tổ chức; 90% số hộ biết vào năm 2025 và 95% vào năm 2030."
    >>> marks = year_marks(text)
    >>> own_near(text, (10, 14), len(text), (marks[0], "", 0.1), marks) is None
    True
    """
    mark = near[0]
    if mark.span[0] >= value[1]:
        return None if others_year(text, value[1], mark, marks) else near
    own = clause_year(text, value, end, mark, marks)
    if own is None or own.period == mark.period:  # the same year either way: no doubt
        return near
    return own, OWN_CLAUSE, 0.1
