"""Bare items that go on with a list of goals: "phấn đấu 80% …; 70% …. 90% …".

A plan, and a news report of one, lists its goals after one aim word: "Theo đó, tỉnh phấn
đấu 80% bà mẹ mang thai được sàng lọc trước sinh; 70% trẻ sơ sinh được sàng lọc. 90% phụ
nữ sinh con được cán bộ y tế đỡ." Each item after the first starts with its figure and has
no aim word of its own. In a report of results (:mod:`.results`) such an item reads as a
result; it is the list's goal when the items before it, back to one that aims, all start
with their figure, within the paragraph and a bounded window (linear in the text). An item
that reports ("đã", "hiện nay", "ghi nhận" …) or is measured against the plan ("bằng 94%
kế hoạch", "không đạt") is not one, nor is a list led by a sentence that reports something
done.

Examples
--------
>>> text = "Năm 2025, tỉnh phấn đấu 80% bà mẹ được sàng lọc; 70% trẻ sơ sinh được sàng lọc."
>>> continued_list(text, (49, 52))
"'phấn đấu' leads the list this item goes on with: a target"
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.results import explicit_aim
from vnhealthplan.io.extract.stops import ITEM_END as _BREAK
from vnhealthplan.io.extract.stops import stop_marks

__all__ = [
    "AGAINST_PLAN",
    "against_plan_after",
    "continued_list",
    "quota_after",
    "quota_before",
]

Span = tuple[int, int]

#: An item that starts with its figure (after a bullet): "90% …", "- Trên 95% …".
_FIGURE_FIRST: Final = re.compile(
    r"[ \t]*(?:[-–+•*][ \t]*)?(?:(?:trên|dưới|ít nhất|tối thiểu|khoảng|gần|hơn)[ \t]+)?\d",
    re.IGNORECASE,
)
#: What may stand before the value in its own item: blanks and a bullet.
_BARE: Final = re.compile(r"[ \t]*(?:[-–+•*][ \t]*)?")
#: Words of an item or a lead that report what was done or is.
_REPORTS: Final = re.compile(
    r"(?<!\w)(?:đã|hiện nay|hiện có|hiện tại|đến nay|tính đến|ghi nhận|chiếm|năm qua"
    r"|cùng kỳ|vượt|đạt được)(?!\w)"
)
#: An item measured against the plan: a result ("75% …, bằng 94% kế hoạch", "không đạt").
AGAINST_PLAN: Final = re.compile(
    r"(?<!\w)(?:(?:không|chưa)[ \t]+đạt|(?:đạt|bằng|vượt|so với)(?:[ \t]+[\d.,]+[ \t]*%)?"
    r"[ \t]+(?:kế hoạch|chỉ tiêu))(?!\w)"
)
_BACK_CHARS: Final = 600
_WORD: Final = re.compile(r"\w")
#: The end of a value's sentence or clause list, or a comma before the next figure (the words
#: measuring it stop there; not the dot of "1.200").
_SENTENCE_END: Final = re.compile(stop_marks(";").pattern + r"|,\s+(?=\d)")


def against_plan_after(text: str, end: int) -> str:
    """The words after a value ending at *end*, in its sentence, that measure it against
    the plan ("…, vượt chỉ tiêu", "bằng 94% kế hoạch"), lower-cased; or "".

    Examples
    --------
    >>> text = "75% trẻ sơ sinh được sàng lọc, vượt chỉ tiêu. Năm 2026 phấn đấu 80%."
    >>> against_plan_after(text, 3), against_plan_after(text, 64)
    ('vượt chỉ tiêu', '')
    >>> text = "Có 41 ca mới, 1.345 ca điều trị đều (đạt 93% so với kế hoạch)."
    >>> against_plan_after(text, 5), against_plan_after(text, 19)
    ('', 'so với kế hoạch')
    """
    found = _against(text, end)
    return found.group() if found else ""


def quota_after(text: str, end: int) -> bool:
    """Whether "so với kế hoạch" or "so với chỉ tiêu" follows a value ending at *end* right
    away (only blanks and marks between): the plan's quota it is measured against.

    Examples
    --------
    >>> text = "đạt 93% so với kế hoạch giao 90%; 75% trẻ sơ sinh được sàng lọc, vượt chỉ tiêu."
    >>> quota_after(text, 7), quota_after(text, 37)
    (True, False)
    """
    found = _against(text, end)
    return (
        found is not None
        and found.group().startswith("so với")
        and not _WORD.search(found.string, 0, found.start())
    )


#: "so với kế hoạch (được) giao", "so với chỉ tiêu" ending the folded words before a value.
_QUOTA_BEFORE: Final = re.compile(r"\bso voi (?:ke hoach|chi tieu)(?: (?:duoc )?giao)?\W*$")


def quota_before(own: str) -> bool:
    """Whether the words before a value, *own*, end with "so với kế hoạch (được) giao" or
    "so với chỉ tiêu": the value is the plan's quota a figure before it is measured against,
    a target however the sentence reports (the other side of :func:`quota_after`).

    Examples
    --------
    >>> text = "đạt 93% so với kế hoạch giao 90%"
    >>> quota_before(text[:29]), quota_before(text[:4])
    (True, False)
    """
    return _QUOTA_BEFORE.search(fold(own)) is not None


def _against(text: str, end: int) -> re.Match[str] | None:
    """The words measuring a value ending at *end* against the plan, in the lower-cased
    rest of its sentence."""
    stop = _SENTENCE_END.search(text, end, end + 200)
    words = unicodedata.normalize("NFC", text[end : stop.start() if stop else end + 200]).lower()
    return AGAINST_PLAN.search(words)


def continued_list(text: str, value_span: Span) -> str:
    """Why the value at *value_span* is an item of a list of goals an earlier item's aim
    leads (see the module notes), or "".

    Examples
    --------
    >>> text = "Năm qua, toàn tỉnh ghi nhận 120 ca mắc. 95% trẻ được tiêm chủng đầy đủ."
    >>> continued_list(text, (40, 43))
    ''
    >>> text = "Tỉnh phấn đấu 80% bà mẹ được sàng lọc. 75% bà mẹ được sàng lọc, bằng 94% kế hoạch."
    >>> continued_list(text, (39, 42))
    ''
    """
    low = max(0, value_span[0] - _BACK_CHARS)
    part = unicodedata.normalize("NFC", text[low : value_span[0]]).lower()
    breaks = list(_BREAK.finditer(part))
    if not breaks or not _BARE.fullmatch(part, breaks[-1].end()):
        return ""
    own = _own_item(text, value_span)
    if _REPORTS.search(own) or AGAINST_PLAN.search(own):
        return ""
    end = breaks[-1].start()
    for i in range(len(breaks) - 2, -2, -1):
        start = breaks[i].end() if i >= 0 else 0
        if i < 0 and low > 0:
            return ""  # the list's lead is out of the window
        item = part[start:end]
        if not item.strip():
            if i >= 0 and breaks[i].group() == breaks[i + 1].group() == "\n":
                return ""  # a blank line ends the paragraph
            end = breaks[i].start() if i >= 0 else 0  # ";" then a line's end
            continue
        if _REPORTS.search(item):
            return ""  # a lead that reports leads no goals
        aim = explicit_aim(item)
        if aim:
            return reason("'{aim}' leads the list this item goes on with: a target", aim=aim)
        if not _FIGURE_FIRST.match(item):
            return ""
        end = breaks[i].start() if i >= 0 else 0
    return ""


def _own_item(text: str, value_span: Span) -> str:
    """The value's own item, from it to the next break (at most 200 characters)."""
    rest = unicodedata.normalize("NFC", text[value_span[0] : value_span[0] + 200]).lower()
    found = _BREAK.search(rest)
    return rest[: found.start()] if found else rest
