"""PDF files as text, through the optional pypdf: the text layer, with its tables' columns.

:func:`vnhealthplan.io.extract.read_text` calls :func:`read_pdf` for a ``.pdf`` file. Each
page's text layer is read in pypdf's layout mode, which keeps the columns of a table apart
by spaces; :func:`columns_to_cells` then finds the table-like blocks of each page (two or
more lines, blank lines between them allowed, whose cells, the words between runs of two
or more spaces, start at shared columns) and writes their rows as lines of tab-separated
cells, each cell under its column (an empty cell where a row has none), as the OCR'd plan
texts print them, so that the same rules (:mod:`.tables`) read both. Rows run on over a
page break without a break (a table-like line at the top of a page continues the table that
ended the page before). Outside tables, the layout's indentation is dropped, the lines a
paragraph wraps after are joined again with a space (a line
reaching the right margin, not ending a sentence or a heading, followed by one that does
not open an item), blank lines become one blank line (a paragraph break), and a line that
is only a page number at the top or the bottom of a page is dropped. Pages are separated
by a blank line, unless a paragraph or a table runs on over the break.

In a table whose first column numbers its rows, the lines a row's cells wrap onto are
joined to the row again, each cell's words after that cell's (a line opening a breakdown,
"- Tuyến tỉnh", stays a row of its own), and the header lines above the first numbered row
are joined into one header. Every line keeps its place (:class:`~.source_text.Place`): the
page and the line on the page (counting lines that hold text); a joined paragraph keeps the
place of each of its lines, a joined table row that of its first line. Not done: a table
without a numbered first column keeps a wrapped row as several lines; a cell whose words
are set in the middle of a tall row may put its first line above the row's number; text in
columns side by side outside a table is read line by line across them. A scanned page (no
text layer) is refused with
:class:`~.source_text.ScannedPDFError`, an encrypted file with an
:class:`~.source_text.ExtractError`.

Examples
--------
>>> page = ("Phụ lục\\n\\n  TT    Chỉ tiêu                 ĐVT      Năm 2025\\n\\n"
...         "  1     Số bác sĩ/vạn dân        bác sĩ   12\\n"
...         "        - Tuyến tỉnh             bác sĩ   5\\n")
>>> for line, cells in columns_to_cells(page):
...     print(line, cells)
1 ['Phụ lục']
2 ['TT', 'Chỉ tiêu', 'ĐVT', 'Năm 2025']
3 ['1', 'Số bác sĩ/vạn dân', 'bác sĩ', '12']
4 ['', '- Tuyến tỉnh', 'bác sĩ', '5']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Final

import attrs

from vnhealthplan.core.messages import message
from vnhealthplan.core.optional import require
from vnhealthplan.io.extract.source_text import ExtractError, Place, ScannedPDFError, SourceText
from vnhealthplan.io.extract.word import TextBuilder

__all__ = ["PdfLine", "columns_to_cells", "read_pdf"]

_CELL: Final = re.compile(r"\S+(?: \S+)*")  # a cell: words one space apart
_PAGE_NUMBER: Final = re.compile(
    r"[-–\s]*(?:trang|page)?\s*\d{1,4}(?:\s*/\s*\d{1,4})?[-–\s]*", re.I
)
#: What opens an item or a heading: a dash or bullet, a number or letter with "." or ")".
_OPENING: Final = re.compile(r"[-+•*–]|\(?(?:\d{1,2}(?:\.\d{1,2})*|[IVXL]{1,5}|[a-zđ])[.)\-]\s")
_ROW_NUMBER: Final = re.compile(r"\d{1,3}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.?|[a-zđ]\)")
#: A line reaching this share of the page's longest line runs to the right margin.
_FULL: Final = 0.8
#: How far apart (in characters) two cells' starts may be and still share a column.
_SLACK: Final = 1


def read_pdf(path: Path) -> SourceText:
    """The text layer of a PDF's pages, tables as tab-separated cells (see the module notes).

    Examples
    --------
    A one-page PDF written by hand (Helvetica, ASCII only), its text at the page's top:

    >>> import pathlib, tempfile
    >>> words = b"BT /F1 12 Tf 50 800 Td (Den nam 2025 dat 95%.) Tj ET"
    >>> objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
    ...     b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources"
    ...     b"<</Font<</F1<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>>>>>>>",
    ...     b"<</Length %d>>stream\\n%s\\nendstream" % (len(words), words)]
    >>> data, offsets = b"%PDF-1.4\\n", []
    >>> for number, body in enumerate(objects, 1):
    ...     offsets.append(len(data))
    ...     data += b"%d 0 obj\\n%s\\nendobj\\n" % (number, body)
    >>> data += (b"xref\\n0 5\\n0000000000 65535 f \\n"
    ...     + b"".join(b"%010d 00000 n \\n" % offset for offset in offsets)
    ...     + b"trailer<</Size 5/Root 1 0 R>>\\nstartxref\\n%d\\n%%%%EOF\\n" % len(data))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "plan.pdf")
    ...     _ = path.write_bytes(data)
    ...     source = read_pdf(path)
    >>> source.text, source.location((0, 3), "vi")
    ('Den nam 2025 dat 95%.', 'trang 1, dòng 1')
    """
    pypdf = require("pypdf", "pdf", f"reading {path.name}")
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            raise ExtractError(str(path), message("an encrypted PDF (decrypt it first)"))
        pages = [_page_text(page) for page in reader.pages]
    except pypdf.errors.PyPdfError as err:
        raise ExtractError(
            str(path), message("a file that is not a readable PDF ({err})", err=str(err))
        ) from None
    if not any(page.strip() for page in pages):
        count = len(pages)
        if count == 1:
            reason = message(
                "a PDF without a text layer ({count} page, no text): a scan needs OCR first "
                "(for example with ocrmypdf)",
                count=count,
            )
        else:
            reason = message(
                "a PDF without a text layer ({count} pages, no text): a scan needs OCR first "
                "(for example with ocrmypdf)",
                count=count,
            )
        raise ScannedPDFError(str(path), reason)
    notes = tuple(f"page {i} has no text" for i, page in enumerate(pages, 1) if not page.strip())
    builder = TextBuilder()
    carried: list[int] = []
    previous: PdfLine | None = None
    for number, page in enumerate(pages, 1):
        lines, carried = _page_cells(page, carried)
        for line in lines:
            builder.add(_separator(previous, line) if builder.size else "")
            builder.add("\t".join(line.cells), Place(0, page=number, line=line.line))
            previous = line
    return builder.source(str(path), "pdf", notes)


def _page_text(page: object) -> str:
    try:
        return page.extract_text(extraction_mode="layout") or ""  # type: ignore[attr-defined]
    except (ValueError, KeyError, TypeError, ZeroDivisionError):  # a layout pypdf cannot place
        return page.extract_text() or ""  # type: ignore[attr-defined]


@attrs.frozen
class PdfLine:
    """A line of a page as read.

    Parameters
    ----------
    line : int
        Its number on the page, counting lines that hold text (from 1).
    cells : tuple of str
        A table row's cells, or the line's words (one cell).
    table : bool
        Whether it is a row of a table-like block.
    after_gap : bool
        Whether blank lines stand before it on the page (a paragraph break).
    full : bool
        Whether it runs (nearly) to the right margin, as a line does that a paragraph
        wraps after.

    Examples
    --------
    >>> PdfLine(3, ("1", "Số bác sĩ/vạn dân", "bác sĩ", "12"), table=True).cells[1]
    'Số bác sĩ/vạn dân'
    """

    line: int
    cells: tuple[str, ...]
    table: bool = False
    after_gap: bool = False
    full: bool = False


def _separator(previous: PdfLine | None, line: PdfLine) -> str:
    """What goes between two lines: a space within a paragraph, else one or two newlines."""
    if previous is None:
        return ""
    if line.table and previous.table:
        return "\n"
    # a blank line does not end a paragraph that runs to the margin mid-sentence: pypdf
    # puts one between lines set wider apart than their font's height
    if not (line.table or previous.table) and _continues(previous, line):
        return " "
    return "\n\n" if line.after_gap or line.line == 1 else "\n"


def _continues(previous: PdfLine, line: PdfLine) -> bool:
    """Whether *line* continues the paragraph *previous* wraps after.

    Not after a line short of the margin, or ending a sentence or a heading (".", ":",
    "!", "?", "…"), or in capitals (a heading); not onto a line opening an item or a
    heading ("a)", "2.", "+"), except a dash after a line ending mid-phrase (a word, a
    number, a bracket), which is a hyphen the wrap put first ("Mắt - Tai Mũi Họng\n- Răng").
    A line ending with ";" wraps on ("…nhóm ba;" then "100% các trung tâm…").
    """
    before, text = previous.cells[0], line.cells[0]
    if not previous.full or before.endswith((".", ":", "!", "?", "…")):
        return False
    if before.upper() == before:
        return False
    opening = _OPENING.match(text)
    mid_phrase = before[-1:].isalnum() or before.endswith(")")
    return not opening or (opening.group() in ("-", "–") and mid_phrase)


def columns_to_cells(page: str, carried: Sequence[int] = ()) -> list[tuple[int, list[str]]]:
    """A page's text in layout mode as (line on the page, cells) pairs (see the module notes).

    A line outside a table is one cell, its words as printed. *carried*: the columns of a
    table that ends the page before, which a table-like line at the top of this page
    continues, even alone.

    Examples
    --------
    >>> page = "  TT    Chỉ tiêu              Năm 2025\\n  1     Số bác sĩ/vạn dân     12\\n"
    >>> columns_to_cells(page)
    [(1, ['TT', 'Chỉ tiêu', 'Năm 2025']), (2, ['1', 'Số bác sĩ/vạn dân', '12'])]
    """
    return [(line.line, list(line.cells)) for line in _page_cells(page, carried)[0]]


def _page_cells(page: str, carried: Sequence[int]) -> tuple[list[PdfLine], list[int]]:
    """The page's lines, and the columns of a table that ends the page (or [])."""
    raw = [line.rstrip().replace("\t", "    ") for line in page.splitlines()]
    gaps = [i > 0 and not raw[i - 1].strip() for i in range(len(raw))]
    kept = [i for i, line in enumerate(raw) if line.strip()]
    while kept and _PAGE_NUMBER.fullmatch(raw[kept[0]]):
        kept.pop(0)
    while kept and _PAGE_NUMBER.fullmatch(raw[kept[-1]]):
        kept.pop()
    lines = [raw[i] for i in kept]
    reach = max((len(line) for line in lines), default=0)
    cells = [[(m.start(), m.group()) for m in _CELL.finditer(line)] for line in lines]
    out: list[PdfLine] = []
    columns: list[int] = []
    i = 0
    while i < len(lines):
        end = _block_end(cells, i)
        continued = i == 0 and bool(carried) and end > i
        if end - i >= 2 or continued:
            columns = _columns(cells[i:end])
            if continued and len(columns) != len(carried):
                # pages are laid out at their own scale: fit the page's cells to the
                # columns the table had, each to the nearest one
                columns = list(carried)
            rows = [
                PdfLine(
                    j + 1, tuple(_place_cells(cells[j], columns)), True, gaps[kept[j]] and j > 0
                )
                for j in range(i, end)
            ]
            out.extend(_rejoin(rows))
            i = end
        else:
            full = len(lines[i]) >= _FULL * reach
            words = (" ".join(lines[i].split()),)
            out.append(PdfLine(i + 1, words, after_gap=gaps[kept[i]] and i > 0, full=full))
            i += 1
            columns = []
    return out, columns


def _is_row(cells: list[tuple[int, str]]) -> bool:
    """Three cells or more, or two set apart by three spaces or more (not a justified gap)."""
    if len(cells) >= 3:
        return True
    return len(cells) == 2 and cells[1][0] - (cells[0][0] + len(cells[0][1])) >= 3


def _block_end(cells: list[list[tuple[int, str]]], start: int) -> int:
    """The end of the table-like block from line *start* (*start* itself if none).

    A line of one cell inside the block, starting at one of its columns but not the first,
    is a cell's words wrapped onto a line of their own: it stays in the block.
    """
    end = start
    columns: set[int] = set()  # every cell start seen in the block, each within the slack
    left = 0
    while end < len(cells):
        starts = [s for s, _ in cells[end]]
        if columns and len(starts) == 1 and starts[0] in columns and starts[0] > left + _SLACK:
            end += 1
            continue
        if not _is_row(cells[end]) or (columns and sum(s in columns for s in starts) < 2):
            break
        left = starts[0] if not columns else left
        columns.update(s + d for s in starts for d in range(-_SLACK, _SLACK + 1))
        end += 1
    return end


def _rejoin(rows: list[PdfLine]) -> list[PdfLine]:
    """A table's rows with the lines their cells wrap onto joined again.

    Only in a table whose first column numbers its rows ("1", "II", "a)", two rows or
    more): the lines above the first numbered row are its header, joined into one; below
    it, a line without a number and not opening a breakdown ("- Tuyến tỉnh", "+ …")
    continues the row above, each cell's words after that cell's. (A blank line in the
    layout says nothing here: pypdf puts one between some wrapped lines of a cell.)
    """
    numbered = [k for k, row in enumerate(rows) if _ROW_NUMBER.fullmatch(row.cells[0])]
    if len(numbered) < 2:
        return rows
    out = [_join(rows[: numbered[0]])] if numbered[0] else []
    for row in rows[numbered[0] :]:
        words = next((c for c in row.cells if c), "")
        if row.cells[0] or words.startswith(("-", "+", "•", "*")) or not out:
            out.append(row)
        else:
            out[-1] = _join([out[-1], row])
    return out


def _join(rows: list[PdfLine]) -> PdfLine:
    cells = [
        " ".join(row.cells[k] for row in rows if row.cells[k]) for k in range(len(rows[0].cells))
    ]
    return attrs.evolve(rows[0], cells=tuple(cells))


def _columns(block: list[list[tuple[int, str]]]) -> list[int]:
    """The block's column starts: every cell start, those within the slack of another merged."""
    starts = sorted({s for row in block for s, _ in row})
    columns: list[int] = []
    for s in starts:
        if not columns or s - columns[-1] > _SLACK:
            columns.append(s)
    return columns


def _place_cells(row: list[tuple[int, str]], columns: list[int]) -> list[str]:
    placed = [""] * len(columns)
    for start, text in row:
        i = min(range(len(columns)), key=lambda k: abs(columns[k] - start))
        placed[i] = f"{placed[i]} {text}".strip()
    return placed
