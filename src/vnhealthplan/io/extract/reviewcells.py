"""The review workbook's rows: what each cell holds, and the record an edited row gives.

One :class:`Row` per finding of a draft, tied to the record it proposed (a target, a status
figure, an assignment, a document field; a deadline row has none). :func:`row_cells` writes
a row's cells from the record itself, so that an untouched workbook reads back to the very
same records; :func:`apply_rows` reads the edited cells with the text layer's parsers and
reports every bad cell as a :class:`~vnhealthplan.errors.Problem` at its address.

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

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs

from vnhealthplan.core.errors import Problem, VNHealthPlanError
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.vocab import Comparator, Lang
from vnhealthplan.data import indicators
from vnhealthplan.io.extract.records import Finding
from vnhealthplan.io.extract.reviewunread import unread_row
from vnhealthplan.io.extract.source_text import SourceText
from vnhealthplan.io.extract.unread import UNREAD, review_order
from vnhealthplan.io.forms.numbers import read_number
from vnhealthplan.text.errors import ParseError
from vnhealthplan.text.numbers import format_number
from vnhealthplan.text.periods import format_period, parse_period
from vnhealthplan.text.phrases import parse_target_phrase
from vnhealthplan.text.units import format_unit, parse_quantity

if TYPE_CHECKING:
    from vnhealthplan.io.extract.draft import Draft
    from vnhealthplan.model.plan import Plan

__all__ = ["COLUMNS", "EDITABLE", "Row", "apply_rows", "keep_words", "row_cells", "rows_of"]

#: The review sheet's columns (English keys; headers through the catalogue).
COLUMNS: Final = (
    "id", "kind", "keep", "record", "value", "unit", "comparator", "year", "confidence",
    "reasons", "quote", "start", "end", "location",
)  # fmt: skip
#: The columns a reviewer edits; the others are not read back.
EDITABLE: Final = ("keep", "record", "value", "comparator", "year")
_AT: Final = {name: i for i, name in enumerate(COLUMNS)}
#: Where each kind's records are in a plan.
_RECORDS: Final = {"target": "targets", "observation": "observations", "assignment": "assignments"}
_BARE_NUMBER: Final = re.compile(r"[\d\s.,+\-−]+")
_DROPPABLE: Final = ("number", "issued", "place")


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
    seen = dict.fromkeys(_RECORDS, 0)
    rows = []
    for i, finding in enumerate(draft.findings):
        record = None
        if finding.kind in _RECORDS:
            records = getattr(draft.plan, _RECORDS[finding.kind])
            record = records[seen[finding.kind]]
            seen[finding.kind] += 1
        rows.append(Row(i, finding, record, draft.source))
    for kind, count in seen.items():
        if count != len(getattr(draft.plan, _RECORDS[kind])):
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
_READ_ONLY: Final = frozenset({"deadline", "reference"})


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
    keep = "" if row.kind in (*_READ_ONLY, UNREAD) else keep_words(lang)[0]
    kind = translate(_KINDS[row.kind], lang, context="review workbook")
    return [row.index, kind, keep, *_record_cells(row, lang), f.confidence,
            f.said_reasons(lang), f.quote, *f.span, place]  # fmt: skip


def _same(got: Any, written: Any) -> bool:
    """Whether a cell still holds what was written (blank is blank, 10 is 10.0)."""
    if got is None or (isinstance(got, str) and not got.strip()):
        return written in (None, "")
    if isinstance(got, int | float) and isinstance(written, int | float):
        return float(got) == float(written)
    return str(got).strip() == str(written).strip()


@attrs.define
class _Reading:
    """The workbook being read: where each cell is, and the problems found so far."""

    file: str
    sheet: str
    lang: Lang
    problems: list[Problem]
    indicators: dict[str, Any]
    document: Any = None

    def bad(self, n: int, column: str, value: Any, expected: str) -> None:
        where = f"{self.sheet}!{chr(ord('A') + _AT[column])}{n}"
        self.problems.append(Problem(self.file, where, column, value, f"expected {expected}"))


def apply_rows(
    draft: Draft, body: list[tuple[int, list[Any]]], lang: Lang, where: tuple[str, str],
    problems: list[Problem],
) -> Plan | None:  # fmt: skip
    """The plan *body*'s rows make of *draft*'s, or None with *problems* filled.

    *body* holds the sheet's rows (row number, cells); *where* the file's and the sheet's
    names, for the problems' addresses.

    Examples
    --------
    >>> from vnhealthplan.extract import draft_plan
    >>> draft = draft_plan("KẾ HOẠCH\\nY tế năm 2025\\n\\nĐến năm 2025 đạt 10 bác sĩ/vạn dân.")
    >>> cells = [row_cells(row, "vi") for row in rows_of(draft)]
    >>> cells[2][4] = "11"
    >>> apply_rows(draft, list(enumerate(cells, 2)), "vi", ("r.xlsx", "Rà soát"), []).targets
    (Target(doctors_per_10k = 11 doctor / ten_thousand_people, 2025),)
    >>> cells[2][4], problems = "mười một", []
    >>> apply_rows(draft, list(enumerate(cells, 2)), "vi", ("r.xlsx", "Rà soát"), problems)
    >>> print(problems[0])
    r.xlsx: Rà soát!E4: value = 'mười một': expected a number in the row's unit, or a number \
with its unit (a number first)
    """
    measured: tuple[Any, ...] = (*draft.plan.targets, *draft.plan.observations)
    known = {r.indicator.code: r.indicator for r in measured}
    reading = _Reading(where[0], where[1], lang, problems, known, draft.plan.document)
    rows = {r.index: r for r in rows_of(draft)}
    results: dict[int, Any] = {}
    for n, cells in body:
        row = _row_at(reading, rows, results, n, cells[_AT["id"]])
        if row is not None:
            results[row.index] = _applied(reading, row, n, cells)
    for index, row in sorted(rows.items()):
        if index not in results and row.kind not in _READ_ONLY:
            drop = keep_words(lang)[1]
            reading.problems.append(Problem(
                reading.file, reading.sheet, "id", index,
                "expected every row of the draft: this id's row was deleted (write "
                f"{drop!r} in its keep column to drop a record instead)"))  # fmt: skip
    if problems:
        return None
    return _assembled(draft, rows, results, reading)


def _row_at(
    reading: _Reading, rows: dict[int, Row], done: dict[int, Any], n: int, cell: Any
) -> Row | None:
    """The row whose id *cell* holds, or None (and a problem) for a bad or repeated id."""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, bool) or not isinstance(cell, int) or cell not in rows:
        reading.bad(n, "id", cell, f"a row id of this draft, 0–{len(rows) - 1} (as written)")
        return None
    if cell in done:
        reading.bad(n, "id", cell, "each row once (this id's row is repeated)")
        return None
    return rows[cell]


def _applied(reading: _Reading, row: Row, n: int, cells: list[Any]) -> Any:
    """What *row* becomes: its record (edited), None when dropped, or _SAME."""
    if row.kind == UNREAD:  # a record only when the reviewer gives it a kind (reviewunread)
        return unread_row(reading, n, dict(zip(COLUMNS, cells, strict=False)), row.finding)
    written = row_cells(row, reading.lang)
    changed = [c for c in EDITABLE if not _same(cells[_AT[c]], written[_AT[c]])]
    if row.kind in _READ_ONLY:
        for column in changed:
            reading.bad(n, column, cells[_AT[column]], "no edit: a deadline row is for "
                        "reading (change the year of its assignment)")  # fmt: skip
        return _SAME
    yes, no = keep_words(reading.lang)
    keep = str(cells[_AT["keep"]] or "").strip().casefold()
    if keep not in (yes, no):  # reported; the other cells are still checked
        reading.bad(n, "keep", cells[_AT["keep"]], f"{yes!r} or {no!r}")
    elif keep == no:
        if row.kind == "document" and row.finding.record not in _DROPPABLE:
            reading.bad(n, "keep", cells[_AT["keep"]],
                        f"{yes!r}: a plan's document needs its {row.finding.record}")  # fmt: skip
        return None
    changed = [c for c in changed if c != "keep"]
    if not changed:
        return _SAME
    return _EDITS[row.kind](reading, row, n, cells, changed)


#: A row kept as drafted.
_SAME: Final = object()


def _indicator(reading: _Reading, row: Row, n: int, cells: list[Any], changed: list[str]) -> Any:
    if "record" not in changed:
        return row.record.indicator
    code = str(cells[_AT["record"]] or "").strip()
    if code in reading.indicators:
        return reading.indicators[code]
    try:
        return indicators.get(code)
    except VNHealthPlanError as err:
        reading.bad(n, "record", cells[_AT["record"]], f"an indicator code of the catalogue "
                    f"or of this draft ({err})")  # fmt: skip
        return None


def _period(reading: _Reading, row: Row, n: int, cell: Any, original: Any) -> Any:
    text = str(int(cell)) if isinstance(cell, int | float) else str(cell or "").strip()
    if not text:
        return None
    try:
        return parse_period(text)
    except ParseError as err:
        reading.bad(n, "year", cell, f"a year or period such as 2025, 2021–2025 or Quý II/2024 "
                    f"({err.expected})")  # fmt: skip
        return original


def _quantity(reading: _Reading, n: int, cell: Any, unit: Any, indicator: Any) -> Any:
    """The value *cell* states: a number in *unit*, or a number with its unit."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return cell * unit
    text = str(cell or "").strip()
    decimal: Literal[".", ","] | None = "." if reading.lang == "en" else None
    try:
        if _BARE_NUMBER.fullmatch(text):
            return read_number(text, reading.lang) * unit
        return parse_quantity(text, indicator=indicator, decimal=decimal)
    except ParseError as err:
        reading.bad(n, "value", cell, f"a number in the row's unit, or a number with its unit "
                    f"({err.expected})")  # fmt: skip
        return None


def _range(reading: _Reading, n: int, cell: Any, indicator: Any) -> tuple[Any, Any]:
    decimal: Literal[".", ","] | None = "." if reading.lang == "en" else None
    try:
        phrase = parse_target_phrase(str(cell or ""), indicator=indicator, decimal=decimal)
    except ParseError as err:
        reading.bad(n, "value", cell, f"a range such as 80–90 ({err.expected})")
        return None, None
    if phrase.upper is None:
        reading.bad(n, "value", cell, "a range such as 80–90 (the comparator is –)")
        return None, None
    return phrase.value, phrase.upper


def _comparator(reading: _Reading, row: Row, n: int, cell: Any) -> Any:
    try:
        return Comparator.parse(str(cell or "").strip())
    except ValueError:
        reading.bad(n, "comparator", cell, "one of =, <, ≤, >, ≥, ≈, – (a range)")
        return row.record.comparator


def _measured(reading: _Reading, row: Row, n: int, cells: list[Any], changed: list[str]) -> Any:
    """A target or status figure with the edited indicator, value, comparator and year."""
    r = row.record
    indicator = _indicator(reading, row, n, cells, changed)
    changes: dict[str, Any] = {"notes": _edited(r.notes, changed)}
    if row.kind == "observation" and "comparator" in changed:
        reading.bad(n, "comparator", cells[_AT["comparator"]],
                    "no comparator: a status figure is one level")  # fmt: skip
    elif "comparator" in changed:
        changes["comparator"] = _comparator(reading, row, n, cells[_AT["comparator"]])
    ranged = changes.get("comparator", getattr(r, "comparator", None)) is Comparator.RANGE
    if "value" in changed or ranged != (getattr(r, "upper", None) is not None):
        cell = cells[_AT["value"]]
        if ranged:
            changes["value"], changes["upper"] = _range(reading, n, cell, indicator)
        else:
            unit = indicator.unit if "record" in changed and indicator else r.value.units
            changes["value"] = _quantity(reading, n, cell, unit, indicator)
            changes.update({"upper": None} if row.kind == "target" else {})
    if "year" in changed:
        changes["period"] = _period(reading, row, n, cells[_AT["year"]], r.period)
        if changes["period"] is None:
            reading.bad(n, "year", cells[_AT["year"]], "a year or period such as 2025")
    if indicator is None or any(v is None for k, v in changes.items() if k != "upper"):
        return _SAME
    return _built(reading, row, n, cells, changed, {"indicator": indicator, **changes})


def _built(
    reading: _Reading, row: Row, n: int, cells: list[Any], changed: list[str],
    changes: dict[str, Any],
) -> Any:  # fmt: skip
    """The record with *changes*, or _SAME and a problem (at the first edit) if they do not fit."""
    try:
        return attrs.evolve(row.record, **changes)
    except (VNHealthPlanError, ValueError, TypeError) as err:
        column = changed[0]
        reading.bad(n, column, cells[_AT[column]], f"edits that fit the record ({err})")
        return _SAME


def _edited(notes: str, fields: Sequence[str]) -> str:
    """*notes* with what the reviewer edited.

    Examples
    --------
    >>> _edited("Drafted from characters 5–9; confidence 1.00", ["value", "year"])
    'Drafted from characters 5–9; confidence 1.00; edited in review: value, year'
    """
    said = f"edited in review: {', '.join(fields)}"
    return f"{notes}; {said}" if notes else said


def _assignment(reading: _Reading, row: Row, n: int, cells: list[Any], changed: list[str]) -> Any:
    r = row.record
    changes: dict[str, Any] = {"notes": _edited(r.notes, changed)}
    if "comparator" in changed:
        reading.bad(n, "comparator", cells[_AT["comparator"]], "no comparator for an assignment")
    for column, field in (("record", "lead"), ("value", "task")):
        if column in changed:
            text = str(cells[_AT[column]] or "").strip()
            if not text:
                reading.bad(n, column, cells[_AT[column]], f"the assignment's {field} (text)")
            changes[field] = text
    if "year" in changed:
        changes["due"] = _period(reading, row, n, cells[_AT["year"]], r.due)
    return _built(reading, row, n, cells, changed, changes)


def _document(reading: _Reading, row: Row, n: int, cells: list[Any], changed: list[str]) -> Any:
    """A document field's edited value, as ``(field, value)``."""
    field = row.finding.record
    for column in changed:
        if column != "value":
            reading.bad(n, column, cells[_AT[column]], "no edit here: edit the value of a "
                        "document field")  # fmt: skip
    if "value" not in changed:
        return _SAME
    cell = cells[_AT["value"]]
    if field != "issued":
        return (field, str(cell or "").strip() or None)
    if isinstance(cell, dt.datetime):
        return (field, cell.date())
    try:
        return (field, dt.date.fromisoformat(str(cell).strip()))
    except ValueError:
        reading.bad(n, "value", cell, "a date such as 2024-01-10 (year-month-day)")
        return _SAME


_EDITS: Final = {
    "target": _measured,
    "observation": _measured,
    "assignment": _assignment,
    "document": _document,
}


def _assembled(
    draft: Draft, rows: dict[int, Row], results: dict[int, Any], reading: _Reading
) -> Plan | None:
    """The plan with every row's result, in the draft's order."""
    plan = draft.plan
    fields: dict[str, Any] = {}
    kept: dict[str, list[Any]] = {kind: [] for kind in _RECORDS}
    for index, row in sorted(rows.items()):
        result = results.get(index, _SAME)
        if row.kind == "document":
            if result is None:
                fields[row.finding.record] = None
            elif result is not _SAME:
                fields[result[0]] = result[1]
        elif row.kind in _RECORDS and result is not None:
            kept[row.kind].append(row.record if result is _SAME else result)
        elif row.kind == UNREAD and isinstance(result, tuple):  # given a kind in review
            kept[result[0]].append(result[1])
    try:
        document = attrs.evolve(plan.document, **fields) if fields else plan.document
    except (VNHealthPlanError, ValueError, TypeError) as err:
        reading.problems.append(Problem(reading.file, reading.sheet, "document", fields,
                                        f"expected document fields that fit ({err})"))  # fmt: skip
        return None
    if fields:
        kept = {kind: [_sourced(r, document) for r in records] for kind, records in kept.items()}
    return attrs.evolve(
        plan,
        document=document,
        targets=tuple(kept["target"]),
        observations=tuple(kept["observation"]),
        assignments=tuple(kept["assignment"]),
    )


def _sourced(record: Any, document: Any) -> Any:
    """*record* quoting *document* (the plan's corrected document)."""
    if record.source is None:
        return record
    return attrs.evolve(record, source=attrs.evolve(record.source, document=document))
