"""The year of the plan a news or portal report names, where the page gives no other.

A report of a plan seldom carries the plan's header: no number, no issue date, often no
title of its own. It names the plan in its lead, with its period: "Tại kế hoạch thực hiện
Chiến lược quốc gia về dinh dưỡng trên địa bàn thành phố giai đoạn 2022-2030 do UBND ...
ban hành", "UBND tỉnh vừa ban hành Kế hoạch phòng, chống sốt rét năm 2024". Before that it
often gives the background in the journalist's own words, with the years of past figures:
"tỷ lệ thừa cân tăng từ 18,6% năm 2017 lên 22,7% năm 2021". A figure whose year comes
before the plan's period is a status figure of the past, not one of its targets
(:mod:`.status`), as for a plan whose header dates it.

:func:`reported_plan_year` reads the first document the text's opening names with a period
or a year of its own: the first year of the span ("giai đoạn 2022 - 2030": 2022) or the
single year ("năm 2024"); never a year the plan runs to ("đến năm 2030", "tầm nhìn 2045"),
which says nothing of when it starts, nor a period compared with or reviewed ("so với giai
đoạn 2016 - 2020", "tổng kết kế hoạch giai đoạn 2016 - 2020"). It reads a bounded opening:
constant time.

Examples
--------
>>> reported_plan_year("Tại kế hoạch thực hiện Chiến lược dinh dưỡng trên địa bàn thành phố "
...                    "giai đoạn 2022-2030 do UBND thành phố ban hành, …")
2022
>>> reported_plan_year("UBND tỉnh vừa ban hành Kế hoạch phòng, chống sốt rét năm 2024.")
2024
>>> reported_plan_year("Kế hoạch đặt mục tiêu đến năm 2030 giảm tỷ lệ thấp còi.") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["reported_plan_year"]

#: How much of a text's opening is read for the plan it names.
_OPENING: Final = 800
#: A document's kind, its name (no sentence end, at most ~160 characters) and its period:
#: "giai đoạn 2022 - 2030", "năm 2024" (group ``first``); never after "đến", "vào", "tầm nhìn".
_NAMED: Final = re.compile(
    r"(?<!\w)(?P<kind>kế hoạch|chương trình|chiến lược|đề án|dự án)(?!\w)"
    r"(?P<name>[^.;\n]{0,160}?)"
    r"(?<!\w)(?P<word>giai đoạn|năm)[ \t]+(?P<first>(?:19|20)\d\d)(?!\d)"
    r"(?:[ \t]*[-–—][ \t]*(?P<last>(?:19|20)\d\d)(?!\d))?",
    re.IGNORECASE,
)
#: Words before the year that say it ends the plan ("đến năm 2030") or compare with it.
_NOT_START: Final = re.compile(r"(?:đến|tới|vào|tầm nhìn|so với|sau|trước)[ \t]*$", re.IGNORECASE)
#: Words before the document's kind that say it is reviewed, not reported as a plan to come.
_REVIEWED: Final = re.compile(
    r"(?:tổng kết|sơ kết|kết quả|đánh giá|nhìn lại|thực hiện xong)[^.;\n]{0,40}$", re.IGNORECASE
)


def reported_plan_year(text: str) -> int | None:
    """The first year of the plan the opening of *text* names (see the module notes), or
    None.

    Examples
    --------
    >>> reported_plan_year("So với kế hoạch giai đoạn 2016 - 2020, …") is None
    True
    >>> reported_plan_year("Tổng kết kế hoạch giai đoạn 2016 - 2020, tỉnh đạt 95%.") is None
    True
    >>> reported_plan_year("Chương trình hành động đến năm 2030 được phê duyệt.") is None
    True
    """
    opening = unicodedata.normalize("NFC", text[:_OPENING])
    for m in _NAMED.finditer(opening):
        if _NOT_START.search(opening, max(0, m.start("word") - 16), m.start("word")):
            continue  # "đến năm 2030", "so với giai đoạn 2016 - 2020"
        if _NOT_START.search(opening, max(0, m.start() - 16), m.start()):
            continue  # "so với kế hoạch giai đoạn 2016 - 2020"
        if _REVIEWED.search(opening, max(0, m.start() - 60), m.start()):
            return None
        return int(m.group("first"))
    return None
