"""The rules of ``data/provinces.toml``, the file of :mod:`vnhealthplan.provinces`.

:func:`problems` lists every invalid value of the file; the loader reports them all in one
:class:`~vnhealthplan.errors.PlanDataError`.

Examples
--------
>>> problems({"unit": [{"key": "x", "name": "X", "sources": ["nowhere"]}]})[:2]
[Problem(file='provinces.toml', record='unit[0]', field='ascii_name', value=None, \
message='missing'), Problem(file='provinces.toml', record='unit[0]', field='kind', \
value=None, message='missing')]
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import message
from vnhealthplan.data import loader

_UNIT = {"key": str, "name": str, "ascii_name": str, "kind": str, "sources": tuple}
_UNIT_OPTIONAL = {
    "code": str,
    "code_source": str,
    "aliases": tuple,
    "seat": str,
    "valid_from": date,
    "valid_until": date,
    "formed_from": tuple,
    "merged_into": str,
    "split_from": str,
}
_FORMER = {"key": str, "name": str, "ascii_name": str, "kind": str, "valid_until": date}
_FORMER_OPTIONAL = {"aliases": tuple, "sources": tuple, "notes": str, "notes_vi": str}
_SOURCE = dict.fromkeys(("instrument", "section", "publisher", "url", "quote"), str)
_SOURCE_OPTIONAL = {"quote_kind": str, "notes": str, "notes_vi": str}


def problems(data: Mapping[str, Any], file: str = "provinces.toml") -> list[Problem]:
    """Every invalid value of a provinces file (empty when it is sound)."""
    sources = data.get("source", {})
    found: list[Problem] = []
    if not isinstance(sources, Mapping):
        found.append(
            Problem(file, "source", "(table)", sources, message("expected a table [source]"))
        )
        sources = {}
    for key, row in sources.items():
        found += loader.fields(file, f"source.{key}", row, _SOURCE, _SOURCE_OPTIONAL)
    units, found_rows = loader.rows(data, "unit", file)
    found += found_rows
    keys = [row.get("key") for row in units if isinstance(row, Mapping)]
    former, found_rows = loader.rows(data, "former_unit", file)
    found += found_rows
    good = [row for row in (*units, *former) if isinstance(row, Mapping)]
    for i, row in enumerate(units):
        record = f"unit[{i}]"
        found += loader.fields(file, record, row, _UNIT, _UNIT_OPTIONAL)
        if isinstance(row, Mapping):
            found += _references(file, record, row, sources, keys)
            found += _split_from(file, record, row, good)
    for i, row in enumerate(former):
        record = f"former_unit[{i}]"
        found += loader.fields(file, record, row, _FORMER, _FORMER_OPTIONAL)
        if isinstance(row, Mapping):
            found += _references(file, record, row, sources, keys)
    records = [f"unit[{i}]" for i in range(len(keys))]
    records += [f"former_unit[{i}]" for i in range(len(former))]
    keys += [row.get("key") for row in former if isinstance(row, Mapping)]
    found += [
        Problem(file, record, "key", k, message("a key used once"))
        for record, k in zip(records, keys, strict=False)
        if keys.count(k) > 1
    ]
    return found


def _split_from(
    file: str, record: str, row: Mapping[str, Any], rows: list[Mapping[str, Any]]
) -> list[Problem]:
    """split_from: the name of a unit that existed the day before, or of a former unit."""
    name, since = row.get("split_from"), row.get("valid_from")
    if name is None:
        return []
    if not isinstance(since, date):
        return [
            Problem(file, record, "split_from", name, message("no split_from without valid_from"))
        ]
    before = since - timedelta(days=1)
    for other in rows:
        start, end = other.get("valid_from"), other.get("valid_until")
        named = name == other.get("name") or name in other.get("aliases", ())
        if named and other is not row and _between(before, start, end):
            return []
    expected = message(
        "the name of a unit or former_unit that existed on {day}", day=before.isoformat()
    )
    return [Problem(file, record, "split_from", name, expected)]


def _between(day: date, start: Any, end: Any) -> bool:
    after = not isinstance(start, date) or start <= day
    return after and (not isinstance(end, date) or day <= end)


def _references(
    file: str, record: str, row: Mapping[str, Any], sources: Mapping[str, Any], keys: list[Any]
) -> list[Problem]:
    found = [
        Problem(file, record, "sources", key, message("a key of [source]"))
        for key in row.get("sources", ())
        if key not in sources
    ]
    found += [
        Problem(file, record, "formed_from", key, message("a unit's key"))
        for key in row.get("formed_from", ())
        if key not in keys
    ]
    if "merged_into" in row and row["merged_into"] not in keys:
        found.append(
            Problem(file, record, "merged_into", row["merged_into"], message("a unit's key"))
        )
    return found
