"""Which catalogued indicator a target's words name: a table of Vietnamese key words.

Each indicator of the catalogue (``data/indicators.toml``) that plans set targets on has
*required* words, all of which must occur near the value, *optional* words that make it a
better match ("vạn dân" for a ratio, "tổng số" for a count) and *excluded* words that rule
it out ("tư nhân" for all beds). The words are data (``data/lexicon.toml``, read by
:mod:`vnhealthplan.data.lexicon`): regular expressions over folded text
(:func:`vnhealthplan.names.fold`: no diacritics, lower case, so OCR'd "bao hiểm" and
"tỉ lệ"/"tỷ lệ" match alike). The unit decides the rest: a share in % cannot be beds per
10,000, and the caller drops candidates whose unit does not fit.

Words found in the item's own words (between the previous value and this one) weigh more
than words after the value, and those more than words of the clause's head (a list
"đạt 27 giường bệnh viện, 10 bác sĩ …" shares its head). A figure whose own words name
another place ("cả nước đạt 30": :mod:`.elsewhere`) takes no indicator from the head.

Examples
--------
>>> [code for _, code in rank_indicators("tỉ lệ tham gia bảo hiểm y tế đạt", "", "")][:1]
['health_insurance_coverage']
>>> rank_indicators("giảm tỉ suất tử vong trẻ em dưới 01 tuổi còn", "", "")[0][1]
'imr'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from typing import Any, Final

from vnhealthplan.core.fold import fold
from vnhealthplan.data import indicators
from vnhealthplan.data import lexicon as words
from vnhealthplan.data.lexicon import Words
from vnhealthplan.io.extract.elsewhere import elsewhere
from vnhealthplan.io.extract.qualifiers import foreign_qualifiers
from vnhealthplan.io.extract.stops import stop_marks
from vnhealthplan.io.extract.values import Decimal
from vnhealthplan.text import ParseError, TargetPhrase, parse_target_phrase

__all__ = ["LEXICON", "STAFF_AND_BEDS", "count_ranks", "phrase_for", "rank_indicators", "rank_with"]


#: code → (required, optional, excluded) patterns over folded text, from ``data/lexicon.toml``.
LEXICON: Final[Mapping[str, Words]] = words.indicator_words()


_Patterns = tuple[re.Pattern[str], ...]
#: Where the words naming a figure after it end (its sentence or list item).
_AFTER_END: Final = stop_marks(";")
#: The words around the required ones that may qualify them ("trẻ em dưới 5 tuổi bị suy
#: dinh dưỡng", "bác sỹ y học cổ truyền").
_WORDS_BEFORE: Final = re.compile(r"(?:[^\s,;:()]+\s+){1,6}$")
_WORDS_AFTER: Final = re.compile(r"\s*[^\s;:()]+(?:\s+[^\s;:()]+){0,3}")
_AGE_FIGURE: Final = re.compile(r"\d[\d.,]*\s*(?:thang\s+)?tuoi\W*$")
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

    return list(_ranked(fold(own), fold(after), fold(head)))


@lru_cache(maxsize=4096)
def _ranked(own: str, after: str, head: str) -> tuple[tuple[int, str], ...]:
    """:func:`rank_indicators` of folded words (cached: plans repeat their phrasings)."""
    return tuple(rank_with(own, after, lambda pattern: _head_weight(pattern, head)))


def _head_weight(pattern: re.Pattern[str], head: str) -> int:
    found = pattern.search(head)
    return max(len(found.group()), 1) if found else 0


def rank_with(
    own: str, after: str, head_weight: Callable[[re.Pattern[str]], int]
) -> list[tuple[int, str]]:
    """:func:`rank_indicators` of folded *own* and *after* words, with the head's weight of a
    pattern given by *head_weight* (a reader that does not fold the head again per value).

    Examples
    --------
    >>> rank_with(fold("Số giường bệnh/vạn dân"), "", lambda pattern: 0)[0]
    (39, 'beds_per_10k')
    """

    def weight(pattern: re.Pattern[str]) -> int:
        return _weight(pattern, own, after, "") or head_weight(pattern)

    ranked = []
    other_place = bool(elsewhere(own))
    for code, required, optional, excluded in _compiled():
        weights = [weight(p) for p in required]
        if not all(weights):
            continue
        if other_place and not any(p.search(own) or p.search(after) for p in required):
            continue  # "(cả nước đạt 30)": named by the sentence's head, another place's
        # words after the value rule an indicator out only when they are what names it
        named_after = not any(p.search(own) for p in required)
        if any(p.search(own) or (named_after and p.search(after)) for p in excluded):
            continue
        by_head = named_after and not any(p.search(after) for p in required)
        if by_head and any(head_weight(p) for p in excluded):  # "học sinh … béo phì: 37,8%"
            continue
        naming = _naming(own, after, required, named_after)
        if named_after and not any(p.search(after) for p in required):
            naming += " " + own  # named by the list's head: "…, riêng vùng miền núi 15%"
        if foreign_qualifiers(naming, code):
            continue  # "trẻ sơ sinh" is not the catalogue's "trẻ em dưới 1 tuổi"
        score = sum(weights) + sum(weight(p) for p in optional)
        ranked.append((score, code))
    ranked.sort(key=lambda pair: (-pair[0], pair[1]))
    return ranked


def _naming(own: str, after: str, required: _Patterns, named_after: bool) -> str:
    """The words that name a figure's indicator, where its qualifiers are read (folded).

    Named before the value: from a few words before the first required word to the value,
    and, when the value's own unit is the noun ("2 bác sĩ"), the words right after it
    ("y học cổ truyền/vạn dân"). Named after it: to a few words past the last required
    word of its sentence.
    """
    if named_after:
        after = _AFTER_END.split(after, maxsplit=1)[0]
        end = max((m.end() for p in required if (m := p.search(after))), default=0)
        tail = _WORDS_AFTER.match(after, end)
        return after[: tail.end() if tail else end]
    found = [m for p in required if (m := p.search(own))]
    start = min(m.start() for m in found)
    lead = _WORDS_BEFORE.search(own, 0, start)
    words = _AGE_FIGURE.sub("", own)[lead.start() if lead else start :]
    last = own[-40:].rstrip()
    if any(m.end() == len(last) for p in required for m in p.finditer(last)):
        more = _WORDS_AFTER.match(after)
        words += " " + more.group() if more else ""
    return words


#: Dimensions of counts that catalogue ratios divide by a population (beds, staff).
STAFF_AND_BEDS: Final = ("[beds]", "[doctors]", "[pharmacists]", "[nurses]", "[health_workers]")


def count_ranks(ranked: list[tuple[int, str]], unit: Any, own: str, words: str) -> Any:
    """The ranked indicators a bare count in prose may be read against.

    None for the size of one facility ("quy mô 150 giường bệnh"); no ratio to a population
    unless *words* name one ("vạn dân", "10.000 dân"). Other units keep *ranked*.

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> bed = registry().Unit("bed")
    >>> ranked = rank_indicators("toàn tỉnh có", "giường bệnh", "")
    >>> [code for _, code in count_ranks(ranked, bed, "toàn tỉnh có", "")][:1]
    ['total_beds']
    >>> count_ranks(ranked, bed, "Bệnh viện có quy mô ", "")
    []
    """
    dims = unit.dimensionality if unit is not None else {}
    if len(dims) != 1 or not any(d in dims for d in STAFF_AND_BEDS):
        return ranked
    if fold(own).endswith("quy mo"):
        return []
    if re.search(r"\bdan\b", fold(words)):
        return ranked
    per = [c for _, c in ranked if indicators.get(c).unit.dimensionality.get("[population]")]
    return [(score, code) for score, code in ranked if code not in per]


@lru_cache(maxsize=8192)
def phrase_for(words: str, code: str, decimal: Decimal | None = None) -> TargetPhrase | None:
    """*words* read as a target phrase of indicator *code*, or None if they do not read as
    one or the value does not fit the indicator (remembered: plans repeat their phrasings).

    Examples
    --------
    >>> phrase_for("đạt 30 giường bệnh/vạn dân", "beds_per_10k").value
    <Quantity(30, 'bed / ten_thousand_people')>
    >>> phrase_for("đạt 30 giường bệnh/vạn dân", "imr") is None
    True
    """
    indicator = indicators.get(code)
    try:
        phrase = parse_target_phrase(words, indicator=indicator, decimal=decimal)
    except ParseError:
        return None
    return phrase if indicator.accepts(phrase.value) else None
