"""Status figures of a passage a page prints twice, drafted once.

News pages often print their lead twice: as the site's summary, then as the body's first
paragraph ("(ĐN) - Trong năm 2018, … tổng số trẻ sinh ra … trên 37 ngàn trẻ …" on two
lines). A status figure whose words around it are, character for character, those of an
earlier one is the same figure reprinted: it is drafted once, at its first printing (targets
are told apart by :mod:`.restated`). Figures of a table row are records of their own and
are kept. One pass over the figures, each looked up by its words: linear.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> lead = "Năm 2018, toàn tỉnh Đồng Nai đã ghi nhận 1.250 ca mắc sốt xuất huyết."
>>> text = lead + "\\n" + lead + " Trong đó có 2 ca tử vong."
>>> found = find_figures(text)
>>> [c.span for c in found], [c.span for c in printed_once(text, found)]
([(41, 53), (111, 123), (152, 164)], [(41, 53), (152, 164)])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vnhealthplan.io.extract.candidate import Candidate

__all__ = ["printed_once"]

#: How many characters before and after a figure (within its line and sentence) must be the
#: same for a reprint.
_BEFORE: Final = 80
_AFTER: Final = 30
#: Fewer characters than this say too little ("nam là 1,20%; nữ là 1,20%" in two years).
_ENOUGH: Final = 60


def printed_once(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """*found* without the status figures that reprint an earlier one (see the notes).

    Examples
    --------
    >>> printed_once("", [])
    []
    """
    seen: dict[tuple[str, str, str], tuple[int, int]] = {}
    kept = []
    for c in found:
        if c.role == "observation":
            words = _words(text, c.span)
            if len("".join(words)) < _ENOUGH or "\t" in "".join(words):
                kept.append(c)  # too few words to know it again ("nữ là 0,89%"), or a table's
                continue
            if seen.setdefault(words, c.span) != c.span:  # not another reading of one figure
                continue
        kept.append(c)
    return kept


def _words(text: str, span: tuple[int, int]) -> tuple[str, str, str]:
    """The words before a figure, its own and those after it, within its line, up to its
    sentence's end."""
    before = text[max(0, span[0] - _BEFORE) : span[0]]
    after = text[span[1] : span[1] + _AFTER].split("\n", 1)[0].split(". ", 1)[0].rstrip(".")
    return before[before.rfind("\n") + 1 :], text[span[0] : span[1]], after
