"""Numbers that are no figure of their own: a weight bound in a name, a year before a noun.

Nutrition plans name low birth weight by its threshold: "tỷ lệ trẻ có cân nặng sơ sinh thấp
(dưới 2.500 gram) dưới 5%", "trẻ sơ sinh có cân nặng < 2500g". The weight is part of the
indicator's name, as an age is in "trẻ em dưới 5 tuổi": a weight in grams or kilograms,
under or over a bound, after "cân nặng" in the same words, is no figure of its own
(:func:`defines_subject`). A year after "năm" is a date even when a noun follows that reads
as a unit ("so với năm 2020 số người mắc mới …": not 2020 people; :func:`year_read_as_count`).

Examples
--------
>>> from vnhealthplan.io.extract.values import find_values
>>> text = "tỷ lệ trẻ có cân nặng sơ sinh thấp (dưới 2.500 gam) dưới 5%"
>>> [defines_subject(text, v, 0) for v in find_values(text)]
[True, False]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from vnhealthplan.core.vocab import Comparator

if TYPE_CHECKING:
    from vnhealthplan.io.extract.values import Value

__all__ = ["defines_subject", "year_read_as_count"]

#: "cân nặng" (weight) in the words before the figure.
_WEIGHT: Final = re.compile(r"(?<!\w)c[âa]n\s+n[ặa]ng(?!\w)", re.IGNORECASE)
#: How far back "cân nặng" is looked for.
_NAME_CHARS = 60
#: A bound right before the number, where the phrase did not read it ("(dưới 2.500 gam)").
_BOUND: Final = re.compile(r"(?:dưới|trên|[<>≤≥])[ \t]*$", re.IGNORECASE)
_BOUNDS: Final = frozenset({Comparator.LT, Comparator.LE, Comparator.GT, Comparator.GE})


def defines_subject(text: str, value: Value, clause_start: int) -> bool:
    """Whether *value* is a weight bound that names whom its indicator counts.

    Parameters
    ----------
    text : str
    value : Value
    clause_start : int
        Not looked at before this.

    Returns
    -------
    bool

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import find_values
    >>> text = "cân nặng trung bình của trẻ sơ sinh đạt 3.100 gam"
    >>> defines_subject(text, find_values(text)[0], 0)
    False
    """
    unit = value.unit
    if unit is None or unit.dimensionality != {"[mass]": 1}:
        return False
    start = max(clause_start, value.span[0] - _NAME_CHARS)
    bound = value.phrase.comparator in _BOUNDS or _BOUND.search(text, start, value.number_span[0])
    return bool(bound) and _WEIGHT.search(text, start, value.span[0]) is not None


#: "năm" right before a number.
_YEAR_WORD: Final = re.compile(r"(?<![^\W\d_])năm[ \t]+$", re.IGNORECASE)


def year_read_as_count(text: str, value: Value) -> bool:
    """Whether *value* is a year after "năm" ("năm 2020 số người …") read with a unit.

    Parameters
    ----------
    text : str
    value : Value

    Returns
    -------
    bool

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import find_values
    >>> text = "giảm 20% so với năm 2020 số người mắc mới"
    >>> [year_read_as_count(text, v) for v in find_values(text)]
    [False, True]
    """
    start, end = value.number_span
    number = text[start:end]
    if len(number) != 4 or not number.isdigit() or not 1945 <= int(number) <= 2100:
        return False
    return _YEAR_WORD.search(text, max(0, start - 6), start) is not None
