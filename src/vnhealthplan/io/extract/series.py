"""Counts of a series by year whose unit is written once: "năm 2022 phát hiện 249; năm 2023 có 228".

Reports give a running count year by year and write its noun only at the first item (or the
last): "Năm 2021 phát hiện 217 người; năm 2022 phát hiện 249; năm 2023 có 228", "năm 2019
ghi nhận 64 ca, năm 2020 là 51, năm 2021 là 47". A careful reader counts the bare numbers in
the noun of the count before them. A bare number is such an item when:

* its own clause (from the figure before it, past a ";" or ","), opens with a year, and a
  verb of a count or a level ("có", "phát hiện", "ghi nhận", "là", "mắc", "còn") stands right
  before it;
* it closes its clause (a ";", ",", ".", ")", "và" or the end follows it);
* the figure before it in the sentence is a count (one dimension, not a share or a rate).

Examples
--------
>>> text = "Năm 2021 phát hiện 217 người; năm 2022 phát hiện 249; năm 2023 có 228."
>>> series_item(text, (49, 52), 28)
True
>>> series_item("Năm 2021 có 217 người; trong đó có 49 nữ.", (36, 38), 21)
False
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["series_item"]

Span = tuple[int, int]

#: The clause of an item: the words of the figure before it, a separator, a year (with
#: "đến", "trong", "tính đến" …, or a month date "9/2025"), then a verb right before the number.
_ITEM: Final = re.compile(
    r"[^\d;,.()\n]{0,30}?(?:\s*[;,]\s*(?:và\s+)?|\s+và\s+)"
    r"(?:(?:đến|tới|trong|tính đến|riêng|sang)\s+)?"
    r"(?:(?:năm|cuối năm|hết năm)\s+(?:19|20)\d\d|(?:tháng\s+)?\d{1,2}\s*/\s*(?:19|20)\d\d)"
    r"\s*,?\s*(?:(?:đã|chỉ|lại|cũng)\s+)?"
    r"(?:có|phát hiện(?: thêm| mới)?|ghi nhận(?: thêm)?|là|mắc|còn|giảm còn|tăng lên)\s+$",
    re.IGNORECASE,
)
#: What may follow an item: the end of its clause.
_CLOSED: Final = re.compile(r"\s*(?:[;,.)]|và\b|$)", re.IGNORECASE)


def series_item(text: str, number: Span, previous_end: int) -> bool:
    """Whether the bare number at *number* is an item of a series by year whose unit the
    figure ending at *previous_end* wrote (see the module notes); the caller checks that
    figure is a count.

    Examples
    --------
    >>> text = "Năm 2019 ghi nhận 64 ca, năm 2020 là 51."
    >>> series_item(text, (37, 39), 23)
    True
    """
    if number[0] - previous_end > 80:
        return False
    if not _CLOSED.match(text, number[1]):
        return False
    return _ITEM.fullmatch(text, previous_end, number[0]) is not None
