"""Figures of the document's own making, not of health: votes, delegates, attendance.

A news report of a resolution says how it was passed: "có 447 đại biểu tham gia biểu quyết
tán thành (chiếm tỷ lệ 90,49%)". Such a figure counts the people acting in the process that
made the document, not the population or the health system; it is neither a target nor a
status figure. :func:`process_figure` tells it by the words of its clause before it
and of its clause after it (voting, delegates, attendance), unless a catalogue indicator
names the figure.

Examples
--------
>>> text = "Có 450 đại biểu tham gia biểu quyết tán thành (chiếm 91,2%)."
>>> process_figure(text, (47, 52), "")
"'dai bieu': a vote or attendance of the process that made the document"
>>> process_figure("Năm 2025 có 92% đại biểu tán thành.", (12, 15), "")
"'dai bieu': a vote or attendance of the process that made the document"
>>> process_figure("Năm 2025 đạt 95% trạm y tế có bác sĩ.", (13, 16), "")
''
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.stops import clause_tail, stop_marks

__all__ = ["process_figure"]

#: Words of a vote, a meeting's delegates and its attendance (folded).
_PROCESS: Final = re.compile(
    r"\b(?:bieu quyet|bo phieu|tan thanh|phieu (?:thuan|chong|hop le)|so phieu|dai bieu"
    r"|dbqh|co mat|vang mat|du hop|lay y kien|xin y kien)\b"
)
_CLAUSE_END: Final = stop_marks(",;()")


def process_figure(text: str, span: tuple[int, int], code: str) -> str:
    """Why the figure at *span* is one of the document's own process, or ``""``.

    *code* is the catalogue indicator the figure was read as (``""`` for none): a figure
    a catalogue indicator names is kept whatever its sentence says.

    Examples
    --------
    >>> text = "Kỳ họp có 480 đại biểu có mặt; 95% đại biểu đồng ý thông qua."
    >>> process_figure(text, (31, 34), "")
    "'dai bieu': a vote or attendance of the process that made the document"
    >>> process_figure(text, (31, 34), "satisfaction")
    ''
    """
    if code:
        return ""
    before = clause_tail(text[max(0, span[0] - 150) : span[0]])
    after = _CLAUSE_END.split(text[span[1] : span[1] + 40], maxsplit=1)[0]
    words = fold(f"{before} {after}")
    found = _PROCESS.search(words)
    if found is None:
        return ""
    return f"'{found.group()}': a vote or attendance of the process that made the document"
