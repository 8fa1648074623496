"""Zero written in words: "không có người tử vong", "không còn tỉnh nào …".

A plan aims at none of something with no numeral: "phấn đấu không có người tử vong vì bệnh
Dại vào năm 2030", "…; không còn tỉnh nào trong giai đoạn phòng chống bệnh sốt rét tích
cực". docs/labelling.rst (Settled in the tenth set, *Zero in words*) labels these as levels
of 0 in the counted noun; a state that counts nothing ("không còn lây truyền HIV từ mẹ sang
con") is no target. :func:`zero_values` reads "không có" or "không còn" followed by a noun
the text layer counts (people, cases, deaths, provinces, communes …) as a value of 0 when

* it opens its clause or item (after ";", ":", a line's start or a list mark), or follows
  "phấn đấu", "mục tiêu" or the year it is due ("Đến năm 2025,"): "khu phố không có người
  sinh con thứ 3" and "khó khăn, không có người phụng dưỡng" say *which* villages or people,
  not a figure; and
* the noun is followed by "nào" ("không còn tỉnh nào") or by an event it counts: death,
  illness, infection ("người tử vong", "ca mắc", "trường hợp nhiễm mới").

Examples
--------
>>> from vnhealthplan.io.extract.values import find_values
>>> [(v.text, v.phrase.value, str(v.unit)) for v in find_values(
...     "phấn đấu không có người tử vong vì bệnh Dại vào năm 2030")]
[('không có người', 0, 'person')]
>>> [v.text for v in find_values("30 thôn, khu phố không có người sinh con thứ 3 trở lên")]
['30 thôn']
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs

from vnhealthplan.io.extract.valueunits import counts_one_thing, unit_after
from vnhealthplan.text import TargetPhrase, parse_target_phrase

__all__ = ["Zero", "zero_values"]

Span = tuple[int, int]
#: A zero found: its span, the span of its words "không có", its phrase (= 0), its words, unit.
Zero = tuple[Span, Span, TargetPhrase, str, Any]

#: "không có" or "không còn" as a whole word, a word (the counted noun) right after it.
_ZERO: Final = re.compile(r"(?<![^\W\d_])không[ \t]+(?:có|còn)[ \t]+(?=[^\W\d_])", re.IGNORECASE)
#: What may stand before the zero: a clause's or item's start, or an aim word.
_OPENS: Final = re.compile(
    r"(?:^|[;:\n•+*\-–]|(?<![^\W\d_])(?:phấn[ \t]+đấu|mục[ \t]+tiêu(?:[ \t]+là)?"
    r"|(?:đến|vào)[ \t]+năm[ \t]+\d{4}[ \t]*,?))[ \t]*$",
    re.IGNORECASE,
)
#: After the noun: "nào" (none at all), or the event it counts.
_COUNTED_EVENT: Final = re.compile(
    r"[ \t]+(?:nào|tử[ \t]+vong|chết|mắc|nhiễm|bị)(?![^\W\d_])", re.IGNORECASE
)


def zero_values(text: str, low: int, high: int) -> list[Zero]:
    """The zeros written in words in ``text[low:high]`` (see the module notes).

    Examples
    --------
    >>> text = "tỷ lệ chết dưới 0,02/100.000; không còn tỉnh nào trong giai đoạn sốt rét"
    >>> [(z[3], str(z[4])) for z in zero_values(text, 0, len(text))]
    [('không còn tỉnh', 'province')]
    >>> zero_values("hộ khó khăn, không có người phụng dưỡng", 0, 39)
    []
    """
    found: list[Zero] = []
    for m in _ZERO.finditer(text, low, high):
        if not _OPENS.search(text, max(low, m.start() - 24), m.start()):
            continue
        unit, end, _ = unit_after(text, m.end(), high)
        if not counts_one_thing(unit) or end <= m.end():
            continue  # a count of one kind of thing: people, cases, provinces …
        if not (_COUNTED_EVENT.match(text, end, high) or "[deaths]" in unit.dimensionality):
            continue  # "không có ca tử vong": the unit names the event
        phrase = attrs.evolve(parse_target_phrase("0"), span=(0, end - m.start()))
        found.append(((m.start(), end), (m.start(), m.end()), phrase, text[m.start() : end], unit))
    return found
