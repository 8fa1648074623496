"""Folding Vietnamese names for comparison: case, diacritics, đ and spacing.

Examples
--------
>>> fold("Thanh Hoá") == fold("Thanh Hóa") == fold("THANH HOA")
True
>>> fold("Đăk Lăk") == fold("Đắk Lắk") == fold("Dak  Lak")
True

Spaces are kept: "Daklak" is a different key, found only because the province lists it as
an alias.

>>> fold("Daklak")
'daklak'
"""

from __future__ import annotations

import unicodedata

__all__ = ["ascii_name", "fold"]

_D = str.maketrans({"đ": "d", "Đ": "D"})


def ascii_name(name: str) -> str:
    """Write *name* in plain ASCII letters, keeping case and spacing.

    Examples
    --------
    >>> ascii_name("Quảng Ngãi")
    'Quang Ngai'
    >>> ascii_name("Đắk Lắk")
    'Dak Lak'
    """
    decomposed = unicodedata.normalize("NFD", name.translate(_D))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(name: str) -> str:
    """A key under which spellings of one name compare equal.

    Removes diacritics (so old and new accent placement agree), maps đ to d, lowercases
    and collapses runs of white space, hyphens and dots to single spaces.

    Examples
    --------
    >>> fold("  An-Giang ")
    'an giang'
    """
    plain = ascii_name(name).casefold()
    for sep in "-.,_":
        plain = plain.replace(sep, " ")
    return " ".join(plain.split())
