"""The review workbook's unread rows: figures the drafter did not read, added by a reviewer.

A draft lists the figures it did not read (:mod:`.unread`) last in its review workbook, as
rows of kind "unread" ("chưa đọc"). Such a row holds no record: left as it is, it is not
read back into the plan. A reviewer who finds a target or a status figure there writes
"target" or "status figure" ("chỉ tiêu", "số liệu hiện trạng") in its kind column and fills
its record (an indicator code of the catalogue or of the draft), its value (a number in the
indicator's unit, or a number with its unit), its comparator (for a target; "=" when blank)
and its year: :func:`unread_record` makes the record, quoting the row's words.

Examples
--------
>>> from vnhealthplan.extract import draft_plan
>>> draft = draft_plan("Đến năm 2025 đạt 10 bác sĩ/vạn dân. Toàn tỉnh có 173 trạm y tế xã.")
>>> unread = draft.findings[-1]
>>> unread.kind, unread.quote
('unread', 'Toàn tỉnh có 173 trạm y tế')
>>> row = {"kind": "chỉ tiêu", "record": "commune_stations", "value": "180",
...        "comparator": "≥", "year": "2025"}
>>> kind, target = unread_record(row, unread, "vi", draft.plan.document, {}, print)
>>> kind, target
('target', Target(commune_stations ≥ 180 station, 2025))
>>> target.source.quote
'Toàn tỉnh có 173 trạm y tế'
>>> target.notes
'Added in review from a figure the draft did not read (characters 36–62)'
>>> unread_record(row | {"kind": "chưa đọc"}, unread, "vi", None, {}, print)
>>> unread_record(row | {"year": "sang năm"}, unread, "vi", None, {}, print)
year sang năm a year or period such as 2025 or 2021–2025 (a period such as ...)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, Literal

from vnhealthplan.core.errors import VNHealthPlanError
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.vocab import Comparator, Lang
from vnhealthplan.data import indicators
from vnhealthplan.io.extract.records import Finding
from vnhealthplan.io.extract.reviewedits import quoted_error
from vnhealthplan.io.extract.unread import UNREAD
from vnhealthplan.io.forms.numbers import read_number
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.source import Source
from vnhealthplan.model.target import Target
from vnhealthplan.text.errors import ParseError
from vnhealthplan.text.periods import parse_period
from vnhealthplan.text.units import parse_quantity

__all__ = ["KIND_WORDS", "kind_of", "unread_record", "unread_row"]

#: The kinds an unread row may be given, by their English words in the workbook.
KIND_WORDS: Final = {"target": "target", "status figure": "observation", "unread": UNREAD}

#: A problem's reporter: (column, cell, what was expected).
Bad = Callable[[str, Any, str], Any]


def kind_of(cell: Any, lang: Lang) -> str | None:
    """The kind an unread row's kind *cell* names ("target", "observation", "unread"), or
    None; blank is "unread".

    Examples
    --------
    >>> kind_of("Chỉ tiêu", "vi"), kind_of("status figure", "vi"), kind_of(None, "en")
    ('target', 'observation', 'unread')
    """
    word = str(cell or "").strip().casefold()
    if not word:
        return UNREAD
    for english, kind in KIND_WORDS.items():
        if word in (english, translate(english, lang, context="review workbook").casefold()):
            return kind
    return None


def unread_record(
    cells: Mapping[str, Any],
    finding: Finding,
    lang: Lang,
    document: Any,
    known: Mapping[str, Any],
    bad: Bad,
) -> tuple[str, Any] | None:
    """The record an unread row's *cells* (by column) make, as ``(kind, record)``, or None
    while the row stays unread (or, with a problem reported to *bad*, when it cannot be made).

    Parameters
    ----------
    cells : mapping of str to object
        The row's kind, record, value, comparator and year cells.
    finding : Finding
        The row's unread finding (its quote and span become the record's source).
    lang : {"vi", "en"}
    document : Document
        The plan's document, for the record's source.
    known : mapping of str to Indicator
        The draft's indicators by code (its draft indicators too).
    bad : callable
        Called as ``bad(column, cell, expected)`` for each bad cell.

    Examples
    --------
    >>> from vnhealthplan.extract import draft_plan
    >>> draft = draft_plan("Toàn tỉnh có 173 trạm y tế xã.")
    >>> row = {"kind": "status figure", "record": "commune_stations", "value": 173,
    ...        "year": 2024}
    >>> unread_record(row, draft.findings[-1], "en", draft.plan.document, {}, print)
    ('observation', Observation(commune_stations = 173 station, 2024))
    >>> unread_record(row | {"comparator": "<"}, draft.findings[-1], "en", None, {}, print)
    comparator < no comparator: a status figure is one level
    """
    kind = kind_of(cells.get("kind"), lang)
    if kind is None:
        bad("kind", cells.get("kind"), _kinds(lang))
        return None
    if kind == UNREAD:
        return None
    indicator = _indicator(cells.get("record"), known, bad)
    value = _quantity(cells.get("value"), indicator, lang, bad) if indicator else None
    period = _period(cells.get("year"), bad)
    comparator = _comparator(cells.get("comparator"), kind, bad)
    if indicator is None or value is None or period is None or comparator is None:
        return None
    where = f"ký tự {finding.span[0]}–{finding.span[1]}"  # as the plan file's "dòng"
    source = Source(document, where, finding.quote) if document is not None else None
    notes = (
        "Added in review from a figure the draft did not read "
        f"(characters {finding.span[0]}–{finding.span[1]})"
    )
    try:
        if kind == "target":
            return kind, Target(indicator, value, period, comparator, source=source, notes=notes)
        return kind, Observation(indicator, value, period, source=source, notes=notes)
    except (VNHealthPlanError, ValueError, TypeError) as err:
        unfit = message("a value that fits the record ({error})", error=quoted_error(err))
        bad("value", cells.get("value"), unfit)
        return None


def unread_row(reading: Any, n: int, cells: Mapping[str, Any], finding: Finding) -> Any:
    """:func:`unread_record` for the row at sheet row *n* of the workbook *reading* reads
    (:mod:`.reviewcells`: its language, the plan's document, the draft's indicators, and
    where it reports a bad cell).

    Examples
    --------
    >>> from vnhealthplan.extract import draft_plan
    >>> draft = draft_plan("Toàn tỉnh có 95% trạm y tế có bác sĩ.")
    >>> unread_row(None, 2, {"kind": "chưa đọc"}, draft.findings[-1]) is None
    True
    """
    if kind_of(cells.get("kind"), getattr(reading, "lang", "vi")) == UNREAD:
        return None
    return unread_record(
        cells, finding, reading.lang, reading.document, reading.indicators,
        lambda *a: reading.bad(n, *a),
    )  # fmt: skip


def _kinds(lang: Lang) -> Message:
    words = [translate(w, lang, context="review workbook") for w in KIND_WORDS]
    return message("the kind {kinds}", kinds=", ".join(repr(w) for w in words))


def _indicator(cell: Any, known: Mapping[str, Any], bad: Bad) -> Any:
    code = str(cell or "").strip()
    if code in known:
        return known[code]
    try:
        return indicators.get(code)
    except VNHealthPlanError as err:
        unknown = message("an indicator code of the catalogue or of this draft ({error})",
                          error=quoted_error(err))  # fmt: skip
        bad("record", cell, unknown)
        return None


def _quantity(cell: Any, indicator: Any, lang: Lang, bad: Bad) -> Any:
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return cell * indicator.unit
    text = str(cell or "").strip()
    decimal: Literal[".", ","] | None = "." if lang == "en" else None
    try:
        if text.replace(".", "").replace(",", "").isdigit():
            return read_number(text, lang) * indicator.unit
        return parse_quantity(text, indicator=indicator, decimal=decimal)
    except ParseError as err:
        bad("value", cell, message("a number in the indicator's unit, or a number with its unit "
                                   "({error})", error=err.expected))  # fmt: skip
        return None


def _period(cell: Any, bad: Bad) -> Any:
    text = str(int(cell)) if isinstance(cell, int | float) else str(cell or "").strip()
    try:
        return parse_period(text)
    except ParseError as err:
        bad("year", cell, message("a year or period such as 2025 or 2021–2025 ({error})",
                                  error=err.expected))  # fmt: skip
        return None


def _comparator(cell: Any, kind: str, bad: Bad) -> Comparator | None:
    text = str(cell or "").strip() or "="
    if kind == "observation" and text != "=":
        bad("comparator", cell, message("no comparator: a status figure is one level"))
        return None
    try:
        return Comparator.parse(text)
    except ValueError:
        bad("comparator", cell, message("one of =, <, ≤, >, ≥, ≈"))
        return None
