"""The year of a figure that belongs to the base it is compared with.

Two ways a report gives the base's own figure: in brackets after the base
(:func:`base_year`, "so với cùng kỳ 2022 (144.877 ca)") and after "từ" in a sentence that
compares with a year (:func:`compared_from`, "giảm so với năm 2024: huyện A (từ 32 ca …)").

Reports of results give this year's figure, its change, and then, in brackets, the figure of
the year they compare with: "ghi nhận 2.575 ca, giảm 98,22% so với cùng kỳ 2022 (144.877
ca)", "số tử vong là 05 ca, giảm 14 ca so với năm 2022 (19 ca)". The bracketed figure is
the base's, 2022, not the year of its sentence. When the base names no year ("bằng so với
cùng kỳ (00 ca)", "so với năm trước (120 ca)"), it is the year before the figure's own.

Only a figure that opens the brackets right after the base counts: in "so với năm 2022
(tăng 5%)" the 5 % is a change, and "so với kế hoạch (90%)" names no year.

Examples
--------
>>> from vnhealthplan.io.extract.segment import YearMark
>>> from vnhealthplan.model.period import Period
>>> text = "Ghi nhận 2.575 ca, giảm 98,22% so với cùng kỳ 2022 (144.877 ca)."
>>> when = (YearMark(Period.year(2023), (0, 0)), "", 0.2)
>>> mark, why, cost = base_year(text, (52, 62), when)
>>> mark.period.code, why
('2022', "the figure in brackets after 'so với cùng kỳ 2022': a figure of that year")
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.segment import YearMark
from vnhealthplan.io.extract.stops import last_match

__all__ = ["base_year", "compared_from", "is_base"]

Span = tuple[int, int]
When = tuple[YearMark | None, str, float]

#: The base a figure is compared with, then "(" right before the figure: "so với cùng kỳ
#: 2022 (", "so với năm 2022 (", "so cùng kỳ năm trước (", "bằng cùng kỳ (".
_BASE: Final = re.compile(
    r"(?i)(?<!\w)(?P<base>(?:so(?:[ \t]+với)?|bằng)[ \t]+"
    r"(?:cùng[ \t]+k[ỳì](?:[ \t]+năm)?|năm)"
    r"(?:[ \t]+(?P<year>(?:19|20)\d\d)|[ \t]+(?P<before>trước))?)"
    r"(?(year)|(?(before)|(?<=k[ỳì])))"  # a bare "năm" is no base: "so với năm ("
    r"[ \t]*\([ \t]*$"
)
_BACK_CHARS = 60


def base_year(text: str, value_span: Span, when: When) -> When:
    """The time of a figure bracketed right after a comparison's base (see the module
    notes), else *when*, the time its sentence gives it.

    Parameters
    ----------
    text : str
    value_span : tuple of int
        The figure's span.
    when : tuple
        The figure's year as read otherwise (mark, reason, cost): the base without a year
        is the year before it.

    Returns
    -------
    tuple
        (mark, reason, cost).

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import YearMark
    >>> from vnhealthplan.model.period import Period
    >>> when = (YearMark(Period.year(2023), (0, 0)), "", 0.0)
    >>> text = "Không ghi nhận ca tử vong, bằng so với cùng kỳ (00 ca)."
    >>> base_year(text, (48, 53), when)[0].period.code
    '2022'
    >>> text = "Tăng 12 ca so với năm 2022 (tăng 5%)."
    >>> base_year(text, (33, 35), when)[0].period.code
    '2023'
    """
    found = _BASE.search(text, max(0, value_span[0] - _BACK_CHARS), value_span[0])
    if found is None:
        return when
    words = " ".join(found.group("base").split())
    if found.group("year"):
        period = plan_year(found.group("year"))
        if period is None:
            return when
        why = reason("the figure in brackets after '{base}': a figure of that year", base=words)
        return YearMark(period, found.span("year"), reference=True), why, 0.0
    mark = when[0]
    if mark is None:
        return when
    why = reason("the figure in brackets after '{base}': a figure of the year before", base=words)
    period = plan_year(mark.period.last_year - 1)
    if period is None:
        return when
    return YearMark(period, found.span("base"), reference=True), why, 0.1


#: "từ" right before a figure (with "khoảng", "gần", "hơn", "trên").
_FROM: Final = re.compile(r"(?<!\w)từ\s+(?:(?:khoảng|gần|hơn|trên)\s+)?$", re.IGNORECASE)
#: A comparison with a year: "so với năm 2024", "so với cùng kỳ năm 2024", "so với 2024".
_COMPARED: Final = re.compile(
    r"(?<!\w)so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?((?:19|20)\d\d)(?!\d)", re.IGNORECASE
)
_FROM_CHARS = 16


def compared_from(text: str, value_span: Span, sentence: Span) -> YearMark | None:
    """The year the sentence compares with, for a figure written after "từ", or None.

    Reports of results compare a year with the one before and then give the pairs: "số ca
    mắc giảm mạnh so với năm 2024, như: huyện A giảm 96,9% (từ 32 ca, xuống còn 1 ca);
    huyện B giảm 80% (từ 70 ca xuống còn 14 ca)". The figure after "từ" is the compared
    year's, 2024, though the nearest year written before it may be the present one of an
    earlier pair ("từ 439 ca năm 2024, xuống còn 9 ca năm 2025"). The year of the
    comparison ("so với năm 2024", "so với cùng kỳ năm 2024"; "so với năm trước" is not
    read) is taken for a "từ" figure with no year of its own.

    Examples
    --------
    >>> text = "Số ca giảm so với năm 2024: huyện A (từ 32 ca, xuống còn 1 ca)."
    >>> compared_from(text, (40, 45), (0, len(text))).period.code
    '2024'
    >>> compared_from("Năm 2025 giảm từ 32 ca.", (17, 22), (0, 23)) is None
    True
    """
    if not _FROM.search(text[max(sentence[0], value_span[0] - _FROM_CHARS) : value_span[0]]):
        return None
    last = last_match(_COMPARED, text, sentence[0], value_span[0])
    if last is None:
        return None
    period = plan_year(last.group(1))
    return None if period is None else YearMark(period, last.span(1), reference=True)


#: "so với" and the words of a base up to its year: "so với năm ", "so với cùng kỳ năm ",
#: "so với trung bình giai đoạn ", "so với trung bình 5 năm (", "so với mức bình quân ".
_BASE_WORDS: Final = re.compile(
    r"(?i)(?<!\w)so(?:[ \t]+với)?(?:[ \t]+(?:mức|số liệu|trung bình(?:[ \t]+cộng)?|bình quân"
    r"|cùng[ \t]+k[ỳì]|của|các|những|\d{1,2}[ \t]+năm|giai[ \t]+đoạn|thời[ \t]+kỳ|năm))*"
    r"[ \t]*\(?[ \t]*$"
)


def is_base(text: str, mark: YearMark) -> bool:
    """Whether *mark* is the year or period a figure is compared with, named after "so
    với" and a base's words ("so với trung bình 5 năm (2019 - 2023)"): never the year a
    target is due.

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import year_marks
    >>> text = "giảm 10% số ca so với trung bình 5 năm (2019 - 2023) vào năm 2025"
    >>> [is_base(text, m) for m in year_marks(text)]
    [True, False]
    >>> text = "so với năm 2020 giảm 10% vào năm 2025"
    >>> [is_base(text, m) for m in year_marks(text)]
    [True, False]
    """
    start = mark.span[0]
    digits = re.search(r"\d{4}", text[start : mark.span[1]])
    at = start + (digits.start() if digits else 0)
    return _BASE_WORDS.search(text, max(0, at - _BACK_CHARS), at) is not None
