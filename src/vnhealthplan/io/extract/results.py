"""Reports of results are not plans: their figures are status figures unless something aims.

Year-end reviews ("tổng kết công tác y tế năm 2025"), statistical yearbooks ("Niên giám
thống kê"), mid-year reports ("6 tháng đầu năm 2020") and news of results ("Theo CDC tỉnh
cho biết, tính đến tháng 11/2025, toàn tỉnh có …") give figures of what was done. There the
verbs a plan aims with — "đạt 86,8%", "là 99,82 nam/100 nữ", "xuống còn 17,1%", "giảm 80%
so với cùng kỳ" — say what was reached. A careful reader takes such a figure as a **status
figure** of the report's year unless an explicit aim governs its sentence ("phấn đấu",
"mục tiêu", "chỉ tiêu giao", "kế hoạch", "đến năm" a later year, "bảo đảm", "duy trì" …)
or its sentence names a year after the report's.

**Is the text a report?** Its opening (the title and the first lines, a bounded window)
reports: "tổng kết", "sơ kết", "kết quả", "báo cáo", "niên giám", "thống kê", "năm qua",
"cho biết", "ghi nhận", "tính đến", "đến nay", "N tháng đầu năm", "đã hoàn thành" (a year
alone, "Năm 2024, tỷ lệ … là 93%", says nothing of tense) — before any word that sets out a
plan or a decision ("KẾ HOẠCH", "QUYẾT ĐỊNH", "Căn cứ", "phê duyệt", "mục tiêu", "phấn
đấu", "chiến lược" …): a news page of a new strategy is not a report.

**The report's year.** A news page often has no date. Its year is the latest year the text
states as present or past: a year written in a date ("ngày 5/11/2025", "tháng 11/2025"), or
after "năm" — not one to reach ("đến năm 2030", "vào năm 2025"), not the last of a span
("2021-2030"), not in a sentence that aims ("phấn đấu", "mục tiêu", "nhiệm vụ", "phương
hướng", "kế hoạch"); a year compared with ("so với cùng kỳ năm 2024") says the report is
of the year after it, at the earliest. The scan is bounded and runs once per text.

Examples
--------
>>> text = "Năm 2024, toàn tỉnh ghi nhận 439 ca sốt xuất huyết, giảm 80% so với cùng kỳ."
>>> is_report(text), report_year(text)
(True, 2024)
>>> is_report("KẾ HOẠCH Phòng, chống sốt xuất huyết năm 2025")
False
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.newsplan import span_year
from vnhealthplan.io.extract.reasons import Reason, reason
from vnhealthplan.io.extract.reviewparts import first_part, part_at
from vnhealthplan.io.extract.stops import last_match

__all__ = [
    "document_year",
    "explicit_aim",
    "governing",
    "is_report",
    "reached_pair",
    "report_year",
    "reported",
]

#: How much of a text's start is its opening (title and lead).
_OPENING_CHARS: Final = 700
#: Words of an opening that reports results (lower case: folded, "tính đến" would be the
#: "tỉnh đến" of "từ tuyến tỉnh đến tuyến xã").
_REPORTS: Final = re.compile(
    r"(?<!\w)(?:tổng kết|sơ kết|kết quả|báo cáo|niên giám|thống kê|năm qua|cho biết|ghi nhận"
    r"|tính đến|đến nay|đã hoàn thành|\d{1,2} tháng đầu năm|thông tin từ)(?!\w)"
)
#: Words of an opening that sets out a plan or a decision ("kế hoạch hóa gia đình" is
#: family planning, not a plan).
_PLANS: Final = re.compile(
    r"(?<!\w)(?:kế hoạch(?! hóa| hoá)|quyết định|căn cứ|phê duyệt|ban hành|mục tiêu|phấn đấu"
    r"|đặt ra|chiến lược|đề án)(?!\w)"
)
#: Explicit aims (lower case; "đạt", "xuống", "còn", "lên" are not: in a report they say
#: what was reached; nor are "được bảo đảm", "được duy trì", done, nor the names "chương
#: trình mục tiêu quốc gia", "kế hoạch hóa gia đình", nor the quota a result is measured
#: against, "so với chỉ tiêu giao", "vượt kế hoạch").
_AIM: Final = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu(?! quốc gia)|chỉ tiêu|kế hoạch(?! hóa| hoá)|định hướng|hướng tới"
    r"|nhằm|(?<!được )(?:bảo đảm|đảm bảo|duy trì)|tối thiểu|ít nhất|không quá|không vượt"
    r"|khống chế|không để|phải|cần|sẽ|dự kiến"
    r"|đề ra|được giao|nhiệm vụ|phương hướng)(?!\w)"
)
#: The quota a result is measured against ("So với chỉ tiêu giao năm 2019, đến nay … đạt
#: 23,8%", "vượt kế hoạch"), not an aim; unless the quota itself follows ("so với kế hoạch
#: giao 90%": that figure is the plan's).
_MEASURED: Final = re.compile(
    r"(?<!\w)(?:so với|vượt)\s+(?>(?:các\s+)?(?:chỉ tiêu|kế hoạch)(?:\s+được)?(?:\s+giao)?"
    r"(?:\s+năm\s+\d{4})?)(?!\s*(?:là\s*)?\d)"
)
#: A year: after "năm", or closing a date ("5/11/2025", "11/2025").
_YEAR: Final = re.compile(r"(?<!\w)(?:năm\s+|\d{1,2}\s*/\s*(?:\d{1,2}\s*/\s*)?)((?:19|20)\d\d)\b")
#: A year to reach, or the end of a span.
_TO_REACH: Final = re.compile(
    r"\b(?:(?<!tinh )den|toi|vao|giai doan)(?:\s+het|\s+cuoi)?(?:\s+nam)?\s*$"
)
_SPAN_END: Final = re.compile(r"(?:19|20)\d\d\s*[-–]\s*$")
_COMPARED: Final = re.compile(r"\b(?:cung ky|so voi)(?:\s+nam)?\s*$")
#: Verbs a plan aims with that, in a report, say what was reached.
_RESULT_VERB: Final = re.compile(r"(?<!\w)(?:đạt|xuống còn|còn|giảm|tăng|là|lên)(?!\w)")
_SENTENCE: Final = re.compile(r"[^.!?\n]+")
_SCAN_CHARS: Final = 20_000


def explicit_aim(words: str) -> str:
    """The first explicit aim word of *words*, lower-cased ("" if none).

    Examples
    --------
    >>> explicit_aim("Năm 2025, phấn đấu tỷ lệ đạt 95%")
    'phấn đấu'
    >>> explicit_aim("tỷ lệ bao phủ đạt 86,8%")
    ''
    >>> explicit_aim("So với chỉ tiêu giao năm 2019, đến nay vòng tránh thai đạt 23,8%")
    ''
    """
    found = _AIM.search(_MEASURED.sub(" ", words.lower()))
    return found.group() if found else ""


@functools.lru_cache(maxsize=8)
def is_report(text: str) -> bool:
    """Whether *text* opens as a report of results, not a plan (see the module notes); an
    opening that says neither is read on to the first part that opens results or aims
    (:func:`~vnhealthplan.io.extract.reviewparts.first_part`).

    Examples
    --------
    >>> is_report("Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2025.")
    True
    >>> is_report("Tỷ suất sinh năm 2017 của tỉnh là 15,73‰, giảm 0,11‰ so với năm 2016.")
    True
    """
    opening = unicodedata.normalize("NFC", text[:_OPENING_CHARS]).lower()
    reports = _REPORTS.search(opening)
    plans = _PLANS.search(opening)
    if plans is None and reports is None:
        return first_part(text) == "results"
    return reports is not None and (plans is None or reports.start() < plans.start())


@functools.lru_cache(maxsize=8)
def report_year(text: str) -> int | None:
    """The latest year *text* states as present or past (see the module notes), or None.

    Examples
    --------
    >>> report_year("Tổng kết năm 2025, triển khai nhiệm vụ năm 2026.")
    2025
    >>> report_year("Số ca giảm 68,2% so với cùng kỳ năm 2024.")
    2025

    A page's stamp ("Thứ 6, 02/08/2019 | 19:48:00") bounds it: the page was published then.

    >>> report_year("Thứ 5, 20/11/2025 03:23:56\\nThứ 6, 02/08/2019 | 19:48\\nSơ kết năm 2019.")
    2019
    """
    lower = unicodedata.normalize("NFC", text[:_SCAN_CHARS]).lower()
    same = len(lower) == len(text[:_SCAN_CHARS])  # places in *lower* are places in *text*
    latest: int | None = None
    for sentence in _SENTENCE.finditer(lower):
        words = sentence.group()
        aim = _AIM.search(words)
        if aim and not _SAID_DONE.search(words, 0, aim.start()):
            continue  # "Năm 2019, toàn tỉnh tiếp tục duy trì …": the year of the aim
        for found in _YEAR.finditer(words, 0, aim.start() if aim else len(words)):
            before = fold(words[max(0, found.start() - 30) : found.start(1)])
            year = int(found.group(1))
            if _TO_REACH.search(before) or _SPAN_END.search(words, 0, found.start(1)):
                continue
            if same and part_at(text, sentence.start() + found.start()).kind == "aims":
                continue  # "Phương hướng, nhiệm vụ năm 2019": the year to come
            if _COMPARED.search(before):
                year += 1
            latest = year if latest is None else max(latest, year)
    stamped = min((int(y) for y in _STAMP.findall(lower)), default=None)
    return latest if stamped is None or latest is None else min(latest, stamped)


#: Words before a sentence's aim that say something done or found ("Tổng kết năm 2025,
#: triển khai nhiệm vụ năm 2026": 2025 is the report's year).
_SAID_DONE: Final = re.compile(
    r"(?<!\w)(?:đã|đạt|là|có|giảm|tăng|ghi nhận|tổng kết|sơ kết|kết quả|báo cáo|cho biết)(?!\w)"
)
#: A page's stamp: a short line with a date and a clock time ("Thứ 6, 02/08/2019 | 19:48:00",
#: "Cập nhật lúc 00:27, Thứ Hai, 13/07/2020 (GMT+7)"). A page was published at its earliest
#: stamp; a site's clock shows the day it was read, later.
_STAMP: Final = re.compile(
    r"^(?=[^\n]{0,70}\b\d{1,2}:\d\d\b)[^\n]{0,50}?\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d\d)\b",
    re.MULTILINE,
)


def document_year(text: str, year: int | None) -> int | None:
    """The year a figure of *text* is measured against: for a report (a news page with no
    date among them), the latest year it states as present or past (:func:`report_year`),
    as for a text with no *year* whose first part gives results
    (:func:`~vnhealthplan.io.extract.reviewparts.first_part`); else *year* (the plan's, from
    its title); failing these, the first year of the span its lead names the plan with
    (:func:`~vnhealthplan.io.extract.newsplan.span_year`: when the plan was made). An
    undated plan with neither keeps None: its lists of targets ("đạt 90% năm 2025; 95%
    năm 2030") state years that are not present.

    Examples
    --------
    >>> document_year("Sở Y tế tổng kết công tác năm 2025, nhiệm vụ năm 2026.", 2026)
    2025
    >>> document_year("KẾ HOẠCH công tác y tế năm 2026", 2026)
    2026
    >>> document_year("Tỉnh đạt 90% năm 2025; 95% năm 2030;", None) is None
    True
    >>> document_year("Kế hoạch dinh dưỡng giai đoạn 2022-2030 đặt mục tiêu đạt 90%.", None)
    2022
    """
    if is_report(text) or (year is None and first_part(text) == "results"):
        return report_year(text) or year or span_year(text)
    return year or span_year(text)


def _clause_start(before: str) -> int:
    """Where the clause ending *before* starts: after the last ";" or ":" outside brackets."""
    depth = 0
    for at in range(len(before) - 1, -1, -1):
        char = before[at]
        if char == ")":
            depth += 1
        elif char == "(" and depth:
            depth -= 1
        elif char in ";:" and not depth:
            return at + 1
    return 0


#: A closed bracket: an aside, which governs nothing after it.
_ASIDE: Final = re.compile(r"\([^()]*\)")


def _lead_start(before: str) -> int:
    """Where a figure's governing words start: its clause (:func:`_clause_start`), unless
    the sentence opens with a list's head that aims and reports nothing done ("Phấn đấu đến
    năm 2025: 95% …; 90% …" — the aim governs the whole list; "Một số chỉ tiêu đã vượt
    …: …", "một số chỉ tiêu tốt hơn bình quân như: …" do not)."""
    start = _clause_start(before)
    head = _ASIDE.sub(" ", before).split(":", 1)
    lead = head[0].lower()
    if start and len(head) > 1 and explicit_aim(lead) and not _DONE.search(lead):
        return 0
    return start


#: A lead that reports something done, or that gives examples ("như:").
_DONE: Final = re.compile(r"(?<!\w)(?:đã|vượt|đạt được)(?!\w)|(?<!\w)như\s*$")


def _open_bracket(before: str) -> int:
    """Where the bracket *before* leaves open starts (-1 if none)."""
    depth = 0
    for at in range(len(before) - 1, -1, -1):
        if before[at] == ")":
            depth += 1
        elif before[at] == "(":
            if not depth:
                return at
            depth -= 1
    return -1


def governing(before: str, after: str) -> str:
    """The words that govern a figure, from its sentence's words *before* and *after* it:
    its clause, back to the last ";" or ":" (a list's lead, "như:"), on to a bracket or ";",
    without the closed brackets before it (asides).
    A figure in brackets is governed by the words the bracket follows and by its own part
    of the bracket, from its last comma ("đạt 42,05 (chỉ tiêu giao đạt 42, toàn quốc đạt
    32)": "chỉ tiêu giao" governs 42, not 32).

    Examples
    --------
    >>> governing("Một số chỉ tiêu vượt như: số giường đạt ", "42,05 (chỉ tiêu giao 42)")
    ' số giường đạt 42,05 '
    >>> governing("Mục tiêu thứ nhất (", "90% số người nhiễm HIV biết), đến nay đạt 85%")
    'Mục tiêu thứ nhất  90% số người nhiễm HIV biết'
    """
    opened = _open_bracket(before)
    if opened >= 0:
        head = before[:opened]
        inside = before[opened + 1 :]
        own = inside[max(inside.rfind(","), inside.rfind(";")) + 1 :]
        words = _ASIDE.sub(" ", head[_lead_start(head) :]) + " " + own
    else:
        words = _ASIDE.sub(" ", before[_lead_start(before) :])
    end = len(after)
    for stop in "();":
        found = after.find(stop)
        end = min(end, found) if found >= 0 else end
    return words + after[:end]


def reported(text: str, sentence: str, doc_year: int | None, at: int | None = None) -> str:
    """Why a figure whose governing words (:func:`governing`) are *sentence* is a status
    figure of a report, or "".

    In a report (:func:`is_report`) a figure is a result unless its words aim explicitly
    (:func:`explicit_aim`) or name a year after the report's (*doc_year*). Given its place
    *at*, the figure is read by the part of the text it sits in
    (:func:`~vnhealthplan.io.extract.reviewparts.part_at`): in a part that gives results it
    is a result, in one that sets aims it is not, whatever the opening says.

    Examples
    --------
    >>> text = "Trong năm 2025, toàn tỉnh ghi nhận 33 ổ dịch."
    >>> reported(text, "tỷ lệ bao phủ đạt 86,8%", 2025)
    "the text reports results and its sentence sets no aim: 'đạt' says what was reached"
    >>> reported(text, "Năm 2026, phấn đấu đạt 90%", 2025)
    ''
    """
    part = part_at(text, at) if at is not None else None
    if part is not None and part.kind == "aims":
        return ""
    said: Reason
    if part is not None and part.kind == "results" and part.cue.startswith("a level"):
        said = reason("its part gives results (opened by a level with its change)")
    elif part is not None and part.kind == "results":
        said = reason("its part gives results (opened by '{cue}')", cue=part.cue)
    elif is_report(text):
        said = reason("the text reports results")
    else:
        return ""
    lower = unicodedata.normalize("NFC", sentence).lower()
    if explicit_aim(sentence) and not _done_since_aim(lower):
        return ""
    for found in _YEAR.finditer(lower):
        before = fold(lower[max(0, found.start() - 30) : found.start(1)])
        if doc_year is not None and int(found.group(1)) > doc_year and not _COMPARED.search(before):
            return ""
    verb = _RESULT_VERB.search(lower)
    if verb is None:
        return reason("{said} and its sentence sets no aim", said=said)
    return reason(
        "{said} and its sentence sets no aim: '{verb}' says what was reached",
        said=said,
        verb=verb.group(),
    )


#: Words that say something was done: after a sentence's last aim, they report ("Các câu lạc
#: bộ duy trì sinh hoạt thường xuyên, từ đầu năm đến nay đã tổ chức 232 buổi").
_DONE_SINCE: Final = re.compile(r"(?<!\w)(?:đã|đến nay|đạt được)(?!\w)")


def _done_since_aim(lower: str) -> bool:
    """Whether a report's words (lower-cased) say something done after their last aim."""
    last = last_match(_AIM, _MEASURED.sub(" ", lower))
    return last is not None and _DONE_SINCE.search(lower, last.end()) is not None


#: "từ 18,7% năm 2022 xuống còn 17,1%": a figure it fell or rose from, then the verb to it.
_FROM: Final = re.compile(
    r"(?<!\w)từ\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s*([^\s\d.,;:()]+)[^;:()]{0,70}$"
)
#: The unit written after a number: the figures of a pair have the same one ("từ 15 tuổi trở
#: lên còn dưới 37%" is an age, then a share).
_UNIT: Final = re.compile(r"\d[\d.,]*\s*([^\s\d.,;:()]+)")
_TO: Final = re.compile(r"(?<!\w)(?:xuống|còn|lên)(?!\w)")


def reached_pair(before: str, value: str, doc_year: int | None) -> str:
    """Why a figure reached from an earlier one ("giảm từ 27,5% xuống còn 25,7%", "tăng từ 60%
    năm 2020 lên 72%") is a status figure in any text, or "": no explicit aim governs it and
    no year after *doc_year* (the plan's) is named in its clause — "giảm từ 25% năm 2020
    xuống còn 20% năm 2025" in a plan of 2021 stays a target with its baseline.

    *before* is its governing words up to it (:func:`governing`), *value* its own words.

    Examples
    --------
    >>> reached_pair("tỷ lệ thấp còi giảm từ 27,5% ", "xuống còn 25,7%", 2024)
    "'từ 27,5% … xuống' before the value, with no aim: a figure reached"
    >>> reached_pair("phấn đấu giảm từ 27,5% ", "xuống còn 20%", 2024)
    ''
    >>> reached_pair("giảm từ 25% năm 2020 ", "xuống còn 20% năm 2025", 2021)
    ''
    >>> reached_pair("giảm tỷ lệ ở người từ 15 tuổi trở lên ", "còn dưới 37%", 2024)
    ''
    """
    found = _FROM.search(before)
    lower = unicodedata.normalize("NFC", before + value).lower()
    unit = _UNIT.search(value)
    if found is None or unit is None or unit.group(1).lower() != found.group(1).lower():
        return ""
    if not _TO.search(lower, found.end()) or explicit_aim(lower):
        return ""
    years = [int(y.group(1)) for y in _YEAR.finditer(lower)]
    if (doc_year is None and years) or any(doc_year is not None and y > doc_year for y in years):
        return ""
    verb = _TO.search(lower, found.end())
    said = " ".join(before[found.start() :].split()[:2])
    return reason(
        "'{said} … {verb}' before the value, with no aim: a figure reached",
        said=said,
        verb=verb.group() if verb else "",
    )
