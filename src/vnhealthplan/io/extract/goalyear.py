"""Years of a goal the plan serves, not the year its own figure is due.

A plan dates the larger goal it serves in the very sentence that gives its own figure:
"Hướng tới mục tiêu của Chiến lược quốc gia đến năm 2030, tỉnh phấn đấu 60% …", "Thực
hiện Nghị quyết … đến năm 2030, tỉnh đặt chỉ tiêu 35 giường bệnh/vạn dân", "… giảm còn
36%, góp phần đạt mục tiêu quốc gia vào năm 2030". That year is the strategy's, the
resolution's or the nation's horizon: the figure's own comes from its plan (its section,
title or period), as a careful reader dates it. :func:`served_goal` tells such a year from
the figure's: before the value, a document the text carries out (:mod:`.cited`) or an
aim "hướng tới"/"tiến tới"/"góp phần" leads to a strategy, a programme, a resolution or a
national goal, then the year, with no full stop between; after the value, the year ends
another goal's clause (:func:`~vnhealthplan.io.extract.horizon.another_goals`). Each mark
is read in a bounded window: constant time.

Examples
--------
>>> from vnhealthplan.io.extract.segment import year_marks
>>> text = "Hướng tới mục tiêu của Chiến lược quốc gia đến năm 2030, tỉnh phấn đấu 60% …"
>>> [served_goal(text, m) for m in year_marks(text)]
[True]
>>> text = "Đến năm 2025, tỉnh phấn đấu 60% người mắc đái tháo đường được phát hiện."
>>> [served_goal(text, m) for m in year_marks(text)]
[False]
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.cited import cited
from vnhealthplan.io.extract.segment import YearMark

__all__ = ["served_goal"]

#: An aim towards another's goal or a verb carrying it out (not "theo": "Theo đề án, …" is
#: the plan itself), then a capitalised strategy, a programme, a resolution or a national
#: goal, then its year's words, with no sentence break and no aim of the plan's own ("…,
#: tỉnh phấn đấu đến năm 2025 …"): read back from the year.
_TOWARDS: Final = re.compile(
    r"(?<!\w)(?:hướng tới|hướng đến|tiến tới|góp phần(?:[ \t]+(?:đạt|hoàn thành))?"
    r"|thực hiện|triển khai|hưởng ứng)(?:[ \t]+thành công)?"
    r"(?:[ \t]+(?:các|những))?[ \t]+(?:mục tiêu[ \t]+(?:chung[ \t]+)?(?:của[ \t]+)?)?"
    r"(?:(?-i:Chiến lược|Chương trình|Đề án|Nghị quyết|Kế hoạch hành động)|quốc gia|"
    r"toàn quốc|cả nước)(?!\w)(?:(?!phấn đấu|chỉ tiêu|đặt mục tiêu)[^.;!?\n]){0,140}?"
    r"(?:(?:đến|tới|vào)[ \t]+(?:hết[ \t]+)?(?:năm[ \t]+)?|giai đoạn[ \t]+|tầm nhìn[ \t]+"
    r"(?:(?:đến|tới)[ \t]+)?(?:năm[ \t]+)?)$",
    re.IGNORECASE,
)
_BACK_CHARS: Final = 220


def served_goal(text: str, mark: YearMark) -> bool:
    """Whether *mark* dates a goal the plan serves, written before a figure of its own (see
    the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import year_marks
    >>> text = "Thực hiện Nghị quyết số 20-NQ/TW đến năm 2030, tỉnh đặt chỉ tiêu 35 giường."
    >>> [served_goal(text, m) for m in year_marks(text)]
    [True]
    >>> text = "Tiến tới năm 2030, tỉnh phấn đấu đạt 35 giường bệnh/vạn dân."
    >>> [served_goal(text, m) for m in year_marks(text)]
    [False]
    """
    if cited(text, mark):
        return True
    start = mark.span[0]
    digits = re.search(r"\d{4}", text[start : mark.span[1]])
    at = start + (digits.start() if digits else 0)
    return _TOWARDS.search(text, max(0, at - _BACK_CHARS), at) is not None
