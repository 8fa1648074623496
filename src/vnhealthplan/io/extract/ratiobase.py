"""The base of a ratio written out in words: "cứ 100 bé gái … có 112 bé trai".

A plan may write a ratio as a sentence instead of a unit: "cứ 100 bé gái sinh ra thì có
112 bé trai", "cứ 1.000 dân có 1,5 bác sĩ". The number after "cứ" ("for every") is the
ratio's base, the same in every plan, not a figure of the province: it is not drafted (the
figure is the number after it). "căn cứ" (on the basis of) is another word.

Examples
--------
>>> is_ratio_base("tỷ số giới tính khi sinh là cứ "), is_ratio_base("căn cứ ")
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["is_ratio_base"]

#: "cứ" or "cứ mỗi" right before the number, not "căn cứ".
_FOR_EVERY: Final = re.compile(r"(?<![^\W\d_])(?<!căn )(?<!căn\t)cứ(?:\s+mỗi)?\s*$", re.IGNORECASE)


def is_ratio_base(lead: str) -> bool:
    """Whether the words *lead* before a number make it the base of a ratio ("cứ 100 …").

    Examples
    --------
    >>> is_ratio_base("đạt mức cứ mỗi "), is_ratio_base("Căn cứ "), is_ratio_base("có ")
    (True, False, False)
    """
    return bool(_FOR_EVERY.search(lead))
