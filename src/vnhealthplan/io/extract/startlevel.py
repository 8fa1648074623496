"""The level a target starts from is not a target: "tăng tỷ lệ bao phủ từ 90% lên 95%".

A plan states where a measure is to go from and to: "nâng tỷ lệ tiêm chủng từ 90% lên 95%",
"giảm tỷ lệ suy dinh dưỡng từ 18% xuống còn 15%". The figure after "lên"/"xuống" is the
target; the one after "từ" is where the measure stands now, a start, not a second target
(with a year of its own, "từ 90% năm 2020 lên …", it is read as a status figure of that
year before: :mod:`.yearpairs`). A start is dropped when

* "từ" stands right before its number and the next figure of its clause follows it with
  only "lên" or "xuống" (and "còn", "đến", "tới", "mức", "đạt") between them;
* both figures are measured alike (the same dimension).

"từ 80% đến 90%" is a range and "từ 95% trở lên" a bound: neither has a start.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> text = "Đến năm 2025, tăng tỷ lệ bao phủ bảo hiểm y tế từ 90% lên 95%."
>>> [str(c.value) for c in without_starts(text, find_figures(text))]
['95 percent']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vnhealthplan.io.extract.candidate import Candidate

__all__ = ["without_starts"]

#: "từ" right before a figure's number.
_FROM: Final = re.compile(r"(?<!\w)từ[ \t]*$", re.IGNORECASE)
#: Between a start and the figure it goes to.
_TO: Final = re.compile(
    r"[ \t]*(?:lên|xuống)(?:[ \t]+(?:còn|đến|tới|mức|đạt|trên|dưới))*[ \t]*", re.IGNORECASE
)
_DIGIT: Final = re.compile(r"\d")
#: How many characters before a figure "từ" is looked for in.
_LEAD = 12


def _number_start(text: str, c: Candidate) -> int:
    found = _DIGIT.search(text, c.span[0], c.span[1])
    return found.start() if found else c.span[0]


def _starts(text: str, c: Candidate, then: Candidate) -> bool:
    """Whether *c* is the level *then*, the next figure, goes from."""
    at = _number_start(text, c)
    if c.role != "target" or not _FROM.search(text[max(0, at - _LEAD) : at]):
        return False
    to = _number_start(text, then)
    if not (c.span[1] <= to and _TO.fullmatch(text, c.span[1], to)):
        return False
    return bool(
        getattr(c.value, "dimensionality", None) == getattr(then.value, "dimensionality", None)
    )


def without_starts(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """*found* without the targets that are only the level the next one starts from.

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = "Năm 2025 giảm tỷ lệ suy dinh dưỡng thấp còi từ 18% xuống còn 15%."
    >>> [str(c.value) for c in without_starts(text, find_figures(text))]
    ['15 percent']
    >>> text = "Năm 2025 tỷ lệ tiêm chủng đạt từ 95% trở lên."
    >>> [str(c.value) for c in without_starts(text, find_figures(text))]
    ['95 percent']
    """
    return [
        c for i, c in enumerate(found) if i + 1 >= len(found) or not _starts(text, c, found[i + 1])
    ]
