"""A table's totals row that restates a sum the text wrote before the table: drafted once.

A decision allocates money in its articles and details it in an appendix table: "Đề án …:
50.000 triệu đồng (Chi tiết tại Phụ lục 02)", then the appendix's first row "TỔNG SỐ |
50.000". By the labelling convention (docs/labelling.rst, *Once only*) a target stated
twice is labelled at its first statement. The convention says nothing else of totals
rows: a table's total, and each subtotal row (a district, an agency), is a target of its
own, as every row of a budget table is (*Frequencies and budgets*); only a totals row
("Tổng số", "Tổng cộng", "Tổng", "Cộng", "Toàn tỉnh") whose number, written the same way
with its thousands grouped ("50.000"), stands in the running text before the table (a
line that is not a table's row) restates it, and is left out. A subtotal is never left
out, nor is a total the text did not write before (a small number, "100", is too common
to be the same figure), nor one the text wrote in another unit.

Examples
--------
>>> text = "Điều 1. Đề án A: 50.000 triệu đồng.\\n| | TỔNG SỐ | 50.000 |\\n| 1 | Huyện X | 50.000 |"
>>> written = prose_numbers(text)
>>> is_restated_total(text, "TỔNG SỐ", (text.index("| |"), text.index(" |\\n| 1")), written)
True
>>> is_restated_total(text, "Huyện X", (text.index("Huyện X"), len(text) - 2), written)
False
"""

from __future__ import annotations

import re
from typing import Any, Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.valueunits import unit_after

__all__ = ["GROUPED", "is_restated_total", "prose_numbers"]

Span = tuple[int, int]

#: A number written with its thousands grouped ("50.000", "1.250,5"), never a part of
#: a longer number; never a row's number ("1.1", "2.3.1"). One pattern for the table readers.
GROUPED: Final = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,]*\d)")
_LINE: Final = re.compile(r"[^\n]+")
#: The label of a totals row (folded, its numbering and closing marks left out).
_TOTAL: Final = re.compile(r"(?:tong(?: so| cong)?|cong|toan tinh)(?:\s*\([^()]*\))?\s*[:.]?\s*")
#: The number at the end of a figure's quote (its cell).
_CELL: Final = re.compile(r"\d[\d.,]*(?=\s*$)")


def prose_numbers(text: str) -> dict[str, int]:
    """The grouped numbers of the running text (not of a table's row), each with where it is
    first written. One pass over the text.

    Examples
    --------
    >>> prose_numbers("Tổng 1.200 triệu đồng, 300 người.\\n| Tổng | 4.500 |")
    {'1.200': 5}
    """
    first: dict[str, int] = {}
    for line in _LINE.finditer(text):
        if "|" in line.group() or "\t" in line.group():
            continue  # a table's row
        for m in GROUPED.finditer(text, *line.span()):
            first.setdefault(m.group(), m.start())
    return first


def is_restated_total(
    text: str, label: str, span: Span, written: dict[str, int], unit: Any = None
) -> bool:
    """Whether the figure of the row *label*, quoted at *span* (from the label to its cell),
    is a totals row whose number the running text wrote before it (*written*:
    :func:`prose_numbers`); with the row's *unit*, a number the text wrote in another unit
    ("1.500 người" before a total of 1.500 million đồng) is another figure.

    Examples
    --------
    >>> text = "Kinh phí 2.000 triệu đồng.\\n| Tổng cộng | 2.000 |"
    >>> span = (text.index("Tổng cộng"), text.rindex(" |"))
    >>> is_restated_total(text, "Tổng cộng", span, prose_numbers(text))
    True
    >>> is_restated_total(text, "Tổng cộng", span, {})
    False
    >>> from vnhealthplan.core.units import registry
    >>> is_restated_total(text, "Tổng cộng", span, prose_numbers(text), registry().Unit("person"))
    False
    """
    if _TOTAL.fullmatch(fold(label).strip()) is None:
        return False
    cell = _CELL.search(text, span[0], span[1])
    if cell is None:
        return False
    at = written.get(cell.group())
    if at is None or at >= span[0]:
        return False
    said = unit_after(text, at + len(cell.group()), span[0])[0]
    return unit is None or said is None or str(said) == str(unit)
