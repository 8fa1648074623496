"""Finding quantified phrases in running text: a number, its unit, and the words before it.

A candidate is a number that is not part of a date, a document number ("01/NQ-CP",
"20-NQ/TW"), a code ("COVID-19") or a year, followed by a unit the text layer reads
(:func:`~vnhealthplan.text.parse_unit`: "%", "‰", "giường bệnh/vạn dân", "triệu đồng",
"cm" …) or by a counted noun ("bệnh viện", "Trung tâm Y tế", "dự án": facilities;
"trạm": stations). Ranges ("01 - 02 bệnh viện") are one candidate, and so is "từ một dự án
trở lên". The verb, comparator and lead words before the number ("phấn đấu đạt tối
thiểu", "giảm còn", "duy trì", "thêm ít nhất") are read with it by
:func:`~vnhealthplan.text.parse_target_phrase`. A number whose decimal separator reads two
ways ("40.0") is read with a decimal point and says so.

Examples
--------
>>> text = "tỉ lệ tiêm chủng mở rộng đạt tối thiểu 95% với 12 loại vắc-xin"
>>> [(text[slice(*v.span)], v.phrase.comparator.value) for v in find_values(text)]
[('đạt tối thiểu 95%', '>=')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final, Literal

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.core.units import registry
from vnhealthplan.core.vocab import Comparator
from vnhealthplan.io.extract.changes import read_changes
from vnhealthplan.io.extract.fractionchange import fraction_changes
from vnhealthplan.io.extract.named import named_figures
from vnhealthplan.io.extract.openfrom import open_from
from vnhealthplan.io.extract.placeparts import place_part
from vnhealthplan.io.extract.ranks import rank_values
from vnhealthplan.io.extract.ratebase import deaths_per_births, is_rate_base
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.series import series_item
from vnhealthplan.io.extract.unitrange import unit_range
from vnhealthplan.io.extract.valueunits import counts_one_thing, unit_after
from vnhealthplan.io.extract.valuewords import (
    COUNTED_NOUNS,
    HEAD_WORDS,
    LEADS,
    LINKS,
    aim_verb,
)
from vnhealthplan.io.extract.zeros import zero_values
from vnhealthplan.text import AmbiguousNumberError, ParseError, TargetPhrase, parse_target_phrase

__all__ = ["Value", "find_values"]

Span = tuple[int, int]
Decimal = Literal[",", "."]

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_FRACTION = re.compile(r"[ \t]*/[ \t]*(\d+)(?![\d/.,])")
_DATE_WORD = re.compile(r"(?:ngày|tháng|số|Số)[ \t]*$")
_RANGE = re.compile(r"[ \t]*(?:[-–—]|đến)[ \t]*(\d+(?:[.,]\d+)*)")
_WORDS_FRAME = re.compile(
    r"\btừ[ \t]+(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+([^\d\n,;.()]{1,40}?)"
    r"[ \t]+trở[ \t]+(?:lên|xuống)",
    re.IGNORECASE,
)
#: A level of a grading, its number after its noun: "mức độ 3 trở lên", "đạt cấp độ 4".
_GRADE = re.compile(
    r"(?<![^\W\d_])(?:(đạt|duy trì)[ \t]+)?(?:mức|cấp)[ \t]+độ[ \t]+(\d{1,2})(?![\d.,/%‰])"
    r"([ \t]+trở[ \t]+(?:lên|xuống)(?![^\W\d_]))?",
    re.IGNORECASE,
)
#: A list item of its own: from ";" (or ":") to the number, nothing but blanks.
_ITEM_START: Final = re.compile(r"[;:][ \t]*$")
_UPWARD = re.compile(r"[ \t]+trở[ \t]+(?:lên|xuống)\b", re.IGNORECASE)
_SUPERSCRIPTS: Final = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: A unit of measure glued to its number: "167,5cm", "1080m", "46kg", "7g/người/ngày".
_GLUED_UNIT: Final = re.compile(r"(?:cm|m|km|kg|g(?=/)|ha)(?![^\W_])", re.IGNORECASE)
_ENGLISH_DECIMAL: Final = re.compile(r"\.\d{1,2}$")
_GLUED_HEAD: Final = re.compile(r"(?<![^\W\d_])(?:dưới|trên|đạt|còn|khoảng|thiểu|nhất)$", re.I)


@attrs.frozen
class Value:
    """A number with its unit and the words that say how a target compares with it.

    Parameters
    ----------
    span : tuple of int
        The phrase: from its verb or comparator (or the number) to the end of its unit.
    number_span : tuple of int
        The (first) number.
    phrase : TargetPhrase
        As :func:`~vnhealthplan.text.parse_target_phrase` reads the phrase, without an
        indicator.
    text : str
        The phrase as read (for a counted noun, without the noun).
    unit : pint.Unit, optional
        The unit written (or the counted noun's); None for a bare number.
    counted : bool
        True when the unit comes from a counted noun ("04 bệnh viện").
    verb : bool
        True when a verb or comparator stands before the number ("đạt", "dưới" …).
    lead : bool
        True when a lead word stands before it ("có", "phấn đấu" …).
    decimal : {",", "."}, optional
        The decimal separator, where the number read two ways.
    reasons : tuple of str
        What was uncertain: an ambiguous decimal, a footnote marker glued to the value.
    fraction : str
        For the whole of a part written over it ("05/27 Trung tâm y tế huyện": 27), the
        fraction as written; ``""`` otherwise.
    aim : str
        A verb with "được" just before the number ("xây dựng được"), as written, or ``""``
        (see :func:`aim_verb`): a count after it is one the plan aims at.

    Examples
    --------
    >>> value = find_values("phát triển thêm 01 - 02 bệnh viện tư nhân")[0]
    >>> value.phrase.kind.value, value.unit, value.counted
    ('change', <Unit('facility')>, False)
    """

    span: Span
    number_span: Span
    phrase: TargetPhrase
    text: str
    unit: Any = None
    counted: bool = False
    verb: bool = False
    lead: bool = False
    decimal: Decimal | None = None
    reasons: tuple[str, ...] = ()
    fraction: str = ""
    aim: str = ""


def _skip_number(text: str, start: int, end: int) -> bool:
    """Whether the number at start–end is part of a date, a code or a document number."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if _GLUED_HEAD.search(text, max(0, start - 12), start):  # "dưới18,5‰", a typo
        return False
    if before == "/" or before.isalnum() or before in "%‰" + _SUPERSCRIPTS:
        return True
    if before in "-–" and start > 1 and text[start - 2].isalnum():
        return True
    if after in "-–" and end + 1 < len(text) and text[end + 1].isalpha():
        return True
    if not after.isalpha():
        return False
    glued = _GLUED_UNIT.match(text, end)
    if glued is None:
        return True
    # a length or mass glued to a number read the English way ("mức xà 1.74m", a caption) is
    # not a plan's figure ("167.5cm" and "7g/người" are read, as they were before)
    return glued.group().casefold() not in ("cm", "g") and bool(
        _ENGLISH_DECIMAL.search(text, start, end)
    )


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1945 <= int(number) <= 2100


def _head_starts(text: str, number: int, low: int) -> list[tuple[int, bool, bool]]:
    """Possible phrase starts before the number: (start, has verb, has lead), farthest first."""
    tokens = list(re.finditer(r"\S+", text[low:number]))
    starts: list[tuple[int, bool, bool]] = []
    verb = lead = False
    for tok in reversed(tokens[-6:]):
        bare = tok.group().lstrip("*(")  # "*Trên 80%", "(đảm bảo 70%": a mark or bracket before
        word = bare.casefold()
        if word not in HEAD_WORDS:
            break
        if word in LEADS:
            lead = True
        elif word not in LINKS:
            verb = True
        starts.append((low + tok.end() - len(bare), verb, lead))
    return [*reversed(starts), (number, False, False)]


def _read(phrase: str) -> tuple[TargetPhrase, Decimal | None, tuple[str, ...]]:
    read, error = _read_cached(phrase)
    if error is not None:
        raise error.with_traceback(None)
    assert read is not None
    return read


_Read = tuple[TargetPhrase, Decimal | None, tuple[str, ...]]


@lru_cache(maxsize=8192)
def _read_cached(phrase: str) -> tuple[_Read | None, ParseError | None]:
    """:func:`_read_phrase` of *phrase*, or the error it raises (plans repeat phrasings)."""
    try:
        return _read_phrase(phrase), None
    except ParseError as err:
        return None, err


def _read_phrase(phrase: str) -> tuple[TargetPhrase, Decimal | None, tuple[str, ...]]:
    try:
        return (read := parse_target_phrase(phrase)), None, read.reasons
    except AmbiguousNumberError as err:
        read = parse_target_phrase(phrase, decimal=".")
        (_, first), (_, second) = err.readings  # as a decimal point, as a thousands separator
        return read, ".", (reason("'{phrase}': the number reads {first:g} or {second:g}; read "
                                  "with '.' as the decimal point", phrase=phrase, first=first,
                                  second=second),)  # fmt: skip


def _value_at(text: str, start: int, end: int, low: int, high: int) -> Value | None:
    ranged = _RANGE.match(text, end, high)
    stop = ranged.end() if ranged else end
    unit, unit_end, counted = unit_after(text, stop, high)
    if unit is None and ranged:
        stop, ranged = end, None
        unit, unit_end, counted = unit_after(text, end, high)
    if unit is None or (_is_year(text[start:end]) and not ranged and unit_end == stop):
        return None
    unit = deaths_per_births(text, start, unit)  # "tử vong … 14/1.000 trẻ sinh sống": deaths
    phrase_end = stop if counted else unit_range(text, start, stop, unit_end, high)
    upward = _UPWARD.match(text, phrase_end, high)  # "(từ) 95% trở lên": "trở lên" is read too
    if upward and not counted:
        phrase_end = upward.end()
    for head, verb, lead in _head_starts(text, start, low):
        candidate = text[head:phrase_end]
        try:
            phrase, decimal, reasons = _read(candidate)
        except ParseError:
            continue
        glued = text[phrase_end : phrase_end + 1]
        if glued and (glued in _SUPERSCRIPTS or (glued.isdigit() and text[phrase_end - 1] in "%‰")):
            marker = reason("footnote marker {marker!r} glued to '{phrase}': left out of the value",
                            marker=glued, phrase=text[head:phrase_end])  # fmt: skip
            reasons = (*reasons, marker)
        span = (head + phrase.span[0], head + phrase.span[1])
        return Value(
            span, (start, end), phrase, candidate, unit, counted, verb, lead, decimal, reasons
        )
    return None


def _word_frames(text: str, low: int, high: int) -> list[Value]:
    values = []
    for m in _WORDS_FRAME.finditer(text, low, high):
        try:
            phrase = parse_target_phrase(m.group())
        except ParseError:
            continue
        unit = phrase.unit
        counted = unit is None
        if counted:
            key = fold(m.group(2))
            found = next((u for noun, u in COUNTED_NOUNS if key.startswith(noun)), None)
            if found is None:
                continue
            unit = registry().Unit(found)
        span = (m.start() + phrase.span[0], m.start() + phrase.span[1])
        values.append(Value(span, m.span(1), phrase, m.group(), unit, counted, True, False))
    return values


def _grades(text: str, low: int, high: int) -> list[Value]:
    """Levels of a grading, "mức độ 3 trở lên": a value in grades, the number after its noun.

    It has a verb when "đạt" or "duy trì" stands before the noun or "trở lên" after the
    number (at least that level).
    """
    values = []
    for m in _GRADE.finditer(text, low, high):
        number, verb, bound = m.group(2), m.group(1) or "", m.group(3) or ""
        words = f"{verb} {'từ ' if bound else ''}{number}{bound}".strip()
        try:
            phrase = parse_target_phrase(words)
        except ParseError:
            continue
        phrase = attrs.evolve(phrase, span=(0, m.end() - m.start()))
        unit = registry().Unit("grade")
        values.append(Value(m.span(), m.span(2), phrase, words, unit, True, bool(verb or bound)))
    return values


#: A breakdown by sex after a count: "3.580 đối tượng … (nam: 3.447, nữ: 133)".
_BY_SEX: Final = re.compile(r"(?:\(|,|;)[ \t]*(?:nam|nữ)(?:[ \t]+giới)?[ \t]*:?[ \t]*$", re.I)


def _part_by_sex(text: str, number: re.Match[str], values: list[Value]) -> Value | None:
    """A bare number of a breakdown by sex, "(nam: 3.447, nữ: 133)", in the unit of the
    count before it in the sentence (a count of people: not a share or a rate)."""
    if not values or not _BY_SEX.search(text, max(0, number.start() - 14), number.start()):
        return None
    k = len(values) - 1
    while k > 0 and values[k].counted and values[k].span == values[k].number_span:
        k -= 1  # past the other parts: "(nam: 3.447, nữ: 133)"
    count = values[k]
    opened = text.rfind("(", count.span[0], number.start())  # inside "(…" after the count
    if not counts_one_thing(count.unit) or opened < 0:
        return None
    if ")" in text[opened : number.start()]:
        return None
    try:
        phrase = parse_target_phrase(number.group())
    except ParseError:
        return None
    return Value(number.span(), number.span(), phrase, number.group(), count.unit, counted=True)


def _series(text: str, number: re.Match[str], values: list[Value]) -> Value | None:
    """A bare count of a series by year, in the unit of the count before it (:mod:`.series`)."""
    count = values[-1] if values else None
    if count is None or not counts_one_thing(count.unit) or _is_year(number.group()):
        return None
    if not series_item(text, number.span(), count.span[1]):
        return None
    phrase = parse_target_phrase(number.group())
    return Value(number.span(), number.span(), phrase, number.group(), count.unit, counted=True)


def _whole(text: str, start: int, end: int, high: int) -> Value | None:
    """The whole of a part written over it, "05/27 Trung tâm y tế huyện": 27 facilities."""
    frac = _FRACTION.match(text, end, high)
    if frac is None or _DATE_WORD.search(text, max(0, start - 8), start):
        return None
    whole = frac.group(1)
    part = text[start:end]
    if not part.isdigit() or int(part) > int(whole) or _is_year(whole):
        return None
    unit, _, _ = unit_after(text, frac.end(), high)
    dims = unit.dimensionality if unit is not None else {}
    if len(dims) != 1 or not ("[facilities]" in dims or "[stations]" in dims):
        return place_part(text, start, end, frac.end(), Value)  # "154/164 xã": its part
    phrase = parse_target_phrase(whole)
    span = (start, frac.end())
    value = Value(span, frac.span(1), phrase, whole, unit, counted=True)
    return attrs.evolve(value, fraction=text[slice(*span)])


def find_values(text: str, start: int = 0, end: int | None = None) -> list[Value]:
    """The quantified phrases in ``text[start:end]``, in order (see the module notes).

    Parameters
    ----------
    text : str
    start, end : int
        The part to search (a clause); spans are in *text*.

    Returns
    -------
    list of Value

    Examples
    --------
    An Giang's list shares "trên 10.000 dân" at its end; the caller applies it:

    >>> text = "đạt 27 giường bệnh viện, 10 bác sĩ, 25 điều dưỡng viên trên 10.000 dân"
    >>> [str(v.unit) for v in find_values(text)]
    ['bed', 'doctor', 'nurse / ten_thousand_people']
    >>> find_values("Nghị quyết số 01/NQ-CP ngày 05/01/2024 và COVID-19")
    []
    """
    end = len(text) if end is None else end
    values = _cued_values(text, start, end)
    _add_numbers(text, start, end, values)
    spans = tuple(v.span for v in values)  # "Số giường bệnh trên vạn dân đạt 42,05": bare
    for span, number_span, phrase, words in named_figures(text, start, end, spans):
        unit = phrase.value.units  # counted: read in this unit, whatever indicator it is
        values.append(Value(span, number_span, phrase, words, unit, counted=True, verb=True))
    values = open_from(text, _shared_about(text, sorted(values, key=lambda v: v.span)))
    return _list_items(text, read_changes(text, values, start))


def _cued_values(text: str, start: int, end: int) -> list[Value]:
    """The values whose words say what they are before their numbers are read: word frames,
    grades, ranks ("tốp 10"), none ("không có") and fractions of a change ("giảm 2/3")."""
    values = _word_frames(text, start, end) + _grades(text, start, end)
    for span, number_span, phrase, words, verb in rank_values(text, start, end):  # "tốp 10"
        values.append(Value(span, number_span, phrase, words, registry().Unit("rank"), True, verb))
    for span, number_span, phrase, words, unit in zero_values(text, start, end):  # "không có"
        values.append(Value(span, number_span, phrase, words, unit, True, True))
    for span, number_span, phrase, words in fraction_changes(text, start, end):  # "giảm 2/3"
        values.append(Value(span, number_span, phrase, words, phrase.value.units, verb=True))
    return values


def _add_numbers(text: str, start: int, end: int, values: list[Value]) -> None:
    """Append to *values* the value of each number of ``text[start:end]`` they do not take:
    a whole figure, a value with its unit, a part by sex or a member of a series."""
    taken = [v.span for v in values]
    pos = start
    for m in _NUMBER.finditer(text, start, end):
        if m.start() < pos or any(a <= m.start() < b for a, b in taken):
            continue
        if _skip_number(text, m.start(), m.end()) or is_rate_base(text, m.start(), m.end()):
            continue
        whole = _whole(text, m.start(), m.end(), end)
        if whole is not None:
            values.append(whole)
            pos = whole.span[1]
            continue
        low = values[-1].span[1] if values and values[-1].span[1] <= m.start() else start
        value = (
            _value_at(text, m.start(), m.end(), low, end)
            or _part_by_sex(text, m, values)
            or _series(text, m, values)
        )
        if value is not None:
            values.append(value)
            pos = value.span[1]


def _list_items(text: str, values: list[Value]) -> list[Value]:
    """Values with the verb of the list they are items of, and the aim verb before each.

    In "phấn đấu đạt 34 giường bệnh/vạn dân; 9 bác sĩ/vạn dân; 120 trạm y tế có bác sĩ"
    and "Xây dựng được 08 vùng …; 02 – 05 vùng trồng …" an item that starts with its
    number, right after ";" or ":", has no verb of its own: it takes the one of the item
    before it.
    """
    for i, value in enumerate(values):
        low = values[i - 1].span[1] if i else max(0, value.span[0] - 40)
        if not (value.verb or value.lead):
            aim = aim_verb(text[low : value.span[0]])
            if aim:
                values[i] = value = attrs.evolve(value, aim=aim)
        if i == 0 or value.verb or value.lead or value.aim:
            continue
        before = values[i - 1]
        if _ITEM_START.search(text, low, value.span[0]) and (
            before.verb or before.lead or before.aim
        ):
            values[i] = attrs.evolve(value, verb=before.verb, lead=before.lead, aim=before.aim)
    return values


#: Between two values, words and "và" only: "khoảng 80% nhu cầu và 70% giá trị".
_AND_NEXT: Final = re.compile(r"[^\d,;:.()]{0,40}\svà\s+", re.IGNORECASE)


def _shared_about(text: str, values: list[Value]) -> list[Value]:
    """Values whose approximation is the one before them ("khoảng A và B": both about)."""
    for i in range(1, len(values)):
        before, value = values[i - 1], values[i]
        if before.phrase.comparator is not Comparator.ABOUT:
            continue
        if value.phrase.comparator is not Comparator.EQ or value.phrase.upper is not None:
            continue
        if _AND_NEXT.fullmatch(text, before.span[1], value.span[0]):
            phrase = attrs.evolve(value.phrase, comparator=Comparator.ABOUT)
            values[i] = attrs.evolve(value, phrase=phrase)
    return values
