"""Provinces: the units a plan is issued for.

Examples
--------
>>> from vnhealthplan import provinces
>>> dak_lak = provinces.get("Dak Lak")
>>> dak_lak.name, dak_lak.code
('Đắk Lắk', '66')
>>> dak_lak.matches("Đăk Lăk")  # the spelling of the 2024 plan's header
True
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import attrs

from vnhealthplan.core.checks import as_date, fail, items_of, text, to_tuple, year_date
from vnhealthplan.core.fold import ascii_name as _ascii
from vnhealthplan.core.fold import fold
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import Lang
from vnhealthplan.model.displays import ShownInNotebooks, province_parts
from vnhealthplan.model.source import Source

__all__ = ["Province"]

_CODE = re.compile(r"[0-9]{2}")
_KEY = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

#: The kinds of provincial unit: *tỉnh* (province) and *thành phố trực thuộc trung ương*
#: (centrally governed city).
KINDS = ("province", "city")


def _slug(name: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", _ascii(name).casefold()))


def _check_key(inst: Province, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not _KEY.fullmatch(value):
        fail(
            inst,
            attribute,
            value,
            message("a key of lower-case ASCII words joined by '-', e.g. 'an-giang'"),
        )


def _check_kind(inst: Province, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and value not in KINDS:
        fail(
            inst,
            attribute,
            value,
            message("one of {kinds}, or None", kinds=", ".join(map(repr, KINDS))),
        )


def _check_links(inst: Province, attribute: attrs.Attribute[Any], value: Any) -> None:
    keys = (value,) if attribute.name == "merged_into" else value
    for key in () if value is None else keys:
        _check_key(inst, attribute, key)
        if key == inst.key:
            fail(
                inst,
                attribute,
                key,
                message("a unit other than the unit itself ({key!r})", key=inst.key),
            )
    if attribute.name == "merged_into" and value is not None and inst.valid_until is None:
        fail(
            inst,
            attribute,
            value,
            message("no successor unless valid_until says when the unit ended"),
        )
    if attribute.name == "formed_from" and value and inst.valid_from is None:
        fail(
            inst,
            attribute,
            value,
            message("no predecessors unless valid_from says when the unit began"),
        )


def _check_code(inst: Province, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not _CODE.fullmatch(value)):
        fail(inst, attribute, value, message("a two-digit code such as '38', or None"))


def _check_until(inst: Province, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and inst.valid_from is not None and value < inst.valid_from:
        fail(
            inst,
            attribute,
            value,
            message("a date on or after valid_from {day}", day=str(inst.valid_from)),
        )


@attrs.frozen
class Province(ShownInNotebooks):
    """A provincial-level administrative unit.

    Parameters
    ----------
    name : str
        Official Vietnamese name without "Tỉnh"/"Thành phố", e.g. "Thanh Hóa".
    ascii_name : str, optional
        The name in ASCII letters, used as its English form. Derived from *name* if left out.
    code : str, optional
        Two-digit code of the national list of administrative units, e.g. "38".
    aliases : tuple of str
        Other spellings met in documents ("Đăk Lăk", "Thanh Hoá").
    valid_from, valid_until : datetime.date, optional
        The first and last day of the unit, where a source says so; None where unknown.
    key : str, optional
        The unit's key in the registry of :mod:`vnhealthplan.provinces`, unique among units
        of every date ("an-giang" before 1 July 2025, "an-giang-2025" after). Derived from
        *ascii_name* if left out.
    kind : {"province", "city"}, optional
        *Tỉnh* or centrally governed city (*thành phố trực thuộc trung ương*).
    seat : str, optional
        The seat of the provincial government, as the source words it.
    formed_from : tuple of str
        Keys of the units the unit was formed from (needs *valid_from*).
    merged_into : str, optional
        Key of the unit it became part of (needs *valid_until*).
    sources : tuple of Source
        Where the unit, its dates and its links are stated.

    Examples
    --------
    >>> th = Province("Thanh Hóa", code="38", aliases=["Thanh Hoá"])
    >>> th.ascii_name
    'Thanh Hoa'
    >>> th.matches("THANH HOA"), th.matches("Thanh Hoá"), th.matches("Thái Bình")
    (True, True, False)

    A unit that merged into another says so, with the day it ended:

    >>> kg = Province("Kiên Giang", valid_until=date(2025, 6, 30), merged_into="an-giang-2025")
    >>> kg.key, kg.existed_on(date(2025, 7, 1))
    ('kien-giang', False)
    >>> Province("Thanh Hóa", code="038")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: Province.code: got '038'; expected a two-digit code \
such as '38', or None
    """

    name: str = attrs.field(validator=text())
    ascii_name: str = attrs.field(
        default=attrs.Factory(lambda self: _ascii(self.name), takes_self=True), validator=text()
    )
    code: str | None = attrs.field(default=None, validator=_check_code)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=items_of(str))
    valid_from: date | None = attrs.field(default=None, validator=year_date(optional=True))
    valid_until: date | None = attrs.field(
        default=None, validator=[year_date(optional=True), _check_until]
    )
    key: str = attrs.field(
        default=attrs.Factory(lambda self: _slug(self.ascii_name), takes_self=True),
        kw_only=True,
        validator=_check_key,
    )
    kind: str | None = attrs.field(default=None, kw_only=True, validator=_check_kind)
    seat: str | None = attrs.field(default=None, kw_only=True, validator=text(optional=True))
    formed_from: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=[items_of(str), _check_links]
    )
    merged_into: str | None = attrs.field(default=None, kw_only=True, validator=_check_links)
    sources: tuple[Source, ...] = attrs.field(
        default=(), kw_only=True, converter=to_tuple, validator=items_of(Source)
    )

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the province answers to: official, ASCII and aliases."""
        return (self.name, self.ascii_name, *self.aliases)

    def matches(self, name: str) -> bool:
        """Tell whether *name* is one of the province's names, ignoring case and diacritics.

        Examples
        --------
        Đắk Lắk's 2024 plan is headed "Đăk Lăk":

        >>> from vnhealthplan import plans
        >>> plan = plans.load("dak-lak-2024")
        >>> plan.document.place, plan.province.matches(plan.document.place)
        ('Đăk Lăk', True)
        >>> plan.province.matches("DAK LAK"), plan.province.matches("Thanh Hóa")
        (True, False)
        """
        key = fold(name)
        return any(fold(n) == key for n in self.names)

    def existed_on(self, day: date) -> bool:
        """Tell whether the unit existed on *day*, as far as its known dates say.

        Examples
        --------
        >>> Province("Thanh Hóa").existed_on(date(2024, 1, 1))  # no dates known: no bound
        True
        """
        day = as_date(day, "Province.existed_on", "day")
        after_start = self.valid_from is None or self.valid_from <= day
        before_end = self.valid_until is None or day <= self.valid_until
        return after_start and before_end

    def __str__(self) -> str:
        return self.name

    def display_parts(self, lang: Lang, as_of: date) -> Any:
        """What the notebook display shows (:mod:`vnhealthplan.core.html`'s protocol)."""
        return province_parts(self, lang)
