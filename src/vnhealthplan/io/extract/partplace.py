"""A figure of one named part of the province: a district, town, city or commune.

A provincial plan sets some figures for one of its parts: "tỷ suất tử vong trẻ em dưới 1
tuổi ở huyện Krông Bông giảm xuống 15‰", "tỷ lệ bao phủ bảo hiểm y tế tại thành phố Buôn
Ma Thuột đạt 98%", "xã Ea Kao có 100% hộ gia đình dùng nước sạch". Such a figure repeats
the catalogue's words but measures the part, not the province: a draft indicator of the
plan's own (docs/labelling.rst: "a part of the province or a group read as the whole").
The part is named by its noun ("huyện", "quận", "thị xã", "thị trấn", "xã", "phường",
"thành phố", "TP.") followed by a capitalised name ("huyện Kỳ Sơn", "TP. Bà Rịa") or a
number ("quận 3", "phường 5"). A centrally governed city ("thành phố Hà Nội", "TP. Hồ Chí
Minh") is a province, not a part of one; "các huyện, thị xã, thành phố" are all the parts,
the whole; "trạm y tế xã" names no place.

:func:`named_part` finds such a part in the words that name a figure: its own words, and
the words right after it up to the first comma or clause break.

Examples
--------
>>> named_part("Tỷ suất tử vong trẻ em dưới 1 tuổi ở huyện Krông Bông giảm xuống ", "")
'huyện Krông Bông'
>>> named_part("Tỷ lệ trạm y tế xã có bác sĩ đạt ", " vào năm 2025")
''
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.data import provinces
from vnhealthplan.io.extract.placescope import capitalised

__all__ = ["named_part"]

#: A part's noun, then its name: capitalised words, or a number ("quận 3").
_PART: Final = re.compile(
    r"(?<!\w)(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Xx]ã|[Pp]hường|[Tt]hành phố|TP\.?)"
    r"[ \t]+(?:(\d{1,2})(?![\d.,%])|([^\W\d_][\w'’]*(?:[ \t]*-?[ \t]*[^\W\d_][\w'’]*){0,3}))"
)
#: Where the words after a figure stop naming it.
_AFTER_END: Final = re.compile(r"[,;:!?()\n]|(?<!TP)\.")
#: Capitalised words after a part's noun that start an agency's or a facility's name, not a
#: place's ("xã Trạm Y tế", "huyện Ủy ban"), as written.
_NOT_NAMES: Final = re.compile(r"(?:UBND|[ỦU]ỷ ban|Ủy|Trạm|Sở|Phòng|Bệnh viện|Trung tâm)(?!\w)")


@cache
def _province_names() -> frozenset[str]:
    names = set()
    for province in provinces.all():
        names.add(" ".join(fold(province.name).replace("-", " ").split()))
    return frozenset(names)


def _is_part(name: str) -> bool:
    key = " ".join(fold(name).replace("-", " ").split())
    if key in _province_names() or _NOT_NAMES.match(name):
        return False
    return not key.startswith(("ho chi minh", "hcm"))


def named_part(own: str, after: str) -> str:
    """The part of the province the words name (as written), or ``""``.

    Parameters
    ----------
    own : str
        The figure's own words, before it.
    after : str
        The words after it; read up to the first comma or clause break.

    Returns
    -------
    str
        The noun and name of the part ("huyện Kỳ Sơn", "quận 3"), or ``""``.

    Examples
    --------
    >>> named_part("Tỷ lệ bao phủ bảo hiểm y tế ", " tại TP. Bà Rịa vào năm 2025")
    'TP. Bà Rịa'
    >>> named_part("Tỷ lệ bao phủ bảo hiểm y tế tại thành phố Hồ Chí Minh đạt ", "")
    ''
    >>> named_part("100% các huyện, thị xã, thành phố có ", "")
    ''
    >>> named_part("Tỷ lệ tiêm chủng đầy đủ ở quận 3 đạt ", "")
    'quận 3'
    """
    tail = _AFTER_END.split(after, maxsplit=1)[0]
    for words in (own, tail):
        for found in _PART.finditer(words):
            if found.group(1):
                return " ".join(found.group().split())
            name = capitalised(found.group(2))
            if name and _is_part(name):
                noun = found.group()[: found.start(2) - found.start()]
                return " ".join([*noun.split(), name])
    return ""
