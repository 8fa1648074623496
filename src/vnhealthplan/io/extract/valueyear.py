"""The year a drafted value is due, and the document's years it is read against.

:func:`value_year` looks, in order, right after the value, in its sentence, on the lines a
wrapped sentence starts on or goes on to, earlier in its paragraph, at the phase an earlier
paragraph opens with (:mod:`.phases`), then at its section's, the title's, the plan's and
the issue year (:class:`YearContext`).

Examples
--------
>>> YearContext(None, 2024).issue_year
2024
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from itertools import pairwise
from typing import Any, Final, cast

import attrs

from vnhealthplan.io.extract.afteryear import own_year
from vnhealthplan.io.extract.baseyear import is_base
from vnhealthplan.io.extract.cited import cited
from vnhealthplan.io.extract.clauseyear import own_near
from vnhealthplan.io.extract.goalyear import served_goal
from vnhealthplan.io.extract.horizon import another_goals
from vnhealthplan.io.extract.nextyear import leads_next
from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.reasons import Reason, reason
from vnhealthplan.io.extract.segment import Line, YearMark, year_marks, year_near
from vnhealthplan.io.extract.stops import last_match
from vnhealthplan.io.extract.wrapping import continues, year_ahead
from vnhealthplan.io.extract.yearend import due_year_end
from vnhealthplan.model.period import Period

__all__ = [
    "AHEAD",
    "EARLIER",
    "GUESSED",
    "PHASE",
    "PLAN_PERIOD",
    "TITLE",
    "WRAPPED",
    "YearContext",
    "closed_over",
    "value_year",
    "wrapped_from",
    "year_template",
]

Span = tuple[int, int]

#: The reason given for a year taken from an earlier sentence of the value's paragraph.
EARLIER: Final = reason("year taken from an earlier sentence of the paragraph")
#: A year right after the value ("95% vào năm 2025", "100% vào cuối năm 2030"): its own.
_YEAR_AFTER: Final = re.compile(
    r"[ \t]*(?:(?:vào|đến|tới|trong)[ \t]+(?:(?:hết|cuối)[ \t]+)?)?năm[ \t]+(\d{4})\b"
)
#: The reason given for a year taken from the lines a wrapped sentence starts on.
WRAPPED: Final = reason("year taken from the line the sentence is wrapped from")
#: The reason given for a year taken from the lines a wrapped sentence goes on to.
AHEAD: Final = reason("year taken from the line the sentence goes on to")
#: The reason given for a year carried from the phase an earlier paragraph opens with.
PHASE: Final = reason("year taken from the phase an earlier paragraph opens with")
#: The reason given for a year taken from the plan's title.
TITLE: Final = reason("year taken from the title")
#: The reason given for the issue year taken for a value with no year near it.
_ISSUE: Final = reason("no year near the value: the issue year is taken")
_SENTENCE_END: Final = re.compile(r"[.!?:](?:\s|$)")
_OPENS: Final = re.compile(r"[ \t\n]*\(")
_FIGURE: Final = re.compile(r"\d[ \t]*[%‰]")
_PARENS: Final = re.compile(r"[()]")


@attrs.frozen
class YearContext:
    """What the document says about years: the title's year, the issue year, the plan's period.

    Parameters
    ----------
    title : YearMark, optional
        The first year or span of years of the title ("giai đoạn 2021 - 2025").
    issue_year : int, optional
    plan : YearMark, optional
        The plan's period read from its objectives when the title gives none
        (:func:`~vnhealthplan.io.extract.candidate.plan_period`).
    phases : mapping of int to YearMark
        The phase an earlier paragraph opens with, carried into a line (by its start):
        :func:`~vnhealthplan.io.extract.phases.carried_phases`.
    doc_year : int, optional
        The plan's year: its issue year, else the start of its title's period
        (:func:`~vnhealthplan.io.extract.targets.find_figures`); a year's end after it is
        one to reach (:func:`~vnhealthplan.io.extract.yearend.due_year_end`).

    Examples
    --------
    >>> YearContext(None, 2023).issue_year
    2023
    """

    title: YearMark | None
    issue_year: int | None
    plan: YearMark | None = None
    phases: Mapping[int, YearMark] = attrs.field(factory=dict, eq=False)
    doc_year: int | None = None


def closed_over(text: str, mark: YearMark, start: int) -> bool:
    """Whether *mark* heads a parenthesis of figures that closes before *start*.

    In "mục tiêu 90-90-90 vào năm 2030 (90% …; 90% …), khống chế … dưới 0,5%" the year
    belongs to the figures in the parenthesis; a value after it is not due by that year.
    The plain scan: :func:`value_year` looks it up by bisection in its sentence's years.

    Examples
    --------
    >>> text = "vào năm 2030 (90% biết; 90% được điều trị), khống chế dưới 0,5%"
    >>> mark = year_marks(text)[0]
    >>> closed_over(text, mark, text.index("0,5%")), closed_over(text, mark, text.index("90%"))
    (True, False)
    """
    opened = _OPENS.match(text, mark.span[1])
    if opened is None or opened.end() >= start:
        return False
    depth = 0
    for i in range(opened.end() - 1, start):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return bool(_FIGURE.search(text, opened.end(), i))
    return False


def wrapped_from(text: str, start: int) -> YearMark | None:
    """The last year of the lines a sentence wrapped in the middle started on.

    A line that starts in lower case ("tình trạng nhiễm …; 90% …") goes on with the
    sentence of the line above (a page's layout broke it): that line's years, from its
    sentence's start, govern its values as if written on one line.

    Examples
    --------
    >>> text = "Đến năm 2025, 95% người dân\\nbiết tình trạng; 90% được điều trị"
    >>> mark = wrapped_from(text, text.index("biết"))
    >>> text[slice(*mark.span)] if mark else None
    'năm 2025'
    >>> wrapped_from(text, 0) is None
    True
    """
    begin = start
    while continues(text, begin):  # not past an item's end (";") or a new item ("b) …")
        begin = text.rfind("\n", 0, begin - 1) + 1
    if begin == start:
        return None
    cut = last_match(_SENTENCE_END, text, begin, start)
    marks = year_marks(text, cut.end() if cut else begin, start)
    marks = [m for m in marks if not m.reference and not closed_over(text, m, start)]
    return marks[-1] if marks else None


def value_year(
    text: str, value_span: Span, sentence: Span, line: Line, years: YearContext
) -> tuple[YearMark | None, str, float]:
    """The year a value is due, why, and how much it lowers the confidence.

    In this order: a year right after it ("70% năm 2025"), its own year or period a few
    words on ("169cm (năm 2030)", "90% trong giai đoạn 2026 - 2030": :mod:`.afteryear`),
    the nearest year before it in its sentence, the nearest after it (a year closing another
    figure's clause gives way to the one closing the value's own, and one closing a later
    clause of figures with a year each is passed over: :mod:`.clauseyear`), the last year of the
    lines a broken sentence started on, the first of those it goes on to (:mod:`.wrapping`),
    an earlier year of its paragraph, the phase an earlier paragraph opens with
    (:mod:`.phases`), its section's year, the title's year, the plan's period from its
    objectives, the issue year. A span of years is due by its last year. Each step after
    the third lowers the confidence and says so.

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "Tỉ lệ hài lòng đạt 90%."
    >>> plan = YearMark(Period.years(2018, 2030), (0, 0))
    >>> mark, why, cost = value_year(text, (15, 22), (0, 23), layout(text)[0],
    ...                              YearContext(None, 2018, plan))
    >>> mark.period.code, cost
    ('2018-2030', 0.35)
    >>> why
    "no year near the value: the plan's period 2018–2030 is taken (due by 2030)"
    """
    found = _written_year(text, value_span, sentence, years.doc_year)
    if found is None:
        found = _nearby_line_year(text, sentence, line)
    return found if found is not None else _context_year(line, years)


def _written_year(
    text: str, value_span: Span, sentence: Span, doc_year: int | None
) -> tuple[YearMark, str, float] | None:
    """A year written with the value: right after it, its own a few words on, or the
    nearest of its sentence's (:mod:`.clauseyear`); None if none."""
    after = _YEAR_AFTER.match(text, value_span[1])
    if after and (period := plan_year(after.group(1))) is not None:
        return YearMark(period, after.span()), "", 0.0
    own = own_year(text, value_span[1])  # "169cm (năm 2030)", "90% trong giai đoạn 2026 - 2030"
    if own is not None:
        return own, "", 0.0
    found = _sentence_years(text, sentence, doc_year)
    near = found.near(value_span)
    if near is not None:  # "… năm 2025 và 50% vào năm 2030; 60% … năm 2025": .clauseyear
        near = own_near(text, value_span, sentence[1], near, found.marks)
    if (
        near is not None
        and not another_goals(text, value_span[1], near[0].span[0])
        and not leads_next(text, value_span[1], near[0])  # "95%, trong đó năm 2025 đạt 93%"
    ):
        return near
    return None


def _nearby_line_year(text: str, sentence: Span, line: Line) -> tuple[YearMark, str, float] | None:
    """A year of the lines around the value's sentence: those a wrapped sentence starts on,
    those it goes on to, or an earlier sentence of its paragraph; None if none."""
    wrapped = _wrapped_memo(text, sentence[0])
    if wrapped is not None:
        return wrapped, WRAPPED, 0.1
    if not text[sentence[1] : line.span[1]].strip():
        ahead = year_ahead(text, line.span[1])
        if ahead is not None:
            return ahead, AHEAD, 0.1
    earlier = _earlier_year(text, line.span, sentence[0])
    if earlier is not None:
        return earlier, EARLIER, 0.1
    return None


def _context_year(line: Line, years: YearContext) -> tuple[YearMark | None, str, float]:
    """The year the document gives a value with none near it: a phase, its section's, the
    title's, the plan's period or the issue year (None if none)."""
    phase, section = years.phases.get(line.span[0]), line.section_year  # .phases
    if (
        phase is not None
        and phase != years.title
        and (  # nor the title's, nor a section's
            section is None or (section.span < phase.span and section.period != phase.period)
        )
    ):  # a section's year stated after the phase, or the same year, stands
        return phase, _from_period(PHASE, phase), 0.2
    if line.section_year is not None:
        return line.section_year, "", 0.0
    if years.title is not None:
        return years.title, _from_period(TITLE, years.title), 0.3
    if years.plan is not None:
        return years.plan, _from_period(_plan_period(years.plan.period), years.plan), 0.35
    if years.issue_year is not None and (issued := plan_year(years.issue_year)) is not None:
        return YearMark(issued, (0, 0)), _ISSUE, 0.4
    return None, "", 0.0


def _plan_period(period: Period | str) -> Reason:
    return reason("no year near the value: the plan's period {period} is taken", period=period)


def _due_by(why: Reason, year: int) -> Reason:
    return reason("{reason} (due by {year})", reason=why, year=year)


def _from_period(why: Reason, mark: YearMark) -> Reason:
    period = mark.period
    if period.first_year == period.last_year:
        return why
    return _due_by(why, period.last_year)


#: The template of the reason for a year taken from the plan's period (:func:`year_template`).
PLAN_PERIOD: Final = _plan_period("").template
_DUE_BY: Final = _due_by(EARLIER, 0).template
#: The templates of the reasons for a year guessed from beyond the value's words (an earlier
#: sentence or line, a phase, the title, the plan's period, the issue year), not written
#: near it (:func:`year_template`).
GUESSED: Final = frozenset(
    {*(r.template for r in (EARLIER, WRAPPED, AHEAD, PHASE, TITLE, _ISSUE)), PLAN_PERIOD}
)


def year_template(why: str) -> str:
    """The template of the reason :func:`value_year` gave for a year, through the "(due by
    …)" a span of years adds; "" for no reason or a plain string.

    Other rules ask where a value's year came from by this template, not by the reason's
    English words.

    Examples
    --------
    >>> why = _from_period(PHASE, YearMark(Period.years(2023, 2025), (0, 0)))
    >>> str(why)
    'year taken from the phase an earlier paragraph opens with (due by 2025)'
    >>> year_template(why) == PHASE.template, year_template("year taken from the title")
    (True, '')
    """
    while isinstance(why, Reason) and why.template == _DUE_BY:
        why = why.fields["reason"]
    return why.template if isinstance(why, Reason) else ""


_INFINITY: Final = float("inf")


@attrs.frozen
class _SentenceYears:
    """The years of a sentence that may be a value's (not compared with), read once for all
    its values: :func:`value_year` finds a value's among them by bisection.

    ``closes[i]`` is where the parenthesis of figures ``marks[i]`` heads closes (infinity
    for none): from there on the mark is passed over (:func:`closed_over`). ``back[i]`` is
    the last mark before ``marks[i]`` whose parenthesis closes later (-1 for none).
    """

    marks: list[YearMark]
    starts: list[int]
    ends: list[int]
    closes: list[float]
    back: list[int]
    ordered: bool  # whether the ends are in order (else every mark is looked at)

    def near(self, value_span: Span) -> tuple[YearMark, str, float] | None:
        """What ``year_near`` says of the marks not closed over before the value."""
        if not self.ordered:
            start = value_span[0]
            marks = [m for m, close in zip(self.marks, self.closes, strict=True) if close >= start]
            return year_near(marks, value_span)
        at = bisect_right(self.ends, value_span[0]) - 1
        while at >= 0 and self.closes[at] < value_span[0]:
            at = self.back[at]
        if at < 0:
            at = bisect_left(self.starts, value_span[1])  # a later mark is never closed over
            if at == len(self.marks):
                return None
        return year_near([self.marks[at]], value_span)


_LAST: dict[str, tuple[str, Span, Any]] = {}


def _sentence_years(text: str, sentence: Span, doc_year: int | None) -> _SentenceYears:
    last = _LAST.get("sentence")
    if last is not None and last[0] is text and last[1] == sentence:
        return cast(_SentenceYears, last[2])
    # not a year compared with, unless an aim runs to its end ('phấn đấu đến cuối năm 2025')
    marks = year_marks(text, *sentence)
    marks = [m for m in marks if not m.reference or due_year_end(text, m, doc_year)]
    # "Chiến lược … đến năm 2030, …", "so với trung bình 5 năm (2019 - 2023)"
    marks = [m for m in marks if not (served_goal(text, m) or is_base(text, m))]
    matched = _matching_parens(text, sentence)
    closes: list[float] = []
    for mark in marks:
        opened, close = _OPENS.match(text, mark.span[1]), None
        if opened is not None:
            close = matched.get(opened.end() - 1)
            if close is not None and not _FIGURE.search(text, opened.end(), close):
                close = None
        closes.append(_INFINITY if close is None else close)
    back: list[int] = []
    for i, shut in enumerate(closes):
        j = i - 1
        while j >= 0 and closes[j] <= shut:
            j = back[j]
        back.append(j)
    ends = [m.span[1] for m in marks]
    ordered = all(a <= b for a, b in pairwise(ends))
    found = _SentenceYears(marks, [m.span[0] for m in marks], ends, closes, back, ordered)
    _LAST["sentence"] = (text, sentence, found)
    return found


def _matching_parens(text: str, span: Span) -> dict[int, int]:
    """Where each "(" of ``text[span]`` closes, for those that close in it."""
    matched, stack = {}, []
    for m in _PARENS.finditer(text, *span):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            matched[stack.pop()] = m.start()
    return matched


def _wrapped_memo(text: str, start: int) -> YearMark | None:
    """:func:`wrapped_from`, kept for the values of the same sentence."""
    last = _LAST.get("wrapped")
    if last is not None and last[0] is text and last[1] == (start, start):
        return cast(YearMark | None, last[2])
    found = wrapped_from(text, start)
    _LAST["wrapped"] = (text, (start, start), found)
    return found


def _earlier_year(text: str, line: Span, start: int) -> YearMark | None:
    """The last year (not compared with, not a cited document's) of *line* before the
    sentence at *start*.

    The line's years are read once: a year cannot run over the ".", "!", "?" or "…" a
    sentence starts after, so those before *start* are the years of ``text[line[0]:start]``.
    """
    if start <= line[0] or start > line[1] or text[start - 1] not in ".!?…":
        marks = [m for m in year_marks(text, line[0], start) if not (m.reference or cited(text, m))]
        return marks[-1] if marks else None
    last = _LAST.get("line")
    if last is None or last[0] is not text or last[1] != line:
        marks = [m for m in year_marks(text, *line) if not (m.reference or cited(text, m))]
        last = (text, line, (marks, [m.span[0] for m in marks]))
        _LAST["line"] = last
    marks, starts = last[2]
    at = bisect_left(starts, start) - 1
    return cast(YearMark, marks[at]) if at >= 0 else None
