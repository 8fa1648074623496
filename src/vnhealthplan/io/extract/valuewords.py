"""The words that values are read with: units' first words, counted nouns, head words.

:func:`~vnhealthplan.io.extract.values.find_values` tests a number's next word against
:data:`UNIT_FIRST` before asking the text layer for a unit, reads a noun of
:data:`COUNTED_NOUNS` after a number as a count of facilities or stations, and reads the
words of :data:`HEAD_WORDS` before a number as part of its phrase (:data:`LEADS` are the
lead words among them: "có", "phấn đấu", "đảm bảo"). :func:`aim_verb` finds a verb with
"được" before a count ("xây dựng được 08 vùng"), :func:`aim_word` an aim word that governs
a count of places from further back in its clause ("duy trì tiêu chí y tế tại 154 xã").

Examples
--------
>>> "vung" in UNIT_FIRST, "đạt" in HEAD_WORDS, "có" in LEADS
(True, True, True)
>>> dict(COUNTED_NOUNS)["benh vien"]
'facility'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from vnhealthplan.core.vocab import Comparator, TargetKind
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.stops import CLAUSE_END as _CLAUSE_END
from vnhealthplan.io.extract.stops import last_match

if TYPE_CHECKING:
    from vnhealthplan.io.extract.values import Value

__all__ = [
    "AIM_WORDS",
    "COUNTED_NOUNS",
    "HEAD_WORDS",
    "LEADS",
    "LINKS",
    "READING_WORDS",
    "UNIT_FIRST",
    "aim_verb",
    "aim_word",
    "aimed_count",
]

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
        "gram",
        "g",  # "7 g/người/ngày" (salt); "4G" glued to its number is skipped
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
        "khu",  # "khu phố" (a town's village)
        "ba",  # "bà mẹ" (mothers)
        "trai",  # "dưới 115 trai/100 gái" (the sex ratio at birth, its nouns cut short)
        "cu",  # "cụ" (the elderly)
        "cap",  # "cặp vợ chồng" (couples)
        "the",  # "thẻ" (insurance cards)
        "o",  # "ổ dịch" (outbreaks)
        "cau",  # "câu lạc bộ" (clubs)
        # units a health plan rarely uses: fitness tests (m, kg), farm output (tấn, ha),
        # supply chains, clubs as abbreviated ("CLB"), workers ("lao động")
        "kg",
        "km",
        "met",
        "tan",
        "ha",
        "hecta",
        "hec-ta",
        "chuoi",
        "clb",
        "lao",
        "tinh",  # provinces ("56 tỉnh, thành phố") and districts ("02 huyện")
        "huyen",
        "quan",
        "usd",  # US dollars ("4.700-5.000 USD", "3.318 triệu USD")
        "ngoi",  # "ngôi nhà" (houses; "căn nhà": "can" above)
        "dich",  # "dịch vụ công" (public services online)
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
        "gần",
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
        "nhỏ",  # "nhỏ hơn", "lớn hơn"
        "hoặc",  # "dưới hoặc bằng 6 ca/100.000 dân": at most
        "bằng",
        "lớn",
        "tỷ",  # "dưới tỷ lệ 15/100.000", "dưới ngưỡng 5%"
        "tỉ",
        "lệ",
        "ngưỡng",
        "là",  # "ít nhất là 95%", "tối đa ở mức 12‰": after a comparator
        "ở",
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
#: The words of :data:`HEAD_WORDS` that only link a comparator to its number ("ít nhất là
#: 95%", "tối đa ở mức 12‰"): no verb of their own ("đã giải ngân là 30 tỷ đồng").
LINKS: Final = frozenset({"là", "ở"})
#: Words between a name and its figure that give the figure a reading of its own (a level
#: it falls or rises to, reaches or is, a change of its own), as a regex alternation:
#: "xuống", "còn", "lên", "đạt", "là", "bằng", "chiếm", "giảm", "tăng".
READING_WORDS: Final = r"xuống|còn|lên|đạt|là|bằng|chiếm|giảm|tăng"
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


#: Words that set a count of places as an aim from anywhere in the count's clause ("tiếp tục
#: duy trì tiêu chí y tế tại 154 xã", "phấn đấu hoàn thành bộ tiêu chí … đối với 10 xã"):
#: as written (lower case) → the kind of target they set.
AIM_WORDS: Final = {
    "duy trì": "maintain",
    "phấn đấu": "level",
    "hoàn thành": "level",
    "mục tiêu": "level",
    "chỉ tiêu": "level",
}
#: A campaign launched in so many places, right before the count: "phát động 30 thôn".
_LAUNCH: Final = re.compile(r"(?<![^\W\d_])phát[ \t]+động[ \t]+$", re.IGNORECASE)
_AIM_WORD: Final = re.compile(
    r"(?<![^\W\d_])(" + "|".join(w.replace(" ", r"[ \t]+") for w in AIM_WORDS) + r")(?![^\W\d_])"
)
#: What closes the clause an aim word governs: a sentence's end, ";", ":", "(" or ", ".
#: Words after the aim word that report, or give the count a verb of its own.
_NOT_AIMED: Final = re.compile(r"(?<![^\W\d_])(?:đã|vừa|đang|có|là|chiếm|gồm|trong đó)(?![^\W\d_])")
_DONE_BEFORE: Final = re.compile(r"(?<![^\W\d_])(?:đã|vừa|được)[ \t]+$")  # "được duy trì": a state
_AIM_WORDS_MAX = 14


def aim_word(lead: str) -> tuple[str, str]:
    """An aim word governing a count from further back in its clause, as written, with the
    kind of target it sets ("maintain" for "duy trì", else "level"); ``("", "")`` if none.

    *lead* are the count's own words, from the figure before it (or its clause's start) to
    its number. The word must stand in the count's clause, at most 14 words before it, with
    no past marker ("đã", "vừa") nor passive "được" before it, and no past marker or verb
    of the count's own ("có", "là", "chiếm", "gồm") after it; "phát động" counts right
    before the number only.

    Examples
    --------
    >>> aim_word("Năm 2026, tỉnh tiếp tục duy trì chuẩn quốc gia về y tế tại ")
    ('duy trì', 'maintain')
    >>> aim_word("đồng thời phấn đấu đưa thêm ")
    ('phấn đấu', 'level')
    >>> aim_word("phấn đấu đến năm 2025, huyện A có "), aim_word("đã hoàn thành tại ")
    (('', ''), ('', ''))
    >>> aim_word("Hệ thống điều trị được duy trì tại ")
    ('', '')
    >>> aim_word("Tổ chức phát động ")
    ('phát động', 'level')
    """
    if _LAUNCH.search(lead):
        return "phát động", "level"
    tail = lead[-160:].lower()
    cut = last_match(_CLAUSE_END, tail)
    tail = tail[cut.end() :] if cut else tail
    found = last_match(_AIM_WORD, tail)  # the last one governs
    if found is None or len(tail[found.end() :].split()) > _AIM_WORDS_MAX:
        return "", ""
    if _NOT_AIMED.search(tail, found.end()) or _DONE_BEFORE.search(tail, 0, found.start()):
        return "", ""
    word = " ".join(found.group(1).split())
    return word, AIM_WORDS[word]


def aimed_count(value: Value, lead: str) -> tuple[Value, tuple[str, ...]]:
    """*value*, a count with no verb of its own, stated by the aim word of its clause (see
    :func:`aim_word`), and why; or *value* unchanged and no reason.

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import find_values
    >>> text = "tiếp tục duy trì chuẩn quốc gia về y tế tại 40 xã"
    >>> count, why = aimed_count(find_values(text)[0], text[:44])
    >>> count.phrase.kind.value, count.verb, why
    ('maintain', True, ("'duy trì' governs the count from its clause: a count aimed at",))
    """
    if str(value.unit) == "grade":  # "duy trì dịch vụ công cấp độ 4": a level of a grading
        return value, ()
    word, kind = aim_word(lead)
    if not word or value.phrase.comparator not in (Comparator.EQ, Comparator.RANGE):
        return value, ()
    phrase = value.phrase
    if kind == "maintain" and phrase.kind is TargetKind.LEVEL:
        phrase = attrs.evolve(phrase, kind=TargetKind.MAINTAIN)
    return attrs.evolve(value, phrase=phrase, verb=True), (
        reason("'{word}' governs the count from its clause: a count aimed at", word=word),
    )
