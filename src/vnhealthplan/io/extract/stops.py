"""Where a sentence, an item or a clause of a plan's text ends: the patterns the readers share.

A Vietnamese plan writes thousands and decimals with dots and commas ("1.200 ca", "17,6 %"),
so a dot is a stop only where a blank or the text's end follows it, or where no digit does.
Readers that look for the sentence, item or clause around a value use these patterns, so
that the same words mean the same stop everywhere:

* :data:`SENTENCE_END`: a sentence's end, ".", "!", "?" or "…" before a blank;
* :data:`ITEM_END`: an item of a list, a sentence's end or ";" before a blank, or a line's
  end;
* :data:`CLAUSE_END`: a clause, ";", ":", "(" or a line's end, a dot before a blank or the
  end, or a comma before a blank;
* :func:`stop_marks`: any of some marks or a line's end, and a dot not before a digit;
* :func:`last_match`: the last match of a pattern, the cue nearest what follows it.

and cut a line with them: :func:`sentences` (a line's sentences), :func:`clause_tail` (the
clause a value stands in, so far) and :func:`clause_bounds` (a value's clause, and the head
of a parenthesis it sits in).

Examples
--------
>>> text = "Năm 2025 có 1.200 ca mắc, giảm 5%. Năm 2030: dưới 1.000 ca; phấn đấu …"
>>> [m.start() for m in SENTENCE_END.finditer(text)]
[33]
>>> [m.start() for m in ITEM_END.finditer(text)]
[33, 58]
>>> [m.start() for m in CLAUSE_END.finditer(text)]
[24, 33, 43, 58]
>>> [m.start() for m in stop_marks(";").finditer(text)]
[33, 58]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Final

import attrs

__all__ = [
    "CLAUSE_END",
    "ITEM_END",
    "SENTENCE_END",
    "clause_bounds",
    "clause_tail",
    "last_match",
    "sentences",
    "stop_marks",
]

Span = tuple[int, int]

#: A sentence's end: ".", "!", "?" or "…" before a blank (not the dot of "1.200").
SENTENCE_END: Final = re.compile(r"[.!?…](?=\s)")
#: An item's end: a sentence's end or ";" before a blank, or a line's end.
ITEM_END: Final = re.compile(r"[.;!?…](?=\s)|\n")
#: A clause's end: ";", ":", "(" or a line's end, a dot before a blank or the text's end, or
#: a comma before a blank.
CLAUSE_END: Final = re.compile(r"[;:(\n]|\.(?:\s|$)|,\s")
#: A sentence's end where a line is cut into sentences, and the first character after it.
_CUT_AFTER: Final = re.compile(r"[.!?…](?=[ \t]+(\S)|[ \t]*$)")
#: The text up to its last clause break: ". ", "; ", ": ", "! ", "? " or a newline.
_TO_LAST_BREAK: Final = re.compile(r".*(?:[.;:!?]\s|\n)", re.DOTALL)


def last_match(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """The last match of *pattern* in *text* (a cue before a value: the nearest one), or None.

    Parameters
    ----------
    pattern : re.Pattern
        The cue to look for.
    text : str
        The text to look in.
    pos, endpos : int
        Where the search starts and ends, as for :meth:`re.Pattern.finditer` (the text is
        not cut: anchors and lookarounds still see it whole); *endpos* None is its end.

    Examples
    --------
    >>> found = last_match(ITEM_END, "Năm 2025 có 1.200 ca; giảm 5%. Năm 2030")
    >>> found.start() if found else None
    29
    >>> last_match(ITEM_END, "1.200 ca") is None
    True
    >>> last_match(ITEM_END, "Năm 2025 có 1.200 ca; giảm 5%. Năm 2030", 0, 29).start()
    20
    """
    found = None
    end = len(text) if endpos is None else endpos
    for found in pattern.finditer(text, pos, end):  # noqa: B007 (the last one is kept)
        pass
    return found


@cache
def stop_marks(marks: str, *, lines: bool = True) -> re.Pattern[str]:
    """Any of *marks*, a dot not before a digit, and (if *lines*) a line's end.

    Parameters
    ----------
    marks : str
        The stops other than the dot (no "." and no "]"): ";!?", ";,".
    lines : bool
        Whether a line's end stops too.

    Examples
    --------
    >>> [m.group() for m in stop_marks(";,").finditer("1.200 ca, giảm; còn 5.\\nHết")]
    [',', ';', '.', '\\n']
    >>> stop_marks(";:!?", lines=False).pattern
    '[;:!?]|\\\\.(?!\\\\d)'
    """
    pattern = f"[{marks}]|\\.(?!\\d)"
    return re.compile(pattern + r"|\n" if lines else pattern)


def sentences(text: str, start: int, end: int) -> list[Span]:
    """The sentences of ``text[start:end]`` (one line): cut after ".", "!", "?" or "…"
    followed by a word that does not start in lower case.

    Examples
    --------
    >>> text = "Đạt 25 giường bệnh. Tỉ lệ 1.000 trẻ đẻ sống."
    >>> [text[a:b] for a, b in sentences(text, 0, len(text))]
    ['Đạt 25 giường bệnh.', ' Tỉ lệ 1.000 trẻ đẻ sống.']
    """
    spans, pos = [], start
    for m in _CUT_AFTER.finditer(text, start, end):
        after = m.group(1)
        if after is not None and (after.islower() or after.isdigit()):
            continue
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def clause_tail(before: str) -> str:
    """The words of *before* after its last clause break (". ", "; ", ": ", "! ", "? " or a
    newline): the clause a value that follows *before* stands in, so far.

    Examples
    --------
    >>> clause_tail("Năm 2024 có 480 đại biểu có mặt; 95% ")
    '95% '
    >>> clause_tail("tỷ lệ 1.200 ca ")
    'tỷ lệ 1.200 ca '
    """
    cut = _TO_LAST_BREAK.match(before)
    return before[cut.end() :] if cut else before


def clause_bounds(text: str, sentence: Span, pos: int) -> tuple[Span, Span | None]:
    """The clause of *sentence* around *pos*, and the head of a parenthesis it sits in.

    Clauses are cut at ";". A position inside an unclosed "(" is cut at the parenthesis,
    and the words before it (back to the previous ";") are returned as the head, so that
    "giảm tỉ suất tử vong trẻ em (dưới 05 tuổi còn 18,5‰; dưới 01 tuổi còn 12,5‰)" keeps
    "giảm tỉ suất tử vong trẻ em" for both values. The sentence's parentheses and ";" are
    found once for all its values (the last sentence asked for is kept).

    Examples
    --------
    >>> text = "tử vong trẻ em (dưới 05 tuổi còn 18,5‰; dưới 01 tuổi còn 12,5‰); béo phì"
    >>> clause, head = clause_bounds(text, (0, len(text)), text.index("12,5"))
    >>> text[slice(*clause)], text[slice(*head)]
    (' dưới 01 tuổi còn 12,5‰', 'tử vong trẻ em ')
    """
    s0, s1 = sentence
    cuts = _cuts_of(text, sentence)
    at = bisect_left(cuts.parens, pos) - 1  # the innermost "(" still open before pos
    opened = cuts.opened[at] if at >= 0 else -1
    semis = cuts.semis
    head = None
    low, high = s0, s1
    if opened >= 0:
        before = bisect_left(semis, opened) - 1
        head = (semis[before] + 1 if before >= 0 else s0, opened)
        low = opened + 1
        close = bisect_left(cuts.closes, pos)
        high = cuts.closes[close] if close < len(cuts.closes) else s1
    before = bisect_left(semis, pos) - 1
    start = semis[before] + 1 if before >= 0 and semis[before] >= low else low
    after = bisect_left(semis, pos)
    return (start, semis[after] if after < len(semis) and semis[after] < high else high), head


@attrs.frozen
class _Cuts:
    """Where a sentence's "(", ")" and ";" are: ``parens`` (of each "(" and ")") with the
    innermost "(" left open after each (``opened``, -1 for none), ``closes``, ``semis``."""

    parens: list[int]
    opened: list[int]
    closes: list[int]
    semis: list[int]


_PUNCTUATION = re.compile(r"[();]")
_LAST_CUTS: list[tuple[str, Span, _Cuts]] = []


def _cuts_of(text: str, sentence: Span) -> _Cuts:
    if _LAST_CUTS and _LAST_CUTS[0][0] is text and _LAST_CUTS[0][1] == sentence:
        return _LAST_CUTS[0][2]
    cuts = _Cuts([], [], [], [])
    stack: list[int] = []
    for m in _PUNCTUATION.finditer(text, *sentence):
        at = m.start()
        if m.group() == ";":
            cuts.semis.append(at)
            continue
        if m.group() == "(":
            stack.append(at)
        else:
            cuts.closes.append(at)
            if stack:
                stack.pop()
        cuts.parens.append(at)
        cuts.opened.append(stack[-1] if stack else -1)
    _LAST_CUTS[:] = [(text, sentence, cuts)]
    return cuts
