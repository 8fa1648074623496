"""District-level units named in the bundled plans, and their facilities, as historical units.

Until 30 June 2025 a province was divided into districts: *huyện* (rural districts), *thị
xã* (towns) and *thành phố thuộc tỉnh* (provincial cities), each with its district health
centre (*Trung tâm Y tế huyện*). District-level administration ended when the two-level local
government began on 1 July 2025 (Resolution 203/2025/QH15; Law 72/2025/QH15). The plans
were written before and name districts: this registry keeps each one with its province, its
last day, where a plan names it and the sources that date its end.

Only districts a plan names as such are recorded (``data/districts.toml`` lists the names it
leaves out, and why).

Examples
--------
>>> from datetime import date
>>> from vnhealthplan import districts
>>> son_tinh = districts.get("huyện Sơn Tịnh")
>>> son_tinh.label, son_tinh.province.name, son_tinh.valid_until
('huyện Sơn Tịnh', 'Quảng Ngãi', datetime.date(2025, 6, 30))
>>> print(districts.lookup("Sơn Tịnh", on=date(2025, 8, 1)))
huyện Sơn Tịnh (Quảng Ngãi, until 2025-06-30): no district level after 2025-06-30; its \
territory is part of Quảng Ngãi (from 2025-07-01) on 2025-08-01
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from functools import cache
from typing import Any

import attrs

from vnhealthplan.core.checks import as_date, fail, items_of, member_of, text, to_tuple, year_date
from vnhealthplan.core.errors import DistrictNotInForceError, UnknownDistrictError, WrongTypeError
from vnhealthplan.core.fold import ascii_name as _ascii
from vnhealthplan.core.fold import fold
from vnhealthplan.core.messages import message, said_day
from vnhealthplan.core.vocab import FacilityKind, to_facility_kind
from vnhealthplan.data import provinces
from vnhealthplan.data.dated import OnDate, covering, dated_name, find, registry_source
from vnhealthplan.data.district_checks import KINDS, checked, plan_source, plan_sources
from vnhealthplan.model.facility import Facility
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Source

__all__ = [
    "District",
    "DistrictFacility",
    "DistrictOnDate",
    "all",
    "by_key",
    "facilities",
    "for_facility",
    "get",
    "lookup",
]

#: Folded words that name the kind in front of a district's name ("TP. Thanh Hóa").
_PREFIXES = {
    "huyen": "huyện",
    "thi xa": "thị xã",
    "tx": "thị xã",
    "thanh pho": "thành phố",
    "tp": "thành phố",
}
_FACILITY = re.compile(r"(?:trung tam y te|ttyt|benh vien da khoa|bvdk) (.+)")


def _check_kind(inst: District, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value not in KINDS:
        fail(inst, attribute, value, message("one of {kinds}", kinds=", ".join(map(repr, KINDS))))


def _slug(name: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", _ascii(name).casefold()))


@attrs.frozen
class District:
    """A district-level unit: *huyện*, *thị xã* or *thành phố thuộc tỉnh*.

    Parameters
    ----------
    name : str
        Official name without the kind word, e.g. "Hoằng Hóa".
    kind : {"huyện", "thị xã", "thành phố"}
    province : Province
        The provincial unit it belonged to (the one before 1 July 2025).
    ascii_name : str, optional
        Derived from *name* if left out.
    aliases : tuple of str
        Other spellings ("Hoằng Hoá").
    valid_until : datetime.date, optional
        Its last day, where a source says so (30 June 2025 for every district).
    key : str, optional
        Unique key, ``"<province key>/<ascii slug>"``; derived if left out.
    named_in : tuple of Source
        Where plans name it, with their words.
    sources : tuple of Source
        The sources of its end.

    Examples
    --------
    >>> from vnhealthplan import provinces
    >>> d = District("Hoằng Hóa", "huyện", provinces.get("Thanh Hóa"))
    >>> d.key, d.label, d.matches("HOANG HOA")
    ('thanh-hoa/hoang-hoa', 'huyện Hoằng Hóa', True)
    >>> District("Hoằng Hóa", "quận", provinces.get("Thanh Hóa"))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: District.kind: got 'quận'; expected one of 'huyện', \
'thị xã', 'thành phố'
    """

    name: str = attrs.field(validator=text())
    kind: str = attrs.field(validator=_check_kind)
    province: Province = attrs.field(validator=member_of(Province))
    ascii_name: str = attrs.field(
        default=attrs.Factory(lambda self: _ascii(self.name), takes_self=True),
        kw_only=True,
        validator=text(),
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(str)
    )
    valid_until: date | None = attrs.field(
        default=None, kw_only=True, validator=year_date(optional=True)
    )
    key: str = attrs.field(
        default=attrs.Factory(
            lambda self: f"{self.province.key}/{_slug(self.ascii_name)}", takes_self=True
        ),
        kw_only=True,
        validator=text(),
    )
    named_in: tuple[Source, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(Source)
    )
    sources: tuple[Source, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(Source)
    )

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the district answers to: official, ASCII and aliases."""
        return (self.name, self.ascii_name, *self.aliases)

    @property
    def label(self) -> str:
        """Its name with its kind, as the plans write it ("huyện Sơn Tịnh")."""
        return f"{self.kind} {self.name}"

    def matches(self, name: str) -> bool:
        """Tell whether *name* is one of its names, ignoring case, diacritics and kind word.

        Examples
        --------
        >>> city = get("Quảng Ngãi")
        >>> city.matches("TP. Quang Ngai"), city.matches("huyện Quảng Ngãi")
        (True, False)
        """
        kind, key = _split(name)
        return (kind is None or kind == self.kind) and any(fold(n) == key for n in self.names)

    def existed_on(self, day: date) -> bool:
        """Tell whether the district existed on *day* (no founding dates are known).

        Examples
        --------
        >>> d = get("Hoằng Hóa")
        >>> d.existed_on(date(2023, 10, 14)), d.existed_on(date(2025, 7, 1))
        (True, False)
        """
        return self.valid_until is None or day <= self.valid_until

    def __str__(self) -> str:
        return self.label


@attrs.frozen
class DistrictFacility:
    """A facility of a district a plan names: health centre, district hospital, polyclinic.

    Examples
    --------
    >>> f = facilities()[0]
    >>> f.name, f.kind.value, f.district.label
    ('Trung tâm Y tế huyện Hoằng Hóa', 'district_health_centre', 'huyện Hoằng Hóa')
    """

    name: str = attrs.field(validator=text())
    kind: FacilityKind = attrs.field(converter=to_facility_kind, validator=member_of(FacilityKind))
    district: District = attrs.field(validator=member_of(District))
    aliases: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(str)
    )
    source: Source | None = attrs.field(
        default=None, kw_only=True, validator=member_of(Source, optional=True)
    )

    def matches(self, name: str) -> bool:
        """Tell whether *name* is its name or an alias, ignoring case and diacritics.

        Examples
        --------
        >>> facilities()[0].matches("TTYT huyen Hoang Hoa")
        True
        """
        key = fold(name)
        return any(fold(n) == key for n in (self.name, *self.aliases))


@attrs.frozen
class DistrictOnDate(OnDate[District, District | Province]):
    """What a district name meant on a day: the district, and the unit covering it then.

    The lookup through time of :mod:`vnhealthplan.data.dated` (attributes ``name``, ``on``,
    ``unit``, ``current``): once the district level ended, a district's territory is held
    by the provincial unit covering its province, which is then ``current``.

    Examples
    --------
    >>> found = lookup("Hoằng Hóa", on=date(2026, 1, 1))
    >>> found.exists, found.province.current.name, found.current.key
    (False, 'Thanh Hóa', 'thanh-hoa')
    """

    @property
    def district(self) -> District:
        """The district the name names."""
        return self.unit

    @property
    def province(self) -> provinces.UnitOnDate:
        """The district's province, and the provincial unit whose territory held it then."""
        own = self.unit.province
        return provinces.UnitOnDate(own.name, self.on, own, covering(own, self.on, _successor))

    exists = OnDate.is_current

    @property
    def change(self) -> str:
        """What became of the district, in words.

        Examples
        --------
        >>> lookup("Sơn Tịnh", on=date(2024, 1, 1)).change
        'huyện Sơn Tịnh (Quảng Ngãi) existed'
        """
        d = self.unit
        if self.exists:
            return message("{unit} existed", unit=f"{d.label} ({d.province.name})")
        end = said_day(d.valid_until) if d.valid_until else "?"
        return message("{unit} ({province}, until {end}): no district level after {end}; its "
                       "territory is part of {current}", unit=d.label, province=d.province.name,
                       end=end, current=dated_name(self.current))  # fmt: skip


def _successor(unit: District | Province) -> Province | None:
    """Who took over a unit's territory: a district's province, a province's merger."""
    return unit.province if isinstance(unit, District) else provinces.successor(unit)


@cache
def _registry() -> tuple[tuple[District, ...], tuple[DistrictFacility, ...]]:
    data = checked()
    ends: Any = tuple(registry_source(data["source"][k]) for k in data["ends_by"])
    units = tuple(
        District(
            row["name"],
            row["kind"],
            provinces.by_key(row["province"]),
            ascii_name=row["ascii_name"],
            aliases=row.get("aliases", ()),
            valid_until=data["valid_until"],
            key=row["key"],
            named_in=plan_sources(row),
            sources=ends,
        )
        for row in data["district"]
    )
    keyed = {u.key: u for u in units}
    places = tuple(
        DistrictFacility(
            row["name"],
            row["kind"],
            keyed[row["district"]],
            aliases=row.get("aliases", ()),
            source=plan_source(row),
        )
        for row in data["facility"]
    )
    return units, places


def all() -> tuple[District, ...]:
    """Every district of the registry, in file order.

    Examples
    --------
    >>> units = all()
    >>> len(units), sorted({u.province.name for u in units})
    (10, ['Quảng Ngãi', 'Thanh Hóa'])
    """
    return _registry()[0]


def facilities(district: District | str | None = None) -> tuple[DistrictFacility, ...]:
    """The district facilities the plans name, optionally of one district (or its key).

    Examples
    --------
    >>> [f.name for f in facilities("quang-ngai/son-tinh")]
    ['Trung tâm Y tế huyện Sơn Tịnh', 'Phòng khám Đa khoa khu vực Tịnh Bắc']
    >>> len(facilities())
    12
    """
    places = _registry()[1]
    if district is None:
        return places
    key = district if isinstance(district, str) else district.key
    by_key(key)  # raises for an unknown key
    return tuple(f for f in places if f.district.key == key)


def by_key(key: str) -> District:
    """The district with this key.

    Examples
    --------
    >>> by_key("thanh-hoa/tho-xuan").label
    'huyện Thọ Xuân'
    >>> by_key("thanh-hoa/ngoc-lac")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownDistrictError: unknown district 'thanh-hoa/ngoc-lac'
    """
    for unit in all():
        if unit.key == key:
            return unit
    raise UnknownDistrictError(key)


def _split(name: str) -> tuple[str | None, str]:
    """The kind word in front of *name* (or None) and the folded rest."""
    folded = fold(name)
    for prefix, kind in _PREFIXES.items():
        if folded.startswith(prefix + " ") and len(folded) > len(prefix) + 1:
            return kind, folded[len(prefix) + 1 :]
    return None, folded


def _province_keys(province: Province | str | None) -> set[str] | None:
    """The keys of *province* and of the units it was formed from (None: any province)."""
    if province is None:
        return None
    unit = province if isinstance(province, Province) else provinces.get(province)
    return {unit.key, *unit.formed_from}


def _named(name: str, province: Province | str | None) -> District:
    if not isinstance(name, str):
        expected = message("a str (got {type})", type=type(name).__name__)
        raise WrongTypeError("districts", "name", name, expected)
    within = _province_keys(province)
    units = [u for u in all() if within is None or u.province.key in within]
    found = [u for u in units if u.matches(name)]
    if len(found) == 1:
        return found[0]
    if found:  # the same name in two provinces: ask for the province
        raise UnknownDistrictError(name, [f"{u.label} ({u.province.name})" for u in found])
    names = {fold(n): u.name for u in units for n in u.names}
    close = difflib.get_close_matches(_split(name)[1], names, n=3, cutoff=0.6)
    raise UnknownDistrictError(name, list(dict.fromkeys(names[c] for c in close)))


def lookup(name: str, on: date, *, province: Province | str | None = None) -> DistrictOnDate:
    """What a district name meant on *on*: the district, or the province that covers it now.

    Never substitutes silently: after 30 June 2025 the answer says that the district level
    ended and names the provincial unit whose territory includes the former district.

    Parameters
    ----------
    name : str
        "Sơn Tịnh", "huyện Sơn Tịnh", "TP. Thanh Hóa", "son tinh".
    on : datetime.date
    province : Province or str, optional
        Only districts of this provincial unit (by name or as a Province); a merged unit
        of 2025 stands for the units it was formed from.

    Returns
    -------
    DistrictOnDate

    Raises
    ------
    UnknownDistrictError
        If no district answers to *name*, or several do (give *province*).

    Examples
    --------
    >>> print(lookup("TP. Thanh Hóa", on=date(2023, 10, 14)))
    thành phố Thanh Hóa (Thanh Hóa) existed on 2023-10-14
    >>> lookup("Quảng Ngãi", on=date(2025, 7, 1)).province.current.key
    'quang-ngai-2025'
    """
    found = find([_named(name, province)], on := as_date(on, "districts.lookup", "on"), _successor)
    assert found is not None, "a district that did not exist on a day had ended before it"
    return DistrictOnDate(name, on, *found)


def get(name: str, on: date | None = None, *, province: Province | str | None = None) -> District:
    """Find a district by any of its names, ignoring case, diacritics and the kind word.

    Parameters
    ----------
    name : str
    on : datetime.date, optional
        The day the district is wanted for; after its last day the district is refused.
    province : Province or str, optional
        Only districts of this provincial unit.

    Returns
    -------
    District

    Raises
    ------
    UnknownDistrictError
        If no district (or several) answers to *name*.
    DistrictNotInForceError
        If the district no longer existed on *on* (the error says what covers it).

    Examples
    --------
    >>> get("Thieu Hoa", province="Thanh Hóa").key
    'thanh-hoa/thieu-hoa'
    >>> get("Thiệu Hóa", on=date(2025, 7, 1))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.DistrictNotInForceError: unknown district 'Thiệu Hóa' on 2025-07-01; \
huyện Thiệu Hóa (Thanh Hóa, until 2025-06-30): no district level after 2025-06-30; its \
territory is part of Thanh Hóa
    """
    unit = _named(name, province)
    if (day := as_date(on, "districts.get", "on", optional=True)) is None or unit.existed_on(day):
        return unit
    raise DistrictNotInForceError(name, day, lookup(name, day, province=province))


def for_facility(facility: Facility | str) -> District:
    """The district a facility belongs to: a district health centre, hospital or polyclinic.

    A facility of the registry is found by its name or an alias; another is read from its
    name when the name says its district ("Trung tâm Y tế huyện X", "Bệnh viện Đa khoa thị
    xã X"). A :class:`~vnhealthplan.Facility` with a province only finds districts of that
    province. The district is a historical unit: ask :func:`lookup` what it is on a day.

    Raises
    ------
    UnknownDistrictError
        If the facility is not known and its name names no district of the registry.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> plan = plans.load("quang-ngai-2023")
    >>> polyclinic = plan.facilities[1]
    >>> polyclinic.name, for_facility(polyclinic).label
    ('Phòng khám Đa khoa khu vực Tịnh Bắc', 'huyện Sơn Tịnh')
    >>> for_facility("TTYT thành phố Quảng Ngãi").key
    'quang-ngai/quang-ngai'
    >>> for_facility("Bệnh viện Đa khoa tỉnh Quảng Ngãi")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownDistrictError: unknown district 'Bệnh viện Đa khoa tỉnh \
Quảng Ngãi'
    """
    if isinstance(facility, Facility):
        name, province = facility.name, facility.province
    elif isinstance(facility, str):
        name, province = facility, None
    else:
        expected = message("a Facility or a name (str) (got {type})", type=type(facility).__name__)
        raise WrongTypeError("districts.for_facility", "facility", facility, expected)
    within = _province_keys(province)
    for place in facilities():
        if place.matches(name) and (within is None or place.district.province.key in within):
            return place.district
    named = _FACILITY.fullmatch(fold(name))
    if named and _split(named.group(1))[0] is not None:
        try:
            return _named(named.group(1), province)
        except UnknownDistrictError:
            pass
    raise UnknownDistrictError(name)
