"""Which catalogue indicator a drafted value is read against, and the value in its unit.

:mod:`.targets` ranks the indicators the words around a value name (:mod:`.heads`,
:mod:`.lexicon`) and takes the best one the value fits (:func:`choose`); a value none fits
is a draft indicator's, read in its own unit (:func:`indicator_reading`); a count of
facilities or stations is the catalogue's count of them unless its words name another kind
of place (:func:`counted_places`). The tier a figure is for is read from its words
(:func:`tier_of`).

Examples
--------
>>> from vnhealthplan.core.fold import fold
>>> tier_of(fold("giường bệnh tuyến tỉnh")).value
'province'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from vnhealthplan.core.units import registry
from vnhealthplan.core.vocab import TargetKind, Tier
from vnhealthplan.data import indicators
from vnhealthplan.io.extract.changes import relative_change
from vnhealthplan.io.extract.counts import FRACTION_INDICATORS
from vnhealthplan.io.extract.heads import LongHead, head_ranks
from vnhealthplan.io.extract.lexicon import count_ranks, phrase_for
from vnhealthplan.io.extract.partplace import named_part
from vnhealthplan.io.extract.qualifiers import foreign_qualifiers
from vnhealthplan.io.extract.ratiobase import people_base, per_people
from vnhealthplan.io.extract.reasons import NO_INDICATOR_FOR_WORDS, reason
from vnhealthplan.io.extract.unitnamed import unit_named, unit_reason
from vnhealthplan.io.extract.values import Value
from vnhealthplan.io.extract.wholename import whole_province
from vnhealthplan.text import TargetPhrase

__all__ = ["choose", "counted_places", "indicator_reading", "tier_of"]

_TIERS: Final = (
    (re.compile(r"\btuyen tinh\b|\bcap tinh\b"), Tier.PROVINCE),
    (re.compile(r"\btuyen huyen\b|\bcap huyen\b"), Tier.DISTRICT),
    (re.compile(r"\btuyen xa\b|\bcap xa\b"), Tier.COMMUNE),
)


def _catalogue_reading(
    value: Value, phrase_text: str, code: str, unit: Any
) -> tuple[Any, Any, TargetPhrase] | None:
    """The value in *code*'s unit, or None if it does not fit."""
    indicator = indicators.get(code)
    if relative_change(value.phrase, indicator.unit, phrase_text):
        return None
    if _share_for_births(value, indicator.unit):
        return None  # "100% xã có tỷ số giới tính khi sinh …": a share, never boys per 100 girls
    if value.counted or unit is not value.unit:
        quantity = registry().Quantity(_magnitude(value.phrase.value), unit)
        upper = value.phrase.upper
        upper = None if upper is None else registry().Quantity(_magnitude(upper), unit)
        if not indicator.accepts(quantity):
            return None
        return quantity, upper, value.phrase
    phrase = phrase_for(phrase_text, code, value.decimal)
    return None if phrase is None else (phrase.value, phrase.upper, phrase)


def _share_for_births(value: Value, unit: Any) -> bool:
    """Whether *value* is a level written as a share ("100%", "13% số trẻ em sinh ra") read
    for an indicator counted per hundred births or more (the sex ratio at birth, maternal
    deaths): a share of places or of people, never such a ratio. Its change in points ("giảm
    0,2 điểm phần trăm") is the ratio's."""
    if str(value.unit) != "percent" or "hundred" not in str(unit):
        return False
    return value.phrase.kind is not TargetKind.CHANGE and "điểm" not in value.text


def _magnitude(quantity: Any) -> Any:
    return getattr(quantity, "magnitude", quantity)


def choose(
    value: Value, phrase_text: str, unit: Any, ranked: Sequence[tuple[int, str]]
) -> tuple[str, tuple[Any, Any, TargetPhrase] | None, list[str]]:
    """The best-ranked catalogue indicator *value* fits, its reading, and why it is doubted.

    *ranked* are (score, code) pairs, best first; the reading is the value in the
    indicator's unit, its upper bound and its phrase (None, with code ``""``, when none
    fits). Indicators tied with the best are named in the reasons.

    Examples
    --------
    >>> from vnhealthplan.io.extract.lexicon import rank_indicators
    >>> from vnhealthplan.io.extract.values import find_values
    >>> text = "Tỷ suất tử vong trẻ em dưới 1 tuổi dưới 22‰"
    >>> value = find_values(text)[-1]
    >>> code, reading, reasons = choose(value, value.text, value.unit,
    ...                                 rank_indicators(text, "", ""))
    >>> code, str(reading[0]), reasons
    ('imr', '22 death / thousand_live_births', [])
    """
    reasons: list[str] = []
    fits = []
    for score, code in ranked:
        reading = _catalogue_reading(value, phrase_text, code, unit)
        if reading is not None:
            fits.append((score, code, reading))
    if not fits:
        return "", None, reasons
    best = fits[0]
    tied = [code for score, code, _ in fits[1:] if score == best[0]]
    if tied:
        reasons.append(
            reason(
                "the words fit {best} and {tied} equally: {best} taken",
                best=best[1],
                tied=", ".join(tied),
            )
        )
    return best[1], best[2], reasons


def counted_places(unit: Any, words: str) -> str:
    """The catalogue's count of the places of *unit* (facility, station) that *words* count,
    or ``""``: none for the unit, or the words name another kind of place than the
    catalogue's health facilities ("cơ sở kinh doanh thực phẩm", "cơ sở điều trị ARV").

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> facility = registry().Unit("facility")
    >>> counted_places(facility, "Toàn tỉnh hiện có 1.892 cơ sở hành nghề y, dược tư nhân")
    'health_facilities'
    >>> counted_places(facility, "Hiện có 430 cơ sở sản xuất, kinh doanh thực phẩm")
    ''
    """
    code = FRACTION_INDICATORS.get(str(unit), "")
    if code and any(q.startswith("facility:") for q in foreign_qualifiers(words, code)):
        return ""
    return code


def tier_of(words: str) -> Tier | None:
    """The tier ("tuyến tỉnh", "cấp huyện", "tuyến xã") folded *words* name, if any.

    Examples
    --------
    >>> from vnhealthplan.core.fold import fold
    >>> tier_of(fold("tỉ lệ trạm y tế tuyến xã có bác sĩ")), tier_of("no tier")
    (<Tier.COMMUNE: 'commune'>, None)
    """
    for pattern, tier in _TIERS:
        if pattern.search(words):
            return tier
    return None


def indicator_reading(
    value: Value,
    unit: Any,
    own: str,
    after: str,
    head: str | tuple[LongHead, int],
    *,
    before: str = "",
) -> tuple[str, tuple[Any, Any, TargetPhrase], list[str], float] | None:
    """The indicator code, the value read in its unit, the reasons and their cost.

    *own* are the words between the value and the one before it, *after* those up to the
    next, *head* the clause's head (or a long head and where the value's words start),
    *before* the text just before the value, where a ratio's base of people may stand
    ("cứ mỗi 10.000 người dân thì có 35 giường bệnh"; *own* when not given).
    A value no catalogue indicator fits is a draft indicator's (code ``""``); None for a
    duration none fits.

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import find_values
    >>> text = "Tỷ lệ trạm y tế xã có bác sĩ đạt 100%"
    >>> value = find_values(text)[-1]
    >>> code, reading, reasons, cost = indicator_reading(
    ...     value, value.unit, text[: value.span[0]], "", "")
    >>> code, str(reading[0]), cost
    ('stations_with_doctor', '100 percent', 0.0)
    """
    base = people_base(before or own)  # "cứ 1.000 dân có 1,5 bác sĩ": 1,5 per 1,000 people
    ratio = per_people(unit, base[0]) if base else None
    unit = unit if ratio is None else ratio
    words = own + " " + value.text
    named = whole_province(own, after) + " " + value.text  # "Dân số Bình Phước đạt …": the whole
    ranked = count_ranks(head_ranks(named, after, head), unit, own, words + after)
    if value.fraction and counted_places(unit, words + " " + after):
        ranked = [(0, FRACTION_INDICATORS[str(unit)])]
    part = named_part(own, after) if ranked else ""
    if part:  # "… ở huyện Krông Bông": the part's figure, not the province's
        ranked = []
    code, reading, why = choose(value, value.text, unit, ranked)
    by_unit = "" if reading is not None or part else unit_named(unit, own, value.text)
    if by_unit and named_part(own, after):  # "huyện A giảm còn 2,2 con/phụ nữ": A's
        by_unit = ""
    if by_unit:  # "giảm chênh lệch giới tính xuống dưới 107 trẻ trai/100 trẻ gái"
        code, reading, why = choose(value, value.text, unit, [(0, by_unit)])
        why = [*why, unit_reason(unit)] if reading is not None else why
    if part:
        why = [*why, reason("the words name a part of the province ({part})", part=part)]
    if base and ratio is not None:
        why = [*why, reason("a ratio per people in words ({words}): counted per those "
                            "people", words=base[1])]  # fmt: skip
    if reading is not None and reading[2].kind is not value.phrase.kind:  # a count's verb
        reading = (reading[0], reading[1], attrs.evolve(reading[2], kind=value.phrase.kind))
    reasons, cost = list(why), 0.2 * len(why)
    if reading is None:
        if str(unit) in ("year", "day", "hour", "minute", "second"):
            return None
        low, high = _quantity(value.phrase.value, unit), _quantity(value.phrase.upper, unit)
        reading = (low, high, value.phrase)
        reasons.append(NO_INDICATOR_FOR_WORDS)
        cost += 0.3
    return code, reading, reasons, cost


def _quantity(number: Any, unit: Any) -> Any:
    if number is None:
        return None
    return registry().Quantity(_magnitude(number), unit)
