"""A figure whose unit only one catalogue indicator is measured in: the unit names it.

Two demographic ratios are defined by their unit: children per woman is the total fertility
rate, boys born per 100 girls the sex ratio at birth. A plan that words them otherwise
("nâng cao mức sinh từ 1,33 con/bà mẹ …", "giảm chênh lệch giới tính xuống dưới 107 trẻ
trai/100 trẻ gái") still states that indicator when no catalogue name fits its words.
The unit must be written as that of births ("bé trai", "trẻ trai"): "nam/100 nữ" is also
the sex ratio of a whole population. Not for another place's figure ("cả nước 111,5 bé
trai/100 bé gái": a draft indicator, docs/labelling.rst) nor for a group the catalogue's
indicator does not name (:mod:`.qualifiers`).

Examples
--------
>>> from vnhealthplan.core.units import registry
>>> srb = registry().Unit("male_birth / hundred_female_births")
>>> unit_named(srb, "giảm chênh lệch giới tính xuống dưới ", "107 trẻ trai/100 trẻ gái")
'srb'
>>> unit_named(srb, "năm 2019 là ", "100,25 nam/100 nữ")
''
"""

from __future__ import annotations

import re
from typing import Any, Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.elsewhere import elsewhere
from vnhealthplan.io.extract.qualifiers import foreign_qualifiers
from vnhealthplan.io.extract.reasons import Reason, reason
from vnhealthplan.text import format_unit

__all__ = ["UNIT_INDICATORS", "unit_named", "unit_reason"]

#: Units (as the registry writes them) that one catalogue indicator alone is measured in
#: and that define it: a figure in them is that indicator's whatever the words, when the
#: unit as written has the word (folded) that makes it so ("con/phụ nữ", "bé trai/100 bé gái").
UNIT_INDICATORS: Final = {
    "live_birth / woman": ("tfr", re.compile(r"\bcon\b")),
    "male_birth / hundred_female_births": ("srb", re.compile(r"\btrai\b")),
}

#: Indicators whose unit a bare figure has only from the words that name the measure
#: (:mod:`.named`: "nâng mức sinh từ 1,33 con/bà mẹ lên 1,4 vào năm 2025 và 1,6 …").
_BARE: Final = frozenset({"tfr"})


def unit_named(unit: Any, own: str, written: str) -> str:
    """The catalogue code *unit* names, or ``""``; *own* are the figure's words before it,
    *written* the figure as written with its unit.

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> tfr = registry().Unit("live_birth / woman")
    >>> unit_named(tfr, "nâng cao mức sinh từ ", "1,33 con/bà mẹ")
    'tfr'
    >>> unit_named(tfr, " vào năm 2025 và ", "1,6")
    'tfr'
    >>> unit_named(tfr, "toàn quốc đạt ", "1,96 con/phụ nữ")
    ''
    >>> unit_named(tfr, "phụ nữ dưới 18 tuổi: ", "0,2 con/phụ nữ")
    ''
    """
    code, word = UNIT_INDICATORS.get(str(unit), ("", None))
    bare = code in _BARE and re.search(r"\d$", written.rstrip()) is not None
    if word is None or not (bare or word.search(fold(written))):
        return ""
    words = fold(own[-120:])
    if elsewhere(words) or foreign_qualifiers(words, code):
        return ""
    return code


def unit_reason(unit: Any) -> Reason:
    """Why a figure is read against the indicator its unit names.

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> str(unit_reason(registry().Unit("live_birth / woman")))
    "no catalogue name fits the words, but the unit con/phụ nữ is the indicator's"
    """
    return reason(
        "no catalogue name fits the words, but the unit {unit} is the indicator's",
        unit=format_unit(unit),
    )
