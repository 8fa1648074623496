"""Counts of facilities that plans set with a verb, in a list, or as a part of a whole.

Plans set many targets as counts of facilities rather than shares: "Thành lập Khoa Lão tại
02 bệnh viện", "đầu tư nâng cấp 04 bệnh viện … đạt tiêu chí bệnh viện Hạng I", "phát triển
thêm 01 - 02 bệnh viện tư nhân". Three readings are added to the ones of :mod:`.targets`:

* **A verb that adds facilities** among the words before the count ("thành lập", "nâng
  cấp", "xây dựng mới" …): the count is a change (so many more), not a level, and it is
  stated by a verb.
* **A list of counts** sharing its first item's verb or lead word: in "phấn đấu đến năm
  2025, có 02 bệnh viện … là đơn vị tự chủ tài chính nhóm một (…), 03 bệnh viện … là đơn vị
  tự chủ tài chính nhóm hai" the "03" takes the "có" of the "02" before it in the clause.
* **A part of a whole** ("xây dựng mới 05/27 Trung tâm y tế huyện"): the whole, 27, is the
  number of such facilities there are, a status figure of the count of facilities; the part
  is what the plan acts on and is left to the reviewer.

Examples
--------
>>> count_verb("Đến năm 2020, thành lập Khoa Lão tại ")
'thành lập'
>>> count_verb("tỉ lệ trạm y tế có bác sĩ đạt ")
''
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.core.vocab import Comparator, TargetKind
from vnhealthplan.io.extract.builtcounts import build_verb
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.values import Value
from vnhealthplan.io.extract.valuewords import aim_verb, aimed_count
from vnhealthplan.text import TargetPhrase

__all__ = [
    "ADD_VERBS",
    "FRACTION_INDICATORS",
    "aim_verb",
    "aimed",
    "as_change",
    "count_verb",
    "counts_aimed",
    "is_count",
    "is_place_count",
    "per_count",
    "read_count",
]

#: Verbs that add facilities (or raise them to a rank): folded → as written.
ADD_VERBS: Final = {
    "thanh lap": "thành lập",
    "nang cap": "nâng cấp",
    "xay dung moi": "xây dựng mới",
    "xay moi": "xây mới",
    "bo sung": "bổ sung",
}
#: The catalogue count a whole ("05/27 Trung tâm y tế huyện") is read as, by its unit.
FRACTION_INDICATORS: Final = {"facility": "health_facilities", "station": "commune_stations"}
_ADD: Final = re.compile(r"\b(" + "|".join(ADD_VERBS) + r")\b")
#: Denominators of the staffing norms: N beds, N prescriptions, N households.
_PER_COUNT: Final = frozenset(
    {"hundred_beds", "thousand_beds", "thousand_prescriptions", "hundred_households"}
)
#: How many words before the count the verb may stand ("thành lập Khoa Lão tại 02").
_VERB_WORDS = 8
_COUNT_DIMS: Final = ("[facilities]", "[stations]")
#: Communes, and the things counted by the nouns :mod:`vnhealthplan.text` reads since the
#: count lexicon (core/units.txt): a count of them is set only with a verb, like a count of
#: facilities ("gửi đến 15 xã" is no target, "phấn đấu có 15 xã đạt chuẩn" is).
_OTHER_COUNTS: Final = (
    "[communes]",
    "[visits]",
    "[households]",
    "[villages]",
    "[medicines]",
    "[zones]",
    "[species]",
    "[schemes]",
    "[courses]",
    "[sessions]",
    "[samples]",
    "[grades]",
    "[clubs]",
    "[supply_chains]",
    "[schools]",
    "[provinces]",
    "[districts]",
    "[houses]",
    "[public_services]",
    "[software_systems]",
)


#: Provinces and districts: counted as a target a plan aims at ("có từ 02 huyện trở lên đạt
#: chuẩn"), never as a status figure (geography, docs/labelling.rst: "gồm 9 huyện").
_PLACES: Final = frozenset({"[provinces]", "[districts]"})


#: The words that make a count of places where something is, not what is aimed at: "302
#: trạm y tế của 30 quận, huyện", "triển khai tại 17 huyện".
_WHERE: Final = re.compile(r"(?<![^\W\d_])(?:của|tại|ở|thuộc|trong|trên)[ \t]+$", re.IGNORECASE)


def is_place_count(unit: Any, text: str = "", start: int = 0) -> bool:
    """Whether *unit* counts provinces or districts (no status figure: geography); with
    *text*, also whether the count at *start* says where ("tại 17 huyện"), not how many.

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> is_place_count(registry().Unit("district")), is_place_count(registry().Unit("commune"))
    (True, False)
    >>> is_place_count(registry().Unit("district"), "triển khai tại 17 huyện", 15)
    True
    """
    dims = unit.dimensionality if unit is not None else {}
    if not (len(dims) == 1 and any(d in dims for d in _PLACES)):
        return False
    return not text or bool(_WHERE.search(text, max(0, start - 8), start))


def is_count(unit: Any) -> bool:
    """Whether *unit* counts facilities or stations.

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> is_count(registry().Unit("facility")), is_count(registry().Unit("percent"))
    (True, False)
    """
    dims = unit.dimensionality if unit is not None else {}
    return len(dims) == 1 and any(d in dims for d in _COUNT_DIMS)


def counts_aimed(unit: Any) -> bool:
    """Whether *unit* counts things a plan sets only with a verb: facilities, stations and
    the other nouns of the count lexicon (zones, medicines, species, households …).

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> [counts_aimed(registry().Unit(u)) for u in ("zone", "facility", "percent")]
    [True, True, False]
    """
    return is_count(unit) or aimed(unit)


def aimed(unit: Any) -> bool:
    """Whether *unit* is one of the count lexicon's other than facilities and stations:
    a verb before such a count ("xây dựng được 08 vùng", "ít nhất 100 thuốc") is enough to
    make it a target, without a target section or a year.

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> aimed(registry().Unit("zone")), aimed(registry().Unit("facility"))
    (True, False)
    """
    dims = unit.dimensionality if unit is not None else {}
    return len(dims) == 1 and any(dims.get(d) == 1 for d in _OTHER_COUNTS)


def per_count(unit: Any) -> bool:
    """Whether *unit* is a staffing norm of the count lexicon: so many per N of a count
    other than people ("01 người làm dược lâm sàng/100 giường bệnh"), which plans write
    only to set it.

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> per_count(registry().Unit("person / hundred_beds"))
    True
    >>> per_count(registry().Unit("doctor / ten_thousand_people"))
    False
    """
    bottoms = [name for name, power in getattr(unit, "_units", {}).items() if power < 0]
    return len(bottoms) == 1 and bottoms[0] in _PER_COUNT


def count_verb(lead: str) -> str:
    """The verb adding facilities among the last words before a count, as written, or ``""``.

    Parameters
    ----------
    lead : str
        The count's own words: from the previous value (or its clause's start) to it.

    Examples
    --------
    >>> count_verb("Đầu tư nâng cấp, mở rộng và hiện đại hóa các bệnh viện tuyến tỉnh, đầu tư "
    ...            "nâng cấp ")
    'nâng cấp'
    """
    words = fold(lead[-_VERB_WORDS * 12 :]).split()[-_VERB_WORDS:]  # a bounded tail
    found = _ADD.findall(" ".join(words))
    return ADD_VERBS[found[-1]] if found else ""


def as_change(phrase: TargetPhrase) -> TargetPhrase | None:
    """*phrase* read as a change (so many more), or None if it is not a plain level.

    Examples
    --------
    >>> from vnhealthplan.text import parse_target_phrase
    >>> as_change(parse_target_phrase("04 bệnh viện")).kind.value
    'change'
    >>> as_change(parse_target_phrase("duy trì 100%")) is None
    True
    """
    if phrase.kind is not TargetKind.LEVEL:
        return None
    if phrase.comparator not in (Comparator.EQ, Comparator.RANGE, Comparator.GE):
        return None
    return attrs.evolve(phrase, kind=TargetKind.CHANGE)


def read_count(value: Value, earlier: Sequence[Value], lead: str) -> tuple[Value, tuple[str, ...]]:
    """*value* with what the verbs and the list before it say of a count, and why.

    Parameters
    ----------
    value : Value
    earlier : sequence of Value
        The values before it in its clause.
    lead : str
        Its own words: from the previous value (or the clause's start) to its number.

    Returns
    -------
    Value, tuple of str
        The value (as found if nothing applies) and the reasons for the reading.

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import find_values
    >>> text = "Thành lập Khoa Lão tại 02 bệnh viện"
    >>> value, why = read_count(find_values(text)[0], [], text[:23])
    >>> value.phrase.kind.value, value.verb, why
    ('change', True, ("'thành lập' before the count: facilities to add, a change",))
    """
    if value.fraction or not counts_aimed(value.unit):
        return value, ()
    if value.aim and not (value.verb or value.lead):
        why = reason("'{aim}' before the count: a count aimed at", aim=value.aim)
        return attrs.evolve(value, verb=True), (why,)
    verb = count_verb(lead) or build_verb(lead)  # "phát triển 5 bệnh viện": builtcounts
    if verb:
        changed = as_change(value.phrase)
        if changed is None:
            return attrs.evolve(value, verb=True), ()
        why = reason("'{verb}' before the count: facilities to add, a change", verb=verb)
        return attrs.evolve(value, phrase=changed, verb=True), (why,)
    if value.verb or value.lead:
        return value, ()
    if not any(v.unit == value.unit and (v.verb or v.lead) for v in earlier):
        return aimed_count(value, lead)  # "duy trì tiêu chí y tế tại 154 xã"
    first = next((v for v in earlier if v.unit == value.unit and (v.verb or v.lead)), None)
    if first is None:
        return value, ()
    why = reason(
        "a list of counts: read with the words before its first item ({first!r})", first=first.text
    )
    return attrs.evolve(value, verb=first.verb, lead=first.lead), (why,)
