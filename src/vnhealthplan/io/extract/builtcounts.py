"""Facilities a plan will build, counted as a level of its own indicator.

A verb that adds facilities before a count ("xây dựng mới 02 bệnh viện", "phát triển 5
bệnh viện vệ tinh", "hình thành 3 trung tâm", "nâng cấp 04 trạm y tế") makes the count a
change of a stock of facilities (:func:`~.counts.read_count`). Where the verb's object is
something set up AT the facilities ("Thành lập Khoa Lão tại 02 bệnh viện": two more
hospitals with a geriatrics department) it stays so. Where the verb builds the counted
facilities themselves (it stands right before the count) and no catalogue indicator fits,
the count names the plan's own indicator, the facilities built, and is its level: so many
built (docs/labelling.rst, "Settled before the eighth set").

Examples
--------
>>> from vnhealthplan.io.extract import draft_plan
>>> [(t.kind.value, t.value) for t in draft_plan(
...     "Đến năm 2030, xây dựng mới 02 bệnh viện đa khoa.").plan.targets]
[('level', <Quantity(2, 'facility')>)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.core.vocab import TargetKind
from vnhealthplan.io.extract.reasons import Reason, reason
from vnhealthplan.io.extract.stops import last_match

__all__ = ["ADDED", "BUILD_VERBS", "build_verb", "built_level"]

#: The template of the reason a verb adding facilities gives (:func:`.counts.read_count`).
ADDED: Final = "'{verb}' before the count: facilities to add, a change"
#: Verbs that build facilities only when the count is their object, right after them
#: ("phát triển 5 bệnh viện", not "xây dựng nhà văn hóa cho 12 thôn"): folded → as written.
BUILD_VERBS: Final = {
    "phat trien": "phát triển",
    "hinh thanh": "hình thành",
    "xay dung": "xây dựng",
}

#: Between the verb and the count, words that make the count the verb's own object: "mới"
#: (new), "được", "khoảng", "ít nhất", "tối thiểu", "thêm", a "," of a list of verbs.
_OBJECT: Final = re.compile(
    r"(?:\s|,|moi|duoc|khoang|it nhat|toi thieu|tu|them|tong so|(?:va|,) \w+(?: \w+)?)*"
)


#: A verb of :data:`BUILD_VERBS` as written, with a past marker before it if any.
_BUILD: Final = re.compile(
    r"(?<![^\W\d_])(?P<done>(?:đã|vừa|đang)[ \t]+(?:(?:tiếp[ \t]+tục|và)[ \t]+)?)?"
    r"(?P<verb>phát[ \t]+triển|hình[ \t]+thành|xây[ \t]+dựng)(?![^\W\d_])",
    re.IGNORECASE,
)


def build_verb(lead: str) -> str:
    """A verb of :data:`BUILD_VERBS` right before the count *lead* ends at, as written, or "";
    "" after a past marker ("đã xây dựng được 12 mô hình": built already, a status figure).

    Examples
    --------
    >>> build_verb("Đến năm 2030, tỉnh sẽ phát triển "), build_verb("xây dựng mới ")
    ('phát triển', 'xây dựng')
    >>> build_verb("hoàn thành xây dựng nhà văn hóa cho "), build_verb("đã xây dựng được ")
    ('', '')
    """
    found = last_match(_BUILD, lead[-60:])
    if found is None or found.group("done"):
        return ""
    if not _OBJECT.fullmatch(fold(lead[-60:][found.end() :])):
        return ""
    return BUILD_VERBS[" ".join(fold(found.group("verb")).split())]


def built_level(
    code: str, reading: Any, counted: Sequence[str], lead: str
) -> tuple[Any, tuple[str, ...]]:
    """*reading* (value, upper, phrase) as a level when *code* is a draft indicator ``""``
    and the count was read as a change by a verb adding facilities that stands right
    before it in *lead* (the count's own words); the reasons with it.

    Examples
    --------
    >>> from vnhealthplan.io.extract.values import find_values
    >>> from vnhealthplan.io.extract.counts import read_count
    >>> text = "xây dựng mới 02 bệnh viện"
    >>> value, why = read_count(find_values(text)[0], [], text[:13])
    >>> reading = (None, None, value.phrase)
    >>> [built_level(c, reading, why, text[:13])[0][2].kind.value for c in ("", "beds")]
    ['level', 'change']
    >>> built_level("", reading, why, "Thành lập Khoa Lão tại ")[0][2].kind.value
    'change'

    """
    verbs = [r for r in counted if isinstance(r, Reason) and r.template == ADDED]
    if code or not verbs:
        return reading, tuple(counted)
    verb = verbs[0].fields["verb"]
    folded, said = fold(lead), fold(verb)
    at = folded.rfind(said)
    if at < 0 or not _OBJECT.fullmatch(folded, at + len(said)):
        return reading, tuple(counted)
    value, upper, phrase = reading
    phrase = attrs.evolve(phrase, kind=TargetKind.LEVEL)
    why = reason(
        "'{verb}' before the count: facilities to build, a level of the plan's own indicator",
        verb=verb,
    )
    return (value, upper, phrase), tuple(r if r not in verbs else why for r in counted)
