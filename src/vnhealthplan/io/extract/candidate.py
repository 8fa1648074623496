"""A drafted figure before it becomes a record, and what the document says about years.

:func:`~vnhealthplan.io.extract.targets.find_figures` returns :class:`Candidate` values:
targets and status figures (:mod:`.status`), which :mod:`.records` makes into
:class:`~vnhealthplan.Target` and :class:`~vnhealthplan.Observation` records.

Examples
--------
>>> YearContext(None, 2024).title is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from vnhealthplan.core.vocab import TargetKind, Tier
from vnhealthplan.io.extract.planyear import plan_year, plan_years
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.segment import Line, YearMark, year_marks
from vnhealthplan.io.extract.stops import last_match
from vnhealthplan.io.extract.valueyear import EARLIER, YearContext, value_year
from vnhealthplan.io.extract.wrapping import item_end
from vnhealthplan.model.period import Period
from vnhealthplan.text import TargetPhrase

__all__ = [  # noqa: RUF022 (plainly sorted, as tests/test_extract.py wants)
    "Candidate",
    "EARLIER",
    "YearContext",
    "baseline_change",
    "due_after",
    "maintained",
    "plan_period",
    "reference_year",
    "value_year",
]

Span = tuple[int, int]

_UNTIL: Final = re.compile(r"(?:đến|tới|trước|vào)[ \t]+(?:hết[ \t]+)?$", re.IGNORECASE)
#: "… so với năm 2022", "so cùng kỳ" right after a value: the base it is measured from.
_BASELINE_AFTER: Final = re.compile(
    r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?so[ \t]+(?:với[ \t]+)?"
    r"(?:năm[ \t]+\d{4}|cùng[ \t]+kỳ|giai[ \t]+đoạn[ \t]+\d{4})",
    re.IGNORECASE,
)
_SIGN: Final = re.compile(r"([+\-−–])[ \t]*$")
_HEAD_VERB: Final = re.compile(r"^[\W\d]*(giảm|tăng)\b(?![ \t]+cường)", re.IGNORECASE)
#: "giảm … xuống 2% so với năm 2024": the clause's verb, wherever it stands (not "tăng
#: cường", to strengthen); "giảm còn 2%" stays the level it is left at.
_VERB: Final = re.compile(r"\b(giảm|tăng)\b(?![ \t]+cường)", re.IGNORECASE)
_LEFT_AT: Final = re.compile(r"\bcòn[ \t]*$", re.IGNORECASE)
_GAP = r"[ \t\n]+"
#: "vào năm 2025", "đến hết năm 2025" after a value: the year its own words set.
_DUE_AFTER: Final = re.compile(
    rf"\b(?:vào|đến|tới){_GAP}(?:hết{_GAP}|cuối{_GAP})?năm{_GAP}(\d{{4}})\b", re.IGNORECASE
)
#: "… và duy trì đến năm 2030" right after the year a level is due.
_MAINTAIN_UNTIL: Final = re.compile(
    rf"[ \t\n,]*(?:và{_GAP})?(?:tiếp tục{_GAP})?duy trì{_GAP}(?:cho{_GAP})?(?:đến|tới){_GAP}"
    rf"(?:hết{_GAP})?(?:năm{_GAP})?(\d{{4}})\b",
    re.IGNORECASE,
)
#: Lines of a target section longer than this are prose: their years are their own.
_OBJECTIVE_CHARS = 160


@attrs.frozen
class Candidate:
    """A drafted target before it becomes a :class:`~vnhealthplan.Target`.

    Parameters
    ----------
    span : tuple of int
        The quoted words: the phrase, or a table row from its label to its value.
    code : str
        A catalogue indicator code, or ``""`` for a draft indicator of the plan's own.
    name : str
        For a draft indicator, the words it is named after.
    value, upper : pint.Quantity
    phrase : TargetPhrase
    period : Period
    tier : Tier, optional
    section : str
    confidence : float
        From 0 to 1.
    reasons : tuple of str
        Why the confidence is below 1.
    role : {"target", "observation"}
        A target, or a status figure the text reports (:mod:`.status`).

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_targets
    >>> find_targets("Mục tiêu: tỉ lệ hài lòng đạt trên 90% vào năm 2030")[0].span
    (25, 37)
    """

    span: Span
    code: str
    name: str
    value: Any
    upper: Any
    phrase: TargetPhrase
    period: Period
    tier: Tier | None
    section: str
    confidence: float
    reasons: tuple[str, ...]
    role: str = attrs.field(default="target", kw_only=True)


def due_after(text: str, start: int, end: int, line_end: int | None = None) -> YearMark | None:
    """The year a value's own words set after it ("100% xã … vào năm 2025"), if any.

    *start* is the value's end, *end* the next value's start or its clause's end. This year
    outranks a year written before the value in an earlier clause or sentence. When *end*
    is the end of the value's line (*line_end*) and the sentence goes on to the next lines
    (:mod:`.wrapping`), they are read too, to the item's end.

    Examples
    --------
    >>> text = "90% năm 2030; 100% trạm y tế có bác sĩ vào năm 2025"
    >>> due_after(text, 18, len(text)).period.code
    '2025'
    """
    if line_end is not None and not text[end:line_end].strip():
        end = item_end(text, line_end)
    found = _DUE_AFTER.search(text, start, end)
    if found is None:
        return None
    period = plan_year(found.group(1))
    return None if period is None else YearMark(period, found.span(1))


def maintained(text: str, found: Candidate, due: YearMark, end: int) -> Candidate | None:
    """The kept level of "*found* vào năm 2025 và duy trì đến năm 2030", if the text says so.

    A level due by one year and kept to a later one is two targets: the level, and its
    maintenance (kind ``maintain``) due by the later year, quoted from the value to it.

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_targets
    >>> text = "Mục tiêu: 100% xã có trạm y tế vào năm 2025 và duy trì đến năm 2030."
    >>> [(c.phrase.kind.value, c.period.code) for c in find_targets(text)]
    [('level', '2025'), ('maintain', '2030')]
    """
    kept = _MAINTAIN_UNTIL.match(text, due.span[1], end)
    until = None if kept is None else plan_year(kept.group(1))
    if kept is None or until is None or until.last_year <= due.period.last_year:
        return None
    phrase = attrs.evolve(found.phrase, kind=TargetKind.MAINTAIN)
    why = reason(
        "'{said}': the level is kept to {year}",
        said=" ".join(kept.group().split()),
        year=kept.group(1),
    )
    return attrs.evolve(
        found,
        span=(found.span[0], kept.end()),
        phrase=phrase,
        period=until,
        reasons=(*found.reasons, why),
    )


def baseline_change(text: str, found: Candidate, number: int, clause: int) -> Candidate:
    """*found* read as a change when it is measured from a base year and signed.

    "Điều chỉnh mức sinh: + 0,1 ‰ so với năm 2022", "Giảm số ca mắc mới: 15% so năm 2022"
    and "giảm tỷ lệ … xuống 2% so với năm 2024" state how much a figure moves from its base
    year or period: a change (kind ``change``), negative for a "-" sign or the verb "giảm".
    A level without a sign or such a verb ("95% so với năm 2022"), or one the verb leaves
    it at ("giảm còn 2%"), stays as it is. *number* is where the value's number
    starts, *clause* where its clause starts.

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_targets
    >>> text = "Chỉ tiêu năm 2024:\\n- Giảm số ca mắc sởi: 20% so với năm 2023;"
    >>> [(c.phrase.kind.value, c.value.magnitude) for c in find_targets(text)]
    [('change', -20)]
    """
    if found.phrase.kind is not TargetKind.LEVEL or found.upper is not None:
        return found
    if not _BASELINE_AFTER.match(text, found.span[1]):
        return found
    sign = _SIGN.search(text, max(clause, number - 3), number)
    if sign and _opens_line(text, sign.start()):
        sign = None  # a bullet, not a sign
    verb = _HEAD_VERB.match(text[clause:number])
    if verb is None and not _LEFT_AT.search(text, clause, number):
        verb = last_match(_VERB, text, clause, number)
    if sign is None and verb is None:
        return found
    down = sign.group(1) != "+" if sign else verb is not None and verb.group(1).lower() == "giảm"
    value = -abs(found.value) if down else abs(found.value)
    said = sign.group(1) if sign else verb.group(1) if verb else ""
    why = reason("'{said}' and a base year after the value: a change from that year", said=said)
    # "giảm dưới 5% so với năm 2020": a fall of under 5 %, a change above -5 %
    comparator = found.phrase.comparator.negated if down else found.phrase.comparator
    phrase = attrs.evolve(found.phrase, kind=TargetKind.CHANGE, value=value, comparator=comparator)
    return attrs.evolve(found, value=value, phrase=phrase, reasons=(*found.reasons, why))


def _opens_line(text: str, pos: int) -> bool:
    """Whether only blanks stand between the start of *pos*'s line and *pos* (looked at back
    to the first other character, not to the line's start)."""
    at = pos - 1
    while at >= 0 and text[at] != "\n" and text[at].isspace():
        at -= 1
    return at < 0 or text[at] == "\n"


def plan_period(text: str, lines: Sequence[Line], issue_year: int | None) -> YearMark | None:
    """The plan's period as its objectives give it: from its issue year to their last year.

    The years are read from the headings and short lines of the sections that set targets
    ("2.2- Mục tiêu đến năm 2030", "Giai đoạn 2021 - 2025:"); the latest one ends the
    period, which starts at the issue year if that is earlier (else it is the mark read).

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "III- MỤC TIÊU\\n2.1- Mục tiêu đến năm 2025\\n2.2- Mục tiêu đến năm 2030"
    >>> plan_period(text, layout(text), 2018).period.code
    '2018-2030'
    >>> plan_period("Không có mục tiêu.", layout("Không có mục tiêu."), 2018) is None
    True
    """
    latest: YearMark | None = None
    for line in lines:
        if not line.in_targets or line.span[1] - line.span[0] > _OBJECTIVE_CHARS:
            continue
        for mark in year_marks(text, *line.span):
            if not mark.reference and (
                latest is None or mark.period.last_year > latest.period.last_year
            ):
                latest = mark
    if latest is None or issue_year is None or issue_year >= latest.period.first_year:
        return latest
    period = plan_years(issue_year, latest.period.last_year)
    return latest if period is None else YearMark(period, latest.span)


def reference_year(text: str, title: YearMark | None) -> int | None:
    """The year a plan without an issue date is written in, as its title's period says.

    The first year of a span ("giai đoạn 2025 - 2030": 2025) or a single year ("năm 2024");
    None for a year the plan runs to ("đến năm 2030"), which says nothing of when it was
    written. Figures of years before it are status figures (:mod:`.status`).

    Examples
    --------
    >>> text = "KẾ HOẠCH nhân lực giai đoạn 2025 - 2030 và đến năm 2035"
    >>> [reference_year(text, m) for m in year_marks(text)]
    [2025, None]
    """
    if title is None:
        return None
    if title.period.first_year < title.period.last_year:
        return title.period.first_year
    if _UNTIL.search(text, max(0, title.span[0] - 12), title.span[0]):
        return None
    return title.period.first_year
