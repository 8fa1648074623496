"""The registry of provincial units through time, and look-up by any of their names.

Vietnam had 63 provincial units until 30 June 2025 and has 34 since 1 July 2025
(Resolution 202/2025/QH15). The registry holds both sets: a unit whose territory changed is
two units (the An Giang of the 2018 plan, ``"an-giang"``, and the merged An Giang,
``"an-giang-2025"``); a unit the reorganisation left alone (Thanh Hóa) is one. Every unit
carries the sources that state it (``Province.sources``).

Before 2025: Hà Tây (merged into Hà Nội on 1 August 2008) is a unit too, and the units
split off in 1997 and 2004 carry their sourced first day (``valid_from``) and the unit they
were part of before (:func:`split_from`). The other units have no ``valid_from``: their
start date was not sourced, which does not mean they always existed.

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
>>> print(provinces.lookup("Đắk Nông", on=date(2000, 1, 1)))
Đắk Nông (from 2004-01-01) was part of Đắk Lắk on 2000-01-01
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from datetime import date, timedelta
from functools import cache
from typing import Any

import attrs

from vnhealthplan.core.checks import as_date
from vnhealthplan.core.errors import UnitNotInForceError, UnknownProvinceError, WrongTypeError
from vnhealthplan.core.fold import fold
from vnhealthplan.core.messages import Message, message
from vnhealthplan.data import loader, province_checks
from vnhealthplan.data.dated import OnDate, find, registry_source
from vnhealthplan.model.province import Province

__all__ = [
    "UnitNotInForceError",
    "UnitOnDate",
    "all",
    "by_key",
    "get",
    "lookup",
    "on",
    "parts",
    "split_from",
    "successor",
]

#: Words that name the kind of unit in front of its name ("Tỉnh An Giang", "TP Cần Thơ").
_PREFIXES = ("tinh ", "thanh pho ", "tp ")
#: The prefixes of a city: of a centrally governed one ("TP Cần Thơ"), or of a city within a
#: province ("TP Thanh Hóa", thành phố thuộc tỉnh), which is not the province.
_CITY_PREFIXES = ("thanh pho ", "tp ")
#: The labels of a table's totals row (folded, closing marks left out): no province.
_TOTALS = frozenset({"tong cong", "cong", "tong so", "tong", "total", "grand total"})


def _key(name: str) -> str:
    folded = fold(name)
    for prefix in _PREFIXES:
        if folded.startswith(prefix) and len(folded) > len(prefix):
            return folded[len(prefix) :]
    return folded


def _data() -> Mapping[str, Any]:
    return loader.read_toml("provinces.toml", province_checks.problems)


def all(on: date | None = None) -> tuple[Province, ...]:
    """Every unit of the registry, or those that existed on a day.

    Parameters
    ----------
    on : datetime.date, optional
        Keep only the units that existed that day. Without it, every unit of every date.
        A datetime, :class:`pandas.Timestamp` or :class:`numpy.datetime64` gives its day
        (an aware one, its day in Vietnam); text, numbers and lists are refused.

    Returns
    -------
    tuple of Province
        In file order: the units before 1 July 2025 first (Hà Tây, which ended in 2008,
        among them), then the merged units.

    Raises
    ------
    WrongTypeError
        If *on* is not a date.

    Notes
    -----
    The registry is built for the plans of 2015 onwards; before 2008 it is not a day's
    full set. A unit whose start date was not sourced (``valid_from`` None) counts as
    existing on every day before its end, and the units that ended when others were split
    off (Hà Bắc, Minh Hải, the province of Cần Thơ) are not registry units (see
    :func:`split_from`): on 1 January 2000 the registry has 60 units, the 61 of that day
    less the province of Cần Thơ.

    Examples
    --------
    >>> units = all()
    >>> len(units), [u.key for u in units if u.name == "An Giang"]
    (88, ['an-giang', 'an-giang-2025'])
    >>> [u.name for u in all(on=date(2024, 6, 1)) if u.name.startswith("Thừa")]
    ['Thừa Thiên Huế']
    >>> len(all(on=date(2000, 1, 1))), len(all(on=date(2008, 8, 1)))
    (60, 63)
    >>> all(on="2024-06-01")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: provinces.all.on: got '2024-06-01'; expected a \
datetime.date (got str; read text with date.fromisoformat)
    """
    day = as_date(on, "provinces.all", "on", optional=True)
    return _units() if day is None else _on(day)


@cache
def _on(day: date) -> tuple[Province, ...]:
    return tuple(unit for unit in _units() if unit.existed_on(day))


@cache
def _units() -> tuple[Province, ...]:
    return tuple(_province(row) for row in _data()["unit"])


@cache
def _former_units() -> tuple[Province, ...]:
    """The units a unit was split off that are not units of the registry ([[former_unit]])."""
    return tuple(_province(row) for row in _data().get("former_unit", ()))


@cache
def _split_names() -> Mapping[str, str]:
    """The name of the unit each unit was split off, by key (``split_from`` in the file)."""
    return {row["key"]: row["split_from"] for row in _data()["unit"] if "split_from" in row}


def _province(row: Mapping[str, Any]) -> Province:
    table = _data()["source"]
    sources: Any = tuple(registry_source(table[key]) for key in row.get("sources", ()))
    keep = ("name", "ascii_name", "code", "aliases", "valid_from", "valid_until", "key", "kind")
    return Province(
        **{k: row[k] for k in keep if k in row},
        seat=row.get("seat"),
        formed_from=row.get("formed_from", ()),
        merged_into=row.get("merged_into"),
        sources=sources,
    )


def on(day: date) -> tuple[Province, ...]:
    """The units that existed on *day* (the same as ``all(on=day)``).

    Examples
    --------
    >>> [u.name for u in on(date(2025, 7, 1)) if u.kind == "city"]
    ['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']
    >>> on(2025)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: provinces.on.day: got 2025; expected a \
datetime.date (got int)
    """
    return _on(as_date(day, "provinces.on", "day"))


def by_key(key: str) -> Province:
    """The unit with this registry key.

    Examples
    --------
    >>> by_key("an-giang-2025").seat
    'Rạch Giá'
    >>> by_key("ha-bac")  # a former unit (see split_from), not a unit of the registry
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownProvinceError: unknown province 'ha-bac'
    """
    if not isinstance(key, str):
        raise WrongTypeError("provinces.by_key", "key", key, message("a registry key (str)"))
    for unit in _units():
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
        package, all written before 2025, were issued for. A datetime, pandas.Timestamp or
        numpy.datetime64 gives its day (an aware one, its day in Vietnam).

    Returns
    -------
    Province

    Raises
    ------
    UnknownProvinceError
        If no unit answers to *name* (the error lists the closest names).
    UnitNotInForceError
        If the units that answer to *name* did not exist on *on*: the error says what they
        became or, before a unit began, the unit it was part of (see :func:`lookup`).
    WrongTypeError
        If *name* is not text or *on* not a date.

    Examples
    --------
    >>> get("Đăk Lăk").key, get("Đăk Lăk", on=date(2025, 7, 1)).key
    ('dak-lak', 'dak-lak-2025')
    >>> get("Kiên Giang", on=date(2025, 8, 1))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnitNotInForceError: unknown province 'Kiên Giang' on 2025-08-01; \
Kiên Giang (until 2025-06-30) is part of An Giang (from 2025-07-01)
    >>> get("Đắk Nông", on=date(2000, 1, 1))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnitNotInForceError: unknown province 'Đắk Nông' on 2000-01-01; \
Đắk Nông (from 2004-01-01) was part of Đắk Lắk
    >>> get("Quang Ngai City")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownProvinceError: unknown province 'Quang Ngai City'; did you \
mean 'Quảng Ngãi'?
    """
    day = as_date(on, "provinces.get", "on", optional=True)
    units = _named(name, "provinces.get")
    if day is None:
        return units[0]
    for unit in units:
        if unit.existed_on(day):
            return unit
    found = _find(units, day)
    raise UnitNotInForceError(name, day, None if found is None else UnitOnDate(name, day, *found))


def _named(name: str, owner: str) -> list[Province]:
    if not isinstance(name, str):
        raise WrongTypeError(owner, "name", name, message("a name (str), e.g. 'Đắk Lắk'"))
    key = _key(name)
    units = [u for u in _units() if any(_key(n) == key for n in u.names)]
    if units and fold(name).startswith(_CITY_PREFIXES) and not any(u.kind == "city" for u in units):
        raise UnknownProvinceError(name, why=_city_within(units[0].name))
    if units:
        return units
    if fold(name).strip(" .:;,-*") in _TOTALS:  # "Tổng cộng": no misspelt "Long An"
        why = message("a totals row, not a province: delete the row or leave it out of the figures")
        raise UnknownProvinceError(name, why=why)
    names = {_key(n): u.name for u in _units() for n in u.names}
    scores = {c: difflib.SequenceMatcher(None, key, c).ratio() for c in names}
    close = difflib.get_close_matches(key, names, n=3, cutoff=0.6)
    best = max((scores[c] for c in close), default=0.0)
    keep = [names[c] for c in close if scores[c] >= best - 0.05]
    raise UnknownProvinceError(name, list(dict.fromkeys(keep)))


def _city_within(province: str) -> Message:
    """Why "TP Thanh Hóa" is not a province: the city of a province is a unit within it."""
    return message(
        "the city of {province} (thành phố thuộc tỉnh) is a unit within {province} province, "
        "not the province; a figure of the whole province is given as {name!r}",
        province=province,
        name=province,
    )


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
        The unit that bore the name: the one that existed on *on*, else the last one before,
        else (before any began) the first one to begin after.
    current : Province
        The unit whose territory included *unit*'s on *on*: *unit* itself while it existed,
        the unit it merged into after its end, the unit it was split off
        (:func:`split_from`) before its start.

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
    >>> lookup("Bắc Giang", on=date(1996, 6, 1)).change
    'Bắc Giang (from 1997-01-01) was part of Hà Bắc'
    """


#: A unit's name with its last (or first) day: "Kon Tum (until 2025-06-30)".


def lookup(name: str, on: date) -> UnitOnDate:
    """What *name* meant on *on*: the unit itself, or the unit it became or was part of.

    Never substitutes silently: the result names both the unit and the unit covering it.
    Before a unit began, that is the unit it was split off (:func:`split_from`). Đắk Lắk and
    Lai Châu went on under their names and keys after Đắk Nông and Điện Biên were split off
    on 1 January 2004: for a day before it, the registry's Đắk Lắk (or Lai Châu) is the
    answer, although its territory was larger then.

    Parameters
    ----------
    name : str
    on : datetime.date
        A datetime, pandas.Timestamp or numpy.datetime64 gives its day (an aware one, its
        day in Vietnam).

    Returns
    -------
    UnitOnDate

    Raises
    ------
    UnknownProvinceError
        If no unit of the registry answers to *name*.
    UnitNotInForceError
        If none of the units had begun by *on* and none was split off a known unit (Huế,
        a city from 1 January 2025, before that day).
    WrongTypeError
        If *name* is not text or *on* not a date.

    Examples
    --------
    >>> print(lookup("Kiên Giang", on=date(2024, 6, 1)))
    Kiên Giang (until 2025-06-30) existed on 2024-06-01
    >>> print(lookup("Kon Tum", on=date(2026, 1, 1)))
    Kon Tum (until 2025-06-30) is part of Quảng Ngãi (from 2025-07-01) on 2026-01-01
    >>> print(lookup("Thanh Hóa", on=date(2026, 1, 1)))
    Thanh Hóa existed on 2026-01-01
    >>> print(lookup("Hà Tây", on=date(2010, 1, 1)))
    Hà Tây (until 2008-07-31) is part of Hà Nội on 2010-01-01
    >>> print(lookup("Cần Thơ", on=date(2003, 6, 1)))
    Cần Thơ (from 2004-01-01) was part of Cần Thơ (tỉnh) on 2003-06-01
    """
    day = as_date(on, "provinces.lookup", "on")
    found = _find(_named(name, "provinces.lookup"), day)
    if found is None:
        raise UnitNotInForceError(name, day)
    return UnitOnDate(name, day, *found)


def _find(units: list[Province], day: date) -> tuple[Province, Province] | None:
    return find(units, day, successor, parent=split_from)


def _unit(unit: Province | str, owner: str) -> Province:
    if isinstance(unit, Province):
        return unit
    if isinstance(unit, str):
        return by_key(unit)
    raise WrongTypeError(owner, "unit", unit, message("a Province or a registry key (str)"))


def successor(unit: Province | str) -> Province | None:
    """The unit *unit* merged into, or None if it was not merged.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> successor(plans.load("an-giang-2018").province).key
    'an-giang-2025'
    >>> successor("thanh-hoa") is None
    True
    >>> successor("ha-tay").name  # 1 August 2008; Hà Nội kept its name: one unit
    'Hà Nội'
    """
    found = _unit(unit, "provinces.successor")
    return None if found.merged_into is None else by_key(found.merged_into)


def parts(unit: Province | str) -> tuple[Province, ...]:
    """The units *unit* was formed from (empty for a unit not formed by a merger).

    Hà Nội lists no parts: it is one unit before and after Hà Tây merged into it in 2008.

    Examples
    --------
    >>> [p.name for p in parts("quang-ngai-2025")]
    ['Quảng Ngãi', 'Kon Tum']
    >>> parts(42)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: provinces.parts.unit: got 42; expected a Province \
or a registry key (str)
    """
    found = _unit(unit, "provinces.parts")
    return tuple(u for u in _units() if u.key in found.formed_from)


def split_from(unit: Province | str) -> Province | None:
    """The unit *unit* was split off when it began, or None where none is recorded.

    The 1997 and 2004 splits are recorded with their sources. A unit that went on under its
    name (Đắk Lắk, Lai Châu) is the registry unit itself; one that ended then (Hà Bắc, Minh
    Hải, the province of Cần Thơ) is a former unit outside the registry, whose last day is
    the day before its successors began. A unit whose start was not sourced gives None, as
    does a unit formed by a merger (see :func:`parts`).

    Examples
    --------
    >>> split_from("dak-nong").key
    'dak-lak'
    >>> former = split_from("bac-ninh")
    >>> former.name, former.valid_until, former in all()
    ('Hà Bắc', datetime.date(1996, 12, 31), False)
    >>> split_from("thanh-hoa") is None
    True
    """
    found = _unit(unit, "provinces.split_from")
    name = _split_names().get(found.key)
    if name is None or found.valid_from is None or found not in _units():
        return None
    before = found.valid_from - timedelta(days=1)
    candidates = [*_on(before), *_former_units()]
    return next(u for u in candidates if _key(name) in {_key(n) for n in u.names})
