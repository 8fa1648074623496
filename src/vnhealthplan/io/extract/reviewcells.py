"""The review workbook read back: the plan a draft's edited rows make.

:func:`apply_rows` reads each row of the sheet by its id (:mod:`.reviewrows`: the rows and
what their cells hold), keeps, drops or edits its record (:mod:`.reviewedits`; an unread
row given a kind: :mod:`.reviewunread`) and reports every bad cell as a
:class:`~vnhealthplan.errors.Problem` at its address. The rows' names are kept here too.

Examples
--------
An untouched sheet reads back to the draft's own plan:

>>> from vnhealthplan.extract import draft_plan
>>> draft = draft_plan("KẾ HOẠCH\\nY tế năm 2025\\n\\nĐến năm 2025 đạt 10 bác sĩ/vạn dân.")
>>> body = list(enumerate((row_cells(row, "en") for row in rows_of(draft)), 2))
>>> apply_rows(draft, body, "en", ("r.xlsx", "Review"), []) == draft.plan
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import attrs

from vnhealthplan.core.errors import Problem, VNHealthPlanError
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import Lang
from vnhealthplan.io.extract.reviewedits import AS_DRAFTED, Reading, edited, quoted_error
from vnhealthplan.io.extract.reviewrows import (
    COLUMN_AT,
    COLUMNS,
    EDITABLE,
    READ_ONLY,
    RECORDS,
    Row,
    keep_words,
    row_cells,
    rows_of,
)
from vnhealthplan.io.extract.reviewunread import unread_row
from vnhealthplan.io.extract.unread import UNREAD

if TYPE_CHECKING:
    from vnhealthplan.io.extract.draft import Draft
    from vnhealthplan.model.plan import Plan

__all__ = ["COLUMNS", "EDITABLE", "Row", "apply_rows", "keep_words", "row_cells", "rows_of"]

_DROPPABLE: Final = ("number", "issued", "place")
_FOR_READING: Final = message(
    "no edit: a deadline row is for reading (change the year of its assignment)"
)


def _same(got: Any, written: Any) -> bool:
    """Whether a cell still holds what was written (blank is blank, 10 is 10.0)."""
    if got is None or (isinstance(got, str) and not got.strip()):
        return written in (None, "")
    if isinstance(got, int | float) and isinstance(written, int | float):
        return float(got) == float(written)
    return str(got).strip() == str(written).strip()


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
    reading = Reading(where[0], where[1], lang, problems, known, draft.plan.document)
    rows = {r.index: r for r in rows_of(draft)}
    results: dict[int, Any] = {}
    for n, cells in body:
        row = _row_at(reading, rows, results, n, cells[COLUMN_AT["id"]])
        if row is not None:
            results[row.index] = _applied(reading, row, n, cells)
    for index, row in sorted(rows.items()):
        if index not in results and row.kind not in READ_ONLY:
            drop = keep_words(lang)[1]
            deleted = message(
                "expected every row of the draft: this id's row was deleted (write "
                "{drop!r} in its keep column to drop a record instead)",
                drop=drop,
            )
            reading.problems.append(Problem(reading.file, reading.sheet, "id", index, deleted))
    if problems:
        return None
    return _assembled(draft, rows, results, reading)


def _row_at(
    reading: Reading, rows: dict[int, Row], done: dict[int, Any], n: int, cell: Any
) -> Row | None:
    """The row whose id *cell* holds, or None (and a problem) for a bad or repeated id."""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    if isinstance(cell, bool) or not isinstance(cell, int) or cell not in rows:
        ids = message("a row id of this draft, 0–{last} (as written)", last=len(rows) - 1)
        reading.bad(n, "id", cell, ids)
        return None
    if cell in done:
        reading.bad(n, "id", cell, message("each row once (this id's row is repeated)"))
        return None
    return rows[cell]


def _applied(reading: Reading, row: Row, n: int, cells: list[Any]) -> Any:
    """What *row* becomes: its record (edited), None when dropped, or AS_DRAFTED."""
    if row.kind == UNREAD:  # a record only when the reviewer gives it a kind (reviewunread)
        return unread_row(reading, n, dict(zip(COLUMNS, cells, strict=False)), row.finding)
    written = row_cells(row, reading.lang)
    changed = [c for c in EDITABLE if not _same(cells[COLUMN_AT[c]], written[COLUMN_AT[c]])]
    if row.kind in READ_ONLY:
        for column in changed:
            reading.bad(n, column, cells[COLUMN_AT[column]], _FOR_READING)
        return AS_DRAFTED
    yes, no = keep_words(reading.lang)
    keep = str(cells[COLUMN_AT["keep"]] or "").strip().casefold()
    if keep not in (yes, no):  # reported; the other cells are still checked
        either = message("{yes!r} or {no!r}", yes=yes, no=no)
        reading.bad(n, "keep", cells[COLUMN_AT["keep"]], either)
    elif keep == no:
        if row.kind == "document" and row.finding.record not in _DROPPABLE:
            needed = message("{yes!r}: a plan's document needs its {field}", yes=yes,
                             field=row.finding.record)  # fmt: skip
            reading.bad(n, "keep", cells[COLUMN_AT["keep"]], needed)
        return None
    changed = [c for c in changed if c != "keep"]
    if not changed:
        return AS_DRAFTED
    return edited(reading, row, n, cells, changed)


def _assembled(
    draft: Draft, rows: dict[int, Row], results: dict[int, Any], reading: Reading
) -> Plan | None:
    """The plan with every row's result, in the draft's order."""
    plan = draft.plan
    fields: dict[str, Any] = {}
    kept: dict[str, list[Any]] = {kind: [] for kind in RECORDS}
    for index, row in sorted(rows.items()):
        result = results.get(index, AS_DRAFTED)
        if row.kind == "document":
            if result is None:
                fields[row.finding.record] = None
            elif result is not AS_DRAFTED:
                fields[result[0]] = result[1]
        elif row.kind in RECORDS and result is not None:
            kept[row.kind].append(row.record if result is AS_DRAFTED else result)
        elif row.kind == UNREAD and isinstance(result, tuple):  # given a kind in review
            kept[result[0]].append(result[1])
    try:
        document = attrs.evolve(plan.document, **fields) if fields else plan.document
    except (VNHealthPlanError, ValueError, TypeError) as err:
        why = quoted_error(err)
        unfit = message("expected document fields that fit ({error})", error=why)
        reading.problems.append(Problem(reading.file, reading.sheet, "document", fields, unfit))
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
