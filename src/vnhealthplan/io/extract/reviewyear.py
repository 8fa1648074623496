"""The year a dated text reviews, for its status figures that give no year.

A page or report posted early in a year often reviews the year before: "Ngày 05/01/2025,
Sở Y tế tổ chức hội nghị tổng kết công tác năm 2024 …. Trong năm, toàn ngành đã khám cho
2,5 triệu lượt người", "Báo cáo kết quả thực hiện năm 2023 …". A status figure of such a
text with no year near it is of the year reviewed, not of the day the text was dated.
:func:`reviewed_year` reads the year its opening (the first lines, a bounded window) says
it reviews: "tổng kết", "sơ kết", "kết quả" or "báo cáo", then within a few words (no
sentence end) "năm" and a year, in a text that reports (not a plan:
:func:`~vnhealthplan.io.extract.results.is_report`); a review of a part of the year ("6
tháng đầu năm 2024") is of that year. Only a year before the text's own year counts
(:func:`~vnhealthplan.io.extract.statusyear.observation_year` asks with it). Constant time.

Examples
--------
>>> text = "Ngày 05/01/2025, Sở Y tế tổng kết công tác năm 2024. Trong năm, đã khám 2.000 lượt."
>>> reviewed_year(text, 2025)
2024
>>> reviewed_year(text, 2024) is None  # the text's own year: nothing to move
True
>>> reviewed_year("Kế hoạch phòng, chống dịch bệnh năm 2024", 2025) is None
True
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.reasons import Reason, reason
from vnhealthplan.io.extract.results import is_report

__all__ = ["reviewed_year", "taken_as_reviewed"]

#: A review, then within a few words of its clause "năm" and the year it reviews.
_REVIEWS: Final = re.compile(
    r"(?<!\w)(?:tổng kết|sơ kết|kết quả|báo cáo)(?!\w)[^.;!?\n]{0,50}?(?<!\w)năm[ \t]+"
    r"((?:19|20)\d\d)(?![\d/])",
    re.IGNORECASE,
)
_OPENING_CHARS: Final = 400


def reviewed_year(text: str, doc_year: int | None) -> int | None:
    """The year before *doc_year* the opening of *text* says it reviews, if any (see the
    module notes).

    Examples
    --------
    >>> reviewed_year("Báo cáo kết quả 6 tháng đầu năm 2024: tiêm chủng đạt 48%.", 2025)
    2024
    >>> reviewed_year("Báo cáo kết quả năm 2024 so với kế hoạch năm 2025", None) is None
    True
    """
    if doc_year is None or not is_report(text):  # a plan's "Tổng kết năm 2023 đã xong"
        return None
    found = _REVIEWS.search(text, 0, _OPENING_CHARS)
    if found is None or int(found.group(1)) >= doc_year:
        return None
    return int(found.group(1))


def taken_as_reviewed(year: int) -> Reason:
    """A status figure with no year near it, in a text reviewing *year*.

    Examples
    --------
    >>> taken_as_reviewed(2024).said("vi")
    'không có năm gần giá trị: lấy năm văn bản tổng kết (2024)'
    """
    return reason("no year near the value: the year the text reviews ({year})", year=year)
