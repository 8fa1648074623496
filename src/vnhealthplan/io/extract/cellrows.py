"""Tables flattened one cell per paragraph, with column headings naming results and targets.

A statistics table copied from a ministry's or a province's site often comes out with each
cell in a paragraph of its own (cells between blank lines, an empty cell a paragraph of one
space), its column headings written in words with their year, often in two languages
("Thực hiện / Implemented 2019", "Mục tiêu đến năm 2025 / Target to 2025", "KH 2025",
"Ước TH 2024"). The headings run one after another; then each row is its label followed by
one cell per heading.

The heading says what its column holds, by its first cue: results ("thực hiện", "ước", "kết
quả", "đạt được", "implemented", "actual", "estimate") are status figures of the column's year;
aims ("mục tiêu", "kế hoạch", "KH", "chỉ tiêu", "phấn đấu", "target", "plan") are targets for
that year. A heading with a year and no cue holds results when its year is not after the
document's, aims when it is after it (nobody reports the future), and is left alone when the
document's year is not known; a column that compares ("So với cùng kỳ 2023 (%)", "2024/2023")
is left alone. So a review's table drafts observations, a plan's table targets, and a mixed
table splits by column. A second row of headings may split each year (:mod:`.subheads`): "KH"
and "TH" under it decide the role of their cells; words naming what is counted ("Số ca mắc",
"Tử vong", "Nam") make each sub-column a part of the row's figure, a draft indicator named by
both, a whole number with no unit written a bare count when it reports. A text that stops
inside a row (a page cut) keeps that row's cells so far. Rows start with their number when "TT"
or "STT" heads the column before the labels' heading, whatever that heading says ("Huyện/Năm").
Rows laid one a line, their cells between "|" marks or runs of spaces (:mod:`.linecells`), are
read cell by cell the same way. A heading may be a bare year ("2025"): a table of them that
:mod:`.stacked` reads too keeps its status figures (they are drafted once). A heading that says
only what it holds ("Kế hoạch", "Thực hiện", "Ước TH") takes the year of a heading beside it,
of the caption above the table, or of the document, and a heading that compares ("Tỷ lệ (%)",
"So với KH") holds no figure (:mod:`.headcues`).

Each row's label names the indicator (the catalogue's words, read after the table's
abbreviations are spelled out: "TYT" the commune health station, "<1 tuổi" under one) and the
unit: "%" written in the label or the cell, "‰" (or "%0", its common typo), "(năm)", "(tuổi)";
else the catalogue indicator's own unit when the label names its kind of figure (a rate, a
ratio to a population); else the unit its words read as ("Số giường bệnh": beds). A row that
says it is a part ("Trong đó: …") and writes no unit takes the unit of the row above.
Comparators in cells are kept (">90": more than 90); a footnote star ("46*") is dropped from
the value. Each figure is quoted from its row's label to its cell. A table that states its
unit once ("ĐVT: triệu đồng" above it, or the same unit in the brackets of its headings:
:mod:`.tableunit`) gives it to every row that writes no sign of its own (its labels then
name places or items: "HUYỆN PHÙ MỸ", "Xây dựng mới Trạm y tế xã …"); a budget's "Dự toán"
column aims; a totals row restating a sum of the text before the table is left out
(:mod:`.totalrows`). Rows laid one a line may hold a single column of figures.

Examples
--------
>>> text = ("Chỉ tiêu\\n\\nThực hiện 2023\\n\\nKế hoạch 2025\\n\\n"
...         "Tỷ lệ dân số tham gia bảo hiểm y tế (%)\\n\\n91,2\\n\\n>95\\n")
>>> [(c.role, c.code, c.value.magnitude, c.phrase.comparator.symbol, c.period.code)
...  for c in cell_rows(text)]
[('observation', 'health_insurance_coverage', 91.2, '=', '2023'), \
('target', 'health_insurance_coverage', 95, '>', '2025')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.cellvalues import NUMBERING, cell_value, read_cell, row_sign
from vnhealthplan.io.extract.headcues import (
    caption_year,
    cue_role,
    dated,
    holds_no_figure,
    is_notes,
    lead_columns,
)
from vnhealthplan.io.extract.linecells import (
    disjoint_add,
    fuller,
    has_line_cells,
    joined_lines,
    line_cells,
)
from vnhealthplan.io.extract.planyear import is_plan_year
from vnhealthplan.io.extract.reasons import NO_INDICATOR_FOR_LABEL, Reason, reason
from vnhealthplan.io.extract.subheads import Column, expand_columns, sub_row
from vnhealthplan.io.extract.tableunit import stated_reason, table_unit
from vnhealthplan.io.extract.totalrows import GROUPED, is_restated_total, prose_numbers
from vnhealthplan.io.extract.values import Decimal
from vnhealthplan.model.period import Period

__all__ = ["cell_rows", "with_cell_rows"]

Span = tuple[int, int]

_PARAGRAPH: Final = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LINE: Final = re.compile(r"[^\n]+")
#: A heading that is a year alone ("2025"; :mod:`.stacked` reads such tables of results too).
_BARE_YEAR: Final = re.compile(r"\s*(?:19|20)\d\d\s*")
_YEAR: Final = re.compile(r"\b((?:19|20)\d\d)\b")
#: A cell: a comparator, a number (with "%", "‰" or a footnote star), nothing else.
_CELL: Final = re.compile(r"[<>≤≥]?\s*\d+(?:[.,]\d+)*\s*(?:%0|%|‰)?\s*\**")
_RESULTS: Final = r"thuc hien|\buoc\b|\bth\b|ket qua|dat duoc|implemented|actual|estimat|result"
_AIMS: Final = r"muc tieu|ke hoach|\bkh\b|chi tieu|phan dau|du toan|target|plan"
_CUE: Final = re.compile(rf"(?P<results>{_RESULTS})|(?P<aims>{_AIMS})")
#: A column comparing two figures ("So sánh 2024/2023", "Tăng/giảm so với 2023", "% KH").
_COMPARED: Final = re.compile(
    r"so (?:voi|sanh)|\bss\b|tang ?/? ?giam|compared|\bvs\b|%|\d/(?:19|20)\d\d"
)
#: A row's number ("1", "2.1", "II", "a"), or its empty cell.
_ROW_NUMBER: Final = re.compile(r"\s*(?:\d+(?:\.\d+)*|[IVXivx]+|[a-zđ])?\.?\s*")
#: Marks a table writes in a cell with no figure.
_NO_DATA: Final = frozenset({"-", "–", "—", "x", "X", "...", "…", "-/-", "k/c"})
#: The longest unit cell ("Giường bệnh/vạn dân").
_UNIT_CHARS: Final = 30
#: The fewest columns of figures a table has (fewer is a paragraph that names a year).
_FEWEST_COLUMNS: Final = 2
#: The longest heading of a column (a longer paragraph is running text).
_HEADING_CHARS: Final = 90


def _paragraphs(text: str) -> list[Span]:
    """The paragraphs of *text* (a paragraph of spaces is an empty cell)."""
    return [m.span() for m in _PARAGRAPH.finditer(text)]


def _lines(text: str) -> list[Span]:
    """The lines of *text* that are not empty (a line of spaces is an empty cell) and do not
    hold only "|" (the mark between the cells of a table flattened by a legal portal)."""
    return [m.span() for m in _LINE.finditer(text) if m.group().strip() != "|"]


def _is_cell(words: str) -> bool:
    """A cell of figures: a number, nothing, or a mark of no data ("-", "x", "…")."""
    words = words.strip()
    return not words or words in _NO_DATA or _CELL.fullmatch(words) is not None


def _column(words: str, issued: int | None) -> tuple[str, int] | None:
    """The role ("observation" or "target") and the year of a column heading, or None."""
    years = _YEAR.findall(words)
    if not years:
        return None
    if _COMPARED.search(fold(words)):
        return None  # "So với cùng kỳ 2023 (%)": a comparison, not a figure of the row
    cue = _CUE.search(fold(words))
    year = int(years[-1])
    if not is_plan_year(year):
        return None  # "1930": a historical column holds neither results nor aims
    if cue is None:  # a year alone: results up to the document's year, aims after it
        return None if issued is None else ("observation" if year <= issued else "target", year)
    return ("observation" if cue.group("results") else "target"), year


def _headings(
    text: str, paragraphs: list[Span], at: int, issued: int | None
) -> list[tuple[str, int] | None]:
    """The column headings from paragraph *at*: each with a year (a bare year too), none
    another cell of figures, or saying it holds results or aims, or comparing
    (:mod:`.headcues`: their year is that of a heading beside them, of the caption, or of
    the document)."""
    columns: list[tuple[str, int] | None] = []
    for start, end in (paragraphs[i] for i in range(at, len(paragraphs))):  # no list copy
        words = text[start:end]
        if len(words) > _HEADING_CHARS or "\t" in words:  # tab rows: :mod:`.tables`
            break
        if not _YEAR.search(words):
            role = cue_role(words)
            if role is None and not (columns and holds_no_figure(words)):
                break
            columns.append((role, 0) if role else None)
            continue
        if _is_cell(words) and not _BARE_YEAR.fullmatch(words):
            break
        columns.append(_column(words, issued))
    return columns


def _decimal(cells: Sequence[str]) -> Decimal | None:
    """A point when the table writes decimals with one ("9.06"), else the default."""
    if any(re.search(r"\d,\d", c) for c in cells):
        return None
    return "." if any(re.search(r"\d\.(?:\d{1,2}|\d{4,})(?!\d)", c) for c in cells) else None


def _figure(
    text: str,
    row: tuple[Span, str],
    cell: Span,
    column: Column,
    unit: Any,
    decimal: Decimal | None,
    stated: Any = None,
) -> tuple[Candidate | None, Any]:
    """The cell read as a figure of its column, and the unit the row's next part takes.

    *row* is the row's label and the words of its unit cell ("" when none); a sub-column
    that names what it counts (:mod:`.subheads`) makes a part: a draft indicator; *stated*
    is the unit the table states for all its figures (:mod:`.tableunit`)."""
    label, written = row
    role, year, measure = column
    if not is_plan_year(year):  # a caption's historical year ("1930") dates nothing
        return None, unit
    words = " ".join(text[slice(*label)].split())
    number = text[slice(*cell)].strip().rstrip("*").strip().replace("%0", "‰")
    sign = row_sign(words, number) if not written else " " + written.replace("%0", "‰")
    phrase = read_cell(number, decimal)
    if phrase is None:
        return None, unit
    code, value = cell_value(words, number, sign, decimal, (unit, column), phrase, stated)
    if value is None:
        return None, unit
    reasons = _figure_reasons(column, code, value.units, stated)
    found = Candidate(
        (label[0], cell[0] + len(text[slice(*cell)].rstrip())),
        code,
        NUMBERING.sub("", f"{words} ({measure})" if measure else words),
        value,
        None,
        phrase,
        Period.year(year),
        None,
        "",
        0.8 if code else 0.6,
        tuple(reasons),
        role=role,
    )
    return found, value.units


def _figure_reasons(column: Column, code: str, units: Any, stated: Any) -> list[Reason]:
    """Why a flattened table's cell read in *column* is doubtful: the column it was read in,
    its sub-column's measure, the unit the table states (*stated*, when the cell's *units*
    are that unit) and no catalogue indicator (no *code*)."""
    role, year, measure = column
    if role == "observation":
        why = reason(
            "a table flattened one cell per paragraph: a column of results ({year})", year=year
        )
    else:
        why = reason(
            "a table flattened one cell per paragraph: a column of targets ({year})", year=year
        )
    reasons = [why]
    if measure:
        reasons.append(reason("a sub-column of {year}: {measure}", year=year, measure=measure))
    if stated is not None and units == stated:
        reasons.append(stated_reason(stated))
    if not code:
        reasons.append(NO_INDICATOR_FOR_LABEL)
    return reasons


Row = tuple[Span, str, list[Span]]


def _row(
    text: str, paragraphs: list[Span], at: int, width: int, lead: tuple[bool, bool, bool, bool]
) -> tuple[Row | None, int]:
    """The row from paragraph *at* (its label, unit words and cells), and where it ends;
    the last cell may hold words when the last column is one of notes (*lead*'s third),
    and the row may be cut by the end of the text when rows came before it (its fourth)."""
    number, unit, notes, cut = lead
    if number:
        if at >= len(paragraphs) or not _ROW_NUMBER.fullmatch(text[slice(*paragraphs[at])]):
            return None, at
        at += 1
        ahead = [text[slice(*p)] for p in paragraphs[at : at + 3]]
        if (
            not notes
            and len(ahead) == 3
            and _ROW_NUMBER.fullmatch(ahead[1])
            and not GROUPED.fullmatch(ahead[1].strip())  # "1.050": a figure, no number
            and not _is_cell(ahead[2])
        ):
            return (paragraphs[at], "", []), at + 1  # a row of a group, its cells left out
    end = at + 1 + unit + width
    if cut and end > len(paragraphs):  # the text stops inside the row (a page cut)
        end = len(paragraphs) if len(paragraphs) > at + 1 + unit else end
    if end > len(paragraphs):
        return None, at
    label = paragraphs[at]
    words = text[slice(*paragraphs[at + 1])].strip() if unit else ""
    cells = paragraphs[at + 1 + unit : end]
    figures = cells[:-1] if notes and len(cells) == width else cells
    if _is_cell(text[slice(*label)]) or not all(_is_cell(text[slice(*c)]) for c in figures):
        return None, at
    if "\t" in text[slice(*label)] or not re.search(r"[^\W\d_]", text[slice(*label)]):
        return None, at
    if unit and (len(words) > _UNIT_CHARS or (words and _is_cell(words))):
        return None, at
    return (label, words, cells), end


def _rows(
    text: str,
    paragraphs: list[Span],
    at: int,
    columns: Sequence[Column | None],
    lead: tuple[bool, bool, bool],
    stated: Any = None,
) -> tuple[list[Candidate], int]:
    """The figures of the rows from paragraph *at*, and the index after the last row."""
    rows: list[Row] = []
    while True:
        row, after = _row(text, paragraphs, at, len(columns), (*lead, bool(rows)))
        if row is None:
            break
        rows.append(row)
        at = after
    decimal = _decimal([text[slice(*c)] for _, _, cells in rows for c in cells])
    found: list[Candidate] = []
    above: Any = None  # the unit of the row above, for a part row that writes none
    for label, words, cells in rows:
        unit: Any = None
        for cell, column in zip(cells, columns, strict=False):  # a cut last row is short
            if column is None or not text[slice(*cell)].strip():
                continue
            own = None if words else stated  # a unit column: the row writes its own
            figure, row_unit = _figure(text, (label, words), cell, column, above, decimal, own)
            unit = row_unit if unit is None else unit
            if figure is not None:
                found.append(figure)
        above = unit
    return found, at


Table = tuple[Span, list[Candidate]]


Heads = list[tuple[str, int] | None]


def _head_rows(
    text: str, items: list[Span], at: int, columns: Heads, numbered: bool
) -> tuple[Heads, tuple[str, ...], int]:
    """The headings of years, the sub-headings under them, and the item after these: the
    words of aims or results after two years or more ("Năm 2022", "Năm 2023", then "KH",
    "TH" under each) are sub-headings, not headings of their own."""
    years = next((i for i, c in enumerate(columns) if c and not c[1]), len(columns))
    if _FEWEST_COLUMNS <= years < len(columns):
        subs, first = sub_row(text, items, at + years, years, numbered=numbered)
        if subs:
            return columns[:years], subs, first
    subs, first = sub_row(text, items, at + len(columns), len(columns), numbered=numbered)
    return columns, subs, first


def _beside(text: str, items: list[Span], at: int) -> bool:
    """Whether the item *at* shares its line with the item before it: a cell of a row laid
    one a line (a table of one column of figures is then a table, not a line naming a
    year)."""
    return at > 0 and "\n" not in text[items[at - 1][1] : items[at][0]]


def _restates(text: str, figure: Candidate, written: dict[str, int]) -> bool:
    """Whether *figure* is a totals row restating a number of the text in its unit."""
    unit = getattr(figure.value, "units", None)
    return is_restated_total(text, figure.name, figure.span, written, unit)


def _tables_of(text: str, items: list[Span], issued: int | None) -> list[Table]:
    """Each table among *items* (paragraphs, lines, or the cells of rows a line): its
    extent and its figures."""
    tables: list[Table] = []
    written = prose_numbers(text)  # a totals row restating one of them is left out
    at = 0
    while at < len(items):
        columns = _headings(text, items, at, issued)
        fewest = 1 if _beside(text, items, at) else _FEWEST_COLUMNS
        if len(columns) < fewest or not any(columns):
            at += max(1, len(columns))
            continue
        notes = is_notes(text[slice(*items[at + len(columns) - 1])])
        names = [text[slice(*p)] for p in items[max(0, at - 3) : at]]
        lead = (*lead_columns(names), notes)
        columns, subs, first = _head_rows(text, items, at, columns, lead[0])
        if any(c and not c[1] for c in columns):  # a heading without a year: its table's
            columns = dated(columns, caption_year(text, items[at][0]) or issued)
        head = max(0, at - 1 - lead[0] - lead[1])  # the labels' heading, the number's
        start = text.rfind("\n", 0, items[head][0]) + 1
        stated = table_unit(text, start, [text[slice(*p)] for p in items[at:first]])
        rows, after = _rows(text, items, first, expand_columns(columns, subs), lead, stated)
        rows = [c for c in rows if not _restates(text, c, written)]
        if rows:
            tables.append(((items[at][0], items[after - 1][1]), rows))
        at = max(after, at + len(columns))
    return tables


def _tables(text: str, issued: int | None) -> list[Table]:
    """The tables of cells between blank lines, then those of one cell a line, or between
    "|" lines (a heading of two lines, "Thực hiện / Implemented 2019", is read only between
    blank lines; a line a PDF broke is joined again when that reads more), then those of
    one row a line (:mod:`.linecells`)."""
    lines = _lines(text)
    by_line = _tables_of(text, lines, issued)
    joined = joined_lines(text, lines)
    found = by_line if joined == lines else fuller(by_line, _tables_of(text, joined, issued))
    if has_line_cells(text):
        found += _tables_of(text, line_cells(text), issued)
    return disjoint_add(_tables_of(text, _paragraphs(text), issued), found)


def cell_rows(text: str, issued: int | None = None) -> list[Candidate]:
    """The targets and status figures of the text's tables flattened one cell per paragraph
    (or one cell a line, or one between "|" lines).

    Parameters
    ----------
    text : str
    issued : int, optional
        The document's year: a column headed with a year and no word saying what it holds
        reports results when its year is not after it, else aims (without it, such a
        column is left alone).

    Examples
    --------
    A plan's table of aims drafts targets; a part row takes its unit from the row above:

    >>> text = ("Chỉ tiêu\\n\\nKH 2025\\n\\nKH 2030\\n\\nSố giường bệnh trên 10.000 dân\\n\\n"
    ...         "32\\n\\n35\\n\\nTrong đó: giường ngoài công lập\\n\\n3,5\\n\\n \\n")
    >>> [(c.code, c.value.magnitude, c.period.code) for c in cell_rows(text)]
    [('beds_per_10k', 32, '2025'), ('beds_per_10k', 35, '2030'), ('', 3.5, '2025')]
    >>> cell_rows("Năm 2023 tỉnh đạt 9 bác sĩ/vạn dân.")
    []
    """
    return [c for _, figures in _tables(text, issued) for c in figures]


def with_cell_rows(
    text: str, found: Sequence[Candidate], issued: int | None = None
) -> list[Candidate]:
    """*found* with the figures read inside such tables replaced by :func:`cell_rows`'s.

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = "Thực hiện 2023\\n\\nKế hoạch 2025\\n\\nTỷ lệ bao phủ BHYT\\n\\n91\\n\\n95%\\n"
    >>> [(c.role, c.value.magnitude) for c in with_cell_rows(text, find_figures(text))]
    [('observation', 91), ('target', 95)]
    """
    tables = _tables(text, issued)
    if not tables:
        return list(found)
    kept = [c for c in found if not any(a <= c.span[0] < b for (a, b), _ in tables)]
    return sorted([*kept, *(c for _, figures in tables for c in figures)], key=lambda c: c.span)
