"""The registry of provincial units through time, and look-up by any of their names.

Vietnam had 63 provincial units until 30 June 2025 and has 34 since 1 July 2025
(Resolution 202/2025/QH15). The registry holds both sets: a unit whose territory changed is
two units (the An Giang of the 2018 plan, ``"an-giang"``, and the merged An Giang,
``"an-giang-2025"``); a unit the reorganisation left alone (Thanh Hóa) is one. Every unit
carries the sources that state it (``Province.sources``).

Examples
--------
>>> from datetime import date
>>> from vnhealthplan import provinces
>>> len(provinces.on(date(2025, 6, 30))), len(provinces.on(date(2025, 7, 1)))
(63, 34)
>>> provinces.get("thanh hoa").code
'38'
>>> print(provinces.lookup("Kiên Giang", on=date(2025, 8, 1)))
Kiên Giang (until 2025-06-30) is part of An Giang (from 2025-07-01) on 2025-08-01
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

import attrs

from vnhealthplan.core.errors import UnitNotInForceError, UnknownProvinceError
from vnhealthplan.core.fold import fold
from vnhealthplan.data import loader, province_checks
from vnhealthplan.data.dated import OnDate, dated_name, find
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Document, Source

__all__ = [
    "UnitNotInForceError",
    "UnitOnDate",
    "all",
    "by_key",
    "get",
    "lookup",
    "on",
    "parts",
    "successor",
]

#: Words that name the kind of unit in front of its name ("Tỉnh An Giang", "TP Cần Thơ").
_PREFIXES = ("tinh ", "thanh pho ", "tp ")


def _key(name: str) -> str:
    folded = fold(name)
    for prefix in _PREFIXES:
        if folded.startswith(prefix) and len(folded) > len(prefix):
            return folded[len(prefix) :]
    return folded


def _source(row: Mapping[str, Any]) -> Source:
    notes = f"{row['quote_kind']}: {row['url']}" + (f" — {row['notes']}" if "notes" in row else "")
    return Source(
        Document(row["instrument"], row["publisher"], notes=notes), row["section"], row["quote"]
    )


def _data() -> Mapping[str, Any]:
    return loader.read_toml("provinces.toml", province_checks.problems)


@cache
def all(on: date | None = None) -> tuple[Province, ...]:
    """Every unit of the registry, or those that existed on a day.

    Parameters
    ----------
    on : datetime.date, optional
        Keep only the units that existed that day. Without it, every unit of every date.

    Returns
    -------
    tuple of Province
        In file order: the units before 1 July 2025 first, then the merged units.

    Examples
    --------
    >>> units = all()
    >>> len(units), [u.key for u in units if u.name == "An Giang"]
    (87, ['an-giang', 'an-giang-2025'])
    >>> [u.name for u in all(on=date(2024, 6, 1)) if u.name.startswith("Thừa")]
    ['Thừa Thiên Huế']
    """
    if on is not None:
        return tuple(unit for unit in all() if unit.existed_on(on))
    data = _data()
    sources = {key: _source(row) for key, row in data["source"].items()}
    keep = ("name", "ascii_name", "code", "aliases", "valid_from", "valid_until", "key", "kind")
    return tuple(
        Province(
            **{k: row[k] for k in keep if k in row},
            seat=row.get("seat"),
            formed_from=row.get("formed_from", ()),
            merged_into=row.get("merged_into"),
            sources=_sources_of(row, sources),
        )
        for row in data["unit"]
    )


def _sources_of(row: Mapping[str, Any], sources: Mapping[str, Source]) -> Any:
    return tuple(sources[key] for key in row["sources"])


def on(day: date) -> tuple[Province, ...]:
    """The units that existed on *day* (the same as ``all(on=day)``).

    Examples
    --------
    >>> [u.name for u in on(date(2025, 7, 1)) if u.kind == "city"]
    ['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']
    """
    return all(on=day)


def by_key(key: str) -> Province:
    """The unit with this registry key.

    Examples
    --------
    >>> by_key("an-giang-2025").seat
    'Rạch Giá'
    >>> by_key("ha-tay")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownProvinceError: unknown province 'ha-tay'
    """
    for unit in all():
        if unit.key == key:
            return unit
    raise UnknownProvinceError(key)


def get(name: str, on: date | None = None) -> Province:
    """Find a unit of the registry by any of its names, ignoring case and diacritics.

    Parameters
    ----------
    name : str
        For example "Đắk Lắk", "Đăk Lăk", "dak lak", "Tỉnh Thanh Hoá".
    on : datetime.date, optional
        The day the unit is wanted for. Without it, a name that several units bore (An Giang
        before and after 1 July 2025) gives the earliest of them: the unit the plans of this
        package, all written before 2025, were issued for.

    Returns
    -------
    Province

    Raises
    ------
    UnknownProvinceError
        If no unit answers to *name* (the error lists the closest names), or if the units
        that do did not exist on *on* (use :func:`lookup` to learn what they became).

    Examples
    --------
    >>> get("Đăk Lăk").key, get("Đăk Lăk", on=date(2025, 7, 1)).key
    ('dak-lak', 'dak-lak-2025')
    >>> get("Kiên Giang", on=date(2025, 8, 1))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnitNotInForceError: unknown province 'Kiên Giang' on 2025-08-01; \
Kiên Giang (until 2025-06-30) is part of An Giang (from 2025-07-01)
    >>> get("Quang Ngai City")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownProvinceError: unknown province 'Quang Ngai City'; did you \
mean 'Quảng Ngãi'?
    """
    units = _named(name)
    if on is None:
        return units[0]
    for unit in units:
        if unit.existed_on(on):
            return unit
    raise UnitNotInForceError(name, on, lookup(name, on=on))


def _named(name: str) -> list[Province]:
    if not isinstance(name, str):
        raise TypeError(
            f"provinces.get: expected a name (str), got {type(name).__name__}: {name!r}"
        )
    key = _key(name)
    units = [u for u in all() if any(_key(n) == key for n in u.names)]
    if units:
        return units
    names = {_key(n): u.name for u in all() for n in u.names}
    scores = {c: difflib.SequenceMatcher(None, key, c).ratio() for c in names}
    close = difflib.get_close_matches(key, names, n=3, cutoff=0.6)
    best = max((scores[c] for c in close), default=0.0)
    keep = [names[c] for c in close if scores[c] >= best - 0.05]
    raise UnknownProvinceError(name, list(dict.fromkeys(keep)))


@attrs.frozen
class UnitOnDate(OnDate[Province, Province]):
    """What a name meant on a day: the unit that bore it, and the unit covering it then.

    The lookup through time of :mod:`vnhealthplan.data.dated`, for provincial units.

    Attributes
    ----------
    name : str
        The name asked for.
    on : datetime.date
    unit : Province
        The unit that bore the name: the one that existed on *on*, else the last one before.
    current : Province
        The unit whose territory included *unit*'s on *on*: *unit* itself while it existed,
        else the unit it merged into.

    Examples
    --------
    >>> found = lookup("Kiên Giang", on=date(2024, 6, 1))
    >>> found.is_current, found.unit.key
    (True, 'kien-giang')
    >>> lookup("Kiên Giang", on=date(2025, 8, 1)).current.key
    'an-giang-2025'
    >>> lookup("Kon Tum", on=date(2026, 1, 1)).change
    'Kon Tum (until 2025-06-30) is part of Quảng Ngãi (from 2025-07-01)'
    >>> lookup("Thanh Hóa", on=date(2026, 1, 1)).change
    'Thanh Hóa existed'
    """


#: A unit's name with its last (or first) day: "Kon Tum (until 2025-06-30)".
_dated = dated_name


def lookup(name: str, on: date) -> UnitOnDate:
    """What *name* meant on *on*: the unit itself, or the unit it had become part of.

    Never substitutes silently: the result names both the unit and its successor.

    Parameters
    ----------
    name : str
    on : datetime.date

    Returns
    -------
    UnitOnDate

    Raises
    ------
    UnknownProvinceError
        If no unit of the registry answers to *name*, or none had begun by *on*.

    Examples
    --------
    >>> print(lookup("Kiên Giang", on=date(2024, 6, 1)))
    Kiên Giang existed on 2024-06-01
    >>> print(lookup("Kon Tum", on=date(2026, 1, 1)))
    Kon Tum (until 2025-06-30) is part of Quảng Ngãi (from 2025-07-01) on 2026-01-01
    >>> print(lookup("Thanh Hóa", on=date(2026, 1, 1)))
    Thanh Hóa existed on 2026-01-01
    """
    found = find(_named(name), on, successor)
    if found is None:
        raise UnitNotInForceError(name, on)
    return UnitOnDate(name, on, *found)


def successor(unit: Province | str) -> Province | None:
    """The unit *unit* merged into, or None if it was not merged.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> successor(plans.load("an-giang-2018").province).key
    'an-giang-2025'
    >>> successor("thanh-hoa") is None
    True
    """
    found = by_key(unit) if isinstance(unit, str) else unit
    return None if found.merged_into is None else by_key(found.merged_into)


def parts(unit: Province | str) -> tuple[Province, ...]:
    """The units *unit* was formed from (empty for a unit not formed by a merger).

    Examples
    --------
    >>> [p.name for p in parts("quang-ngai-2025")]
    ['Quảng Ngãi', 'Kon Tum']
    """
    found = by_key(unit) if isinstance(unit, str) else unit
    return tuple(u for u in all() if u.key in found.formed_from)
