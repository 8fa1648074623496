"""The period an undated news page's plan runs over, as its lead names it.

A news report of a plan often names the plan once, in its lead, with the span it runs
over ("Ban Đại diện … vừa ban hành chương trình hành động … giai đoạn 2022-2030", "Kế
hoạch phát triển y tế cơ sở giai đoạn 2021 – 2025 của huyện đặt mục tiêu …") and then
lists its goals with no year of their own ("100% người cao tuổi được chúc thọ; ít nhất
80% xã có câu lạc bộ"). With no issue date, no title year, no dated goals section and no
year the goals are due by (:func:`~vnhealthplan.io.extract.horizon.goals_year`), those
goals are due by the end of that span: a careful reader gives them its last year. Only
the lead is read (a span later in the page is often a past period's), and only a span
named with a plan's kind ("kế hoạch", "chương trình", "đề án", "chiến lược", "quy
hoạch"): "giai đoạn 2016 - 2020" alone may be the past period a report reviews, and so is
a plan the lead reviews ("tổng kết", "sơ kết", "kết quả", "đánh giá" before its name).

Examples
--------
>>> text = "Huyện vừa ban hành kế hoạch chăm sóc người cao tuổi giai đoạn 2022-2030. Theo đó, …"
>>> lead_period(text).period.code
'2022-2030'
>>> lead_period("Kết quả giai đoạn 2016 - 2020: tỷ lệ đạt 90%.") is None
True
>>> lead_period("Huyện tổng kết chương trình dân số giai đoạn 2011-2015.") is None
True
"""

from __future__ import annotations

import functools
import re
from typing import Final

from vnhealthplan.io.extract.planyear import plan_years
from vnhealthplan.io.extract.segment import YearMark

__all__ = ["lead_period"]

#: A plan's kind, words naming it, then "giai đoạn"/"thời kỳ" YYYY - YYYY in its sentence.
_NAMED_SPAN: Final = re.compile(
    r"(?<!\w)(?:kế hoạch|chương trình|đề án|chiến lược|quy hoạch)(?!\w)[^.;:!?\n]{0,200}?"
    r"(?:giai[ \t]+đoạn|thời[ \t]+kỳ)[ \t]+((?:19|20)\d\d)[ \t]*[-–—][ \t]*((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
#: Before the plan's name on its line: a review of a plan ending ("tổng kết chương trình …
#: giai đoạn 2011-2015"), whose figures are its results.
_REVIEW: Final = re.compile(
    r"(?<!\w)(?:tổng kết|sơ kết|kết quả|đánh giá|nhìn lại)(?!\w)", re.IGNORECASE
)
#: How far into the text the plan's name is looked for (a report's lead).
_LEAD_CHARS: Final = 600


@functools.lru_cache(maxsize=2)
def lead_period(text: str) -> YearMark | None:
    """The span of years the text's lead names its plan with (see the module notes), or None.

    Read once per text: a draft asks for it to date undated goals and the plan's year
    (:func:`~vnhealthplan.io.extract.newsplan.span_year`), then again to keep only the
    goals it dates that set an aim (:func:`~vnhealthplan.io.extract.leadgoals.lead_goals`).

    Examples
    --------
    >>> lead_period("Chương trình phòng, chống HIV/AIDS giai đoạn 2021 – 2025 của tỉnh").span
    (45, 56)
    >>> lead_period("Năm 2009 có 14 xã; đến năm 2014 còn 7 xã.") is None
    True
    """
    found = _NAMED_SPAN.search(text, 0, min(len(text), _LEAD_CHARS))
    if found is None or _REVIEW.search(text, text.rfind("\n", 0, found.start()) + 1, found.start()):
        return None
    first, last = int(found.group(1)), int(found.group(2))
    if last <= first:
        return None
    period = plan_years(first, last)
    return None if period is None else YearMark(period, (found.start(1), found.end(2)))
