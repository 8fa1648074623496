"""The year a paragraph of the background opens with, for the status figures it goes on to give.

A background paragraph often states its time once, at its start, and then lists figures
sentence after sentence: "Theo thông báo của Bộ Y tế, trong năm 2015 tình hình dịch bệnh …
dịch bệnh Ebola tại 10 quốc gia với trên 28.000 trường hợp mắc … tại Việt Nam ghi nhận trên
69.000 ca mắc sốt xuất huyết". A status figure whose own sentence gives no year holds in
the paragraph's latest year before it (not a year to reach, "đến năm 2020", nor one after
the plan's), unless its sentence speaks of the present ("hiện nay", "hiện có", "đến nay"):
then the plan's year stands, as docs/labelling.rst asks.

A paragraph is read back across wrapped lines (a page's text breaks lines mid-sentence) to a
line that closes its sentence, a heading in capitals or a blank line, within a bounded
window: linear in the text.

Examples
--------
>>> text = ("Trong năm 2015, dịch sởi lan rộng ở nhiều nước, châu Âu\\n"
...         "có hơn 30.000 ca mắc.")
>>> paragraph_year(text, (61, 67), 2016).period.code
'2015'
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.segment import YearMark
from vnhealthplan.io.extract.stops import SENTENCE_END

__all__ = ["closes_line", "paragraph_start", "paragraph_year"]

Span = tuple[int, int]

#: A line that closes its paragraph, or a heading in capitals (no lower-case letter).
_CLOSED: Final = re.compile(r"[.!?…:;|]\s*$")
_BACK_CHARS = 1500
#: A year written in a paragraph, also broken over a line ("trong năm\n2015") or with its
#: month ("tháng 9/2019"); not the start of a span of years ("năm 2016 - 2020").
_YEAR: Final = re.compile(
    r"(?<!\w)(?:năm|tháng\s+\d{1,2}\s*/)\s*((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)", re.IGNORECASE
)
#: Words that place a figure in the present (the plan's year stands).
_PRESENT: Final = re.compile(r"\b(?:hien nay|hien co|hien tai|den nay|hien dang)\b")
#: A year to reach, not one a figure holds in ("Đến năm 2025", "vào năm 2030"; folded text has
#: no trailing blank, so none is asked for): not "tính đến năm", nor a span's end ("2015 đến").
_TO_REACH: Final = re.compile(r"(?<!tinh )(?<!\d )\b(?:den|toi|vao|het)(?:\s+het|\s+cuoi)?\s*$")
#: A year a figure is compared with ("so với năm 2017", "cùng kỳ năm 2017"), not one it holds in.
_REFERENCE: Final = re.compile(r"\b(?:so voi|tu|truoc|cung ky)\s*$")


def closes_line(words: str) -> bool:
    """Whether a line's *words* close its sentence (so the next line starts another), or are
    a heading in capitals (no lower-case letter).

    Examples
    --------
    >>> closes_line("Năm 2015 toàn tỉnh có"), closes_line("30 ca mắc."), closes_line("I. TÌNH HÌNH")
    (False, True, True)
    """
    return bool(_CLOSED.search(words)) or words.upper() == words


def paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding *at* starts, across wrapped lines (see the notes).

    Examples
    --------
    >>> paragraph_start("I. TÌNH HÌNH\\nNăm 2015 có\\n30 ca mắc.", 26)
    13
    """
    floor = max(0, at - _BACK_CHARS)
    line_start = text.rfind("\n", floor, at) + 1 or floor
    while line_start > floor:
        above = text.rfind("\n", floor, line_start - 1) + 1 or floor
        words = text[above : line_start - 1]
        if not words.strip() or closes_line(words):
            break
        line_start = above
    return line_start


def paragraph_year(text: str, value_span: Span, doc_year: int | None) -> YearMark | None:
    """The paragraph's latest year before the value that a status figure may hold in (see
    the module notes), or None.

    Parameters
    ----------
    text : str
    value_span : tuple of int
    doc_year : int, optional
        The plan's year: later years are targets' years, passed over.

    Returns
    -------
    YearMark or None

    Examples
    --------
    >>> text = "Năm 2015 có 20 ca mắc. Hiện nay có 12 cơ sở điều trị."
    >>> paragraph_year(text, (35, 37), 2016) is None
    True
    """
    start = paragraph_start(text, value_span[0])
    ends = list(SENTENCE_END.finditer(text, start, value_span[0]))
    own = text[ends[-1].end() if ends else start : value_span[0]]
    if _PRESENT.search(fold(own)):
        return None
    for found in reversed(list(_YEAR.finditer(text, start, value_span[0]))):
        year = int(found.group(1))
        if doc_year is not None and year > doc_year:
            continue
        if (doc_year is None or year >= doc_year) and _TO_REACH.search(
            fold(text[max(start, found.start() - 14) : found.start()])
        ):  # "Đến năm 2025 đạt …" aims; "Đến hết năm 2023" in a plan of 2024 is a date
            continue
        if _REFERENCE.search(fold(text[max(start, found.start() - 10) : found.start()])):
            continue
        period = plan_year(year)
        return None if period is None else YearMark(period, found.span())
    return None
