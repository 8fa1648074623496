"""The end of a year as a target's deadline: "phấn đấu đến cuối năm 2025", "vào cuối năm".

A year written after "cuối" is read as a year a figure is measured at ("tính đến cuối năm
2023, toàn tỉnh có …"), not one it is due by (:func:`~.segment.year_marks` marks it as a
reference). News and portal reports of a plan also write their deadline so: "Phấn đấu đến
cuối năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 95%", "… đạt 90% vào cuối năm 2025", "chỉ
tiêu giao đến hết cuối năm 2026". Such a year is the figures' due year when an aim leads to
it: "phấn đấu", "mục tiêu" or "chỉ tiêu" then "đến"/"tới" (with no "tính" before it), or
"vào"/"trước"/"tới" right before "cuối năm" whatever precedes. "Đến cuối năm 2023, toàn
tỉnh có …" and "tính đến cuối năm 2024" stay years measured at. Each mark is read in a
bounded window before it: constant time.

Examples
--------
>>> from vnhealthplan.io.extract.segment import year_marks
>>> text = "Phấn đấu đến cuối năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 95%."
>>> [due_year_end(text, m) for m in year_marks(text)]
[True]
>>> text = "Đến cuối năm 2023, toàn tỉnh có 1.200 ca mắc."
>>> [due_year_end(text, m) for m in year_marks(text)]
[False]
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.segment import YearMark

__all__ = ["due_year_end", "reached_later", "year_end_ahead"]

#: "cuối năm" (or "hết năm") opening a mark.
_YEAR_END: Final = re.compile(r"cuối[ \t]+năm", re.IGNORECASE)
#: Words right before "cuối năm" that make it a deadline whatever precedes them.
_BY: Final = re.compile(r"(?<!\w)(?:vào|trước|tới)[ \t]+(?:hết[ \t]+)?$", re.IGNORECASE)
#: An aim, then "đến"/"tới" (not "tính đến"), within the mark's clause.
_AIM_TO: Final = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch)(?!\w)[^.;:\n]{0,60}?"
    r"(?<!tính )(?<!\w)(?:đến|tới)[ \t]+(?:hết[ \t]+)?$",
    re.IGNORECASE,
)
_BACK: Final = 90
#: The last "đến cuối năm 2025" of a value's own words.
_TO_YEAR_END: Final = re.compile(r"(?s:.*)đến[ \t]+cuối[ \t]+năm[ \t]+(\d{4})(?!\d)", re.IGNORECASE)


def due_year_end(text: str, mark: YearMark, doc_year: int | None = None) -> bool:
    """Whether *mark*, a year written after "cuối", is a deadline (see the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import year_marks
    >>> text = "Tỷ lệ bao phủ đạt 95% vào cuối năm 2025; tính đến cuối năm 2024 đạt 92%."
    >>> [due_year_end(text, m) for m in year_marks(text)]
    [True, False]

    After the plan's year *doc_year*, the end of a year is one to reach whatever precedes:

    >>> text = "Đến cuối năm 2025 đạt 90%."
    >>> mark = year_marks(text)[0]
    >>> due_year_end(text, mark), due_year_end(text, mark, 2021)
    (False, True)
    """
    start = mark.span[0]
    if not mark.reference or _YEAR_END.match(text, start) is None:
        return False
    if reached_later(mark, doc_year):  # "đến cuối năm 2025 đạt 90%" in a plan of 2021
        return True
    window = max(0, start - _BACK)
    return bool(_BY.search(text, window, start) or _AIM_TO.search(text, window, start))


def reached_later(mark: YearMark, doc_year: int | None) -> bool:
    """Whether *mark* ends after the plan's year *doc_year*: then "cuối năm 2030" is a year
    to reach, never one a status figure was measured at ("… đạt 90% vào cuối năm 2025, đạt
    100% vào cuối năm 2030" in a plan of 2021: both targets).

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import year_marks
    >>> text = "đến cuối năm 2020 đạt 85%, đến cuối năm 2025 đạt 95%"
    >>> [reached_later(m, 2021) for m in year_marks(text)]
    [False, True]
    >>> [reached_later(m, None) for m in year_marks(text)]
    [False, False]
    """
    return doc_year is not None and mark.period.last_year > doc_year


def year_end_ahead(own: str, doc_year: int | None) -> bool:
    """Whether the last "đến cuối năm …" of a value's own words *own* names a year after
    the plan's year *doc_year*: a year to reach ("đến cuối năm 2025 đạt 90%" in a plan of
    2021), not the status figure's "đến cuối năm 2020 đạt 85%".

    Examples
    --------
    >>> year_end_ahead("Tỷ lệ trạm y tế có bác sĩ đến cuối năm 2025 đạt ", 2021)
    True
    >>> year_end_ahead("Tỷ lệ trạm y tế có bác sĩ đến cuối năm 2020 đạt ", 2021)
    False
    >>> year_end_ahead("đến cuối năm 2025 đạt ", None)
    False
    """
    found = _TO_YEAR_END.match(own) if doc_year is not None else None
    return found is not None and doc_year is not None and int(found.group(1)) > doc_year
