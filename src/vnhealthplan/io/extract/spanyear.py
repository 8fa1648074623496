"""The year an undated plan starts, when only its name in running text gives its period.

A news report of a plan, or a plan copied without its header, often names the plan once in
its lead with the span it runs over: "Tại kế hoạch thực hiện Chiến lược quốc gia về dinh
dưỡng trên địa bàn thành phố giai đoạn 2022-2030 do UBND … ban hành", "Chương trình … của
tỉnh giai đoạn 2021 - 2025 đặt mục tiêu …". The first year of that span is when the plan was
made: a figure whose year is before it ("tăng từ 18,6% năm 2017 lên 22,7% năm 2021") is a
status figure, not a target (:mod:`.status`). Only the text's lead is read (a span later in
the text is often another document's or a past period's), and only a span named with the
plan's kind: "giai đoạn 2016-2020" alone may be the past period a report reviews. A span
of a document the plan carries out ("thực hiện Chiến lược … giai đoạn 2011 - 2020") still
starts no later than the plan: figures before it are of the past as well.

Examples
--------
>>> span_year("Tại kế hoạch thực hiện Chiến lược dinh dưỡng giai đoạn 2022-2030, thành phố …")
2022
>>> span_year("Kết quả giai đoạn 2016 - 2020: tỷ lệ đạt 90%.") is None
True
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["span_year"]

#: A plan's kind, words naming it (commas allowed), then "giai đoạn YYYY - YYYY" on its line.
_NAMED_SPAN: Final = re.compile(
    r"(?<!\w)(?:kế hoạch|chương trình|đề án|chiến lược)(?!\w)[^.;:!?\n]{0,160}?"
    r"giai[ \t]+đoạn[ \t]+((?:19|20)\d\d)[ \t]*[-–—][ \t]*(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)
#: How far into the text the plan's name is looked for (a report's lead).
_LEAD_CHARS: Final = 600


def span_year(text: str) -> int | None:
    """The first year of the span the text's lead names its plan with, or None.

    Examples
    --------
    >>> span_year("Chương trình phòng, chống HIV/AIDS giai đoạn 2021 – 2025 của tỉnh")
    2021
    >>> span_year("Năm 2009 có 14 xã; đến năm 2014 còn 7 xã.") is None
    True
    """
    found = _NAMED_SPAN.search(text, 0, min(len(text), _LEAD_CHARS))
    return int(found.group(1)) if found else None
