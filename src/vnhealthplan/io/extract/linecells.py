"""Tables laid out one row a line, their cells between "|" marks or runs of spaces; cells
a PDF's text layer broke over two lines.

A table converted to plain text or markdown keeps each row on a line, its cells between
"|" marks ("| 1 | Tỷ lệ tiêm chủng đầy đủ | % | 95 | 96 |", a rule of dashes under the
headings); a PDF's text layer laid out as on the page keeps them apart by runs of spaces
("Số giường bệnh      1.200     1.250"). Read cell by cell, left to right and row by row,
such a table is the same run of cells as one flattened a cell a line, which
:mod:`.cellrows` reads: :func:`line_cells` gives that run. A line of one cell (a caption,
a sentence) stays one item; a rule of dashes or a line holding only "|" is left out; a
line is split at runs of spaces only when it holds two runs at least (three cells), so
that a sentence with one double space stays whole. A table flattened one cell a line
from a PDF often breaks a long label, or a heading, over two lines: :func:`joined_lines`
joins them again.

Examples
--------
>>> text = "| Chỉ tiêu | 2023 | 2024 |\\n|---|---|---|\\n| Số giường bệnh | 1.200 | |\\n"
>>> [text[slice(*span)] for span in line_cells(text)]
['Chỉ tiêu', '2023', '2024', 'Số giường bệnh', '1.200', '']
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import Any, Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.headcues import cue_role

__all__ = ["disjoint_add", "fuller", "has_line_cells", "joined_lines", "line_cells"]

Span = tuple[int, int]
#: A table read: its extent and its figures.
Table = tuple[Span, list[Any]]

_LINE: Final = re.compile(r"[^\n]+")
#: A rule between a table's rows: dashes, "=", "+", ":" and "|" only.
_RULE: Final = re.compile(r"[\s|+:=_-]*")
#: A gap between cells of a row laid out as on the page: two spaces or more. (Rows of
#: tab-separated cells are :mod:`.tables`'s: a line holding a tab is not split here.)
_GAP: Final = re.compile(r"(?<=\S) {2,}(?=\S)")
#: A year alone on a line, under the heading it completes (folded).
_YEAR_ALONE: Final = re.compile(r"\s*(?:nam\s+)?(?:19|20)\d\d\s*")
#: The longest line a year alone is written on ("  năm 2025 ").
_YEAR_CHARS: Final = 12
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


def joined_lines(text: str, lines: Sequence[Span]) -> list[Span]:
    """*lines* (one cell each) with the lines a PDF's text layer broke joined again: a line
    starting with a small letter continues the cell of words above it ("Tỷ lệ trẻ em được
    tiêm" / "chủng đầy đủ"), and a year alone ("2025", "năm 2025") under a heading of
    results or aims ("Kế hoạch") completes it.

    Examples
    --------
    >>> text = "Kế hoạch\\nnăm 2025\\nTỷ lệ trẻ em được tiêm\\nchủng đầy đủ (%)\\n95\\n"
    >>> [text[slice(*span)] for span in joined_lines(text, [(0, 8), (9, 17), (18, 40),
    ...                                                       (41, 57), (58, 60)])]
    ['Kế hoạch\\nnăm 2025', 'Tỷ lệ trẻ em được tiêm\\nchủng đầy đủ (%)', '95']
    """
    items: list[Span] = []
    joins = False  # whether the last item is a cell of words a next line may continue
    for start, end in lines:
        words = text[start:end].strip()
        if items and joins and words and _continues(text, items[-1], words):
            items[-1] = (items[-1][0], end)
            joins = "\t" not in words and "|" not in words
        else:
            items.append((start, end))
            joins = bool(re.search(r"[^\W\d_]", words)) and "\t" not in words and "|" not in words
    return items


def _continues(text: str, above: Span, words: str) -> bool:
    """Whether the line *words* continues the cell of words at *above*."""
    if len(words) <= _YEAR_CHARS and _YEAR_ALONE.fullmatch(fold(words)):
        return above[1] - above[0] <= _YEAR_CHARS * 4 and cue_role(text[slice(*above)]) is not None
    return words[0].islower()


def fuller(tables: list[Table], other: list[Table]) -> list[Table]:
    """*tables*, each replaced by the tables of *other* it overlaps when they hold more
    figures (a table read whole where its lines were joined, not cut at a broken label),
    then the tables of *other* that overlap none kept.

    Each list is in order, none of its tables overlapping another (as :mod:`.cellrows`
    reads them): the tables a table overlaps are found by bisection, so the time grows
    with the number of tables, not its square.

    Examples
    --------
    >>> fuller([((0, 50), [1])], [((0, 90), [1, 2, 3]), ((95, 99), [4])])
    [((0, 90), [1, 2, 3]), ((95, 99), [4])]
    >>> fuller([((0, 50), [1, 2])], [((0, 40), [1])])
    [((0, 50), [1, 2])]
    """
    starts = [start for (start, _), _ in other]
    ends = [end for (_, end), _ in other]
    kept: list[Table] = []
    used: set[int] = set()
    for table in tables:
        (start, end), figures = table
        clash = range(bisect.bisect_right(ends, start), bisect.bisect_left(starts, end))
        if any(i in used for i in clash):
            continue  # read whole by a table of *other* kept already
        if sum(len(other[i][1]) for i in clash) > len(figures):
            kept.extend(other[i] for i in clash)
            used.update(clash)
        else:
            kept.append(table)
    spans = sorted(span for span, _ in kept)
    reach = list(itertools.accumulate((end for _, end in spans), max))
    kept += [t for t in other if not _overlaps(spans, reach, t[0])]
    return sorted(kept, key=lambda table: table[0])


def _overlaps(spans: Sequence[Span], reach: Sequence[int], span: Span) -> bool:
    """Whether *span* overlaps one of *spans* (in order of their start; *reach* the
    furthest end of each and those before it)."""
    before = bisect.bisect_left(spans, (span[1],))  # the spans that start before it ends
    return before > 0 and reach[before - 1] > span[0]


def disjoint_add(kept: list[Table], found: Sequence[Table]) -> list[Table]:
    """*kept* (in order, none overlapping another) with each table of *found* that overlaps
    none of them, nor one of *found* added before it; in order of their start. A bisection
    finds a table's neighbours: linear in the number of tables, not quadratic.

    Examples
    --------
    >>> disjoint_add([((10, 20), [1])], [((15, 30), [2]), ((20, 25), [3]), ((0, 5), [4])])
    [((0, 5), [4]), ((10, 20), [1]), ((20, 25), [3])]
    """
    spans = [span for span, _ in kept]
    tables = list(kept)
    for span, figures in found:
        at = bisect.bisect_left(spans, (span[1],))  # the spans that start before it ends
        if at == 0 or spans[at - 1][1] <= span[0]:  # disjoint: the last of them ends last
            spans.insert(at, span)
            tables.append((span, figures))
    return sorted(tables, key=lambda table: table[0])
