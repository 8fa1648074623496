"""Lower bounds opened by "từ" with no upper end: "đảm bảo từ 90% người cao tuổi …".

"từ A đến B" is a range and "từ A trở lên" at least A, which the text layer reads
(:func:`~vnhealthplan.text.parse_target_phrase`); but plans also write the "from" of a
lower bound alone, or with the counted thing between the figure and its "trở lên":

* "đảm bảo từ 90% người cao tuổi … được thăm hỏi", "đạt từ 85% số xã": an aim word
  ("đảm bảo", "bảo đảm", "đạt") then "từ" and a figure that no "đến" or "-" closes: at
  least the figure (docs/labelling.rst, *Comparators*: "đảm bảo", "đạt từ" → ``">="``);
* "Phấn đấu có từ 7 cơ sở sơ chế … trở lên", "xây dựng mới ít nhất từ 2 chuỗi … an toàn
  trở lên", "có từ 02 huyện trở lên đạt chuẩn": an aim word ("có", "phấn đấu", "ít nhất",
  "tối thiểu", or those above), "từ", the figure, its noun and "trở lên" in the same
  clause: at least the figure.

A figure with no aim word before its "từ" keeps its reading: "từ 216 người … xuống còn
186 người" is a pair (from → to), and "số vụ ngộ độc … từ 30 người mắc trở lên" says what
is counted. So does a figure with a comparator or a range of its own, an age ("từ 60
tuổi trở lên": who is counted) and 100 % ("đảm bảo từ 100%" is all of it).

Examples
--------
>>> from vnhealthplan.io.extract.values import find_values
>>> [(v.text, v.phrase.comparator.value) for v in find_values(
...     "đảm bảo từ 90% người cao tuổi được thăm hỏi, tặng quà")]
[('đảm bảo từ 90%', '>=')]
>>> [(v.text, v.phrase.comparator.value) for v in find_values(
...     "Phấn đấu có từ 7 cơ sở sơ chế thực phẩm trở lên được chứng nhận HACCP")]
[('có từ 7 cơ sở', '>=')]
>>> [(v.text, v.phrase.comparator.value) for v in find_values(
...     "giảm từ 216 người xuống còn 186 người")]
[('216 người', '='), ('xuống còn 186 người', '=')]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from vnhealthplan.core.vocab import Comparator, TargetKind
from vnhealthplan.io.extract.reasons import reason

if TYPE_CHECKING:
    from vnhealthplan.io.extract.values import Value

__all__ = ["open_from"]

#: An aim word, then "từ", right before the figure; ``strong`` for the words that make
#: the "từ" a lower bound alone ("đảm bảo từ 90%"), the others only with a "trở lên".
_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:(?P<strong>đảm[ \t]+bảo|bảo[ \t]+đảm|đạt)"
    r"|(?P<weak>có|phấn[ \t]+đấu|ít[ \t]+nhất|tối[ \t]+thiểu))[ \t]+từ[ \t]+$",
    re.IGNORECASE,
)
#: After the figure: its noun (no figure, no clause break), then "trở lên".
_UPWARD_AFTER: Final = re.compile(
    r"[^\d;:.()\n]{0,80}?(?<![^\W\d_])trở[ \t]+lên(?![^\W\d_])", re.IGNORECASE
)
#: Right after the figure: what makes its "từ" the start of a range or of a pair.
_CLOSED_AFTER: Final = re.compile(
    r"[ \t]*(?:[-–—]|đến(?![^\W\d_])|tới(?![^\W\d_]))"
    r"|[^\d,;:.()\n]{0,60}?(?<![^\W\d_])(?:xuống|lên)[ \t]+(?:còn[ \t]+|mức[ \t]+)?\d",
    re.IGNORECASE,
)
#: Units of time: a figure in one ("từ 6 tháng") is never read as an open lower bound.
_TIME: Final = frozenset({"year", "month", "day"})


def open_from(text: str, values: list[Value]) -> list[Value]:
    """*values* (in order) with the lower bounds opened by "từ" read as at least (see the
    module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import find_values
    >>> [(v.text, v.phrase.comparator.value) for v in find_values(
    ...     "xây dựng mới ít nhất từ 2 chuỗi cung cấp thực phẩm an toàn trở lên")]
    [('ít nhất từ 2 chuỗi', '>=')]
    >>> [(v.text, v.phrase.comparator.value) for v in find_values("đạt từ 85 - 90% số xã")]
    [('đạt từ 85 - 90%', 'range')]
    """
    for i, value in enumerate(values):
        low = values[i - 1].span[1] if i else 0
        start = _bound_start(text, value, low)
        if start is None:
            continue
        phrase = attrs.evolve(value.phrase, comparator=Comparator.GE)
        words = text[start : value.span[1]]
        why = reason("'{words}': 'từ' with no upper end, at least the figure", words=words)
        values[i] = attrs.evolve(
            value,
            span=(start, value.span[1]),
            phrase=phrase,
            text=text[start : value.span[0]] + value.text,
            lead=True,
            reasons=(*value.reasons, why),
        )
    return values


def _bound_start(text: str, value: Value, low: int) -> int | None:
    """Where the aim word of *value*'s open "từ" starts, or None if it has none."""
    phrase = value.phrase
    if phrase.comparator is not Comparator.EQ or phrase.upper is not None:
        return None
    if phrase.kind is not TargetKind.LEVEL or value.unit is None or str(value.unit) in _TIME:
        return None
    if value.span[0] != value.number_span[0]:
        return None  # words of its own before the number ("đạt 90%")
    if str(value.unit) == "percent" and phrase.value.magnitude == 100:
        return None
    found = _BEFORE.search(text, max(low, value.span[0] - 24), value.span[0])
    if found is None or _CLOSED_AFTER.match(text, value.number_span[1]):
        return None
    if found.group("weak") and not _UPWARD_AFTER.match(text, value.number_span[1]):
        return None
    return found.start()
