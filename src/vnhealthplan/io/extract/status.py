"""Telling a plan's status figures from its targets, and the time a status figure holds.

Plans state where things stand as well as where they should go: "đến cuối năm 2017, chỉ mới
đạt 76,5% dân số", "Toàn tỉnh hiện có 1.892 cơ sở", "Ước năm 2024 đạt …". The drafter keeps
these apart from targets, as observations. A value is a **status figure** when

* the words before it (from the previous value or the clause's start) report the present or
  the past: "hiện có", "hiện nay", "đến nay", "đã đạt", "chỉ mới", "ước" (an estimate),
  "năm trước", "so với cùng kỳ", "đến cuối năm" …; or a year then "có"/"là" right before
  it ("năm 2019 có 231 trạm", "năm 2020 là 14,6%"), unless the year is after the issue year
  or follows "đến", "tới", "vào", "hết" (a year to reach);
* its year, written near it, is before the plan's year ("năm 2023 đạt" in a 2024 plan), or
  is a year it is measured at ("cuối năm 2017");
* its section describes the situation ("tình hình", "thực trạng", "kết quả", "dự báo" …).

Cues of a **target** are "phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "định hướng", a
section that sets targets, and a year near the value after the plan's year ("đến năm 2030").
A value with cues of both is kept on the side of its own words (a cue in its words or its
year outweighs its section's) and carries the other reading as its doubt. "đạt" with the
plan's own year ("năm 2024 đạt 95%" in a 2024 plan) stays a target, doubted.

Examples
--------
>>> from vnhealthplan.io.extract.segment import layout
>>> text = "Toàn tỉnh hiện có 1.892 cơ sở hành nghề"
>>> line = layout(text)[0]
>>> read_role(text, "Toàn tỉnh hiện có ", line, None, (18, 23), 2023)
Role(kind='observation', reasons=("'hiện có' before the value: a status figure",), cost=0.0)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract import statusreasons as because
from vnhealthplan.io.extract.baseline import closes_before
from vnhealthplan.io.extract.donebefore import done_before
from vnhealthplan.io.extract.goalcompared import compared_goal
from vnhealthplan.io.extract.heads import FoldedPrefix
from vnhealthplan.io.extract.listed import against_plan_after, quota_after, quota_before
from vnhealthplan.io.extract.pastdate import past_date
from vnhealthplan.io.extract.pastown import aimed_after, looked_back
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.role import Role
from vnhealthplan.io.extract.segment import Line, YearMark, year_marks
from vnhealthplan.io.extract.statusyear import measured_at
from vnhealthplan.io.extract.stillnow import present_aspect
from vnhealthplan.io.extract.stops import ITEM_END
from vnhealthplan.io.extract.yearend import reached_later, year_end_ahead

__all__ = [  # noqa: RUF022 (plainly sorted, as tests/test_extract.py wants)
    "Role",
    "STATUS_WORDS",
    "TARGET_WORDS",
    "read_role",
]

Span = tuple[int, int]

#: Words before a value that report it as reached, current or estimated: folded → as written.
STATUS_WORDS: Final = {
    "hien co": "hiện có",
    "hien nay": "hiện nay",
    "hien tai": "hiện tại",
    "hien dang": "hiện đang",
    "den nay": "đến nay",
    "da dat": "đã đạt",
    "da co": "đã có",
    "chi moi": "chỉ mới",
    "dat duoc": "đạt được",
    "nam qua": "năm qua",
    "truoc day": "trước đây",
    "nam truoc": "năm trước",
    "cung ky": "cùng kỳ",
    "so voi": "so với",
    "tang tu": "tăng từ",
    "giam tu": "giảm từ",
    "den cuoi nam": "đến cuối năm",
    "uoc": "ước",
    "cho thay": "cho thấy",
    "ket qua thuc hien": "kết quả thực hiện",
}
#: Words that open a sentence reporting results ("Kết quả … cho thấy, có 447 … (chiếm tỷ lệ
#: 90,49%)"): every figure of the sentence is a status figure, unless its own words aim.
_REPORTING: Final = re.compile(
    r"\b(cho thay|ket qua thuc hien|tinh den|(?:qua|sau) \d+ nam(?: thuc hien| trien khai)?)\b"
)
_REPORTING_SAID: Final = re.compile(
    r"cho thấy|kết quả thực hiện|tính đến|(?:qua|sau)\s+\d+\s+năm(?:\s+thực hiện|\s+triển khai)?",
    re.IGNORECASE,
)
#: "95% xã đã đạt chuẩn": the past marker "đã" in the value's own clause, after it.
_DONE_AFTER: Final = re.compile(r"[^.;:,()\n\d%]{0,40}?(?<!\w)đã(?!\w)")
#: How far back the start of a value's sentence (:data:`.stops.ITEM_END`) is looked for.
_OPENING_CHARS: Final = 300


def _reporting(text: str, line: Line, start: int, doc_year: int | None) -> str:
    """A reporting cue ("… cho thấy", "Tính đến …", "Qua 5 năm thực hiện") between the
    start of the value's sentence and it, in a sentence that neither aims ("phấn đấu") nor
    names a year after the plan's ("Tính đến năm 2030, …")."""
    begin = max(line.span[0], start - _OPENING_CHARS)
    ends = list(ITEM_END.finditer(text, begin, start))
    opening = text[ends[-1].end() if ends else begin : start]
    folded = fold(opening)
    said = _REPORTING.search(folded)
    if said is None or _TARGET.search(folded):
        return ""
    if doc_year is not None and any(m.period.last_year > doc_year for m in year_marks(opening)):
        return ""
    written = _REPORTING_SAID.search(opening)
    words = " ".join(written.group().split()) if written else said.group(1)
    return reason("'{words}' opens its sentence: a status figure", words=words)


#: Words before a value that set it as a target: folded → as written.
TARGET_WORDS: Final = {
    "phan dau": "phấn đấu",
    "muc tieu": "mục tiêu",
    "chi tieu": "chỉ tiêu",
    "ke hoach": "kế hoạch",
    "dinh huong": "định hướng",
}


def _words(table: dict[str, str]) -> re.Pattern[str]:
    # no "hiện có", "hiện nay" in "thực hiện có", "phát hiện nay"; "(phát huy) kết quả đạt
    # được" reports no figure; "phấn đấu đạt"; "giảm tử vong" folds as "giam tu vong"
    words = "|".join(sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!thuc )(?<!phat )(?<!ket qua )(?<!phan dau )\b({words})\b(?! vong\b)")


_STATUS: Final = _words(STATUS_WORDS)
_TARGET: Final = _words(TARGET_WORDS)
_AIM_BY: Final = re.compile(r"phấn\s+đấu\s+(?:đến|tới)\s+$", re.I)  # "Phấn đấu đến cuối năm"
#: "Năm 2019 có 231.649 người", "năm 2020 là 14,59%": a year, then "có"/"là", then the value
#: (not "đến năm 2025 có …", a year to reach).
_YEAR_HAD: Final = re.compile(
    r"(?<!\bden )(?<!\btoi )(?<!\bvao )(?<!\bhet )\bnam (\d{4}) (co|la)\W*$"
)
#: Words of a sentence that hands out or aims for figures ("được giao tỷ lệ … năm 2025 là
#: 95%"): there "năm Y là" gives each year's target, not a figure of that year.
_ASSIGNED: Final = re.compile(r"\b(?:giao|chi tieu|muc tieu|phan dau)\b")
_ESTIMATE = reason("'ước': an estimate")
#: A full stop: a "." but one between two digits ("1.200" is a number).
_STOP: Final = re.compile(r"(?<!\d)\.|\.(?!\d)")


def _cue(pattern: re.Pattern[str], table: dict[str, str], words: str) -> str:
    found = pattern.findall(fold(words))
    return table[found[-1]] if found else ""


def _word_cue(word: str) -> str:
    if word == "ước":
        return _ESTIMATE
    if word.startswith("năm"):  # "'năm 2019 có' …" is the cue of a year's own figure
        return reason("before the value, '{word}': a status figure", word=word)
    return reason("'{word}' before the value: a status figure", word=word)


def _year_had(own: str, doc_year: int | None) -> str:
    """ "năm 2019 có", "năm 2020 là" right before the value, the year not after the plan's."""
    found = _YEAR_HAD.search(fold(own))
    if found is None or (doc_year is not None and int(found.group(1)) > doc_year):
        return ""
    verb = "có" if found.group(2) == "co" else "là"
    return because.year_had(found.group(1), verb)


def _status_cues(
    own: str, mark: YearMark | None, near: bool, doc_year: int | None, issued: bool = True
) -> tuple[str, list[str]]:
    """The status word before the value (or ""), and every status cue (the word's first)."""
    cues = []
    word = _cue(_STATUS, STATUS_WORDS, own)
    if word == "đến cuối năm" and year_end_ahead(own, doc_year):  # a year to reach
        word = ""
    if word:
        cues.append(_word_cue(word))
    elif had := _year_had(own, doc_year if issued else None):
        cues.append(had)
    if near and mark is not None and doc_year is not None and mark.period.last_year < doc_year:
        cues.append(because.year_before(mark.period, doc_year))
    measured = [m for m in year_marks(own) if measured_at(own, m)]
    measured = [m for m in measured if not _AIM_BY.search(own, 0, m.span[0])]  # a year to reach
    measured = [m for m in measured if not reached_later(m, doc_year)]  # "cuối năm 2030"
    if measured and not word and not _TARGET.search(fold(own)):  # "cuối năm 2021, phấn đấu"
        said = own[slice(*measured[-1].span)]
        cues.append(reason("'{said}': a year the figure is measured at", said=said))
    return word, cues


def _target_cues(own: str, mark: YearMark | None, near: bool, doc_year: int | None) -> list[str]:
    cues: list[str] = []
    word = _cue(_TARGET, TARGET_WORDS, own)
    if word:
        cues.append(reason("'{word}' before the value", word=word))
    if near and mark is not None and doc_year is not None and mark.period.first_year > doc_year:
        cues.append(because.year_after(mark.period, doc_year))
    return cues


def _aspect_cue(own: str, before: str) -> list[str]:
    """ "vẫn", "mới chỉ", "đang", "hiện" before the value: where things stand now."""
    aspect = present_aspect(own, before)
    if not aspect or (not own.strip(" \t(") and _TARGET.search(fold(before))):
        return []
    return [reason("'{word}' before the value: the state now, a status figure", word=aspect)]


def _past_date(text: str, line: Line, value_span: Span, doc_year: int | None) -> str:
    """ "Đến tháng 6/2023 toàn tỉnh có": a date before the plan's year opens the sentence."""
    date = past_date(text[max(line.span[0], value_span[0] - 200) : value_span[0]], doc_year)
    return (
        reason("'{date}': a date before the plan's year, a status figure", date=date)
        if date
        else ""
    )


def _own_year_dat(text: str, mark: YearMark | None, value_span: Span, doc_year: int | None) -> bool:
    """ "Năm 2024 đạt 95%" in a plan of 2024: the plan's own year, then "đạt", then the value."""
    if mark is None or mark.period.last_year != doc_year or mark.span[1] > value_span[0]:
        return False
    if fold(text[max(0, mark.span[0] - 12) : mark.span[1]]).split()[-3:-2] in (["den"], ["toi"]):
        return False  # "Đến năm 2025 đạt …": a year to reach, so a target
    return "dat" in fold(text[max(mark.span[1], value_span[0] - 200) : value_span[1]]).split()


def read_role(
    text: str,
    own: str,
    line: Line,
    mark: YearMark | None,
    value_span: Span,
    doc_year: int | None,
    *,
    near: bool = True,
    issued: bool = True,
) -> Role:
    """Whether the value at *value_span* is a target or a status figure (see the notes).

    Parameters
    ----------
    text : str
    own : str
        The value's own words: from the previous value (or its clause's start) to it.
    line : Line
        Its line, with what the sections above say.
    mark : YearMark, optional
        The year the target reader found for it.
    value_span : tuple of int
    doc_year : int, optional
        The plan's year (its issue year).
    near : bool
        Whether *mark* is written near the value (not the section's or the title's year).
    issued : bool
        Whether *doc_year* is the issue year: only then is a later "năm 2025 có 90%" a target.

    Returns
    -------
    Role

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "Năm 2022 đạt 8,5 bác sĩ/vạn dân"
    >>> mark = year_marks(text)[0]
    >>> read_role(text, "Năm 2022 ", layout(text)[0], mark, (9, 31), 2024).reasons
    ("its year 2022 is before the plan's year 2024",)
    """
    if (settled := _set_by_quota_or_goal(text, own, value_span)) is not None:
        return settled
    word, status = _own_status(text, own, line, mark, value_span, doc_year, near, issued)
    targets = _target_cues(own, mark, near, doc_year)
    status = status or ([] if targets else _status_in_sentence(text, line, value_span, doc_year))
    if not status and not line.in_status:
        return _target_role(text, line, mark, value_span, doc_year, targets, near, issued)
    return _weighed_role(status, targets, line, word)


def _set_by_quota_or_goal(text: str, own: str, value_span: Span) -> Role | None:
    """The role a quota, a plan or a goal the value is measured against settles, or None."""
    if quota_before(own):  # "đạt 93% so với kế hoạch giao 90%": 90%
        return Role("target", (because.QUOTA,), 0.1)
    if quota_after(text, value_span[1]):
        return Role("observation", (because.REACHED,))
    if against := against_plan_after(text, value_span[1]):  # "75% …, vượt chỉ tiêu"
        return Role("observation", (because.measured_against_plan(against),))
    if goal := compared_goal(own):  # "thấp hơn so với mục tiêu đặt ra là 30 giường/vạn dân"
        return Role("target", (goal,), 0.2)
    return None


def _own_status(
    text: str,
    own: str,
    line: Line,
    mark: YearMark | None,
    value_span: Span,
    doc_year: int | None,
    near: bool,
    issued: bool,
) -> tuple[str, list[str]]:
    """The status word and the status cues of the value's own words (and its year's)."""
    word, status = _status_cues(own, mark, near, doc_year, issued)
    if not status and not _target_cues(own, mark, near, doc_year):  # "vẫn chiếm 12%"
        status = _aspect_cue(own, text[max(line.span[0], value_span[0] - 200) : value_span[0]])
    if word == "so với" and closes_before(text, own, value_span):  # the figure before's
        word, status = "", status[1:]
    if (not issued and line.in_targets) or _assigned_before(text, line.span, value_span[0]):
        # a year of unknown tense in a target section, or in a sentence handing out targets
        status = [cue for cue in status if not cue.startswith("'năm ")]
    return word, status


def _status_in_sentence(text: str, line: Line, value_span: Span, doc_year: int | None) -> list[str]:
    """A status cue of the value's sentence when its own words have none: a report, a past
    date, "đã" after it, or something said done before it (the first found)."""
    if said := _reporting(text, line, value_span[0], doc_year):
        return [said]
    if date := _past_date(text, line, value_span, doc_year):
        return [date]  # "Tại thời điểm 31/12/2022, …"
    if _DONE_AFTER.match(text, value_span[1]):
        return [reason("'đã' after the value in its clause: a status figure")]
    if done := done_before(text, line, value_span[0], doc_year):
        return [done]  # "đã phát triển 103 …, đầu tư xây mới 29 trạm y tế"
    return []


def _target_role(
    text: str,
    line: Line,
    mark: YearMark | None,
    value_span: Span,
    doc_year: int | None,
    targets: list[str],
    near: bool,
    issued: bool,
) -> Role:
    """The role of a value with no status cue outside a status section: a target, doubted
    when the plan's own year then "đạt" leads to it."""
    if (
        near
        and not targets
        and not line.in_targets
        and _own_year_dat(text, mark, value_span, doc_year)
    ):
        past = mark.period.last_year if mark else 0  # the plan's year, from this sentence?
        if mark and not issued and (aim := aimed_after(text, past, mark.span[0])):
            return Role("observation", (looked_back(past, aim),))  # "Năm 1990 đạt"
        return Role("target", (because.own_year_reached(doc_year),), 0.2)
    return Role("target")


def _weighed_role(status: list[str], targets: list[str], line: Line, word: str) -> Role:
    """The role of a value with status cues (or in a status section), weighed against its
    target cues and its section's."""
    if not status and targets:  # only the section reports the situation
        return Role("target", (because.situation_doubt(line.section),), 0.3)
    if not status:
        status = [reason("its section describes the situation ({section!r})", section=line.section)]
    section_target = [because.section_sets_targets(line.section)] if line.in_targets else []
    other = targets + section_target
    if other:
        doubt = because.could_be_target(other)  # section_aims: no cue of its own
        return Role("observation", (*status, doubt), 0.3, word=word, section_aims=not targets)
    return Role("observation", tuple(status), word=word)


@attrs.define
class _Opening:
    """The full stops of a line, and the words from the last one before a value, folded
    once for all the values up to the next one."""

    stops: list[int]
    start: int = -1
    words: FoldedPrefix | None = None
    first: re.Match[str] | None = None
    at: int = -1

    def assigned(self, text: str, line: Span, start: int) -> bool:
        """``_ASSIGNED.search(fold(text[the last stop before start + 1 : start]))``."""
        at = bisect_left(self.stops, start)
        low = self.stops[at - 1] + 1 if at else line[0]
        if self.words is None or low != self.start or start < self.at:
            high = self.stops[at] if at < len(self.stops) else line[1]
            self.start, self.words = low, FoldedPrefix(text, (low, max(high, start)))
            self.first = _ASSIGNED.search(self.words.folded)
        self.at, size = start, self.words.length(start)
        # the words are plain words, none inside another: an earlier match ends earlier
        if self.first is not None and self.first.end() < size:
            return True
        return _ASSIGNED.search(self.words.folded, max(0, size - 12), size) is not None


_OPENINGS: dict[str, tuple[str, Span, _Opening]] = {}


def _assigned_before(text: str, line: Span, start: int) -> bool:
    """Whether the words from the last full stop of *line* before *start* (its start if
    none) hand out targets ("giao", "chỉ tiêu", "mục tiêu", "phấn đấu")."""
    last = _OPENINGS.get("line")
    if last is None or last[0] is not text or last[1] != line:
        stops = [m.start() for m in _STOP.finditer(text, *line)]
        last = (text, line, _Opening(stops))
        _OPENINGS["line"] = last
    return last[2].assigned(text, line, start)
