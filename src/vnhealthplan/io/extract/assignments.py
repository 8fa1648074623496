"""Deadlines and assignments: who does what, with whom, by when.

Deadlines are the period phrases of the text layer that name a date to work to: "Quý
II/2024", "trước ngày 30/6/2024", "tháng 6/2024", "6 tháng đầu năm 2024"
(:func:`~vnhealthplan.text.parse_period`).

Assignments come from two places:

* tables whose header has a lead column ("Đơn vị chủ trì"): one assignment per row with a
  lead, its other columns read by their headers (task, partners, submitted to, due,
  product);
* the implementation section ("Tổ chức thực hiện"): a numbered heading naming an agency
  ("1. Sở Y tế", "2. Sở Kế hoạch và Đầu tư: Chủ trì, …") gives the lead of the lines under
  it; elsewhere, a sentence "… giao <agency> chủ trì, phối hợp với …" or "<agency> chủ
  trì, phối hợp với …" gives its own. Partners are read from "phối hợp với …".

Examples
--------
>>> [(quote, period.code) for _, quote, period in find_deadlines(
...     "Hoàn thành trước ngày 30/6/2024; báo cáo Quý II/2024.")]
[('trước ngày 30/6/2024', '2024-06-30'), ('Quý II/2024', '2024-Q2')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.deadlines import find_periods
from vnhealthplan.io.extract.references import find_references
from vnhealthplan.io.extract.segment import Line, sentences
from vnhealthplan.io.extract.tables import TableRow, table_rows
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.period import Period
from vnhealthplan.model.source import Document, Source
from vnhealthplan.text import ParseError, lookup_agency, parse_period

__all__ = ["AssignmentCandidate", "find_assignments", "find_deadlines"]

Span = tuple[int, int]

_DEADLINE: Final = re.compile(
    r"(?:(?:trước|đến|vào|trong)[ \t]+)?(?:"
    r"[Qq]uý[ \t]+[IVX1-4]+[ \t]*/[ \t]*\d{4}"
    r"|ngày[ \t]+\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]*/[ \t]*\d{4}"
    r"|tháng[ \t]+\d{1,2}[ \t]*/[ \t]*\d{4}"
    r"|\d[ \t]+tháng[ \t]+(?:đầu|cuối)[ \t]+năm[ \t]+\d{4})",
)
_AGENCY: Final = (
    r"(?:Sở|Ủy ban|Uỷ ban|UBND|Ban|Phòng|Bảo hiểm xã hội|Công an|Bộ Chỉ huy|Hội|Mặt trận|"
    r"Đài|Báo|Trung tâm|Bệnh viện|Chi cục|Văn phòng|Thanh tra|Các|Liên đoàn|Tỉnh đoàn)"
)
_HEADED: Final = re.compile(
    rf"[ \t]*(?:\d{{1,2}}|[a-zđ])[ \t]*[.\-–)][ \t]*({_AGENCY}[^:\n]{{1,80}}?)[ \t]*(?::(.*))?$"
)
_LEAD_SENTENCE: Final = re.compile(
    rf"(?:giao[ \t]+)?({_AGENCY}[^.;:\n]{{1,60}}?)[ \t]*(?:chủ trì|có trách nhiệm|là đầu mối)",
)
_PARTNERS: Final = re.compile(
    r"phối hợp(?: chặt chẽ)?(?: với)?[ \t]+(.+?)(?=[ \t]+(?:tổ chức|triển khai|thực hiện|xây "
    r"dựng|tham mưu|hướng dẫn|nghiên cứu|kêu gọi|rà soát|theo dõi|đánh giá)\b|[;.]|$)"
)
_IMPLEMENTATION: Final = re.compile(r"to chuc thuc hien")
#: The recipients' block that closes an administrative document.
_RECIPIENTS: Final = re.compile(r"[ \t]*Nơi nhận", re.IGNORECASE)


@attrs.frozen
class AssignmentCandidate:
    """A drafted assignment with its span, confidence and reasons.

    Examples
    --------
    >>> from vnhealthplan import Assignment
    >>> AssignmentCandidate((0, 5), Assignment("Báo cáo", lead="Sở Y tế")).confidence
    1.0
    """

    span: Span
    assignment: Assignment
    confidence: float = 1.0
    reasons: tuple[str, ...] = ()
    due_span: Span | None = None


def find_deadlines(text: str) -> list[tuple[Span, str, Period]]:
    """Deadline phrases in the text: span, the words, and the period they name.

    Examples
    --------
    >>> find_deadlines("Quý V/2024")
    []
    """
    found = []
    for m in _DEADLINE.finditer(text):
        try:
            period = parse_period(m.group())
        except ParseError:
            continue
        found.append((m.span(), m.group(), period))
    return found


def _partners(task: str) -> tuple[str, ...]:
    m = _PARTNERS.search(task)
    if not m:
        return ()
    pieces = [p.strip() for p in m.group(1).split(",") if p.strip()]
    parts: list[str] = []
    i = 0
    while i < len(pieces):
        # the longest run of pieces that names one known agency ("UBND các huyện, thành phố")
        for j in range(len(pieces), i, -1):
            name = ", ".join(pieces[i:j])
            if j == i + 1 or _known(name):
                break
        parts.extend(_split_and(name))
        i = j
    return tuple(parts)


def _known(name: str) -> bool:
    try:
        lookup_agency(name)
    except (ParseError, TypeError):
        return False
    return True


def _split_and(name: str) -> list[str]:
    """Split "A và B" into two agencies unless "A và B" is one (Sở Kế hoạch và Đầu tư)."""
    if _known(name) or " và " not in name:
        return [name]
    head, tail = name.rsplit(" và ", 1)
    if tail[:1].isupper() and _known(tail):
        return [*_split_and(head), tail]
    return [name]


def _due(task: str) -> Period | None:
    cited = [r.span for r in find_references(task)]
    found = find_periods(task, cited)
    return found[0].period if found else None


def _table_assignment(text: str, row: TableRow, document: Document) -> AssignmentCandidate | None:
    lead, task = row.cell("lead"), row.cell("task")
    if not lead or not task:
        return None
    reasons: list[str] = []
    due_text, due, due_span = row.cell("due"), None, None
    column = row.column("due")
    if column is not None and column < len(row.cells):
        due_span = row.cells[column]
    if due_text:
        try:
            due = parse_period(due_text)
        except ParseError:
            reasons.append(f"due {due_text!r} is not a period: left out")
    partners = (row.cell("partners"),) if row.cell("partners") else ()
    span = (row.cells[0][0], row.cells[-1][1])
    quote = text[slice(*span)].strip()
    span = (text.index(quote, span[0]), text.index(quote, span[0]) + len(quote))
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
        return None
    confidence = 0.9 if reasons else 1.0
    return AssignmentCandidate(span, assignment, confidence, tuple(reasons), due_span if due else None)


def _prose_assignment(
    text: str, span: Span, lead: str, document: Document, section: str, reasons: tuple[str, ...]
) -> AssignmentCandidate | None:
    quote = text[slice(*span)].strip()
    if len(quote) < 8:
        return None
    start = text.index(quote, span[0])
    task = quote.lstrip("-–+• ").rstrip(" .;")
    try:
        assignment = Assignment(
            task,
            lead=lead,
            partners=list[Any](_partners(task)),
            due=_due(task),
            source=Source(document, section or "Tổ chức thực hiện", quote),
        )
    except ValidationError:
        return None
    confidence = 0.8 if reasons else 1.0
    return AssignmentCandidate((start, start + len(quote)), assignment, confidence, reasons)


def _implementation(
    text: str, lines: Sequence[Line], document: Document
) -> list[AssignmentCandidate]:
    found: list[AssignmentCandidate] = []
    inside, lead, lead_level = False, None, 99
    for line in lines:
        raw = text[slice(*line.span)]
        if line.level is not None and line.level <= 2 and _IMPLEMENTATION.search(fold(raw)):
            inside, lead = True, None
            continue
        if (line.level is not None and line.level <= 1) or _RECIPIENTS.match(raw):
            inside = False
        if not inside or not raw.strip() or line.cells:
            continue
        headed = _HEADED.match(raw)
        if headed and line.level is not None:
            lead, lead_level = " ".join(headed.group(1).split()), line.level
            if headed.group(2) and headed.group(2).strip():
                at = line.span[0] + headed.start(2)
                made = _prose_assignment(text, (at, line.span[1]), lead, document, lead, ())
                found.extend([made] if made else [])
            continue
        if line.level is not None and line.level <= lead_level:
            lead = None
        own = _LEAD_SENTENCE.match(raw.lstrip("-–+• "))
        for sentence in sentences(text, *line.span):
            who = lead
            reasons: tuple[str, ...] = ()
            if own and who is None:
                who = " ".join(own.group(1).split())
            if who is None:
                continue
            made = _prose_assignment(text, sentence, who, document, line.section, reasons)
            found.extend([made] if made else [])
    return found


def _giao(text: str, lines: Sequence[Line], document: Document) -> list[AssignmentCandidate]:
    """Sentences outside tables that assign a lead: "… giao Sở Y tế chủ trì, …"."""
    found = []
    for line in lines:
        if line.cells:
            continue
        for sentence in sentences(text, *line.span):
            m = re.search(
                rf"\bgiao[ \t]+({_AGENCY}[^.;:,\n]{{1,60}}?)[ \t]+chủ trì", text[slice(*sentence)]
            )
            if not m:
                continue
            lead = " ".join(m.group(1).split())
            made = _prose_assignment(text, sentence, lead, document, line.section, ())
            found.extend([made] if made else [])
    return found


def find_assignments(
    text: str, lines: Sequence[Line], document: Document
) -> list[AssignmentCandidate]:
    """The assignments of a plan's text (see the module notes), in text order.

    Parameters
    ----------
    text : str
    lines : sequence of Line
        :func:`~vnhealthplan.io.extract.segment.layout` of *text*.
    document : Document
        For the assignments' sources.

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
        if row.kind == "assignments" and (made := _table_assignment(text, row, document))
    ]
    found += _implementation(text, lines, document)
    taken = {c.span for c in found}
    found += [c for c in _giao(text, lines, document) if c.span not in taken]
    return sorted(found, key=lambda c: c.span)
