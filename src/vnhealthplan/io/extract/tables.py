"""Reading table rows: which column is the label, the unit, a year's value, the lead agency.

A table is a run of lines with tab-separated cells. A row whose cells hold no number is a
header; it says what the rows below it are: targets (a column "chỉ tiêu", "ĐVT", "đơn vị
tính", "kế hoạch" or "mục tiêu") or assignments (a column "chủ trì"). The columns of a
target table that hold values are those after the unit column; a column headed with a year
("Kế hoạch năm 2024", "2025") gives its values that year, and a column of results
("thực hiện", "ước", "kết quả") reports the past or the present: its values are status
figures (:attr:`TableRow.results`), not targets. Markup the OCR
left in the cells ("<i>…</i>", "**") is ignored.

Examples
--------
>>> from vnhealthplan.io.extract.segment import layout
>>> text = "TT\\tCHỈ TIÊU\\tĐVT\\tKế hoạch năm 2024\\n9\\tSố bác sỹ/vạn dân\\tBác sỹ\\t7,7"
>>> row = table_rows(text, layout(text))[0]
>>> row.kind, row.label, row.unit, [m.period.code for _, m in row.values]
('targets', 'Số bác sỹ/vạn dân', 'Bác sỹ', ['2024'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.planyear import history_dated, is_plan_year, plan_year
from vnhealthplan.io.extract.segment import Line, YearMark, year_marks
from vnhealthplan.io.extract.tableunit import table_unit, takes_stated
from vnhealthplan.text import format_unit

__all__ = ["TableRow", "table_rows"]

Span = tuple[int, int]

_MARKUP: Final = re.compile(r"<[^<>\n]{1,20}>|\*\*")
_NUMERIC: Final = re.compile(r"[<>≤≥=~]?\s*[-−]?\d+(?:[.,]\d+)*\s*%?")
_ROLES: Final = {
    "lead": r"chu tri",
    "partners": r"phoi hop",
    "submitted_to": r"cap trinh",
    "due": r"thoi gian|thoi han|tien do",
    "product": r"san pham|sau pham",
    "task": r"noi dung|cong viec|nhiem vu|ten ",
    "unit": r"\bd ?vt\b|don vi tinh|^don vi$",
    "label": r"chi tieu|chi so|noi dung|ten chi",
}
_BARE_YEAR: Final = re.compile(r"\s*(?:19|20)\d\d\s*")
#: The heading of the rows' number (folded): "TT", "STT", "S TT", "Số TT".
_NUMBER: Final = re.compile(r"\s*(?:s? ?tt|so tt|so thu tu)\s*")
_PAST_COLUMN: Final = re.compile(r"thuc hien|\buoc\b|ket qua|nam truoc")
_TARGET_HEADER: Final = re.compile(r"chi tieu|chi so|\bd ?vt\b|don vi tinh|ke hoach|muc tieu")


@attrs.frozen
class TableRow:
    """A table row with its header's reading.

    Parameters
    ----------
    line : Line
    kind : {"targets", "assignments", "other"}
    cells : tuple of spans
    header : tuple of str
        The folded header cells.
    values : tuple of (span, YearMark or None)
        For a target table: the value cells, with the year their column gives.
    results : tuple of (span, YearMark or None)
        For a target table: the cells of columns of results ("thực hiện", "ước" …).
    label_span : tuple of int
    is_sub_row : bool
        True for a row without its own number whose label starts with "-" or "+"
        (a breakdown of the row above).

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "TT\\tCHỈ TIÊU\\tĐVT\\tNăm 2025\\n\\t- <i>Tuyến tỉnh</i>\\t<i>GB</i>\\t<i>2.430</i>"
    >>> row = table_rows(text, layout(text))[0]
    >>> row.is_sub_row, row.label, row.unit
    (True, '- Tuyến tỉnh', 'GB')
    """

    line: Line
    kind: str
    cells: tuple[Span, ...]
    header: tuple[str, ...]
    texts: tuple[str, ...]
    values: tuple[tuple[Span, YearMark | None], ...] = ()
    results: tuple[tuple[Span, YearMark | None], ...] = ()
    label_span: Span = (0, 0)
    is_sub_row: bool = False
    stated: str = ""

    def column(self, role: str) -> int | None:
        """The index of the header column playing *role* ("lead", "unit", "due" …); "Đơn
        vị" right after the rows' number ("STT | Đơn vị | Năm 2024") heads the agencies or
        places the rows are for, not a unit."""
        pattern = re.compile(_ROLES[role])
        for i, h in enumerate(self.header):
            if pattern.search(h) and not (role == "unit" and _agencies(self.header, i)):
                return i
        return None

    def cell(self, role: str) -> str:
        """The cleaned text of the cell playing *role*, or ``""``."""
        i = self.column(role)
        return self.texts[i] if i is not None and i < len(self.texts) else ""

    @property
    def label(self) -> str:
        """The row's label, cleaned."""
        return _clean_text(self.text_at(self.label_span))

    @property
    def unit(self) -> str:
        """The row's unit cell, cleaned; else the unit its table states ("ĐVT: triệu
        đồng" above it, :mod:`.tableunit`), unless the row counts under a share."""
        own = self.cell("unit")
        return own or (self.stated if takes_stated(self.label, self.stated) else "")

    def text_at(self, span: Span) -> str:
        """The cleaned text of the cell at *span*."""
        i = self.cells.index(span) if span in self.cells else None
        return self.texts[i] if i is not None else ""

    def clean(self, span: Span) -> str:
        """The cleaned text of the cell at *span* (an alias of :meth:`text_at`)."""
        return self.text_at(span)


def _agencies(header: Sequence[str], at: int) -> bool:
    """Whether the heading "Đơn vị" at *at* follows the rows' number: it heads agencies."""
    return header[at].strip() == "don vi" and (at == 0 or bool(_NUMBER.fullmatch(header[at - 1])))


def _clean_text(cell: str) -> str:
    return " ".join(_MARKUP.sub("", cell).split())


def _is_header(texts: Sequence[str], current: Sequence[str]) -> bool:
    """No number in any cell, and either no header yet or words of a known header."""
    filled = [t for t in texts if t]
    if not filled or any(_NUMERIC.fullmatch(t) and not _BARE_YEAR.fullmatch(t) for t in filled):
        return False
    return not current or _kind([fold(t) for t in texts]) != "other"


def _kind(header: Sequence[str]) -> str:
    joined = " | ".join(header)
    if re.search(r"chu tri|phoi hop|cap trinh|thoi gian du kien", joined):
        return "assignments"
    if _TARGET_HEADER.search(joined):
        return "targets"
    return "other"


def table_rows(text: str, lines: Sequence[Line]) -> list[TableRow]:
    """The data rows of the text's tables, each read against the header above it.

    Parameters
    ----------
    text : str
    lines : sequence of Line

    Returns
    -------
    list of TableRow

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = ("Số TT\\tNội dung\\tĐơn vị chủ trì\\tThời gian\\n"
    ...         "2\\tĐề án\\tPhòng KH-TC\\tQuý II/2024")
    >>> row = table_rows(text, layout(text))[0]
    >>> row.kind, row.cell("lead"), row.cell("due")
    ('assignments', 'Phòng KH-TC', 'Quý II/2024')
    """
    rows: list[TableRow] = []
    header: tuple[str, ...] = ()
    header_marks: list[YearMark | None] = []
    old: set[int] = set()  # the columns a historical year heads ("1930"): neither kind
    stated = ""
    for line in lines:
        if not line.cells:
            if text[slice(*line.span)].strip():
                header, header_marks = (), []
            continue
        texts = tuple(_clean_text(text[slice(*cell)]) for cell in line.cells)
        if _is_header(texts, header):
            header = tuple(fold(t) for t in texts)
            header_marks = [_year_of(text, cell) for cell in line.cells]
            old = {i for i, cell in enumerate(line.cells) if _historical(text, cell)}
            unit = table_unit(text, line.span[0], texts)
            stated = "" if unit is None else format_unit(unit)
            continue
        if not header:
            continue
        row = _row(text, line, tuple("" if i in old else t for i, t in enumerate(texts)), header,
                   header_marks)  # fmt: skip
        rows.append(attrs.evolve(row, texts=texts, stated=stated))
    return rows


def _year_of(text: str, cell: Span) -> YearMark | None:
    marks = year_marks(text, *cell)
    if marks:
        return marks[0]
    bare = _BARE_YEAR.fullmatch(text[slice(*cell)])
    if bare:
        period = plan_year(bare.group().strip())
        return None if period is None else YearMark(period, cell)
    return None


def _historical(text: str, cell: Span) -> bool:
    bare = _BARE_YEAR.fullmatch(text[slice(*cell)])
    return not is_plan_year(bare.group()) if bare else history_dated(text, *cell) is not None


def _row(
    text: str,
    line: Line,
    texts: tuple[str, ...],
    header: tuple[str, ...],
    marks: list[YearMark | None],
) -> TableRow:
    row = TableRow(line, _kind(header), line.cells, header, texts)
    if row.kind != "targets":
        return row
    unit_col = row.column("unit")
    label_col = row.column("label")
    if label_col is None:
        label_col = max(range(len(texts)), key=lambda i: len(texts[i]))
    first_value = unit_col + 1 if unit_col is not None else label_col + 1
    values: list[tuple[Span, YearMark | None]] = []
    results: list[tuple[Span, YearMark | None]] = []
    for i in range(first_value, min(len(texts), len(header))):
        if texts[i]:
            past = _PAST_COLUMN.search(header[i])
            (results if past else values).append(
                (line.cells[i], marks[i] if i < len(marks) else None)
            )
    label_span = line.cells[label_col] if label_col < len(line.cells) else line.cells[0]
    number = texts[0] if texts else ""
    sub = not number and row.texts[label_col].startswith(("-", "+"))
    return attrs.evolve(
        row,
        values=tuple(values),
        results=tuple(results),
        label_span=label_span,
        is_sub_row=sub,
    )
