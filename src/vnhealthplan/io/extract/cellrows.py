"""Tables flattened one cell per paragraph, with column headings naming results and targets.

A statistics table copied from a ministry's or a province's site often comes out with each
cell in a paragraph of its own (cells between blank lines, an empty cell a paragraph of one
space), its column headings written in words with their year, often in two languages
("Thực hiện / Implemented 2019", "Mục tiêu đến năm 2025 / Target to 2025", "KH 2025",
"Ước TH 2024"). The headings run one after another; then each row is its label followed by
one cell per heading.

The heading says what its column holds, by its first cue: results ("thực hiện", "ước",
"kết quả", "đạt được", "implemented", "actual", "estimate") are status figures of the
column's year; aims ("mục tiêu", "kế hoạch", "KH", "chỉ tiêu", "phấn đấu", "target",
"plan") are targets for that year. A heading with a year and no cue holds results when its
year is not after the document's, aims when it is after it (nobody reports the future), and
is left alone when the document's year is not known; a column that compares ("So với cùng
kỳ 2023 (%)", "2024/2023") is left alone. So a review's table drafts
observations, a plan's table targets, and a mixed table splits by column.

Each row's label names the indicator (the catalogue's words, read after the table's
abbreviations are spelled out: "TYT" the commune health station, "<1 tuổi" under one) and
the unit: "%" written in the label or the cell, "‰" (or "%0", its common typo), "(năm)",
"(tuổi)"; else the catalogue indicator's own unit when the label names its kind of figure
(a rate, a ratio to a population); else the unit its words read as ("Số giường bệnh":
beds). A row that says it is a part ("Trong đó: …") and writes no unit takes the unit of the
row above. Comparators in cells are kept (">90": more than 90); a footnote star ("46*") is
dropped from the value. Each figure is quoted from its row's label to its cell.

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
from vnhealthplan.core.units import registry
from vnhealthplan.data import indicators
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.flatcells import label_unit
from vnhealthplan.io.extract.lexicon import phrase_for, rank_indicators
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.values import Decimal
from vnhealthplan.model.period import Period
from vnhealthplan.text import ParseError, TargetPhrase, parse_target_phrase

__all__ = ["cell_rows", "with_cell_rows"]

Span = tuple[int, int]

_PARAGRAPH: Final = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LINE: Final = re.compile(r"[^\n]+")
#: A heading that is a year alone: a table of such headings is :mod:`.stacked`'s.
_BARE_YEAR: Final = re.compile(r"\s*(?:19|20)\d\d\s*")
_YEAR: Final = re.compile(r"\b((?:19|20)\d\d)\b")
#: A cell: a comparator, a number (with "%", "‰" or a footnote star), nothing else.
_CELL: Final = re.compile(r"[<>≤≥]?\s*\d+(?:[.,]\d+)*\s*(?:%0|%|‰)?\s*\**")
_RESULTS: Final = r"thuc hien|\buoc\b|\bth\b|ket qua|dat duoc|implemented|actual|estimat|result"
_AIMS: Final = r"muc tieu|ke hoach|\bkh\b|chi tieu|phan dau|target|plan"
_CUE: Final = re.compile(rf"(?P<results>{_RESULTS})|(?P<aims>{_AIMS})")
#: A column comparing two figures ("So sánh 2024/2023", "Tăng/giảm so với 2023", "% KH").
_COMPARED: Final = re.compile(
    r"so (?:voi|sanh)|\bss\b|tang ?/? ?giam|compared|\bvs\b|%|\d/(?:19|20)\d\d"
)
_PART: Final = re.compile(r"^\s*trong do\b")
#: Abbreviations and signs of table labels, spelled out before the catalogue's words are
#: looked for (over folded text).
_SPELLED: Final = (
    (re.compile(r"\btyt\b"), "tram y te"),
    (re.compile(r"\bbhyt\b"), "bao hiem y te"),
    (re.compile(r"<\s*(?=\d)"), " duoi "),
    (re.compile(r">\s*(?=\d)"), " tren "),
    (re.compile(r"(?<=\d)(?=[a-z])"), " "),
)
#: Words saying a label's figure is a rate, a share or a ratio to a population.
_RATIO_WORDS: Final = re.compile(
    r"\b(?:ty|ti) (?:le|suat|so)\b|van dan|\d0 ?000|\bper\b|percentage|\brate\b|\bratio\b"
)
#: A unit written in brackets ("(năm)": years, not "nam", male, once folded).
_UNIT_SIGN: Final = re.compile(r"\(\s*(?:năm|tuổi|years?|%0?|‰)\s*\)", re.IGNORECASE)
_NUMBERING: Final = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\)|[-+])\s+")
#: Headings of the columns before the figures' (folded): the row's number, its unit.
_NUMBER_HEAD: Final = re.compile(r"s?tt|so tt|so thu tu|no\.?")
_LABEL_HEAD: Final = re.compile(r"chi tieu|chi so|noi dung|indicator")
_UNIT_HEAD: Final = re.compile(r"d ?vt|don vi tinh|don vi|unit")
#: A row's number ("1", "2.1", "II", "a"), or its empty cell.
_ROW_NUMBER: Final = re.compile(r"\s*(?:\d+(?:\.\d+)*|[IVXivx]+|[a-zđ])?\.?\s*")
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
    return not words.strip() or _CELL.fullmatch(words.strip()) is not None


def _column(words: str, issued: int | None) -> tuple[str, int] | None:
    """The role ("observation" or "target") and the year of a column heading, or None."""
    years = _YEAR.findall(words)
    if not years or len(words) > _HEADING_CHARS or _is_cell(words):
        return None
    if _COMPARED.search(fold(words)):
        return None  # "So với cùng kỳ 2023 (%)": a comparison, not a figure of the row
    cue = _CUE.search(fold(words))
    year = int(years[-1])
    if cue is None:  # a year alone: results up to the document's year, aims after it
        return None if issued is None else ("observation" if year <= issued else "target", year)
    return ("observation" if cue.group("results") else "target"), year


def _headings(
    text: str, paragraphs: list[Span], at: int, issued: int | None
) -> list[tuple[str, int] | None]:
    columns: list[tuple[str, int] | None] = []
    for start, end in paragraphs[at:]:
        words = text[start:end]
        if not _YEAR.search(words) or len(words) > _HEADING_CHARS or _is_cell(words):
            break
        if "\t" in words:  # a row of a tab-separated table (:mod:`.tables`)
            break
        columns.append(_column(words, issued))
    return columns


def _decimal(cells: Sequence[str]) -> Decimal | None:
    """A point when the table writes decimals with one ("9.06"), else the default."""
    if any(re.search(r"\d,\d", c) for c in cells):
        return None
    return "." if any(re.search(r"\d\.(?:\d{1,2}|\d{4,})(?!\d)", c) for c in cells) else None


def _sign(label: str, cell: str) -> str:
    """The unit sign the row writes: "%", "‰", " năm" or ""."""
    if "%" in cell:
        return ""
    if "‰" in label or "%0" in label:
        return "‰"
    if "%" in label:
        return "%"
    if re.search(r"\((?:nam|tuoi|years?)\)", fold(label)):
        return " năm"
    return ""


def _read(words: str, decimal: Decimal | None, code: str | None = None) -> TargetPhrase | None:
    if code:
        return phrase_for(words, code, decimal)
    try:
        return parse_target_phrase(words, decimal=decimal)
    except ParseError:
        return None


def _catalogue(label: str, number: str, sign: str, decimal: Decimal | None) -> tuple[str, Any]:
    """The catalogue code and value the row's label and cell read as, or ("", None)."""
    spelled = fold(_UNIT_SIGN.sub(" ", _NUMBERING.sub("", label)))
    for pattern, words in _SPELLED:
        spelled = pattern.sub(words, spelled)
    for _, code in rank_indicators(spelled, "", ""):
        indicator = indicators.get(code)
        if sign or "%" in number:
            phrase = _read(f"{number}{sign}", decimal, code)
            if phrase is not None:
                return code, phrase.value
            continue
        ratio = "/" in str(indicator.unit) or str(indicator.unit) == "percent"
        if ratio and not _RATIO_WORDS.search(spelled):
            continue
        cell = _read(number, decimal)
        if cell is None:
            continue
        value = registry().Quantity(getattr(cell.value, "magnitude", cell.value), indicator.unit)
        if indicator.accepts(value):
            return code, value
    return "", None


def _own_unit(label: str, number: str, sign: str, decimal: Decimal | None) -> Any:
    """The unit the row's sign or its words read as (no catalogue indicator), or None."""
    if sign or "%" in number:
        phrase = _read(f"{number}{sign}", decimal)
        return None if phrase is None else phrase.unit
    words = _NUMBERING.sub("", label).split()
    if words and fold(words[0]) == "so":
        words = words[1:]
    return label_unit(words)


def _figure(
    text: str,
    row: tuple[Span, str],
    cell: Span,
    column: tuple[str, int],
    unit: Any,
    decimal: Decimal | None,
) -> tuple[Candidate | None, Any]:
    """The cell read as a figure of its column, and the unit the row's next part takes.

    *row* is the row's label and the words of its unit cell ("" when none)."""
    label, written = row
    words = " ".join(text[slice(*label)].split())
    number = text[slice(*cell)].strip().rstrip("*").strip().replace("%0", "‰")
    phrase = _read(number, decimal)
    if phrase is None:
        return None, unit
    sign = _sign(words, number) if not written else " " + written.replace("%0", "‰")
    code, value = _catalogue(words, number, sign, decimal)
    part = bool(_PART.match(fold(words)))
    own = None if code else _own_unit(words, number, sign, decimal)
    if not code and own is None and part:
        own = unit
    if not code and own is None:
        return None, unit
    if not code:
        value = registry().Quantity(getattr(phrase.value, "magnitude", phrase.value), own)
    role, year = column
    if role == "observation":
        why = reason(
            "a table flattened one cell per paragraph: a column of results ({year})", year=year
        )
    else:
        why = reason(
            "a table flattened one cell per paragraph: a column of targets ({year})", year=year
        )
    reasons = [why]
    if not code:
        reasons.append(reason("no catalogue indicator fits the row's label: a draft indicator"))
    found = Candidate(
        (label[0], cell[0] + len(text[slice(*cell)].rstrip())),
        code,
        _NUMBERING.sub("", words),
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


def _lead(text: str, paragraphs: list[Span], at: int) -> tuple[bool, bool]:
    """Whether the rows start with a number column ("TT") and give a unit column ("ĐVT"):
    the headings just before the first year heading (*at*) say so."""
    names = [fold(text[slice(*p)]).strip(" .:") for p in paragraphs[max(0, at - 3) : at]]
    unit = bool(names) and _UNIT_HEAD.fullmatch(names[-1]) is not None
    before = names[:-1] if unit else names
    number = (
        len(before) >= 2
        and _LABEL_HEAD.search(before[-1]) is not None
        and _NUMBER_HEAD.fullmatch(before[-2]) is not None
    )
    return number, unit


Row = tuple[Span, str, list[Span]]


def _row(
    text: str, paragraphs: list[Span], at: int, width: int, lead: tuple[bool, bool]
) -> tuple[Row | None, int]:
    """The row from paragraph *at* (its label, unit words and cells), and where it ends."""
    number, unit = lead
    if number:
        if at >= len(paragraphs) or not _ROW_NUMBER.fullmatch(text[slice(*paragraphs[at])]):
            return None, at
        at += 1
    end = at + 1 + unit + width
    if end > len(paragraphs):
        return None, at
    label = paragraphs[at]
    words = text[slice(*paragraphs[at + 1])].strip() if unit else ""
    cells = paragraphs[at + 1 + unit : end]
    if _is_cell(text[slice(*label)]) or not all(_is_cell(text[slice(*c)]) for c in cells):
        return None, at
    if "\t" in text[slice(*label)] or not re.search(r"[^\W\d_]", text[slice(*label)]):
        return None, at
    if unit and (len(words) > _UNIT_CHARS or (words and _is_cell(words))):
        return None, at
    return (label, words, cells), end


def _rows(
    text: str, paragraphs: list[Span], at: int, columns: list[tuple[str, int] | None]
) -> tuple[list[Candidate], int]:
    """The figures of the rows from paragraph *at*, and the index after the last row."""
    lead = _lead(text, paragraphs, at - len(columns))
    rows: list[Row] = []
    while True:
        row, after = _row(text, paragraphs, at, len(columns), lead)
        if row is None:
            break
        rows.append(row)
        at = after
    decimal = _decimal([text[slice(*c)] for _, _, cells in rows for c in cells])
    found: list[Candidate] = []
    above: Any = None  # the unit of the row above, for a part row that writes none
    for label, words, cells in rows:
        unit: Any = None
        for cell, column in zip(cells, columns, strict=True):
            if column is None or not text[slice(*cell)].strip():
                continue
            figure, row_unit = _figure(text, (label, words), cell, column, above, decimal)
            unit = row_unit if unit is None else unit
            if figure is not None:
                found.append(figure)
        above = unit
    return found, at


Table = tuple[Span, list[Candidate]]


def _tables_of(text: str, items: list[Span], issued: int | None) -> list[Table]:
    """Each table among *items* (paragraphs or lines): its extent and its figures."""
    tables: list[Table] = []
    at = 0
    while at < len(items):
        columns = _headings(text, items, at, issued)
        bare = all(_BARE_YEAR.fullmatch(text, *span) for span in items[at : at + len(columns)])
        if len(columns) < _FEWEST_COLUMNS or not any(columns) or bare:
            at += max(1, len(columns))
            continue
        rows, after = _rows(text, items, at + len(columns), columns)
        if rows:
            tables.append(((items[at][0], items[after - 1][1]), rows))
        at = max(after, at + len(columns))
    return tables


def _tables(text: str, issued: int | None) -> list[Table]:
    """The tables of cells between blank lines, then those of one cell a line, or between
    "|" lines (a heading of two lines, "Thực hiện / Implemented 2019", is read only between
    blank lines)."""
    tables = _tables_of(text, _paragraphs(text), issued)
    for (start, end), figures in _tables_of(text, _lines(text), issued):
        if not any(a < end and start < b for (a, b), _ in tables):
            tables.append(((start, end), figures))
    return sorted(tables, key=lambda table: table[0])


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
