"""The year an undated news page's one-year plan runs over, as its lead names it.

A news report of a yearly plan names it once, in its lead, with its year instead of a span
("Sở Y tế đã có Công văn số 332/KH-SYT về việc triển khai công tác an toàn thực phẩm năm
2016", "UBND huyện ban hành Kế hoạch tiêm chủng mở rộng năm 2024", "Chương trình hành động
phòng, chống dịch năm 2023 của thành phố đặt mục tiêu …"), then lists its goals with no
year of their own. Like a lead's span (:func:`~vnhealthplan.io.extract.leadspan.lead_period`,
which it stands behind), that year dates those goals when the page has no issue date, no
title year and no year its goals are due by.

Only the lead's first sentence naming a plan (its kind, "kế hoạch", "chương trình", "đề
án", or a plan's number "…/KH-…") counts, with "năm" and the year after the name in the
same sentence. Not a date ("ngày 5 tháng 1 năm 2016": when it was signed), not a plan the
lead reviews ("tổng kết", "sơ kết", "kết quả", "đánh giá" before its name), not an earlier
one ("đã ban hành" … "năm 2015" is read as any other), and not a year the plan's name
reaches to ("đến năm 2030", "giai đoạn …": those are spans, the lead period's).

Examples
--------
>>> lead_year("UBND huyện ban hành Kế hoạch tiêm chủng mở rộng năm 2024. Theo đó, …").period.code
'2024'
>>> lead_year("Kế hoạch số 12/KH-UBND ngày 5 tháng 1 năm 2016 về tiêm chủng.") is None
True
>>> lead_year("Huyện tổng kết kế hoạch tiêm chủng năm 2015.") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.segment import YearMark

__all__ = ["lead_year"]

#: A plan's kind or a plan's number, words naming it, then "năm YYYY" in its sentence.
_NAMED_YEAR: Final = re.compile(
    r"(?:(?<!\w)(?:kế[ \t]+hoạch|chương[ \t]+trình|đề[ \t]+án)(?!\w)|\d+/KH-\w+)"
    r"[^.;:!?\n]{0,200}?(?<!\w)(?P<nam>năm)[ \t]+(?P<year>(?:19|20)\d\d)(?![\d.,]\d)",
    re.IGNORECASE,
)
#: Before "năm": a date's month, a deadline's or a span's word: not the plan's own year.
_NOT_OWN: Final = re.compile(
    r"(?i)(?:\d+|tháng|đến|tới|trước|sau|từ|giai[ \t]+đoạn|hết|cuối|so[ \t]+với)[ \t]+$"
)
#: Before the plan's name on its line: a review of a plan ending.
_REVIEW: Final = re.compile(
    r"(?<!\w)(?:tổng kết|sơ kết|kết quả|đánh giá|nhìn lại)(?!\w)", re.IGNORECASE
)
#: How far into the text the plan's name is looked for (a report's lead).
_LEAD_CHARS: Final = 600


def lead_year(text: str) -> YearMark | None:
    """The one year the text's lead names its plan with (see the module notes), or None.

    Parameters
    ----------
    text : str
        The whole text; only its first 600 characters are read.

    Returns
    -------
    YearMark or None
        The year and where it is written.

    Examples
    --------
    >>> lead_year("Chương trình hành động phòng, chống dịch năm 2023 của thành phố").span
    (45, 49)
    >>> lead_year("Kế hoạch phòng, chống dịch đến năm 2030 của thành phố") is None
    True
    """
    found = _NAMED_YEAR.search(text, 0, min(len(text), _LEAD_CHARS))
    if found is None:
        return None
    before = text[max(0, found.start("nam") - 16) : found.start("nam")]
    if _NOT_OWN.search(before) or _REVIEW.search(
        text, text.rfind("\n", 0, found.start()) + 1, found.start()
    ):
        return None
    if re.search(r"(?i)giai[ \t]+đoạn|thời[ \t]+kỳ", found.group(0)):
        return None  # a span's plan: the lead period's
    period = plan_year(found.group("year"))
    return None if period is None else YearMark(period, found.span("year"))
