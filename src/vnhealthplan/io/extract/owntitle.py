"""The plan's own title where its header does not carry it: a decision's first article, the
heading of the plan it attaches, a news lead that names the document it reports.

A decision that issues a plan names it in its first article: "Điều 1. Ban hành kèm theo
Quyết định này Kế hoạch hoạt động … đến năm 2020 trên địa bàn tỉnh", "Điều 1. Phê duyệt Kế
hoạch phòng chống lao tỉnh, giai đoạn 2021-2025." (:func:`article_title`). The plan then
follows under its own heading, over the line that attaches it to the decision ("QUẢN LÝ …
GIAI ĐOẠN 2021 - 2025\\n(Kèm theo Quyết định số 2903/QĐ-UBND ngày …)",
:func:`attached_heading`), which a page that flattened the decision's layout may leave with
no "KẾ HOẠCH" line above it. A news item opens on the document it reports: "Tại Nghị quyết
số 262/2025/QH15 phê duyệt chủ trương đầu tư Chương trình … giai đoạn 2026 - 2035 …"
(:func:`reported_title`). The years these titles name are the plan's own period
(:func:`~.deadlines.title_deadlines`); a vision written without "năm" ("tầm nhìn 2030")
counts too (:func:`vision_years`).

Each reads a bounded part of the text: linear in its length.

Examples
--------
>>> text = "QUYẾT ĐỊNH:\\nĐiều 1. Phê duyệt Kế hoạch phòng chống lao tỉnh, giai đoạn 2021-2025.\\n"
>>> text[slice(*article_title(text))]
'phòng chống lao tỉnh, giai đoạn 2021-2025'
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.planyear import plan_year, plan_years
from vnhealthplan.model.period import Period

__all__ = [
    "article_title",
    "attached_heading",
    "own_titles",
    "phases",
    "reported_title",
    "vision_years",
]

Span = tuple[int, int]

_KINDS: Final = r"(?:Kế hoạch|Chương trình|Đề án|Chiến lược|Dự án)"
#: "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …" and its variants; the title runs to
#: the sentence's end or to a bracket ("(Kế hoạch kèm theo)").
_ARTICLE: Final = re.compile(
    r"(?m)^[ \t]*Điều[ \t]+1[ \t]*[.:][ \t]*(?:Ban[ \t]+hành|Phê[ \t]+duyệt)\s+"
    r"(?:(?:kèm|ban hành kèm)\s+theo\s+Quyết\s+định\s+này\s*,?\s*)?"
    + _KINDS
    + r"\s+(?P<title>[^.;:()]{10,400}?)(?=\s*(?:[.;:(]|\n[ \t]*\n|\n[ \t]*Điều\b|$))"
)
#: The line that attaches a plan to its decision: "(Kèm theo Quyết định số 981/QĐ-UBND …)".
_ATTACHED: Final = re.compile(
    r"(?im)^[ \t]*\((?:ban hành[ \t]+)?kèm[ \t]+theo[ \t]+(?:quyết định|kế hoạch|công văn|"
    r"nghị quyết|văn bản|tờ trình)\b"
)
#: A heading of what was done, not of the plan: "KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2016-2020".
_REVIEW_HEADING: Final = re.compile(r"KẾT QUẢ|TỔNG KẾT|SƠ KẾT|ĐÁNH GIÁ|THỰC TRẠNG|TÌNH HÌNH")
#: How many heading lines above that line are read, at most.
_HEADING_LINES: Final = 4
#: A news lead that names the document it reports: "Tại Nghị quyết số 262/2025/QH15 phê
#: duyệt chủ trương đầu tư Chương trình …", "Theo Quyết định số 1/QĐ-TTg phê duyệt Đề án …".
_REPORTED: Final = re.compile(
    r"(?:Tại|Theo)[ \t]+(?:Quyết định|Nghị quyết)[ \t]+(?:số[ \t]+)?\d{1,5}[/\w\-]*"
    r"(?:[ \t,]+ngày[ \t]+\d{1,2}/\d{1,2}/\d{4})?[ \t,]+(?:(?:của[^,\n]{2,60}?[ \t]+)?)"
    r"(?:phê duyệt|ban hành)[ \t]+(?:chủ trương đầu tư[ \t]+)?"
    + _KINDS
    + r"(?P<title>[^.;:\n]{10,300}?)(?=[ \t]+(?:đã|được|vừa)\b|[.;:\n])"
)
#: How far into a news item its lead is read.
_LEAD_CHARS: Final = 400
#: A lead opens with a news agency's tag or a dateline: "(Ngày Nay) - ", "BPO - ", "VOV.VN - ".
_LEAD: Final = re.compile(r"(?m)^[ \t]*(?:\([^()\n]{1,20}\)|[A-ZĐ][A-ZĐ.]{1,9})[ \t]*[-–—][ \t]*")
#: The plan named by its bare kind, with a span of years: a phase of its own ("nguồn vốn
#: thực hiện Chương trình giai đoạn 2031 - 2035").
_PHASE: Final = re.compile(
    r"(?<!\w)(?:Chương trình|Kế hoạch|Đề án|Chiến lược)[ \t]+(?P<words>(?:giai đoạn|thời kỳ)[ \t]+"
    r"(?P<a>(?:19|20)\d\d)[ \t]*[-–][ \t]*(?P<b>(?:19|20)\d\d))(?![\d/])"
)
#: Words that review the phase, in its clause: "kết quả thực hiện của Chương trình …".
_PHASE_REVIEWED: Final = re.compile(
    r"(?i)(?<!\w)(?:kết quả|tổng kết|sơ kết|đánh giá|qua)(?!\w)[^.;:!?\n,]{0,40}$"
)
#: A vision year without "năm": "tầm nhìn 2030", "TẦM NHÌN 2045".
_VISION: Final = re.compile(r"(?i)(?<!\w)tầm[ \t]+nhìn[ \t]+(?P<year>(?:19|20)\d\d)(?![\d/])")


def article_title(text: str) -> Span | None:
    """Where the first article of a decision names the plan it issues or approves (after
    its kind: "Kế hoạch", "Chương trình", "Đề án" …); None without such an article.

    Examples
    --------
    >>> text = ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hoạt động đến năm 2020 "
    ...         "trên địa bàn tỉnh (Kế hoạch kèm theo).")
    >>> text[slice(*article_title(text))]
    'hoạt động đến năm 2020 trên địa bàn tỉnh'
    >>> article_title("Điều 1. Quyết định này có hiệu lực kể từ ngày ký.") is None
    True
    """
    m = _ARTICLE.search(text)
    return None if m is None else m.span("title")


def _capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and "|" not in line


def attached_heading(text: str) -> Span | None:
    """Where the heading of the first plan attached to a decision stands: the capitalised
    lines just above its "(Kèm theo Quyết định số …)" line, up to a "KẾ HOẠCH" line or a
    line that is not a heading; None if there is none.

    Examples
    --------
    >>> text = ("Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\\nPHÒNG CHỐNG LAO\\nGIAI ĐOẠN 2021 - 2025\\n"
    ...         "(Kèm theo Quyết định số 9/QĐ-UBND ngày 7/8/2020)\\n1. Mục tiêu")
    >>> text[slice(*attached_heading(text))]
    'PHÒNG CHỐNG LAO\\nGIAI ĐOẠN 2021 - 2025'
    """
    m = _ATTACHED.search(text)
    if m is None:
        return None
    end = start = text.rfind("\n", 0, m.start())
    if end <= 0:
        return None
    for _ in range(_HEADING_LINES):
        begin = text.rfind("\n", 0, start) + 1
        line = text[begin:start].strip()
        if not _capitals(line) or line in ("KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN"):
            break
        start = begin - 1
        if begin == 0:
            break
    first = start + 1
    if first >= end or _REVIEW_HEADING.search(text, first, end):
        return None
    return first, end


def reported_title(text: str) -> Span | None:
    """Where a news item's lead names the document it reports, after its kind: "Tại Nghị
    quyết số 262/2025/QH15 phê duyệt chủ trương đầu tư Chương trình … giai đoạn 2026 -
    2035 đã được …"; only in the lead (the line that opens with an agency's tag).

    Examples
    --------
    >>> text = ("(TTXVN) - Tại Quyết định số 12/QĐ-TTg phê duyệt Đề án phòng chống sốt rét "
    ...         "giai đoạn 2026 - 2030 đã được ký, …")
    >>> text[slice(*reported_title(text))]
    'phòng chống sốt rét giai đoạn 2026 - 2030'
    >>> reported_title("Căn cứ Quyết định số 12/QĐ-TTg phê duyệt Đề án phòng chống …") is None
    True
    """
    lead = _LEAD.search(text, 0, _LEAD_CHARS)
    if lead is None:
        return None
    m = _REPORTED.match(text, lead.end())
    if m is None:
        return None
    start = m.start("title") + len(m.group("title")) - len(m.group("title").lstrip())
    return start, m.end("title")


def own_titles(text: str) -> list[Span]:
    """The spans of the plan's own titles these rules find (:func:`article_title`,
    :func:`attached_heading`, :func:`reported_title`), in that order.

    Examples
    --------
    >>> text = "Điều 1. Phê duyệt Đề án phòng chống sốt rét giai đoạn 2026-2030.\\n"
    >>> [text[slice(*span)] for span in own_titles(text)]
    ['phòng chống sốt rét giai đoạn 2026-2030']
    """
    found = (article_title(text), attached_heading(text), reported_title(text))
    return [span for span in found if span is not None]


def phases(text: str, own: list[Period]) -> list[tuple[Period, str, Span]]:
    """The phases of the plan named by its bare kind ("Chương trình giai đoạn 2031 - 2035"),
    each inside one of its *own* periods, and not one its clause reviews ("kết quả thực hiện
    của Chương trình giai đoạn 2026 - 2030"): each as its period, words and span.

    Examples
    --------
    >>> text = "Chính phủ trình Quốc hội nguồn vốn thực hiện Chương trình giai đoạn 2031 - 2035."
    >>> [(p.code, q) for p, q, _ in phases(text, [Period.years(2026, 2035)])]
    [('2031-2035', 'giai đoạn 2031 - 2035')]
    >>> phases(text, [Period.years(2021, 2030)])
    []
    """
    found: list[tuple[Period, str, Span]] = []
    if not own:
        return found
    for m in _PHASE.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a >= b or _PHASE_REVIEWED.search(text, max(0, m.start() - 50), m.start()):
            continue
        period = plan_years(a, b)
        if period is not None and any(o.start <= period.start and period.end <= o.end for o in own):
            found.append((period, m.group("words"), m.span("words")))
    return found


def vision_years(text: str, start: int, end: int) -> list[tuple[Period, Span]]:
    """The vision years written without "năm" in ``text[start:end]`` ("tầm nhìn 2030"),
    each with the span of its words.

    Examples
    --------
    >>> [(p.code, span) for p, span in vision_years("đến năm 2020 và tầm nhìn 2030", 0, 29)]
    [('2030', (16, 29))]
    """
    found = ((plan_year(m.group("year")), m.span()) for m in _VISION.finditer(text, start, end))
    return [(period, span) for period, span in found if period is not None]
