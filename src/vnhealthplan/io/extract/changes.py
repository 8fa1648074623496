"""Changes whose verb heads the indicator's name: "giảm tỷ suất sinh thô 0,2%".

Plans state a change with its verb next to the figure ("tỷ lệ sinh giảm 0,61%", "giảm 25%
số trường hợp"), which :func:`~vnhealthplan.text.parse_target_phrase` reads; but as often
the verb opens the name and the figure closes it, with nothing of its own before it:

* "Giảm tỷ lệ sinh con thứ 3 trở lên 1% so với năm 2023", "tăng chiều cao … nam từ
  2-2,5cm và nữ 1,5-2cm": a verb ("giảm", "tăng", "giảm thêm") right before a measure's
  noun ("tỷ lệ", "tỷ suất", "tỷ số", "số", "mức", "chênh lệch", "chiều cao", "cân nặng")
  and a bare figure (or a range "từ A-B") at the end: a change of the figure, signed by the
  verb. A figure with a word of its own ("giảm tỷ lệ … xuống 15%", "… dưới 5%", "… còn
  2%") keeps its own reading: a level.
* the same verb with "bình quân", "trung bình" or "mỗi năm" between it and a bare figure
  ("tỷ suất sinh thô giảm bình quân 0,2‰/năm"): a change (a year's, as written); so with
  "tương ứng" or "lần lượt" (respectively: "tăng tương ứng 10% và 15%").
* "mức tăng tỷ số giới tính khi sinh không quá 0,4%", "khống chế tốc độ tăng tỷ số …
  0,3 điểm%": the name is itself a change ("mức tăng", "tốc độ giảm" of a rate), so the
  figure is a change, with its comparator; a bare figure capped by "khống chế" (or
  "kiềm chế") is at most so much.
* "duy trì" before the noun of a measure keeps the figure at the name's end ("duy trì tỷ
  lệ trẻ có cân nặng sơ sinh thấp (dưới 2.500 gram) dưới 5%"): a maintained level, with
  the figure's comparator or range.
* the next item of the same list, in the same unit, with no name of its own ("và nữ
  1,5-2cm") is the same change; so is a bare figure after "và" that shares the change's
  base year ("giảm 25% số ca A và 20% số ca B so với năm 2015": both changes from 2015).

The verb is read in the figure's own clause: after the figure before it, past no ";", "(",
line end or sentence end, and no "," (a ":" that opens a short list, "…: nam từ 2-2,5cm",
is crossed). A rate's name with "tăng" inside it ("tỷ lệ tăng dân số tự nhiên 1,06%", a
level) has no verb: the word before "tăng" is a measure's noun.

Examples
--------
>>> from vnhealthplan.io.extract.values import find_values
>>> text = "Mục tiêu là giảm tỷ suất sinh thô 0,2%."
>>> [(v.text, v.phrase.kind.value, v.phrase.value) for v in find_values(text)]
[('giảm 0,2%', 'change', <Quantity(-0.2, 'percent')>)]
>>> change_head("Mục tiêu là giảm tỷ suất sinh thô ", False)
'giảm'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from vnhealthplan.core.vocab import Comparator, TargetKind
from vnhealthplan.io.extract.growthrate import growth_head
from vnhealthplan.io.extract.reasons import Reason, reason
from vnhealthplan.io.extract.seriesverb import own_lead, parallel_units, series_verb
from vnhealthplan.io.extract.stops import last_match
from vnhealthplan.text import ParseError, TargetPhrase, parse_target_phrase

if TYPE_CHECKING:
    from vnhealthplan.io.extract.values import Value

__all__ = ["WHY", "change_head", "read_changes", "relative_change"]

#: The reasons a change is read with, by rule (see the notes of each rule): each takes the
#: change's head word and its kind ({"en": …, "vi": …}).
WHY: Final[dict[str, Callable[[str, Mapping[str, str]], Reason]]] = {
    "name": lambda head, kind: reason(
        "'{head}' heads the name before the figure: a {kind}", head=head, kind=kind
    ),
    "list": lambda head, kind: reason(
        "the item before it in the list has '{head}': a {kind}", head=head, kind=kind
    ),
    "base": lambda head, kind: reason(
        "'{head}' of the figure before it, with their base year: a {kind}", head=head, kind=kind
    ),
    "series": lambda head, kind: reason(
        "'{head}' of the figure before it, the same measure a later year: a {kind}",
        head=head,
        kind=kind,
    ),
}

_NOUN = r"(?:t[ỷỉ]\s+(?:lệ|suất|số)|số|mức|chênh\s+lệch|chiều\s+cao|cân\s+nặng|sinh)"
#: A change verb, with what may stand before it, then the noun of a measure (or the figure).
_HEAD: Final = re.compile(
    r"(?<![^\W\d_])(?:(?P<cap>khống\s+chế|kiềm\s+chế)\s+)?(?:(?P<noun>mức|tốc\s+độ)\s+)?"
    r"(?:gia\s+)?(?P<verb>giảm|tăng)(?:\s+thêm)?"
    r"(?:\s+(?:bình\s+quân|trung\s+bình|(?:mỗi|hằng|hàng)\s+năm|tương\s+ứng|lần\s+lượt))?"
    r"\s+(?P<name>" + _NOUN + r"(?![^\W\d_])|$)",
    re.IGNORECASE,
)
#: "duy trì" right before the noun of a measure: the figure at the name's end is kept.
_MAINTAIN: Final = re.compile(
    r"(?<![^\W\d_])duy\s+trì\s+(?P<name>" + _NOUN + r")(?![^\W\d_])", re.IGNORECASE
)
#: A group in brackets inside a name: "(dưới 2.500 gram)", "(15-49 tuổi)".
_BRACKETS: Final = re.compile(r"\([^()\n]*\)")
#: A measure's noun right before "tăng"/"giảm": the verb is part of a rate's name.
_RATE_BEFORE: Final = re.compile(r"(?<![^\W\d_])(?:lệ|suất|số|độ|mức)\s+$", re.IGNORECASE)
#: Words of a name that give the figure a level of its own or report it.
_LEVEL_WORDS: Final = re.compile(
    r"(?<![^\W\d_])(?:xuống|còn|(?<!trở )lên|đạt|là|bằng|ở\s+mức|chiếm|so\s+với|giảm|tăng)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
#: A word of place or beneficiary right before the figure: "giảm sinh ở 10 xã" names where,
#: the figure counts the places, it is no change of the name's measure.
_WHERE_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:ở|tại|cho|của|trong|(?:đối\s+)?với)\s+$", re.IGNORECASE
)
#: Where a clause starts: the last ";", "(", "“", '"', line end, sentence end or ", ". A
#: line end before a word in lower case is a line wrapped in print ("tăng\ntương ứng 10%").
_LOWER: Final = "".join(c for c in map(chr, range(0x61, 0x1EFA)) if c.islower())
_CLAUSE_BREAK: Final = re.compile(r"[;(“\"]|\n(?![ \t]*[" + _LOWER + r"])|\.(?:\s|$)|,\s")
#: The head of a range that a bare change may carry: its "từ".
_BARE: Final = re.compile(r"từ\s+", re.IGNORECASE)
_FROM: Final = re.compile(r"(?<![^\W\d_])từ\s+$", re.IGNORECASE)
#: Between two items of one list: "và", a comma, up to two words ("và nữ ").
_NEXT_ITEM: Final = re.compile(r"\s*(?:,|;|và)?\s*(?:[^\W\d_]+\s+){0,2}", re.IGNORECASE)
_MAX_NAME_WORDS = 16
_TIME: Final = frozenset({"year", "day", "hour", "minute", "second"})


def _clause_tail(words: str) -> str:
    """The words of *words* after the last clause break (a short list's ":" crossed)."""
    cut = last_match(_CLAUSE_BREAK, words)
    tail = words[cut.end() :] if cut else words
    colon = tail.rfind(":")
    if colon >= 0 and len(tail[colon + 1 :].split()) > 3:
        tail = tail[colon + 1 :]
    return tail


def change_head(words: str, own: bool) -> str:
    """The change verb that heads the name in *words* (a figure's own words, up to its
    number), as the text layer reads it ("giảm", "mức tăng", "mức tăng không quá"), or "".

    Parameters
    ----------
    words : str
        The words before the figure, from the figure before it.
    own : bool
        Whether the figure has words of its own (a comparator): only a name that is itself
        a change ("mức tăng …") governs such a figure.

    Examples
    --------
    >>> change_head("(mức tăng tỷ số giới tính khi sinh ", True)
    'mức tăng'
    >>> change_head("Hà Nam phấn đấu khống chế tốc độ tăng tỷ số giới tính khi sinh ", False)
    'mức tăng không quá'
    >>> change_head("tỷ lệ tăng dân số tự nhiên ", False), change_head("giảm tỷ lệ hộ nghèo ", True)
    ('', '')
    >>> change_head("giảm sinh ở ", False)  # "giảm sinh ở 10 xã": where, not how much
    ''
    """
    if _WHERE_BEFORE.search(words):
        return ""
    tail = _clause_tail(_BRACKETS.sub(" ", words))
    found = last_match(_HEAD, tail)  # the last one heads the name
    kept = last_match(_MAINTAIN, tail)
    if kept is not None and (found is None or kept.start() > found.start()):
        name = tail[kept.start("name") :]
        if _LEVEL_WORDS.search(name) or len(name.split()) > _MAX_NAME_WORDS:
            return ""
        return "duy trì"
    if found is None:
        return ""
    noun, verb = found.group("noun"), found.group("verb").lower()
    if noun is None and _RATE_BEFORE.search(tail, 0, found.start()):
        return ""
    name = tail[found.start("name") :]
    if _LEVEL_WORDS.search(name) or len(name.split()) > _MAX_NAME_WORDS:
        return ""
    if noun is None:
        return "" if own else verb
    if not found.group("name") or found.group("name").lower().startswith(("số", "mức")):
        return ""  # "tốc độ tăng dân số": a growth rate, a level
    return f"mức {verb}" + (" không quá" if found.group("cap") and not own else "")


def _reread(value: Value, head: str, text: str, why: str) -> Value | None:
    """*value* read with *head* before its own words (*why*: the key of its reason in
    :data:`WHY`), or None if that reads no change."""
    words = f"{head} {text[value.span[0] : value.span[1]]}"
    try:
        phrase = parse_target_phrase(words)
    except ParseError:
        return None
    if phrase.kind is TargetKind.LEVEL:
        return None
    phrase = attrs.evolve(phrase, span=value.phrase.span)
    kind = {"en": phrase.kind.value, "vi": phrase.kind.label("vi")}  # the vocabulary's words
    reasons = (*value.reasons, WHY[why](head, kind))
    return attrs.evolve(value, phrase=phrase, text=words, verb=True, reasons=reasons)


#: Between a change and the next figure: its name, then "và" ("25% số ca A và ").
_AND: Final = re.compile(r"[^\d,;:.()\n]{0,80}\svà\s+", re.IGNORECASE)
#: After a figure, in its clause: a base year ("… số ca B so với năm 2015").
_BASE_AFTER: Final = re.compile(r"[^\d,;:.()\n]{0,80}?(?<![^\W\d_])so\s+với\s", re.IGNORECASE)


def _shared_base(text: str, before: Value, value: Value) -> str:
    """The verb of the change *before* for a bare *value* after "và" that shares its base
    year ("giảm 25% số ca A và 20% số ca B so với năm 2015"), or ""."""
    if before.phrase.kind is not TargetKind.CHANGE or before.phrase.comparator is not Comparator.EQ:
        return ""
    if before.unit is None or before.unit.dimensionality != value.unit.dimensionality:
        return ""
    gap = text[before.span[1] : value.span[0]]
    if not _AND.fullmatch(gap) or _LEVEL_WORDS.search(gap):
        return ""
    if not _BASE_AFTER.match(text, value.span[1]):
        return ""
    return "giảm" if before.phrase.value.magnitude < 0 else "tăng"


def _name_start(text: str, values: list[Value], i: int, start: int) -> int:
    """Where the name of ``values[i]`` may start: after the figure before it, past the ages
    ("trẻ em dưới 5 tuổi") and the figures in brackets ("(dưới 2.500 gram)") that only
    qualify the name."""
    j = i - 1
    while j >= 0 and _qualifies(text, values[j], values[i]):
        j -= 1
    return values[j].span[1] if j >= 0 else start


def _qualifies(text: str, before: Value, value: Value) -> bool:
    if before.unit is not None and str(before.unit) in _TIME:
        return True
    opened = text.rfind("(", max(0, before.span[0] - 30), before.span[0])
    if opened < 0 or ")" in text[opened : before.span[0]]:
        return False
    return ")" in text[before.span[1] : value.span[0]]


def _candidate(value: Value) -> bool:
    """A figure a change may govern: a level, not a count's noun, nor a time or an age."""
    if value.counted or value.unit is None or str(value.unit) in _TIME:
        return False
    return value.phrase.kind is TargetKind.LEVEL


def read_changes(text: str, values: list[Value], start: int) -> list[Value]:
    """*values* (in order, found from *start* on) with the changes whose verb heads their
    name read as changes (see the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import find_values
    >>> text = "tăng chiều cao cho thanh niên: nam từ 2-2,5cm và nữ 1,5-2cm"
    >>> [(v.phrase.kind.value, v.phrase.value.magnitude) for v in find_values(text)]
    [('change', 2), ('change', 1.5)]
    """
    head, last = "", None
    for i, value in enumerate(values):
        low = values[i - 1].span[1] if i else start
        if low > value.span[0] or not _candidate(value):
            head, last = "", None
            continue
        own_words = text[value.span[0] : value.number_span[0]]
        if _FROM.search(text, max(low, value.number_span[0] - 8), value.number_span[0]):
            own_words = "từ "  # "từ 216 người … xuống còn 186 người", read without its "từ"
        bare = not own_words.strip() or (
            _BARE.fullmatch(own_words) is not None and value.phrase.comparator is Comparator.RANGE
        )  # a pair "từ A … xuống còn B" is no range, and no change
        gap = _NEXT_ITEM.fullmatch(text, low, value.span[0])
        if last is not None and bare and gap and not own_lead(gap.group()):
            same = parallel_units(value.unit, last.unit)
            head = head if same else ""
            why = "list"
        else:
            words = text[_name_start(text, values, i, start) : value.span[0]]
            head = change_head(words, not bare)
            head = head or growth_head(_clause_tail(_BRACKETS.sub(" ", words)))
            why = "name"
        if not head and i and bare:
            head = _shared_base(text, values[i - 1], value)
            why = "base"
        if not head and i and bare:
            head, why = series_verb(text, values[i - 1], value)
        changed = _reread(value, head, text, why) if head else None
        if changed is not None and value.phrase.comparator is Comparator.EQ and not bare:
            changed = None  # a figure with a level word of its own ("đạt")
        values[i] = changed or value
        head, last = (head, changed) if changed is not None else ("", None)
    return values


def relative_change(phrase: TargetPhrase, unit: Any, words: str = "") -> bool:
    """Whether *phrase* (read from *words*) is a change in "%" of a measure whose *unit* is
    not a share: "mức tăng tỷ số giới tính khi sinh không quá 0,4%" may be 0.4 % of the
    ratio or 0.4 of its points, and the text does not say which; it is no reading in the
    indicator's unit. Points said as such ("-0,2 điểm phần trăm", "0,3 điểm %") are points
    of the indicator's unit.

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> phrase = parse_target_phrase("mức tăng không quá 0,4%")
    >>> relative_change(phrase, registry().Unit("male_birth / hundred_female_births"))
    True
    >>> relative_change(phrase, registry().Unit("percent"))
    False
    """
    if phrase.kind is not TargetKind.CHANGE or str(phrase.unit) != "percent":
        return False
    if "điểm" in words.lower():
        return False
    return str(unit) != "percent"
