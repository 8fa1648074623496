"""The plan a news report names in its lead, where the page has no header of its own.

Two readings of the lead: :func:`reported_plan`, the title of the plan the page says was
issued (the plan's own period, for its deadlines), and :func:`span_year`, the first year of
the span any plan-like name in the lead runs over (when the plan was made, for telling
status figures from targets: the first year of :mod:`.leadspan`'s period). The second is
wider: it needs no "ban hành", and a span of a document the plan carries out counts.

A news page on a plan names the plan, with its period, in the sentence that says it was
issued: "Ngày 11/8/2022, UBND tỉnh ban hành Kế hoạch số 294/KH-UBND khám, sàng lọc ung thư
… giai đoạn 2022-2025 nhằm …", "Tại kế hoạch thực hiện Chiến lược quốc gia về dinh dưỡng
trên địa bàn thành phố giai đoạn 2022-2030 do UBND TP. Hà Nội ban hành, …". The title, from
the kind of document to its span of years, names the plan's own period
(:func:`~.deadlines.title_deadlines`, which reads it only when no header, decision article
or attached heading gives the plan's title).

Only the first such sentence of the page's opening counts (a page goes on to the plans
before: "Trước đó, tỉnh đã ban hành Kế hoạch … giai đoạn 2016 - 2020"), and not one that
reports an earlier plan ("đã ban hành") or cites one ("Căn cứ", "Thực hiện"), nor a
decision's article ("Điều 2. Ban hành Kế hoạch …", whose first article names the plan).

Examples
--------
>>> text = "Ngày 11/8/2022, UBND tỉnh ban hành Kế hoạch khám sàng lọc giai đoạn 2022-2025 nhằm …"
>>> text[slice(*reported_plan(text))]
'Kế hoạch khám sàng lọc giai đoạn 2022-2025'
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.leadspan import lead_period

__all__ = ["reported_plan", "span_year"]

Span = tuple[int, int]

_YEARS: Final = r"(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d(?!\d)"
#: The title of a plan with its span of years, issued before it ("ban hành Kế hoạch …") or
#: after it ("Kế hoạch … do UBND … ban hành").
_ISSUED: Final = re.compile(
    r"(?i)(?<!\w)(?P<verb>ban[ \t]+hành|phê[ \t]+duyệt)[ \t]+(?P<title>(?:kế[ \t]+hoạch|"
    r"chương[ \t]+trình|đề[ \t]+án)(?!\w)[^.;:!?\n()]{0,200}?(?:giai[ \t]+đoạn|thời[ \t]+kỳ)"
    r"[ \t]+" + _YEARS + r")"
    r"|(?<!\w)(?P<named>kế[ \t]+hoạch(?!\w)[^.;:!?\n()]{0,200}?(?:giai[ \t]+đoạn|thời[ \t]+kỳ)"
    r"[ \t]+"
    + _YEARS
    + r")[ \t]*,?[ \t]*do[ \t]+(?:[^.;:!?\n]|\.(?=[ \t]*\w))"  # "do UBND TP. Hà Nội"
    r"{0,60}?ban[ \t]+hành(?!\w)"
)
#: Before the verb or the title, in its sentence: an earlier or a cited plan.
_NOT_OWN: Final = re.compile(
    r"(?i)(?:(?<!\w)(?:đã|trước đó|căn cứ|thực hiện)(?!\w)[^.;:!?\n]{0,80}|"
    r"(?<!\w)(?:đã|từng)[ \t]+)$"
)
#: A decision's article: not a news page's sentence.
_ARTICLE: Final = re.compile(r"[ \t]*Điều[ \t]+\d")
_OPENING_CHARS = 2000


def reported_plan(text: str) -> Span | None:
    """The span of the title of the plan a news page reports as issued, in its opening
    (see the module notes), or None.

    Examples
    --------
    >>> text = "Tại kế hoạch phòng chống dịch giai đoạn 2026-2030 do UBND TP. Huế ban hành, …"
    >>> text[slice(*reported_plan(text))]
    'kế hoạch phòng chống dịch giai đoạn 2026-2030'
    >>> reported_plan("Trước đó, tỉnh đã ban hành Kế hoạch phòng chống lao giai đoạn 2016-2020.")
    """
    m = _ISSUED.search(text, 0, _OPENING_CHARS)
    if m is None:
        return None
    group = "title" if m.group("title") else "named"
    line = text.rfind("\n", 0, m.start()) + 1
    if _NOT_OWN.search(text, max(line, m.start() - 120), m.start()) or _ARTICLE.match(text, line):
        return None
    return m.span(group)


def span_year(text: str) -> int | None:
    """The first year of the span the text's lead names its plan with, or None.

    A news report of a plan, or a plan copied without its header, often names the plan
    once in its lead with the span it runs over: "Tại kế hoạch thực hiện Chiến lược quốc
    gia về dinh dưỡng trên địa bàn thành phố giai đoạn 2022-2030 do UBND … ban hành",
    "Chương trình … của tỉnh giai đoạn 2021 - 2025 đặt mục tiêu …". The first year of that
    span is when the plan was made: a figure whose year is before it is a status figure,
    not a target (:mod:`.status`). Only the text's lead is read (a span later in the text
    is often another document's or a past period's), and only a span named with the plan's
    kind: "giai đoạn 2016-2020" alone may be the past period a report reviews, and so may
    a plan the lead reviews ("tổng kết chương trình … giai đoạn 2011-2015"). A span of a
    document the plan carries out ("thực hiện Chiến lược … giai đoạn 2011 - 2020") still
    starts no later than the plan: figures before it are of the past as well. It is the
    first year of :func:`~vnhealthplan.io.extract.leadspan.lead_period`, the same reading.

    Examples
    --------
    >>> span_year("Tại kế hoạch thực hiện Chiến lược dinh dưỡng giai đoạn 2022-2030, thành phố …")
    2022
    >>> span_year("Kết quả giai đoạn 2016 - 2020: tỷ lệ đạt 90%.") is None
    True
    >>> span_year("Chương trình phòng, chống HIV/AIDS giai đoạn 2021 – 2025 của tỉnh")
    2021
    >>> span_year("Năm 2009 có 14 xã; đến năm 2014 còn 7 xã.") is None
    True
    >>> span_year("Huyện tổng kết chương trình dân số giai đoạn 2011-2015.") is None
    True
    """
    lead = lead_period(text)
    return lead.period.first_year if lead else None
