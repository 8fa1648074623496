"""Sentences a page's layout broke over several lines, read as one for a value's year.

A plan copied from a PDF or a web page often breaks its sentences at the end of each
printed line::

    b) 75% người cao tuổi hoặc người
    thân trực tiếp chăm sóc người cao tuổi được cung cấp thông tin
    … vào năm 2025 và đạt 85% vào năm 2030;

A line that starts in lower case goes on with the sentence of the line above, unless the
line above ends its item (".", ";", ":", "!", "?") or the line opens a list item of its own
("b) …", "c. …", "- …", "+ …"). :func:`continues` says which lines go on;
:func:`year_ahead` finds the year a value at the end of such a line is due by, written on
the lines its sentence goes on to; :func:`item_end` is where they stop.

Examples
--------
>>> text = "a) 100% xã có bác sĩ\\nlàm việc vào năm 2025;\\nb) 90% trạm y tế"
>>> item_end(text, text.index("\\n"))
42
>>> year_ahead(text, text.index("\\n")).period.code
'2025'
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.brokenlines import CLOSES, OPENS_ITEM
from vnhealthplan.io.extract.segment import YearMark, year_marks

__all__ = ["continues", "item_end", "year_ahead"]

#: What ends an item or a sentence (a "." only before a blank or the line's end: "1.345").
_ITEM_END: Final = re.compile(r"[;:!?…]|\.(?=\s|$)")
#: How far the lines a sentence goes on to are read: a year is read near its value.
_AHEAD_CHARS: Final = 320


def continues(text: str, start: int) -> bool:
    """Whether the line starting at *start* goes on with the sentence of the line above.

    Examples
    --------
    >>> text = "a) 90% người dân\\nbiết; 100% xã\\nb) 95% trạm"
    >>> [continues(text, i) for i in (0, 17, 31)]
    [False, True, False]
    """
    if start <= 0 or text[start - 1] != "\n" or not text[start : start + 1].islower():
        return False
    if OPENS_ITEM.match(text, start):
        return False
    above = text[: start - 1].rstrip(" \t")
    return bool(above) and above[-1] not in CLOSES and above[-1] != "\n"


def item_end(text: str, line_end: int) -> int:
    """Where the sentence running past the line that ends at *line_end* stops.

    It goes on over the lines that continue it (:func:`continues`) to the first ".", ";",
    ":", "!" or "?" on them, read at most a few hundred characters ahead; *line_end* if the
    next line does not continue it.

    Examples
    --------
    >>> text = "100% xã\\ncó bác sĩ; 90% trạm\\nkhác"
    >>> text[7:item_end(text, 7)]
    '\\ncó bác sĩ'
    """
    end, limit = line_end, min(len(text), line_end + _AHEAD_CHARS)
    while end < limit and continues(text, end + 1):
        nxt = text.find("\n", end + 1, limit)
        nxt = limit if nxt < 0 else nxt
        stop = _ITEM_END.search(text, end + 1, nxt)
        if stop is not None:
            return stop.start()
        end = nxt
    return end


def year_ahead(text: str, line_end: int) -> YearMark | None:
    """The first year (not one compared with) on the lines a sentence goes on to.

    For a value at the end of a broken line with no year of its own: "b) 75% người cao
    tuổi hoặc người / thân … vào năm 2025" is due by 2025.

    Examples
    --------
    >>> text = "c) khám định kỳ đạt 70% và lập hồ sơ\\nđạt 95% năm 2025; 100% năm 2030"
    >>> year_ahead(text, text.index("\\n")).period.code
    '2025'
    >>> year_ahead("90% xã.\\nNăm 2025", 7) is None
    True
    """
    end = item_end(text, line_end)  # a few hundred characters at most: no cache needed
    marks = [m for m in year_marks(text, line_end, end) if not m.reference]
    return marks[0] if marks else None
