"""Word (.docx) files as text, through the optional python-docx: paragraphs and tables.

:func:`vnhealthplan.io.extract.read_text` calls :func:`read_docx` for a ``.docx`` file. Its
body paragraphs become lines; its tables are read as tables, row by row and cell by cell,
and written as lines of tab-separated cells, as the OCR'd plan texts print them, so that
the same rules (:mod:`.tables`) read both:

- a cell merged across columns (``gridSpan``) is written once, in its first column, followed
  by an empty cell for each further column it spans, so that every row has as many cells
  as the table has columns and a value stays under its header;
- a cell merged down rows (``vMerge``) is repeated on every row it spans, so that each row
  reads whole ("Sở Y tế" as the lead of each of the three tasks it was merged beside),
  except a row number ("7", "II", "a)") in the first column: merged down over a breakdown
  ("- Tuyến tỉnh", "- Tuyến huyện"), it is written on the first row only, so that the rows
  under it stay sub-rows;
- header rows: the rows at the top that Word repeats on each page (``tblHeader``), or that
  a cell merged down from the first row covers, are written as one line, each column's
  words top-down ("Kế hoạch" over "2024" and "2025" gives "Kế hoạch 2024" and
  "Kế hoạch 2025"), a header cell merged across columns repeated over each of them;
- a table inside a cell is read as a table of its own, after the table that holds it.

Every stretch of the text keeps its place (:class:`~.source_text.Place`): the body
paragraph (counting those that hold text), or the table, row and cell (tables numbered in
reading order from 1, rows as Word counts them, cells as written here).

Examples
--------
>>> import pathlib, tempfile, docx
>>> document = docx.Document()
>>> _ = document.add_paragraph("I. CÁC CHỈ TIÊU")
>>> table = document.add_table(rows=3, cols=3)
>>> for row, texts in zip(table.rows, [["TT", "Chỉ tiêu", "Năm 2025"],
...                                   ["1", "Tỷ lệ tham gia BHYT", "95%"], ["2", "", "96%"]]):
...     for cell, words in zip(row.cells, texts):
...         cell.text = words
>>> _ = table.cell(1, 1).merge(table.cell(2, 1))  # "Tỷ lệ tham gia BHYT" down two rows
>>> with tempfile.TemporaryDirectory() as folder:
...     path = pathlib.Path(folder, "plan.docx")
...     document.save(path)
...     source = read_docx(path)
>>> print(source.text)
I. CÁC CHỈ TIÊU
TT	Chỉ tiêu	Năm 2025
1	Tỷ lệ tham gia BHYT	95%
2	Tỷ lệ tham gia BHYT	96%
>>> start = source.text.index("96%")
>>> source.location((start, start + 3), "vi")
'bảng 1, hàng 3, ô 3'
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Final

import attrs

from vnhealthplan.core.messages import message
from vnhealthplan.core.optional import require
from vnhealthplan.io.extract.source_text import ExtractError, Place, SourceText

__all__ = ["TextBuilder", "read_docx"]

_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: A data cell: a number, perhaps with a comparator or a percent sign (a year is not one).
_NUMBER: Final = re.compile(r"[<>≤≥=~]?\s*[-−]?\d+(?:[.,]\d+)*\s*%?")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_ROW_NUMBER: Final = re.compile(r"\d{1,3}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.?|[a-zđ][.)]?", re.I)


class TextBuilder:
    """A text put together piece by piece, each piece's place recorded where it starts.

    Examples
    --------
    >>> text = TextBuilder()
    >>> text.add("Mục tiêu", Place(0, paragraph=1))
    >>> text.add("\\n")
    >>> text.add("Đạt 95%.", Place(0, paragraph=2))
    >>> text.source("<text>", "str").place(10)
    Place(start=9, page=None, paragraph=2, line=None, table=None, row=None, cell=None)
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.places: list[Place] = []
        self.size = 0

    def add(self, piece: str, place: Place | None = None) -> None:
        """Add *piece* (put in normal form C), starting *place* where it starts."""
        piece = unicodedata.normalize("NFC", piece)
        if place is not None:
            self.places.append(attrs.evolve(place, start=self.size))
        self.parts.append(piece)
        self.size += len(piece)

    def source(self, name: str, encoding: str, notes: tuple[str, ...] = ()) -> SourceText:
        """The text put together, with its places."""
        return SourceText("".join(self.parts), name, encoding, notes, tuple(self.places))


def read_docx(path: Path) -> SourceText:
    """The paragraphs and tables of a Word file, in document order (see the module notes).

    Examples
    --------
    >>> import pathlib, tempfile, docx
    >>> document = docx.Document()
    >>> _ = document.add_paragraph("Đến năm 2025 đạt 95%.")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "plan.docx")
    ...     document.save(path)
    ...     source = read_docx(path)
    >>> source.text, source.location((0, 3), "vi")
    ('Đến năm 2025 đạt 95%.', 'đoạn 1')
    """
    docx = require("docx", "docx", f"reading {path.name}")
    try:
        document = docx.Document(str(path))
    except Exception as err:  # python-docx raises several kinds for a broken file
        raise ExtractError(
            str(path), message("a file that is not a readable .docx ({err})", err=str(err))
        ) from None
    reader = _Reader(TextBuilder(), document)
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            reader.table(block._tbl)
        elif block.text.strip():
            reader.paragraph(block.text)
        else:
            reader.lines.append("")
    return reader.finish(str(path))


@attrs.define
class _Cell:
    text: str
    column: int  # the first grid column
    span: int  # grid columns covered
    merged_down: bool  # a vMerge continuation: the text of the cell above
    nested: list[Any]  # tables inside the cell


class _Reader:
    """Lines of text with their places; tables numbered in reading order."""

    def __init__(self, builder: TextBuilder, document: Any) -> None:
        self.builder = builder
        self.document = document  # what python-docx's paragraphs find their part through
        self.lines: list[str] = []  # pending empty lines, written before the next piece
        self.paragraphs = 0
        self.tables = 0

    def _line(self, pieces: list[tuple[str, Place]]) -> None:
        if self.builder.size:
            self.builder.add("\n" * (len(self.lines) + 1))
        self.lines.clear()
        for i, (piece, place) in enumerate(pieces):
            if i:
                self.builder.add("\t")
            self.builder.add(piece, place)

    def paragraph(self, text: str) -> None:
        self.paragraphs += 1
        self._line([(text, Place(0, paragraph=self.paragraphs))])

    def table(self, tbl: Any) -> None:
        self.tables += 1
        number = self.tables
        rows = [_cells(tr, self.document) for tr in tbl.iterchildren(f"{_W}tr")]
        _fill_merged(rows)
        heads = _header_rows(tbl, rows)
        nested: list[Any] = []
        if heads > 1:
            texts = _header_texts(rows[:heads])
            self._line([(t, Place(0, table=number, row=1, cell=c)) for c, t in enumerate(texts, 1)])
        for r, row in enumerate(rows, 1):
            nested.extend(t for cell in row for t in cell.nested)
            if r <= heads and heads > 1:
                continue
            pieces = []
            for c, cell in enumerate(row, 1):
                pieces.append((cell.text, Place(0, table=number, row=r, cell=c)))
                pieces.extend(
                    ("", Place(0, table=number, row=r, cell=c)) for _ in range(cell.span - 1)
                )
            self._line(pieces)
        self.lines.append("")  # a blank line ends the table
        for inner in nested:
            self.table(inner)

    def finish(self, name: str) -> SourceText:
        return self.builder.source(name, "docx")


def _cells(tr: Any, document: Any) -> list[_Cell]:
    from docx.text.paragraph import Paragraph

    column = _int(tr, f"{_W}trPr/{_W}gridBefore")
    cells = []
    for tc in tr.iterchildren(f"{_W}tc"):
        span = max(1, _int(tc, f"{_W}tcPr/{_W}gridSpan"))
        merge = tc.find(f"{_W}tcPr/{_W}vMerge")
        continued = merge is not None and merge.get(f"{_W}val", "continue") == "continue"
        words = [Paragraph(p, document).text for p in tc.iterchildren(f"{_W}p")]
        text = " ".join(" ".join(words).split())
        cells.append(_Cell(text, column, span, continued, list(tc.iterchildren(f"{_W}tbl"))))
        column += span
    return cells


def _int(element: Any, path: str) -> int:
    found = element.find(path)
    value = found.get(f"{_W}val") if found is not None else None
    return int(value) if value is not None and value.isdigit() else 0


def _fill_merged(rows: list[list[_Cell]]) -> None:
    """Give each cell merged down from above the text of the cell it continues.

    Not a row number ("7", "II", "a)") in the first column: merged down over the rows of a
    breakdown ("- Tuyến tỉnh", "- Tuyến huyện"), it numbers the group, and the rows under
    the first are sub-rows, without a number of their own, as :mod:`.tables` reads them.
    """
    above: dict[int, str] = {}
    for row in rows:
        for cell in row:
            if cell.merged_down:
                text = above.get(cell.column, "")
                cell.text = "" if cell.column == 0 and _ROW_NUMBER.fullmatch(text) else text
            else:
                above[cell.column] = cell.text


def _header_rows(tbl: Any, rows: list[list[_Cell]]) -> int:
    """How many rows at the top are header rows (see the module notes)."""
    marked = 0
    for tr in tbl.iterchildren(f"{_W}tr"):
        if tr.find(f"{_W}trPr/{_W}tblHeader") is None:
            break
        marked += 1
    covered = 0
    if rows:
        merged = {cell.column for cell in rows[0]}  # columns merged down from the first row
        for row in rows[1:]:
            merged &= {c.column for c in row if c.merged_down}
            if not merged:
                break
            covered += 1
    heads = max(marked, covered + 1 if covered else 0)
    for count, row in enumerate(rows[:heads]):  # a header holds no data number
        if any(_NUMBER.fullmatch(c.text) and not _YEAR.fullmatch(c.text) for c in row):
            return count
    return heads


def _header_texts(rows: list[list[_Cell]]) -> list[str]:
    """One text per grid column: each header row's words over it, top-down, once each."""
    columns: dict[int, list[str]] = {}
    for row in rows:
        for cell in row:
            for column in range(cell.column, cell.column + cell.span):
                words = columns.setdefault(column, [])
                if cell.text and (not words or words[-1] != cell.text):
                    words.append(cell.text)
    return [" ".join(columns[c]) for c in sorted(columns)]
