"""The parts of a plan ("Phần I", "Chương 1", "Phần thứ nhất"): headings above "I.", "1.".

Long plans and reports are cut into parts before their numbered sections:

.. code-block:: text

    Phần I
    THỰC TRẠNG MẠNG LƯỚI Y TẾ CƠ SỞ ĐẾN NĂM 2021
    I. MẠNG LƯỚI Y TẾ CƠ SỞ
    1. Về tổ chức mạng lưới …

The part's title (often on its own line, in capitals) says what the whole part does —
describe the situation up to 2021, set the targets — and so holds for its sections "I.",
"II." …, until the next part. A part marker is a heading of level 0, above the Roman
numerals (level 1); the line in capitals right after a bare marker is its title and takes
its level, so that a section "I." under it does not close it.

Examples
--------
>>> part_level("Phần I", [], None)
0
>>> part_level("Chương trình hành động", [], None) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

__all__ = ["part_level"]

#: A part marker opening its line: "Phần I", "PHẦN 2.", "Chương III:", "Phần thứ nhất".
_PART: Final = re.compile(
    r"[ \t]*(?:phần|chương)[ \t]+(?:thứ[ \t]+\w+|[IVXLC]+|\d{1,2})(?![\w/])",
    re.IGNORECASE,
)
#: Nothing but the marker (its title comes on the next heading line).
_BARE: Final = re.compile(r"[ \t.:\-–]*$")
#: The longest line read as a part's heading.
_PART_CHARS: Final = 200


def part_level(line: str, stack: Sequence[Any], level: int | None) -> int | None:
    """The heading level of *line*: 0 for a part's marker or its title, else *level*.

    Parameters
    ----------
    line : str
        The line.
    stack : sequence
        The open sections, innermost last, each with its ``level`` and ``label``.
    level : int or None
        The level the line has as any heading (None: no heading).

    Returns
    -------
    int or None

    Examples
    --------
    >>> class Open:
    ...     level, label = 0, "Phần I"
    >>> part_level("THỰC TRẠNG Y TẾ CƠ SỞ ĐẾN NĂM 2021", [Open()], 1)
    0
    >>> part_level("I. MẠNG LƯỚI Y TẾ CƠ SỞ", [Open()], 1)
    1
    >>> part_level("Phần thứ nhất", [], None), part_level("PHẦN II. MỤC TIÊU", [], 1)
    (0, 0)
    """
    if len(line) <= _PART_CHARS and _is_marker(line):
        return 0
    if level != 1 or not stack or stack[-1].level != 0:
        return level
    marker = _PART.match(stack[-1].label)
    bare = marker is not None and _BARE.match(stack[-1].label, marker.end())
    return 0 if bare and not line.lstrip()[:1].isdigit() and not _ROMAN.match(line) else level


def _is_marker(line: str) -> bool:
    """Whether *line* opens with a part marker followed by nothing, a stop ("Phần I.",
    "Chương 2:") or a title in capitals; not prose ("Phần 2 kinh phí do tỉnh bố trí")."""
    marker = _PART.match(line)
    if marker is None:
        return False
    rest = line[marker.end() :].strip()
    letters = [c for c in rest if c.isalpha()]
    return not rest or rest[0] in ".:-–" or all(c.isupper() for c in letters)


#: A numbered section "I.", "II-" (the part's own sections, not its title).
_ROMAN: Final = re.compile(r"[ \t]*[IVXLC]+[ \t]*[.\-–:/)]")
