"""The review workbook's rows: one per finding of a draft, and what each cell holds.

One :class:`Row` per finding of a draft, tied to the record it proposed (a target, a status
figure, an assignment, a document field; a deadline row has none). :func:`row_cells` writes
a row's cells from the record itself, so that an untouched workbook reads back to the very
same records (:func:`~vnhealthplan.io.extract.reviewcells.apply_rows` reads them back).

Examples
--------
>>> from vnhealthplan.extract import draft_plan
>>> draft = draft_plan("KẾ HOẠCH\\nY tế năm 2025\\n\\nĐến năm 2025 đạt 10 bác sĩ/vạn dân.")
>>> [(r.index, r.kind, r.doubtful) for r in rows_of(draft)]
[(0, 'document', False), (2, 'deadline', False), (1, 'target', False)]
>>> row_cells(rows_of(draft)[2], "vi")[:8]
[1, 'chỉ tiêu', 'có', 'doctors_per_10k', 10, 'bác sĩ/vạn dân', '=', 'năm 2025']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import attrs

from vnhealthplan.core.i18n import translate
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang
from vnhealthplan.io.extract.records import Finding
from vnhealthplan.io.extract.source_text import SourceText
from vnhealthplan.io.extract.unread import UNREAD, review_order
from vnhealthplan.text.numbers import format_number
from vnhealthplan.text.periods import format_period
from vnhealthplan.text.units import format_unit

if TYPE_CHECKING:
    from vnhealthplan.io.extract.draft import Draft

__all__ = [
    "COLUMNS",
    "COLUMN_AT",
    "EDITABLE",
    "READ_ONLY",
    "RECORDS",
    "Row",
    "keep_words",
    "kind_said",
    "record_said",
    "row_cells",
    "rows_of",
]

#: The review sheet's columns (English keys; headers through the catalogue).
COLUMNS: Final = (
    "id", "kind", "keep", "record", "value", "unit", "comparator", "year", "confidence",
    "reasons", "quote", "start", "end", "location",
)  # fmt: skip
#: The columns a reviewer edits; the others are not read back.
EDITABLE: Final = ("keep", "record", "value", "comparator", "year")
#: Each column's place in a row's cells.
COLUMN_AT: Final = {name: i for i, name in enumerate(COLUMNS)}
#: Where each kind's records are in a plan.
RECORDS: Final = {"target": "targets", "observation": "observations", "assignment": "assignments"}


@attrs.frozen
class Row:
    """A finding (at *index* among the draft's) and the record it proposed, if any.

    Examples
    --------
    >>> from vnhealthplan.extract import draft_plan
    >>> row = rows_of(draft_plan("Đến năm 2025 đạt 10 bác sĩ/vạn dân."))[0]
    >>> row.kind, row.doubtful, row.finding.reasons
    ('document', True, ("no title under a 'KẾ HOẠCH' line: the first sentence stands for it",))
    """

    index: int
    finding: Finding
    record: Any = None
    source: SourceText | None = None

    @property
    def kind(self) -> str:
        """The finding's kind: document, target, observation, assignment or deadline."""
        return self.finding.kind

    @property
    def doubtful(self) -> bool:
        """A confidence below 1, or reasons for doubt."""
        return self.finding.confidence < 1 or bool(self.finding.reasons)


def rows_of(draft: Draft) -> list[Row]:
    """The rows of *draft*'s workbook, the doubtful first (the review table's order).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.extract import draft_plan
    >>> draft = draft_plan(plans.source_text("unattributed-kbcb-2024"))
    >>> [r.index for r in rows_of(draft)][:4] == draft.review_frame().index[:4].tolist()
    True
    """
    seen = dict.fromkeys(RECORDS, 0)
    rows = []
    for i, finding in enumerate(draft.findings):
        record = None
        if finding.kind in RECORDS:
            records = getattr(draft.plan, RECORDS[finding.kind])
            record = records[seen[finding.kind]]
            seen[finding.kind] += 1
        rows.append(Row(i, finding, record, draft.source))
    for kind, count in seen.items():
        if count != len(getattr(draft.plan, RECORDS[kind])):
            raise RuntimeError(f"the draft has {count} {kind} findings for a different count")
    return sorted(rows, key=lambda r: (*review_order(r.finding), r.index))


def keep_words(lang: Lang) -> tuple[str, str]:
    """The words for keep and drop: ("có", "không") or ("yes", "no").

    Examples
    --------
    >>> keep_words("vi"), keep_words("en")
    (('có', 'không'), ('yes', 'no'))
    """
    yes, no = (translate(word, lang, context="review workbook") for word in ("yes", "no"))
    return yes, no


_KINDS: Final = {k: k for k in ("document", "target", "assignment", "deadline", "reference")}
_KINDS.update(observation="status figure", unread="unread")
#: Rows for reading only: they hold no record of the plan to keep or drop.
READ_ONLY: Final = frozenset({"deadline", "reference"})


def kind_said(kind: str, lang: Lang | None = None) -> str:
    """The name of a finding's *kind* in *lang*, as the review workbook and table show it.

    Examples
    --------
    >>> kind_said("observation", "vi"), kind_said("observation", "en")
    ('số liệu hiện trạng', 'status figure')
    """
    return translate(_KINDS[kind], lang, context="review workbook")


def record_said(finding: Finding, lang: Lang | None = None) -> str:
    """The record a finding names, as the review table shows it in *lang*: a document's field
    in words ("Số hiệu" for ``number`` in Vietnamese), any other record by its code.

    Examples
    --------
    >>> from vnhealthplan.extract import draft_plan
    >>> draft = draft_plan("UBND TỈNH ĐẮK LẮK\\nSố: 193/KH-UBND\\n\\nKẾ HOẠCH\\nY tế năm 2025")
    >>> documents = [f for f in draft.findings if f.kind == "document"]
    >>> [(record_said(f, "vi"), record_said(f, "en")) for f in documents]
    [('Số hiệu', 'number'), ('Tiêu đề', 'title')]
    """
    if finding.kind != "document" or resolve_language(lang) == "en":
        return finding.record
    return translate(finding.record.capitalize(), lang, context="document")


def _magnitude(quantity: Any) -> Any:
    value = getattr(quantity, "magnitude", quantity)
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _unit(quantity: Any, lang: Lang) -> str:
    try:
        return format_unit(quantity.units, lang)
    except (ValueError, AttributeError):
        return str(getattr(quantity, "units", ""))


def _record_cells(row: Row, lang: Lang) -> list[Any]:
    """The record, value, unit, comparator and year cells of *row*."""
    f, r = row.finding, row.record
    if row.kind == "target":
        value = _magnitude(r.value)
        if r.upper is not None:
            low, high = r.value.magnitude, r.upper.magnitude
            value = f"{format_number(low, lang)}–{format_number(high, lang)}"
        return [r.indicator.code, value, _unit(r.value, lang), r.comparator.symbol,
                format_period(r.period, lang)]  # fmt: skip
    if row.kind == "observation":
        return [r.indicator.code, _magnitude(r.value), _unit(r.value, lang), "",
                format_period(r.period, lang)]  # fmt: skip
    if row.kind == "assignment":
        due = format_period(r.due, lang) if r.due is not None else ""
        return [r.lead, r.task, "", "", due]
    return [f.record, f.value, "", "", f.year]


def row_cells(row: Row, lang: Lang) -> list[Any]:
    """The cells of *row*, in :data:`COLUMNS` order.

    Examples
    --------
    >>> from vnhealthplan.extract import draft_plan
    >>> draft = draft_plan("Số: 12/KH-SYT\\nKẾ HOẠCH\\nY tế năm 2025\\n\\n"
    ...                    "Đến năm 2025 đạt 10 bác sĩ/vạn dân.")
    >>> row_cells(rows_of(draft)[0], "en")
    [0, 'document', 'yes', 'number', '12/KH-SYT', '', '', '', 1.0, '', 'Số: 12/KH-SYT', 0, 13,
     'paragraph 1']
    """
    f = row.finding
    place = row.source.location(f.span, lang) if row.source is not None else ""
    keep = "" if row.kind in (*READ_ONLY, UNREAD) else keep_words(lang)[0]
    return [row.index, kind_said(row.kind, lang), keep, *_record_cells(row, lang), f.confidence,
            f.said_reasons(lang), f.quote, *f.span, place]  # fmt: skip
