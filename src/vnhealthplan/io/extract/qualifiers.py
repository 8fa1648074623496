"""Words that narrow an indicator's noun: ages, specialities, sub-populations, sexes, places.

"Tỷ suất tử vong trẻ sơ sinh" is not the catalogue's infant mortality ("trẻ em dưới 1
tuổi"), "Trạm Y tế có bác sỹ y học cổ truyền" is not "trạm y tế có bác sĩ", and stunting
"trẻ học đường từ 5-16 tuổi" or "trên địa bàn các huyện nghèo" is not the catalogue's
stunting of all children under 5. The drafter reads the qualifiers of each family in the
words that name a figure (:func:`qualifiers`) and in the catalogue's own words for an
indicator (its Vietnamese name, numerator and denominator: :func:`catalogue_qualifiers`);
a family the words qualify, with none of the catalogue's qualifiers of that family among
them, rules the catalogue indicator out (:func:`foreign_qualifiers`) and the figure gets a
draft indicator of the plan's own.

Families (each qualifier is written ``family:value``):

* ``age``: ages and age groups, normalised ("dưới 05 tuổi", "dưới năm tuổi" and "dưới 60
  tháng tuổi" are all ``age:<5``; "từ 5-16 tuổi" is ``age:5-16``; "từ 60 tuổi trở lên"
  and "trên 60 tuổi" are ``age:60+``), newborns, adolescents, youth, adults, the elderly,
  pupils, pre-school children; and the abbreviations reports use for them ("NCT" is
  người cao tuổi, "HS", "HSSV" học sinh, sinh viên);
* ``speciality``: what follows a profession's noun ("bác sĩ y học cổ truyền", "bác sĩ
  chuyên khoa", "dược sĩ trung học");
* ``population``: pregnant women, people with disabilities, ethnic minorities, the poor
  and poor districts, remote, mountain, rural or urban areas, workers, key populations of
  HIV programmes, social-policy groups, and their abbreviations ("PNMT", "PNCT", "NKT",
  "DTTS", "NLĐ", "NCMT", "TCMT", "MDM", "PNBD", "MSM", "ĐTNC");
* ``sex``: women and men, girls and boys;
* ``ownership``: private or public facilities;
* ``facility`` (:func:`facility_kinds`, read only for the catalogue's counts of facilities
  and stations): what kind of place a count counts: health facilities ("cơ sở y tế",
  "cơ sở khám, chữa bệnh", "cơ sở hành nghề"), food businesses ("cơ sở sản xuất, kinh
  doanh thực phẩm"), the sites of HIV and drug programmes ("cơ sở điều trị ARV",
  "Methadone"), schools ("cơ sở giáo dục") and social protection centres;
* ``place`` (:func:`places`, for telling restated figures apart, not for the catalogue):
  the provinces and cities the words name, and "toàn quốc", "toàn tỉnh".

Examples
--------
>>> sorted(qualifiers("giảm tỷ suất tử vong trẻ sơ sinh xuống"))
['age:newborn']
>>> sorted(foreign_qualifiers("giảm tỷ suất tử vong trẻ sơ sinh xuống", "imr"))
['age:newborn']
>>> foreign_qualifiers("giảm tỷ suất tử vong trẻ dưới 01 tuổi xuống", "imr")
frozenset()
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.data import indicators, provinces

__all__ = [
    "catalogue_qualifiers",
    "facility_kinds",
    "foreign_qualifiers",
    "places",
    "qualifiers",
]

_NUMBER_WORDS: Final = {
    "mot": 1, "hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
    "chin": 9, "muoi": 10,
}  # fmt: skip
_NUM = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
#: An age in years or months: "dưới 5 tuổi", "từ trên 5-16 tuổi", "60 tuổi trở lên",
#: "6 - 23 tháng tuổi" (folded words). A range joined by a mere blank is one of digits
#: ("5-16" folds to "5 16"): "nam 18 tuổi" (men of 18, "Việt Nam 18 tuổi") and "sau 18
#: tuổi" (after 18) are not 5-18 and 6-18.
_AGE: Final = re.compile(
    rf"(?:\b(duoi|tren|tu(?: tren)?|den)\s+)?(?<![\d,.])\b{_NUM}\b(?![,.]\d)"
    rf"(?:(?:\s*(?:–|den|toi)\s*|(?<=\d)\s+(?=\d)){_NUM}\b)?\s*(thang\s+)?tuoi\b(?!\s+tho)"
    rf"(\s+tro\s+len)?"
)
#: Qualifiers written as words, by family: (pattern over folded words, value).
_WORDS: Final[tuple[tuple[str, str, str], ...]] = (
    ("age", r"\bso sinh\b", "newborn"),
    ("age", r"\bvi thanh nien\b", "adolescent"),
    ("age", r"(?<!\bvi )\bthanh nien\b", "youth"),
    ("age", r"\bnguoi cao tuoi\b|\bnguoi gia\b|\bnct\b", "elderly"),
    ("age", r"\btrung nien\b", "middle-aged"),
    ("age", r"\bnguoi truong thanh\b|\bnguoi lon\b", "adult"),
    ("age", r"\bhoc sinh\b|\bhoc duong\b|\bsinh vien\b|\bhs(?:sv)?\b", "pupil"),
    ("age", r"\bmam non\b|\bmau giao\b|\bnha tre\b", "pre-school"),
    ("population", r"\b(?:phu nu|ba me|nguoi me)\s+(?:co|mang)\s+thai\b|\bthai phu\b"
     r"|\bpn(?:mt|ct)\b", "pregnant"),
    ("population", r"\bkhuyet tat\b|\bnkt\b", "disabled"),
    ("population", r"\bdan toc thieu so\b|\bdtts\b", "ethnic minority"),
    ("population", r"\b(?:can )?ngheo\b", "poor"),
    ("population", r"\bkho khan\b|\bvung sau\b|\bvung xa\b|\bmien nui\b|\bvung cao\b"
     r"|\bbien gioi\b|\bhai dao\b", "remote"),
    ("population", r"\bnong thon\b", "rural"),
    ("population", r"\bthanh thi\b|\bdo thi\b", "urban"),
    ("population", r"\bnguoi lao dong\b|\blao dong (?:nu|nam)\b|\bcong nhan\b|\bnld\b",
     "workers"),
    ("population", r"\bnhiem hiv\b|\bnghien\b|\bmai dam\b|\btiem chich\b"
     r"|\b(?:ncmt|tcmt|mdm|pnbd|msm|dtnc)\b", "key population"),
    ("population", r"\bnguoi co cong\b|\bdoi tuong chinh sach\b|\bbao tro xa hoi\b",
     "social policy"),
    ("sex", r"\bnu gioi\b|\bphu nu\b|\bbe gai\b|\btre (?:em )?gai\b"
     r"|\b(?:lao dong|nguoi|can bo|vien chuc|hoc sinh|tre em) nu\b"
     r"|\bnu\b(?=\s*(?:thanh nien|\)))", "female"),
    ("sex", r"\bnam gioi\b|\bbe trai\b|\btre (?:em )?trai\b"
     r"|\bnam\b(?=\s*(?:thanh nien|\)))", "male"),
    ("ownership", r"\btu nhan\b|\bngoai cong lap\b", "private"),
    ("ownership", r"(?<!\bngoai )\bcong lap\b", "public"),
)  # fmt: skip
_PROFESSION = r"\b(?:bac s[iy]|duoc s[iy]|dieu duong(?: vien)?|y s[iy]|(?:nu )?ho sinh)"
#: A speciality or training level right after a profession's noun.
_SPECIALITY: Final = re.compile(
    rf"{_PROFESSION}\s+(y hoc co truyen|yhct|y hoc du phong|chuyen khoa|gia dinh|nha khoa"
    r"|rang ham mat|noi tru|san(?: phu)? khoa|san nhi|nhi khoa|tam than|lam sang"
    r"|phuc hoi chuc nang|dai hoc|sau dai hoc|cao dang|trung (?:hoc|cap)|so cap)\b"
)
_COMPILED: Final = tuple((family, re.compile(p), value) for family, p, value in _WORDS)
#: What kind of place a count of facilities counts (folded words; "được" folds like "dược",
#: "thuộc" like "thuốc": those nouns count only in a longer name).
_KINDS: Final = tuple(
    (re.compile(p), value)
    for p, value in (
        (r"\by te\b|\bkham,? (?:va )?chua benh\b|\bkham benh\b|\bchua benh\b"
         r"|\bbenh vien\b|\bphong kham\b|\bhanh nghe\b|\b(?:nha|quay) thuoc\b"
         r"|\b(?:kinh doanh|san xuat|ban le) duoc\b|\bduoc pham\b|\bco truyen\b", "health"),
        (r"\bthuc pham\b|\ban uong\b|\battp\b|\bvstp\b|\bbep an\b|\bgiet mo\b"
         r"|\bnong san\b|\bthuy san\b", "food"),
        (r"\barv\b|\bmethadone?\b|\bdieu tri thay the\b|\bcai nghien\b|\bprep\b",
         "HIV or drug programme"),
        (r"\bgiao duc\b|\btruong hoc\b|\bdao tao\b", "school"),
        (r"\bbao tro xa hoi\b", "social protection"),
    )
)  # fmt: skip
#: Units of the catalogue's counts of places, whose words the ``facility`` family qualifies.
_PLACE_COUNTS: Final = ("facility", "station")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _ages(words: str) -> set[str]:
    found = set()
    for m in _AGE.finditer(words):
        lead, low, high, months, upward = m.groups()
        a, b = _number(low), _number(high) if high else None
        if months:  # months of age: in years when whole ("60 tháng tuổi" is 5 years)
            if a % 12 or (b is not None and b % 12):
                unit = "m"
            else:
                a, b, unit = a // 12, None if b is None else b // 12, ""
        else:
            unit = ""
        if b is not None:
            found.add(f"age:<{b}{unit}" if a == 0 else f"age:{a}{unit}-{b}{unit}")
        elif lead == "duoi":
            found.add(f"age:<{a}{unit}")
        elif lead in ("tren", "tu tren") or upward or (lead == "tu" and upward):
            found.add(f"age:{a}{unit}+")
        else:
            found.add(f"age:{a}{unit}")
    return found


@lru_cache(maxsize=4096)
def qualifiers(words: str) -> frozenset[str]:
    """The qualifiers of *words* (folded or not), ``family:value`` each.

    Examples
    --------
    >>> sorted(qualifiers("tỷ lệ suy dinh dưỡng trẻ học đường từ trên 5-16 tuổi thể thấp còi"))
    ['age:5-16', 'age:pupil']
    >>> sorted(qualifiers("trẻ em dưới 60 tháng tuổi ở các xã miền núi"))
    ['age:<5', 'population:remote']
    >>> sorted(qualifiers("Trạm Y tế cấp xã có bác sỹ y học cổ truyền"))
    ['speciality:y hoc co truyen']
    >>> sorted(qualifiers("người từ 60 tuổi trở lên; tuổi thọ trung bình"))
    ['age:60+']
    """
    folded = fold(words)
    found = _ages(folded)
    found.update(f"{family}:{value}" for family, p, value in _COMPILED if p.search(folded))
    found.update(f"speciality:{m.group(1)}" for m in _SPECIALITY.finditer(folded))
    return frozenset(found)


@lru_cache(maxsize=4096)
def facility_kinds(words: str) -> frozenset[str]:
    """What kinds of place *words* (folded or not) name, ``facility:<kind>`` each.

    Examples
    --------
    >>> sorted(facility_kinds("cơ sở sản xuất, kinh doanh thực phẩm"))
    ['facility:food']
    >>> sorted(facility_kinds("Toàn tỉnh có 25 cơ sở điều trị ARV"))
    ['facility:HIV or drug programme']
    >>> sorted(facility_kinds("1.345 cơ sở hành nghề dược"))
    ['facility:health']
    >>> facility_kinds("226 cơ sở thuộc diện cấp giấy chứng nhận")
    frozenset()
    """
    folded = fold(words)
    return frozenset(f"facility:{value}" for p, value in _KINDS if p.search(folded))


def _counts_places(code: str) -> bool:
    return str(indicators.get(code).unit) in _PLACE_COUNTS


@cache
def catalogue_qualifiers(code: str) -> frozenset[str]:
    """The qualifiers of the catalogue's own words for *code*: its Vietnamese name, its
    numerator and its denominator.

    Examples
    --------
    >>> sorted(catalogue_qualifiers("stunting_u5"))
    ['age:<5']
    >>> sorted(catalogue_qualifiers("height_female_18"))
    ['age:18', 'age:youth', 'sex:female']
    >>> catalogue_qualifiers("stations_with_doctor")
    frozenset()
    """
    indicator = indicators.get(code)
    own = " ; ".join((indicator.name_vi, indicator.numerator, indicator.denominator or ""))
    return qualifiers(own) | (facility_kinds(own) if _counts_places(code) else frozenset())


def foreign_qualifiers(words: str, code: str) -> frozenset[str]:
    """The qualifiers of *words* that rule catalogue indicator *code* out.

    A family the words qualify rules it out when none of its qualifiers there is one of
    the catalogue's: "dưới 1 tuổi và dưới 5 tuổi" names infants among others, "trẻ sơ
    sinh" names only newborns. The kind of place (:func:`facility_kinds`) is read for the
    catalogue's counts of facilities and stations only: "cơ sở kinh doanh thực phẩm" are
    no health facilities.

    Examples
    --------
    >>> sorted(foreign_qualifiers("có 30% Trạm Y tế có bác sỹ y học cổ truyền",
    ...                           "stations_with_doctor"))
    ['speciality:y hoc co truyen']
    >>> foreign_qualifiers("tử vong trẻ em dưới 1 tuổi và dưới 5 tuổi", "imr")
    frozenset()
    >>> sorted(foreign_qualifiers("tỷ lệ học sinh tham gia BHYT", "health_insurance_coverage"))
    ['age:pupil']
    >>> sorted(foreign_qualifiers("cơ sở sản xuất, kinh doanh thực phẩm", "health_facilities"))
    ['facility:food']
    >>> foreign_qualifiers("cơ sở y tế có điều trị ARV", "health_facilities")
    frozenset()
    """
    found = qualifiers(words)
    if _counts_places(code):
        found |= facility_kinds(words)
    if not found:
        return found
    own = catalogue_qualifiers(code)
    shared = {q.split(":", 1)[0] for q in found & own}
    return frozenset(q for q in found - own if q.split(":", 1)[0] not in shared)


#: The nouns before a place's name: province, city, district, town, commune, ward.
_PLACE_NOUN: Final = re.compile(
    r"\b(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Xx]ã|[Pp]hường)\s+"
)


@cache
def _place_pattern() -> re.Pattern[str]:
    names = set()
    for province in provinces.all():
        parts = fold(province.name).replace("-", " ").split()
        names.add(r"\s*[-–]?\s*".join(re.escape(p) for p in parts))
    names.update(("toan quoc", "ca nuoc", "toan tinh", "toan thanh pho"))
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


def places(words: str) -> frozenset[str]:
    """The places *words* name, as ``place:<folded name>``: the provinces ("Quảng Bình",
    "Thành phố Hồ Chí Minh"), "toàn quốc", "toàn tỉnh", and any capitalised name after
    "huyện", "xã", "phường" … ("huyện Kỳ Sơn").

    Examples
    --------
    >>> sorted(places("năm 2022 thành phố Hà Nội là 91,66%, tỉnh Bạc Liêu 91,25%"))
    ['place:bac lieu', 'place:ha noi']
    >>> places("năm 2025 là 95,00%"), places("trạm y tế xã, phường")
    (frozenset(), frozenset())
    >>> sorted(places("huyện Kỳ Sơn đạt 93%"))
    ['place:ky son']
    """
    found = {
        " ".join(re.findall(r"\w+", m.group())) for m in _place_pattern().finditer(fold(words))
    }
    for m in _PLACE_NOUN.finditer(words):  # "huyện Kỳ Sơn", "xã Ea Kao": capitalised names
        name = []
        for word in words[m.end() : m.end() + 40].split()[:6]:
            if word in ("-", "–"):  # "Bà Rịa - Vũng Tàu"
                continue
            if not word[:1].isupper():
                break
            name.append(word.strip(",.;:()"))
            if word[-1:] in ",.;:()":
                break
        if name:
            found.add(fold(" ".join(name)))
    return frozenset(f"place:{name}" for name in found if name)
