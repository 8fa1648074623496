"""A range whose two ends each carry the unit: "tăng từ 1,5 cm - 2 cm", "từ 5% đến 10%".

:func:`~vnhealthplan.io.extract.values.find_values` reads a range written once with its unit
("1,5 - 2 cm"); plans also write the unit after each end. :func:`unit_range` finds where
the second end and its unit (the same words as the first's) stop, so the phrase is read as
one range, not as two figures. In "tăng từ 1,5 cm - 2 cm" the "từ" opens that range: the
words are a change to reach, not a figure that rose from 1,5 cm (:func:`range_lead`).

Examples
--------
>>> text = "chiều cao tăng từ 1,5 cm - 2 cm"
>>> text[: unit_range(text, 18, 21, 24, len(text))]
'chiều cao tăng từ 1,5 cm - 2 cm'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from vnhealthplan.text import TargetPhrase

__all__ = ["range_lead", "unit_range"]

#: A dash (or "đến", after "từ"), then a number: the second end of a range.
_SECOND: Final = r"[ \t]*(?:[-–—]|{to})[ \t]*\d+(?:[.,]\d+)*[ \t]*"
_NUMBER: Final = re.compile(r"\d+(?:[.,]\d+)*")
_FROM_BEFORE: Final = re.compile(r"(?<![^\W\d_])từ[ \t]*$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _twin(said: str, to: bool) -> re.Pattern[str]:
    second = _SECOND.format(to="đến" if to else "(?!)")
    return re.compile(second + re.escape(said) + r"(?![^\W_])", re.IGNORECASE)


def unit_range(text: str, start: int, stop: int, unit_end: int, high: int) -> int:
    """Where "- 2 cm" after "1,5 cm" ends, or *unit_end* if the text goes on otherwise.

    Parameters
    ----------
    text : str
    start, stop, unit_end : int
        Where the first number starts, where it (or a range already read, "1,5 - 2")
        ends, and where its unit ends.
    high : int
        Not read past this.

    Returns
    -------
    int

    Examples
    --------
    >>> unit_range("giảm từ 5% đến 10%", 8, 9, 10, 18)
    18
    >>> unit_range("giảm 5% đến 10%", 5, 6, 7, 15)  # "đến" closes a range "từ" opens
    7
    >>> unit_range("đạt 5% - tỷ lệ B 10%", 4, 5, 6, 20)
    6
    """
    number = _NUMBER.match(text, start)
    if number is None or number.end() != stop:  # a range already
        return unit_end
    said = text[stop:unit_end].strip()
    if not said:
        return unit_end
    to = _FROM_BEFORE.search(text, max(0, start - 8), start) is not None
    found = _twin(said, to).match(text, unit_end, high)
    return found.end() if found else unit_end


#: "từ" right before the number (after "tăng", "giảm" …).
_FROM: Final = re.compile(r"(?<![^\W\d_])từ[ \t]*$", re.IGNORECASE)


def range_lead(lead: str, phrase: TargetPhrase) -> str:
    """A value's own words without the "từ" that opens its range ("tăng từ 1,5 - 2 cm").

    Parameters
    ----------
    lead : str
        The words before the value's number.
    phrase : TargetPhrase
        The value as read.

    Returns
    -------
    str

    Examples
    --------
    >>> from vnhealthplan.text import parse_target_phrase
    >>> range_lead("chiều cao tăng từ ", parse_target_phrase("tăng từ 1 - 2 cm"))
    'chiều cao tăng '
    >>> range_lead("chiều cao tăng từ ", parse_target_phrase("1 cm"))
    'chiều cao tăng từ '
    """
    if phrase.upper is None:
        return lead
    found = _FROM.search(lead)
    return lead[: found.start()] if found else lead
