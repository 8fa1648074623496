"""A day or a month dated before the plan's year, opening a figure's sentence: a status.

Running counts are dated by a day or a month rather than by "năm": "Tại thời điểm
31/12/2022, số người nhiễm HIV còn sống là 1.234 người", "Đến tháng 6/2023 toàn tỉnh có
1.234 người đang điều trị ARV". The year reader of targets leaves such dates to the
deadline reader (:mod:`.monthyear`), so a figure with no status word took the plan's year
and was drafted as a target. A date before the plan's year is in the past when the plan is
written: the figure is where things stood then. :func:`past_date` reads, in the words from
the start of the value's sentence (its last ".", ";" or line start) to the value,

* a date :func:`~.monthyear.dated_marks` reads (not a document's number and date), whose
  year is before the plan's (issue) year;
* with no aim word ("phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "định hướng") after it
  up to the value.

A date of the plan's year or later ("đến tháng 6/2025 đạt 95%") may be a deadline and is
left to the target reader. Read once per value over at most 200 characters: linear.

Examples
--------
>>> past_date("Tại thời điểm 31/12/2022, số người nhiễm HIV còn sống là ", 2023)
'31/12/2022'
>>> past_date("Đến tháng 6/2024, tỷ lệ tiêm chủng đạt ", 2024)
''
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.monthyear import dated_marks

__all__ = ["past_date"]

_BREAK: Final = re.compile(r"[.;](?!\d)")
_AIM: Final = re.compile(r"\b(?:phan dau|muc tieu|chi tieu|ke hoach|dinh huong)\b")


def past_date(before: str, doc_year: int | None) -> str:
    """The date before the plan's year that opens the value's sentence, as written, or "".

    Parameters
    ----------
    before : str
        The text right before the value (a line's worth, at most 200 characters read).
    doc_year : int, optional
        The plan's year.

    Returns
    -------
    str

    Examples
    --------
    >>> past_date("Tính đến 30/9/2023, phấn đấu đạt ", 2024)
    ''
    >>> past_date("Theo Kế hoạch số 12/KH-UBND ngày 5/3/2020, toàn tỉnh có ", 2021)
    ''
    """
    if doc_year is None:
        return ""
    words = before[-200:]
    breaks = list(_BREAK.finditer(words))
    words = words[breaks[-1].end() :] if breaks else words
    marks = [m for m in dated_marks(words, 0, len(words)) if m.period.last_year < doc_year]
    if not marks or _AIM.search(fold(words[marks[-1].span[1] :])):
        return ""
    return words[slice(*marks[-1].span)]
