"""Counts and sums a sentence that sets targets lists without a verb or year of their own.

A count ("140 cơ sở", "3 bệnh viện", "6.000 hộ") becomes a target only with a verb or lead
word and a target section, a dated section or a year in its own sentence, and a sum of
money only with a verb, a target section, a year or a budget line (:mod:`.targets`): a
plan's background is full of counts ("Toàn tỉnh có 173 trạm y tế"). News pages and
summaries, though, state a plan's counts in the sentence that sets its aims, with no verb of
their own: "Theo kế hoạch, tỉnh sẽ phát triển 3 bệnh viện …", "… sản lượng đạt trên 450.000
tấn; thẩm định, xếp loại 140 cơ sở; 6.000 hộ ký cam kết …", "2016 - 2018 loại trừ sốt rét
tại thành phố (gồm 21 xã, phường)". Such a count or sum, read as a target by its words (no
status cue: :mod:`.status` already said so) but not stated as one, is an *aside*
(:data:`ASIDE`); :func:`promote` drafts it as a target when its sentence aims:

* a target is drafted from the same sentence, or an aside before it in the sentence is
  promoted (a list of targets), or
* an aim word stands before it in its sentence, in its own item of a list cut by ";"
  ("phấn đấu nâng cao chất lượng; ban hành hướng dẫn cho 15 xã" does not aim the 15):
  "mục tiêu", "chỉ tiêu", "phấn đấu", "đặt ra", "đề ra", "hướng tới", "tiêu chí", "định
  hướng", "theo kế hoạch", "sẽ";

and it is none of these:

* a figure of the present or the past: its own clause has a status word ("đã", "hiện",
  "vừa", "chiếm", "ghi nhận", "công nhận", "cùng kỳ", "trong đó", "tổng số" …);
* the place an aim is carried out, or all there are: "Thành lập Khoa Lão tại 02 bệnh viện",
  "tại tất cả 56 phường, xã";
* one item of a bracket after other words: "Có 06 bệnh viện (Bệnh viện A, 02 bệnh viện khu
  vực …)" lists what the words before it hold ("(gồm 21 xã, phường)" may be an aim);
* a span of time: "10 năm", "1.000 ngày", "24 giờ" say how long, not how many.

Its confidence is lowered (:data:`PROMOTED_COST`) and a reason says why; the other asides
are dropped, as before, and listed as figures not read (:mod:`.unread`).

A ceiling read as a status figure ("Mục tiêu … khi đạt được các tiêu chí: Số người nhiễm
HIV phát hiện dưới 1.000 ca mỗi năm") is a target too, at the same lower confidence, when an
aim word stands before it in its sentence: reports give the level reached, plans the ceiling
to keep under ("dưới", "không quá"). Not when its own clause reports it ("còn dưới 18%",
"đạt dưới", "hiện", "đã", "ước" …), its sentence gives results ("Kết quả …") or its year is
before the plan's.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_targets
>>> text = "Chỉ tiêu đến năm 2028 là 100% xã có trạm y tế đạt chuẩn, 30 xã có điểm sơ cứu."
>>> [(str(c.value), c.period.code, c.confidence) for c in find_targets(text)]
[('100 percent', '2028', 1.0), ('30 commune', '2028', 0.3)]
>>> find_targets("Toàn tỉnh có 3 bệnh viện đảm nhiệm chức năng vùng.")  # no aim
[]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

import attrs

from vnhealthplan.core.vocab import Comparator
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.reasons import reason

__all__ = ["ASIDE", "PROMOTED_COST", "promote"]

Span = tuple[int, int]

#: The role of a count read as a target by its words but not stated as one.
ASIDE: Final = "aside"
#: How much a promoted aside's confidence is lowered.
PROMOTED_COST: Final = 0.4
#: How far from the value its sentence is read, each way.
_SENTENCE_CHARS: Final = 400
#: A sentence's end: ".", "!", "?" before a blank and a word not in lower case, or a line end.
_STOP: Final = re.compile(r"[.!?…](?=[ \t]+[^\s\w]*[A-ZĐÀ-Ỹ\d])|\n")
_AIM: Final = re.compile(
    r"(?<!\w)(?:mục tiêu|chỉ tiêu|phấn đấu|đặt ra|đề ra|hướng tới|tiêu chí|định hướng"
    r"|theo kế hoạch|sẽ)(?!\w)",
    re.IGNORECASE,
)
#: A status word in the value's own clause: the count is of the present or the past.
_STATUS: Final = re.compile(
    r"(?<!\w)(?:đã|(?<!phát )hiện|vừa|chiếm|ghi nhận|công nhận|cùng kỳ|trong đó|mới đạt|chỉ đạt"
    r"|đạt được|còn lại|tổng số|quy mô)(?!\w)",
    re.IGNORECASE,
)
#: In the count's own clause: the count is where an aim is carried out or all there are
#: ("Thành lập Khoa Lão tại 02 bệnh viện", "tại tất cả 56 phường, xã"), not an aim.
_SCOPE: Final = re.compile(
    r"(?<!\w)(?:tất cả|toàn bộ)(?!\w)|(?<!\w)(?:tại|ở)[ \t]+(?:các[ \t]+)?\d", re.IGNORECASE
)
#: Where the value's own clause starts: after ";", ":", "," or a line end.
_CLAUSE: Final = re.compile(r"[;:,\n]")
#: The opening of a bracket a count may stand in: "(gồm 21 xã, phường)", "(25 xã)".
_BRACKET_HEAD: Final = re.compile(r"\([ \t]*(?:(?:bao[ \t]+)?gồm[ \t]+)?$", re.IGNORECASE)
#: A sentence's end in prose broken into lines: a sentence stop or a blank line.
_PROSE_STOP: Final = re.compile(r"[.!?…](?=[ \t\n]+[^\s\w]*[A-ZĐÀ-Ỹ\d])|\n[ \t]*\n")
#: Before a ceiling in its sentence: the results it reports.
_RESULTS: Final = re.compile(r"(?<!\w)kết quả(?!\w)", re.IGNORECASE)
#: The comparators of a ceiling.
_CEILINGS: Final = (Comparator.LT, Comparator.LE)
#: A word of a ceiling's own clause that reports it: "còn dưới 18%", "đạt dưới 5%".
_REPORTED: Final = re.compile(
    r"(?<!\w)(?:còn|đạt|là|(?<!phát )hiện|đã|ước|vẫn|ghi nhận|cùng kỳ)(?!\w)", re.IGNORECASE
)
#: A span of time, not a count: "10 năm", "1.000 ngày", "24 giờ".
_TIME: Final = re.compile(r"(?:năm|ngày|tháng|tuần|giờ|phút)\W*$", re.IGNORECASE)


def _sentence(text: str, span: Span, stops: re.Pattern[str] = _STOP) -> Span:
    """The sentence of the value at *span*, read no further than a bounded window."""
    low = max(0, span[0] - _SENTENCE_CHARS)
    start = low
    for m in stops.finditer(text, low, span[0]):
        start = m.end()
    stop = stops.search(text, span[1], span[1] + _SENTENCE_CHARS)
    return start, stop.end() if stop else min(len(text), span[1] + _SENTENCE_CHARS)


def _listed_inside(text: str, sentence: Span, start: int) -> bool:
    """Whether the count at *start* stands inside a bracket, after other words: one item of
    what the words before the bracket hold ("Có 06 bệnh viện (Bệnh viện A, 02 bệnh viện
    khu vực …)"), not an aim of its own."""
    opened = text.rfind("(", sentence[0], start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    return not _BRACKET_HEAD.search(text, opened, start)


def _cue(text: str, found: Candidate, sentence: Span, starts: Sequence[int], last: int) -> str:
    """Why *found* is a target, from its sentence: "" if nothing aims or its clause reports.

    *starts* are where the targets start, *last* where the last aside promoted before
    *found* starts (-1 if none): one of a list of them."""
    value = text[found.span[0] : found.span[1]]
    if _TIME.search(value) or _listed_inside(text, sentence, found.span[0]):
        return ""
    clause = sentence[0]
    for m in _CLAUSE.finditer(text, sentence[0], found.span[0]):
        clause = m.end()
    if _STATUS.search(text, clause, found.span[1]) or _SCOPE.search(text, clause, found.span[1]):
        return ""
    first = bisect.bisect_left(starts, sentence[0])
    if (first < len(starts) and starts[first] < sentence[1]) or last >= sentence[0]:
        return reason(
            "a count listed with targets in its sentence, without a verb or year of its own"
        )
    item = text.rfind(";", sentence[0], found.span[0]) + 1 or sentence[0]  # its list item
    aim = _AIM.search(text, item, found.span[1])
    if aim is None:
        return ""
    return reason(
        "a count in a sentence with the aim word '{word}', without a verb or year of its own",
        word=aim.group(),
    )


def _ceiling(text: str, found: Candidate, doc_year: int | None) -> Candidate | None:
    """*found*, a status figure, as a target if it is a ceiling nothing reports."""
    if found.phrase.comparator not in _CEILINGS or found.upper is not None:
        return None
    if doc_year is not None and found.period.last_year < doc_year:
        return None
    lead = (_sentence(text, found.span, _PROSE_STOP)[0], found.span[1])
    if not _AIM.search(text, *lead) or _RESULTS.search(text, *lead):
        return None
    clause = lead[0]
    for m in _CLAUSE.finditer(text, lead[0], found.span[0]):
        clause = m.end()
    if _REPORTED.search(text, clause, found.span[1]) or _STATUS.search(text, clause, found.span[1]):
        return None
    why = reason(
        "a ceiling ({comparator}) with no status word of its own: a plan's aim, not a level "
        "reached",
        comparator=found.phrase.comparator.symbol,
    )
    confidence = round(max(0.05, found.confidence - PROMOTED_COST), 2)
    return attrs.evolve(found, role="target", confidence=confidence, reasons=(*found.reasons, why))


def promote(text: str, found: Sequence[Candidate], doc_year: int | None = None) -> list[Candidate]:
    """*found* (in text order) with its asides drafted as targets when their sentence aims,
    else dropped, and its ceilings read as status figures drafted as targets (see the
    module notes). *doc_year* is the plan's year.

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = ("Mục tiêu năm 2022: sản lượng đạt 45%; thẩm định, xếp loại 140 cơ sở; "
    ...         "6.000 hộ ký cam kết sản xuất thực phẩm an toàn.")
    >>> [(c.role, c.value.magnitude, c.confidence) for c in find_figures(text)]
    [('target', 45, 0.7), ('target', 140, 0.3), ('target', 6000, 0.3)]
    >>> print(find_figures(text)[1].reasons[-1])
    a count listed with targets in its sentence, without a verb or year of its own
    """
    found = [(_ceiling(text, c, doc_year) or c) if c.role == "observation" else c for c in found]
    if not any(c.role == ASIDE for c in found):
        return found
    starts = [c.span[0] for c in found if c.role == "target"]
    kept, last = [], -1
    for c in found:
        if c.role != ASIDE:
            kept.append(c)
        elif why := _cue(text, c, _sentence(text, c.span), starts, last):
            last = c.span[0]
            confidence = round(max(0.05, c.confidence - PROMOTED_COST), 2)
            kept.append(
                attrs.evolve(c, role="target", confidence=confidence, reasons=(*c.reasons, why))
            )
    return kept
