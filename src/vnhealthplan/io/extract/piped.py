"""Tables flattened one cell per line between "|" lines: their figures are status figures.

A table copied from a legal-text portal often comes out with each cell on a line of its
own and a line holding only "|" between two cells, the rows running on with no mark
between them. The cells before the first number are the column headings; the cell just
before that number is the first row's label, so the table has as many columns as
headings, and every later row is a label followed by that many cells less one. A table
whose cells are all words (a document's header: "UBND TỈNH | CỘNG HÒA …") has no figure.

Each number in a row of a statistics table is an observation, quoted from its row's label
to the cell. Its year is the column's when the heading is a year ("2019"), else the year
the caption just above the table writes ("Cấu trúc dân số … cuối năm 2019"), else the
document's. Its unit is written in the row's label, the headings or the caption: "(%)", a
unit the words read as ("Số giường bệnh": beds), or a population ("Dân số", "số người"):
people; a unit the caption states ("ĐVT: người", :mod:`.tableunit`) is that of every row
but a share's. A row with no unit, or a table whose headings say it plans ("kế hoạch", "mục
tiêu", "chỉ tiêu") or whose years come after the document's, is left alone. A cell that
repeats a number the text wrote before the table ("dân số 908.241 người" in the
paragraph, then the table's total 908.241) is the same figure: not drafted again.

Examples
--------
>>> text = ("Dân số năm 2021\\nNhóm tuổi\\n|\\nTổng số\\n|\\nNam\\n|\\nNữ\\n|\\n"
...         "Tổng\\n|\\n1.200\\n|\\n590\\n|\\n610\\n|\\n<15 tuổi\\n|\\n300\\n|\\n160\\n|\\n140\\n")
>>> [(c.value.magnitude, str(c.value.units), c.period.code) for c in piped_figures(text)][:3]
[(1200, 'person', '2021'), (590, 'person', '2021'), (610, 'person', '2021')]
>>> text[slice(*piped_figures(text)[4].span)]
'<15 tuổi\\n|\\n300\\n|\\n160'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from vnhealthplan.core.fold import fold
from vnhealthplan.core.units import registry
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.flatcells import label_unit, row_span
from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.tableunit import table_unit, takes_stated
from vnhealthplan.io.extract.totalrows import GROUPED
from vnhealthplan.model.period import Period
from vnhealthplan.text import parse_target_phrase

__all__ = ["piped_figures"]

Span = tuple[int, int]

#: A cell, then a line holding only "|": the start of a flattened table's cell run.
_PIPE_LINE: Final = re.compile(r"^[ \t]*\|[ \t]*$", re.MULTILINE)
_NUMBER: Final = re.compile(r"[ \t]*\d{1,3}(?:\.\d{3})+(?:,\d+)?[ \t]*|[ \t]*\d+(?:,\d+)?[ \t]*")
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
_BARE_YEAR: Final = re.compile(r"[ \t]*((?:19|20)\d\d)[ \t]*")
_PLANNED: Final = re.compile(r"\b(?:ke hoach|muc tieu|chi tieu|phan dau)\b")
_PEOPLE: Final = re.compile(r"\b(?:dan so|so nguoi|so dan)\b")
_PERCENT: Final = re.compile(r"\(\s*%\s*\)|\bty le\b|\bti le\b")
_LEAD_SO: Final = re.compile(r"^\s*(?:tổng\s+)?số\s+", re.IGNORECASE)
#: A number written with thousands grouped ("908.241"): one the text wrote before a table
#: is not drafted again from the table.
#: How far above the table its caption is read (its year, its unit).
_CAPTION_CHARS: Final = 160
#: The fewest cells of a table: a heading row and one row of two columns.
_FEWEST_COLUMNS: Final = 2


def _cells(text: str, first_pipe: re.Match[str]) -> tuple[list[Span], int]:
    """The cells of the run around *first_pipe* (the line before it, then one after each
    "|" line), and where the run ends."""
    before = text.rfind("\n", 0, max(0, first_pipe.start() - 1)) + 1
    cells = [(before, first_pipe.start() - 1)]
    pos = first_pipe.end()
    while pos < len(text):
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cells.append((start, end))
        pipe = _PIPE_LINE.match(text, end + 1) if end < len(text) else None
        if pipe is None:
            return cells, end
        pos = pipe.end()
    return cells, len(text)


def _is_number(text: str, cell: Span) -> bool:
    return _NUMBER.fullmatch(text, *cell) is not None


def _unit(words: str) -> Any:
    """The unit the headings or the caption write, or None."""
    folded = fold(words)
    if _PERCENT.search(folded):
        return registry().Unit("percent")
    if _PEOPLE.search(folded):
        return registry().Unit("person")
    for line in words.splitlines():
        unit = label_unit(_LEAD_SO.sub("", line.strip()).split())
        if unit is not None:
            return unit
    return None


def _row_unit(label: str, stated: Any, of_table: Any) -> Any:
    """The unit of a row: the one its label writes; under a unit the table states, only a
    share's ("(%)", "tỷ lệ"), else the table's: the label then names a place or an item, not
    what is counted; but a counting row ("Số trạm y tế …") never takes a stated share
    (:func:`.tableunit.takes_stated`)."""
    if stated is None:
        return _unit(label) or of_table
    if not takes_stated(label, stated):
        return _unit(label)
    return registry().Unit("percent") if _PERCENT.search(fold(label)) else of_table


def _is_heading_year(text: str, cell: Span) -> bool:
    return _BARE_YEAR.fullmatch(text, *cell) is not None


def _figures(
    text: str, cells: list[Span], caption: str, fallback: int | None, seen: frozenset[str]
) -> Iterator[Candidate]:
    numeric = [
        i for i, c in enumerate(cells) if _is_number(text, c) and not _is_heading_year(text, c)
    ]
    if not numeric or numeric[0] < _FEWEST_COLUMNS + 1:
        return
    width = numeric[0] - 1
    headings = [text[slice(*c)].strip() for c in cells[:width]]
    words = "\n".join([caption, *headings])
    if _PLANNED.search(fold(words)):
        return
    stated = table_unit(text, cells[0][0], headings)  # "ĐVT: …" above, :mod:`.tableunit`
    unit_of_table = stated or _unit(words)
    years = [int(m.group(1)) if (m := _BARE_YEAR.fullmatch(h)) else None for h in headings]
    in_caption = _YEAR.findall(caption)
    year = int(in_caption[-1]) if in_caption else fallback
    if fallback is not None and any(y > fallback for y in [*filter(None, years), year or 0]):
        return  # a year after the document's: the table plans
    for row in range(width, len(cells), width):
        label, values = cells[row], cells[row + 1 : row + width]
        if _is_number(text, label) or not re.search(r"[^\W\d_]", text[slice(*label)]):
            return
        unit = _row_unit(text[slice(*label)], stated, unit_of_table)
        for column, cell in enumerate(values, 1):
            written = text[slice(*cell)].strip()
            if not _is_number(text, cell):
                if written:
                    return
                continue
            at = years[column] or year  # a historical one ("1930") dates nothing: left
            period = None if at is None else plan_year(at)
            if period is None or unit is None or written in seen:
                continue
            yield _candidate(text, label, cell, written, unit, period, headings[column])


def _candidate(
    text: str, label: Span, cell: Span, written: str, unit: Any, period: Period, heading: str
) -> Candidate:
    phrase = parse_target_phrase(written)
    value = registry().Quantity(getattr(phrase.value, "magnitude", phrase.value), unit)
    row = " ".join(text[slice(*label)].split())
    reasons = (
        reason(
            "a table of figures, one cell a line between '|' lines: {row}, {heading}",
            row=row,
            heading=heading,
        ),
    )
    return Candidate(
        row_span(text, label, cell),
        "",
        f"{row} ({heading})",
        value,
        None,
        phrase,
        period,
        None,
        "",
        0.7,
        reasons,
        role="observation",
    )


def piped_figures(text: str, year: int | None = None) -> list[Candidate]:
    """The status figures of the text's "|"-flattened tables, in text order.

    Parameters
    ----------
    text : str
    year : int, optional
        The document's year: the figures' year when neither a column heading nor the
        caption above the table writes one (figures with no year are not drafted).

    Examples
    --------
    A document's header, flattened the same way, has no figure:

    >>> piped_figures("UBND TỈNH X\\n|\\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\\n|\\nSố: 12/KH-UBND")
    []
    >>> text = "Chỉ số\\n|\\n2020\\n|\\n2021\\n|\\nSố giường bệnh\\n|\\n1.150\\n|\\n1.210\\n"
    >>> [(c.value.magnitude, str(c.value.units), c.period.code) for c in piped_figures(text)]
    [(1150, 'bed', '2020'), (1210, 'bed', '2021')]
    """
    found: list[Candidate] = []
    done = 0
    grouped = [(m.start(), m.group()) for m in GROUPED.finditer(text)] if "\n|" in text else []
    for pipe in _PIPE_LINE.finditer(text):
        if pipe.start() < done:
            continue
        cells, done = _cells(text, pipe)
        caption = text[max(0, cells[0][0] - _CAPTION_CHARS) : cells[0][0]]
        caption = caption[caption.rfind(".") + 1 :] if "." in caption else caption
        seen = frozenset(n for at, n in grouped if at < cells[0][0])  # written before it
        found.extend(_figures(text, cells, caption, year, seen))
    return found
