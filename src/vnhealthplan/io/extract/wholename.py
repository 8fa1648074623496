"""A province's own name after "dân số" names the whole province, as "tỉnh …" does.

Reports and plans state a province's population with its bare name: "Dân số Bình Phước đạt
1 triệu 7.139 người", "Dự kiến dân số của Lâm Đồng năm 2020 là 1.309.875 người". The
catalogue's words for ``population`` take a place after "dân số" only with its noun ("dân
số tỉnh Vĩnh Phúc là …", "dân số thành phố năm 2015 …"): a bare name, folded, cannot be told
from other words ("dân số nông thôn", "dân số tăng thêm"), so it is not read there.
:func:`whole_province` reads it here, against the names of Vietnam's provinces and centrally
governed cities (:mod:`vnhealthplan.data.provinces`), as written (capitalised), and gives
the words with the noun "tỉnh" before the name, for the catalogue to read. Not a district's
or a commune's name (a part, :mod:`.partplace`), not a country's ("dân số Việt Nam"), not
a name already after its noun, and not where words follow the value's unit in its clause
("dân số Thái Bình có trên 280.000 người cao tuổi" counts a group, not the population).
Read once per value's words: linear.

Examples
--------
>>> whole_province("Dân số Bình Phước đạt ")
'Dân số tỉnh Bình Phước đạt '
>>> whole_province("dân số nông thôn là ")
'dân số nông thôn là '
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from vnhealthplan.data import provinces

__all__ = ["whole_province"]

#: "dân số" (its average), then "của" — what may stand before the province's name.
_BEFORE = r"(?<!\w)(?P<lead>[Dd]ân\s+số(?:\s+trung\s+bình)?\s+(?:của\s+)?)"


@cache
def _named() -> re.Pattern[str]:
    names = {p.name for p in provinces.all()}
    alternatives = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"{_BEFORE}(?P<name>{alternatives})(?!\w)")


#: What ends the words right after a value: a clause break or a line's end.
_AFTER_END: Final = re.compile(r"[,.;:!?()\[\]\n]")


def whole_province(own: str, after: str = "") -> str:
    """*own* with "tỉnh" before a province's bare name after "dân số" (see the notes).

    Parameters
    ----------
    own : str
        A value's own words, before it.
    after : str
        The words after it (after its unit).

    Returns
    -------
    str

    Examples
    --------
    >>> whole_province("Dự kiến dân số của Lâm Đồng năm 2020 là ")
    'Dự kiến dân số của tỉnh Lâm Đồng năm 2020 là '
    >>> whole_province("dân số tỉnh Lâm Đồng là ")  # its noun is there
    'dân số tỉnh Lâm Đồng là '
    >>> whole_province("dân số Việt Nam đạt ")  # a country, not a province
    'dân số Việt Nam đạt '
    >>> whole_province("dân số Thái Bình có trên ", " cao tuổi, chiếm 15%")  # a group
    'dân số Thái Bình có trên '
    """
    if "ân" not in own:  # "dân số" not written: nothing to read
        return own
    if any(c.isalpha() for c in _AFTER_END.split(after, maxsplit=1)[0]):
        return own
    named = list(_named().finditer(own))
    if not named:
        return own
    found = named[-1]
    at = found.start("name")
    return own[:at] + "tỉnh " + own[at:]
