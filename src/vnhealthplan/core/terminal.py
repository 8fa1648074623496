"""Text for a terminal: display widths, wrapped and aligned tables, safe output streams.

A terminal gives most characters one cell, East Asian wide and fullwidth characters two,
and combining marks none. Vietnamese is mostly precomposed letters of one cell ("ư", "ế"),
but text copied from a PDF or a Word file may hold the decomposed form ("e" + U+0302 +
U+0301), which ``len`` counts as three characters and the terminal shows as one. Columns
are therefore padded by :func:`display_width`, computed with :mod:`unicodedata` (the
standard library's East Asian Width and combining classes), not by ``len``.

Why not rich: its tables would bring colour and box drawing, but also a dependency of
four packages for the sake of a few plain tables; the plain text here is the same on a
terminal, in a pipe and in a test, which is what scripts and the tests compare.

Examples
--------
>>> display_width("Đắk Lắk"), display_width("Đắk Lắk".replace("ắ", "a\\u0306\\u0301"))
(7, 7)
>>> print(*table(["Tỉnh", "Chỉ tiêu"], [["Đắk Lắk", "14"], ["Thanh Hóa", "17"]], "lr"),
...       sep="\\n")
Tỉnh       Chỉ tiêu
Đắk Lắk          14
Thanh Hóa        17
"""

from __future__ import annotations

import shutil
import sys
import unicodedata
from collections.abc import Sequence
from typing import TextIO

__all__ = [
    "display_width",
    "pad",
    "safe_stream",
    "setup_streams",
    "table",
    "terminal_width",
    "wrap",
]

#: Width used when the output is not a terminal and COLUMNS is not set.
DEFAULT_WIDTH = 100

#: Columns narrower than this are never wrapped.
_MIN_WRAP = 12


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """The number of terminal cells *text* takes.

    Examples
    --------
    >>> display_width("giường bệnh/vạn dân"), display_width("医院")
    (19, 4)
    """
    return sum(_char_width(c) for c in text)


def pad(text: str, width: int, align: str = "l") -> str:
    """*text* padded with spaces to *width* cells, on the right (``"l"``) or left (``"r"``).

    Examples
    --------
    >>> pad("‰", 3, "r")
    '  ‰'
    """
    spaces = " " * max(0, width - display_width(text))
    return spaces + text if align == "r" else text + spaces


def wrap(text: str, width: int) -> list[str]:
    """*text* cut into lines of at most *width* cells, at spaces where it can.

    Examples
    --------
    >>> wrap("Tỷ lệ trạm y tế xã có bác sĩ làm việc", 16)
    ['Tỷ lệ trạm y tế', 'xã có bác sĩ làm', 'việc']
    >>> wrap("stations_meeting_primary_care_needs", 16)
    ['stations_meeting', '_primary_care_ne', 'eds']
    """
    width = max(1, width)
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if display_width(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:  # a word wider than the line is cut
            if display_width(line + char) > width:
                lines.append(line)
                line = ""
            line += char
    return [*lines, line] if line or not lines else lines


def terminal_width() -> int:
    """The terminal's width (or the COLUMNS variable), else :data:`DEFAULT_WIDTH`.

    Examples
    --------
    >>> terminal_width() >= 20
    True
    """
    return max(20, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)


def _fit(widths: list[int], wrappable: list[bool], room: int, words: list[int]) -> list[int]:
    """Narrow the widest wrappable columns until the row fits in *room* cells.

    Columns are narrowed down to :data:`_MIN_WRAP` cells first, but not below their longest
    word (*words*), so that no word is cut; then down to the longest word; only if the row
    still does not fit, down to 4. A row of columns that may not wrap stays wider than
    *room*.
    """
    widths = list(widths)
    floors = (
        [max(_MIN_WRAP, w) for w in words],
        [min(max(4, w), n) for w, n in zip(words, widths, strict=True)],
        [4] * len(widths),
    )
    for least in floors:
        while sum(widths) > room:
            candidates = [i for i, w in enumerate(widths) if wrappable[i] and w > least[i]]
            if not candidates:
                break
            widest = max(candidates, key=lambda i: widths[i])
            widths[widest] -= 1
    return widths


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    align: str = "",
    *,
    width: int | None = None,
    indent: int = 0,
    gap: int = 2,
) -> list[str]:
    """The lines of a table, its columns aligned by display width and wrapped to *width*.

    Parameters
    ----------
    header : sequence of str
    rows : sequence of sequences of str
    align : str
        One letter per column: ``"l"`` (text, may wrap), ``"L"`` (text that must not wrap:
        codes, keys) or ``"r"`` (numbers, right-aligned, never wrap); missing letters are
        ``"l"``.
    width : int, optional
        The line width; by default :func:`terminal_width`.
    indent, gap : int
        Spaces before each line and between columns.

    Examples
    --------
    >>> rows = [["2030", "Tỷ lệ trạm y tế xã có bác sĩ làm việc", "100 %"]]
    >>> print(*table(["Năm", "Chỉ tiêu", "Mục tiêu"], rows, "llr", width=34), sep="\\n")
    Năm   Chỉ tiêu            Mục tiêu
    2030  Tỷ lệ trạm y tế xã     100 %
          có bác sĩ làm việc
    """
    count = len(header)
    align = align.ljust(count, "l")
    cells = [list(header), *[[str(c) for c in row] for row in rows]]
    natural = [max(display_width(row[i]) for row in cells) for i in range(count)]
    room = (terminal_width() if width is None else width) - indent - gap * (count - 1)
    longest = [max((display_width(w) for row in cells for w in row[i].split()), default=0)
               for i in range(count)]  # fmt: skip
    widths = _fit(natural, [a == "l" for a in align], room, longest)
    align = align.replace("L", "l")
    lines = []
    for row in cells:
        parts = [wrap(c, widths[i]) if widths[i] < natural[i] else [c] for i, c in enumerate(row)]
        for k in range(max(len(p) for p in parts)):
            words = [
                pad(p[k] if k < len(p) else "", widths[i], align[i]) for i, p in enumerate(parts)
            ]
            lines.append((" " * indent + (" " * gap).join(words)).rstrip())
    return lines


def safe_stream(stream: TextIO) -> TextIO:
    """*stream*, set to replace the characters its encoding lacks instead of failing.

    A console or pipe in a legacy encoding (cp1252 on Windows, ``PYTHONIOENCODING``) cannot
    encode "Đắk Lắk"; printing to it would raise :class:`UnicodeEncodeError`. Streams
    already in a UTF encoding, and streams that cannot be reconfigured, are left alone.

    Examples
    --------
    >>> import io
    >>> out = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    >>> _ = safe_stream(out).write("Đắk Lắk")
    >>> out.flush(); out.buffer.getvalue()
    b'??k L?k'
    """
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    reconfigure = getattr(stream, "reconfigure", None)
    if not encoding.startswith("utf") and reconfigure is not None:
        reconfigure(errors="replace")
    return stream


def setup_streams() -> None:
    """Make :data:`sys.stdout` and :data:`sys.stderr` safe (:func:`safe_stream`)."""
    sys.stdout = safe_stream(sys.stdout)
    sys.stderr = safe_stream(sys.stderr)
