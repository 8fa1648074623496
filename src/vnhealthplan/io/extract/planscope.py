"""A plan for a part of the province: its title narrows every figure it sets.

Some plans are for a part of the province only, and say so once, in their title or a news
report's headline: "Kế hoạch phòng chống suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi vùng
đồng bào dân tộc thiểu số và miền núi", "… tại các huyện nghèo", "… khu vực nông thôn".
Their targets then repeat the catalogue's words ("giảm tỷ lệ suy dinh dưỡng trẻ em dưới 5
tuổi thể thấp còi xuống dưới 24%") but measure that part, not the province: not the
catalogue's ``stunting_u5`` (docs/labelling.rst: the stunting rate of poor districts is
``"draft"``). A figure of the catalogue whose title names such a part
(:func:`~vnhealthplan.io.extract.qualifiers.qualifiers`: ethnic minorities, poor, remote or
mountain, rural or urban areas) that the catalogue's own words do not name gets a draft
indicator of the plan's own, unless its own name says the whole province ("toàn tỉnh").
Groups of people in a title (the elderly, pupils, workers) are left alone: their plans
set targets of the province's whole population as well; so are the names of programmes for
every commune ("xây dựng nông thôn mới"). A plan of one city, town or district of the
province (:func:`~vnhealthplan.io.extract.placescope.place_of`) narrows every figure of the
catalogue in the same way.

Examples
--------
>>> sorted(scope_of("Kế hoạch phòng chống suy dinh dưỡng trẻ em vùng dân tộc thiểu số"))
['population:ethnic minority']
>>> scope_of("Kế hoạch chăm sóc sức khỏe người cao tuổi năm 2024")
frozenset()
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.placescope import place_of
from vnhealthplan.io.extract.qualifiers import catalogue_qualifiers, qualifiers
from vnhealthplan.io.extract.reasons import reason

__all__ = ["scope_of", "scoped"]

#: The qualifiers that name a part of the province's land or people by where they live.
_PARTS: Final = frozenset(
    f"population:{part}" for part in ("ethnic minority", "poor", "remote", "rural", "urban")
)
#: Names of programmes for the whole province: "xây dựng nông thôn mới" (every commune's
#: criteria), "đô thị văn minh".
_PROGRAMMES: Final = re.compile(r"\bnong thon moi\b|\bdo thi van minh\b")
#: A figure's name that says it is the whole province's.
_WHOLE: Final = re.compile(r"\btoan (?:tinh|thanh pho|quoc)\b|\bca nuoc\b")
#: "chung" (overall) as written: folded, "tiêm chủng" would read as it.
_OVERALL: Final = re.compile(r"(?<!\w)chung(?!\w)", re.IGNORECASE)


def scope_of(title: str) -> frozenset[str]:
    """The parts of the province *title* names (``population:<part>`` each).

    Examples
    --------
    >>> sorted(scope_of("Kế hoạch y tế tại các huyện nghèo, vùng sâu, vùng xa"))
    ['population:poor', 'population:remote']
    >>> sorted(scope_of("Quy hoạch mạng lưới y tế trên địa bàn TP. Bà Rịa"))
    ['place:Bà Rịa']
    """
    place = place_of(title)
    parts = qualifiers(_PROGRAMMES.sub(" ", fold(title))) & _PARTS
    return parts | {f"place:{place}"} if place else parts


def scoped(found: Sequence[Candidate], title: str) -> list[Candidate]:
    """*found*, with the catalogue's indicator dropped (a draft one instead) from the figures
    of a plan whose *title* names a part of the province (see the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = "Đến năm 2025, giảm tỷ lệ suy dinh dưỡng thể thấp còi trẻ em dưới 5 tuổi xuống 24%."
    >>> [c.code for c in scoped(find_figures(text), "Kế hoạch vùng dân tộc thiểu số")]
    ['']
    >>> [c.code for c in scoped(find_figures(text), "Kế hoạch dinh dưỡng năm 2024")]
    ['stunting_u5']
    """
    parts = scope_of(title)
    if not parts:
        return list(found)
    kept = []
    for c in found:
        narrower = sorted(parts - catalogue_qualifiers(c.code)) if c.code else []
        if narrower and not _WHOLE.search(fold(c.name)) and not _OVERALL.search(c.name):
            why = reason(
                "the plan's title names a part of the province ({parts}): not the catalogue's "
                "{code}, a draft indicator",
                parts=", ".join(p.split(":", 1)[1] for p in narrower),
                code=c.code,
            )
            c = attrs.evolve(c, code="", reasons=(*c.reasons, why))
        kept.append(c)
    return kept
