"""The year of a figure a count fell or rose from: the year its sentence compares with.

Reports of results compare a year with the one before and then give the pairs: "số ca mắc
giảm mạnh so với năm 2024, như: huyện A giảm 96,9% (từ 32 ca, xuống còn 1 ca); huyện B
giảm 80% (từ 70 ca xuống còn 14 ca)". The figure after "từ" is the compared year's, 2024,
though the nearest year written before it may be the present one of an earlier pair ("từ
439 ca năm 2024, xuống còn 9 ca năm 2025"). A careful reader takes the year of the
comparison ("so với năm 2024", "so với cùng kỳ năm 2024", "so với năm trước" is not read)
for a "từ" figure with no year of its own.

Examples
--------
>>> text = "Số ca giảm so với năm 2024: huyện A (từ 32 ca, xuống còn 1 ca)."
>>> compared_from(text, (40, 45), (0, len(text))).period.code
'2024'
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.segment import YearMark
from vnhealthplan.model.period import Period

__all__ = ["compared_from"]

Span = tuple[int, int]

#: "từ" right before a figure (with "khoảng", "gần", "hơn", "trên").
_FROM: Final = re.compile(r"(?<!\w)từ\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE)
#: A comparison with a year: "so với năm 2024", "so với cùng kỳ năm 2024", "so với 2024".
_COMPARED: Final = re.compile(
    r"(?<!\w)so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?((?:19|20)\d\d)(?!\d)", re.IGNORECASE
)
_FROM_CHARS = 16


def compared_from(text: str, value_span: Span, sentence: Span) -> YearMark | None:
    """The year the sentence compares with, for a figure written after "từ", or None.

    Examples
    --------
    >>> compared_from("Năm 2025 giảm từ 32 ca.", (17, 22), (0, 23)) is None
    True
    """
    if not _FROM.search(text[max(sentence[0], value_span[0] - _FROM_CHARS) : value_span[0]]):
        return None
    last = None
    for last in _COMPARED.finditer(text, sentence[0], value_span[0]):  # noqa: B007
        pass
    if last is None:
        return None
    return YearMark(Period.year(int(last.group(1))), last.span(1), reference=True)
