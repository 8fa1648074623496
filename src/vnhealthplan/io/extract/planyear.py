"""A year written in a plan's text: one a plan can set or report, or a historical one.

Plans open with history ("Đảng Cộng sản Việt Nam thành lập năm 1930", "Giai đoạn
1930-1940", "Đổi mới năm 1986") and their tables may head a column with an old year. A
:class:`~vnhealthplan.model.period.Period` holds the years 1945–2100 only
(:data:`~vnhealthplan.core.checks.MIN_YEAR`, :data:`~vnhealthplan.core.checks.MAX_YEAR`):
a year outside them is HISTORICAL. It dates no target and no status figure, and a column
headed by it is neither: every reader of a year in the drafter builds its period here and
reads ``None`` as "no year a plan sets or reports".

Examples
--------
>>> plan_year("2025").code
'2025'
>>> plan_year("1930") is None
True
>>> is_plan_year("1945"), is_plan_year("2200")
(True, False)
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.checks import MAX_YEAR, MIN_YEAR
from vnhealthplan.io.extract.stops import last_match
from vnhealthplan.model.period import Period

Span = tuple[int, int]

__all__ = ["history_dated", "is_plan_year", "of_history", "plan_year", "plan_years"]

#: A year as a plan writes it: after "năm", "giai đoạn", "thời kỳ", or a span "1930-1940"
#: (a bare number is a count: "1930 giường", "1.930 người").
_WRITTEN: Final = re.compile(
    r"(?i)(?<!\w)(?:năm|giai[ \t]+đoạn|thời[ \t]+kỳ)[ \t]+(\d{4})(?![\d.,]\d)"
    r"|(?<![\w.,])(\d{4})[ \t]*[-–—][ \t]*(\d{4})(?![\d.,]\d)"
)
#: What ends a clause: a historical year before it dates no figure after it.
_STOP: Final = re.compile(r"[,;:]")
#: How far before a figure the year that dates it is looked for.
_BACK_CHARS: Final = 200


def is_plan_year(digits: str | int) -> bool:
    """Whether *digits* (a year written in the text) is one a plan can set or report.

    Parameters
    ----------
    digits : str or int
        The year's digits as written ("2025"), or the number.

    Returns
    -------
    bool
        True for the years a Period accepts (1945–2100); False for a historical year
        ("1930") or anything that is not a whole number.

    Examples
    --------
    >>> is_plan_year("1986"), is_plan_year(" 1930 "), is_plan_year("năm")
    (True, False, False)
    """
    try:
        year = int(digits)
    except ValueError:
        return False
    return MIN_YEAR <= year <= MAX_YEAR


def plan_year(digits: str | int) -> Period | None:
    """The year *digits* as a Period, or None for a historical year.

    Parameters
    ----------
    digits : str or int
        The year's digits as written ("2025"), or the number.

    Returns
    -------
    Period or None
        ``Period.year(...)`` for a year 1945–2100; None otherwise (never raises).

    Examples
    --------
    Đắk Lắk's plan sets its targets for 2025; a Party Committee plan opens with 1930:

    >>> plan_year("2025").code
    '2025'
    >>> plan_year("1930") is None
    True
    """
    return Period.year(int(digits)) if is_plan_year(digits) else None


def plan_years(first: str | int, last: str | int) -> Period | None:
    """The span *first*–*last* as a Period, or None when either year is historical.

    Parameters
    ----------
    first, last : str or int
        The span's first and last years as written, ``first <= last``.

    Returns
    -------
    Period or None
        ``Period.years(...)``; None when either year is outside 1945–2100.

    Examples
    --------
    >>> plan_years("2021", "2025").code
    '2021-2025'
    >>> plan_years("1930", "1940") is None
    True
    """
    if not (is_plan_year(first) and is_plan_year(last)):
        return None
    return Period.years(int(first), int(last))


def history_dated(text: str, start: int, end: int) -> Span | None:
    """Where the last year written in ``text[start:end]`` (the words before a figure, in
    its sentence) is, when it is historical: the figure is of that time, neither a target
    nor a status figure of the plan; None when that year is one a plan sets or reports.

    Parameters
    ----------
    text : str
    start, end : int
        The sentence's start and the figure's; only the last 200 characters are read
        (constant time per figure).

    Returns
    -------
    tuple of int or None
        The span of the historical year's words.

    Examples
    --------
    >>> text = "Năm 1930 tỷ lệ đạt 50%, đến năm 2025 đạt 95%"
    >>> history_dated(text, 0, text.index("50%")), history_dated(text, 0, text.index("95%"))
    ((0, 8), None)
    >>> history_dated("có 1930 giường, đạt 50%", 0, 20) is None
    True
    """
    last = last_match(_WRITTEN, text, max(start, end - _BACK_CHARS), end)
    if last is None or all(is_plan_year(y) for y in last.groups() if y):
        return None
    return last.span()


def of_history(text: str, sentence: Span, span: Span, mark: Span | None, section: str = "") -> bool:
    """Whether the figure at *span* is of a historical time: after a historical year in its
    clause ("Năm 1930 … đạt 50%, đến năm 2025 …"), or in its sentence with no year of its
    own after it, or under a heading of such a year ("Giai đoạn 1930-1940", *section*)
    with no year in its sentence.

    Parameters
    ----------
    text : str
    sentence, span : tuple of int
        The figure's sentence and the figure.
    mark : tuple of int or None
        Where the year the drafter gave the figure is written (None: no year).
    section : str
        The heading above the figure.

    Returns
    -------
    bool
        True when the figure is to be left (listed as unread).

    Examples
    --------
    >>> text = "Năm 1930 tỷ lệ đạt 50%, đến năm 2025 đạt 95%"
    >>> of_history(text, (0, len(text)), (19, 22), (24, 36))
    True
    >>> of_history(text, (0, len(text)), (41, 44), (24, 36))
    False
    >>> of_history("Có 3 bệnh viện.", (0, 15), (3, 4), None, "1. Giai đoạn 1930-1940")
    True
    """
    old = history_dated(text, sentence[0], span[0])
    if old is None:
        own = mark is not None and sentence[0] <= mark[0] < sentence[1]
        return not own and history_dated(section, 0, len(section)) is not None
    return mark is None or mark[0] < span[0] or not _STOP.search(text, old[1], span[0])
