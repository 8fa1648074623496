"""A plan of one city, town or district of a province, as its title names it.

A city's, town's or district's own plan ("Quy hoạch mạng lưới y tế trên địa bàn TP. Bà
Rịa", "Kế hoạch chăm sóc sức khỏe ban đầu của huyện Mường Nhé", "Đề án … thị xã Kỳ Anh",
"Kế hoạch … quận 3") sets figures that repeat the catalogue's words but measure that part
of the province, not the province: draft indicators (docs/labelling.rst), as
:mod:`.planscope` makes them. A centrally governed city ("thành phố Hà Nội", "TP. Hồ Chí
Minh", Đà Nẵng, Hải Phòng, Cần Thơ, Huế) is a province, not a part of one. A title names
the part as the plan's only when it names a plan ("quy hoạch", "kế hoạch", "chương
trình", "đề án", "mục tiêu", "chỉ tiêu"): "Khám bệnh miễn phí tại huyện X" names only
the place of an activity.

Examples
--------
>>> place_of("Kế hoạch phát triển y tế cơ sở trên địa bàn thị xã Kỳ Anh năm 2024")
'Kỳ Anh'
>>> place_of("Kế hoạch phát triển y tế thành phố Đà Nẵng năm 2024") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.fold import fold

__all__ = ["capitalised", "place_of"]

#: A plan named in the title.
_PLAN: Final = re.compile(r"\b(?:quy hoach|ke hoach|chuong trinh|de an|muc tieu|chi tieu)\b")
#: The kind of part, then its name: capitalised words, or a district's number ("quận 3").
_PLACE: Final = re.compile(
    r"(?<!\w)(?:[Tt]hành[ \t]+phố|TP|[Tt]hị[ \t]+xã|TX|[Hh]uyện|[Qq]uận)(?:\.[ \t]*|[ \t]+)"
    r"(?P<name>[^\W\d_]\w*(?:(?:[ \t]+|-)[^\W\d_]\w*){0,3}|\d{1,2}(?!\d))"
)
#: Centrally governed cities (folded): provinces of their own.
_PROVINCES: Final = frozenset(
    ("ha noi", "ho chi minh", "hcm", "da nang", "hai phong", "can tho", "hue")
)


def place_of(title: str) -> str | None:
    """The city, town or district of a province whose plan *title* names, or None.

    Examples
    --------
    >>> place_of("Phản biện dự thảo quy hoạch mạng lưới y tế tại TP.Bà Rịa")
    'Bà Rịa'
    >>> place_of("Kế hoạch y tế năm 2025 của TP. HCM") is None
    True
    >>> place_of("Khám bệnh miễn phí cho người dân huyện Mường Nhé") is None
    True
    """
    if not _PLAN.search(fold(title)):
        return None
    for m in _PLACE.finditer(title):
        name = capitalised(m.group("name"))
        if not name:
            continue
        if fold(name) in _PROVINCES or fold(name).startswith("ho chi minh"):
            continue
        return name
    return None


def capitalised(words: str) -> str:
    """The leading capitalised words of a place's name as matched (a number stands alone).

    Examples
    --------
    >>> capitalised("Krông Bông giảm xuống")
    'Krông Bông'
    >>> capitalised("Bà Rịa - Vũng Tàu đạt")
    'Bà Rịa - Vũng Tàu'
    >>> capitalised("3 đạt")
    '3 đạt'
    """
    if words[:1].isdigit():
        return words
    kept = []
    for word in re.split(r"[ \t]+", words):
        if word != "-" and not word[:1].isupper():
            break
        kept.append(word)
    return " ".join(kept).strip(" -")
