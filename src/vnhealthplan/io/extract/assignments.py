"""Assignments: who does what, with whom, for whom, by when.

Assignments come from two places:

* tables whose header has a lead column ("Đơn vị chủ trì"): one assignment per row with a
  lead, its other columns read by their headers (task, partners, submitted to, due,
  product); a task cell listing several tasks ("Xây dựng …; Xây dựng mới …") gives one
  assignment each;
* prose: the implementation section ("Tổ chức thực hiện") and "… giao <agency> chủ trì"
  paragraphs (:mod:`.duties`).

:func:`find_deadlines` reads every date phrase of a text; the drafter keeps only those that
govern a task or a target (:mod:`.deadlines`).

Examples
--------
>>> [(quote, period.code) for _, quote, period in find_deadlines(
...     "Hoàn thành trước ngày 30/6/2024; báo cáo Quý II/2024.")]
[('trước ngày 30/6/2024', '2024-06-30'), ('Quý II/2024', '2024-Q2')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from vnhealthplan.core.errors import ValidationError
from vnhealthplan.io.extract.deadlines import find_periods
from vnhealthplan.io.extract.duties import AssignmentCandidate, prose_assignments
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.records import located
from vnhealthplan.io.extract.segment import Line
from vnhealthplan.io.extract.tables import TableRow, table_rows
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.period import Period
from vnhealthplan.model.source import Document, Source
from vnhealthplan.text import ParseError, parse_period

__all__ = ["AssignmentCandidate", "find_assignments", "find_deadlines"]

Span = tuple[int, int]

#: Where a task cell lists a further task: "; " then a capital.
_NEXT_TASK = re.compile(r";[ \t]*(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")


def find_deadlines(text: str) -> list[tuple[Span, str, Period]]:
    """Every date phrase in the text: span, the words, and the period they name.

    Dates of cited documents included; the drafter's deadlines leave them out
    (:func:`~vnhealthplan.io.extract.deadlines.find_periods` with the references' spans).

    Examples
    --------
    >>> find_deadlines("Quý V/2024")
    []
    """
    return [(d.span, d.quote, d.period) for d in find_periods(text)]


def _table_assignments(text: str, row: TableRow, document: Document) -> list[AssignmentCandidate]:
    lead, cell = row.cell("lead"), row.cell("task")
    if not lead or not cell:
        return []
    reasons: list[str] = []
    due_text, due, due_span = row.cell("due"), None, None
    column = row.column("due")
    if column is not None and column < len(row.cells):
        due_span = row.cells[column]
    if due_text:
        try:
            due = parse_period(due_text)
        except ParseError:
            reasons.append(reason("due {due!r} is not a period: left out", due=due_text))
    partners = (row.cell("partners"),) if row.cell("partners") else ()
    span = (row.cells[0][0], row.cells[-1][1])
    quote = text[slice(*span)].strip()
    span = (text.index(quote, span[0]), text.index(quote, span[0]) + len(quote))
    tasks = [t.strip() for t in _NEXT_TASK.split(cell) if t.strip()]
    if len(tasks) > 1:
        reasons.append(reason("one of {count} tasks of the row", count=len(tasks)))
    found = []
    for task in tasks:
        try:
            assignment = Assignment(
                task,
                lead=lead,
                partners=list[Any](partners),
                submitted_to=row.cell("submitted_to") or None,
                due=due,
                product=row.cell("product") or None,
                source=Source(document, row.line.section or "bảng", quote),
            )
        except ValidationError:
            continue
        confidence = 0.9 if reasons else 1.0
        made = AssignmentCandidate(span, assignment, confidence, tuple(reasons))
        found.append(attrs.evolve(made, due_span=due_span if due else None))
    return found


def find_assignments(
    text: str,
    lines: Sequence[Line],
    document: Document,
    locate: Callable[[Span], str] | None = None,
) -> list[AssignmentCandidate]:
    """The assignments of a plan's text (see the module notes), in text order.

    Parameters
    ----------
    text : str
    lines : sequence of Line
        :func:`~vnhealthplan.io.extract.segment.layout` of *text*.
    document : Document
        For the assignments' sources.
    locate : callable, optional
        Where a span stands in the file (:meth:`SourceText.location`): each source's
        section ends with its line and place, "(dòng 19; đoạn 4)", as targets' do.

    Returns
    -------
    list of AssignmentCandidate

    Examples
    --------
    >>> from vnhealthplan import Document
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "IV. TỔ CHỨC THỰC HIỆN\\n1. Sở Y tế\\n- Chủ trì, phối hợp với Sở Tài chính " \\
    ...        "tổ chức triển khai Kế hoạch trước ngày 30/6/2024."
    >>> found = find_assignments(text, layout(text), Document("Kế hoạch", "UBND tỉnh"))
    >>> a = found[0].assignment
    >>> a.lead, a.partners, a.due.code
    ('Sở Y tế', ('Sở Tài chính',), '2024-06-30')
    """
    found = [
        made
        for row in table_rows(text, lines)
        if row.kind == "assignments"
        for made in _table_assignments(text, row, document)
    ]
    found += prose_assignments(text, lines, document)
    return sorted((_located(text, c, locate) for c in found), key=lambda c: c.span)


def _located(
    text: str, made: AssignmentCandidate, locate: Callable[[Span], str] | None
) -> AssignmentCandidate:
    source = made.assignment.source
    if source is None:
        return made
    section = located(text, source.section, made.span, locate)
    assignment = attrs.evolve(made.assignment, source=attrs.evolve(source, section=section))
    return attrs.evolve(made, assignment=assignment)
