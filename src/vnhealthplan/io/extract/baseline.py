"""The words that compare a figure with a base: "so với giai đoạn 2016-2020" and the like.

A plan measures a change from a base year or period ("giảm 10% số ca mắc so với giai đoạn
2016-2020", "so với bình quân giai đoạn 2016 - 2020", "so với trung bình 5 năm trước", "so
với cùng kỳ năm 2022", "so với mức năm 2020"). The year written there is the base, not the
year the figure is due or measured in: :func:`~vnhealthplan.io.extract.segment.year_marks`
marks it as a reference when :func:`compared_before` finds such words right before it.
A plan's quota ("so với kế hoạch năm 2023", "so với chỉ tiêu …") is not a base: the year is
the figure's own. In a list of changes ("giảm 10% số ca A so với giai đoạn 2016-2020, tỷ lệ
tử vong dưới 0,1%") the comparison closes the figure before it: :func:`past_base` leaves it
out of the next figure's own words, which it does not report, and :func:`closes_before`
tells the status reader (:mod:`.status`) that such a "so với" is no cue of the next figure.

Examples
--------
>>> text = "giảm 5% số ca so với trung bình giai đoạn năm 2016 - 2020"
>>> compared_before(text, text.index("2016"))
True
>>> compared_before("đạt 93% so với kế hoạch năm 2023", 28)
False
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["closes_before", "compared_before", "past_base"]

_STOPS: Final = (
    r"(?:và|hoặc|đến|tới|vào|trong|hết|đạt|là|có|phấn|còn|xuống|lên|tăng|giảm|dưới|trên)(?!\w)"
)
#: "so với" (or "so") and at most eight words (or a count of years, "5 năm") without
#: punctuation before a year (its "năm", "giai đoạn", "bình quân", "cùng kỳ", "mức", "số
#: mắc" …); not a quota ("kế hoạch", "chỉ tiêu"), nor words that go on to a year to reach
#: ("so với năm trước và đến năm 2025 …") or to another figure.
_COMPARED: Final = re.compile(
    r"(?<!\w)so(?:[ \t]+với)?(?:[ \t\n]+(?!(?:kế|chỉ|mục)[ \t]+(?:hoạch|tiêu)\b|" + _STOPS + r")"
    r"(?:[^\W\d]+|\d{1,2}(?!\d))){0,8}[ \t\n]*$",
    re.IGNORECASE,
)
#: How far back the words are looked for.
_WINDOW = 70


def compared_before(text: str, start: int, low: int = 0) -> bool:
    """Whether a year (or span of years) at *start* is a base a figure is compared with.

    Parameters
    ----------
    text : str
    start : int
        Where the year, or its "năm", starts.
    low : int
        Not looked at before this.

    Returns
    -------
    bool

    Examples
    --------
    >>> compared_before("giảm 10% so với cùng kỳ năm 2022", 24)
    True
    >>> compared_before("đến năm 2025 giảm 10%", 4)
    False
    """
    return bool(_COMPARED.search(text, max(low, start - _WINDOW), start))


#: The rest of the figure before: its noun, then its base ("… số ca A so với năm 2020, ").
_PREVIOUS_BASE: Final = re.compile(
    r"(?:[^.;:\n]|(?<=\d)\.(?=\d)){0,120}?(?<!\w)so[ \t]+(?:với|cùng[ \t]+kỳ|năm)(?!\w)"
    r"[^,;.:\n]{0,80}[,;][ \t\n]*",
    re.IGNORECASE,
)


def past_base(own: str) -> str:
    """*own*, the words between a figure and the one before it, from where the earlier
    figure's comparison ("so với …,") ends.

    Parameters
    ----------
    own : str

    Returns
    -------
    str

    Examples
    --------
    >>> past_base(" số ca mắc sởi so với giai đoạn 2019-2023, tỷ lệ tử vong/mắc dưới ")
    'tỷ lệ tử vong/mắc dưới '
    >>> past_base(" số ca mắc sởi, so với năm trước tăng ")
    ' số ca mắc sởi, so với năm trước tăng '
    """
    found = _PREVIOUS_BASE.match(own)
    return own[found.end() :] if found else own


#: "so với …," in a value's own words: a comparison closed by a comma before the value.
_CLOSED: Final = re.compile(
    r"(?<!\w)so[ \t]+với(?!\w)(?:[^,.;:()\n]|(?<=\d)\.(?=\d))*(?:,|\.(?!\d))", re.IGNORECASE
)
#: The end of a figure right before the own words: a digit, "%", "‰".
_FIGURE_END: Final = re.compile(r"[\d%‰][^\d\w]{0,2}$|[\d%‰][ \t]*\w+[ \t]*$")


def closes_before(text: str, own: str, value_span: tuple[int, int]) -> bool:
    """Whether the "so với" of *own* (a value's own words) closes the figure before.

    "so với" before a value reports it as compared with a baseline (a status figure's
    cue), but a list of targets often compares one figure with its baseline and goes on,
    after a comma, to the next: there "so với …" is the first figure's words. It is when the
    value's own words start right after that figure (a number, "%" or "‰" just before them)
    and a comma (or a full stop: "so với năm 2010.Đồng thời, …", a sentence run on) closes
    the comparison before the value. "So với năm 2020, tỷ lệ … tăng 5%" (no figure before)
    keeps its cue.

    Parameters
    ----------
    text : str
    own : str
        The value's own words, as found in *text* right before it.
    value_span : tuple of int

    Returns
    -------
    bool

    Examples
    --------
    >>> text = "giảm 10% ca mắc so với giai đoạn 2016-2020, tỷ lệ tử vong dưới 0,09%"
    >>> own = text[9 : text.index("dưới")]
    >>> closes_before(text, own, (text.index("dưới"), len(text)))
    True
    >>> text = "So với năm 2020, tỷ lệ tử vong giảm 5%"
    >>> closes_before(text, text[: text.index("giảm")], (text.index("giảm"), len(text)))
    False
    >>> closes_before("đạt 90%", "đạt ", (0, 7))
    False
    """
    if not _CLOSED.search(own):
        return False
    start = text.rfind(own, max(0, value_span[0] - len(own) - 1), value_span[1])
    return start > 0 and bool(_FIGURE_END.search(text, max(0, start - 12), start))
