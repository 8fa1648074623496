"""The base of a mortality rate written in words, never a figure of its own.

Plans name a rate with its base: "tỷ suất tử vong trẻ em dưới 5 tuổi trên 1.000 trẻ đẻ
sống giảm còn 18", "tỷ số tử vong mẹ trên 100.000 trẻ sinh sống". The "1.000" there is the
denominator's scale, not a count of 1,000 live births "above" (trên) anything: after a word
of the name (not a verb or comparator such as "có", "đạt"), "trên" or "mỗi" and a scale of
1.000 or 100.000 before live births is the rate's base. :func:`is_rate_base` says so; the
figure itself is read as the named rate's (:mod:`.named`). A count stated with a verb
("có trên 1.000 trẻ đẻ sống") stays a count.

A figure written over the base alone ("14/1.000 trẻ sinh sống", "45/100.000 trẻ đẻ sống")
names no numerator; of a mortality measure (the last measure named before it, "tỷ suất
tử vong trẻ em …", says "tử vong") it counts deaths, as "14‰" does: :func:`deaths_per_births`.

Examples
--------
>>> text = "Tỷ suất tử vong trẻ em trên 1.000 trẻ đẻ sống giảm còn 18"
>>> at = text.index("1.000")
>>> is_rate_base(text, at, at + 5)
True
>>> text = "Năm 2023 toàn tỉnh có trên 1.000 trẻ đẻ sống"
>>> at = text.index("1.000")
>>> is_rate_base(text, at, at + 5)
False
"""

from __future__ import annotations

import re
from typing import Any, Final

from vnhealthplan.core.units import registry
from vnhealthplan.io.extract.valuewords import HEAD_WORDS

__all__ = ["deaths_per_births", "is_rate_base"]

#: "trên", "mỗi" or "trên mỗi" right before the scale, and the word (or bracket) before them.
_BEFORE: Final = re.compile(
    r"(?:([^\W\d_]+)[ \t]+|\([ \t]*)(?:trên[ \t]+mỗi|trên|mỗi)[ \t]+$", re.IGNORECASE
)
_SCALE: Final = re.compile(r"1[.,]?000|100[.,]?000")
#: Live births after the scale: "trẻ đẻ sống", "trẻ sinh sống", "trẻ (em) sinh ra sống".
_BIRTHS: Final = re.compile(
    r"[ \t]+trẻ(?:[ \t]+em)?[ \t]+(?:đẻ|sinh)(?:[ \t]+ra)?[ \t]+sống(?![^\W\d_])", re.IGNORECASE
)


def is_rate_base(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is a rate's base of live births.

    Examples
    --------
    >>> text = "Tỷ số tử vong mẹ trên 100.000 trẻ sinh sống dưới 45"
    >>> at = text.index("100.000")
    >>> is_rate_base(text, at, at + 7)
    True
    """
    if not _SCALE.fullmatch(text, start, end) or not _BIRTHS.match(text, end):
        return False
    before = _BEFORE.search(text, max(0, start - 40), start)
    # "(trên 1.000 trẻ đẻ sống)": a bracket opens the base, as a word of the name does
    return before is not None and (before.group(1) or "").casefold() not in HEAD_WORDS


#: How far back the measure's name is looked for, and where a sentence or line stops it.
_REACH: Final = 160
_STOP: Final = re.compile(r"\n|\.[ \t]+(?=[^\W\d_])")
#: A measure's name ("tỷ lệ", "tỉ suất", "tỷ số", "số"): the last one before a figure is its.
_MEASURE: Final = re.compile(r"(?<![^\W\d_])(?:t[ỷỉ][ \t]+(?:lệ|suất|số)|số)(?![^\W\d_])", re.I)
_DEATHS: Final = re.compile(r"(?<![^\W\d_])tử[ \t]+vong(?![^\W\d_])", re.IGNORECASE)
_BASES: Final = {
    "1 / thousand_live_births": "death / thousand_live_births",
    "1 / hundred_thousand_live_births": "death / hundred_thousand_live_births",
}


def deaths_per_births(text: str, start: int, unit: Any) -> Any:
    """*unit*, or deaths over it for a figure over live births alone ("14/1.000 trẻ sinh
    sống") at *start* whose measure is a mortality one.

    Examples
    --------
    >>> from vnhealthplan.text import parse_unit
    >>> text = "Giảm tỷ suất tử vong trẻ em dưới 1 tuổi còn 14/1.000 trẻ sinh sống"
    >>> deaths_per_births(text, text.index("14"), parse_unit("/1.000 trẻ sinh sống"))
    <Unit('death / thousand_live_births')>
    >>> text = "Tỷ lệ trẻ được sàng lọc sơ sinh đạt 50/1.000 trẻ sinh sống"
    >>> deaths_per_births(text, text.index("50"), parse_unit("/1.000 trẻ sinh sống"))
    <Unit('1 / thousand_live_births')>
    """
    wanted = _BASES.get(str(unit)) if unit is not None else None
    if wanted is None:
        return unit
    low = max(0, start - _REACH)
    stops = list(_STOP.finditer(text, low, start))
    low = stops[-1].end() if stops else low
    names = list(_MEASURE.finditer(text, low, start))
    low = names[-1].start() if names else low
    return registry().Unit(wanted) if _DEATHS.search(text, low, start) else unit
