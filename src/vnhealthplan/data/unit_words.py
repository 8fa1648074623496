"""The unit words (``data/unit_words.toml``): how the plans write units, checked.

:mod:`vnhealthplan.text.units` reads and writes units with these tables; each accessor
returns a read-only table in file order.

Examples
--------
>>> names()["bed"]
('giường bệnh', 'beds', 'bed')
>>> spellings()[""]["VNĐ"], scaled()[("person", 10000)]
('dong', 'ten_thousand_people')
>>> contextual()[(("death", 1), ("thousand_live_births", -1))]
('‰', 'per 1,000 live births')
>>> data = loader.thaw(loader.read_toml("unit_words.toml"))  # a broken copy:
>>> del data["unit"]["bed"]["en"]
>>> data["spelling"]["vi"]["GB"] = "bedz"
>>> problems(data)  # doctest: +NORMALIZE_WHITESPACE
[Problem(file='unit_words.toml', record='unit.bed', field='en', value=None,
  message='missing'),
 Problem(file='unit_words.toml', record='spelling.vi', field='GB', value='bedz',
  message='a unit name of [unit]')]
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from vnhealthplan.core.errors import Problem
from vnhealthplan.data import loader

__all__ = [
    "contextual",
    "denominators",
    "names",
    "people",
    "problems",
    "scale_words",
    "scaled",
    "spellings",
    "symbol_scale",
]

_FILE = "unit_words.toml"
_TABLES: dict[str, type | tuple[type, ...]] = {
    **dict.fromkeys(("unit", "spelling", "people", "denominator"), Mapping),
    **dict.fromkeys(("scale_words", "symbol_scale"), Mapping),
    **dict.fromkeys(("scaled", "contextual"), tuple),
}
#: The language of a spelling table: "any" is both ("").
_LANGS = {"vi": "vi", "en": "en", "any": ""}


def _data() -> Mapping[str, Any]:
    return loader.read_toml(_FILE, problems)


@cache
def names() -> Mapping[str, tuple[str, str, str]]:
    """Unit name → (Vietnamese, English plural, English singular)."""
    rows = _data()["unit"].items()
    return MappingProxyType({n: (r["vi"], r["en"], r["en_one"]) for n, r in rows})


@cache
def spellings() -> Mapping[str, Mapping[str, str]]:
    """Language (``"vi"``, ``"en"``, ``""`` for both) → {other spelling: unit name}."""
    return MappingProxyType({_LANGS[k]: v for k, v in _data()["spelling"].items()})


@cache
def people() -> Mapping[str, tuple[str, ...]]:
    """Language → the nouns of a population denominator."""
    return _data()["people"]  # type: ignore[no-any-return]


@cache
def scaled() -> Mapping[tuple[str, int], str]:
    """(base unit, scale) → the scaled denominator unit: ``("person", 10000)`` is per 10,000."""
    return MappingProxyType({(r["base"], r["scale"]): r["unit"] for r in _data()["scaled"]})


@cache
def denominators() -> Mapping[str, tuple[str, str]]:
    """Scaled denominator → how it is written, (Vietnamese, English)."""
    return MappingProxyType({n: (r["vi"], r["en"]) for n, r in _data()["denominator"].items()})


@cache
def contextual() -> Mapping[tuple[tuple[str, int], ...], tuple[str, str]]:
    """Units written without their numerator: ((numerator, 1), (denominator, -1)) → (vi, en)."""
    return MappingProxyType(
        {
            ((r["numerator"], 1), (r["denominator"], -1)): (r["vi"], r["en"])
            for r in _data()["contextual"]
        }
    )


def scale_words() -> Mapping[str, int]:
    """Words of a denominator's scale: ``"vạn"`` → 10000."""
    return _data()["scale_words"]  # type: ignore[no-any-return]


def symbol_scale() -> Mapping[str, int]:
    """Symbols that are a scale on their own: ``"percent"`` → 100."""
    return _data()["symbol_scale"]  # type: ignore[no-any-return]


def problems(data: Mapping[str, Any], file: str = _FILE) -> list[Problem]:
    """Every invalid value of a unit-words file (empty when it is sound)."""
    found = loader.fields(file, "(file)", data, _TABLES, closed=True)
    if found:
        return found
    units = set(data["unit"]) | {row.get("unit") for row in data["scaled"]}
    for name, row in data["unit"].items():
        found += loader.fields(
            file, f"unit.{name}", row, dict.fromkeys(("vi", "en", "en_one"), str)
        )
    for name, row in data["denominator"].items():
        found += loader.fields(file, f"denominator.{name}", row, {"vi": str, "en": str})
    found += _spelling_problems(file, data["spelling"], units)
    for i, row in enumerate(data["scaled"]):
        wanted = {"base": str, "scale": int, "unit": str}
        found += loader.fields(file, f"scaled[{i}]", row, wanted, closed=True)
    for i, row in enumerate(data["contextual"]):
        wanted = dict.fromkeys(("numerator", "denominator", "vi", "en"), str)
        found += loader.fields(file, f"contextual[{i}]", row, wanted, closed=True)
    for table in ("scale_words", "symbol_scale"):
        found += [
            Problem(file, table, word, value, "expected a whole number above 1")
            for word, value in data[table].items()
            if isinstance(value, bool) or not isinstance(value, int) or value < 2
        ]
    return found + _unit_problems(file, data, units)


def _spelling_problems(file: str, tables: Mapping[str, Any], units: set[Any]) -> list[Problem]:
    found = []
    for lang, table in tables.items():
        if lang not in _LANGS or not isinstance(table, Mapping):
            expected = f"a table [spelling.<lang>], lang one of {', '.join(_LANGS)}"
            found.append(Problem(file, "spelling", lang, table, expected))
            continue
        found += [
            Problem(file, f"spelling.{lang}", spelling, name, "a unit name of [unit]")
            for spelling, name in table.items()
            if name not in units
        ]
    return found


def _unit_problems(file: str, data: Mapping[str, Any], units: set[Any]) -> list[Problem]:
    """Unit names the package's unit registry does not know."""
    from vnhealthplan.core.units import registry

    ureg = registry()
    named = [(f"unit.{n}", "(name)", n) for n in data["unit"]]
    named += [(f"scaled[{i}]", "unit", r.get("unit")) for i, r in enumerate(data["scaled"])]
    named += [(f"denominator.{n}", "(name)", n) for n in data["denominator"]]
    found = []
    for record, field, name in named:
        try:
            ureg.Unit(name)
        except Exception:  # pint raises several kinds of error for an unknown name
            found.append(Problem(file, record, field, name, "a unit of the package registry"))
    return found
