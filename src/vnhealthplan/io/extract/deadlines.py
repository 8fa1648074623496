"""Deadlines: the periods that govern a task or a target, and nothing else.

A plan's text is full of dates. Only some say when something is due:

* a task's date: "trước ngày 30/6/2024", "Quý II/2024", "tháng 6/2024", "6 tháng đầu năm
  2024" (:func:`find_periods`), and the due column of an assignment table;
* a target's period: the year phrase that gives a drafted target its year ("Đến năm
  2025:", "giai đoạn 2021 - 2025"), the nearest one written with the target's period
  before the target (else after it); a target whose period is written nowhere (taken from
  the plan's period or its title) gives a deadline quoting the target, with that reason;
* the plan's own period, named in its title's heading ("PHÒNG, CHỐNG BỆNH LAO GIAI ĐOẠN
  2021-2025", and its own vision, "tầm nhìn đến năm 2045") or in the sentence that issues
  or reports it ("… ban hành Kế hoạch … năm 2021, cụ thể như sau"), when no target or task
  gives it.

In reports and news (:mod:`.goaldates`, :mod:`.pagedate`): the year of a goal the text
quotes ("hướng tới mục tiêu chấm dứt dịch AIDS vào năm 2030") and of a heading of aims
count; a date the text narrates (a sentence opening with an event's day, a period a review
looks back on, a year of a reported result) or that ended before a news page was posted
does not.

The drafter keeps each period once, at its first place (the labelling convention,
docs/labelling.rst).

The dates of documents the text cites ("Quyết định số 201/QĐ-TTg ngày 19/8/2022") are
references (:mod:`.references`), never deadlines; neither are the document's own date, a
bare date following a document number, nor any date in a "Căn cứ …;" clause.

Examples
--------
>>> [(d.quote, d.period.code) for d in find_periods(
...     "Hoàn thành trước ngày 30/6/2024; báo cáo Quý II/2024.")]
[('trước ngày 30/6/2024', '2024-06-30'), ('Quý II/2024', '2024-Q2')]
>>> find_periods("Thực hiện Quyết định số 201/QĐ-TTg ngày 19/8/2022 của Thủ tướng", [(10, 49)])
[]
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Final

import attrs

from vnhealthplan.io.extract.aheadyears import ahead_years
from vnhealthplan.io.extract.aims import reported_date
from vnhealthplan.io.extract.goaldates import goal_deadlines, heading_deadlines, narrated
from vnhealthplan.io.extract.header import title_heading
from vnhealthplan.io.extract.issuing import find_issuing
from vnhealthplan.io.extract.newsplan import reported_plan
from vnhealthplan.io.extract.owntitle import own_titles, phases, vision_years
from vnhealthplan.io.extract.pagedate import before_page, page_date, relative_deadlines
from vnhealthplan.io.extract.planyear import is_plan_year
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.references import find_references
from vnhealthplan.io.extract.segment import year_marks
from vnhealthplan.io.extract.striven import striven_years
from vnhealthplan.io.extract.taskdates import day_ranges, worded_dates
from vnhealthplan.model.period import Period
from vnhealthplan.text import ParseError, parse_period

__all__ = ["Deadline", "find_periods", "target_deadlines", "task_periods", "title_deadlines"]

Span = tuple[int, int]

_TASK_DATE: Final = re.compile(
    r"(?P<pre>(?:trước|đến|vào|trong|chậm nhất|hạn)[ \t]+)?(?:"
    r"[Qq]uý[ \t]+[IVX1-4]+[ \t]*/[ \t]*\d{4}"
    r"|(?P<day>ngày[ \t]+\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]*/[ \t]*\d{4})"
    r"|tháng[ \t]+\d{1,2}[ \t]*/[ \t]*\d{4}"
    r"|\d[ \t]+tháng[ \t]+(?:đầu|cuối)[ \t]+năm[ \t]+\d{4})",
)
#: _TASK_DATE without its "pre" group, and that group before it (:func:`_task_dates`).
_TASK_CORE: Final = re.compile(_TASK_DATE.pattern.split(")?", 1)[1])
_TASK_PRE: Final = re.compile(_TASK_DATE.pattern.split(")?", 1)[0][8:] + "$")
#: A year a task is due in: "trong năm 2024", "trước năm 2025", "hoàn thành năm 2024".
_TASK_YEAR: Final = re.compile(
    r"(?:trước|trong|chậm nhất(?:[ \t]+là)?|đến hết|hết|hoàn thành(?:[ \t]+(?:trong|trước))?)"
    r"[ \t]+(?:[Qq]uý[ \t]+(?P<quarter>I{1,3}|IV|[1-4])[ \t]+)?năm[ \t]+(?P<year>(?:19|20)\d\d)"
    r"(?![\d/])"
)
_QUARTERS: Final = {"I": 1, "II": 2, "III": 3, "IV": 4}
#: A document number just before a bare date: the date is the document's; a draft's number
#: left blank too ("Số …/BCKH-SYT, ngày 31/12/2014").
_NUMBER_BEFORE: Final = re.compile(
    r"(?:\d{1,5}(?:/\d{4})?[/-]|(?:…|\.{2,})?[ \t]*/)[A-ZĐ][^\s]*[ \t,]*(?:[A-ZĐƯ]+[ \t,]*)?$"
)
#: A "căn cứ" clause: everything it dates is a cited document ("Căn cứ Luật … ngày …;").
_GROUNDS: Final = re.compile(
    r"(?m)^[ \t\-+*]*Căn cứ\b(?![ \t]+(?:vào[ \t]+)?(?:kết quả|tình hình|thực tế|nhu cầu|khả năng))"
    r"[^;]{0,400}?(?=;|\.[ \t]*\n|\n[ \t]*\n|$(?![\s\S]))"
)
#: Before a year, the figure a change starts from: "giảm từ 609 trường hợp vào năm 2015".
_CHANGE_FROM: Final = re.compile(
    r"(?i)(?<!\w)từ[ \t]+\d[\d.,]*[ \t]*[%‰]?(?:[ \t]+[^\s\d,.;:]+){0,3}[ \t]+(?:vào[ \t]+)?$"
)


@attrs.frozen
class Deadline:
    """A period phrase that says when a task or a target is due.

    Parameters
    ----------
    period : Period
    quote : str
        The words, exactly as in the text.
    span : tuple of int
    reasons : tuple of str
        Why it is less than sure.

    Examples
    --------
    >>> from vnhealthplan import Period
    >>> Deadline(Period.quarter(2024, 2), "Quý II/2024", (0, 11)).period.code
    '2024-Q2'
    """

    period: Period
    quote: str
    span: Span
    reasons: tuple[str, ...] = ()


class _Spans:
    """Spans to test for overlap in logarithmic time."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(itertools.accumulate((b for _, b in ordered), max))

    def overlap(self, span: Span) -> bool:
        """Whether a span starting before *span* ends reaches past its start."""
        i = bisect.bisect_left(self.starts, span[1])
        return i > 0 and self.reach[i - 1] > span[0]


def _inside(span: Span, spans: Sequence[Span] | _Spans) -> bool:
    found = spans if isinstance(spans, _Spans) else _Spans(spans)
    return found.overlap(span)


def _period(words: str) -> Period | None:
    try:
        return parse_period(words)
    except ParseError:
        return None


def find_periods(text: str, skip: Sequence[Span] = ()) -> list[Deadline]:
    """The dates of tasks written in *text*: quarters, months, days, half years.

    Parameters
    ----------
    text : str
    skip : sequence of spans
        Spans whose dates are not deadlines (citations of other documents, the header).

    Returns
    -------
    list of Deadline

    Examples
    --------
    >>> find_periods("Quý V/2024")
    []
    >>> [d.period.code for d in find_periods("Nghị quyết 311/NQ-HĐND ngày 27/8/2022")]
    []
    """
    found = []
    skipped = _Spans([*skip, *(m.span() for m in _GROUNDS.finditer(text))])
    posted = page_date(text)
    ranges = [r for r in day_ranges(text) if not _inside(r[2], skipped)]  # .taskdates
    spans = _Spans([r[2] for r in ranges])  # a span of days, not its last day, is due
    for days, words, span in ranges:
        last = (span[0] + words.rfind(" ", 0, words.rfind("/")) + 1, span[1])
        if not (narrated(text, span) or narrated(text, last) or before_page(days, posted)):
            found.append(Deadline(days, words, span))
    for span, whole, pre, day in _task_dates(text):
        if _inside(span, skipped) or _inside(span, spans) or narrated(text, span):
            continue
        if day and not pre:
            low = max(0, span[0] - 60)  # the line's start, if it is among the 60 before
            low = max(low, text.rfind("\n", low, span[0]) + 1)
            if _NUMBER_BEFORE.search(text, low, span[0]):
                continue
        period = _period(whole) or _period(whole[len(pre or "") :])
        if period is not None and not before_page(period, posted):
            found.append(Deadline(period, whole, span))
    taken = _Spans([d.span for d in found])
    for period, words, span in worded_dates(text):  # "trước 30/6/2026" (.taskdates)
        if _inside(span, skipped) or _inside(span, taken) or narrated(text, span):
            continue
        if not before_page(period, posted):
            found.append(Deadline(period, words, span))
    return sorted(found, key=lambda d: d.span)


def _task_dates(text: str) -> Iterator[tuple[Span, str, str | None, str | None]]:
    """The matches of ``_TASK_DATE`` (span, words, its "pre" and "day" groups), found
    faster: the date first, then the word before it."""
    low = 0
    for m in _TASK_CORE.finditer(text):
        begin = blank = m.start()
        while blank > low and text[blank - 1] in " \t":
            blank -= 1
        pre = _TASK_PRE.search(text, max(low, blank - 40), begin) if blank < begin else None
        if pre is not None:
            begin = pre.start()
        yield (begin, m.end()), text[begin : m.end()], pre and pre.group(), m.group("day")
        low = m.end()


def task_periods(text: str, start: int = 0, end: int | None = None) -> list[Deadline]:
    """The dates of a task written in ``text[start:end]``: those of :func:`find_periods`,
    and a year it is due in ("trong năm 2024", "trước năm 2025"); not a year that names a
    plan ("Kế hoạch … đến năm 2025") or a cited document's date.

    Examples
    --------
    >>> [d.quote for d in task_periods("Hoàn thành rà soát trong năm 2024, báo cáo Quý I/2025")]
    ['trong năm 2024', 'Quý I/2025']
    """
    end = len(text) if end is None else end
    part = text[start:end]
    cited = [r.span for r in find_references(part)]
    dates = find_periods(part, cited)
    found = [Deadline(d.period, d.quote, (start + d.span[0], start + d.span[1])) for d in dates]
    taken = _Spans(cited + [d.span for d in find_periods(part)])
    for m in _TASK_YEAR.finditer(part):
        if not _inside(m.span(), taken) and is_plan_year(m.group("year")):  # not "năm 1930"
            span = (start + m.start(), start + m.end())
            found.append(Deadline(_task_year(m), m.group(), span))
    return sorted(found, key=lambda d: d.span)


def _task_year(m: re.Match[str]) -> Period:
    """The year of a ``_TASK_YEAR`` match, or its quarter ("trong quý IV năm 2025")."""
    year, quarter = int(m.group("year")), m.group("quarter")
    if quarter is None:
        return Period.year(year)
    return Period.quarter(year, _QUARTERS.get(quarter) or int(quarter))


def _governing(text: str, span: Span, starts: list[int], marks: list[Span]) -> Span:
    """The mark that dates a target at *span*: one on its line before it, else one just
    after it on its line ("đạt 90% vào năm 2025"), else the nearest before, else after."""
    i = bisect.bisect_right(starts, span[1] - 1) - 1
    before = marks[i] if i >= 0 else None
    after = marks[i + 1] if i + 1 < len(marks) else None
    if before is not None and "\n" not in text[before[1] : span[0]]:
        return before
    if after is not None and after[0] - span[1] <= 80 and "\n" not in text[span[1] : after[0]]:
        return after
    return before or marks[0]


_NUMERIC_DATE = re.compile(r"\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b")


def _dated_in(text: str, skip: Sequence[Span], known: set[str] | None) -> set[str]:
    """The years the spans *skip* print in numeric dates ("09/08/2018"), read once."""
    if known is not None:
        return known
    return {m.group(1) for a, b in skip for m in _NUMERIC_DATE.finditer(text, a, b)}


def target_deadlines(
    text: str, targets: Iterable[tuple[Span, Period]], skip: Sequence[Span] = ()
) -> list[Deadline]:
    """The year phrases that govern the drafted targets (see the module notes).

    Parameters
    ----------
    text : str
    targets : iterable of (span, Period)
        Each drafted target's quote span and period.
    skip : sequence of spans
        Citations of other documents, whose years govern nothing.

    Returns
    -------
    list of Deadline
        One per phrase (targets sharing a heading share its deadline), in text order.

    Examples
    --------
    >>> from vnhealthplan import Period
    >>> text = "Đến năm 2025: tỷ lệ A đạt 90%; tỷ lệ B đạt 80%."
    >>> [(d.quote, d.period.code) for d in target_deadlines(
    ...     text, [((22, 29), Period.year(2025)), ((37, 47), Period.year(2025))])]
    [('năm 2025', '2025')]
    """
    starts: dict[str, list[int]] = {}
    marks: dict[str, list[Span]] = {}
    skipped = _Spans(skip)
    for mark in year_marks(text):
        if mark.reference or _inside(mark.span, skipped):
            continue
        starts.setdefault(mark.period.code, []).append(mark.span[0])
        marks.setdefault(mark.period.code, []).append(mark.span)
    chosen: dict[Span | str, Deadline] = {}
    dated: set[str] | None = None
    posted = page_date(text)
    reviewed = _reviewed_year(text, skip, posted)
    for span, period in targets:
        code = period.code
        if code == reviewed:
            continue  # the year a review looks back on, just before the one it looks ahead to
        if code not in marks and code in (dated := _dated_in(text, skip, dated)):
            continue  # a year read from a date of the page or a citation: no deadline
        if code not in marks:
            why = reason(
                "the period {period} is not written near the target: it is the target's own",
                period=code,
            )
            chosen.setdefault(code, Deadline(period, text[slice(*span)], span, (why,)))
            continue
        at = _governing(text, span, starts[code], marks[code])
        if at not in chosen and (
            before_page(period, posted)
            or narrated(text, at)
            or reported_date(text, at)
            or _CHANGE_FROM.search(text, max(0, at[0] - 50), at[0])
        ):
            continue  # the year of a narrated event or a reported result: not due
        chosen.setdefault(at, Deadline(period, text[slice(*at)], at))
    return sorted(chosen.values(), key=lambda d: d.span)


def _reviewed_year(text: str, skip: Sequence[Span], posted: date | None) -> str | None:
    """The year a review looks back on: the one just before the first year it looks ahead
    to (:func:`~.aheadyears.ahead_years`, years striven for aside), unless the plan's own
    period holds both (a plan of several years names its nearer ones)."""
    ahead = [p for p, _, _ in ahead_years(text, skip, posted, striving=False)]
    if not ahead:
        return None
    first = min(p.start.year for p in ahead)
    for own in _own_deadlines(text, skip):
        if own.period.start.year < first <= own.period.end.year:
            return None
    return str(first - 1)


def title_deadlines(text: str, skip: Sequence[Span] = ()) -> list[Deadline]:
    """The plan's own period: the years and spans of years its title's heading names
    (:func:`~.header.title_heading`) and the sentence that issues or reports it ("UBND tỉnh
    ban hành Kế hoạch … giai đoạn 2018 - 2020, cụ thể như sau", :mod:`.issuing`), its own
    vision included ("tầm nhìn đến năm 2045"), but not a baseline or a cited document's
    year (*skip*); and the periods of aims stated without a drafted figure: a goal the text
    quotes ("chấm dứt dịch AIDS vào năm 2030"), a heading of aims ("Chỉ tiêu kế hoạch năm
    2023"), a news page's "những tháng cuối năm nay" (:mod:`.goaldates`, :mod:`.pagedate`),
    none that ended before the page was posted.

    Examples
    --------
    >>> text = "KẾ HOẠCH\\nPHÒNG, CHỐNG LAO GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2035\\n"
    >>> [(d.quote, d.period.code) for d in title_deadlines(text)]
    [('2026 - 2030', '2026-2030'), ('NĂM 2035', '2035')]
    >>> text = "UBND tỉnh ban hành Kế hoạch tiêm chủng năm 2026, cụ thể như sau:"
    >>> [(d.quote, d.period.code) for d in title_deadlines(text)]
    [('năm 2026', '2026')]
    """
    found = _own_deadlines(text, skip)
    grounds = [*skip, *(m.span() for m in _GROUNDS.finditer(text)), *_cited_lines(text, skip)]
    posted = page_date(text)
    own = [d.period for d in found if d.period.start.year < d.period.end.year]
    aims = [
        *(p for p in phases(text, own) if not _inside(p[2], grounds)),  # .owntitle
        *goal_deadlines(text, grounds),  # a goal a report quotes (.goaldates)
        *heading_deadlines(text, grounds),
        *striven_years(text, grounds, own),  # "từ nay đến năm 2020", "đặt mục tiêu … đến 2035"
        *ahead_years(text, grounds, posted),  # "phương hướng, nhiệm vụ năm 2026" (.aheadyears)
        *relative_deadlines(text, posted),  # "năm nay" on a dated news page (.pagedate)
    ]
    for period, quote, span in sorted(aims, key=lambda aim: aim[2]):
        if not before_page(period, posted) and period.code not in {d.period.code for d in found}:
            found.append(Deadline(period, quote, span))
    return found


#: A line's opening before a citation: a list marker or number ("- 1 ", "2. ", "+ ").
_LINE_OPENING: Final = re.compile(r"[ \t]*(?:[-+*•]|\d{1,2}[.)]?)?[ \t]*(?:\d{1,2}[ \t]+)?")


def _cited_lines(text: str, skip: Sequence[Span]) -> list[Span]:
    """The lines that open with a citation (a list of related or cited documents): what
    they go on with is the cited document's title."""
    found = []
    for start, end in skip:
        line = text.rfind("\n", max(0, start - _LINE_CHARS), start) + 1  # a bounded look
        opening = _LINE_OPENING.match(text, line, start)
        if opening is not None and opening.end() == start and (line or start < _LINE_CHARS):
            stop = text.find("\n", end, end + _LINE_CHARS)
            found.append((line, end + _LINE_CHARS if stop < 0 else stop))
    return found


_LINE_CHARS = 600


def _own_deadlines(text: str, skip: Sequence[Span]) -> list[Deadline]:
    """The periods the plan's titles name (see :func:`title_deadlines`), in their order."""
    issuing = find_issuing(text)
    parts = [
        title_heading(text),
        issuing.title_span if issuing is not None else None,
        *own_titles(text),  # a decision's first article, an attached heading (.owntitle)
    ]
    if not any(parts):  # no title of its own: the plan a news page reports (.newsplan)
        parts.append(reported_plan(text))
    skipped = _Spans(skip)
    found = []
    for part in parts:
        if part is not None:
            found += _title_marks(text, part, skipped)
    return found


def _title_marks(text: str, part: Span, skipped: _Spans) -> list[Deadline]:
    """The periods a title names: not one after the document it implements, which is that
    document's horizon ("… giai đoạn 2020-2025 thực hiện Chiến lược … đến năm 2030", "THỰC
    HIỆN CHIẾN LƯỢC … VÀO NĂM 2030 TRÊN ĐỊA BÀN TỈNH, GIAI ĐOẠN 2021-2030")."""
    marks = [
        (m.period, m.span)
        for m in year_marks(text, *part)
        if not m.reference and not _inside(m.span, skipped)
    ]
    spans = [span for _, span in marks]
    marks += [v for v in vision_years(text, *part) if not _inside(v[1], spans)]
    marks.sort(key=lambda mark: mark[1])
    found: list[Deadline] = []
    for i, (period, span) in enumerate(marks):
        if found and _IMPLEMENTED.search(text, found[-1].span[1], span[0]):
            break
        later = [p for p, _ in marks[i + 1 :] if p.start.year < p.end.year]
        if later and _IMPLEMENTED.search(text, part[0], span[0]):
            continue  # the horizon of the document implemented; the plan's own span follows
        found.append(Deadline(period, text[slice(*span)], span))
    return found


#: After the plan's own period, the document it implements, whose horizon is not the plan's.
_IMPLEMENTED: Final = re.compile(
    r"(?i:thực hiện|triển khai)\s+(?i:chiến lược|chương trình|nghị quyết|đề án|quyết định|"
    r"chỉ thị|kết luận)\b"
)
