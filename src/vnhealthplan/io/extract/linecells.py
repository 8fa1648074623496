"""Tables laid out one row a line, their cells between "|" marks or runs of spaces.

A table converted to plain text or markdown keeps each row on a line, its cells between
"|" marks ("| 1 | Tỷ lệ tiêm chủng đầy đủ | % | 95 | 96 |", a rule of dashes under the
headings); a PDF's text layer laid out as on the page keeps them apart by runs of spaces
("Số giường bệnh      1.200     1.250"). Read cell by cell, left to right and row by row,
such a table is the same run of cells as one flattened a cell a line, which
:mod:`.cellrows` reads: :func:`line_cells` gives that run. A line of one cell (a caption,
a sentence) stays one item; a rule of dashes or a line holding only "|" is left out; a
line is split at runs of spaces only when it holds two runs at least (three cells), so
that a sentence with one double space stays whole.

Examples
--------
>>> text = "| Chỉ tiêu | 2023 | 2024 |\\n|---|---|---|\\n| Số giường bệnh | 1.200 | |\\n"
>>> [text[slice(*span)] for span in line_cells(text)]
['Chỉ tiêu', '2023', '2024', 'Số giường bệnh', '1.200', '']
"""

from __future__ import annotations

import itertools
import re
from typing import Final

__all__ = ["has_line_cells", "line_cells"]

Span = tuple[int, int]

_LINE: Final = re.compile(r"[^\n]+")
#: A rule between a table's rows: dashes, "=", "+", ":" and "|" only.
_RULE: Final = re.compile(r"[\s|+:=_-]*")
#: A gap between cells of a row laid out as on the page: two spaces or more. (Rows of
#: tab-separated cells are :mod:`.tables`'s: a line holding a tab is not split here.)
_GAP: Final = re.compile(r"(?<=\S) {2,}(?=\S)")
#: The fewest gaps of a row laid out by spaces (three cells: a label and two figures).
_FEWEST_GAPS: Final = 2


def _trimmed(text: str, start: int, end: int) -> Span:
    """The span of the cell's words, its blanks left out (an empty cell: a span of none)."""
    words = text[start:end]
    lead = len(words) - len(words.lstrip())
    return (start + lead, start + len(words.rstrip())) if words.strip() else (start, start)


def _piped(text: str, start: int, end: int) -> list[Span]:
    """The cells of a line between "|" marks (the marks at its two ends left out)."""
    line = text[start:end]
    bounds = [start - 1, *(start + m.start() for m in re.finditer(r"\|", line)), end]
    cells = [_trimmed(text, a + 1, b) for a, b in itertools.pairwise(bounds)]
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def _spaced(text: str, start: int, end: int) -> list[Span]:
    """The cells of a line between runs of spaces."""
    cells, pos = [], start
    for gap in _GAP.finditer(text, start, end):
        cells.append(_trimmed(text, pos, gap.start()))
        pos = gap.end()
    cells.append(_trimmed(text, pos, end))
    return cells


def has_line_cells(text: str) -> bool:
    """Whether any line of *text* is a row of cells between "|" marks or runs of spaces.

    Examples
    --------
    >>> has_line_cells("Số giường bệnh   1.200   1.250"), has_line_cells("Một câu.  Câu sau.")
    (True, False)
    """
    for m in _LINE.finditer(text):
        line = m.group()
        if "\t" in line:
            continue
        if line.count("|") >= 2 or len(_GAP.findall(line.strip())) >= _FEWEST_GAPS:
            return True
    return False


def line_cells(text: str) -> list[Span]:
    """The text's lines as a run of cells: each row's cells in turn, a line of one cell
    whole, rules and lines of "|" alone left out.

    Examples
    --------
    >>> text = "Bảng 1\\nCHỈ TIÊU     Năm 2022     Năm 2023\\nTỷ lệ hộ có nước (%)   88   91\\n"
    >>> [text[slice(*span)] for span in line_cells(text)][:4]
    ['Bảng 1', 'CHỈ TIÊU', 'Năm 2022', 'Năm 2023']
    """
    items: list[Span] = []
    for m in _LINE.finditer(text):
        start, end = m.span()
        line = m.group()
        if _RULE.fullmatch(line):
            continue
        if "\t" in line:
            items.append((start, end))
        elif line.count("|") >= 2 or (line.count("|") == 1 and line.strip() != "|"):
            items.extend(_piped(text, start, end))
        elif len(_GAP.findall(line.strip())) >= _FEWEST_GAPS:
            items.extend(_spaced(text, start, end))
        else:
            items.append(_trimmed(text, start, end))
    return items
