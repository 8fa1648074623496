"""The phase a paragraph opens with, carried over the paragraphs that follow it.

A plan (or a report of one) often sets its goals phase by phase, naming each phase once,
at the start of its first paragraph, and going on with more paragraphs of goals that write
no year of their own::

    Theo mục tiêu, giai đoạn 2023 - 2025 giảm tỷ lệ … xuống dưới 39%; …
    Giảm tỷ lệ … tại nơi làm việc dưới 30%; tại nhà hàng dưới 75%. 98% người dân …
    Giai đoạn 2026 - 2030, giảm tỷ lệ … xuống dưới 36%; …

The values of the second paragraph are due by the phase the first opens with (2025), not
by the title's horizon (2030) nor the later phase's. A paragraph *opens with* a year when
the first year written in its first sentence comes before any figure of it ("Giai đoạn
2026 - 2030, …", "Đến năm 2025, …", "Theo mục tiêu đề ra, giai đoạn 2023 - 2025 …"); the
year is carried over the paragraphs after it until

* another paragraph opens with a year (which is carried in its turn);
* a heading, or a table row;
* a list item ("- …", "a) …") that opens with a year of its own, or a lead-in line ending
  in ":" ("Đến năm 2026, giảm …, trong đó:"): a list's years are its own (:mod:`.segment`),
  and the list's end ends them.

A year before the plan's own is the past a background paragraph reports ("Năm 2022, toàn
tỉnh …"): it is not carried, and it stops the carrying of the phase before it. Lines that
go on with the sentence above (:func:`~vnhealthplan.io.extract.wrapping.continues`) do not
open a paragraph. The lines are read once, in order: linear in the text.

Examples
--------
>>> from vnhealthplan.io.extract.segment import layout
>>> text = ("Giai đoạn 2023 - 2025, giảm tỷ lệ hút thuốc dưới 39%.\\n"
...         "Tỷ lệ người dân hiểu biết đạt 98%.\\n"
...         "Giai đoạn 2026 - 2030, giảm tỷ lệ hút thuốc dưới 36%.")
>>> phases = carried_phases(text, layout(text), 2023)
>>> {text[start:start + 6]: mark.period.code for start, mark in phases.items()}
{'Tỷ lệ ': '2023-2025', 'Giai đ': '2023-2025'}
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vnhealthplan.io.extract.cited import cited
from vnhealthplan.io.extract.segment import Line, YearMark, year_marks
from vnhealthplan.io.extract.stops import sentences
from vnhealthplan.io.extract.wrapping import continues

__all__ = ["carried_phases", "opening_year"]

#: A list item's mark: "- …", "+ …", "• …", "a) …", "b. …".
_ITEM: Final = re.compile(r"[ \t]*(?:[-–—+•*●○▪·]|[a-zđ][ \t]*[).][ \t])", re.IGNORECASE)
#: A figure: a digit (the years of the sentence are cut out before this is looked for).
_DIGIT: Final = re.compile(r"\d")
#: At most this many words stand before the year a paragraph opens with ("Theo mục tiêu đề
#: ra, giai đoạn …"); a year further in names something the sentence speaks of ("UBND tỉnh
#: vừa có văn bản … viện trợ giai đoạn 2024-2029").
_LEAD_WORDS: Final = 8


def opening_year(text: str, line: Line) -> YearMark | None:
    """The year *line*'s first sentence opens with: its first year (not one compared with,
    not a cited document's), when no figure and at most a few words come before it; else
    None.

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "Theo mục tiêu, giai đoạn 2023 - 2025 giảm tỷ lệ hút thuốc xuống dưới 39%."
    >>> opening_year(text, layout(text)[0]).period.code
    '2023-2025'
    >>> text = "Tỷ lệ hút thuốc dưới 39% vào năm 2025."
    >>> opening_year(text, layout(text)[0]) is None
    True
    >>> text = "UBND tỉnh vừa đồng ý tiếp nhận Dự án hỗ trợ do Hoa Kỳ viện trợ giai đoạn 2024-2029."
    >>> opening_year(text, layout(text)[0]) is None
    True
    """
    first = sentences(text, *line.span)[:1]
    if not first:
        return None
    marks = year_marks(text, *first[0])
    if not marks or marks[0].reference or cited(text, marks[0]):
        return None
    before = text[line.span[0] : marks[0].span[0]]
    if _DIGIT.search(before) or len(before.split()) > _LEAD_WORDS:
        return None
    return marks[0]


def carried_phases(text: str, lines: Sequence[Line], doc_year: int | None) -> dict[int, YearMark]:
    """The phase carried into each line (by its start) from a paragraph above it (see the
    module notes); lines with none are left out.

    Parameters
    ----------
    text : str
    lines : sequence of Line
        :func:`~vnhealthplan.io.extract.segment.layout` of *text*.
    doc_year : int, optional
        The plan's year: a paragraph opening with an earlier year reports the past.

    Returns
    -------
    dict of int to YearMark

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "Năm 2022, toàn tỉnh có 30 ca mắc.\\nTỷ lệ tiêm chủng đạt 95%."
    >>> carried_phases(text, layout(text), 2024)
    {}
    >>> text = "I. MỤC TIÊU\\nĐến năm 2025, đạt 95%.\\nII. GIẢI PHÁP\\nĐạt 90%."
    >>> list(carried_phases(text, layout(text), 2024).values())
    []
    """
    carried: dict[int, YearMark] = {}
    phase: YearMark | None = None
    for line in lines:
        if line.level is not None or line.cells:
            phase = None
            continue
        start = line.span[0]
        if not text[start : line.span[1]].strip():
            continue
        if phase is not None:
            carried[start] = phase
        if continues(text, start):
            continue
        opened = opening_year(text, line)
        if opened is None:
            continue
        past = doc_year is not None and opened.period.last_year < doc_year
        lead_in = text[start : line.span[1]].rstrip().endswith(":")  # its list is its own
        phase = None if past or lead_in or _ITEM.match(text, start) else opened
    return carried
