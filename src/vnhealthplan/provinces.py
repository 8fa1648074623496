"""The bundled provinces and look-up by any of their names.

Examples
--------
>>> from vnhealthplan import provinces
>>> [p.name for p in provinces.all()]
['An Giang', 'Thanh Hóa', 'Quảng Ngãi', 'Đắk Lắk']
>>> provinces.get("thanh hoa").code
'38'
"""

from __future__ import annotations

import difflib
import tomllib
from functools import cache
from importlib import resources

from .errors import UnknownProvinceError
from .names import fold
from .province import Province

__all__ = ["all", "get"]


@cache
def all() -> tuple[Province, ...]:
    """Every bundled province, in file order.

    Returns
    -------
    tuple of Province

    Examples
    --------
    >>> [p.code for p in all()]
    ['89', '38', '51', '66']
    """
    raw = resources.files(__package__).joinpath("data/provinces.toml").read_text("utf-8")
    rows = tomllib.loads(raw)["province"]
    keep = ("name", "ascii_name", "code", "aliases")
    return tuple(Province(**{k: row[k] for k in keep if k in row}) for row in rows)


def get(name: str) -> Province:
    """Find a bundled province by any of its names, ignoring case and diacritics.

    Parameters
    ----------
    name : str
        For example "Đắk Lắk", "Đăk Lăk", "dak lak" or "Thanh Hoá".

    Returns
    -------
    Province

    Raises
    ------
    UnknownProvinceError
        If no province answers to *name*; the error lists the closest names.

    Examples
    --------
    >>> get("Đăk Lăk").name
    'Đắk Lắk'
    >>> get("Kiên Giang")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownProvinceError: unknown province 'Kiên Giang'; did you mean \
'An Giang'?
    """
    if not isinstance(name, str):
        raise TypeError(
            f"provinces.get: expected a name (str), got {type(name).__name__}: {name!r}"
        )
    for province in all():
        if province.matches(name):
            return province
    names = {fold(n): p.name for p in all() for n in p.names}
    close = difflib.get_close_matches(fold(name), names, n=3, cutoff=0.6)
    raise UnknownProvinceError(name, list(dict.fromkeys(names[c] for c in close)))
