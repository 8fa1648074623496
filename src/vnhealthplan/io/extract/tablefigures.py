"""The figures of a table's rows: a value per cell, under the row's label and its column's year.

A plan's table of targets gives a row per indicator ("Số bác sĩ/vạn dân | bác sĩ/vạn dân |
12 | 15") and a column per year; :mod:`.tables` cuts the rows and reads the columns' years
and kinds (targets, results), and :func:`table_figures` drafts each cell: its label ranked
against the catalogue, its unit, its value and its year.

Examples
--------
>>> from vnhealthplan.io.extract.tables import table_rows
>>> from vnhealthplan.io.extract.segment import layout
>>> text = "Chỉ tiêu\\tĐơn vị\\tNăm 2025\\nSố giường bệnh/vạn dân\\tgiường/vạn dân\\t32"
>>> row = table_rows(text, layout(text))[0]
>>> (figure,) = table_figures(text, row, YearContext(None, 2024), None)
>>> figure.value
<Quantity(32, 'bed / ten_thousand_people')>
"""

from __future__ import annotations

import re

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.candidate import Candidate, YearContext
from vnhealthplan.io.extract.catalogued import choose, tier_of
from vnhealthplan.io.extract.lexicon import rank_indicators
from vnhealthplan.io.extract.reasons import NO_INDICATOR_FOR_LABEL, reason
from vnhealthplan.io.extract.role import Role
from vnhealthplan.io.extract.segment import YearMark
from vnhealthplan.io.extract.tables import TableRow
from vnhealthplan.io.extract.tableunit import stated_reason
from vnhealthplan.io.extract.values import Decimal, Value
from vnhealthplan.io.extract.valueyear import TITLE
from vnhealthplan.text import ParseError, TargetPhrase, parse_target_phrase

__all__ = ["table_figures"]

Span = tuple[int, int]


def table_figures(
    text: str, row: TableRow, years: YearContext, parent: Candidate | None
) -> list[Candidate]:
    """The targets and status figures of a table *row*: a catalogue indicator ranked on its
    label (a sub-row's parent's first), each value cell a target (a status figure in a
    section describing the situation) and each cell of a column of results a status
    figure; a cell's year is its column's, else its section's, else the title's.

    Parameters
    ----------
    text : str
    row : TableRow
    years : YearContext
    parent : Candidate, optional
        The figure of the row above, for a sub-row ("- Trong đó: …").

    Returns
    -------
    list of Candidate

    Examples
    --------
    >>> from vnhealthplan.io.extract.tables import table_rows
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "Chỉ tiêu\\tĐơn vị\\tNăm 2025\\nSố bác sĩ/vạn dân\\tbác sĩ/vạn dân\\t12"
    >>> row = table_rows(text, layout(text))[0]
    >>> found = table_figures(text, row, YearContext(None, 2024), None)
    >>> [(c.code, c.period.code, c.role) for c in found]
    [('doctors_per_10k', '2025', 'target')]
    """
    sub = row.is_sub_row and parent is not None
    ranked = rank_indicators(row.label, "", parent.name if sub and parent else "")
    if sub and parent is not None and parent.code:
        ranked = [(10**6, parent.code), *ranked]
    situation = reason(
        "its section describes the situation ({section!r})", section=row.line.section
    )
    cells: list[tuple[Span, YearMark | None, Role]] = []
    for cell, mark in row.values:
        role = Role("observation", (situation,)) if row.line.in_status else Role("target")
        cells.append((cell, mark, role))
    for cell, mark in row.results:
        header = row.header[row.cells.index(cell)]
        cue = reason("'ước': an estimate") if re.search(r"\buoc\b", header) else ""
        reasons = (reason("a column of results ({header!r})", header=header), cue)
        cells.append((cell, mark, Role("observation", tuple(r for r in reasons if r))))
    found = [
        _cell(text, row, cell, mark, ranked, years, role)
        for cell, mark, role in cells
        if role.kind == "target" or mark is not None  # status figures are not dated by guessing
    ]
    return [c for c in found if c is not None]


def _cell(
    text: str,
    row: TableRow,
    cell: Span,
    mark: YearMark | None,
    ranked: list[tuple[int, str]],
    years: YearContext,
    role: Role,
) -> Candidate | None:
    label = row.label
    read = _cell_phrase(row, cell)
    if read is None:
        return None
    phrase_text, phrase, decimal = read
    value = Value(cell, cell, phrase, phrase_text, phrase.unit, decimal=decimal)
    code, reading, reasons = choose(value, phrase_text, phrase.unit, ranked)
    cost = 0.2 * len(reasons) + (0.3 if decimal else 0.0)
    if decimal:
        reasons.append(
            reason(
                "{said!r} reads two ways: read with '.' as the decimal point", said=row.clean(cell)
            )
        )
    if row.stated and row.unit == row.stated and not row.cell("unit") and phrase.unit is not None:
        reasons.append(stated_reason(phrase.unit))  # "ĐVT: …" above the table
    if reading is None:
        if phrase.unit is None:
            return None
        reading = (phrase.value, phrase.upper, phrase)
        reasons.append(NO_INDICATOR_FOR_LABEL)
        cost += 0.3
    dated = _cell_year(row, mark, years)
    if dated is None:
        return None
    period_mark, year_reason = dated
    cost += 0.3 if year_reason else 0.0
    return Candidate(
        (row.label_span[0], cell[1]),
        code,
        " ".join(label.split()).strip(" -+"),
        reading[0],
        reading[1],
        reading[2],
        period_mark.period,
        tier_of(fold(label)),
        row.line.section,
        round(max(0.05, 1.0 - cost - role.cost), 2),
        tuple(r for r in (*role.reasons, *reasons, year_reason) if r),
        role=role.kind,
    )


def _cell_phrase(row: TableRow, cell: Span) -> tuple[str, TargetPhrase, Decimal | None] | None:
    """The words the *cell* of *row* is read from (its label, its unit and it), their
    phrase, and "." when only a decimal point reads them; None when neither reading does."""
    phrase_text = f"{row.label}\t{row.unit}\t{row.clean(cell)}"
    for decimal in (None, "."):
        try:
            return phrase_text, parse_target_phrase(phrase_text, decimal=decimal), decimal
        except ParseError:
            continue
    return None


def _cell_year(
    row: TableRow, mark: YearMark | None, years: YearContext
) -> tuple[YearMark, str] | None:
    """The year of a cell: its column's (*mark*), else its section's, else the title's (with
    its reason); None when there is none."""
    if mark is not None:
        return mark, ""
    if row.line.section_year is not None:
        return row.line.section_year, ""
    if years.title is not None:
        return years.title, TITLE
    return None
