"""What the readers of tables flattened one cell a line share: a figure's quote, a label's unit.

Three readers draft the figures of tables a copy flattened, each for its own layout: cells
between blank lines (:mod:`.cellrows`), cells one a line under bare year headings
(:mod:`.stacked`), and cells between "|" lines (:mod:`.piped`). They quote a figure the same
way, from its row's label to its cell (:func:`row_span`), and two of them read a row's unit
from the first words of its label the same way (:func:`label_unit`: "Số giường bệnh" is
beds), each after stripping what its own layout puts before those words.

Examples
--------
>>> text = "Chỉ số\\nSố giường bệnh\\n1.150\\n"
>>> text[slice(*row_span(text, (7, 21), (22, 27)))]
'Số giường bệnh\\n1.150'
>>> str(label_unit("giường bệnh".split()))
'bed'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from vnhealthplan.text import ParseError, parse_target_phrase

__all__ = ["label_unit", "row_span"]

Span = tuple[int, int]

#: How many of a label's first words are read as its unit, at most ("Bác sĩ/vạn dân").
_UNIT_WORDS: Final = 4


def row_span(text: str, label: Span, cell: Span) -> Span:
    """The span a table's figure is quoted by: from its row's label to its cell, the
    blanks around them left out.

    Examples
    --------
    >>> text = "CHỈ TIÊU\\n2024\\n  Số giường bệnh \\n 1.200 \\n"
    >>> text[slice(*row_span(text, (14, 31), (32, 39)))]
    'Số giường bệnh \\n 1.200'
    """
    label_text = text[slice(*label)]
    start = label[0] + len(label_text) - len(label_text.lstrip())
    return start, cell[0] + len(text[slice(*cell)].rstrip())


def label_unit(words: Sequence[str]) -> Any:
    """The unit the longest run of a label's first words (four at most) reads as, or None.

    Examples
    --------
    >>> str(label_unit(["Bác", "sĩ/vạn", "dân", "toàn", "tỉnh"]))
    'doctor / ten_thousand_people'
    >>> label_unit(["Ghi", "chú"]) is None
    True
    """
    for n in range(min(len(words), _UNIT_WORDS), 0, -1):
        try:
            phrase = parse_target_phrase(f"1 {' '.join(words[:n])}")
        except ParseError:
            continue
        if phrase.unit is not None:  # "Huyện An Lão", "Tỉnh …": a place's name, no unit
            return None if str(phrase.unit) in ("province", "district") else phrase.unit
    return None
