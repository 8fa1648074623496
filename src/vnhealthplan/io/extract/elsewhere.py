"""Figures of another place: the country, a region, the world, set beside the document's own.

A provincial report sets its results beside the nation's: "Số giường bệnh trên vạn dân đạt
42 (cả nước đạt 30)", "tỷ lệ sinh con thứ 3 trở lên 9% (bình quân chung cả nước 7%)",
"cao hơn mức trung bình của khu vực Tây Nguyên (25%)". A figure whose own words name such a
place and not its indicator (the indicator comes from the sentence before it) is that
place's figure, not the document's: it is not the catalogue's indicator of the plan's
province and is given a draft indicator of its own (docs/labelling.rst: an indicator "only
where it clearly fits"). A national plan names the country with its indicator ("tỷ lệ bao
phủ bảo hiểm y tế toàn quốc đạt 95%"): the indicator's words are then its own and the
figure keeps its indicator.

:func:`elsewhere` finds such a place in a figure's own words (folded or not).

Examples
--------
>>> elsewhere("(chỉ tiêu giao 40, cả nước đạt ")
'ca nuoc'
>>> elsewhere("cao hơn mức bình quân chung của khu vực Tây Nguyên (")
'binh quan chung'
>>> elsewhere("toàn tỉnh đạt ")
''
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.fold import fold

__all__ = ["elsewhere"]

#: The country, the world, a region of the country or of the world, their averages (folded
#: words). The province itself ("toàn tỉnh") and its parts (urban, rural, mountain areas:
#: :mod:`.qualifiers`) are not elsewhere.
_ELSEWHERE: Final = re.compile(
    r"\b(?:toan quoc|ca nuoc|(?:binh quan|trung binh) chung|the gioi|quoc te"
    r"|(?:muc |so )?(?:binh quan|trung binh) (?:cua )?(?:toan quoc|ca nuoc|cac tinh|khu vuc|vung)"
    r"|(?:khu vuc|vung) (?:tay nguyen|dong bang song (?:hong|cuu long)|dbs(?:h|cl)"
    r"|trung du(?: va)? mien nui phia bac|mien nui phia bac|bac trung bo|nam trung bo"
    r"|duyen hai mien trung|dong nam bo|tay bac|dong bac|dong nam a|asean|chau a)"
    r"|cac (?:nuoc|quoc gia)(?: trong khu vuc)?|tinh ban"
    r"|cac tinh(?: trong| cung)? (?:khu vuc|vung))\b"
)


def elsewhere(words: str) -> str:
    """The words of another place than the document's in *words* (folded), or ``""``.

    Examples
    --------
    >>> elsewhere("toàn quốc 11,2‰; ")
    'toan quoc'
    >>> elsewhere("thấp hơn trung bình của các tỉnh trong khu vực (")
    'trung binh cua cac tinh'
    >>> elsewhere("khu vực thành thị "), elsewhere("vùng miền núi ")
    ('', '')
    """
    found = _ELSEWHERE.search(fold(words))
    return found.group() if found else ""
