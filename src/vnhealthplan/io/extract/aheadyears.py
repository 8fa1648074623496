"""Years a report or a news item looks ahead to: its tasks' and its quotas' years.

A year-end review or a news item of a meeting tells what a year achieved, then what the next
one is for. A careful reader keeps the year of what is to be done (docs/labelling.rst
"Deadlines") and leaves the year reviewed:

* a year that words of tasks govern (:func:`ahead_years`): "triển khai phương hướng, nhiệm
  vụ năm 2026", "BÁO CÁO … VÀ ĐỊNH HƯỚNG KẾ HOẠCH NĂM 2015", "định hướng thực hiện công
  tác dân số năm 2023", a quota's year ("So với chỉ tiêu giao năm 2019, đến nay …"), and
  on a dated news page the half of its own year ("triển khai nhiệm vụ 6 tháng cuối năm");
  not a year reviewed ("kết quả thực hiện nhiệm vụ năm 2018", "tổng kết công tác năm
  2025"), nor one whose tasks are told as done ("nhiệm vụ năm 2018 đã hoàn thành");
* a year striven for ("Phấn đấu đến năm 2027 hoàn thành …"), not one striven for in the
  past ("đã phấn đấu trong năm 2018");
* a year that opens a clause which then aims ("Năm 2018, Hà Nam phấn đấu khống chế …",
  "năm 2019 nhiệm vụ của công tác dân số là …", "Trong năm 2026, ngành sẽ …"), not one
  whose sentence tells what was done ("Năm 2018, tỉnh đã phấn đấu …", "Năm 2020, nhiệm vụ
  phòng dịch được đặt lên hàng đầu, ngành đã …").

Each match reads a bounded window: linear in the text's length.

Examples
--------
>>> text = "Hội nghị tổng kết công tác y tế năm 2025, triển khai phương hướng, nhiệm vụ năm 2026."
>>> [(quote, period.code) for period, quote, _ in ahead_years(text)]
[('năm 2026', '2026')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.stops import ITEM_END, last_match
from vnhealthplan.model.period import Period

__all__ = ["ahead_years"]

Span = tuple[int, int]

#: Words of tasks or quotas, then (within their phrase: no comma, no "đến", which would
#: make it a horizon, "định hướng đến năm 2030") the year or the half year they are for.
_TASKS: Final = re.compile(
    r"(?i)(?<!\w)(?:phương[ \t]+hướng|định[ \t]+hướng|nhiệm[ \t]+vụ|(?:chỉ[ \t]+tiêu|kế[ \t]+"
    r"hoạch)(?:[ \t]+kế[ \t]+hoạch)?(?:[ \t]+được)?[ \t]+giao)(?!\w)"
    r"(?:(?!đến|tới)[^.;:!?\n\d,]){0,40}?(?<!\w)(?P<when>năm[ \t]+(?P<year>(?:19|20)\d\d)(?![\d/])|"
    r"(?P<months>6|06|3|03)[ \t]+tháng[ \t]+(?P<part>đầu|cuối)[ \t]+năm"
    r"(?![ \t]*(?:\d|nay|tới|sau|học|ngoái|trước|qua)))"
)
#: A year that opens a clause, then (in that clause) words that aim: a task's noun only as
#: what the year's tasks are ("năm 2019 nhiệm vụ của … là …", "nhiệm vụ trọng tâm"), not
#: as what was done ("Trong năm 2019, nhiệm vụ phòng dịch được triển khai đồng bộ").
_OPENING: Final = re.compile(
    r"(?im)(?:^|(?<=[.!?;:][ \t])|(?<=,[ \t]))[ \t\-+*•]*(?:trong[ \t]+)?"
    r"(?P<when>năm[ \t]+(?P<year>(?:19|20)\d\d))(?![\d/\-–])[ \t]*,?"
    r"(?P<rest>[^.;:!?\n]{0,120}?)(?<!\w)(?:phấn[ \t]+đấu|sẽ|dự[ \t]+kiến|đặt[ \t]+(?:ra[ \t]+)?"
    r"mục[ \t]+tiêu|(?:nhiệm[ \t]+vụ|phương[ \t]+hướng)(?:[ \t]+trọng[ \t]+tâm|[^.;:!?\n]{0,60}?"
    r"(?<!\w)là))(?!\w)"
)
#: Striving for a year: "Phấn đấu đến năm 2027 hoàn thành …", "phấn đấu trong năm 2026 …".
#: Narrower than :mod:`.striven`'s reading (a year right after "phấn đấu", written with
#: "năm") and judged by this module's rules (not reviewed, not before the dateline), where
#: striven's passes over a year reached or the end of the plan's own period: both are read
#: for a plan's deadlines, and a year one passes over the other may still give.
_STRIVING: Final = re.compile(
    r"(?i)(?<!\w)phấn[ \t]+đấu[ \t]+(?:(?:đến|tới|trong|vào)[ \t]+(?:(?:hết|cuối)[ \t]+)?)?"
    r"(?P<when>năm[ \t]+(?P<year>(?:19|20)\d\d))(?![\d/])"
)
#: Words that review, just before the words of tasks: "kết quả thực hiện nhiệm vụ năm 2018",
#: "tình hình thực hiện nhiệm vụ năm 2018", "đã hoàn thành các nhiệm vụ năm 2018".
_REVIEWED: Final = re.compile(
    r"(?i)(?<!\w)(?:kết[ \t]+quả|tổng[ \t]+kết|sơ[ \t]+kết|đánh[ \t]+giá|tình[ \t]+hình|đã|"
    r"hoàn[ \t]+thành)(?!\w)[^.;:!?\n,]{0,40}$"
)
#: Told as done: "nhiệm vụ năm 2018 đã hoàn thành", "Năm 2018, tỉnh đã phấn đấu …".
_DONE: Final = re.compile(r"(?i)(?<!\w)đã(?!\w)")
#: Where the words before a task's words stop counting: an earlier year, "và", a comma.
_BOUNDARY: Final = re.compile(r"(?i)(?:(?:19|20)\d\d|(?<!\w)và(?!\w)|,)")
_SENTENCE_CHARS: Final = 300
#: The document's dateline ("Sóc Trăng, ngày 31 tháng 12 năm 2014"): a year before its own
#: is one its background reviews ("đạt 98% chỉ tiêu giao năm 2023" in a plan of 2024).
_DATELINE: Final = re.compile(
    r"[^\n,:\d/*]{2,40}?,[ \t]*ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*(?P<year>(?:19|20)\d\d)",
    re.IGNORECASE,
)
_DATELINE_CHARS: Final = 3000
_BEFORE_CHARS: Final = 60
_AFTER_CHARS: Final = 25


def _reviewed(text: str, start: int) -> bool:
    """Whether words that review govern the words of tasks at *start*."""
    low = max(0, start - _BEFORE_CHARS)
    cut = last_match(_BOUNDARY, text, low, start)
    return bool(_REVIEWED.search(text, cut.end() if cut else low, start))


def _done_after(text: str, end: int) -> bool:
    stop = re.search(r"[.;:!?\n,]", text[end : end + _AFTER_CHARS])
    return bool(_DONE.search(text, end, end + (stop.start() if stop else _AFTER_CHARS)))


def ahead_years(
    text: str, skip: Sequence[Span] = (), posted: date | None = None, striving: bool = True
) -> list[tuple[Period, str, Span]]:
    """The years and half years the text's tasks and quotas are for, and the years that open
    a clause which aims (see the module notes); none in *skip* (a cited document's words).
    None before the year of the document's dateline, or of the page's date *posted*: a
    year its background reviews. A half year written without its year ("6 tháng cuối năm")
    is read only on a page dated *posted*, as that year's. With *striving* False, not the
    years striven for ("Phấn đấu đến năm 2030"), which a plan of many years names beside
    its nearer ones.

    Examples
    --------
    >>> [p.code for p, _, _ in ahead_years("So với chỉ tiêu giao năm 2019, đến nay đạt 26,5%.")]
    ['2019']
    >>> [p.code for p, _, _ in ahead_years("Năm 2018, Hà Nam phấn đấu khống chế tỷ số giới tính")]
    ['2018']
    >>> ahead_years("Năm 2018, tỉnh đã phấn đấu hoàn thành kế hoạch.")
    []
    >>> ahead_years("Báo cáo kết quả thực hiện nhiệm vụ năm 2018")
    []
    >>> from datetime import date
    >>> text = "Hội nghị sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm."
    >>> [(q, p.code) for p, q, _ in ahead_years(text, posted=date(2019, 8, 2))]
    [('6 tháng cuối năm', '2019-H2')]
    """
    found: list[tuple[Period, str, Span]] = []
    for m in _TASKS.finditer(text):
        span = m.span("when")
        if _reviewed(text, m.start()) or _done_after(text, span[1]):
            continue
        if m.group("year"):
            period = plan_year(m.group("year"))
        elif posted is None:
            continue
        else:
            period = _half(posted.year, m.group("months"), m.group("part"))
        if period is not None:
            found.append((period, m.group("when"), span))
    for m in _STRIVING.finditer(text) if striving else ():
        period = plan_year(m.group("year"))
        if period is not None and not _reviewed(text, m.start()):
            found.append((period, m.group("when"), m.span("when")))
    for m in _OPENING.finditer(text):
        end = ITEM_END.search(text, m.end(), m.end() + _SENTENCE_CHARS)
        period = plan_year(m.group("year"))
        if period is None or _DONE.search(
            text, m.start(), end.start() if end else m.end() + _SENTENCE_CHARS
        ):
            continue
        found.append((period, m.group("when"), m.span("when")))
    dated = _DATELINE.search(text, 0, _DATELINE_CHARS)
    since = int(dated.group("year")) if dated else posted.year if posted else 0
    kept = [
        f
        for f in found
        if f[0].end.year >= since and not any(a < f[2][1] and f[2][0] < b for a, b in skip)
    ]
    return sorted(kept, key=lambda f: f[2])


def _half(year: int, months: str, part: str) -> Period:
    first = part.lower() == "đầu"
    if months.lstrip("0") == "3":
        return Period.quarter(year, 1 if first else 4)
    return Period.half(year, 1 if first else 2)
