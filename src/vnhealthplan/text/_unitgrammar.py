"""The grammar of units as the plans write them (private: see :mod:`.units`).

Tables of unit words in Vietnamese and English, the reading of a unit into numerator and
denominator, and the rules that read a unit against an indicator. Failures are
:class:`_Fail` at a span of the normalised text; the public functions turn them into
:class:`~vnhealthplan.text.errors.ParseError` at the span of the text as given.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any, Final, Literal

import attrs

from vnhealthplan.core.errors import WrongTypeError
from vnhealthplan.core.units import registry
from vnhealthplan.data import indicators
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError, check_characters
from vnhealthplan.text.numbers import parse_number

Decimal = Literal[",", "."]

#: How each unit is written: (Vietnamese, English plural, English singular).
_NAMES: Final = {
    "person": ("người", "people", "person"),
    "live_birth": ("trẻ đẻ sống", "live births", "live birth"),
    "death": ("ca tử vong", "deaths", "death"),
    "bed": ("giường bệnh", "beds", "bed"),
    "doctor": ("bác sĩ", "doctors", "doctor"),
    "pharmacist": ("dược sĩ", "pharmacists", "pharmacist"),
    "nurse": ("điều dưỡng", "nurses", "nurse"),
    "health_worker": ("nhân viên y tế", "health workers", "health worker"),
    "facility": ("cơ sở", "facilities", "facility"),
    "commune": ("xã", "communes", "commune"),
    "station": ("trạm", "stations", "station"),
    "vaccine": ("vắc-xin", "vaccines", "vaccine"),
    "dong": ("đồng", "VND", "VND"),
    "thousand_dong": ("nghìn đồng", "thousand VND", "thousand VND"),
    "million_dong": ("triệu đồng", "million VND", "million VND"),
    "billion_dong": ("tỷ đồng", "billion VND", "billion VND"),
    "second": ("giây", "seconds", "second"),
    "minute": ("phút", "minutes", "minute"),
    "hour": ("giờ", "hours", "hour"),
    "day": ("ngày", "days", "day"),
    "year": ("năm", "years", "year"),
    "meter": ("m", "m", "m"),
    "centimeter": ("cm", "cm", "cm"),
    "percent": ("%", "%", "%"),
    "permille": ("‰", "‰", "‰"),
}
#: Other spellings read as units, by language ("" for both).
_SPELLINGS: Final = {
    "vi": {
        "giường bệnh viện": "bed",
        "giường": "bed",
        "GB": "bed",
        "bác sỹ": "doctor",
        "dược sỹ": "pharmacist",
        "dược sĩ đại học": "pharmacist",
        "dược sỹ đại học": "pharmacist",
        "điều dưỡng viên": "nurse",
        "người dân": "person",
        "trẻ sinh sống": "live_birth",
        "trường hợp tử vong": "death",
        "cán bộ y tế": "health_worker",
        "cơ sở y tế": "facility",
        "bệnh viện": "facility",
        "trạm y tế": "station",
        "vắc xin": "vaccine",
        "ngàn đồng": "thousand_dong",
        "tỉ đồng": "billion_dong",
        "tuổi": "year",
        "phần trăm": "percent",
        "phần nghìn": "permille",
    },
    "en": {
        "hospital beds": "bed",
        "hospital bed": "bed",
        "physicians": "doctor",
        "physician": "doctor",
        "persons": "person",
        "inhabitants": "person",
        "hospitals": "facility",
        "hospital": "facility",
        "health stations": "station",
        "health station": "station",
        "percent": "percent",
        "per cent": "percent",
        "per mille": "permille",
    },
    "": {"VND": "dong", "VNĐ": "dong"},
}
#: Denominators: the scaled units of people and of live births.
_SCALED: Final = {
    ("person", 1): "person",
    ("person", 100): "hundred_people",
    ("person", 1000): "thousand_people",
    ("person", 10000): "ten_thousand_people",
    ("person", 100000): "hundred_thousand_people",
    ("live_birth", 1): "live_birth",
    ("live_birth", 1000): "thousand_live_births",
    ("live_birth", 100000): "hundred_thousand_live_births",
}
_PEOPLE: Final = {"vi": ("dân", "dân số"), "en": ("population",)}
#: Denominator names for writing: (Vietnamese, English).
_DENOMINATORS: Final = {
    "hundred_people": ("100 dân", "100 population"),
    "thousand_people": ("1.000 dân", "1,000 population"),
    "ten_thousand_people": ("vạn dân", "10,000 population"),
    "hundred_thousand_people": ("100.000 dân", "100,000 population"),
    "thousand_live_births": ("1.000 trẻ đẻ sống", "1,000 live births"),
    "hundred_thousand_live_births": ("100.000 trẻ đẻ sống", "100,000 live births"),
}
#: Units written without their numerator, as the plans write them: (Vietnamese, English).
#: Reading them back needs the indicator.
_CONTEXTUAL: Final = {
    (("death", 1), ("thousand_live_births", -1)): ("‰", "per 1,000 live births"),
    (("live_birth", 1), ("thousand_people", -1)): ("‰", "per 1,000 population"),
    (("death", 1), ("hundred_thousand_live_births", -1)): (
        "/100.000 trẻ đẻ sống",
        "per 100,000 live births",
    ),
}
_SYMBOL_SCALE: Final = {"percent": 100, "permille": 1000}
_UNIT_EXAMPLES: Final = "a unit such as 'giường bệnh/vạn dân', '‰', '%', 'triệu đồng'"

#: Control and formatting characters (C0/C1 controls, bidi overrides, zero-width marks).


class _Fail(Exception):
    """A failure at a span of the normalised text; turned into a ParseError at the API."""

    def __init__(self, start: int, end: int, expected: str) -> None:
        super().__init__(expected)
        self.start, self.end, self.expected = start, end, expected

    def error(self, text: str, what: str, offsets: tuple[int, ...]) -> ParseError:
        return ParseError(text, what, offsets[self.start], offsets[self.end], self.expected)


class _Ambiguous(_Fail):
    def __init__(self, start: int, end: int, readings: tuple[tuple[str, float], ...]) -> None:
        super().__init__(start, end, "one reading")
        self.readings = readings

    def error(self, text: str, what: str, offsets: tuple[int, ...]) -> ParseError:
        start, end = offsets[self.start], offsets[self.end]
        return AmbiguousNumberError(text, self.readings, what=what, start=start, end=end)


def _normalise(text: str, what: str) -> tuple[str, tuple[int, ...]]:
    """*text* in NFC and, for each character of it, where it starts in *text*.

    Decomposed Vietnamese (a vowel followed by combining tone marks) is composed, so
    spans still point into the text as given. Control and formatting characters other
    than tab, line feed and carriage return are refused.
    """
    if not isinstance(text, str):
        owner = "parse_" + what.removeprefix("a ").removeprefix("an ").replace(" ", "_")
        raise WrongTypeError(owner, "text", text, f"a string (got {type(text).__name__})")
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


def _indicator(indicator: Indicator | str | None) -> Indicator | None:
    return None if indicator is None else indicators.get(indicator)


def _alternation(spellings: Any) -> re.Pattern[str]:
    """A pattern matching any of *spellings* as whole words, longest first, any case."""
    parts = []
    for spelling in sorted(spellings, key=len, reverse=True):
        pattern = r"\s+".join(map(re.escape, spelling.split()))
        parts.append(pattern + (r"(?![^\W\d_])" if spelling[-1].isalpha() else ""))
    return re.compile("|".join(parts), re.IGNORECASE)


def _key(matched: str) -> str:
    return " ".join(matched.split()).casefold()


@cache
def _lexicon() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """Every spelling of a unit, folded, to (unit name, language); and its pattern."""
    words: dict[str, tuple[str, str]] = {}
    for name, (vi, en, en_one) in _NAMES.items():
        same = vi == en
        words[vi.casefold()] = (name, "" if same else "vi")
        for spelling in (en, en_one):
            words.setdefault(spelling.casefold(), (name, "" if same else "en"))
    for lang, table in _SPELLINGS.items():
        for spelling, name in table.items():
            words[spelling.casefold()] = (name, lang)
    return words, _alternation(words)


@cache
def _bases() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """Denominator nouns, folded, to (base unit, language): people, live births, any count."""
    words, _ = _lexicon()
    bases = {k: v for k, v in words.items() if v[0] not in _SYMBOL_SCALE}
    for lang, spellings in _PEOPLE.items():
        bases.update(dict.fromkeys(spellings, ("person", lang)))
    return bases, _alternation(bases)


_SPACE = re.compile(r"\s*")
_SO = re.compile(r"số\s+", re.IGNORECASE)
_SEPARATOR = re.compile(r"/|trên(?![^\W\d_])|per(?![^\W\d_])", re.IGNORECASE)
_SCALE = re.compile(
    r"(?P<digits>100[.,]000|100000|10[.,]000|10000|1[.,]000|1000|100)(?![.,]?\d)"
    r"|(?P<word>vạn|nghìn|ngàn)(?=\s)",
    re.IGNORECASE,
)
_SCALE_WORDS: Final = {"vạn": 10000, "nghìn": 1000, "ngàn": 1000}
_NUMBER = re.compile(r"[-+−]?\d+(?:[.,]\d+)*")
_WORD = re.compile(r"\S+")


@attrs.frozen
class _Reading:
    """A unit as read, before the indicator is considered."""

    unit: Any
    numerator: str | None
    denominator: str | None
    langs: frozenset[str]


def _skip(norm: str, pos: int, end: int) -> int:
    match = _SPACE.match(norm, pos, end)
    return match.end() if match else pos


def _read_unit(norm: str, start: int, end: int) -> _Reading:
    """Read ``norm[start:end]`` as a unit; failures are :class:`_Fail` at their span."""
    pos = _skip(norm, start, end)
    if pos == end:
        raise _Fail(start, end, _UNIT_EXAMPLES)
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
        pos = _skip(norm, match.end(), end)
        if pos == end:
            return _reading(norm, start, end, numerator, None, langs)
        if numerator in _SYMBOL_SCALE:
            raise _Fail(pos, end, f"the end of the unit after {match.group()!r}")
    separator = _SEPARATOR.match(norm, pos, end)
    if separator:
        langs.add({"/": "", "trên": "vi"}.get(separator.group().casefold(), "en"))
        pos = _skip(norm, separator.end(), end)
        if pos == end:
            expected = f"a denominator after {separator.group()!r}, such as 'vạn dân'"
            raise _Fail(separator.start(), end, expected)
    elif numerator is None or not _scale_digits(norm, pos, end):
        word = _WORD.match(norm, pos, end)
        stop = word.end() if numerator is None and word else end
        expected = (
            _UNIT_EXAMPLES
            if numerator is None
            else "'/', 'trên' or 'per' and a denominator, or the end of the unit"
        )
        raise _Fail(pos, stop, expected)
    denominator, pos = _read_denominator(norm, pos, end, langs)
    if pos != end:
        raise _Fail(pos, end, "the end of the unit")
    return _reading(norm, start, end, numerator, denominator, langs)


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
            scale = _SCALE_WORDS[written.casefold()]
            langs.add("vi")
        else:
            scale = int(written.replace(".", "").replace(",", ""))
            langs.add("vi" if "." in written else "en" if "," in written else "")
        pos = _skip(norm, match.end(), end)
    bases, pattern = _bases()
    base = pattern.match(norm, pos, end)
    if not base:
        expected = "a denominator such as 'vạn dân', '10.000 dân', '100.000 trẻ đẻ sống'"
        raise _Fail(pos, end, expected)
    noun, lang = bases[_key(base.group())]
    langs.add(lang)
    name = _SCALED.get((noun, scale), noun if scale == 1 else None)
    if name is None:
        expected = (
            "a denominator of 100, 1.000, 10.000 or 100.000 people, "
            "or of 1.000 or 100.000 live births"
        )
        raise _Fail(scale_at, base.end(), expected)
    return name, _skip(norm, base.end(), end)


def _reading(
    norm: str, start: int, end: int, numerator: str | None, denominator: str | None, langs: Any
) -> _Reading:
    langs = frozenset(langs) - {""}
    if len(langs) > 1:
        raise _Fail(start, end, "a unit written in one language, Vietnamese or English")
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


def _resolve(reading: _Reading, indicator: Indicator | None, start: int, end: int) -> Any:
    """The unit *reading* means for *indicator* (see the module notes), or a :class:`_Fail`."""
    unit = reading.unit
    if indicator is None:
        return unit
    wanted = indicator.unit
    if unit.dimensionality == wanted.dimensionality:
        return unit
    top, bottom = _parts(wanted)
    if reading.denominator is None and reading.numerator in _SYMBOL_SCALE:
        factor = registry().Quantity(1, bottom).to_root_units().magnitude
        if len(wanted._units) == 2 and factor == _SYMBOL_SCALE[reading.numerator]:
            return wanted
    elif reading.denominator is None and reading.numerator is not None:
        counts_deaths = reading.numerator == "person" and "[deaths]" in top.dimensionality
        if unit.dimensionality == top.dimensionality or counts_deaths:
            return wanted
    elif reading.numerator is None and (top * unit).dimensionality == wanted.dimensionality:
        return top * unit
    expected = (
        f"a unit of indicator {indicator.code!r} ({wanted}, {wanted.dimensionality}); "
        f"this reads as {unit} ({unit.dimensionality})"
    )
    raise _Fail(start, end, expected)


def _number(norm: str, start: int, end: int, decimal: Decimal | None) -> int | float:
    """``norm[start:end]`` as a number; errors of :func:`parse_number` at their span."""
    try:
        return parse_number(norm[start:end], decimal=decimal)
    except AmbiguousNumberError as err:
        raise _Ambiguous(start, end, err.readings) from None
    except ParseError as err:
        raise _Fail(start + err.start, start + err.end, err.expected) from None


def _check_english_number(langs: Any, spans: Any, norm: str, decimal: Decimal | None) -> None:
    """Refuse an English phrase whose numbers have separators, unless *decimal* is given."""
    if "en" not in langs or decimal is not None:
        return
    for start, end in spans:
        if any(sep in norm[start:end] for sep in ".,"):
            expected = (
                "decimal='.' for a number written the English way (the words are English), "
                "or decimal=',' for the Vietnamese way"
            )
            raise _Fail(start, end, expected)
