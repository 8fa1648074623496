"""What a draft says besides its targets and observations: its document and review rows.

The document a drafted plan cites (:func:`draft_document`), the periods that govern its targets
and tasks (:func:`governing_deadlines`), and the review rows (:class:`Finding`) of the
document's fields, the deadlines, the assignments and the cited documents, which
:func:`~vnhealthplan.io.extract.draft.draft_plan` puts with those of its records.

Examples
--------
>>> from vnhealthplan.io.extract.references import find_references
>>> text = "Căn cứ Quyết định số 201/QĐ-TTg ngày 19/8/2022 của Thủ tướng Chính phủ."
>>> [c.number for c in citations(find_references(text))]
['201/QĐ-TTg']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vnhealthplan.io.extract.aims import reported_date
from vnhealthplan.io.extract.assignments import AssignmentCandidate
from vnhealthplan.io.extract.deadlines import (
    Deadline,
    find_periods,
    target_deadlines,
    task_periods,
    title_deadlines,
)
from vnhealthplan.io.extract.header import Header
from vnhealthplan.io.extract.records import Finding
from vnhealthplan.io.extract.references import Reference
from vnhealthplan.model.source import Citation, Document

__all__ = [
    "assignment_findings",
    "citations",
    "deadline_finding",
    "draft_document",
    "governing_deadlines",
    "header_findings",
    "reference_finding",
]

#: Which header reasons cast doubt on which document field.
_DOUBTS = {
    "number": "number read from",
    "issued": "date read from",
    "place": "(no such reason)",
    "title": "no title",
    "issuer": "issuer read from",
}


def citations(references: Sequence[Reference]) -> list[Citation]:
    """One citation per document cited, its fields taken from the fullest citation of it.

    Examples
    --------
    >>> from vnhealthplan.io.extract.references import find_references
    >>> text = ("Thực hiện Quyết định số 201/QĐ-TTg ngày 19/8/2022 của Thủ tướng Chính phủ; "
    ...         "theo Quyết định số 201/QĐ-TTg.")
    >>> [(c.number, c.issued) for c in citations(find_references(text))]
    [('201/QĐ-TTg', datetime.date(2022, 8, 19))]
    """
    best: dict[str, Reference] = {}
    for ref in references:
        known = best.get(ref.code)
        if known is None or (ref.issued, ref.issuer).count(None) < (
            known.issued,
            known.issuer,
        ).count(None):
            best[ref.code] = ref
    return [Citation(r.kind, r.number, r.issued, r.issuer, r.quote) for r in best.values()]


def draft_document(header: Header, references: Sequence[Reference] = ()) -> Document:
    """The document a draft's plan cites: its header's fields, and one citation per document
    it cites (:func:`citations`), noted as drafted.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.io.extract.header import read_header
    >>> text = plans.source_text("quang-ngai-2023")
    >>> draft_document(read_header(text)).cite()
    'UBND tỉnh Quảng Ngãi, 193/KH-UBND (2023-11-02)'
    """
    notes = "Drafted by vnhealthplan.extract from the text; review every field."
    if header.reasons:
        notes += " " + " ".join(f"{r[:1].upper()}{r[1:]}." for r in header.reasons)
    return Document(
        header.title,
        header.issuer,
        number=header.number,
        issued=header.issued,
        place=header.place,
        implements=list[Any](header.implements),
        notes=notes,
        references=list[Any](citations(references)),
    )


def header_findings(text: str, header: Header) -> list[Finding]:
    """The review rows of the document's fields read from the header, in the text's order.

    A field whose reading the header doubts ("number read from …") has confidence 0.5.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.io.extract.header import read_header
    >>> text = plans.source_text("quang-ngai-2023")
    >>> [(f.record, f.value) for f in header_findings(text, read_header(text))][:2]
    [('number', '193/KH-UBND'), ('issued', '2023-11-02')]
    """
    fields = {
        "number": header.number,
        "issued": header.issued.isoformat() if header.issued else None,
        "place": header.place,
        "title": header.title,
        "issuer": header.issuer,
    }
    found = []
    for name, value in fields.items():
        span = header.spans.get(name)
        if value is None or span is None:
            continue
        quote = text[slice(*span)]
        doubts = tuple(r for r in header.reasons if _DOUBTS[name] in r)
        confidence = 0.5 if doubts else 1.0
        found.append(Finding("document", name, value, "", span, quote, confidence, doubts))
    return sorted(found, key=lambda f: f.span)


def governing_deadlines(
    text: str,
    header: Header,
    references: Sequence[Reference],
    target_findings: Sequence[Finding],
    targets: Sequence[Any],
    drafted: Sequence[AssignmentCandidate],
) -> list[Deadline]:
    """The periods that govern the drafted targets and tasks, each once at its first place;
    none of a cited document.

    Examples
    --------
    >>> from vnhealthplan.io.extract.draft import draft_plan
    >>> from vnhealthplan import plans
    >>> [d.period.code for d in draft_plan(plans.source_text("quang-ngai-2023")).deadlines]
    ['2025']
    """
    skip = [r.span for r in references]
    skip += [s for n, s in header.spans.items() if n in ("number", "issued", "dateline")]
    governing = target_deadlines(
        text, [(f.span, t.period) for f, t in zip(target_findings, targets, strict=True)], skip
    )
    for c in drafted:
        due = c.assignment.due
        if c.due_span is None and due is not None:
            governing += task_periods(text, *c.span)
        if c.due_span is not None and due is not None:
            quote = text[slice(*c.due_span)]
            start = c.due_span[0] + len(quote) - len(quote.lstrip())
            words = quote.strip()
            governing.append(Deadline(due, words, (start, start + len(words))))
    taken = {d.span for d in governing}
    found = find_periods(text, skip)  # none of a report of the background
    governing += [d for d in found if d.span not in taken and not reported_date(text, d.span)]
    given = {d.period.code for d in governing}
    governing += [d for d in title_deadlines(text, skip) if d.period.code not in given]
    first: dict[str, Deadline] = {}  # each period once, at its first place (labelling.rst)
    for d in sorted(governing, key=lambda d: d.span):
        first.setdefault(d.period.code, d)
    return list(first.values())


def deadline_finding(deadline: Deadline) -> Finding:
    """The review row of a governing period: confidence 0.8 when it is doubted.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.io.extract.draft import draft_plan
    >>> draft = draft_plan(plans.source_text("quang-ngai-2023"))
    >>> found = deadline_finding(draft.deadlines[0])
    >>> found.kind, found.value, found.confidence
    ('deadline', '2025', 1.0)
    """
    return Finding(
        "deadline",
        deadline.quote,
        deadline.period.code,
        deadline.period.code,
        deadline.span,
        deadline.quote,
        0.8 if deadline.reasons else 1.0,
        deadline.reasons,
    )


def assignment_findings(text: str, drafted: Sequence[AssignmentCandidate]) -> list[Finding]:
    """The review rows of the drafted assignments (a task longer than 80 characters cut).

    Examples
    --------
    >>> from vnhealthplan.io.extract.draft import draft_plan
    >>> from vnhealthplan import plans
    >>> draft = draft_plan(plans.source_text("quang-ngai-2023"))
    >>> [f.record for f in draft.findings if f.kind == "assignment"][:2]
    ['Sở Y tế', 'Sở Y tế']
    """
    return [
        Finding(
            "assignment",
            c.assignment.lead,
            c.assignment.task if len(c.assignment.task) <= 80 else c.assignment.task[:79] + "…",
            c.assignment.due.code if c.assignment.due else "",
            c.span,
            text[slice(*c.span)],
            c.confidence,
            c.reasons,
        )
        for c in drafted
    ]


def reference_finding(ref: Reference) -> Finding:
    """The review row of a cited document.

    Examples
    --------
    >>> from vnhealthplan.io.extract.references import find_references
    >>> ref = find_references("Thực hiện Quyết định số 201/QĐ-TTg ngày 19/8/2022.")[0]
    >>> reference_finding(ref).value, reference_finding(ref).year
    ('Quyết định 201/QĐ-TTg', '2022-08-19')
    """
    value = " ".join(p for p in (ref.kind, ref.number or "") if p)
    if ref.issuer:
        value += f" ({ref.issuer})"
    year = ref.issued.isoformat() if ref.issued else ""
    confidence = 0.8 if ref.reasons else 1.0
    return Finding("reference", ref.code, value, year, ref.span, ref.quote, confidence, ref.reasons)
