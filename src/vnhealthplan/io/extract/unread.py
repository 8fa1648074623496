"""The figures a draft did not read: nothing is silently dropped.

The drafter reads most of a plan's targets and status figures, not all: what it does not
read would vanish from the draft, and a reviewer could not see what to add by hand.
:func:`unread_findings` lists every value of the text with a unit, a percent, a per-mille,
a per-capita ratio or a counted noun (as :func:`~vnhealthplan.io.extract.values.find_values`
sees them) that became no record and is not part of one (a target, a status figure, a
deadline, a reference, an assignment or a document field), as a
:class:`~vnhealthplan.io.extract.records.Finding` of kind ``"unread"``: its quote is its
clause up to the value, its confidence 0, and its reason says why it was left when the
drafter knows ("no year in its line", "in the targets section, not read as a target", the
drafter's own word), else "not read as a target or a status figure". Years, dates,
document numbers, bare numbers, ages and weights inside a group's name and restated targets
are not listed.

The review table and the review workbook list these rows last; a reviewer may turn one into
a target or a status figure in the workbook (:mod:`.reviewbook`). They are never written to
the plan file.

Examples
--------
>>> from vnhealthplan.io.extract.draft import draft_plan
>>> draft = draft_plan("Phấn đấu đến năm 2025 đạt 10 bác sĩ/vạn dân. "
...                    "Toàn tỉnh có 1.200 nhân viên y tế thôn bản.")
>>> [(f.kind, f.quote) for f in draft.findings][-1]
('unread', 'Toàn tỉnh có 1.200 nhân viên y tế')
>>> draft.findings[-1].said_reasons("en"), draft.findings[-1].confidence
('not read as a target or a status figure', 0.0)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import Final

from vnhealthplan.io.extract.counts import is_place_count
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.records import Finding
from vnhealthplan.io.extract.segment import Line
from vnhealthplan.io.extract.thresholds import defines_subject, year_read_as_count
from vnhealthplan.io.extract.values import Value, find_values

__all__ = ["UNREAD", "left_unread", "review_order", "unread_findings"]

Span = tuple[int, int]

#: The kind of a finding the drafter did not read.
UNREAD: Final = "unread"
#: A message of the drafter about a figure it did not draft: its span and why.
_NOT_DRAFTED: Final = re.compile(r"not drafted, characters (\d+)–(\d+) \(.*?\): (.+)$", re.S)
_RESTATED: Final = re.compile(r"^characters (\d+)–(\d+) \(.*\) restate, ", re.S)
#: Where a value's clause begins: after a list mark, a line or cell end, or a sentence end.
_CLAUSE_START: Final = re.compile(r"[;:\t\n•]|\.(?=[ \t]+\S)(?<!\d\.)")
_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: A day or month of a date read with a unit: "ngày 14 tháng 10 năm 2023".
_DATE_BEFORE: Final = re.compile(r"(?:ngày|tháng)[ \t]*$", re.IGNORECASE)
_DATE_AFTER: Final = re.compile(r"[ \t]*năm[ \t]+\d{4}(?!\d)", re.IGNORECASE)
#: The widest clause quoted before a value.
_QUOTE_BEFORE: Final = 80


def _messages(messages: Iterable[str]) -> tuple[dict[Span, str], list[Span]]:
    """The figures the drafter said it did not draft (span → why), and the restated ones."""
    left: dict[Span, str] = {}
    restated: list[Span] = []
    for message in messages:
        if m := _RESTATED.match(message):
            restated.append((int(m[1]), int(m[2])))
        elif m := _NOT_DRAFTED.search(message):
            left[(int(m[1]), int(m[2]))] = m[3].strip()
    return left, restated


class _Taken:
    """The spans of the draft's findings, for telling whether a value is part of one."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [s[0] for s in self.spans]
        self.widest = max((e - s for s, e in self.spans), default=0)
        self.ends = sorted(e for _, e in self.spans)

    def end_before(self, pos: int) -> int:
        """The end of the last span ending at or before *pos* (0 if none)."""
        at = bisect.bisect_right(self.ends, pos)
        return self.ends[at - 1] if at else 0

    def overlaps(self, span: Span) -> bool:
        first = bisect.bisect_left(self.starts, span[0] - self.widest)
        last = bisect.bisect_left(self.starts, span[1])
        return any(s < span[1] and span[0] < e for s, e in self.spans[first:last])


def _clause_start(text: str, low: int, start: int) -> int:
    """Where the clause of the value at *start* begins, no further back than *low*."""
    floor = max(low, start - _QUOTE_BEFORE)
    begin = floor
    for m in _CLAUSE_START.finditer(text, floor, start):
        begin = m.end()
    while begin < start and text[begin].isspace():
        begin += 1
    if begin == floor and floor > low:  # a cut clause starts at a word
        space = text.find(" ", floor, start)
        begin = space + 1 if space >= 0 else start
    return begin


def _named(text: str, value: Value, clause: int) -> bool:
    """Whether *value* is part of a name or a date: an age, a weight naming a group, a year."""
    start = value.number_span[0]
    if _DATE_BEFORE.search(text, max(0, start - 8), start) or _DATE_AFTER.match(
        text, value.number_span[1]
    ):
        return True
    if str(value.unit) == "year" and "tuổi" in value.text.casefold():
        return True  # "trẻ em dưới 5 tuổi", "tuổi thọ … 74 tuổi" read by the drafter or not
    return defines_subject(text, value, clause) or year_read_as_count(text, value)


def _why(line: Line, text: str, said: str) -> str:
    """The reason a value of *line* was left, as far as the drafter knows it."""
    if said:
        return reason("not drafted: {why}", why=said)
    if not _YEAR.search(text, *line.span) and line.section_year is None:
        return reason("no year in its line or its section")
    if line.in_targets:
        return reason("in the targets section, not read as a target")
    if line.in_status:
        return reason("in the status section, not read as a status figure")
    return reason("not read as a target or a status figure")


def _said(left: dict[Span, str], span: Span) -> str:
    """What the drafter said of the figure at *span*, if anything."""
    return next((w for s, w in left.items() if s[0] < span[1] and span[0] < s[1]), "")


def _finding(text: str, span: Span, value: Value, line: Line, said: str) -> Finding:
    figure = text[value.number_span[0] : value.span[1]]
    why = _why(line, text, said)
    return Finding(UNREAD, "", figure, "", span, text[slice(*span)], 0.0, (why,))


def unread_findings(
    text: str, lines: Sequence[Line], findings: Iterable[Finding], messages: Iterable[str] = ()
) -> tuple[Finding, ...]:
    """The figures of *text* no finding holds, as findings of kind ``"unread"``.

    Parameters
    ----------
    text : str
    lines : sequence of Line
        :func:`~vnhealthplan.io.extract.segment.layout` of *text*.
    findings : iterable of Finding
        The draft's findings of every kind: a value inside one's span is not listed.
    messages : iterable of str
        The drafter's messages: a figure it said it left gets its reason; a restated target
        is not listed.

    Returns
    -------
    tuple of Finding
        In text order; record ``""``, value the figure as written, confidence 0.

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "Toàn tỉnh có 1.200 nhân viên y tế thôn bản; 95% trẻ dưới 1 tuổi được tiêm."
    >>> [(f.value, f.quote) for f in unread_findings(text, layout(text), [])]
    [('1.200 nhân viên y tế', 'Toàn tỉnh có 1.200 nhân viên y tế'), ('95%', '95%')]
    >>> unread_findings(text, layout(text), [Finding("target", "x", "", "", (44, 47), "95%")])[1:]
    ()
    """
    left, restated = _messages(messages)
    taken = _Taken([f.span for f in findings if f.kind != UNREAD] + restated)
    why_at = _Taken(left)
    found = []
    for line in lines:
        for low, high in line.cells or (line.span,):
            for value in find_values(text, low, high):
                if value.unit is None or taken.overlaps(value.span) or is_place_count(value.unit):
                    continue  # "9 huyện": geography, unless a target (.counts)
                start = _clause_start(
                    text, max(low, taken.end_before(value.span[0])), value.span[0]
                )
                if not _named(text, value, start):
                    said = _said(left, value.span) if why_at.overlaps(value.span) else ""
                    found.append(_finding(text, (start, value.span[1]), value, line, said))
    return tuple(found)


def left_unread(findings: Iterable[Finding]) -> int:
    """How many of *findings* are figures the drafter did not read.

    Examples
    --------
    >>> left_unread([Finding("unread", "", "95%", "", (0, 3), "95%", 0.0)])
    1
    """
    return sum(f.kind == UNREAD for f in findings)


def review_order(finding: Finding) -> tuple[bool, float, int]:
    """Where *finding* stands in the review table: the figures not read last, then by
    confidence (lowest first) and place in the text.

    Examples
    --------
    >>> review_order(Finding("unread", "", "95%", "", (0, 3), "95%", 0.0))
    (True, 0.0, 0)
    """
    return finding.kind == UNREAD, finding.confidence, finding.span[0]
