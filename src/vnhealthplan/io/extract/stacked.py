"""Statistics tables laid out one cell per line: their filled cells are status figures.

A table copied from a web page often comes out one cell per line: the column headings
("CHỈ TIÊU", then the years "2021", "2022" …), then each row as its label followed by one
line per year column, an empty cell being a blank line (" "). Such a table of years as
columns reports figures: each filled cell is an observation of its column's year, quoted
from the row's label to the cell. A table whose headings say it plans ("kế hoạch", "mục
tiêu", "phấn đấu") is left alone.

The unit is the row's: "(%)" written in the label, else the label's words read as a unit
("Số giường bệnh": beds; "Số Bác sĩ/vạn dân": doctors per 10,000 people), else the unit of
the last total row above it ("Phòng khám đa khoa khu vực" under "Cơ sở y tế": facilities). A
row whose unit names only part of its label ("Bệnh viện da liễu", "Cơ sở y tế khác") or that
says it is a part ("Trong đó: …") counts a part, not the catalogue's total: a draft
indicator (:data:`PART`).

Examples
--------
>>> text = "CHỈ TIÊU\\n2020\\n2021\\nSố giường bệnh\\n1.200\\n \\nTrong đó: Giường tư\\n30\\n40\\n"
>>> [(c.code, c.value.magnitude, c.period.code) for c in stacked_figures(text)]
[('total_beds', 1200, '2020'), ('', 30, '2020'), ('', 40, '2021')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from typing import Any, Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.core.units import registry
from vnhealthplan.data import indicators
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.flatcells import row_span
from vnhealthplan.io.extract.lexicon import rank_indicators
from vnhealthplan.io.extract.planyear import is_plan_year
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.model.period import Period
from vnhealthplan.text import ParseError, TargetPhrase, parse_target_phrase

__all__ = ["PART", "stacked_figures", "without_stacked"]

Span = tuple[int, int]

#: The reason a row of the table counts a part of a total (no catalogue count is taken).
PART: Final = reason("the row counts a part of a total: a draft indicator")
_YEAR_LINE: Final = re.compile(r"^[ \t]*((?:19|20)\d\d)[ \t]*$", re.MULTILINE)
_NUMBER: Final = re.compile(r"[ \t]*\d[\d.,]*[ \t]*")
_PLANNED: Final = re.compile(r"\b(?:ke hoach|muc tieu|phan dau)\b")
_PART_WORDS: Final = re.compile(r"^\s*trong đó\s*:?\s*", re.IGNORECASE)
_LEAD_SO: Final = re.compile(r"^\s*số\s+", re.IGNORECASE)
#: Words after a unit that name where the counted things are, not a kind of them.
_PLACE_WORDS: Final = frozenset({"xa", "phuong", "thi", "tran"})
#: How far before the year columns their headings are looked at.
_HEADINGS_CHARS = 120


def _items(text: str, start: int) -> Iterator[Span]:
    """The non-empty lines of *text* from *start* (a blank " " line is an empty cell)."""
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if end > pos:
            yield pos, end
        pos = end + 1


def _year_columns(text: str, items: Iterator[Span]) -> tuple[list[int], Span | None]:
    """The consecutive years heading the columns (none if fewer than 2), and the next item."""
    years: list[int] = []
    for start, end in items:
        m = _YEAR_LINE.fullmatch(text, start, end)
        if m is None or (years and int(m.group(1)) != years[-1] + 1):
            return (years if len(years) >= 2 else []), (start, end)
        years.append(int(m.group(1)))
    return (years if len(years) >= 2 else []), None


def _read(number: str, words: str) -> TargetPhrase | None:
    try:
        return parse_target_phrase(f"{number.strip()} {words}".strip())
    except ParseError:
        return None


def _unit_of(label: str, number: str) -> tuple[Any, bool]:
    """The unit the row's label names and whether it names the whole label (a total)."""
    if re.search(r"\(\s*%\s*\)\s*$", label):
        return registry().Unit("percent"), True
    part = bool(_PART_WORDS.match(label))
    words = _LEAD_SO.sub("", _PART_WORDS.sub("", label)).split()
    for n in range(len(words), 0, -1):
        phrase = _read(number, " ".join(words[:n]))
        if phrase is not None and phrase.unit is not None:
            rest = {fold(w).strip(",") for w in words[n:]}
            return phrase.unit, not part and rest <= _PLACE_WORDS
    return None, False


def _code(label: str, value: Any) -> str:
    for _, code in rank_indicators(label, "", ""):
        if indicators.get(code).accepts(value):
            return code
    return ""


def _cell(text: str, label: Span, cell: Span, year: int, unit: Any, whole: bool) -> Candidate:
    words = text[slice(*label)].strip()
    number = text[slice(*cell)].strip()
    phrase = parse_target_phrase(number)
    value = registry().Quantity(getattr(phrase.value, "magnitude", phrase.value), unit)
    phrase = attrs.evolve(phrase, value=value, unit=unit)
    reasons = [reason("a statistics table of years as columns: the {year} column", year=year)]
    code = _code(words, value) if whole else ""
    if not whole:
        reasons.append(PART)
    return Candidate(
        row_span(text, label, cell),
        code,
        " ".join(_PART_WORDS.sub("", words).split()),
        value,
        None,
        phrase,
        Period.year(year),
        None,
        "",
        0.8 if code else 0.7,
        tuple(reasons),
        role="observation",
    )


def _rows(
    text: str, first: Span, items: Iterator[Span], years: list[int], issued: int | None
) -> list[Candidate]:
    found: list[Candidate] = []
    total: Any = None
    label: Span | None = first
    while label is not None:
        cells = list(itertools.islice(items, len(years)))
        words = text[slice(*label)]
        if len(cells) < len(years) or not re.search(r"[^\W\d_]", words):
            break
        if not all(not text[a:b].strip() or _NUMBER.fullmatch(text, a, b) for a, b in cells):
            break
        filled = [
            (c, y)
            for c, y in zip(cells, years, strict=True)
            if text[slice(*c)].strip()
            and (issued is None or y <= issued)  # none reported ahead
            and is_plan_year(y)  # a historical column ("1930") reports nothing
        ]
        if filled:
            unit, whole = _unit_of(words.strip(), text[slice(*filled[0][0])])
            total = unit if whole and unit is not None and str(unit) != "percent" else total
            unit = total if unit is None else unit
            if unit is not None:
                found.extend(_cell(text, label, c, y, unit, whole) for c, y in filled)
        label = next(items, None)
    return found


def stacked_figures(text: str, issued: int | None = None) -> list[Candidate]:
    """The status figures of the text's tables laid out one cell per line, in text order.

    A column of a year after the document's (*issued*, when known) reports nothing: its
    cells are not drafted as status figures.

    Examples
    --------
    >>> text = "NĂM\\nCHỈ TIÊU\\n2021\\n2022\\nTỷ lệ hộ có nước sạch (%)\\n80,5\\n82\\n"
    >>> [(c.value.magnitude, c.period.code) for c in stacked_figures(text)]
    [(80.5, '2021'), (82, '2022')]
    >>> [c.period.code for c in stacked_figures(text, issued=2021)]
    ['2021']
    """
    found: list[Candidate] = []
    done = 0
    for m in _YEAR_LINE.finditer(text):
        if m.start() < done:
            continue
        items = _items(text, m.start())
        years, first = _year_columns(text, items)
        if not years or first is None:
            continue
        heads = fold(text[max(0, m.start() - _HEADINGS_CHARS) : m.start()])
        rows = [] if _PLANNED.search(heads) else _rows(text, first, items, years, issued)
        found.extend(rows)
        done = rows[-1].span[1] if rows else first[0]
    return found


def without_stacked(found: Sequence[Candidate], stacked: Sequence[Candidate]) -> list[Candidate]:
    """*found* without the status figures read inside a stacked table, then *stacked*.

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = ("Toàn tỉnh hiện có 173 Trạm Y tế xã.\\n"
    ...         "CHỈ TIÊU\\n2021\\n2022\\nSố giường bệnh\\n1.200\\n1.250\\n")
    >>> found = find_figures(text, doc_year=2023)
    >>> [(c.value.magnitude, c.period.code) for c in without_stacked(found, stacked_figures(text))]
    [(173, '2023'), (1200, '2021'), (1250, '2022')]
    """
    if not stacked:
        return list(found)
    first, last = stacked[0].span[0], stacked[-1].span[1]
    kept = [c for c in found if c.role != "observation" or not first <= c.span[0] < last]
    return [*kept, *stacked]
