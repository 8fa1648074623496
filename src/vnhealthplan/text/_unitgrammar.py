"""The grammar of units as the plans write them (private: see :mod:`.units`).

Tables of unit words in Vietnamese and English, the reading of a unit into numerator and
denominator, and the rules that read a unit against an indicator. Failures are
:class:`NoReading` at a span of the normalised text; the public functions turn them into
:class:`~vnhealthplan.text.errors.ParseError` at the span of the text as given.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any, Final, Literal

import attrs

from vnhealthplan.core.errors import WrongTypeError
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.reasons import reason
from vnhealthplan.core.templated import VietnameseNumber
from vnhealthplan.core.unitnames import NOT_A_UNIT_BEFORE, PER_TIME, join_unit, unit_name
from vnhealthplan.core.units import registry
from vnhealthplan.core.vocab import Lang
from vnhealthplan.data import indicators, unit_words
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError, check_characters
from vnhealthplan.text.numbers import parse_number

Decimal = Literal[",", "."]

# The unit words (names, spellings, denominators, scales) are data: data/unit_words.toml,
# read by vnhealthplan.data.unit_words.
_UNIT_EXAMPLES: Final = message("a unit such as 'giường bệnh/vạn dân', '‰', '%', 'triệu đồng'")

#: Control and formatting characters (C0/C1 controls, bidi overrides, zero-width marks).


class NoReading(Exception):
    """A failure at a span of the normalised text; turned into a ParseError at the API.

    *expected* is a :class:`~vnhealthplan.core.messages.Message`, or the English template of
    one (a literal, translated in ``apierrors.po``) with its *fields*.
    """

    def __init__(self, start: int, end: int, expected: str, /, **fields: Any) -> None:
        said = expected if isinstance(expected, Message) else message(expected, **fields)
        super().__init__(said)
        self.start, self.end, self.expected = start, end, said

    def error(self, text: str, what: str, offsets: tuple[int, ...]) -> ParseError:
        return ParseError(text, what, offsets[self.start], offsets[self.end], self.expected)


class _Ambiguous(NoReading):
    def __init__(self, start: int, end: int, readings: tuple[tuple[str, float], ...]) -> None:
        super().__init__(start, end, "one reading")
        self.readings = readings

    def error(self, text: str, what: str, offsets: tuple[int, ...]) -> ParseError:
        start, end = offsets[self.start], offsets[self.end]
        return AmbiguousNumberError(text, self.readings, what=what, start=start, end=end)


def normalise(text: str, what: str) -> tuple[str, tuple[int, ...]]:
    """*text* in NFC and, for each character of it, where it starts in *text*.

    Decomposed Vietnamese (a vowel followed by combining tone marks) is composed, so
    spans still point into the text as given. Control and formatting characters other
    than tab, line feed and carriage return are refused.
    """
    if not isinstance(text, str):
        owner = "parse_" + what.removeprefix("a ").removeprefix("an ").replace(" ", "_")
        raise WrongTypeError(
            owner, "text", text, message("a string (got {type})", type=str(type(text).__name__))
        )
    check_characters(text, what)
    if unicodedata.is_normalized("NFC", text):
        return text, tuple(range(len(text) + 1))
    pieces: list[str] = []
    starts: list[int] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        pieces.append(piece)
        starts.extend([i] * len(piece))
        i = j
    return "".join(pieces), (*starts, len(text))


def indicator_of(indicator: Indicator | str | None) -> Indicator | None:
    return None if indicator is None else indicators.get(indicator)


#: Unit words that are no unit before the word given (:data:`NOT_A_UNIT_BEFORE`), as lookaheads.
_NOT_BEFORE: Final = {word: f"(?!{after})" for word, after in NOT_A_UNIT_BEFORE.items()}


def _alternation(spellings: Any) -> re.Pattern[str]:
    """A pattern matching any of *spellings* as whole words, longest first, any case."""
    parts = []
    for spelling in sorted(spellings, key=len, reverse=True):
        pattern = r"\s+".join(map(re.escape, spelling.split()))
        pattern += r"(?![^\W\d_])" if spelling[-1].isalpha() else ""
        parts.append(pattern + _NOT_BEFORE.get(spelling.casefold(), ""))
    return re.compile("|".join(parts), re.IGNORECASE)


def _key(matched: str) -> str:
    return " ".join(matched.split()).casefold()


@cache
def _lexicon() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """Every spelling of a unit, folded, to (unit name, language); and its pattern."""
    words: dict[str, tuple[str, str]] = {}
    for name, (vi, en, en_one) in unit_words.names().items():
        same = vi == en
        words[vi.casefold()] = (name, "" if same else "vi")
        for spelling in (en, en_one):
            words.setdefault(spelling.casefold(), (name, "" if same else "en"))
    for tables in (unit_words.spellings(), unit_words.numerators()):
        for lang, table in tables.items():
            for spelling, name in table.items():
                words[spelling.casefold()] = (name, lang)
    return words, _alternation(words)


@cache
def _numerator_only() -> frozenset[str]:
    """Folded words that are a unit only before a denominator ("con" of "con/phụ nữ")."""
    return frozenset(w.casefold() for table in unit_words.numerators().values() for w in table)


@cache
def _bases() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """Denominator nouns, folded, to (base unit, language): people, live births, any count."""
    words, _ = _lexicon()
    symbols = unit_words.symbol_scale()
    bases = {k: v for k, v in words.items() if v[0] not in symbols and k not in _numerator_only()}
    for lang, spellings in unit_words.people().items():
        bases.update(dict.fromkeys(spellings, ("person", lang)))
    for lang, nouns in unit_words.denominator_nouns().items():
        bases.update({k.casefold(): (v, lang) for k, v in nouns.items()})
    return bases, _alternation(bases)


_SPACE = re.compile(r"\s*")
_SO = re.compile(r"số\s+", re.IGNORECASE)
_SEPARATOR = re.compile(r"/|(?:trên|mỗi|per)(?![^\W\d_])", re.IGNORECASE)
_SCALE = re.compile(
    r"(?P<digits>100[.,]000|100000|10[.,]000|10000|1[.,]000|1000|100)(?![.,]?\d)"
    r"|(?:1\s+)?(?P<word>vạn|nghìn|ngàn)(?=\s)"  # "1 vạn dân" is "vạn dân"
    r"|(?P<one>1)(?=\s+[^\W\d_])",  # "con/1 phụ nữ": per one woman
    re.IGNORECASE,
)
_EACH = re.compile(r"mỗi\s+", re.IGNORECASE)
#: "/1.000" with no noun: per mille, as "‰"; "/100.000" with no noun: per 100,000.
_PER_THOUSAND = re.compile(r"1(?P<hundred>00)?[.,]?000\s*")
NUMBER = re.compile(r"[-+−]?\d+(?:[.,]\d+)*")
WORD = re.compile(r"\S+")


@attrs.frozen
class _Reading:
    """A unit as read, before the indicator is considered."""

    unit: Any
    numerator: str | None
    denominator: str | None
    langs: frozenset[str]
    bare: str = ""  # a word that is a unit only before a denominator, written alone


def skip_space(norm: str, pos: int, end: int) -> int:
    match = _SPACE.match(norm, pos, end)
    return match.end() if match else pos


def read_unit(norm: str, start: int, end: int) -> _Reading:
    """Read ``norm[start:end]`` as a unit; failures are :class:`NoReading` at their span."""
    pos = skip_space(norm, start, end)
    if pos == end:
        raise NoReading(start, end, _UNIT_EXAMPLES)
    langs: set[str] = set()
    words, pattern = _lexicon()
    prefix = _SO.match(norm, pos, end)
    if prefix:
        pos, langs = prefix.end(), {"vi"}
    numerator = None
    match = pattern.match(norm, pos, end)
    if match:
        numerator, lang = words[_key(match.group())]
        langs.add(lang)
        pos = skip_space(norm, match.end(), end)
        if pos == end:
            reading = _reading(norm, start, end, numerator, None, langs)
            bare = _key(match.group()) in _numerator_only()
            return attrs.evolve(reading, bare=match.group()) if bare else reading
        if numerator in unit_words.symbol_scale():
            per = _per_time(norm, pos, end, langs)  # a yearly change: "10%/năm"
            if per is None or per[1] != end:
                raise NoReading(pos, end, "the end of the unit after {unit!r}", unit=match.group())
            return _reading(norm, start, end, numerator, per[0], langs)
    pos, divided = _past_separator(norm, pos, end, langs, numerator)
    if numerator is None and divided and (base := _PER_THOUSAND.fullmatch(norm, pos, end)):
        rate = "per_hundred_thousand" if base["hundred"] else "permille"  # "0,02/100.000"
        return _reading(norm, start, end, rate, None, langs)  # "14/1.000": per mille
    denominator, pos = _read_denominator(norm, pos, end, langs)
    per = _per_time(norm, pos, end, langs) if pos != end and denominator not in PER_TIME else None
    if per:  # an amount per head (or household) per day or year: "gam/người/ngày"
        denominator, pos = f"{denominator} * {per[0]}", per[1]
    if pos != end:
        raise NoReading(pos, end, "the end of the unit")
    return _reading(norm, start, end, numerator, denominator, langs)


def _past_separator(
    norm: str, pos: int, end: int, langs: set[str], numerator: str | None
) -> tuple[int, bool]:
    """Where the denominator starts after the numerator's separator ("/", "trên", "mỗi",
    "per"), and whether there was one; a unit that neither divides nor ends (nor goes on in
    digits of a scale) is refused."""
    separator = _SEPARATOR.match(norm, pos, end)
    if separator:
        langs.add({"/": "", "trên": "vi", "mỗi": "vi"}.get(separator.group().casefold(), "en"))
        pos = skip_space(norm, separator.end(), end)
        each = _EACH.match(norm, pos, end)  # "trên mỗi 10.000 dân", "/mỗi vạn dân"
        pos = each.end() if each and separator.group().casefold() != "mỗi" else pos
        if pos == end:
            expected = message(
                "a denominator after {separator!r}, such as 'vạn dân'", separator=separator.group()
            )
            raise NoReading(separator.start(), end, expected)
        return pos, True
    if numerator is None or not _scale_digits(norm, pos, end):
        word = WORD.match(norm, pos, end)
        stop = word.end() if numerator is None and word else end
        expected = (
            _UNIT_EXAMPLES
            if numerator is None
            else message("'/', 'trên' or 'per' and a denominator, or the end of the unit")
        )
        raise NoReading(pos, stop, expected)
    return pos, False


def _per_time(norm: str, pos: int, end: int, langs: set[str]) -> tuple[str, int] | None:
    """A second denominator of time ("/ngày", "/năm"; "per day" as English writes it back)
    and where it ends, or None."""
    separator = _SEPARATOR.match(norm, pos, end)
    if separator is None or separator.group().casefold() not in ("/", "per"):
        return None
    langs.add("en" if separator.group() != "/" else "")
    after = skip_space(norm, separator.end(), end)
    words, pattern = _lexicon()
    match = pattern.match(norm, after, end)
    if match is None or words[_key(match.group())][0] not in PER_TIME:
        return None
    langs.add(words[_key(match.group())][1])
    return words[_key(match.group())][0], skip_space(norm, match.end(), end)


#: Words that multiply the number before a unit of counted things ("180 nghìn người",
#: "1,2 triệu lượt khám"); money's own units ("triệu đồng", "tỷ đồng") are read first.
MULTIPLIERS: Final = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_MULTIPLIER = re.compile(r"(?:nghìn|ngàn|triệu|tỷ|tỉ)(?=\s)", re.IGNORECASE)


def read_scaled_unit(norm: str, start: int, end: int) -> tuple[_Reading, int]:
    """:func:`read_unit`, or a multiplier word and then a unit: the reading and the factor.

    The factor is 1 when no multiplier is written; a multiplier before a unit that does
    not read fails as the whole span does.
    """
    try:
        return read_unit(norm, start, end), 1
    except NoReading:
        match = _MULTIPLIER.match(norm, skip_space(norm, start, end), end)
        if match is None:
            raise
        try:
            reading = read_unit(norm, match.end(), end)
        except NoReading:
            raise NoReading(start, end, _UNIT_EXAMPLES) from None
        if reading.numerator is None or str(reading.unit) in ("percent", "per_mille"):
            raise NoReading(start, end, _UNIT_EXAMPLES) from None
        return reading, MULTIPLIERS[match.group().casefold()]


def _scale_digits(norm: str, pos: int, end: int) -> bool:
    """Whether a numeric scale ("10.000") starts at *pos*: a denominator without separator."""
    match = _SCALE.match(norm, pos, end)
    return bool(match and match.group("digits"))


def _read_denominator(norm: str, pos: int, end: int, langs: set[str]) -> tuple[str, int]:
    scale, scale_at = 1, pos
    match = _SCALE.match(norm, pos, end)
    if match:
        written = match.group()
        if match.group("word"):
            scale = unit_words.scale_words()[match.group("word").casefold()]
            langs.add("vi")
        else:
            scale = int(written.replace(".", "").replace(",", ""))
            langs.add("vi" if "." in written else "en" if "," in written else "")
        pos = skip_space(norm, match.end(), end)
    bases, pattern = _bases()
    base = pattern.match(norm, pos, end)
    if not base:
        expected = message("a denominator such as 'vạn dân', '10.000 dân', '100.000 trẻ đẻ sống'")
        raise NoReading(pos, end, expected)
    noun, lang = bases[_key(base.group())]
    langs.add(lang)
    name = unit_words.scaled().get((noun, scale), noun if scale == 1 else None)
    if name is None:
        expected = message(
            "a denominator of 100, 1.000, 10.000 or 100.000 people, or of 1.000 or "
            "100.000 live births"
        )
        raise NoReading(scale_at, base.end(), expected)
    return name, skip_space(norm, base.end(), end)


def _reading(
    norm: str, start: int, end: int, numerator: str | None, denominator: str | None, langs: Any
) -> _Reading:
    langs = frozenset(langs) - {""}
    if len(langs) > 1:
        raise NoReading(start, end, "a unit written in one language, Vietnamese or English")
    ureg = registry()
    unit = ureg.Unit(numerator or "dimensionless")
    if denominator:
        unit = unit / ureg.Unit(denominator)
    return _Reading(unit, numerator, denominator, langs)


def _parts(unit: Any) -> tuple[Any, Any]:
    """The unit's numerator and denominator, as units."""
    ureg = registry()
    top, bottom = ureg.Unit("dimensionless"), ureg.Unit("dimensionless")
    for name, power in unit._units.items():
        if power > 0:
            top = top * ureg.Unit(name) ** power
        else:
            bottom = bottom * ureg.Unit(name) ** -power
    return top, bottom


def resolve_unit(reading: _Reading, indicator: Indicator | None, start: int, end: int) -> Any:
    """The unit *reading* means for *indicator* (see the module notes), or a :class:`NoReading`."""
    unit = reading.unit
    if reading.bare and (indicator is None or indicator.unit.dimensionality == unit.dimensionality):
        # "2 con" is no unit; "1,92 con" of total fertility is its numerator
        raise NoReading(start, end, "a denominator after {bare!r}, as in 'con/phụ nữ'",
                        bare=reading.bare)  # fmt: skip
    if indicator is None:
        return unit
    wanted = indicator.unit
    if unit.dimensionality == wanted.dimensionality:
        return unit
    top, bottom = _parts(wanted)
    symbols, numerator = unit_words.symbol_scale(), reading.numerator
    if reading.denominator is None and numerator is not None and numerator in symbols:
        factor = registry().Quantity(1, bottom).to_root_units().magnitude
        if len(wanted._units) == 2 and factor == symbols[numerator]:
            return wanted
    elif reading.denominator is None and reading.numerator is not None:
        counts_deaths = reading.numerator == "person" and "[deaths]" in top.dimensionality
        counts_births = reading.numerator == "child" and top.dimensionality == {"[live_births]": 1}
        if unit.dimensionality == top.dimensionality or counts_deaths or counts_births:
            return wanted
    elif reading.numerator is None and (top * unit).dimensionality == wanted.dimensionality:
        return top * unit
    expected = message(
        "a unit of indicator {code!r} ({wanted}, {dimensionality}); this reads "
        "as {unit} ({dimensionality2})",
        code=indicator.code,
        wanted=str(wanted),
        dimensionality=str(wanted.dimensionality),
        unit=str(unit),
        dimensionality2=str(unit.dimensionality),
    )
    raise NoReading(start, end, expected)


def number_at(norm: str, start: int, end: int, decimal: Decimal | None) -> int | float:
    """``norm[start:end]`` as a number; errors of :func:`parse_number` at their span."""
    try:
        return parse_number(norm[start:end], decimal=decimal)
    except AmbiguousNumberError as err:
        raise _Ambiguous(start, end, err.readings) from None
    except ParseError as err:
        raise NoReading(start + err.start, start + err.end, err.expected) from None


def _bound(unit: Any, indicator: Indicator | None) -> tuple[float | None, str]:
    """The largest value *unit* can take, and the code of the indicator whose bound it is
    ('' for the unit's own bound)."""
    known = indicator is not None and indicator.maximum is not None
    if indicator is not None and known and (unit is None or unit == indicator.unit):
        return indicator.maximum, indicator.code
    if unit is None:
        return None, ""
    for name, most in unit_words.plausible_maximum().items():
        if registry().Unit(name) == unit:
            return most, ""
    return None, ""


def bounded_number(
    norm: str, start: int, end: int, decimal: Decimal | None, unit: Any, indicator: Any
) -> tuple[int | float, str]:
    """:func:`number_at`, and a number that reads two ways read where only one reading fits.

    "1.92 con/phụ nữ" reads 1.92 or 192; no total fertility is 192, so it is 1.92, and the
    reason says so (returned with the number; "" when there is none).
    """
    try:
        return number_at(norm, start, end, decimal), ""
    except _Ambiguous as fail:
        readings = dict(fail.readings)
        low, high = readings.get("decimal"), readings.get("grouping")
        most, whose = _bound(unit, indicator)
        if most is None or low is None or high is None or not abs(low) <= most < abs(high):
            raise
    unit = unit if unit is not None or indicator is None else indicator.unit
    said_vi = format(VietnameseNumber(high), "g")  # "35.000", as the Vietnamese reason says it
    shown = {"en": _with_unit(f"{high:g}", unit, "en"), "vi": _with_unit(said_vi, unit, "vi")}
    fields = {"said": norm[start:end], "low": low, "shown": shown, "most": most}
    if whose:  # the indicator's bound
        why = reason(
            "{said!r} is read as {low:g}, '.' as the decimal point: the thousands reading, "
            "{shown}, is impossible (indicator {code!r} is at most {most:g})",
            code=whose,
            **fields,
        )
    else:
        why = reason(
            "{said!r} is read as {low:g}, '.' as the decimal point: the thousands reading, "
            "{shown}, is impossible (no plan's figure in this unit is above {most:g})",
            **fields,
        )
    return low, why


def _with_unit(number: str, unit: Any, lang: Lang) -> str:
    """*number* with *unit*'s name in *lang* ("192 children/woman"), if any."""
    if unit is None:
        return number
    try:
        return join_unit(number, unit_name(unit, lang))
    except ValueError:  # a unit with no name: its registry name
        return f"{number} {unit}"


def check_english_number(langs: Any, spans: Any, norm: str, decimal: Decimal | None) -> None:
    """Refuse an English phrase whose numbers have separators, unless *decimal* is given."""
    if "en" not in langs or decimal is not None:
        return
    for start, end in spans:
        if any(sep in norm[start:end] for sep in ".,"):
            expected = message(
                "decimal='.' for a number written the English way (the words are "
                "English), or decimal=',' for the Vietnamese way"
            )
            raise NoReading(start, end, expected)


def scaled_number(number: int | float, scale: int) -> int | float:
    """*number* times a multiplier word's *scale* ("1,5 triệu": 1500000), whole if it is."""
    if scale == 1:
        return number
    scaled = round(number * scale, 6)
    return int(scaled) if float(scaled).is_integer() else scaled
