"""A change's verb carried to the next figure of a series by year.

"giảm 30% số trẻ em bị tử vong do đuối nước năm 2025 và 50% vào năm 2030": the second
figure has no verb and no name of its own, only its year: it is the same measure at a later
year, so the same change (a decrease of 50 %), as docs/labelling.rst labels it. The rule
reads it so where:

* the figure before is a change (a verb read with it or heading its name), in the same
  dimension;
* between the two stand only that change's name (no figure, no clause break), its year
  ("năm 2025", "vào năm 2025", "đến năm 2025") and "và";
* right after the bare figure comes its own year ("vào năm 2030", "năm 2030").

The items of a list of changes share their verb in the same dimension
(:func:`~.changes.read_changes`); so does a bare figure right after a change with its own
verb, past only a "," or "và", where both are rates over the same base, whose units name
what they measure: "mỗi năm phải tăng 1,07 giường bệnh/vạn dân, 0,13 bác sĩ/vạn dân"
(:func:`parallel_units`). A bare share after a change ("thu ngân sách tăng 5%, 95% người
dân có thẻ") names its measure after it, and keeps its reading; so does the next item that
opens with an aim word of its own ("duy trì tỷ lệ điều trị ARV trên 98%; bảo đảm 100% người
nhiễm mới được kết nối điều trị": :func:`own_lead`).

A figure with words of its own ("và đạt 95% vào năm 2030", "và 50% hộ gia đình … năm
2030") keeps its reading, as does a level before it ("giảm xuống còn 30% năm 2025 và 20%
năm 2030": both levels). A bound word is not carried (docs/labelling.rst, *A bound word
qualifies its own figure*): "giảm ít nhất 30% năm 2025 và 50% năm 2030" gives a change of
−50, not at most −50.

Examples
--------
>>> from vnhealthplan.io.extract.values import find_values
>>> text = "giảm 30% số ca tử vong năm 2025 và 50% vào năm 2030"
>>> [(v.text, v.phrase.kind.value, v.phrase.value.magnitude) for v in find_values(text)]
[('giảm 30%', 'change', -30), ('giảm 50%', 'change', -50)]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.core.vocab import Comparator, TargetKind
from vnhealthplan.io.extract.valuewords import READING_WORDS

if TYPE_CHECKING:
    from vnhealthplan.io.extract.values import Value

__all__ = ["own_lead", "parallel_units", "series_verb"]

#: A figure's year: "năm 2025", "vào năm 2030", "đến năm 2025", "trong năm 2025".
_YEAR: Final = r"(?:(?:vào|đến|trong)[ \t]+)?năm[ \t]+(?:19|20)\d\d(?!\d)"
#: From the change to the next figure: its name, its year, "và".
_GAP: Final = re.compile(
    r"[^\d,;:.()\n]{0,80}?[ \t,]" + _YEAR + r"[ \t]*,?[ \t]*và[ \t]+", re.IGNORECASE
)
#: Between a change and the next item of its list: a "," or "và".
_NEXT: Final = re.compile(r"[ \t]*(?:,|và|,[ \t]*và)[ \t]+", re.IGNORECASE)
#: Right after the bare figure: its own year.
_YEAR_AFTER: Final = re.compile(r"[ \t]*,?[ \t]*" + _YEAR, re.IGNORECASE)
#: Words in the gap that give the next figure a reading of its own or a level.
_OWN: Final = re.compile(
    rf"(?<![^\W\d_])(?:{READING_WORDS}|duy\s+trì)(?![^\W\d_])",
    re.IGNORECASE,
)


def series_verb(text: str, before: Value, value: Value) -> tuple[str, str]:
    """The verb ("giảm" or "tăng") of the change *before*, for a bare *value* after it
    that only gives the same measure at a later year (with ``"series"``) or is the next
    item of its list (``"list"``); ``("", "")`` otherwise.

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import find_values
    >>> text = "giảm 10% số trẻ em tử vong vào năm 2025 và 20% hộ gia đình biết bơi năm 2030"
    >>> [(v.phrase.kind.value, v.phrase.value.magnitude) for v in find_values(text)]
    [('change', -10), ('level', 20)]
    """
    if before.phrase.kind is not TargetKind.CHANGE or before.unit is None or value.unit is None:
        return "", ""
    verb = "giảm" if before.phrase.value.magnitude < 0 else "tăng"
    if _NEXT.fullmatch(text, before.span[1], value.span[0]):
        listed = before.phrase.comparator is Comparator.EQ and before.verb and _rate(before.unit)
        return (verb, "list") if listed and parallel_units(before.unit, value.unit) else ("", "")
    if before.unit.dimensionality != value.unit.dimensionality:
        return "", ""
    gap = _GAP.fullmatch(text, before.span[1], value.span[0])
    if gap is None or _OWN.search(gap.group()):
        return "", ""
    if not _YEAR_AFTER.match(text, value.span[1]):
        return "", ""
    return verb, "series"


def parallel_units(unit: Any, other: Any) -> bool:
    """Whether two units may stand as items of one list of changes: the same dimension, or
    rates of one thing each over the same base ("giường bệnh/vạn dân", "bác sĩ/vạn dân").

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> ureg = registry()
    >>> bed = ureg.Unit("bed / ten_thousand_people")
    >>> doctor = ureg.Unit("doctor / ten_thousand_people")
    >>> parallel_units(bed, doctor), parallel_units(bed, ureg.Unit("bed"))
    (True, False)
    >>> parallel_units(ureg.Unit("percent"), ureg.Unit("facility"))
    False
    """
    dims, others = unit.dimensionality, other.dimensionality
    if dims == others:
        return True
    bases = {d: e for d, e in dims.items() if e < 0}
    if not bases or bases != {d: e for d, e in others.items() if e < 0}:
        return False
    return bool(sum(e > 0 for e in dims.values()) == 1 == sum(e > 0 for e in others.values()))


def _rate(unit: Any) -> bool:
    """Whether *unit* is a rate over a base ("bác sĩ/vạn dân"), not a share or a count."""
    return any(e < 0 for e in unit.dimensionality.values())


#: An aim word that opens a list item of its own.
_LEAD: Final = re.compile(
    r"(?<![^\W\d_])(?:bảo\s+đảm|đảm\s+bảo|phấn\s+đấu|đạt|có|duy\s+trì)(?![^\W\d_])",
    re.IGNORECASE,
)


def own_lead(gap: str) -> bool:
    """Whether the words between two items of a list (*gap*) open the second with an aim
    word of its own, so that it does not take the verb of the first.

    Examples
    --------
    >>> own_lead("; bảo đảm "), own_lead(" và nữ ")
    (True, False)
    """
    return _LEAD.search(gap) is not None
