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
from vnhealthplan.io.extract.qualifiers import facility_kinds

__all__ = ["service_sites"]

Span = tuple[int, int]

#: A service named right after "N cơ sở" (folded): "cơ sở điều trị", "cơ sở xét nghiệm",
#: "cơ sở sản xuất, kinh doanh" (what kind of place the words name is read by
#: :func:`~vnhealthplan.io.extract.qualifiers.facility_kinds`, shared with the catalogue's
#: choice of indicator).
_SERVICE_AFTER: Final = re.compile(
    r"^\s*(?:\(\w+\)\s*)?(?:dieu tri|xet nghiem|tu van|cap phat|tiep nhan dieu tri"
    r"|san xuat|kinh doanh|che bien|ban le|ban buon)\b"
)
#: Kinds of place that are no place of care (:func:`facility_kinds`).
_NOT_CARE: Final = frozenset(
    {"facility:food", "facility:HIV or drug programme", "facility:school",
     "facility:social protection"}
)  # fmt: skip
#: The kinds a sentence before the count may name for it: a programme's service, food safety.
_PROGRAMMES: Final = frozenset({"facility:food", "facility:HIV or drug programme"})
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
    kinds = facility_kinds(after[: _clause_end(after)])
    if _SERVICE_AFTER.match(after) or (kinds & _NOT_CARE and "facility:health" not in kinds):
        return True
    start = max(0, span[0] - _BEFORE)
    before = text[start : span[0]]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    return bool(facility_kinds(before) & _PROGRAMMES) or "xet nghiem" in fold(before)


def _clause_end(words: str) -> int:
    """Where the clause right after the unit ends in *words* (a comma does not end it)."""
    found = re.search(r"[.;:!?()]", words)
    return found.start() if found else len(words)
