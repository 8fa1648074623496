"""The plan a news report names as issued, where the page has no header of its own.

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

__all__ = ["reported_plan"]

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
