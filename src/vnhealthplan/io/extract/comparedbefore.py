"""A comparison that closes the figure before: "giảm 10% ca mắc … so với giai đoạn 2016-2020,
tỷ lệ tử vong/mắc dưới 0,09%".

"so với" before a value reports it as compared with a baseline, so the drafter reads it as
a status figure's cue (:mod:`.status`). But a list of targets often compares one figure
with its baseline and goes on, after a comma, to the next figure: there "so với …" is the
first figure's words, closed by the comma, and says nothing of the next one's. A "so
với" is the figure before's when the value's own words start right after that figure (a
number, "%" or "‰" just before them) and a comma (or a full stop: "so với năm 2010.Đồng
thời, …", a sentence run on) closes the comparison before the value.
"So với năm 2020, tỷ lệ … tăng 5%" (no figure before) keeps its cue.

Examples
--------
>>> text = "giảm 10% ca mắc so với giai đoạn 2016-2020, tỷ lệ tử vong dưới 0,09%"
>>> own = text[9 : text.index("dưới")]
>>> compared_before(text, own, (text.index("dưới"), len(text)))
True
>>> text = "So với năm 2020, tỷ lệ tử vong giảm 5%"
>>> compared_before(text, text[: text.index("giảm")], (text.index("giảm"), len(text)))
False
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["compared_before"]

#: "so với …," in a value's own words: a comparison closed by a comma before the value.
_CLOSED: Final = re.compile(
    r"(?<!\w)so[ \t]+với(?!\w)(?:[^,.;:()\n]|(?<=\d)\.(?=\d))*(?:,|\.(?!\d))", re.IGNORECASE
)
#: The end of a figure right before the own words: a digit, "%", "‰".
_FIGURE_END: Final = re.compile(r"[\d%‰][^\d\w]{0,2}$|[\d%‰][ \t]*\w+[ \t]*$")


def compared_before(text: str, own: str, value_span: tuple[int, int]) -> bool:
    """Whether the "so với" of *own* (the value's own words) is the figure before's
    (see the module notes).

    Examples
    --------
    >>> compared_before("đạt 90%", "đạt ", (0, 7))
    False
    """
    if not _CLOSED.search(own):
        return False
    start = text.rfind(own, max(0, value_span[0] - len(own) - 1), value_span[1])
    return start > 0 and bool(_FIGURE_END.search(text, max(0, start - 12), start))
