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

from ._validate import fail, items_of, text, to_tuple, year_date
from .names import ascii_name as _ascii
from .names import fold

__all__ = ["Province"]

_CODE = re.compile(r"[0-9]{2}")


def _check_code(inst: Province, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (not isinstance(value, str) or not _CODE.fullmatch(value)):
        fail(inst, attribute, value, "a two-digit code such as '38', or None")


def _check_until(inst: Province, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and inst.valid_from is not None and value < inst.valid_from:
        fail(inst, attribute, value, f"a date on or after valid_from {inst.valid_from}")


@attrs.frozen
class Province:
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
        The days the unit existed between, where a source says so; None where unknown.

    Examples
    --------
    >>> th = Province("Thanh Hóa", code="38", aliases=["Thanh Hoá"])
    >>> th.ascii_name
    'Thanh Hoa'
    >>> th.matches("THANH HOA"), th.matches("Thanh Hoá"), th.matches("Thái Bình")
    (True, True, False)
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
        after_start = self.valid_from is None or self.valid_from <= day
        before_end = self.valid_until is None or day <= self.valid_until
        return after_start and before_end

    def __str__(self) -> str:
        return self.name
