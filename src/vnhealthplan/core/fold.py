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

import functools
import re
import unicodedata

__all__ = ["ascii_name", "fold"]

_D = str.maketrans({"đ": "d", "Đ": "D"})
# A run of separators, but not a lone blank between words (it stays as it is): the same
# result as replacing every run, with far fewer replacements in long texts.
_SEPARATORS = re.compile(r"(?! (?![\s\-.,_]))[\s\-.,_]+")


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


class _Plain(dict[int, str]):
    """Each character's :func:`ascii_name`, computed the first time the character is met.

    Removing combining marks after NFD works character by character (canonical reordering
    only moves the marks that are removed), so translating with this table gives exactly
    ``ascii_name`` of the whole text, in one C-level pass over long plan texts.
    """

    def __missing__(self, code: int) -> str:
        plain = self[code] = ascii_name(chr(code))
        return plain


_PLAIN = _Plain()


def fold(name: str) -> str:
    """A key under which spellings of one name compare equal.

    Removes diacritics (so old and new accent placement agree), maps đ to d, lowercases
    and collapses runs of white space, hyphens, dots, commas and underscores to single
    spaces. Fast enough for whole plan texts, which :mod:`vnhealthplan.extract` folds.

    Examples
    --------
    >>> fold("  An-Giang ")
    'an giang'
    >>> fold("Tỉ lệ giường bệnh/vạn dân, 10.000 dân")
    'ti le giuong benh/van dan 10 000 dan'
    """
    if isinstance(name, str) and len(name) <= 200:  # words, names: often the same ones
        return _fold_short(name)
    return _fold(name)


def _fold(name: str) -> str:
    plain = name.translate(_PLAIN).casefold()
    return _SEPARATORS.sub(" ", plain).strip()


_fold_short = functools.lru_cache(maxsize=8192)(_fold)
