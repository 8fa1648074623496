"""The unit written after a number in running text: "%", "giường bệnh/vạn dân", "bệnh viện".

:func:`unit_after` reads the words after a number (to a clause break, a bracket or a line
that does not go on: :data:`~.brokenlines.UNIT_WINDOW_STOP`) as a unit the text layer reads
(:func:`~vnhealthplan.text.parse_unit`), the longest that parses, or as a counted noun
(:data:`~.valuewords.COUNTED_NOUNS`). A multiplier word is read into the number ("180
nghìn người": people), and a ratio whose numerator has words of its own ("người làm dược
lâm sàng/100 giường bệnh") is read without them. Cached on the window's words: a text is
read in linear time.

Examples
--------
>>> text = "có 180 nghìn người được khám"
>>> unit_after(text, 6, len(text))[0]
<Unit('person')>
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

from vnhealthplan.core.fold import fold
from vnhealthplan.core.unitnames import NOT_A_UNIT_BEFORE
from vnhealthplan.core.units import registry
from vnhealthplan.io.extract.brokenlines import UNIT_WINDOW_STOP as _WINDOW_STOP
from vnhealthplan.io.extract.valuewords import COUNTED_NOUNS, UNIT_FIRST
from vnhealthplan.text import ParseError
from vnhealthplan.text import parse_unit as _parse_unit

__all__ = ["counts_one_thing", "unit_after"]

_MAX_UNIT_WORDS = 7
#: After "%" or "‰": "/năm", a share that changes each year ("tăng 10%/năm"); not "/năm"
#: before its year ("đạt 95%/năm 2023": 95 % in 2023).
_PER_YEAR: Final = re.compile(r"[ \t]*/[ \t]*năm(?![^\W\d_])(?![ \t]*\d)", re.IGNORECASE)
#: A multiplier word before a unit ("180 nghìn người", "1,2 triệu lượt"), and the number
#: after it ("1 triệu 7.139 người"): money's units ("triệu đồng") read whole first.
_MULTIPLIER_WORD: Final = re.compile(
    r"(?:nghìn|ngàn|triệu|tỷ|tỉ)(?:[ \t]+\d{1,3}(?:\.\d{3})*)?(?=[ \t])", re.IGNORECASE
)


def counts_one_thing(unit: Any) -> bool:
    """Whether *unit* has one dimension, to the power one: a count of one kind of thing
    (people, cases, provinces …), not a rate, a share or a count over a base.

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> [counts_one_thing(registry().Unit(u)) for u in ("person", "bed / ten_thousand_people")]
    [True, False]
    >>> counts_one_thing(None)
    False
    """
    dims = unit.dimensionality if unit is not None else {}
    return len(dims) == 1 and next(iter(dims.values())) == 1


def _window(text: str, pos: int, limit: int) -> str:
    part = text[pos : min(limit, pos + 80)]
    stop = _WINDOW_STOP.search(part)
    return part[: stop.start()] if stop else part


def unit_after(text: str, pos: int, limit: int) -> tuple[Any, int, bool]:
    """The unit written from *pos* (read no further than *limit*), where it ends, and
    whether it is a counted noun (a noun the drafter counts: "bệnh viện", "trạm").

    Examples
    --------
    >>> text = "đạt 13,5 giường bệnh/vạn dân; 04 bệnh viện"
    >>> unit_after(text, 8, len(text))
    (<Unit('bed / ten_thousand_people')>, 28, False)
    >>> unit_after(text, 32, len(text))
    (<Unit('facility')>, 42, False)
    """
    unit, length, counted = _unit_of(_window(text, pos, limit))
    return unit, pos + length, counted


#: Years of age: "tuổi" is never the numerator of a ratio ("trẻ em dưới 5 tuổi trên 1.000 trẻ
#: đẻ sống" names an age group, then the rate's denominator).
_AGE: Final = re.compile(r"tuổi(?![^\W\d_])", re.IGNORECASE)

#: Unit words that are no unit before the next word: "cụ thể" (concrete) is no "cụ" (elders).
_NO_UNIT: Final = re.compile(
    "|".join(re.escape(word) + after for word, after in NOT_A_UNIT_BEFORE.items()), re.IGNORECASE
)


@lru_cache(maxsize=8192)
def _unit_of(window: str) -> tuple[Any, int, bool]:
    """:func:`unit_after` of a window (a pure function of its words, so cached): the
    unit, its length from the window's start, and whether it is a counted noun."""
    body = window.lstrip(" \t")
    lead = len(window) - len(body)
    if not body:
        return None, 0, False
    if re.match(r"%0(?![.,]?\d)", body):  # "%0": "‰" as typed, a typo
        return _parse_unit("%0"), lead + 2, False
    if re.match(r"%o(?![^\W\d_])", body):  # "0,1%o": "‰" typed with a letter o
        yearly = _PER_YEAR.match(body, 2)  # "Giảm sinh: 0,2%o/năm"
        end = yearly.end() if yearly else 2
        return _parse_unit(body[:end]), lead + end, False
    if body[0] in "%‰":
        yearly = _PER_YEAR.match(body, 1)  # a yearly change: "10%/năm"
        return (
            _parse_unit(body[: yearly.end()] if yearly else body[0]),
            lead + (yearly.end() if yearly else 1),
            False,
        )
    words = list(re.finditer(r"\S+", body))
    if not words:  # only white space other than blanks and tabs, e.g. a no-break space
        return None, 0, False
    if _NO_UNIT.match(body):  # "5 cụ thể hóa": "cụ" (the elderly) is "cụ thể" (concrete)
        return None, 0, False
    if body[0] == "/" or fold(words[0].group()).split("/")[0] in UNIT_FIRST:
        for n in range(min(len(words), _MAX_UNIT_WORDS), 0, -1):
            candidate = body[: words[n - 1].end()]
            try:
                unit = _parse_unit(candidate)
            except ParseError:
                continue
            if n > 1 and _AGE.match(body) and unit != _parse_unit("tuổi"):
                continue  # "dưới 5 tuổi trên 1.000 trẻ đẻ sống": an age group, no ratio
            qualified = None if "/" in candidate else _qualified_ratio(body)
            if qualified is not None:  # "người làm DLS/100 giường": the ratio, not "người";
                return qualified[0], 0, True  # its words are no phrase: read like a noun
            return unit, lead + len(candidate), False
    scaled = _MULTIPLIER_WORD.match(body)
    if scaled:  # "180 nghìn người": the unit after the multiplier (read into the number)
        unit, length, counted = _unit_of(body[scaled.end() :])
        if unit is not None and not counted and str(unit) not in ("percent", "per_mille"):
            return unit, lead + scaled.end() + length, False
    key = fold(body)
    for noun, unit in COUNTED_NOUNS:
        if key.startswith(noun + " ") or key == noun:
            return registry().Unit(unit), 0, True
    return None, 0, False


#: A ratio whose numerator has words of its own before the "/": "người làm DLS/100 giường".
#: Those words hold no number: in "dưới 1 tuổi xuống còn 14/1.000 trẻ sinh sống" the "14" is
#: a figure of its own, so "tuổi" (an age group) is no numerator of the later ratio.
_QUALIFIED: Final = re.compile(
    r"([^\s/\d]+(?:[ \t]+[^\s/\d]+)?)[ \t]+((?:[^\s/\d]+[ \t]+){0,4}[^\s/\d]+)[ \t]*(/[ \t]*\d)"
)


@lru_cache(maxsize=2048)
def _qualified_ratio(body: str) -> tuple[Any, int] | None:
    """A count per N of another ("01 người làm dược lâm sàng/100 giường bệnh"): the unit
    read without the words that qualify its numerator, and its length in *body*; or None.
    """
    match = _QUALIFIED.match(body)
    if match is None:
        return None
    rest = list(re.finditer(r"\S+", body[match.start(3) :]))[:_MAX_UNIT_WORDS]
    for noun in (match.group(1).rstrip(), " ".join(match.group(1).split()[:1])):
        for n in range(len(rest), 0, -1):
            stop = match.start(3) + rest[n - 1].end()
            try:
                return _parse_unit(noun + body[match.start(3) : stop]), stop
            except ParseError:
                continue
    return None
