"""Figures of another place set beside the plan's own: status figures, not its targets.

A plan or a report sets its figure beside the nation's, the world's or a region's: "tỷ lệ
bao phủ đạt 95% (cả nước đạt 93%)", "dưới 20%, trong khi bình quân toàn quốc là 19%", "cao
hơn mức trung bình của vùng Tây Nguyên là 9 bác sĩ/vạn dân", "xuống 10‰ (toàn quốc 12‰)",
"…; trên thế giới mỗi năm có hơn 200 triệu ca mắc". The second figure is another place's:
docs/labelling.rst labels it a status figure (an observation), never a target of the plan.
:mod:`.elsewhere` already keeps the plan's indicator off it; :func:`beside_figures` turns
it from a target into a status figure when

* another figure of its sentence stands before it (the plan's own, which it is set beside);
* the words of another place (:func:`~vnhealthplan.io.extract.elsewhere.elsewhere`) stand
  between that figure and it, opening its clause: in a bracket opened after the plan's
  figure, right after a comma or a semicolon, or after a word of comparison ("so với",
  "cao hơn", "thấp hơn", "trong khi", "gấp", "bằng");
* no word of an aim stands in that clause before the figure ("phấn đấu", "mục tiêu", "chỉ
  tiêu", "đến năm" …): "…; cả nước phấn đấu đạt 95%" restates a national goal (a target).

A national plan that names the country with its indicator ("tỷ lệ bao phủ bảo hiểm y tế
toàn quốc đạt 95%") opens no clause with the place and keeps its target; so does a rank
("vào tốp 10 tỉnh dẫn đầu cả nước"), whose place follows its figure.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> text = "Đến năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 95% (cả nước đạt 93%)."
>>> [(c.role, c.value.magnitude) for c in find_figures(text)]
[('target', 95), ('observation', 93)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.elsewhere import elsewhere
from vnhealthplan.io.extract.reasons import reason

__all__ = ["beside_figures"]

#: How far before a figure the words of another place may open its clause.
_BACK_CHARS = 90
#: What may open the clause of another place's figure (folded): a bracket, a comma or a
#: semicolon, a word of comparison; then at most a few words before the place.
_OPENER: Final = re.compile(
    r"(?:\(|[,;]|\b(?:so voi|cao hon|thap hon|trong khi|gap|bang|con)\b)"
    r"[ \t]*(?:[^\W\d]+[ \t]+){0,3}$"
)
#: Words of an aim between the place and its figure (folded): a goal of that place.
_AIM: Final = re.compile(
    r"\b(?:phan dau|muc tieu|chi tieu|ke hoach|huong toi|dat ra|den nam|vao nam|nham|dinh huong"
    r"|se)\b"
)
#: Where a sentence ends, before the plan's own figure.
_SENTENCE_END: Final = re.compile(r"[.!?\n](?:[ \t]|$)|\n")


def _sentence_start(text: str, at: int) -> int:
    back = max(0, at - 400)
    ends = list(_SENTENCE_END.finditer(text, back, at))
    return ends[-1].end() if ends else back


def _place_words(text: str, c: Candidate, previous: int) -> str:
    """The words of another place opening *c*'s clause after *previous*, or ''."""
    start = max(previous, c.span[0] - _BACK_CHARS)
    raw = text[start : c.span[0]]
    lead = _plain(raw)
    place = elsewhere(lead)
    at = lead.rfind(place) if place else -1
    if at < 0 or re.search(r"\d", lead[at + len(place) :]):
        return ""
    opener = _OPENER.search(lead[:at])
    if opener is None or _AIM.search(lead[opener.start() :]):  # "(mục tiêu toàn quốc là 30)"
        return ""
    return raw[at : at + len(place)]


def _plain(words: str) -> str:
    """*words* lower-cased without their marks, one character for one (unlike ``fold``)."""
    return "".join(_one(ch) for ch in words.lower())


def _one(ch: str) -> str:
    plain = fold(ch) if ch.isalpha() else ch
    return plain if len(plain) == 1 else ch


def beside_figures(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """*found* with the targets that are another place's figure, set beside one of the
    plan's own in their sentence, turned into status figures (see the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = ("Năm 2025 phấn đấu tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới "
    ...         "20%, trong khi bình quân toàn quốc là 19%.")
    >>> [(c.role, c.value.magnitude) for c in beside_figures(text, find_figures(text))]
    [('target', 20), ('observation', 19)]
    >>> print(find_figures(text)[1].reasons[-1])
    'bình quân toàn quốc' beside the plan's figure: another place's status figure
    """
    kept: list[Candidate] = []
    for i, c in enumerate(found):
        before = found[i - 1] if i else None
        if c.role != "target" or before is None or "\t" in text[slice(*c.span)]:
            kept.append(c)
            continue
        if before.span[1] <= _sentence_start(text, c.span[0]):
            kept.append(c)
            continue
        place = _place_words(text, c, before.span[1])
        if place:
            why = reason(
                "'{words}' beside the plan's figure: another place's status figure",
                words=place,
            )
            c = attrs.evolve(c, role="observation", reasons=(*c.reasons, why))
        kept.append(c)
    return kept
