"""The base of a ratio written out in words: "cứ 100 bé gái … có 112 bé trai".

A plan may write a ratio as a sentence instead of a unit: "cứ 100 bé gái sinh ra thì có
112 bé trai", "cứ 1.000 dân có 1,5 bác sĩ". The number after "cứ" ("for every") is the
ratio's base, the same in every plan, not a figure of the province: it is not drafted (the
figure is the number after it). "căn cứ" (on the basis of) is another word.

When the base counts people ("cứ 1.000 dân có 1,5 bác sĩ"), it is the ratio's
denominator: :func:`per_people` makes the figure's unit a ratio, 1,5 doctors per 1,000
people (15 per 10,000), where a plain reading took 1,5 per 10,000, or a count of 35 beds
for "cứ 10.000 dân có 35 giường bệnh".

Examples
--------
>>> is_ratio_base("tỷ số giới tính khi sinh là cứ "), is_ratio_base("căn cứ ")
(True, False)
>>> people_base("Phấn đấu đến năm 2025, cứ 1.000 dân có ")
(1000, 'cứ 1.000 dân')
"""

from __future__ import annotations

import re
from typing import Any, Final

from vnhealthplan.core.units import registry

__all__ = ["is_ratio_base", "people_base", "per_people"]

#: "cứ" or "cứ mỗi" right before the number, not "căn cứ".
_FOR_EVERY: Final = re.compile(r"(?<![^\W\d_])(?<!căn )(?<!căn\t)cứ(?:\s+mỗi)?\s*$", re.IGNORECASE)
#: "cứ 1.000 dân có", "cứ mỗi 10.000 người dân thì có": a base of people, then the figure.
_PER_PEOPLE: Final = re.compile(
    r"(?<![^\W\d_])(?<!căn )(cứ(?:\s+mỗi)?\s+(\d{1,3}(?:\.\d{3})+|\d+)\s+(?:người\s+)?dân)\b"
    r"[^\d;.\n]{0,30}$",
    re.IGNORECASE,
)


def is_ratio_base(lead: str) -> bool:
    """Whether the words *lead* before a number make it the base of a ratio ("cứ 100 …").

    Examples
    --------
    >>> is_ratio_base("đạt mức cứ mỗi "), is_ratio_base("Căn cứ "), is_ratio_base("có ")
    (True, False, False)
    """
    return bool(_FOR_EVERY.search(lead))


def people_base(words: str) -> tuple[int, str] | None:
    """The number of people a ratio written in words counts per, and those words, if
    *words* (those just before a figure) end by giving one: "cứ 1.000 dân có " → 1000.

    Examples
    --------
    >>> people_base("cứ mỗi 10.000 người dân thì có "), people_base("có 1.000 dân và ")
    ((10000, 'cứ mỗi 10.000 người dân'), None)
    """
    found = _PER_PEOPLE.search(words)
    return (int(found.group(2).replace(".", "")), found.group(1)) if found else None


#: The units of the people a ratio counts per, by their number.
_PEOPLE_UNITS: Final = {
    100: "hundred_people",
    1000: "thousand_people",
    10000: "ten_thousand_people",
    100000: "hundred_thousand_people",
}


def per_people(unit: Any, base: int) -> Any:
    """*unit* (what a figure counts: doctors, beds) per *base* people, or None when *unit*
    already counts per people or *base* is not one of 100, 1,000, 10,000 or 100,000.

    Examples
    --------
    >>> per_people(registry().Unit("doctor"), 1000)
    <Unit('doctor / thousand_people')>
    >>> per_people(registry().Unit("doctor / ten_thousand_people"), 1000) is None
    True
    """
    if base not in _PEOPLE_UNITS or unit.dimensionality.get("[population]", 0) < 0:
        return None
    return unit / registry().Unit(_PEOPLE_UNITS[base])
