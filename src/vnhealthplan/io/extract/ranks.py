"""Ranks a plan aims at: "vào tốp 10 tỉnh dẫn đầu", "top 5", "trong nhóm 10 tỉnh dẫn đầu".

A rank is written with its number after its noun ("tốp 10", "nhóm 10 tỉnh dẫn đầu"), where
:func:`~.values.find_values` looks for a unit after a number. :func:`rank_values` reads it
for :func:`~.values.find_values` as a value in ranks (core/units.txt) at most the number: to
be among the first ten is a rank of 10 or better (docs/labelling.rst: ``value = 10``,
comparator ``"<="``, unit "tốp").
A "nhóm" (group) is a rank only with the words of a league table after it ("dẫn đầu", "đứng
đầu", "cao nhất"): "nhóm 5 tuổi" is an age group. A rank the subject is to leave or stay
out of ("ra khỏi top 10", "không lọt vào tốp 5") is no rank of N or better: it is left unread.
A rank is aimed at when a verb sets it ("vào", "nằm trong", "thuộc" …) or an aim word of its
clause governs it ("phấn đấu", "mục tiêu": :func:`~.valuewords.aim_word`, as for counts);
an unaimed rank ("nhóm 3 đơn vị dẫn đầu được khen thưởng": who is rewarded) is no target.

Examples
--------
>>> from vnhealthplan.io.extract.values import find_values
>>> [(v.text, v.phrase.comparator.value, v.phrase.value, v.unit) for v in find_values(
...     "Phấn đấu đến năm 2030 vào tốp 10 tỉnh dẫn đầu cả nước về y tế")]
[('tốp 10', '<=', 10, <Unit('rank')>)]
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from vnhealthplan.io.extract.valuewords import aim_word
from vnhealthplan.text import ParseError, TargetPhrase, parse_target_phrase

__all__ = ["Rank", "rank_values"]

Span = tuple[int, int]
#: A rank found: its span, its number's span, its phrase, its words, whether it is aimed.
Rank = tuple[Span, Span, TargetPhrase, str, bool]

#: "tốp 10", "top 5", "TOP 20"; or "nhóm 10 tỉnh dẫn đầu", "nhóm 15 địa phương cao nhất".
_RANK: Final = re.compile(
    r"(?<![^\W\d_])(?:(?:tốp|top)[ \t]+(\d{1,3})(?![\d.,/%‰])"
    r"|nhóm[ \t]+(\d{1,3})[ \t]+(?:tỉnh|thành phố|địa phương|đơn vị)"
    r"(?:[ \t,]+(?:thành phố|tỉnh|cả nước|trong cả nước|toàn quốc))*"
    r"[ \t]+(?:dẫn đầu|đứng đầu|cao nhất|tốt nhất|xuất sắc nhất))",
    re.IGNORECASE,
)
#: The verbs that set a rank as an aim, right before it: "vào", "lọt vào", "nằm trong".
_AIMED: Final = re.compile(
    r"(?:vào|trong|thuộc|đạt|giữ vững|duy trì|đứng)[ \t]+(?:nhóm[ \t]+)?$", re.IGNORECASE
)
#: Words that put the subject outside the rank, right before it: "ra khỏi top 10", "nằm
#: ngoài tốp 10", "không lọt vào top 5": no rank of N or better (left unread).
_OUTSIDE: Final = re.compile(
    r"(?<![^\W\d_])(?:khỏi|ngoài|không(?:[ \t]+(?:nằm|lọt|vào|thuộc|trong|ở|đứng))*)"
    r"[ \t]+(?:nhóm[ \t]+)?$",
    re.IGNORECASE,
)


def rank_values(text: str, low: int, high: int) -> list[Rank]:
    """The ranks in ``text[low:high]`` (see the module notes): for each its span (from the
    noun to the number, or to the league words), its number's span, its phrase (comparator
    "<="), its words and whether it is aimed at: a verb sets it ("vào", "nằm trong",
    "thuộc" …) or an aim word of its clause governs it ("phấn đấu xếp top 5").

    Examples
    --------
    >>> [r[3] for r in rank_values("nằm trong nhóm 10 tỉnh dẫn đầu; nhóm 5 tuổi", 0, 44)]
    ['tốp 10']
    >>> rank_values("Đội tuyển đứng top 3 giải bóng đá", 0, 33)[0][4]
    True
    >>> [r[4] for r in rank_values("nhóm 3 đơn vị dẫn đầu được khen thưởng", 0, 38)]
    [False]
    >>> rank_values("giảm ung thư ra khỏi top 10 nguyên nhân tử vong", 0, 47)
    []
    """
    found = []
    for m in _RANK.finditer(text, low, high):
        group = 1 if m.group(1) else 2
        try:
            phrase = parse_target_phrase(f"không quá {m.group(group)}")
        except ParseError:
            continue
        phrase = attrs.evolve(phrase, span=(0, m.end() - m.start()))
        if _OUTSIDE.search(text, max(low, m.start() - 24), m.start()):
            continue
        verb = bool(_AIMED.search(text, max(low, m.start() - 24), m.start()))
        verb = verb or bool(aim_word(text[low : m.start()])[0])
        found.append((m.span(), m.span(group), phrase, f"tốp {m.group(group)}", verb))
    return found
