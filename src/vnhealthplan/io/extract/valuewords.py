"""The words that values are read with: units' first words, counted nouns, head words.

:func:`~vnhealthplan.io.extract.values.find_values` tests a number's next word against
:data:`UNIT_FIRST` before asking the text layer for a unit, reads a noun of
:data:`COUNTED_NOUNS` after a number as a count of facilities or stations, and reads the
words of :data:`HEAD_WORDS` before a number as part of its phrase (:data:`LEADS` are the
lead words among them: "có", "phấn đấu", "đảm bảo"). :func:`aim_verb` finds a verb with
"được" before a count ("xây dựng được 08 vùng").

Examples
--------
>>> "vung" in UNIT_FIRST, "đạt" in HEAD_WORDS, "có" in LEADS
(True, True, True)
>>> dict(COUNTED_NOUNS)["benh vien"]
'facility'
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["COUNTED_NOUNS", "HEAD_WORDS", "LEADS", "UNIT_FIRST", "aim_verb"]

#: Folded first words of the units the text layer reads (a cheap test before parsing).
UNIT_FIRST: Final = frozenset(
    {
        "nguoi",
        "tre",
        "ca",
        "giuong",
        "bac",
        "duoc",
        "dieu",
        "nhan",
        "co",
        "xa",
        "tram",
        "vac",
        "dong",
        "nghin",
        "ngan",
        "trieu",
        "ty",
        "ti",
        "giay",
        "phut",
        "gio",
        "ngay",
        "nam",
        "m",
        "cm",
        "gb",
        "gam",
        "ml",
        "lit",
        "benh",
        "can",
        "truong",
        "tuoi",
        "phan",
        "vnd",
        "diem",
        "diem%",  # "0,3 điểm%": percentage points, the sign glued to the word
        "doi",
        "vien",
        # the count nouns of core/units.txt: patients, visits, households, villages, …
        "luot",
        "ho",
        "phuong",
        "thi",
        "thon",
        "ban",
        "to",
        "thuoc",
        "biet",
        "sinh",
        "vung",
        "loai",
        "mo",
        "de",
        "lop",
        "buoi",
        "mau",
        "phu",
    }
) | {"con", "be", "so"}  # "2,1 con/phụ nữ", "113 bé trai/100 bé gái", "111,4 số bé trai/…"
#: Counted nouns that are not units of the text layer: (folded start, unit).
COUNTED_NOUNS: Final = (
    ("trung tam", "facility"),
    ("chi cuc", "facility"),
    ("phong kham", "facility"),
    ("co so", "facility"),
    ("don vi", "facility"),
    ("du an", "facility"),
    ("khoa", "facility"),
    ("phong chuc nang", "facility"),  # a facility's departments: see records._DEPARTMENT
    ("benh vien", "facility"),
    ("tram", "station"),
)
#: Words that may stand before a number as part of its phrase (lower case).
HEAD_WORDS: Final = frozenset(
    {
        "đạt",
        "còn",
        "giảm",
        "xuống",
        "tăng",
        "lên",
        "duy",
        "trì",
        "mức",
        "thêm",
        "thay",
        "đổi",
        "dưới",
        "trên",
        "không",
        "quá",
        "tối",
        "thiểu",
        "đa",
        "ít",
        "nhất",
        "hơn",
        "khoảng",
        "xấp",
        "xỉ",
        "từ",
        "phấn",
        "đấu",
        "có",
        "đảm",
        "bảo",
        "cao",
        "thấp",
        "nhiều",
        "vượt",
        "<",
        ">",
        "≤",
        "≥",
        "=",
        "~",
        "<=",
        ">=",
    }
)
#: The words of :data:`HEAD_WORDS` that lead a phrase ("có", "phấn đấu", "đảm bảo").
LEADS: Final = frozenset({"có", "phấn", "đấu", "đảm", "bảo"})
#: One or two words, then "được", just before a count ("xây dựng được ").
_AIM: Final = re.compile(r"(?:[^\W\d_]+[ \t]+){1,2}được[ \t]*$", re.IGNORECASE)
#: Just before the verb: a count already achieved ("đã xây dựng được").
_DONE: Final = re.compile(r"(?<![^\W\d_])(?:đã|vừa|đang)[ \t]*$", re.IGNORECASE)


def aim_verb(lead: str) -> str:
    """A verb with "được" just before a count ("xây dựng được 08 vùng"), as written, or "".

    "Được" after a verb says the count is what the work achieves: a count the plan aims at.
    After "đã" (or "vừa", "đã và đang") it is one achieved, a status figure: no aim.

    Examples
    --------
    >>> aim_verb("Phát triển được "), aim_verb("trong đó có ")
    ('Phát triển được', '')
    >>> aim_verb("năm 2023 đã xây dựng được ")
    ''
    """
    tail = lead[-48:]
    found = _AIM.search(tail)
    if found is None or _DONE.search(tail, 0, found.start()):
        return ""
    return " ".join(found.group().split())
