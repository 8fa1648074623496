"""Figures that define a group in brackets, after a target set for that group.

A plan sets a target for a group of places or people and defines the group in brackets,
with a threshold: "tăng 10% tổng tỷ suất sinh ở các tỉnh có mức sinh thấp (bình quân mỗi
phụ nữ trong độ tuổi sinh đẻ có dưới 2 con)", "giảm 20% số ca mắc ở các xã trọng điểm (tức
là các xã có tỷ lệ mắc trên 100/100.000 dân)". The bracket's figure says who the group is,
not where it should go: it is neither a target nor a status figure. A bracketed figure is
such a definition when

* its bracket opens right after a word (the group's noun, not a figure: "95% (năm 2025)"
  and "90% (trong đó …)" are not definitions) with a word that defines ("bình quân",
  "trung bình", "tức", "tức là", "nghĩa là", "là những", "là các", "gồm những");
* a target of its own clause stands before the bracket, outside any bracket: the clause
  has its figure already. A bracket that holds the clause's only figure ("duy trì kết quả ở
  những tỉnh đã đạt mức sinh thay thế (bình quân … từ 2 - 2,2 con)") keeps it.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> text = ("Đến năm 2030, tăng 10% tổng tỷ suất sinh ở các tỉnh có mức sinh thấp (bình quân "
...         "mỗi phụ nữ có dưới 2 con).")
>>> [str(c.value) for c in find_figures(text)]
['10 percent', '2 live_birth / woman']
>>> [str(c.value) for c in without_definitions(text, find_figures(text))]
['10 percent']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.stops import last_match, stop_marks

__all__ = ["without_definitions"]

#: An open bracket right after a word, then a word that defines the group before it.
_DEFINES: Final = re.compile(
    r"(?<=[^\W\d])[ \t]*\([ \t]*(?:bình quân|trung bình|tức là|tức|nghĩa là|có nghĩa là"
    r"|là những|là các|gồm những|gồm các)(?!\w)",
    re.IGNORECASE,
)
#: What ends a clause before a figure: another clause's figures are not its own.
_CLAUSE_END: Final = stop_marks(";:!?")
#: How far back the bracket and the clause's target are looked for.
_BACK_CHARS: Final = 300


def _bracket(text: str, at: int) -> int:
    """Where the bracket left open before *at* opens (-1 if none), within the window."""
    depth = 0
    for i in range(at - 1, max(-1, at - _BACK_CHARS - 1), -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if not depth:
                return i
            depth -= 1
        elif text[i] in ";\n":
            return -1
    return -1


def without_definitions(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """*found* without the figures that define a group in brackets (see the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = ("Đến năm 2030, giảm 20% số ca mắc ở các xã trọng điểm (tức là các xã có tỷ lệ "
    ...         "mắc trên 100/100.000 dân).")
    >>> [str(c.value) for c in without_definitions(text, find_figures(text))]
    ['-20 percent']

    A bracket that does not define ("trong đó") keeps its figure:

    >>> text = "Đến năm 2025, 95% trẻ em (trong đó 90% trẻ dưới 1 tuổi) được tiêm đủ."
    >>> [str(c.value) for c in without_definitions(text, find_figures(text))]
    ['95 percent', '90 percent']
    """
    kept: list[Candidate] = []
    for c in found:
        opened = _bracket(text, c.span[0])
        if opened >= 0 and _DEFINES.match(text, _word_end(text, opened), opened + 40):
            end = last_match(_CLAUSE_END, text, max(0, opened - _BACK_CHARS), opened)
            start = end.end() if end else max(0, opened - _BACK_CHARS)
            own = _clause_figures(kept, start, opened)
            if (
                any(k.role == "target" and _bracket(text, k.span[0]) < start for k in own)
                and not any(not text[k.span[1] : opened].strip() for k in own)  # "2,1 con ("
            ):
                continue
        kept.append(c)
    return kept


def _clause_figures(kept: list[Candidate], start: int, opened: int) -> list[Candidate]:
    """The figures kept between *start* and the bracket at *opened*, read back from the last
    kept (in text order): only the clause's, not the whole text's."""
    own = []
    for k in reversed(kept):
        if k.span[0] < start:
            break
        if k.span[1] <= opened:
            own.append(k)
    return own


def _word_end(text: str, opened: int) -> int:
    """Where the word before the bracket at *opened* ends (the bracket itself if none)."""
    at = opened
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at
