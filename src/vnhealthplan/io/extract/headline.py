"""A headline's target, stated again in the body of a news report: one target.

A news report puts the plan's key target in its headline and states it again in its body,
in other words and often more fully: "88% người cao tuổi ở Hà Nội sẽ được khám sức khỏe định
kỳ năm 2024" over "tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt 88%"; "Yên Bái đặt
mục tiêu 98,5% trẻ dưới 1 tuổi được tiêm chủng đầy đủ" over "tiêm chủng đầy đủ cho ít nhất
98,5% trẻ dưới 1 tuổi". The two read apart (a draft indicator each, a comparator the
headline leaves out, a year the headline takes from elsewhere), so :mod:`.restated` does
not pair them. A body target restates a headline's when

* the headline is the text's opening: its first lines, each short, up to the first blank
  line (a site's name may stand above the headline), else its first line;
* the two have the same value (in one unit), kind and last year, and a comparator alike,
  or none in the headline ("98,5%" shortens "ít nhất 98,5%");
* their words share at least four syllables that name something (not verbs, comparators,
  years: "người cao tuổi … khám sức khỏe định kỳ"), or three when the body states that
  value only once ("trẻ … thấp còi").

One is kept: the headline's (the first statement, docs/labelling.rst; every restatement in
the body is dropped, but those :mod:`.restated` pairs, which it notes as repeats), unless
the body says the comparator the headline left out; then the body's (and :mod:`.restated`
weighs its own repeats).

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> text = ("Tỉnh đặt mục tiêu 98,5% trẻ dưới 1 tuổi được tiêm chủng đầy đủ\\n"
...         "Năm 2025, tỉnh đặt mục tiêu tiêm chủng đầy đủ cho ít nhất 98,5% trẻ dưới 1 tuổi.")
>>> [c.phrase.comparator.symbol for c in once(text, find_figures(text, doc_year=2025))]
['≥']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.core.vocab import Comparator
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.restated import NAMELESS, Restatements, value_key
from vnhealthplan.io.extract.stops import last_match, stop_marks

__all__ = ["once"]

#: The longest line read as a headline's, and how far its opening lines may reach.
_HEADLINE_CHARS: Final = 200
_OPENING_CHARS: Final = 400
#: How many syllables that name something two statements must share.
_SHARED: Final = 4
#: ... when the body states the headline's value (unit, kind, year, comparator) only once:
#: "Giảm tỷ lệ trẻ thấp còi còn 18% …" over "… suy dinh dưỡng thể thấp còi … xuống còn 18%".
_SHARED_ALONE: Final = 3
#: Syllables that name nothing: those of :data:`.restated.NAMELESS` (verbs, comparators,
#: years, "tỷ lệ") and a headline's (folded).
_NAMELESS: Final = NAMELESS | frozenset(
    ("se", "cho", "tu", "tro", "nhung", "cac", "mot", "nay", "theo", "do", "ke", "hoach", "tinh")
)
#: How far around a body value its words are read.
_BEFORE_CHARS: Final = 150
_AFTER_CHARS: Final = 80


def _names(words: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", fold(words)) if w not in _NAMELESS}


def _same(one: Candidate, other: Candidate) -> bool:
    return (
        value_key(one) == value_key(other)
        and one.phrase.kind is other.phrase.kind
        and one.period.last_year == other.period.last_year
        and one.phrase.comparator in (other.phrase.comparator, Comparator.EQ)
    )


def once(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """*found* with each headline target stated again in the body kept once (see the
    module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = ("88% người cao tuổi được khám sức khỏe định kỳ năm 2024\\n"
    ...         "Năm 2024, tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt 88%.")
    >>> [c.span for c in once(text, find_figures(text, doc_year=2024))]
    [(0, 3)]
    """
    end = _headline_end(text)
    if end < 0:
        return list(found)
    heads = [c for c in found if c.role == "target" and c.span[1] <= end]
    if not heads:
        return list(found)
    headline = _names(text[:end])
    seen = Restatements(text, found)  # the repeats it pairs are noted there, not dropped here
    pairs = {id(c): said[0] for c in found if (said := seen.first(c)) is not None}
    noted = set(pairs)
    dropped: set[int] = set()
    for h in heads:
        same = [
            b
            for b in found
            if b.role == "target" and b.span[0] > end and id(b) not in noted and _same(h, b)
        ]
        least = _SHARED if len(same) > 1 else _SHARED_ALONE
        again = [b for b in same if len(headline & _names(_around(text, b, end))) >= least]
        alike = [b for b in again if b.phrase.comparator is h.phrase.comparator]
        if alike or not again:
            dropped.update(id(b) for b in alike)
        else:
            dropped.add(id(h))  # the body says more: its statement is kept
    gone = {c.span for c in found if id(c) in dropped}
    for c in found:  # a repeat of a dropped statement goes with it
        if pairs.get(id(c)) in gone:
            dropped.add(id(c))
            gone.add(c.span)
    return [c for c in found if id(c) not in dropped]


def _headline_end(text: str) -> int:
    """Where a news report's headline ends: its opening lines, each short, up to the first
    blank line (a site's name may come first), else its first line; -1 if none."""
    blank = text.find("\n\n", 0, _OPENING_CHARS)
    lines = text[:blank].split("\n") if blank > 0 else []
    if lines and all(len(line) <= _HEADLINE_CHARS for line in lines):
        return blank
    end = text.find("\n")
    if end < 0 or end > _HEADLINE_CHARS or not text[end:].strip():
        return -1
    return end


def _around(text: str, c: Candidate, end: int) -> str:
    """The words of a body value *c*'s own clause: back to the clause's start (not into the
    headline, which ends at *end*), on to the next item (",", ";" or the sentence's end)."""
    before = text[max(end, c.span[0] - _BEFORE_CHARS) : c.span[0]]
    cut = last_match(_CLAUSE_START, before)
    after = text[c.span[1] : c.span[1] + _AFTER_CHARS]
    stop = _ITEM_END.search(after)
    return before[cut.end() if cut else 0 :] + after[: stop.start() if stop else None]


#: Where a clause starts and an item ends ("." not between digits).
_CLAUSE_START: Final = stop_marks(";")
_ITEM_END: Final = stop_marks(";,")
