"""Counts of a programme's service sites or of businesses: no count of health facilities.

A count of "cơ sở" is drafted as the catalogue's ``health_facilities`` (the counted words
as its scope) when it counts the places of care of a province: "Toàn tỉnh có 1.892 cơ sở
hành nghề y, dược", "27 cơ sở khám, chữa bệnh". Two kinds of "cơ sở" are not that:

* the **sites of a programme's service**: "25 cơ sở điều trị ARV", "9 cơ sở xét
  nghiệm khẳng định", "Chương trình Methadone bao phủ tại 26 cơ sở", and the parts of such
  a count ("…, trong đó 22 cơ sở y tế nhà nước");
* **businesses** checked or licensed: "430 cơ sở sản xuất, kinh doanh thực phẩm",
  "kiểm tra 1.200 cơ sở dịch vụ ăn uống".

Each of them is a figure of the programme (or of food safety) of its own, drafted as a
draft indicator named after its words. What the count is of is read from the words right
after the unit (its own clause) and, for the programme's service, from its sentence before
the value; both are bounded windows, so the reading stays linear in the text's length.

Examples
--------
>>> text = "Toàn tỉnh có 25 cơ sở điều trị ARV, trong đó 22 cơ sở y tế nhà nước."
>>> service_sites(text, (13, 21)), service_sites(text, (45, 53))
(True, True)
>>> service_sites("Toàn tỉnh hiện có 1.892 cơ sở hành nghề y, dược tư nhân.", (18, 29))
False
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.fold import fold

__all__ = ["service_sites"]

Span = tuple[int, int]

#: Words right after "N cơ sở" (folded) that make it a service site or a business.
_KIND_AFTER: Final = re.compile(
    r"^\s*(?:\(\w+\)\s*)?(?:dieu tri|xet nghiem|tu van|cap phat|cai nghien|tiep nhan dieu tri"
    r"|san xuat|kinh doanh|che bien|dich vu an uong|an uong|bep an|giet mo|thuc pham"
    r"|ban le|ban buon)\b"
)
#: A programme's service or food safety named before the count in its sentence (folded).
_PROGRAMME_BEFORE: Final = re.compile(
    r"\b(?:dieu tri arv|arv|methadone|dieu tri thay the|prep|cai nghien|xet nghiem"
    r"|an toan thuc pham|attp|san xuat, kinh doanh|kinh doanh thuc pham)\b"
)
#: How far the clause after the unit and the sentence before the value are read.
_AFTER: Final = 40
_BEFORE: Final = 160
#: Where a sentence ends, so that the words before a value are its own sentence's.
_SENTENCE_END: Final = re.compile(r"[.;:!?]\s|\n\s*\n")


def service_sites(text: str, span: Span) -> bool:
    """Whether the count of "cơ sở" at *span* counts a programme's sites or businesses.

    Parameters
    ----------
    text : str
        The plan's text.
    span : tuple of int
        The count's value and unit ("25 cơ sở").

    Returns
    -------
    bool
        True when the words after the unit name a service or a trade ("điều trị ARV",
        "sản xuất, kinh doanh thực phẩm"), or its sentence before the value names a
        programme's service ("Methadone", "điều trị ARV", "xét nghiệm", "an toàn thực phẩm").

    Examples
    --------
    >>> text = "Chương trình điều trị Methadone được duy trì tại 26 cơ sở."
    >>> service_sites(text, (49, 57))
    True
    >>> service_sites("Toàn tỉnh có 27 cơ sở khám bệnh, chữa bệnh công lập.", (13, 21))
    False
    """
    after = fold(text[span[1] : span[1] + _AFTER])
    if _KIND_AFTER.match(after):
        return True
    start = max(0, span[0] - _BEFORE)
    before = text[start : span[0]]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    return bool(_PROGRAMME_BEFORE.search(fold(before)))
