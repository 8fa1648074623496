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
* :func:`stop_marks`: any of some marks or a line's end, and a dot not before a digit.

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
from functools import cache
from typing import Final

__all__ = ["CLAUSE_END", "ITEM_END", "SENTENCE_END", "stop_marks"]

#: A sentence's end: ".", "!", "?" or "…" before a blank (not the dot of "1.200").
SENTENCE_END: Final = re.compile(r"[.!?…](?=\s)")
#: An item's end: a sentence's end or ";" before a blank, or a line's end.
ITEM_END: Final = re.compile(r"[.;!?…](?=\s)|\n")
#: A clause's end: ";", ":", "(" or a line's end, a dot before a blank or the text's end, or
#: a comma before a blank.
CLAUSE_END: Final = re.compile(r"[;:(\n]|\.(?:\s|$)|,\s")


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
