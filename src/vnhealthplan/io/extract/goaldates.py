"""Dates in reports and news: the year of a goal they quote, and the dates they narrate.

A news item or a year-end review is full of dates, few of them deadlines
(docs/labelling.rst "Deadlines"). A careful reader keeps:

* the year of a **goal** the text quotes, even one with no quantity: "hướng tới mục tiêu
  chấm dứt dịch AIDS vào năm 2030", "loại trừ sốt rét trên địa bàn toàn tỉnh vào năm
  2025", "thanh toán bệnh phong trước năm 2030" (:func:`goal_deadlines`): the year a goal
  verb (chấm dứt, kết thúc, loại trừ, thanh toán, xóa bỏ, đẩy lùi) is due by. Not a goal
  that names a document ("Chiến lược quốc gia chấm dứt dịch bệnh AIDS vào năm 2030" is the
  strategy's name; the plan's own title is read by :func:`~.deadlines.title_deadlines`),
  nor one already reached ("đã loại trừ … vào năm 2015", "được công nhận …");

and leaves out a date the text **narrates** (:func:`narrated`): any date of a sentence
that opens with the date of an event ("Ngày 10-7, UBND huyện … tổ chức …", "Sáng 15/3,
…", "Vừa qua, …"), and a period a review or a meeting looks back on ("sơ kết công tác …
6 tháng đầu năm 2018", "tổng kết hoạt động năm 2020").

Both read a bounded window around each date: linear in the text's length.

Examples
--------
>>> text = "Tỉnh đang hướng tới mục tiêu chấm dứt dịch AIDS vào năm 2030."
>>> [(quote, period.code) for period, quote, _ in goal_deadlines(text)]
[('vào năm 2030', '2030')]
>>> text = "Ngày 10-7, UBND huyện tổ chức sơ kết công tác 6 tháng đầu năm 2018."
>>> narrated(text, (46, 66))
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.segment import year_marks
from vnhealthplan.io.extract.stops import last_match
from vnhealthplan.model.period import Period

__all__ = ["goal_deadlines", "heading_deadlines", "narrated"]

Span = tuple[int, int]

_VERB: Final = r"(?<!\w)(?:loại trừ|chấm dứt|kết thúc|thanh toán|xóa bỏ|xoá bỏ|đẩy lùi)(?!\w)"
_BY: Final = (
    r"(?<!tính )(?<!\w)(?P<when>(?:vào|đến|tới|trước)[ \t]+(?:hết[ \t]+|cuối[ \t]+)?năm[ \t]+"
    r"(?P<year>(?:19|20)\d\d))(?![\d/])"
)
#: A goal verb, then (in its clause) the year it is due by; or the year, then the verb
#: ("Đến năm 2030, chấm dứt dịch bệnh AIDS").
_GOALS: Final = (
    re.compile(rf"(?i){_VERB}[^.;:!?\n\"“”]{{0,80}}?{_BY}"),
    re.compile(rf"(?i){_BY},?[^.;:!?\n\"“”]{{0,40}}?{_VERB}"),
)
#: Just before a goal verb: the goal names a document, or was reached.
_NOT_A_GOAL: Final = re.compile(
    r"(?i)(?:(?:chiến lược|chương trình|đề án|kế hoạch|quyết định|nghị quyết|dự án)"
    r"(?:[ \t]+(?:quốc gia|hành động|mục tiêu))?[ \t]*|(?<!\w)(?:đã|được công nhận|đạt)"
    r"(?!\w)[^.;:!?\n]{0,30})$"
)
#: A goal reached, between its year and its verb: "Đến năm 2019, tỉnh đã loại trừ …".
_REACHED: Final = re.compile(r"(?i)(?<!\w)(?:đã|được công nhận)(?!\w)")
#: A heading line of aims: "2. Chỉ tiêu kế hoạch năm 2023", "Mục tiêu đến năm 2025",
#: "Mục tiêu, chỉ tiêu cần đạt được năm 2018:", a table's column "Mục tiêu đến năm 2020".
_AIM_HEADING: Final = re.compile(
    r"(?im)^[ \t\-+*]*(?:[0-9IVX]+(?:\.\d+)*[.)][ \t]*|[a-zđ][.)][ \t]*)?"
    r"(?:mục tiêu|chỉ tiêu)(?!\w)[^\n]{0,70}$"
)
#: Words of a heading that reports: "Mục tiêu năm 2023 đã đạt", "Chỉ tiêu … so với …".
_REPORTING_HEADING: Final = re.compile(
    r"(?i)(?<!\w)(?:đã|kết quả|so với|cùng kỳ|thực hiện được)(?!\w)"
)
#: A sentence that opens with the date of an event: "Ngày 10-7, …", "Sáng 8.1, …",
#: "Chiều ngày 15/3/2024, …", "Vừa qua, …", "Mới đây, …".
_EVENT_OPENING: Final = re.compile(
    r"(?i)[ \t\-+*►•]*(?:(?:sáng|chiều|trưa|tối)(?:[ \t]+nay)?[ \t]+)?(?:(?:ngày[ \t]*)?"
    r"\d{1,2}[ \t]*[/.\-][ \t]*\d{1,2}(?:[ \t]*[/.\-][ \t]*\d{2,4})?|vừa qua|mới đây|hôm qua)"
    r"[ \t]*,"
)
#: A review or meeting that looks back on the period just after it; an event that takes
#: place over it ("Tháng hành động … diễn ra từ ngày 10/11 đến ngày 10/12/2019").
_REVIEWED: Final = re.compile(
    r"(?i)(?<!\w)(?P<review>sơ kết|tổng kết|kết quả|đánh giá)(?!\w)[^.;:!?\n,]{0,60}$"
    r"|(?<!\w)diễn ra(?!\w)[^.;:!?\n,]{0,30}$"
)
#: A date that says when a review is held ("Tổng kết, đánh giá kết quả thực hiện Kế hoạch
#: vào tháng 12/2026"), not the period it looks back on; for a review, also "trong" a
#: quarter or a month ("Tổ chức sơ kết trong Quý IV/2025").
_WHEN_DONE: Final = re.compile(r"(?i)vào[ \t]")
_HELD_IN: Final = re.compile(r"(?i)trong[ \t]+(?:quý|tháng)[ \t]")
#: Before a date: it is a task's due date whatever the sentence says.
_DUE: Final = re.compile(r"(?i)(?<!\w)(?:trước|chậm nhất|hạn|hoàn thành)(?!\w)")
#: Just before a date, words that look ahead: "triển khai phương hướng, nhiệm vụ năm 2026".
_AHEAD: Final = re.compile(
    r"(?i)(?<!\w)(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu|phấn đấu|chỉ tiêu|dự kiến)(?!\w)"
    r"[^.;:!?\n]{0,40}$"
)
_SENTENCE_END: Final = re.compile(r"[.!?…](?=\s)|\n[ \t]*\n|[.:;]?[ \t]*\n(?=[ \t]*[-+*►•]|[A-ZĐ])")
_BACK: Final = 300


def goal_deadlines(text: str, skip: Sequence[Span] = ()) -> list[tuple[Period, str, Span]]:
    """The years of the goals *text* quotes (see the module notes), not one in *skip*
    (a cited document's words): each as its period, its words and their span.

    Examples
    --------
    >>> [p.code for p, _, _ in goal_deadlines("Phấn đấu loại trừ bệnh sởi trước năm 2028.")]
    ['2028']
    >>> goal_deadlines("Chiến lược quốc gia chấm dứt dịch bệnh AIDS vào năm 2030")
    []
    >>> goal_deadlines("Tỉnh đã được công nhận loại trừ sốt rét vào năm 2019.")
    []
    >>> [p.code for p, _, _ in goal_deadlines("Đến năm 2030, chấm dứt dịch bệnh AIDS.")]
    ['2030']
    """
    found: list[tuple[Period, str, Span]] = []
    for m in (m for goal in _GOALS for m in goal.finditer(text)):
        span = m.span("when")
        if any(a < span[1] and span[0] < b for a, b in skip):
            continue
        if _NOT_A_GOAL.search(text, max(0, m.start() - 60), m.start()) or _REACHED.search(
            m.group()
        ):
            continue
        period = plan_year(m.group("year"))
        if period is not None:
            found.append((period, m.group("when"), span))
    return sorted(found, key=lambda f: f[2])


def heading_deadlines(text: str, skip: Sequence[Span] = ()) -> list[tuple[Period, str, Span]]:
    """The periods named by headings of aims (a line that starts "Mục tiêu" or "Chỉ tiêu",
    after its number): the period the targets under it are due by, whether or not their
    figures are drafted. Not a heading that reports ("đã", "kết quả", "so với"), nor one
    naming several periods ("Mục tiêu đến năm 2025 và năm 2030": the targets under it say
    which is whose), nor a year in *skip*.

    Examples
    --------
    >>> text = "I. TÌNH HÌNH\\n2. Chỉ tiêu kế hoạch năm 2026\\n- Tỷ lệ tiêm chủng: 95%"
    >>> [(quote, period.code) for period, quote, _ in heading_deadlines(text)]
    [('năm 2026', '2026')]
    >>> heading_deadlines("Mục tiêu năm 2023 đã đạt và vượt kế hoạch")
    []
    """
    found: list[tuple[Period, str, Span]] = []
    for m in _AIM_HEADING.finditer(text):
        if _REPORTING_HEADING.search(m.group()):
            continue
        marks = [k for k in year_marks(text, *m.span()) if not k.reference]
        if len(marks) != 1:  # several periods: the targets under it say which is whose
            continue
        mark = marks[0]
        if not any(a < mark.span[1] and mark.span[0] < b for a, b in skip):
            found.append((mark.period, text[slice(*mark.span)], mark.span))
    return found


def _sentence_start(text: str, at: int) -> int:
    start = max(0, at - _BACK)
    end = last_match(_SENTENCE_END, text, start, at)
    return end.end() if end else start if start == 0 else text.find(" ", start) + 1


def narrated(text: str, span: Span) -> bool:
    """Whether the date at *span* is one the text narrates: in a sentence that opens with
    an event's date, or the period a review looks back on; never one after "trước",
    "chậm nhất", "hạn", "hoàn thành" (a task's), nor one that words looking ahead govern
    ("Ngày 30/12, Sở Y tế tổ chức hội nghị …, triển khai nhiệm vụ năm 2026").

    Examples
    --------
    >>> narrated("Sở Y tế tổ chức sơ kết, báo cáo trước ngày 15/7/2024.", (32, 52))
    False
    >>> narrated("Ngày 15/3/2024, Sở Y tế tổ chức hội nghị triển khai.", (0, 14))
    True
    >>> narrated("Tổ chức hội nghị tổng kết hoạt động năm 2020.", (36, 44))
    True
    >>> narrated("Ngày 30/12, Sở Y tế tổ chức hội nghị, triển khai nhiệm vụ năm 2026.", (58, 66))
    False
    >>> narrated("Tháng hành động diễn ra từ ngày 10/11 đến ngày 10/12/2026.", (38, 57))
    True
    >>> narrated("Tổng kết, đánh giá kết quả thực hiện vào tháng 12/2026.", (37, 54))
    False
    """
    if _DUE.search(text, max(0, span[0] - 20), min(span[1], span[0] + 12)):
        return False
    reviewed = _REVIEWED.search(text, max(0, span[0] - 80), span[0])
    if reviewed and not _WHEN_DONE.match(text, span[0], span[1]):
        held = reviewed.group("review") and _HELD_IN.match(text, span[0], span[1])
        if not held:
            return True
    if _AHEAD.search(text, max(0, span[0] - 60), span[0]):
        return False
    start = _sentence_start(text, span[0])
    return bool(_EVENT_OPENING.match(text, start))
