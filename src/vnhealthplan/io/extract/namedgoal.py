"""Figures that spell out a goal named by its numbers: "mục tiêu 90-90-90", then "90% …".

HIV plans and the news of them name the treatment-cascade goal by its three shares
("Hướng tới mục tiêu 90-90-90 để kết thúc dịch AIDS", "mục tiêu 95 - 95 - 95"), then list
what each share measures: "90% số người nhiễm HIV biết tình trạng HIV của bản thân; 90% số
người … được điều trị ARV và 90% …". Those shares are the goal's items, so targets, even in
a news report of results whose own sentence sets no aim (:func:`~.aims.aimed`). A share is
such an item when a goal of shares joined by dashes, after "mục tiêu" or "chỉ tiêu", stands
within a bounded window before it and the share is one of the goal's numbers: linear in the
text. A goal reported as met ("đã hoàn thành mục tiêu 90-90-90: 90% …") names results.

Examples
--------
>>> text = "Chủ đề: hướng tới mục tiêu 90-90-90. 90% người nhiễm HIV biết tình trạng HIV."
>>> named_goal(text, (37, 40))
"'mục tiêu 90-90-90' names the goal this share spells out: a target"
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.stops import last_match

__all__ = ["named_goal"]

Span = tuple[int, int]

#: A goal named by two or more shares joined by dashes, after "mục tiêu" or "chỉ tiêu".
_GOAL: Final = re.compile(
    r"(?<!\w)(?:mục tiêu|chỉ tiêu)[ \t]+(\d{2}(?:[ \t]*[-–][ \t]*\d{2}){1,3})(?![\d%,.]\d)"
)
#: The share at a value: its number, then "%".
_SHARE: Final = re.compile(r"\D{0,12}?(\d{1,3})[ \t]*%")
#: A year between the goal and the share: a figure of that year ("Năm 2019, 85% …").
_YEAR: Final = re.compile(r"(?<!\w)năm \d{4}")
#: The shares between the goal and the share: only the goal's own items may stand there.
_SHARES: Final = re.compile(r"(?<![\d.,])(\d{1,3})(?:[.,]\d+)?[ \t]*%")
#: The goal said met, just before it: its shares are results ("tỉnh đã hoàn thành mục tiêu
#: 90-90-90: 90% …"), not a goal set ("đã đề ra mục tiêu 90-90-90" still sets one).
_MET: Final = re.compile(
    r"(?<!\w)(?:đã|vừa)(?:[ \t]+cơ bản)?[ \t]+(?:hoàn thành|đạt|vượt)(?:[ \t]+được)?"
    r"(?:[ \t]+(?:các|cả))?[ \t]+$"
)
#: How far before a share its goal is looked for.
_BACK_CHARS: Final = 400


def named_goal(text: str, value_span: Span) -> str:
    """Why the share at *value_span* is an item of a goal named just before it by its
    numbers (see the module notes), or "".

    Examples
    --------
    >>> named_goal("Đạt mục tiêu 90-90-90 (90% người nhiễm HIV biết tình trạng).", (23, 26))
    "'mục tiêu 90-90-90' names the goal this share spells out: a target"
    >>> named_goal("Mục tiêu 90-90-90. Năm 2019, 85% người nhiễm HIV biết tình trạng.", (29, 32))
    ''
    >>> named_goal("Tỉnh đã hoàn thành mục tiêu 90-90-90: 90% người nhiễm HIV biết.", (38, 41))
    ''
    """
    share = _SHARE.match(text, value_span[0], value_span[1])
    if share is None:
        return ""
    start = max(0, value_span[0] - _BACK_CHARS)
    before = unicodedata.normalize("NFC", text[start : value_span[0]]).lower()
    goal = last_match(_GOAL, before)
    if not goal:
        return ""
    numbers = re.findall(r"\d{2}", goal.group(1))
    between = before[goal.end() :]
    if share.group(1) not in numbers or _YEAR.search(between):
        return ""
    if _MET.search(before, 0, goal.start()):
        return ""  # a goal reported as met: its shares are what was reached
    if any(n not in numbers for n in _SHARES.findall(between)):  # another figure's share
        return ""
    return reason(
        "'{goal}' names the goal this share spells out: a target",
        goal=" ".join(goal.group().split()),
    )
