"""The year a news report gives the plan it reports, when it has no title or header.

A portal or news report often starts inside its article, with no title and no number, and
names the plan's year once, in running text: "Chương trình phòng, chống HIV/AIDS của tỉnh
trong năm 2017 sẽ chú trọng …", "Kế hoạch phòng, chống dịch bệnh năm 2024 của tỉnh đặt
mục tiêu …", "Kế hoạch hoạt động năm 2019 của Dự án …"; or the campaign it reports: "Tháng
hành động quốc gia phòng, chống HIV/AIDS năm 2022", "Chiến dịch tiêm vắc xin sởi năm 2024".
That year stands for the title's:
a figure with no year of its own is due by it
(:func:`~vnhealthplan.io.extract.candidate.value_year`). A year of a document the plan
carries out ("thực hiện Chiến lược … đến năm 2020": :mod:`.cited`), one compared with,
and a span of years are not read here.

Examples
--------
>>> programme_year("Trong đó, Kế hoạch phòng, chống sốt rét của tỉnh năm 2024 sẽ …").period.code
'2024'
>>> programme_year("góp phần thực hiện Chương trình quốc gia năm 2024") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.cited import CARRY_OUT, cited
from vnhealthplan.io.extract.segment import YearMark, year_marks

__all__ = ["programme_year"]

#: A plan's kind (or a campaign's), capitalised, or a plan's number ("Công văn số
#: 332/KH-SYT về việc triển khai công tác … năm 2016": "KH" is a kế hoạch's), then words
#: naming it (commas allowed: "phòng, chống"; a line broken by the page's layout too),
#: then "(trong) năm YYYY".
_PROGRAMME: Final = re.compile(
    r"\b(?:Kế hoạch|Chương trình|Tháng [Hh]ành động|Chiến dịch"
    r"|(?:(?:[Cc]ông văn|[Vv]ăn bản)[ \t]+)?(?:số[ \t]+)?\d+/KH-\w+)\b[^.;:!?]{0,120}?"
    r"[ \t\n]"
    r"(?:trong[ \t]+)?năm[ \t]+"
    r"(?:19|20)\d\d\b(?![ \t]*[-–—][ \t]*(?:19|20)\d\d)"
)
#: A verb of carrying out (or "của") right before the kind: another document ("thực hiện
#: Chương trình …", "… của Chương trình …").
_CARRIED_OUT: Final = re.compile(rf"\b(?:{CARRY_OUT}|của)[ \t]+$")
#: How far into the text the plan's year is looked for (a report's lead).
_LEAD_CHARS: Final = 2000


def programme_year(text: str) -> YearMark | None:
    """The one year a report gives the plan it reports (see the module notes), or None.

    Examples
    --------
    >>> programme_year("Kế hoạch giai đoạn 2021 - 2025 của tỉnh") is None
    True
    """
    for found in _PROGRAMME.finditer(text, 0, min(len(text), _LEAD_CHARS)):
        if _CARRIED_OUT.search(text, max(0, found.start() - 30), found.start()):
            continue
        marks = year_marks(text, max(found.start(), found.end() - 40), found.end())
        marks = [m for m in marks if m.period.first_year == m.period.last_year]
        if marks and not marks[-1].reference and not cited(text, marks[-1]):
            return marks[-1]
    return None
