"""A figure said of the present never holds in a year to reach.

A news report or a plan states its targets and, beside them, where things stand now:
"đến năm 2030 là 77 (hiện là 76,2)", "Mục tiêu của tỉnh là đến năm 2025, giảm … xuống dưới
25% … Tuy nhiên, … hiện tỷ lệ … vẫn chiếm tỷ lệ trên 28%". The status figure's own words
place it in the present ("hiện là", "vẫn chiếm", "hiện nay", "đến nay"); the year its
sentence or paragraph gives ("đến năm 2030") is the target's, a year to reach. Such a
figure holds in the present: the plan's year, or where the plan's year is not known (or is
read after the year to reach) the latest year the text states as present or past
(:func:`~vnhealthplan.io.extract.results.report_year`, read once per text).

Only a year of another clause (a clause break, ".", ";", ":", a bracket or a line's end,
between it and the value) that is after the present, or written as a year to reach ("đến",
"tới", "vào", "hết" before it), is replaced; a past year ("năm 2019 vẫn chiếm 12%") and the
year of the value's own clause ("đến năm 2015 chỉ còn 8 xã", a year reached) stand, and a
figure with no present word keeps the year it was given. Linear in the text.

Examples
--------
>>> from vnhealthplan.io.extract.segment import year_marks
>>> text = "đến năm 2030 là 77 (hiện là 76,2)"
>>> mark = year_marks(text)[0]
>>> new, why, cost = present_year(text, "77 (hiện là ", (28, 32), (mark, "", 0.0), 2020)
>>> new.period.code, why
('2020', "'hiện là': the state now, not the year to reach 2030")
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.results import report_year
from vnhealthplan.io.extract.segment import YearMark
from vnhealthplan.io.extract.stillnow import present_aspect

__all__ = ["present_year"]

Span = tuple[int, int]
When = tuple[YearMark | None, str, float]

#: Words of the present in a value's own words (folded): "hiện nay", "hiện có", "đến nay" …
_PRESENT: Final = re.compile(r"\b(hien nay|hien co|hien tai|hien dang|hien la|den nay)\b")
#: Words before a year that make it a year to reach (folded, at the end).
_TO_REACH: Final = re.compile(r"\b(?:den|toi|vao|het)(?:\s+(?:het|cuoi))?(?:\s+nam)?\s*$")
#: Words that aim in a value's own words: then the value is no figure of the present.
_AIM: Final = re.compile(r"\b(?:phan dau|muc tieu|chi tieu)\b")

#: A clause break between a year and a value: the year is another clause's.
_BREAK: Final = re.compile(r"[.;:()\n]")

_LAST: dict[str, tuple[str, int | None]] = {}


def _reported(text: str) -> int | None:
    """``report_year(text)``, read once per text."""
    last = _LAST.get("text")
    if last is None or last[0] is not text:
        last = (text, report_year(text))
        _LAST["text"] = last
    return last[1]


def _present_words(own: str, before: str) -> str:
    """The words of the present in a value's own words, as written, or ""."""
    aspect = present_aspect(own, before)
    if aspect:
        return aspect
    tail = own[-80:]
    folded = fold(tail)
    found = list(_PRESENT.finditer(folded))
    if not found or _AIM.search(folded, found[-1].end()):
        return ""
    start, end = found[-1].span()
    return " ".join(tail[start:end].split()) if len(folded) == len(tail) else found[-1].group()


def _to_reach(text: str, mark: YearMark) -> bool:
    start = mark.span[0]
    return start > 0 and bool(_TO_REACH.search(fold(text[max(0, start - 16) : start])))


def present_year(
    text: str, own: str, value_span: Span, when: When, doc_year: int | None
) -> When | None:
    """The present year for a status figure whose own words say "now" but whose year is
    one to reach (see the notes), or None to keep *when*.

    Parameters
    ----------
    text : str
    own : str
        The value's own words: from the previous value (or its clause's start) to it.
    value_span : tuple of int
    when : tuple
        The year read for it (mark, reason, cost), as
        :func:`~vnhealthplan.io.extract.statusyear.observation_year` gives it.
    doc_year : int, optional
        The plan's year.

    Returns
    -------
    tuple or None

    Examples
    --------
    A past year stands:

    >>> from vnhealthplan.io.extract.segment import year_marks
    >>> text = "năm 2019 vẫn chiếm 12%"
    >>> present_year(text, "vẫn chiếm ", (19, 22), (year_marks(text)[0], "", 0.0), 2020) is None
    True
    """
    mark = when[0]
    if mark is None or mark.span == (0, 0):
        return None
    words = _present_words(own, text[max(0, value_span[0] - 200) : value_span[0]])
    if not words:
        return None
    if mark.span[1] <= value_span[0] and not _BREAK.search(text, mark.span[1], value_span[0]):
        return None  # "đến năm 2015 chỉ còn 8 xã": the year of the value's own clause
    year = mark.period.first_year
    later = doc_year is not None and year > doc_year
    if not (later or _to_reach(text, mark)):
        return None
    known = [y for y in (doc_year, _reported(text)) if y is not None and y < year]
    period = plan_year(min(known)) if known else None
    if period is None:
        return None
    why = reason("'{words}': the state now, not the year to reach {year}", words=words, year=year)
    return YearMark(period, (0, 0)), why, 0.2
