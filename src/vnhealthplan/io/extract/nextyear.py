"""A year written after a figure, past its clause's end, that leads the next figure.

A sentence often gives two figures of one indicator, the second with its own year: "Tỷ lệ
bao phủ đạt trên 95%, trong đó năm 2025 đạt 93%", "mỗi năm giảm 1%; đến năm 2025 còn dưới
15%", "đạt 80%, năm 2024 tăng lên 85%". The year after the clause break is the next
figure's: it opens that figure's clause ("năm 2025 đạt 93%"). The first figure takes its
year from elsewhere (its list heading "Đến năm 2030:", its section, its title).
:func:`leads_next` tells such a year from one that closes the figure's own clause ("đạt
95%, vào năm 2025.") or a kept level's ("…, đến năm 2030 duy trì 100%" is read the same: its
year is the later figure's). Each look is bounded: constant time per figure.

Examples
--------
>>> from vnhealthplan.io.extract.segment import year_marks
>>> text = "Tỷ lệ bao phủ đạt trên 95%, trong đó năm 2025 đạt 93%."
>>> leads_next(text, text.index("%") + 1, year_marks(text)[0])
True
>>> text = "Tỷ lệ bao phủ đạt 95%, vào năm 2025."
>>> leads_next(text, text.index("%") + 1, year_marks(text)[0])
False
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.segment import YearMark

__all__ = ["leads_next"]

#: A clause break between the figure and the year.
_BREAK: Final = re.compile(r"[,;]")
#: After the year: up to five words ("có ít nhất từ 4 bác sĩ"; not "và"/"hoặc", which join
#: the figure's own clause), then the next figure, with no clause break.
_NEXT_FIGURE: Final = re.compile(
    r"[ \t]*:?[ \t]*(?:(?!(?:và|hoặc)(?!\w))[^\W\d]+[ \t]+){0,5}?[<>≤≥]?[ \t]*\d"
)
#: Between the last clause break and the year: a few words at most ("trong đó", "riêng").
_OPENS: Final = re.compile(r"[ \t]*(?:[^\W\d]+[ \t]+){0,3}")
#: How far past the figure the year may stand: a long clause ("100% trạm y tế được đầu tư cơ
#: sở vật chất, thiết bị y tế, nhân lực theo chức năng, nhiệm vụ; đến năm 2027 có …").
_REACH: Final = 160


def leads_next(text: str, end: int, mark: YearMark) -> bool:
    """Whether *mark*, a year after a figure ending at *end*, leads the next figure (see
    the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import year_marks
    >>> text = "Mỗi năm giảm 1%; đến năm 2025 còn dưới 15%."
    >>> leads_next(text, text.index("%") + 1, year_marks(text)[0])
    True
    >>> text = "Đạt 90%, đến năm 2025 và duy trì 100% đến năm 2030."
    >>> leads_next(text, text.index("%") + 1, year_marks(text)[0])
    False
    >>> text = "Nâng cấp 04 bệnh viện: Mắt, Nội tiết để đến năm 2025 toàn tỉnh có 09 bệnh viện."
    >>> leads_next(text, text.index("04") + 2, year_marks(text)[0])
    False
    >>> text = "Đạt 90% năm 2025 đạt 95% năm 2030."
    >>> leads_next(text, text.index("%") + 1, year_marks(text)[0])
    False
    """
    start = mark.span[0]
    if start < end or start - end > _REACH:
        return False
    breaks = [m.end() for m in _BREAK.finditer(text, end, start)]
    if not breaks or not _OPENS.fullmatch(text, breaks[-1], start):
        return False  # "… Nội tiết đạt tiêu chí để đến năm 2025 toàn tỉnh có 09": not opening
    return _NEXT_FIGURE.match(text, mark.span[1], mark.span[1] + 40) is not None
