"""The time a status figure holds: the year of its own clause, its sentence, its paragraph
or section, else the plan's.

:func:`observation_year` is the drafter's reading of a status figure's year
(:mod:`.status` reads whether a value is one); :func:`measured_at` tells a year a figure
is measured at ("cuối năm 2017") from one it is compared with. A sentence's years are read
once for all its values and found by bisection: linear in the text.

Examples
--------
>>> from vnhealthplan.io.extract.segment import layout
>>> text = "Năm 2022, toàn tỉnh có 1.200 ca mắc; năm 2020 là 1.500 ca."
>>> mark, why, cost = observation_year(text, (23, 35), (0, len(text)), layout(text)[0], 2024)
>>> mark.period.code
'2022'
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract import statusreasons as because
from vnhealthplan.io.extract.baseyear import compared_from
from vnhealthplan.io.extract.monthyear import dated_marks
from vnhealthplan.io.extract.paragraphs import paragraph_year
from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.results import report_year
from vnhealthplan.io.extract.reviewyear import reviewed_year, taken_as_reviewed
from vnhealthplan.io.extract.segment import Line, YearMark, year_marks, year_near
from vnhealthplan.io.extract.trendyears import trend_from_year

__all__ = ["measured_at", "observation_year"]

Span = tuple[int, int]

_TIME_REFERENCE: Final = re.compile(r"(?:cuối|đầu)\b", re.IGNORECASE)


def measured_at(text: str, mark: YearMark) -> bool:
    """Whether *mark* is a year a figure is measured at ("cuối năm 2017"), not one it is
    compared with.

    Examples
    --------
    >>> text = "đến cuối năm 2017 đạt 76,5%; so với năm 2015 tăng 3%"
    >>> [measured_at(text, m) for m in year_marks(text)]
    [True, False]
    """
    return mark.reference and bool(_TIME_REFERENCE.match(text, mark.span[0]))


#: What may stand between a status figure and the year it holds in ("02 ca mắc trong 9 tháng
#: đầu năm 2023"): its noun and a time phrase, on its line or the next, with no punctuation
#: and no word that links another figure ("13,12% và năm 2020 là 14,59%").
_TO_OWN_YEAR: Final = re.compile(
    r"(?:(?!\b(?:và|hoặc|so với|tăng|giảm)\b)[^.,;:()\[\]%\n\d]|\d(?![\d.,]*[ \t]*%)"
    r"|\n(?![ \t]*\n)){0,40}"
)
#: A year in brackets right after a figure is its own ("từ 216 người (năm 2018) xuống còn
#: 186 người (năm 2023)"), whatever year the sentence opens or closes with.
_BRACKETED: Final = re.compile(r"[ \t]*\([ \t]*")
#: A year that opens the next figure ("năm 2020 là …", "năm 2020 có …"): not this one's.
_OPENS_FIGURE: Final = re.compile(r"[ \t]*(?:là|có|đạt|:)")


def _year_right_after(text: str, value_span: Span, doc_year: int | None) -> YearMark | None:
    """The year a status figure's own clause gives right after it, if any."""
    end = min(len(text), value_span[1] + 60)
    marks = [
        m
        for m in _with_dates(year_marks(text, value_span[1], end), text, value_span[1], end)
        if (not m.reference or measured_at(text, m))
        and (doc_year is None or m.period.last_year <= doc_year)
    ]
    if not marks:
        return None
    if _BRACKETED.fullmatch(text, value_span[1], marks[0].span[0]):
        return marks[0]
    if not _TO_OWN_YEAR.fullmatch(text, value_span[1], marks[0].span[0]):
        return None
    return None if _OPENS_FIGURE.match(text, marks[0].span[1]) else marks[0]


_DIGIT: Final = re.compile(r"\d")


def _with_dates(marks: list[YearMark], text: str, start: int, end: int) -> list[YearMark]:
    """*marks* and the month, day or quarter dates of ``text[start:end]``, in order."""
    dated = dated_marks(text, start, end)
    return sorted([*marks, *dated], key=lambda m: m.span) if dated else marks


def observation_year(
    text: str, value_span: Span, sentence: Span, line: Line, doc_year: int | None
) -> tuple[YearMark | None, str, float]:
    """The time a status figure holds, why, and how much that lowers the confidence.

    In order: a year that follows the value in its own clause ("… xuống còn 02 ca mắc trong
    9 tháng đầu năm 2023", where "năm 2013" before it is the earlier figure's), the nearest
    year before the value in its sentence (including a year it is measured at, "cuối năm
    2017"), the nearest after it, its section's years if they ended
    before the plan's year, and the plan's (issue) year: a figure the text gives no time
    for is taken as current when the plan was written. Years after the plan's are targets'
    years and are passed over.

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "(đến cuối năm 2017, chỉ mới đạt 76,5% dân số)"
    >>> mark, why, cost = observation_year(text, (28, 37), (0, 46), layout(text)[0], 2018)
    >>> mark.period.code, why, cost
    ('2017', '', 0.0)
    """
    after = _year_right_after(text, value_span, doc_year)
    compared = compared_from(text, value_span, sentence)
    # "từ 40 ca xuống còn 20 ca năm 2025": a year past the next figure is that figure's
    if after is not None and (
        compared is None or not _DIGIT.search(text, value_span[1], after.span[0])
    ):
        return after, "", 0.0
    if compared is not None:
        return compared, reason("'từ': a figure of the year its sentence compares with"), 0.1
    # "nam là 1,20%, nữ là 1,0%; năm 2019, …": a year after a ";" opens the next clause's figures
    near = _SentenceMarks.of(text, sentence, doc_year).near(value_span, text)
    if near is not None:
        return near
    if (trend := trend_from_year(text, value_span, sentence)) is not None:
        return trend, reason("the first year of the trend its paragraph gave before"), 0.1
    reviewed = reviewed_year(text, doc_year)  # "Ngày 05/01/2025, … tổng kết công tác năm 2024"
    opened = paragraph_year(text, value_span, doc_year)
    if opened is not None and (reviewed is None or opened.period.first_year <= reviewed):
        return opened, reason("the year its paragraph opens with"), 0.1
    section = line.section_year
    if section is not None and (doc_year is None or section.period.last_year < doc_year):
        return section, "", 0.0
    if reviewed is not None and (period := plan_year(reviewed)) is not None:
        return YearMark(period, (0, 0)), taken_as_reviewed(reviewed), 0.2
    if doc_year is not None and (period := plan_year(doc_year)) is not None:
        return YearMark(period, (0, 0)), because.taken_as_issued(doc_year), 0.2
    reported = report_year(text)  # an undated page: the year it reports
    if reported is not None and (period := plan_year(reported)) is not None:
        return YearMark(period, (0, 0)), because.taken_as_reported(reported), 0.3
    return None, "", 0.0


@attrs.frozen
class _SentenceMarks:
    """The years of a sentence a status figure may hold in, read once for all its values:
    :func:`observation_year` finds a value's by bisection."""

    marks: list[YearMark]
    starts: list[int]
    ends: list[int]
    ordered: bool  # whether the ends are in order (else every mark is looked at)

    @staticmethod
    def of(text: str, sentence: Span, doc_year: int | None) -> _SentenceMarks:
        last = _LAST.get("marks")
        if last is not None and last[0] is text and last[1] == (sentence, doc_year):
            return last[2]
        marks = [
            m
            for m in _with_dates(year_marks(text, *sentence), text, *sentence)
            if (not m.reference or measured_at(text, m))
            and (doc_year is None or m.period.last_year <= doc_year)
            # "tăng 11% so với cùng kỳ năm 2018": the year compared with, not the figure's
            and not fold(text[max(0, m.span[0] - 12) : m.span[0]]).rstrip().endswith("cung ky")
        ]
        ends = [m.span[1] for m in marks]
        ordered = all(a <= b for a, b in pairwise(ends))
        found = _SentenceMarks(marks, [m.span[0] for m in marks], ends, ordered)
        _LAST["marks"] = (text, (sentence, doc_year), found)
        return found

    def near(self, value_span: Span, text: str) -> tuple[YearMark, str, float] | None:
        """``year_near(marks, value_span)``, leaving out the years after the value that a
        ";" separates from it (they open the next clause)."""
        if not self.ordered:
            marks = [
                m for m in self.marks if m.span[0] < value_span[0] or _open(text, value_span, m)
            ]
            return year_near(marks, value_span)
        at = bisect_right(self.ends, value_span[0]) - 1
        if at < 0:
            at = bisect_left(self.starts, value_span[1])
            if at == len(self.marks) or not _open(text, value_span, self.marks[at]):
                return None
        return year_near([self.marks[at]], value_span)


def _open(text: str, value_span: Span, mark: YearMark) -> bool:
    """Whether no ";" stands between a value and a year written after it."""
    return text.find(";", value_span[1], mark.span[0]) < 0


_LAST: dict[str, tuple[str, tuple[Span, int | None], _SentenceMarks]] = {}
