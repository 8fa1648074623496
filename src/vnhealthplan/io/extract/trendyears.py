"""The years of a trend restated without them: "giảm từ 27,5% xuống còn 25,7%" after a
sentence that gave its years ("giảm từ 18,7% năm 2022 xuống còn 17,1% năm 2023").

Reviews list their results as trends, one indicator a sentence, and often write the years
only in the first: "Tỷ lệ nhẹ cân giảm từ 18,7% năm 2022 xuống còn 17,1% năm 2023. Tỷ lệ
thấp còi giảm từ 27,5% xuống còn 25,7%." The figure a later trend falls or rises *from*
holds in the first year of the trend its paragraph gave before (2022), not in the latest
year written before it (2023, the year the figure it reaches holds in). A sentence that
writes a year of its own keeps it. The paragraph is read back within a bounded window:
linear in the text.

Examples
--------
>>> text = ("Tỷ lệ nhẹ cân giảm từ 18,7% năm 2022 xuống còn 17,1% năm 2023. "
...         "Tỷ lệ thấp còi giảm từ 27,5% xuống còn 25,7%.")
>>> start = text.index("27,5%")
>>> trend_from_year(text, (start, start + 5), (62, len(text))).period.code
'2022'
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.paragraphs import paragraph_start
from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.segment import YearMark, year_marks
from vnhealthplan.io.extract.stops import last_match

__all__ = ["trend_from_year"]

Span = tuple[int, int]

#: A figure a trend starts from: "giảm từ", "tăng từ", "giảm sâu từ" right before it.
_FROM_BEFORE: Final = re.compile(r"(?<!\w)(?:giảm|tăng)(?:\s+\w+)?\s+từ\s*$", re.IGNORECASE)
#: A trend with its first year: "từ 18,7% năm 2022 xuống còn", "từ 609 ca vào năm 2015 lên".
_TREND: Final = re.compile(
    r"(?<!\w)từ\s+(?:khoảng\s+)?\d[\d.,]*\s*[^\s\d]{0,12}\s*\(?(?:vào\s+|trong\s+)?năm\s+"
    r"((?:19|20)\d\d)\)?[^.;\n]{0,60}?(?<!\w)(?:xuống|lên|còn|đến)(?!\w)",
    re.IGNORECASE,
)
#: How far back a paragraph is read for its trend.
_BACK_CHARS: Final = 600


def trend_from_year(text: str, value_span: Span, sentence: Span) -> YearMark | None:
    """The first year of the trend the paragraph gave before, for a figure a trend with no
    year of its own starts from (see the module notes); None otherwise.

    Examples
    --------
    >>> text = "Năm 2023 tỷ lệ giảm từ 20% xuống 18%."
    >>> trend_from_year(text, (23, 26), (0, len(text))) is None
    True
    """
    if not _FROM_BEFORE.search(text, max(sentence[0], value_span[0] - 30), value_span[0]):
        return None
    if year_marks(text, *sentence):
        return None
    start = max(paragraph_start(text, sentence[0]), sentence[0] - _BACK_CHARS)
    last = last_match(_TREND, text, start, sentence[0])
    if last is None:
        return None
    period = plan_year(last.group(1))  # a historical year dates nothing
    return None if period is None else YearMark(period, last.span(1))
