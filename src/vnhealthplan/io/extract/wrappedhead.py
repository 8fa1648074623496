"""The words a wrapped sentence left on the line above, for naming a figure's indicator.

A plan copied from a PDF breaks its sentences at the end of each printed line::

    Tỷ lệ suy dinh dưỡng (cân nặng theo tuổi) ở
    trẻ em dưới 5 tuổi đã giảm từ 25,4% năm 2011

The drafter reads a figure's words on its own line, so the figure above has lost what it
measures ("suy dinh dưỡng … cân nặng"). When the clause of a figure starts at the start of
a line that goes on with the sentence of the line above (:func:`~.wrapping.continues`: it
starts in lower case, the line above does not end its item; or the line above ends with a
comparator or a verb that waits for the figure opening this line: "… xuống dưới" over
"12,5‰ vào năm 2025"), the words of that sentence on the lines above are read as its head:
the weakest of a figure's words (:mod:`.lexicon`), enough to name an indicator its own words
do not. Read back a bounded window, from the sentence's start: linear in the text.

Examples
--------
>>> text = "Tỷ lệ suy dinh dưỡng (cân nặng theo tuổi) ở\\ntrẻ em dưới 5 tuổi là 25,4%"
>>> wrapped_head(text, text.index("trẻ"))
'Tỷ lệ suy dinh dưỡng (cân nặng theo tuổi) ở'
>>> wrapped_head("Mục tiêu:\\ntrẻ em dưới 5 tuổi là 25,4%", 10)
''
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.stops import stop_marks
from vnhealthplan.io.extract.wrapping import continues

__all__ = ["wrapped_head"]

#: How far back the lines above are read.
_BACK_CHARS: Final = 240
#: A line that ends with a comparator or a verb waiting for its figure ("… xuống dưới"): the
#: figure opens the next line, whatever its first character.
_FIGURE_AHEAD: Final = re.compile(
    r"(?<!\w)(?:dưới|trên|xuống|lên|còn|đạt|là|khoảng|tối thiểu|ít nhất|hơn)[ \t]*\n[ \t]*(?=\d)",
    re.IGNORECASE,
)
#: The end of a sentence or an item on the lines above (not the dot of "1.200").
_END: Final = stop_marks(";:!?", lines=False)


def wrapped_head(text: str, start: int) -> str:
    """The words of the sentence the line at *start* goes on with, on the lines above (see
    the module notes), or ``""``.

    Examples
    --------
    >>> wrapped_head("90% xã.\\ncó bác sĩ 80%", 8)
    ''
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t") or not (
        continues(text, line_start)
        or _FIGURE_AHEAD.search(text, max(0, line_start - 40), line_start + 1)
    ):
        return ""
    begin = max(0, line_start - _BACK_CHARS)
    ends = list(_END.finditer(text, begin, line_start - 1))
    words = text[ends[-1].end() if ends else begin : line_start - 1]
    return " ".join(words.split())
