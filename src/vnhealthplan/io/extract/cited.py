"""Years that name another document's period, not the year a plan's figure is due.

A plan says which national strategy or programme it carries out: "góp phần thực hiện thành
công Chiến lược Quốc gia phòng, chống HIV/AIDS đến năm 2020 và tầm nhìn 2030", "triển khai
Chương trình … giai đoạn 2021-2025", "theo Đề án … đến năm 2030". The years there are that
document's horizon: a figure of a later sentence with no year of its own is not due by
them (:func:`~vnhealthplan.io.extract.candidate.value_year` passes them over when it takes
an earlier sentence's year).

Examples
--------
>>> text = "góp phần thực hiện Chiến lược Quốc gia đến năm 2020, tầm nhìn năm 2030."
>>> from vnhealthplan.io.extract.segment import year_marks
>>> [(m.period.code, cited(text, m)) for m in year_marks(text)]
[('2020', True), ('2030', True)]
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.segment import YearMark

__all__ = ["CARRY_OUT", "cited"]

#: The verbs a text carries out another document with ("thực hiện thành công Chiến lược …").
CARRY_OUT: Final = r"(?:thực hiện|triển khai|góp phần|theo|hưởng ứng)(?:[ \t]+thành công)?"
#: A verb of carrying out, then a capitalised kind of document, then its name (commas
#: allowed: "phòng, chống"), then its period's words; read back from the year.
_CARRIED_OUT: Final = re.compile(
    rf"\b{CARRY_OUT}[ \t]+"
    r"(?:các[ \t]+|mục tiêu[ \t]+(?:của[ \t]+)?)?"
    r"(?:Chiến lược|Chương trình|Đề án|Quy hoạch|Nghị quyết)\b[^.;:!?\n]{0,160}?"
    r"(?:(?:đến|tới)[ \t]+(?:hết[ \t]+)?(?:năm[ \t]+)?|giai đoạn[ \t]+|tầm nhìn[ \t]+"
    r"(?:(?:đến|tới)[ \t]+)?(?:năm[ \t]+)?)$"
)
#: "… đến năm 2020 và tầm nhìn 2030" after a cited period: the same document's vision.
_VISION_AFTER: Final = re.compile(
    r"[ \t,]*(?:và[ \t]+)?(?:định hướng|tầm nhìn)[ \t]+(?:(?:đến|tới)[ \t]+)?(?:năm[ \t]+)?$"
)
_BACK_CHARS: Final = 220


def cited(text: str, mark: YearMark) -> bool:
    """Whether *mark* is the period of a document the text carries out (see the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import year_marks
    >>> text = "Kế hoạch của tỉnh trong năm 2017; khống chế tỷ lệ nhiễm HIV dưới 0,3%."
    >>> [cited(text, m) for m in year_marks(text)]
    [False]
    """
    start = mark.span[0]
    digits = re.search(r"\d{4}", text[start : mark.span[1]])
    at = start + (digits.start() if digits else 0)
    low = max(0, at - _BACK_CHARS)
    if _CARRIED_OUT.search(text, low, at):
        return True
    vision = _VISION_AFTER.search(text, max(low, at - 40), at)
    if vision is None:
        return False
    before = text.rfind("\n", low, vision.start()) + 1
    years = list(re.finditer(r"\b(?:19|20)\d\d\b", text[max(low, before) : vision.start()]))
    if not years:
        return False
    year_at = max(low, before) + years[-1].start()
    return bool(_CARRIED_OUT.search(text, max(0, year_at - _BACK_CHARS), year_at))
