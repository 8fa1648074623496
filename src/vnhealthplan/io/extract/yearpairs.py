"""The year of the second figure of a change written "from A in year X to B in year Y".

Status sections write how a figure moved: "từ 398 ca mắc năm 2013 xuống còn 02 ca mắc
trong 9 tháng đầu năm 2023", "tăng từ 1.200 người năm 2019 lên 1.500 người năm 2022". The
nearest year before the second figure is the first figure's; the second has its own
year after it, in its own clause. :func:`paired_year` gives that year.

Examples
--------
>>> text = "giảm từ 120 ca năm 2015 xuống còn 8 ca vào năm 2022."
>>> start = text.index("8 ca")
>>> paired_year(text, (start, start + 4), (0, len(text))).period.code
'2022'
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.segment import YearMark, year_marks

__all__ = ["paired_year"]

Span = tuple[int, int]

#: The turn of a change between its two figures, before the second ("xuống còn", "lên").
_TURN: Final = re.compile(r"\b(?:xuống|lên|đến|tới|còn)\s*(?:còn|mức|được)?\s*$", re.IGNORECASE)
#: Between the second figure and its year: words only (a printed line may wrap), in one
#: clause, not too far.
_OWN_TAIL: Final = re.compile(r"[^,;:.!?()\[\]]{0,60}", re.IGNORECASE)
_BEFORE = 80  # how far back the first figure and its year may stand (a bounded look-back)


def paired_year(text: str, value: Span, sentence: Span) -> YearMark | None:
    """The year after the second figure of a "from … to …" change, or None.

    Parameters
    ----------
    text : str
    value : tuple of int
        The span of the figure (from its verb to its unit).
    sentence : tuple of int
        Its sentence (where the first figure and its year are looked for; the second's
        year may stand past a line wrap that ends the sentence).

    Returns
    -------
    YearMark or None
        None unless the figure follows a turn ("xuống còn", "lên", "đến") that itself
        follows a number and a year, and a year stands after the figure in its clause.

    Examples
    --------
    >>> text = "tăng từ 1.200 người năm 2019 lên 1.500 người năm 2022"
    >>> start = text.index("lên")
    >>> paired_year(text, (start, start + 14), (0, len(text))).period.code
    '2022'
    >>> text = "Năm 2020 đạt 1.500 người, năm 2022 tăng lên"
    >>> paired_year(text, (13, 24), (0, len(text))) is None
    True
    """
    low = max(sentence[0], value[0] - _BEFORE)
    before = year_marks(text, low, value[0])
    if not before:
        return None
    between = text[before[-1].span[1] : value[0]]
    head = text[value[0] : value[1]]
    turn = _TURN.search(between) or re.match(r"\s*(?:xuống|lên)\b", head, re.IGNORECASE)
    if turn is None or not re.search(r"\d", text[low : before[-1].span[0]]):
        return None
    tail = _OWN_TAIL.match(text, value[1])  # may go on past a line wrap: to the clause's end
    stop = tail.end() if tail else value[1]
    after = year_marks(text, value[1], stop)
    return after[0] if after else None
