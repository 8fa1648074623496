"""The unit words (``data/unit_words.toml``): the other ways the plans write units, checked.

:mod:`vnhealthplan.text.units` reads units with these tables; each accessor returns a
read-only table in file order. How a unit is *written* (its names in both languages, the
scaled denominators, "‰") is defined once in :mod:`vnhealthplan.core.unitnames`, because
the model's own displays write units; :func:`names`, :func:`denominators` and
:func:`contextual` give those tables here too, so the reader uses the same words.

Examples
--------
>>> names()["bed"]
('giường bệnh', 'beds', 'bed')
>>> spellings()[""]["VNĐ"], scaled()[("person", 10000)]
('dong', 'ten_thousand_people')
>>> contextual()[(("death", 1), ("thousand_live_births", -1))]
('‰', 'per 1,000 live births')
>>> data = loader.thaw(loader.read_toml("unit_words.toml"))  # a broken copy:
>>> data["spelling"]["vi"]["GB"] = "bedz"
>>> data["scale_words"]["vạn"] = 1
>>> problems(data)  # doctest: +NORMALIZE_WHITESPACE
[Problem(file='unit_words.toml', record='spelling.vi', field='GB', value='bedz',
  message='a unit name of vnhealthplan.core.unitnames'),
 Problem(file='unit_words.toml', record='scale_words', field='vạn', value=1,
  message='expected a whole number above 1')]
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from vnhealthplan.core import unitnames
from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import registry
from vnhealthplan.data import loader

__all__ = [
    "contextual",
    "denominator_nouns",
    "denominators",
    "names",
    "numerators",
    "people",
    "plausible_maximum",
    "problems",
    "scale_words",
    "scaled",
    "spellings",
    "symbol_scale",
]

_FILE = "unit_words.toml"
_KNOWN_UNIT = "a unit name of vnhealthplan.core.unitnames"
_TABLES: dict[str, type | tuple[type, ...]] = {
    **dict.fromkeys(
        (
            "spelling",
            "numerator",
            "denominator_noun",
            "people",
            "scale_words",
            "symbol_scale",
            "plausible_maximum",
        ),
        Mapping,
    ),
    "scaled": tuple,
}
#: The language of a spelling table: "any" is both ("").
_LANGS = {"vi": "vi", "en": "en", "any": ""}


def _data() -> Mapping[str, Any]:
    return loader.read_toml(_FILE, problems)


def names() -> Mapping[str, tuple[str, str, str]]:
    """Unit name → (Vietnamese, English plural, English singular), from the core's table."""
    return unitnames.NAMES


@cache
def spellings() -> Mapping[str, Mapping[str, str]]:
    """Language (``"vi"``, ``"en"``, ``""`` for both) → {other spelling: unit name}."""
    return MappingProxyType({_LANGS[k]: v for k, v in _data()["spelling"].items()})


@cache
def numerators() -> Mapping[str, Mapping[str, str]]:
    """Language → {word: unit name}: words that are a unit only before a denominator.

    Examples
    --------
    >>> numerators()["vi"]["con"]  # "2,1 con/phụ nữ": births per woman
    'live_birth'
    """
    return MappingProxyType({_LANGS[k]: v for k, v in _data()["numerator"].items()})


@cache
def denominator_nouns() -> Mapping[str, Mapping[str, str]]:
    """Language → {word: unit name}: words that are a unit only in a denominator.

    Examples
    --------
    >>> denominator_nouns()["vi"]["nữ"]  # "112 nam/100 nữ": the sex ratio at birth
    'female_birth'
    """
    return MappingProxyType({_LANGS[k]: v for k, v in _data()["denominator_noun"].items()})


@cache
def people() -> Mapping[str, tuple[str, ...]]:
    """Language → the nouns of a population denominator."""
    return _data()["people"]  # type: ignore[no-any-return]


@cache
def scaled() -> Mapping[tuple[str, int], str]:
    """(base unit, scale) → the scaled denominator unit: ``("person", 10000)`` is per 10,000."""
    return MappingProxyType({(r["base"], r["scale"]): r["unit"] for r in _data()["scaled"]})


def denominators() -> Mapping[str, tuple[str, str]]:
    """Scaled denominator → how it is written, (Vietnamese, English), from the core's table."""
    return unitnames.DENOMINATORS


def contextual() -> Mapping[tuple[tuple[str, int], ...], tuple[str, str]]:
    """Units written without their numerator: ((numerator, 1), (denominator, -1)) → (vi, en)."""
    return unitnames.CONTEXTUAL


def scale_words() -> Mapping[str, int]:
    """Words of a denominator's scale: ``"vạn"`` → 10000."""
    return _data()["scale_words"]  # type: ignore[no-any-return]


def symbol_scale() -> Mapping[str, int]:
    """Symbols that are a scale on their own: ``"percent"`` → 100."""
    return _data()["symbol_scale"]  # type: ignore[no-any-return]


def plausible_maximum() -> Mapping[str, int | float]:
    """Unit → the largest value it can take in any plan (a bound of plausibility).

    Examples
    --------
    >>> plausible_maximum()["live_birth / woman"]  # total fertility: "1.92" is not 192
    20
    """
    return _data()["plausible_maximum"]  # type: ignore[no-any-return]


def problems(data: Mapping[str, Any], file: str = _FILE) -> list[Problem]:
    """Every invalid value of a unit-words file (empty when it is sound)."""
    found = loader.fields(file, "(file)", data, _TABLES, closed=True)
    if found:
        return found
    units = set(unitnames.NAMES) | {row.get("unit") for row in data["scaled"]}
    found += _spelling_problems(file, data["spelling"], units)
    found += _spelling_problems(file, data["numerator"], units, "numerator")
    found += _spelling_problems(file, data["denominator_noun"], units, "denominator_noun")
    for i, row in enumerate(data["scaled"]):
        wanted = {"base": str, "scale": int, "unit": str}
        found += loader.fields(file, f"scaled[{i}]", row, wanted, closed=True)
    for table in ("scale_words", "symbol_scale"):
        found += [
            Problem(file, table, word, value, message("expected a whole number above 1"))
            for word, value in data[table].items()
            if isinstance(value, bool) or not isinstance(value, int) or value < 2
        ]
    found += [
        Problem(file, "plausible_maximum", unit, value, message("expected a number above 0"))
        for unit, value in data["plausible_maximum"].items()
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0
    ]
    return found + _unit_problems(file, data, units)


def _spelling_problems(
    file: str, tables: Mapping[str, Any], units: set[Any], table_name: str = "spelling"
) -> list[Problem]:
    found = []
    for lang, table in tables.items():
        if lang not in _LANGS or not isinstance(table, Mapping):
            expected = message(
                "a table [{table_name}.<lang>], lang one of {langs}",
                table_name=str(table_name),
                langs=", ".join(_LANGS),
            )
            found.append(Problem(file, table_name, lang, table, expected))
            continue
        found += [
            Problem(
                file,
                f"{table_name}.{lang}",
                spelling,
                name,
                message("a unit name of vnhealthplan.core.unitnames"),
            )
            for spelling, name in table.items()
            if name not in units
        ]
    return found


def _unit_problems(file: str, data: Mapping[str, Any], units: set[Any]) -> list[Problem]:
    """Unit names the package's unit registry does not know."""
    ureg = registry()
    named = [(f"scaled[{i}]", "unit", r.get("unit")) for i, r in enumerate(data["scaled"])]
    named += [("plausible_maximum", unit, unit) for unit in data["plausible_maximum"]]
    found = []
    for record, field, name in named:
        try:
            ureg.Unit(name)
        except Exception:  # pint raises several kinds of error for an unknown name
            found.append(
                Problem(file, record, field, name, message("a unit of the package registry"))
            )
    return found
