"""Bounds that say what a target counts, not targets: "90% xã có trên 50% hộ …".

A share is often set for places or people that pass a bound, written after the noun the
share counts: "90% xã có trên 50% hộ gia đình sử dụng nhà tiêu hợp vệ sinh", "80% cơ sở y
tế có từ 50 giường bệnh trở lên áp dụng bệnh án điện tử", "giảm 30% số huyện có tỷ lệ mắc
trên 100 ca/100.000 dân", or in a bracket after the thing measured: "90% người dân được
tiếp cận nước sạch (tối thiểu 60 lít/người/ngày)". The bound says which communes, hospitals
or households are counted; the plan's figure is the share before it. A figure is such a
bound when

* it is a bound ("trên", "dưới", "từ … trở lên", "tối thiểu", "ít nhất": not a plain figure),
  read with its figure or opening its bracket;
* another figure of its clause stands before it (the share, outside any bracket), and
* between the two stand only the counted noun ("thôn, bản" is one) and a relative "có"
  ("xã có", "huyện có tỷ lệ mắc") or a verb of what each of them does ("100% trung tâm y
  tế huyện thực hiện được tối thiểu 90% danh mục kỹ thuật": "thực hiện", "triển khai",
  "đáp ứng" …), with no verb of a target ("đạt", "tăng", "lên" …), no list break ("và",
  ",", ";"); or only the counted noun before a bound "từ … trở lên", which may be read
  as a plain figure ("giảm 25% số vụ ngộ độc thực phẩm từ 30 người mắc trở lên");
  or the bound opens a bracket after the words that follow that figure, and is measured
  in another unit (a volume per person beside a share; "(tối thiểu 90% ở mỗi xã)" beside
  "95%" restates the share and stays).

A bound also names what is counted when it stands in the indicator's name before the
clause's figure ("tỷ lệ nam giới có vòng eo trên 90 cm giảm còn 20%", "tỷ lệ xã có trên 80%
trẻ em được tiêm chủng đạt 90%": "tỷ lệ" or "số", a noun, "có", the bound), or when it is the
threshold of a measure ("tải lượng vi rút", "đường huyết", "huyết áp", "nồng độ", "chỉ số",
"vòng eo", "cân nặng" …) right after a share of its clause ("95% người điều trị ARV đạt tải
lượng vi rút dưới 1.000 bản sao/ml").

A clause with one figure keeps it ("có trên 90% trạm y tế đạt chuẩn"), as does a bound
that follows a verb of its own ("… có bác sĩ, nâng lên trên 90%").

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> text = "Đến năm 2025: 90% xã có trên 50% hộ gia đình có nhà tiêu hợp vệ sinh."
>>> [str(c.value) for c in without_bounds(text, find_figures(text))]
['90 percent']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vnhealthplan.core.vocab import Comparator
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.stops import last_match

__all__ = ["without_bounds"]

_BOUNDS: Final = frozenset({Comparator.LT, Comparator.LE, Comparator.GT, Comparator.GE})
#: The counted noun and a relative "có" between a share and its bound: words only.
_RELATIVE: Final = re.compile(
    r"[ \t]*(?:[^\W\d][^\d,;:.!?()\[\]\n\t]{0,80}?)?(?<!\w)có(?!\w)[^\d,;:.!?()\[\]\n\t]{0,80}",
    re.IGNORECASE,
)
#: The comma of a list of kinds of place ("thôn, bản", "xã, phường, thị trấn"): one noun.
_PLACES_COMMA: Final = re.compile(
    r",(?=[ \t]*(?:thôn|bản|làng|ấp|buôn|phum|sóc|tổ dân phố|khu phố|phường|thị trấn|thị xã"
    r"|thành phố|xã)(?!\w))",
    re.IGNORECASE,
)
#: Words that make the figure after them a target of its own, or start another item.
_OWN: Final = re.compile(
    r"(?<!\w)(?:đạt|tăng|giảm|còn|xuống|lên|nâng|phấn đấu|duy trì|bảo đảm|đảm bảo|và|hoặc"
    r"|đồng thời|trong đó|riêng|so với)(?!\w)",
    re.IGNORECASE,
)
#: A bracket opened after words, starting with a bound.
_BRACKET_BOUND: Final = re.compile(
    r"[ \t]*[^\W\d][^\d,;:.!?()\[\]\n\t]{0,80}\([ \t]*(?:tối thiểu|ít nhất|không dưới|không quá"
    r"|trên|dưới|từ|[≥≤<>])",
    re.IGNORECASE,
)
#: A measure a bound is a threshold of, right before it: "tải lượng vi rút dưới 1.000 bản
#: sao/ml", "đường huyết lúc đói dưới 7 mmol/l", "vòng eo trên 90 cm".
_MEASURE: Final = re.compile(
    r"(?<!\w)(?:tải lượng|đường huyết|huyết áp|nồng độ|chỉ số|BMI|CD4|hemoglobin|Hb|vòng eo"
    r"|vòng bụng|cân nặng)(?:[ \t]+[^\W\d]+){0,3}[ \t]*$",
    re.IGNORECASE,
)
#: The name of an indicator that counts those who pass a bound, before the bound:
#: "tỷ lệ người có vòng eo trên 90 cm …", "số huyện có tỷ lệ mắc trên 100/100.000 dân …".
_NAMED: Final = re.compile(
    r"[\W]*(?:(?:giảm|tăng|nâng|hạ)[ \t]+)?(?:tỷ lệ|tỉ lệ|số)(?!\w)[^\d,;:.!?()\[\]\n\t]{0,80}?"
    r"(?<!\w)có(?!\w)[^\d,;:.!?()\[\]\n\t]{0,60}",
    re.IGNORECASE,
)
#: Words that start another figure's name: its bound is its own.
_ANOTHER: Final = re.compile(
    r"(?<!\w)(?:và|hoặc|đồng thời|trong đó|riêng|tỷ lệ|tỉ lệ|tỷ suất|số|so với)(?!\w)",
    re.IGNORECASE,
)
#: The counted noun and what each of them does, up to a bound of how much: "100% trung tâm
#: y tế huyện thực hiện được tối thiểu 90% danh mục kỹ thuật".
_DOING: Final = re.compile(
    r"[ \t]*[^\W\d][^\d,;:.!?()\[\]\n\t]{0,80}?(?<!\w)(?:thực hiện|triển khai|đáp ứng|cung cấp"
    r"|cung ứng|làm chủ|áp dụng)(?:[ \t]+được)?[ \t]*",
    re.IGNORECASE,
)
#: Words only (the counted noun), between a share and a bound "từ … trở lên".
_WORDS: Final = re.compile(r"[ \t]*[^\W\d][^\d,;:.!?()\[\]\n\t]{0,80}")
#: "từ" before a figure and "trở lên" after its noun: an inclusive lower bound.
_FROM: Final = re.compile(r"(?<!\w)từ[ \t]*$", re.IGNORECASE)
_UP: Final = re.compile(r"[ \t]*(?:[^\W\d]+[ \t]+){0,3}trở[ \t]+lên(?!\w)", re.IGNORECASE)
_CLAUSE_END: Final = re.compile(r"[,;:.!?\n\t]")
#: How far before a bound the share it qualifies may stand.
_BACK_CHARS = 200


def _bounds_share(text: str, share: Candidate, bound: Candidate) -> bool:
    """Whether *bound* says what *share*, the figure before it in its clause, counts."""
    start, end = share.span[1], bound.span[0]
    if end - start > _BACK_CHARS or start > end or "\t" in text[share.span[0] : bound.span[1]]:
        return False
    gap = text[start:end]
    quote = text[slice(*bound.span)]
    lead = gap + quote[: len(quote) - len(quote.lstrip(" \t"))]
    if bound.phrase.comparator in _BOUNDS and _MEASURE.search(lead) and _share(share):
        # "… đạt tải lượng vi rút dưới 1.000 bản sao/ml"; not "… và tỷ lệ … cân nặng … dưới 8%"
        return not _CLAUSE_END.search(gap) and not _ANOTHER.search(gap)
    if _OWN.search(gap) or _OWN.match(quote):  # "lên trên 90%", "đạt trên 50%"
        return False
    if _RELATIVE.fullmatch(_PLACES_COMMA.sub(" ", lead)) or _DOING.fullmatch(lead):
        return bound.phrase.comparator in _BOUNDS
    if _WORDS.fullmatch(lead) and _from_up(text, bound):  # "số vụ … từ 30 người trở lên"
        return True
    bracket = _BRACKET_BOUND.match(text, start)
    return (
        bracket is not None
        and not text[bracket.end() : end].strip()
        and "(" not in text[share.span[0] : start]
        and _dimension(share) != _dimension(bound)
    )


def _from_up(text: str, bound: Candidate) -> bool:
    """Whether *bound* reads "từ N … trở lên" (its quote may or may not hold "từ")."""
    quote = text[slice(*bound.span)]
    opened = quote.lstrip().lower().startswith("từ") or _FROM.search(
        text, max(0, bound.span[0] - 8), bound.span[0]
    )
    return bool(opened) and _UP.match(text, bound.span[1]) is not None


def _share(c: Candidate) -> bool:
    return str(getattr(c.value, "units", "")) == "percent"


def _names_bound(text: str, bound: Candidate, then: Candidate) -> bool:
    """Whether *bound* stands in the name of *then*, the clause's figure after it."""
    if bound.phrase.comparator not in _BOUNDS or then.span[0] - bound.span[1] > _BACK_CHARS:
        return False
    if "\t" in text[bound.span[0] : then.span[1]]:  # table cells are records of their own
        return False
    between = text[bound.span[1] : then.span[0]]
    if _CLAUSE_END.search(between) or _ANOTHER.search(between):  # "… trên 95% và tỷ lệ …"
        return False
    back = max(0, bound.span[0] - _BACK_CHARS)
    end = last_match(_CLAUSE_END, text, back, bound.span[0])
    lead = text[end.end() if end else back : bound.span[0]]
    named = _NAMED.fullmatch(lead)
    return named is not None and not _OWN.search(lead.rsplit("có", 1)[-1])


def _dimension(c: Candidate) -> object:
    return getattr(c.value, "dimensionality", None)


def without_bounds(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """*found* without the figures that bound what a share of their clause counts.

    See the module notes. Table cells (a tab in the quote) are records of their own.

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = ("Đến năm 2025, 80% cơ sở y tế có từ 50 giường bệnh trở lên áp dụng bệnh án "
    ...         "điện tử; 90% người dân được dùng nước sạch (tối thiểu 60 lít/người/ngày).")
    >>> [str(c.value) for c in without_bounds(text, find_figures(text))]
    ['80 percent', '90 percent']

    A bound with a verb of its own is a target:

    >>> text = "Đến năm 2025, tăng 10% số trạm y tế có bác sĩ lên trên 90% số trạm."
    >>> [str(c.value) for c in without_bounds(text, find_figures(text))]
    ['10 percent', '90 percent']
    """
    kept: list[Candidate] = []
    for i, c in enumerate(found):
        before = found[i - 1] if i else None
        then = found[i + 1] if i + 1 < len(found) else None
        if before is not None and _bounds_share(text, before, c):
            continue
        if then is not None and _names_bound(text, c, then):
            continue
        kept.append(c)
    return kept
