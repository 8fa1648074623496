"""Hard-wrapped paragraphs: a text that parts its paragraphs by blank lines and breaks the
lines of each at a fixed width ("… theo Nghị quyết số 21-NQ/TW và các văn bản chỉ đạo
của\nChính phủ, Bộ Y tế …"), as web pages and converted files do.

In such a text (five lines and one in seven at least are blank) a line that follows another of its
paragraph goes on with it, whatever the case of its first letter, where that one stops with
no mark, or ends a sentence (".", ";") only because it reached the width (60 characters or
more). :func:`hard_wraps` gives these breaks, so that :mod:`.duties` reads a task given over
several lines as one. None comes after a heading (in capitals, or an agency's: "1. Sở Y
tế"), after ":", "!", "?" or "…", before a line that opens an item ("- ", "a) ", "2. ", "**"),
nor around a table row; but a bold run left open goes on below ("**4. Sở Văn hóa
và\nĐài Truyền hình**" is one heading).

Examples
--------
>>> text = "a) Chủ trì, phối hợp với\\nSở Tài chính tham mưu.\\n\\nb) Báo cáo\\n- Quý I\\n\\n"
>>> text += "c) Một.\\n\\nd) Hai.\\n\\nđ) Ba.\\n\\ne) Bốn."
>>> [text[i - 4 : i] for i in hard_wraps(text)]
[' với']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Final

from vnhealthplan.io.extract.agencyheads import agency_heading

__all__ = ["hard_wraps"]

#: A line that opens an item, a heading or a bold run: never a wrapped line's tail.
_OPENS_ITEM: Final = re.compile(
    r"[ \t]*(?:[-–+•*]|\d{1,2}(?:\.\d{1,2})*[ \t]*[.)\-–]|[a-zđ][ \t]*[.)]|[IVX]{1,4}[ \t]*[.)\-–]"
    r"|\*\*)"
)
_BLANK_SHARE: Final = 0.15
_FEWEST_BLANKS: Final = 5
#: A row this long that ends a sentence reached the width: the paragraph goes on below it.
_FULL_ROW: Final = 60


def hard_wraps(text: str) -> Iterator[int]:
    """Where a paragraph's line is broken mid-sentence in a text of blank-line paragraphs:
    the breaks' newlines (see the module notes).

    Examples
    --------
    >>> list(hard_wraps("Một dòng\\nhai dòng"))  # no blank line: not a paragraphed text
    []
    """
    rows = text.split("\n")
    blank = sum(1 for r in rows if not r.strip())
    if blank < max(_FEWEST_BLANKS, _BLANK_SHARE * len(rows)):
        return
    at = -1
    for row, nxt in itertools.pairwise(rows):
        at += len(row) + 1
        tail = row.rstrip()
        if not tail or not nxt.strip() or "\t" in row or "\t" in nxt:
            continue
        if row.count("**") % 2:  # a bold run ("**2. Sở Văn hóa và") goes on below
            yield at
            continue
        if tail.endswith("**") or row.lstrip().startswith("**") or _OPENS_ITEM.match(nxt):
            continue
        if tail[-1] in ":!?…" or (tail[-1] in ".;" and len(tail) < _FULL_ROW):
            continue
        if _is_heading(tail):
            continue
        yield at


def _is_heading(row: str) -> bool:
    """A heading's row: in capitals, or an agency's heading ("1. Sở Y tế")."""
    letters = [c for c in row if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    return agency_heading(row) is not None
