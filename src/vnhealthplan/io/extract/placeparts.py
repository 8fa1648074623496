"""A part of the places written over their whole: "154/164 xã, phường đạt tiêu chí".

Reports count the communes, villages or areas that have reached something as a part over
all there are: "toàn tỉnh đã có 154/164 xã, phường, thị trấn đạt tiêu chí quốc gia về y
tế", "Có 129/130 phường, xã có người nhiễm HIV", "ghi nhận ca bệnh tại 17/18 khu vực". The
figure such a sentence gives is the **part** (154 communes), read like any count: a status
figure in words that report, a count aimed at in words that set one. The whole (164) is
only the number of such places there are. (A part of *facilities*, "xây dựng mới 05/27
Trung tâm y tế huyện", is read the other way: its whole is the count of the catalogue's
facilities; see :mod:`.values`.)

Examples
--------
>>> from vnhealthplan.io.extract.values import find_values
>>> (value,) = find_values("đã có 154/164 xã, phường, thị trấn đạt tiêu chí")
>>> value.text, str(value.unit), value.fraction, is_part(value)
('154', 'commune', '154/164 xã', True)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final, TypeVar

from vnhealthplan.core.units import registry
from vnhealthplan.text import parse_target_phrase

V = TypeVar("V")

__all__ = ["is_part", "place_part"]

#: The places a part is counted of, right after its whole (as written) → their unit.
_PLACES: Final = re.compile(
    r"[ \t]*(?:(?P<commune>xã|phường|thị trấn)|(?P<village>thôn|bản|tổ dân phố|khu phố)"
    r"|(?P<zone>khu vực))(?!\w)",
    re.IGNORECASE,
)


def place_part(text: str, start: int, end: int, whole_end: int, make: Callable[..., V]) -> V | None:
    """The part at *start*–*end* of the places counted after its whole (ending at
    *whole_end*), or None when no place noun follows.

    Parameters
    ----------
    text : str
    start, end : int
        The part's number ("154").
    whole_end : int
        Where the whole ("/164") ends.
    make : callable
        :class:`~vnhealthplan.io.extract.values.Value`, the kind of value made (passed in,
        as :mod:`.values` reads parts with this function).

    Returns
    -------
    Value or None
        The part, counted in the places' unit, its span from the part to the noun, and the
        fraction as written.

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import Value
    >>> text = "tại 17/18 khu vực"
    >>> value = place_part(text, 4, 6, 9, Value)
    >>> value.text, str(value.unit), value.span
    ('17', 'zone', (4, 17))
    >>> place_part("đạt 3/5 tiêu chí", 4, 5, 7, Value) is None
    True
    """
    noun = _PLACES.match(text, whole_end)
    if noun is None:
        return None
    unit = registry().Unit(str(noun.lastgroup))
    part = text[start:end]
    span = (start, noun.end())
    fraction = text[start : noun.end()]
    return make(span, (start, end), parse_target_phrase(part), part, unit, True, fraction=fraction)


def is_part(value: Any) -> bool:
    """Whether *value* is the part of a fraction of places (:func:`place_part`), not the
    whole of one of facilities.

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import find_values
    >>> [is_part(v) for v in find_values("xây dựng mới 05/27 Trung tâm y tế huyện")]
    [False]
    """
    return bool(value.fraction) and value.number_span[0] == value.span[0]
