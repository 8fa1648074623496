"""The parts of a review: results apart from aims, wherever they start.

Year-end reviews, progress reports and the news of them give the results of a year, then
the aims of the next ("Kết quả thực hiện năm 2018 …", then "Phương hướng, nhiệm vụ năm
2019"). Their opening need not say so: a news page may open straight on a figure ("Tổng số
trẻ em sinh ra năm 2017 … là 12.995 trẻ, giảm 717 trẻ so với năm 2016"). A careful reader
reads each figure by the **part** it sits in, and a part starts where a heading or the lead
of a sentence (its first words) opens it:

* **results**: "Kết quả thực hiện", "kết quả đạt được", "đánh giá kết quả", "tình hình
  thực hiện", "sơ kết/tổng kết công tác …", "Theo báo cáo", "Theo thống kê", "So với chỉ tiêu
  giao", "ước thực hiện", "lũy kế", "đạt và vượt", "đã đạt được", "N tháng đầu năm",
  "tính đến", "đến nay", "năm qua", "thời gian qua", "ghi nhận", "Nhờ …", "Sau (hơn) ba năm
  thực hiện", "Qua 5 năm triển khai" (at the lead), "Để có kết quả
  này" (not after words of a task or a basis: "báo cáo kết quả thực hiện về Sở Y tế",
  "Căn cứ kết quả thực hiện …"); or a
  sentence that gives a level and then its change against an earlier time ("là 15,73‰,
  giảm 0,11‰ so với năm 2016"), as only a report does;
* **aims**: "Phương hướng", "nhiệm vụ năm 2019" ("năm 2019 nhiệm vụ …"), "nhiệm vụ trọng
  tâm", "nhiệm vụ, giải pháp", "giải pháp trong thời gian tới", "Chỉ tiêu năm 2019" ("Chỉ
  tiêu:" over a list; not "Chỉ tiêu giảm sinh đều đạt", a result), "Mục tiêu", "phấn đấu",
  "kế hoạch năm 2019", "6 tháng cuối năm", "năm tới", "ban hành Kế hoạch" (a plan issued).

A lead's first cue decides ("So với chỉ tiêu giao …" reports; "đạt và vượt nhiều chỉ tiêu"
reports). A part of results starts at its sentence; one of aims at its cue ("Năm 2023 đạt
90%, phấn đấu năm 2024 đạt 95%": the 90 % is not aimed at). A part runs on to the next
part's start, or to a heading that opens neither at its level or above (a sub-heading
under "I. KẾT QUẢ …" stays in the results). The text is read once, sentence by sentence,
each lead within a bounded window: linear in its length.

Examples
--------
>>> text = ("Năm 2018, toàn tỉnh đã đạt và vượt các chỉ tiêu. Tỷ lệ tiêm chủng đạt 96%.\\n"
...         "Năm 2019, tỉnh phấn đấu tỷ lệ tiêm chủng đạt 97%.")
>>> part_at(text, 70).kind, part_at(text, 120).kind
('results', 'aims')
>>> part_at(text, 120).cue
'phấn đấu'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from typing import Final

import attrs

from vnhealthplan.io.extract.segment import layout

__all__ = ["Part", "first_part", "part_at", "read_parts"]

#: How much of a sentence is its lead.
_LEAD_CHARS: Final = 150
#: The cues of a lead, on NFC lower-cased text ("đạt" folded would be "đất"): results first,
#: so that at one place "so với chỉ tiêu giao" reports before "chỉ tiêu" aims.
_CUES: Final = re.compile(
    r"(?<!\w)(?P<results>kết quả (?:thực hiện|đạt được|công tác|triển khai)"
    r"|đánh giá (?:kết quả|tình hình)|tình hình thực hiện"
    r"|(?:sơ|tổng) kết (?:công tác|năm|giai đoạn|\d|kết quả|tình hình|chương trình|đề án)"
    r"|theo (?:báo cáo|thống kê|số liệu)|so với (?:chỉ tiêu|kế hoạch)(?: được)? giao"
    r"|ước (?:thực hiện|tính đến)|lũy kế|luỹ kế|đạt và vượt|đã đạt được|đã hoàn thành"
    r"|vượt (?:chỉ tiêu|kế hoạch|mục tiêu)|\d{1,2} tháng đầu năm"
    r"|tính đến|đến nay|năm qua|thời gian qua|^\W*nhờ|^\W*để có (?:được )?kết quả"
    r"|^\W*(?:qua|sau)(?: hơn| gần)? (?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nhiều)"
    r" năm (?:thực hiện|triển khai)"
    r"|(?<!được )ghi nhận)(?!\w)"
    r"|(?<!\w)(?P<aims>phương hướng|nhiệm vụ (?:trọng tâm|chủ yếu)|nhiệm vụ,? giải pháp"
    r"|(?:nhiệm vụ|giải pháp)"
    r"(?=,? (?:năm \d|giai đoạn|thời gian tới|trong thời gian tới|\d{1,2} tháng|những tháng))"
    r"|năm (?:19|20)\d\d,? nhiệm vụ|(?:các |những )?chỉ tiêu(?: chủ yếu| cụ thể)?,? năm \d{4}"
    r"|^\W*(?:các |những )?chỉ tiêu(?: chủ yếu| cụ thể)?\s*(?=:)"
    r"|mục tiêu(?! quốc gia)|phấn đấu|kế hoạch năm \d{4}|thời gian tới|\d{1,2} tháng cuối năm"
    r"|những tháng cuối năm|năm tới|ban hành (?:kế hoạch|quyết định|chương trình|đề án))(?!\w)"
)
#: Words before a results cue that make it a task or a basis, not results: "Báo cáo kết quả
#: thực hiện về Sở Y tế", "Căn cứ kết quả thực hiện giai đoạn 2026 - 2030", "Phát huy kết
#: quả đạt được, năm 2024 phấn đấu …" (then the aim opens the part).
_TASK: Final = re.compile(
    r"(?<!\w)(?:căn cứ|báo cáo|tổng hợp|theo dõi|dự báo|hướng dẫn|định kỳ|hằng năm|hàng năm"
    r"|phát huy|trên cơ sở|dựa trên|dựa vào|kế thừa)(?!\w)"
)
#: A level, then its change against an earlier time ("là 12.995 trẻ, giảm 717 trẻ so với
#: năm 2016"; "đạt 61%, tăng 3% so với cùng kỳ"): a figure reported with its trend.
_WITH_TREND: Final = re.compile(
    r"(?<!\w)(?:là|đạt|có)\s+(?:khoảng\s+|gần\s+|trên\s+|hơn\s+)?\d[\d.,]*[^\d,;.()]{0,30},\s*"
    r"(?:giảm|tăng)(?:\s+thêm)?\s+\d[\d.,]*[^;.()]{0,30}?so với(?!\s+(?:chỉ tiêu|kế hoạch))"
)
#: A sentence's end: ".", "!", "?" or "…" then a blank (not the dot of "1.200"), or a line end.
_SENTENCE: Final = re.compile(r"[^\n]*?(?:[.!?…](?=\s)|$)", re.MULTILINE)


@attrs.frozen
class Part:
    """Where a part of a text starts, what it gives and the words that opened it.

    Parameters
    ----------
    start : int
    kind : {"results", "aims", ""}
        "" for text that no part's start governs.
    cue : str
        The opening words, lower-cased ("kết quả thực hiện", "phấn đấu"), or "a level with
        its change" for a sentence that reports a trend.
    level : int, optional
        The heading level that opened it; None for a sentence's lead.

    Examples
    --------
    >>> Part(0, "results", "sơ kết").kind
    'results'
    """

    start: int
    kind: str
    cue: str = ""
    level: int | None = None


_NONE: Final = Part(0, "")


def _lower(words: str) -> str:
    return unicodedata.normalize("NFC", words).lower()


def _cue(lead: str, sentence: str) -> tuple[str, str, int]:
    """The kind and the cue a sentence opens with, and where in it the part starts: at the
    sentence for results, at the cue for aims (the words before "phấn đấu" are not aimed
    at). (("", "", 0) if none.)"""
    lower = _lower(lead)
    for found in _CUES.finditer(lower):
        if found.group("aims"):
            return "aims", found.group(), found.start()
        if not _TASK.search(lower, 0, found.start()):
            return "results", found.group(), 0
    if _WITH_TREND.search(_lower(sentence)):
        return "results", "a level with its change", 0
    return "", "", 0


def _parts(text: str) -> list[Part]:
    parts: list[Part] = []
    current = _NONE
    for line in layout(text):
        start, end = line.span
        if line.cells or start == end:
            continue
        if line.level is not None:
            kind, cue, _ = _cue(text[start:end][:_LEAD_CHARS], "")
            if kind:
                current = Part(start, kind, cue, line.level)
                parts.append(current)
            elif current.kind and (current.level is None or current.level >= line.level):
                current = Part(start, "", "", line.level)
                parts.append(current)
            continue
        for found in _SENTENCE.finditer(text, start, end):
            if found.end() - found.start() < 3:
                continue
            sentence = text[found.start() : found.end()]
            kind, cue, at = _cue(sentence[:_LEAD_CHARS], sentence)
            if kind and kind != current.kind:
                current = _opened(parts, current, Part(found.start() + at, kind, cue))
        if parts and parts[-1].level is None and current.level is not None and current.kind:
            current = attrs.evolve(current, start=end + 1)  # a heading's part goes on
            parts.append(current)
    return parts


def _opened(parts: list[Part], current: Part, part: Part) -> Part:
    """Open *part* at a sentence: for good under no heading, to its line's end within a
    heading's part (which goes on after it)."""
    parts.append(part)
    return current if current.level is not None and current.kind else part


@functools.lru_cache(maxsize=8)
def read_parts(text: str) -> tuple[Part, ...]:
    """The parts of *text* that open results or aims, and the starts that close them, in
    text order (see the module notes).

    Examples
    --------
    >>> text = "I. KẾT QUẢ THỰC HIỆN NĂM 2018\\n1. Dân số\\nII. PHƯƠNG HƯỚNG NĂM 2019\\n"
    >>> [(p.kind, p.cue) for p in read_parts(text)]
    [('results', 'kết quả thực hiện'), ('aims', 'phương hướng')]
    """
    return tuple(_parts(text))


@functools.lru_cache(maxsize=8)
def _starts(text: str) -> list[int]:
    return [p.start for p in read_parts(text)]


def part_at(text: str, at: int) -> Part:
    """The part of *text* that position *at* sits in (kind "" when none governs it).

    Examples
    --------
    >>> text = "Theo báo cáo, tỷ lệ bao phủ đạt 90%."
    >>> part_at(text, 32)
    Part(start=0, kind='results', cue='theo báo cáo', level=None)
    >>> part_at("Tỷ lệ bao phủ đạt 90%.", 18).kind
    ''
    """
    found = bisect_right(_starts(text), at) - 1
    return read_parts(text)[found] if found >= 0 else _NONE


def first_part(text: str) -> str:
    """The kind of the first part *text* opens ("" if none): a text whose first part gives
    results is a report, whatever its opening says.

    Examples
    --------
    >>> first_part("Tổng số trẻ sinh ra năm 2017 là 12.995 trẻ, giảm 717 trẻ so với năm 2016.")
    'results'
    >>> first_part("Năm 2025, tỉnh phấn đấu 95% trẻ được tiêm chủng. Năm qua, tỉnh đạt 93%.")
    'aims'
    """
    parts = read_parts(text)
    return next((p.kind for p in parts if p.kind), "")
