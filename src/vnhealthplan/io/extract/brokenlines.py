"""A text's lines, with the lines a page's layout broke in the middle of a sentence joined.

A plan copied from a PDF or a web page breaks its sentences at the end of each printed
line, often between a figure's words and the figure::

    - Giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống dưới
    12,5‰ vào năm 2025 và dưới 10‰ vào năm 2030.
    … Số người nhiễm HIV phát hiện
    dưới 1.000 ca mỗi năm

Read line by line, "12,5‰" loses its "xuống dưới" and both figures lose the indicator's
name. A line goes on with the one above, and is read with it as one line, when

* it starts in lower case, or with a figure right after a word that asks for one ("dưới",
  "trên", "đạt", "còn", "là" …), or with a share ("50%", "2‰") right after a change verb
  ("Giảm\n50% chênh lệch mức sinh …");
* the line above does not close its sentence or item (".", ";", ":", "!", "?", "…") and
  is not blank;
* it does not open an item of its own ("- …", "+ …", "b) …"), the line above is not a
  short numbered heading ("1. Đặc điểm" / "tình hình chung": :mod:`.segment` reads those),
  and neither line is a row of a table (tab-separated cells).

The spans keep the text's positions: a joined line's span runs over the line break, so that
a quote is the text as written. The text is read once: linear.

Examples
--------
>>> text = "Giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống dưới\\n12,5‰ vào năm 2025.\\nb) Tăng 5%."
>>> [text[a:b] for a, b in line_spans(text)]
['Giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống dưới\\n12,5‰ vào năm 2025.', 'b) Tăng 5%.']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

__all__ = ["CLOSES", "OPENS_ITEM", "UNIT_WINDOW_STOP", "line_spans"]

Span = tuple[int, int]

#: A line that opens an item of its own: "a) …", "đ. …", "- …", "+ …", "• …".
OPENS_ITEM: Final = re.compile(r"[ \t]*(?:[a-zđ][ \t]*[).][ \t]|[-–—+•*●○▪·])", re.IGNORECASE)
#: What closes a sentence or an item at a line's end.
CLOSES: Final = frozenset(".;:!?…")
#: Words that ask for a figure after them, at the end of a line (lower case).
_ASKS: Final = re.compile(
    r"(?<![^\W\d_])(?:dưới|trên|đạt|còn|là|xuống|lên|khoảng|tối thiểu|ít nhất|tối đa|hơn"
    r"|từ|ở mức|mức)$"
)

#: A change verb at a line's end asks for a share or a rate right at the next line's start.
_CHANGE_ASKS: Final = re.compile(r"(?<![^\W\d_])(?:giảm|tăng)(?:[ \t]+thêm)?$")
#: A share or a rate at the next line's start: a number, then "%" or "‰" ("50%", "2‰").
_SHARE: Final = re.compile(r"\d[\d.,]*[ \t]*[%‰]")

#: Lower-case letters of Vietnamese: a line starting with one goes on with the line above.
_LOWER: Final = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
#: Where the words after a number that may be its unit stop: a clause break, a bracket, a
#: quote, a sentence's end, a dash between blanks, or a line break, unless the next line
#: goes on in lower case ("trên 11.000 trường\nhợp tử vong", "(24.459\nca)").
UNIT_WINDOW_STOP: Final = re.compile(
    rf"[,;:()\[\]\t“”\"]|\n(?![ \t]*[{_LOWER}])|\.(?:\s|$)|\s[-–—]\s"
)

#: A short numbered heading ("1. Đặc điểm", "II- MỤC TIÊU", "2.1. Mục tiêu"): a heading
#: broken over two lines is read by :mod:`.segment` (its section's words).
_HEADING: Final = re.compile(r"[ \t]*(?:[IVXL]+|\d{1,2}(?:\.\d{1,2})*)[ \t]*[.\-–)].{0,80}$")


def _goes_on(above: str, line: str) -> bool:
    """Whether *line* goes on with the sentence of the line *above* it (see the notes)."""
    head = line.lstrip(" \t")
    tail = above.rstrip(" \t\r")
    if not head or not tail or "\t" in above or "\t" in line:
        return False
    if tail[-1] in CLOSES or OPENS_ITEM.match(line) or _HEADING.match(above):
        return False
    if head[0].islower():
        return True
    if _CHANGE_ASKS.search(tail[-12:].lower()) and _SHARE.match(head):
        return True  # "Giảm\n50% chênh lệch mức sinh …": a change verb asks for its share
    return head[0].isdigit() and _ASKS.search(tail[-16:].lower()) is not None


def line_spans(text: str) -> Iterator[Span]:
    """The spans of *text*'s lines, a broken line joined to the line it goes on from.

    Examples
    --------
    >>> text = "I. MỤC TIÊU\\nĐến năm 2025:\\n- Tỷ lệ A đạt\\n90%;\\n- Tỷ lệ B đạt 95%."
    >>> [text[a:b] for a, b in line_spans(text)][2:]
    ['- Tỷ lệ A đạt\\n90%;', '- Tỷ lệ B đạt 95%.']
    """
    start = pos = 0
    above = None
    for line in text.split("\n"):
        end = pos + len(line)
        if above is not None and not _goes_on(above, line):
            yield start, pos - 1
            start = pos
        above, pos = line, end + 1
    yield start, pos - 1
