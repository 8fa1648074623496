"""What an edited row of the review workbook gives: its record with the reviewer's edits.

:func:`edited` reads the edited cells of a target's, a status figure's, an assignment's or
a document field's row with the text layer's parsers (a value in the row's unit or with its
own, a period, a comparator, an indicator code of the catalogue or of the draft) and
reports every bad cell at its address through the :class:`Reading`.

Examples
--------
>>> from vnhealthplan.extract import draft_plan
>>> from vnhealthplan.io.extract.reviewrows import rows_of, row_cells
>>> draft = draft_plan("KẾ HOẠCH\\nY tế năm 2025\\n\\nĐến năm 2025 đạt 10 bác sĩ/vạn dân.")
>>> row = rows_of(draft)[2]
>>> cells = row_cells(row, "vi")
>>> cells[7] = "2026"
>>> reading = Reading("r.xlsx", "Rà soát", "vi", [], {})
>>> edited(reading, row, 4, cells, ["year"])
Target(doctors_per_10k = 10 doctor / ten_thousand_people, 2026)
>>> cells[4] = "mười một"
>>> edited(reading, row, 4, cells, ["value"]) is AS_DRAFTED
True
>>> print(reading.problems[0])  # doctest: +ELLIPSIS
r.xlsx: Rà soát!E4: value = 'mười một': expected a number in the row's unit, ...
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any, Final, Literal

import attrs

from vnhealthplan.core.errors import Problem, VNHealthPlanError
from vnhealthplan.core.excelfloat import fifteen_digits
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.vocab import Comparator, Lang
from vnhealthplan.data import indicators
from vnhealthplan.io.extract.reviewrows import COLUMN_AT, Row
from vnhealthplan.io.forms.numbers import read_number
from vnhealthplan.text.errors import ParseError
from vnhealthplan.text.periods import parse_period
from vnhealthplan.text.phrases import parse_target_phrase
from vnhealthplan.text.units import parse_quantity

__all__ = ["AS_DRAFTED", "Reading", "edited", "quoted_error"]

_BARE_NUMBER: Final = re.compile(r"[\d\s.,+\-−]+")
#: A row kept as drafted.
AS_DRAFTED: Final = object()


def quoted_error(err: Exception) -> Message | str:
    """*err*'s message, to quote in a problem: said in the problem's language where it can be.

    Examples
    --------
    >>> from vnhealthplan import indicators
    >>> try:
    ...     indicators.get("doctors")
    ... except VNHealthPlanError as err:
    ...     said = quoted_error(err)
    >>> said.said("vi")
    "không có chỉ tiêu 'doctors'; có phải là 'doctors_per_10k'?"
    """
    return err.as_message() if isinstance(err, VNHealthPlanError) else str(err)


@attrs.define
class Reading:
    """The workbook being read: where each cell is, and the problems found so far.

    Examples
    --------
    >>> reading = Reading("r.xlsx", "Rà soát", "vi", [], {})
    >>> reading.bad(4, "value", "mười", message("a number"))
    >>> print(reading.problems[0])
    r.xlsx: Rà soát!E4: value = 'mười': expected a number
    >>> reading.problems[0].said("vi")
    "r.xlsx: Rà soát!E4: giá trị = 'mười': cần một số"
    """

    file: str
    sheet: str
    lang: Lang
    problems: list[Problem]
    indicators: dict[str, Any]
    document: Any = None

    def bad(self, n: int, column: str, value: Any, expected: str) -> None:
        """Report *value*, in *column* of sheet row *n*, as not what was *expected* (a
        :func:`~vnhealthplan.core.messages.message`, to be said in Vietnamese too)."""
        where = f"{self.sheet}!{chr(ord('A') + COLUMN_AT[column])}{n}"
        said = message("expected {why}", why=expected)
        self.problems.append(Problem(self.file, where, column, value, said))


def _indicator(reading: Reading, row: Row, n: int, cells: list[Any], changed: list[str]) -> Any:
    if "record" not in changed:
        return row.record.indicator
    code = str(cells[COLUMN_AT["record"]] or "").strip()
    if code in reading.indicators:
        return reading.indicators[code]
    try:
        return indicators.get(code)
    except VNHealthPlanError as err:
        expected = message("an indicator code of the catalogue or of this draft ({error})",
                           error=quoted_error(err))  # fmt: skip
        reading.bad(n, "record", cells[COLUMN_AT["record"]], expected)
        return None


def _period(reading: Reading, row: Row, n: int, cell: Any, original: Any) -> Any:
    if isinstance(cell, float) and not cell.is_integer():  # 2025.7 is not 2025
        said = message("a year or period such as 2025, 2021–2025 or Quý II/2024 ({error})",
                       error=message("a whole year"))  # fmt: skip
        reading.bad(n, "year", cell, said)
        return original
    text = str(int(cell)) if isinstance(cell, int | float) else str(cell or "").strip()
    if not text:
        return None
    try:
        return parse_period(text)
    except ParseError as err:
        expected = message("a year or period such as 2025, 2021–2025 or Quý II/2024 ({error})",
                           error=err.expected)  # fmt: skip
        reading.bad(n, "year", cell, expected)
        return original


def _quantity(reading: Reading, n: int, cell: Any, unit: Any, indicator: Any) -> Any:
    """The value *cell* states: a number in *unit*, or a number with its unit."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return (fifteen_digits(cell) if isinstance(cell, float) else cell) * unit  # as shown
    text = str(cell or "").strip()
    decimal: Literal[".", ","] | None = "." if reading.lang == "en" else None
    try:
        if _BARE_NUMBER.fullmatch(text):
            return read_number(text, reading.lang) * unit
        return parse_quantity(text, indicator=indicator, decimal=decimal)
    except ParseError as err:
        expected = message("a number in the row's unit, or a number with its unit ({error})",
                           error=err.expected)  # fmt: skip
        reading.bad(n, "value", cell, expected)
        return None


def _range(reading: Reading, n: int, cell: Any, indicator: Any) -> tuple[Any, Any]:
    decimal: Literal[".", ","] | None = "." if reading.lang == "en" else None
    try:
        phrase = parse_target_phrase(str(cell or ""), indicator=indicator, decimal=decimal)
    except ParseError as err:
        expected = message("a range such as 80–90 ({error})", error=err.expected)
        reading.bad(n, "value", cell, expected)
        return None, None
    if phrase.upper is None:
        reading.bad(n, "value", cell, message("a range such as 80–90 (the comparator is –)"))
        return None, None
    return phrase.value, phrase.upper


def _comparator(reading: Reading, row: Row, n: int, cell: Any) -> Any:
    try:
        return Comparator.parse(str(cell or "").strip())
    except ValueError:
        reading.bad(n, "comparator", cell, message("one of =, <, ≤, >, ≥, ≈, – (a range)"))
        return row.record.comparator


def _measured(reading: Reading, row: Row, n: int, cells: list[Any], changed: list[str]) -> Any:
    """A target or status figure with the edited indicator, value, comparator and year."""
    r = row.record
    indicator = _indicator(reading, row, n, cells, changed)
    changes: dict[str, Any] = {"notes": _edited(r.notes, changed)}
    if row.kind == "observation" and "comparator" in changed:
        reading.bad(n, "comparator", cells[COLUMN_AT["comparator"]],
                    message("no comparator: a status figure is one level"))  # fmt: skip
    elif "comparator" in changed:
        changes["comparator"] = _comparator(reading, row, n, cells[COLUMN_AT["comparator"]])
    ranged = changes.get("comparator", getattr(r, "comparator", None)) is Comparator.RANGE
    if "value" in changed or ranged != (getattr(r, "upper", None) is not None):
        cell = cells[COLUMN_AT["value"]]
        if ranged:
            changes["value"], changes["upper"] = _range(reading, n, cell, indicator)
        else:
            unit = indicator.unit if "record" in changed and indicator else r.value.units
            changes["value"] = _quantity(reading, n, cell, unit, indicator)
            changes.update({"upper": None} if row.kind == "target" else {})
    if "year" in changed:
        changes["period"] = _period(reading, row, n, cells[COLUMN_AT["year"]], r.period)
        if changes["period"] is None:
            reading.bad(n, "year", cells[COLUMN_AT["year"]],
                        message("a year or period such as 2025"))  # fmt: skip
    if indicator is None or any(v is None for k, v in changes.items() if k != "upper"):
        return AS_DRAFTED
    return _built(reading, row, n, cells, changed, {"indicator": indicator, **changes})


def _built(
    reading: Reading, row: Row, n: int, cells: list[Any], changed: list[str],
    changes: dict[str, Any],
) -> Any:  # fmt: skip
    """The record with *changes*, or AS_DRAFTED and a problem (at the first edit) if they
    do not fit."""
    try:
        return attrs.evolve(row.record, **changes)
    except (VNHealthPlanError, ValueError, TypeError) as err:
        column = changed[0]
        unfit = message("edits that fit the record ({error})", error=quoted_error(err))
        reading.bad(n, column, cells[COLUMN_AT[column]], unfit)
        return AS_DRAFTED


def _edited(notes: str, fields: Sequence[str]) -> str:
    """*notes* with what the reviewer edited.

    Examples
    --------
    >>> _edited("Drafted from characters 5–9; confidence 1.00", ["value", "year"])
    'Drafted from characters 5–9; confidence 1.00; edited in review: value, year'
    """
    said = f"edited in review: {', '.join(fields)}"
    return f"{notes}; {said}" if notes else said


#: An assignment's edited columns: (column, field, what its cell must hold).
_ASSIGNED: Final = (
    ("record", "lead", message("the assignment's lead (text)")),
    ("value", "task", message("the assignment's task (text)")),
)


def _assignment(reading: Reading, row: Row, n: int, cells: list[Any], changed: list[str]) -> Any:
    r = row.record
    changes: dict[str, Any] = {"notes": _edited(r.notes, changed)}
    if "comparator" in changed:
        reading.bad(n, "comparator", cells[COLUMN_AT["comparator"]],
                    message("no comparator for an assignment"))  # fmt: skip
    for column, field, expected in _ASSIGNED:
        if column in changed:
            text = str(cells[COLUMN_AT[column]] or "").strip()
            if not text:
                reading.bad(n, column, cells[COLUMN_AT[column]], expected)
            changes[field] = text
    if "year" in changed:
        changes["due"] = _period(reading, row, n, cells[COLUMN_AT["year"]], r.due)
    return _built(reading, row, n, cells, changed, changes)


def _document(reading: Reading, row: Row, n: int, cells: list[Any], changed: list[str]) -> Any:
    """A document field's edited value, as ``(field, value)``."""
    field = row.finding.record
    for column in changed:
        if column != "value":
            reading.bad(n, column, cells[COLUMN_AT[column]],
                        message("no edit here: edit the value of a document field"))  # fmt: skip
    if "value" not in changed:
        return AS_DRAFTED
    cell = cells[COLUMN_AT["value"]]
    if field != "issued":
        return (field, str(cell or "").strip() or None)
    if isinstance(cell, dt.datetime):
        return (field, cell.date())
    try:
        return (field, dt.date.fromisoformat(str(cell).strip()))
    except ValueError:
        reading.bad(n, "value", cell, message("a date such as 2024-01-10 (year-month-day)"))
        return AS_DRAFTED


_EDITS: Final = {
    "target": _measured,
    "observation": _measured,
    "assignment": _assignment,
    "document": _document,
}


def edited(reading: Reading, row: Row, n: int, cells: list[Any], changed: list[str]) -> Any:
    """The record of *row* (sheet row *n*, its *cells*) with the edits of its *changed*
    columns: for a document field's row a ``(field, value)`` pair; :data:`AS_DRAFTED` when a cell
    is bad (reported to *reading*) or the edits do not fit the record.

    Examples
    --------
    >>> from vnhealthplan.extract import draft_plan
    >>> from vnhealthplan.io.extract.reviewrows import rows_of, row_cells
    >>> row = rows_of(draft_plan("Số: 12/KH-SYT\\nKẾ HOẠCH\\nY tế năm 2025"))[0]
    >>> cells = row_cells(row, "en")
    >>> cells[4] = "15/KH-SYT"
    >>> edited(Reading("r.xlsx", "Review", "en", [], {}), row, 2, cells, ["value"])
    ('number', '15/KH-SYT')
    """
    return _EDITS[row.kind](reading, row, n, cells, changed)
