"""A long clause's head, folded once for all its values.

A value in a list ("đạt 27 giường bệnh, 10 bác sĩ, …") shares its clause's head: the words
from the clause's start to the value before it. The plain reading folds that head again for
each value and searches every catalogue pattern in it
(:func:`~vnhealthplan.io.extract.lexicon.rank_indicators`), which is quadratic in a long
clause without ";". :class:`LongHead` folds the clause once, keeps how far each value's
head reaches into the folded text, and finds a pattern's first match in a head from the
pattern's first match in the whole clause, searching anew only the last
:data:`REACH` characters of the head (no pattern of ``data/lexicon.toml`` looks that far
beyond where it starts). Its rankings and names are those of the plain reading
(tests/test_extract_linear.py holds them to it).

Examples
--------
>>> head = LongHead("Đến năm 2030: đạt 32 giường bệnh/vạn dân, 12 bác sĩ", (14, 52), "")
>>> head.rank("", "bác sĩ", 40)[0]
(19, 'doctors_per_10k')
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.lexicon import rank_indicators, rank_with

__all__ = ["FoldedPrefix", "LongHead", "head_ranks", "value_name"]

#: Heads longer than this (characters of text) are read by :class:`LongHead`.
LONG_HEAD: Final = 600
#: How far past where it starts a catalogue pattern reads, at most (folded characters).
REACH: Final = 200
_NAME_CHARS: Final = 120
_NAME_STRIP: Final = " ,;:-–()"


def _collapsed(part: str) -> str:
    """*part* folded but not stripped: a run of separators at either end stays a blank."""
    return fold("x" + part + "x")[1:-1]


class FoldedPrefix:
    """A part of a text folded once, and how long each of its beginnings is folded.

    ``fold(text[span[0]:stop])`` is ``folded[:length(stop)]`` (folding keeps a beginning
    a beginning); :meth:`length` reads only the text since the last *stop* asked for.

    Parameters
    ----------
    text : str
    span : tuple of int
        The part to fold.

    Examples
    --------
    >>> text = "Tỉ lệ  giao, chỉ tiêu 95%"
    >>> part = FoldedPrefix(text, (0, len(text)))
    >>> part.folded
    'ti le giao chi tieu 95%'
    >>> [part.folded[: part.length(stop)] for stop in (5, 12, 21)]
    ['ti le', 'ti le giao', 'ti le giao chi tieu']
    """

    def __init__(self, text: str, span: tuple[int, int]) -> None:
        self._text = text
        self._whole = _collapsed(text[span[0] : span[1]])
        self._lead = 1 if self._whole.startswith(" ") else 0
        self.folded: str = self._whole[self._lead :]
        self._at, self._size = span[0], 0  # the collapsed part's end so far, its length

    def length(self, stop: int) -> int:
        """The length of ``fold(text[span[0]:stop])``; *stop* may not go back."""
        if stop > self._at:
            piece = _collapsed(self._text[self._at : stop])
            if piece.startswith(" ") and self._size and self._whole[self._size - 1] == " ":
                piece = piece[1:]
            self._at, self._size = stop, self._size + len(piece)
        elif stop < self._at:
            raise ValueError(f"stop {stop} is before the last one, {self._at}")
        size = self._size - self._lead
        if size > 0 and self._whole[self._size - 1] == " ":
            size -= 1
        return max(size, 0)


class LongHead:
    """The head of one clause (text from its start to each value) and its outer head.

    Parameters
    ----------
    text : str
    clause : tuple of int
        The clause's span.
    outer : str
        The head of the parenthesis the clause is in ("" for none).

    Values are asked for in order: each call's *start* (where the head ends, the end of
    the value before) is at or after the previous call's.

    Examples
    --------
    >>> text = "Đến năm 2030: đạt 32 giường bệnh/vạn dân, 12 bác sĩ/vạn dân"
    >>> head = LongHead(text, (14, len(text)), "")
    >>> head.rank("", "bác sĩ/vạn dân", 40)[0]
    (26, 'doctors_per_10k')
    >>> head.rank("", "bác sĩ/vạn dân", 40) == rank_indicators("", "bác sĩ/vạn dân", text[14:40])
    True
    >>> head.name(", ", "bác sĩ/vạn dân", 40)
    'đạt 32 giường bệnh/vạn dân , bác sĩ/vạn dân'
    """

    def __init__(self, text: str, clause: tuple[int, int], outer: str) -> None:
        self._text = text
        self._prefix = FoldedPrefix(text, clause)
        self._folded = self._prefix.folded
        self._outer = fold(outer)
        self._outer_raw = outer
        self._first: dict[re.Pattern[str], re.Match[str] | None] = {}
        self._word = next((i for i in range(clause[0], clause[1]) if not _junk(text[i])), clause[1])

    def _weight(self, pattern: re.Pattern[str], size: int) -> int:
        """What a match of *pattern* in the folded head of *size* characters weighs."""
        if size > 3 * REACH:
            if pattern not in self._first:
                self._first[pattern] = pattern.search(self._folded)
            first = self._first[pattern]
            if first is not None and first.start() < size - REACH:
                return max(len(first.group()), 1)
            low = size - 2 * REACH
            window = self._folded[low:size] + (" " + self._outer if self._outer else "")
            found = pattern.search(window, REACH)
        else:
            head = self._folded[:size]
            found = pattern.search(" ".join(w for w in (head, self._outer) if w))
        return max(len(found.group()), 1) if found else 0

    def rank(self, own: str, after: str, start: int) -> list[tuple[int, str]]:
        """``rank_indicators(own, after, head)`` for the head that ends at *start*."""
        size = self._prefix.length(start)
        return rank_with(fold(own), fold(after), lambda pattern: self._weight(pattern, size))

    def name(self, own: str, after: str, start: int) -> str:
        """``value_name(own, after, head)`` of the head that ends at *start*, reading no
        more of the head than the name shows."""
        if self._word >= start:  # the head's text is all blanks and signs: stripped
            return _name(own, after, " " + self._outer_raw)
        chars = 256
        while True:
            stop = min(start, self._word + chars)
            shown = " ".join(self._text[self._word : stop].split()).rstrip(_NAME_STRIP)
            if len(shown) > _NAME_CHARS:
                return shown[: _NAME_CHARS - 1] + "…"
            if stop == start:
                return _name(own, after, self._text[self._word : start] + " " + self._outer_raw)
            chars *= 2


def head_ranks(words: str, after: str, head: str | tuple[LongHead, int]) -> list[tuple[int, str]]:
    """The ranked indicators of a value's words, the words after it and its head: the
    head's text, or a :class:`LongHead` and where the value's head ends in it.

    Examples
    --------
    >>> head_ranks("Tỉ lệ tham gia bảo hiểm y tế đạt", "", "")[0][1]
    'health_insurance_coverage'
    """
    if isinstance(head, str):
        return rank_indicators(words, after, head)
    return head[0].rank(words, after, head[1])


def value_name(own: str, after: str, head: str | tuple[LongHead, int]) -> str:
    """A value's name: its head, own words and the words after it, on one line, at most
    120 characters.

    Examples
    --------
    >>> value_name("Tỉ lệ tiêm chủng đạt ", "; ", "Đến năm 2030:")
    'Đến năm 2030: Tỉ lệ tiêm chủng đạt'
    """
    if isinstance(head, str):
        return _name(own, after, head)
    return head[0].name(own, after, head[1])


def _junk(char: str) -> bool:
    return char.isspace() or char in _NAME_STRIP


def _name(own: str, after: str, head: str) -> str:
    words = " ".join(f"{head} {own} {after}".split()).strip(_NAME_STRIP)
    return words if len(words) <= _NAME_CHARS else words[: _NAME_CHARS - 1] + "…"
