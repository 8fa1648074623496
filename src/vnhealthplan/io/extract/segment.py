"""Cutting a plan's text into lines, headings and table rows, with spans, and marking its years.

Every piece keeps its ``(start, end)`` span in the text as given, so that what is drafted
from it can quote it exactly. Headings are numbered lines ("I.", "II-", "1.", "2.1-",
"a)") or short lines in capitals; each opens a section at its level, which ends at the next
heading of the same or a higher level. A section carries what its heading says about the
lines under it: a year ("Mục tiêu đến năm 2025", "Giai đoạn 2021 - 2025"), whether it sets
targets ("mục tiêu", "chỉ tiêu") or describes the situation ("tình hình", "thực trạng",
"kết quả", "dự báo"). A short line ending in ":" that names a year ("Đến năm 2030:",
"- Mục tiêu giai đoạn 2021 - 2025:") does the same for the list under it: its bullets
("-", "+", "•" …), its "a)" items and the lines that follow a ":", ";" or "," take its
year, until a line of another kind. A span of years compared with ("so với giai đoạn
2016 - 2020") is a reference, not a deadline. Table rows are lines with tab-separated cells.
A line's sentences and clauses are cut by :mod:`.stops`.

Examples
--------
>>> text = "2.1- Mục tiêu đến năm 2025\\n- Tuổi thọ trung bình khoảng 74,5 tuổi."
>>> lines = layout(text)
>>> [(line.level, line.section_year.period.code if line.section_year else None)
...  for line in lines]
[(3, '2025'), (None, '2025')]
>>> lines[1].in_targets
True
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.baseline import compared_before
from vnhealthplan.io.extract.brokenlines import line_spans
from vnhealthplan.io.extract.partheads import part_level
from vnhealthplan.io.extract.planyear import plan_year, plan_years
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.stops import sentences
from vnhealthplan.model.period import Period

__all__ = [
    "Line",
    "YearMark",
    "layout",
    "year_marks",
    "year_near",
]

Span = tuple[int, int]

_ROMAN = re.compile(r"[ \t]*([IVXL]+)[ \t]*[.\-–)][ \t]*\S")
_NUMBERED = re.compile(r"[ \t]*(\d{1,2})[ \t]*[.\-–)][ \t]+\S")
_DOTTED = re.compile(r"[ \t]*(\d{1,2}(?:\.\d{1,2})+)\.?[ \t]*[\-–)]?[ \t]+\S")
_LETTER = re.compile(r"[ \t]*([a-zđ])[ \t]*[).][ \t]+\S")
_TAGS = re.compile(r"<[^<>\n]{1,20}>|\*\*")
#: Everything up to the last clause break of a text: ". ", "; ", ": ", "! ", "? " or a newline.
_SPAN_YEARS = re.compile(  # (?<![\d/.]..) after "19"/"20": no digit, "/" or "." before it
    r"((?:19|20)(?<![\d/.]..)\d\d)[ \t]*[-–—][ \t]*((?:19|20)\d\d)(?![\d/])", re.IGNORECASE
)
_ONE_YEAR = re.compile(  # what _one_years finds (_YEAR_DIGITS, _YEAR_WORDS, _YEAR_REF)
    r"(?:(?P<ref>so với|so|cuối|đầu|từ)[ \t]+)?(?:năm|đến)[ \t\n]+(?P<y>(?:19|20)\d\d)(?![\d/])",
    re.IGNORECASE,
)
#: _one_years finds "năm"/"đến" and a year from the year: a blank and the year, then one of
#: these words before them ("giai đoạn đến 2030": a year without "năm").
_YEAR_DIGITS = re.compile(r"[ \t\n](?P<y>(?:19|20)\d\d)(?![\d/])")
_YEAR_WORDS = frozenset({"năm", "đến"})
_YEAR_REF = re.compile(r"(?:so với|so|cuối|đầu|từ)[ \t]+$", re.IGNORECASE)  # before the year's word
_BULLET = re.compile(r"[ \t]*[-–—+•*●○▪·]")
_LEAD_TARGET = re.compile(r"\b(?:den (?:het )?nam|phan dau)\b")
_TARGET_WORDS = re.compile(r"\b(?:muc tieu|chi tieu)\b")
_STATUS_WORDS = re.compile(
    r"\b(?:tinh hinh|thuc trang|ket qua|du bao|danh gia|nguyen nhan|boi canh|can cu)\b"
)
_LETTER_LEVEL = 6
#: Headings longer than this are numbered paragraphs: their years are their own sentences'.
_HEADING_CHARS = 160
#: A heading and its next line both shorter than this may be one heading broken in two.
_WRAPPED_CHARS = 80


@attrs.frozen
class YearMark:
    """A year or span of years written in the text, and where.

    Parameters
    ----------
    period : Period
    span : tuple of int
    reference : bool
        True for a year a figure is compared with or measured at ("so với năm 2024",
        "cuối năm 2017"): not a deadline.

    Examples
    --------
    >>> [str(m.period) for m in year_marks("giảm 2% so với năm 2024 vào năm 2025")]
    ['2024', '2025']
    """

    period: Period
    span: Span
    reference: bool = False


@attrs.frozen
class Line:
    """One line of the text with what its sections say about it.

    Parameters
    ----------
    span : tuple of int
    level : int, optional
        The heading level if the line is a heading (1 is the highest), else None.
    cells : tuple of spans
        The tab-separated cells of a table row (empty for other lines).
    section : str
        The nearest heading above (or the line itself, if a heading), shortened.
    section_year : YearMark, optional
        The year of the innermost section that states one.
    in_targets, in_status : bool
        Whether a section above sets targets ("mục tiêu", "chỉ tiêu") or describes the
        situation ("tình hình", "kết quả" …).

    Examples
    --------
    >>> layout("I. CÁC CHỈ TIÊU:")[0].in_targets
    True
    """

    span: Span
    level: int | None = None
    cells: tuple[Span, ...] = ()
    section: str = ""
    section_year: YearMark | None = None
    in_targets: bool = False
    in_status: bool = False


def year_marks(text: str, start: int = 0, end: int | None = None) -> list[YearMark]:
    """The years and spans of years written in ``text[start:end]``, in order.

    Parameters
    ----------
    text : str
    start, end : int
        The part of *text* to search; spans are in *text*.

    Returns
    -------
    list of YearMark

    Examples
    --------
    >>> [m.period.code for m in year_marks("Giai đoạn 2021 - 2025, tầm nhìn đến năm 2045")]
    ['2021-2025', '2045']
    """
    if end is None or end - start < _MEMO_CHARS:  # a text of its own, or a short part
        return _year_marks(text, start, len(text) if end is None else end)
    key = (id(text), start, end)
    kept = _MEMO.pop(key, None)  # put back last: the least recently asked for goes first
    if kept is None or kept[0] is not text:
        kept = (text, tuple(_year_marks(text, start, end)))
    _MEMO[key] = kept
    while len(_MEMO) > _MEMO_SIZE:  # pop: safe if another thread took it first
        _MEMO.pop(next(iter(_MEMO), (0, 0, 0)), None)
    return list(kept[1])


#: year_marks keeps the marks of the last few long parts (given start and end) it was asked
#: for (a sentence's, asked for each of its values): a long sentence is read once, not per
#: value.
_MEMO: dict[tuple[int, int, int], tuple[str, tuple[YearMark, ...]]] = {}
_MEMO_SIZE = 8
_MEMO_CHARS = 200


def _year_marks(text: str, start: int, end: int) -> list[YearMark]:
    spans = [
        (m, plan_years(m.group(1), m.group(2)))
        for m in _SPAN_YEARS.finditer(text, start, end)
        if int(m.group(1)) < int(m.group(2))
    ]  # a historical span ("1930-1940") holds its years but is no mark (:mod:`.planyear`)
    marks = [
        YearMark(period, m.span(), compared_before(text, m.start(), start))
        for m, period in spans
        if period is not None
    ]
    taken = [m.span() for m, _ in spans]  # in order, apart: only the last one starting
    starts = [a for a, _ in taken]  # at or before a year can hold it
    for span, year, reference in _one_years(text, start, end):
        at = bisect_right(starts, year[0]) - 1
        period = plan_year(text[slice(*year)])
        if (at >= 0 and year[0] < taken[at][1]) or period is None:
            continue
        reference = reference or compared_before(text, span[0], start)  # "so với cùng kỳ năm"
        marks.append(YearMark(period, span, reference))
    return sorted(marks, key=lambda mark: mark.span)


def _one_years(text: str, start: int, end: int) -> Iterator[tuple[Span, Span, bool]]:
    """The matches of ``_ONE_YEAR`` in ``text[start:end]`` (span, year's span, whether a
    reference word leads), found faster: "năm YYYY" first, then the word before it."""
    low = start
    for m in _YEAR_DIGITS.finditer(text, start, end):
        window = max(low, m.start() - 20)
        before = text[window : m.start()].rstrip(" \t\n")
        if before[-3:].lower() not in _YEAR_WORDS:
            continue
        begin = window + len(before) - 3
        blank = begin
        while blank > low and text[blank - 1] in " \t":
            blank -= 1
        ref = None
        if blank < begin:
            ref = _YEAR_REF.search(text, max(low, blank - 40), begin)
        if ref is not None:
            begin = ref.start()
        yield (begin, m.end()), m.span("y"), ref is not None
        low = m.end()


def _heading_level(line: str) -> int | None:
    if "\t" in line:
        return None
    if _ROMAN.match(line):
        return 1
    dotted = _DOTTED.match(line)
    if dotted:
        return 2 + dotted.group(1).count(".")
    if _NUMBERED.match(line):
        return 2
    if _LETTER.match(line):
        return _LETTER_LEVEL
    if len(line) > 120:  # before looking at each character: most prose lines are long
        return None
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return 1
    return None


@attrs.define
class _Section:
    level: int
    label: str
    year: YearMark | None
    targets: bool
    status: bool
    start: int = 0  # where a lead-in starts: a line's last sentence leads only the lines after


def _cells(text: str, start: int, end: int) -> tuple[Span, ...]:
    cells, pos = [], start
    for part in text[start:end].split("\t"):
        cells.append((pos, pos + len(part)))
        pos += len(part) + 1
    return tuple(cells)


def layout(text: str) -> tuple[Line, ...]:
    """The text's lines, each with its heading level, cells and section context.

    Parameters
    ----------
    text : str

    Returns
    -------
    tuple of Line

    Examples
    --------
    >>> text = "III- MỤC TIÊU\\nTT\\tCHỈ TIÊU\\tĐVT\\tKế hoạch năm 2024\\n1\\tTỷ lệ\\t%\\t17,6"
    >>> [len(line.cells) for line in layout(text)]
    [0, 4, 4]
    """
    stack: list[_Section] = []
    lines: list[Line] = []
    lead: _Section | None = None  # a lead-in line with a year ("Đến năm 2030:") over a list
    listed = False  # the last line ended with ":", ";" or ",": the next one is a list item
    for start, end in line_spans(text):  # a line broken mid-sentence joined (.brokenlines)
        raw = text[start:end]
        level = part_level(raw, stack, _heading_level(raw)) if raw.strip() else None
        if level is not None:
            while stack and stack[-1].level >= level:
                stack.pop()
            stack.append(_section(text, start, _heading_end(text, start, end), level))
            if level != _LETTER_LEVEL or stack[-1].year is not None:  # "a)" items stay in it
                lead = None
        elif raw.strip():
            opened = _lead_in(text, start, end)
            if opened is not None or not (listed or _BULLET.match(raw)):
                lead = opened
        if raw.strip():
            listed = raw.rstrip()[-1] in ":;,"
        cells = _cells(text, start, end) if "\t" in raw else ()
        inner = [*stack, lead] if lead is not None and lead.start <= start else stack
        year = next((s.year for s in reversed(inner) if s.year is not None), None)
        lines.append(
            Line(
                (start, end),
                level,
                cells,
                stack[-1].label if stack else "",
                year,
                any(s.targets for s in inner),
                any(s.status for s in inner),
            )
        )
    return tuple(lines)


def _heading_end(text: str, start: int, end: int) -> int:
    """Where a heading ends: a short heading goes on over a short next line that starts in
    lower case ("1. Đặc điểm" / "tình hình chung", broken by a page's layout)."""
    if end - start > _WRAPPED_CHARS or end >= len(text):
        return end
    nxt = text.find("\n", end + 1)
    nxt = len(text) if nxt < 0 else nxt
    line = text[end + 1 : nxt].strip()
    if not line or not line[0].islower() or nxt - end - 1 > _WRAPPED_CHARS:
        return end
    if _heading_level(text[end + 1 : nxt]) is not None:  # "a) …" then "b) …": two items
        return end
    return nxt


def _lead_in(text: str, start: int, end: int) -> _Section | None:
    """A short line ending in ":" that names a year, read as a section for the bullets under
    it ("Đến năm 2030:", "Mục tiêu giai đoạn 2021 - 2025:"), or such a line's last sentence;
    None for any other line."""
    if not text[start:end].rstrip().endswith(":"):  # the cheap test first
        return None
    start = sentences(text, start, end)[-1][0]  # "Năm 2023 … đã …. Năm 2024, chỉ tiêu:"
    raw = text[start:end].strip()
    if len(raw) > _HEADING_CHARS:
        return None
    lead = _section(text, start, end, 99)
    if lead.year is None:
        return None
    targets = lead.targets or bool(_LEAD_TARGET.search(fold(raw)))
    return attrs.evolve(lead, targets=targets and not lead.status, start=start)


def _section(text: str, start: int, end: int, level: int) -> _Section:
    raw = text[start:end].strip()
    label = " ".join(_TAGS.sub("", raw).split())
    label = label if len(label) <= 80 else label[:79] + "…"
    short = end - start <= _HEADING_CHARS
    marks = [m for m in year_marks(text, start, end) if not m.reference] if short else []
    key = fold(raw) if short else fold(raw[:_HEADING_CHARS])
    return _Section(
        level,
        label,
        marks[0] if marks else None,
        bool(_TARGET_WORDS.search(key)),
        bool(_STATUS_WORDS.search(key)),
    )


def year_near(marks: list[YearMark], value_span: Span) -> tuple[YearMark, str, float] | None:
    """The year mark of a value in its sentence: the last one before it, else the first
    after it (which lowers the confidence by 0.1), with the reason; None if none.

    Examples
    --------
    >>> text = "Đến năm 2030, đạt 32 giường bệnh/vạn dân"
    >>> mark, why, cost = year_near(year_marks(text), (18, 20))
    >>> mark.period.code, why, cost
    ('2030', '', 0.0)
    """
    before = [m for m in marks if m.span[1] <= value_span[0]]
    if before:
        return before[-1], "", 0.0
    later = [m for m in marks if m.span[0] >= value_span[1]]
    if later:
        return later[0], reason("year written after the value in its sentence"), 0.1
    return None
