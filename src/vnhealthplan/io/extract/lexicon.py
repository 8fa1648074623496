"""Which catalogued indicator a target's words name: a table of Vietnamese key words.

Each indicator of the catalogue (``data/indicators.toml``) that plans set targets on has
*required* words, all of which must occur near the value, *optional* words that make it a
better match ("vạn dân" for a ratio, "tổng số" for a count) and *excluded* words that rule
it out ("tư nhân" for all beds). Words are regular expressions over folded text
(:func:`vnhealthplan.names.fold`: no diacritics, lower case, so OCR'd "bao hiểm" and
"tỉ lệ"/"tỷ lệ" match alike). The unit decides the rest: a share in % cannot be beds per
10,000, and the caller drops candidates whose unit does not fit.

Words found in the item's own words (between the previous value and this one) weigh more
than words after the value, and those more than words of the clause's head (a list
"đạt 27 giường bệnh viện, 10 bác sĩ …" shares its head).

Examples
--------
>>> [code for _, code in rank_indicators("tỉ lệ tham gia bảo hiểm y tế đạt", "", "")][:1]
['health_insurance_coverage']
>>> rank_indicators("giảm tỉ suất tử vong trẻ em dưới 01 tuổi còn", "", "")[0][1]
'imr'
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.data import indicators

__all__ = ["LEXICON", "rank_indicators"]

_PER_POP = r"van dan|10 ?000 dan|10 ?000 nguoi|muoi nghin dan"
_UNDER_1 = r"duoi (?:0?1|mot) tuoi"
_UNDER_5 = r"duoi (?:0?5|nam) tuoi"
_DEATH = r"tu vong|chet"

#: code → (required, optional, excluded) patterns over folded text.
LEXICON: Final[dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]] = {
    "beds_per_10k": ((r"giuong",), (_PER_POP,), (r"tu nhan", r"ngoai cong lap")),
    "total_beds": ((r"giuong",), (r"tong so",), (r"tu nhan", _PER_POP)),
    "private_bed_share": ((r"giuong", r"tu nhan|ngoai cong lap"), (r"ty le|ti le",), ()),
    "doctors_per_10k": ((r"bac s[iy]",), (_PER_POP,), (r"tram y te",)),
    "pharmacists_per_10k": ((r"duoc s[iy]",), (_PER_POP, r"dai hoc"), ()),
    "nurses_per_10k": ((r"dieu duong",), (_PER_POP,), ()),
    "imr": ((_DEATH, _UNDER_1), (r"tre em", r"ty suat|ti suat"), (r"\bme\b",)),
    "u5mr": ((_DEATH, _UNDER_5), (r"tre em", r"ty suat|ti suat"), (r"\bme\b",)),
    "mmr": (
        (rf"(?:{_DEATH})(?: cua)? (?:nguoi |ba )?me\b",),
        (r"100 ?000 tre", r"thai san"),
        (),
    ),
    "crude_birth_rate": ((r"(?:ty|ti) suat sinh|muc sinh|ty le sinh|ti le sinh",), (), (_DEATH,)),
    "life_expectancy": ((r"tuoi tho",), (r"trung binh",), ()),
    "healthy_life_years": ((r"song khoe",), (r"so nam",), ()),
    "underweight_u5": ((r"suy dinh duong", r"can nang|nhe can"), (_UNDER_5,), (r"thap coi",)),
    "stunting_u5": ((r"suy dinh duong", r"thap coi"), (_UNDER_5,), (r"gay com",)),
    "adult_obesity": ((r"beo phi",), (r"truong thanh",), (r"tre em", r"hoc sinh")),
    "height_male_18": ((r"chieu cao", r"\bnam\b(?! ?\d)"), (r"18 tuoi", r"thanh nien"), ()),
    "height_female_18": ((r"chieu cao", r"\bnu\b"), (r"18 tuoi", r"thanh nien"), ()),
    "health_insurance_coverage": (
        (r"bao hiem y te|\bbhyt\b",),
        (r"tham gia", r"bao phu"),
        (r"tram y te", r"kham chua benh bao hiem", r"nguoi cao tuoi", r"hoc sinh"),
    ),
    "oop_share": ((r"tien tui|chi tra truc tiep|chi truc tiep",), (r"ho gia dinh",), ()),
    "epi_coverage": ((r"tiem chung mo rong",), (), ()),
    "full_immunisation_u1": (
        (r"tiem (?:chung )?du|tiem chung day du", _UNDER_1),
        (r"vac ?xin|vaccine",),
        (),
    ),
    "population_health_managed": (
        (r"dan so|nguoi dan", r"quan ly(?: \w+){0,3} suc khoe|theo doi suc khoe"),
        (),
        (r"nguoi cao tuoi", r"dien tu"),
    ),
    "satisfaction": ((r"hai long",), (r"nguoi dan|nguoi benh",), ()),
    "communes_with_station": ((r"\bxa\b", r"co tram y te"), (), (r"bac s[iy]", r"tieu chi")),
    "stations_with_doctor": ((r"tram y te", r"bac s[iy]"), (r"\bxa\b",), ()),
    "communes_meeting_criteria": (
        (r"\bxa\b", r"tieu chi quoc gia"),
        (r"y te xa",),
        (r"tram y te",),
    ),
    "stations_ncd_care": ((r"tram y te", r"khong lay nhiem"), (r"dieu tri", r"quan ly"), ()),
    "stations_insurance_ready": (
        (r"tram y te", r"bao hiem y te"),
        (r"du dieu kien",),
        (r"cham soc suc khoe ban dau",),
    ),
    "district_centres_quality": (
        (r"trung tam y te", r"chat luong benh vien"),
        (r"tuyen huyen|cap huyen",),
        (),
    ),
    "hospitals_with_emr": ((r"benh an dien tu",), (r"benh vien",), ()),
    "rank_one_hospitals": ((r"benh vien", r"\bh[ao]ng (?:i|1|mot)\b"), (), (r"tu chu",)),
    "plan_budget": ((r"kinh phi|tong von|nguon von",), (r"ke hoach",), ()),
    "preventive_budget_share": ((r"ngan sach", r"du phong"), (), ()),
}


_Patterns = tuple[re.Pattern[str], ...]
_Compiled = tuple[tuple[str, _Patterns, _Patterns, _Patterns], ...]


@cache
def _compiled() -> _Compiled:
    known = indicators.catalogue()
    table: list[tuple[str, _Patterns, _Patterns, _Patterns]] = []
    for code, (required, optional, excluded) in LEXICON.items():
        if code not in known:  # the catalogue is the authority; a stale entry is skipped
            continue
        table.append(
            (
                code,
                tuple(re.compile(p) for p in required),
                tuple(re.compile(p) for p in optional),
                tuple(re.compile(p) for p in excluded),
            )
        )
    return tuple(table)


def _weight(pattern: re.Pattern[str], own: str, after: str, head: str) -> int:
    for text, weight in ((own, 3), (after, 2), (head, 1)):
        found = pattern.search(text)
        if found:
            return weight * max(len(found.group()), 1)
    return 0


def rank_indicators(own: str, after: str, head: str) -> list[tuple[int, str]]:
    """Catalogue indicators whose required words occur, best first, with their scores.

    Parameters
    ----------
    own : str
        The item's own words: from the previous value (or the clause's start) to the
        value, folded or not.
    after : str
        The words after the value, to the next value or the clause's end ("95% trạm y tế
        xã thực hiện …" names its indicator after the number).
    head : str
        The clause's head, shared by the values of a list.

    Returns
    -------
    list of (int, str)
        ``(score, code)`` pairs, highest score first.

    Examples
    --------
    Đắk Lắk's two bed rows differ by their words:

    >>> rank_indicators("Tổng số giường bệnh (không tính giường bệnh trạm y tế)", "", "")[0]
    (39, 'total_beds')
    >>> rank_indicators("Số giường bệnh/vạn dân", "", "")[0]
    (39, 'beds_per_10k')
    """

    own, after, head = fold(own), fold(after), fold(head)
    ranked = []
    for code, required, optional, excluded in _compiled():
        weights = [_weight(p, own, after, head) for p in required]
        if not all(weights):
            continue
        # words after the value rule an indicator out only when they are what names it
        named_after = not any(p.search(own) for p in required)
        if any(p.search(own) or (named_after and p.search(after)) for p in excluded):
            continue
        score = sum(weights) + sum(_weight(p, own, after, head) for p in optional)
        ranked.append((score, code))
    ranked.sort(key=lambda pair: (-pair[0], pair[1]))
    return ranked
