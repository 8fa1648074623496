"""The sentence that issues the plan, or reports it: its own number, date and period.

A plan says what it is in one sentence of its opening: "UBND tỉnh Điện Biên ban hành Kế
hoạch hành động … giai đoạn 2018 - 2020 trên địa bàn tỉnh, cụ thể như sau:". A news or
portal report of a plan says it the same way, with the number and date a report has in
place of the document's header: "Ngày 31/12/2021, UBND tỉnh đã ban hành Kế hoạch số
2895/KH-UBND về việc thực hiện Chương trình … giai đoạn 2021-2025", "Thủ tướng Chính phủ
vừa ký ban hành Quyết định số 1493/QĐ-TTg, ngày 10/9/2021 phê duyệt Chương trình …",
"Đó là thông tin tại Quyết định 546/QĐ-TTg …", or a page title "Chiến lược … theo Quyết
định số 1165/QĐ-TTg ngày …". That document is the plan itself, not one it cites: its number
and date belong to the header (:mod:`.header`), and the years its title names are the
plan's own period (:mod:`.deadlines`).

The sentence is read only where a clause starts (a line, or after "." or ";", a news
agency's tag or the date of the report), so that a cited document that "ban hành Kế
hoạch" ("Quyết định số … của Bộ Y tế ban hành Kế hoạch …") is not taken for it.

Examples
--------
>>> found = find_issuing("(TTXVN) - UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND, ngày "
...                      "3/2/2024 về phòng chống sốt rét giai đoạn 2024-2030; trong đó …")
>>> found.number, found.issued, found.issuer
('12/KH-UBND', datetime.date(2024, 2, 3), 'UBND tỉnh')
>>> found.title
'phòng chống sốt rét giai đoạn 2024-2030'
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

import attrs

from vnhealthplan.io.extract.planyear import is_plan_year
from vnhealthplan.io.extract.reasons import reason

__all__ = ["Issuing", "find_issuing"]

Span = tuple[int, int]

#: How far into the text the sentence is looked for (a plan's căn cứ may be long).
_SEARCH_CHARS: Final = 6000
_KIND: Final = r"(?P<kind>[Kk]ế hoạch|Quyết định|Chương trình|Đề án|Chiến lược|Nghị quyết|Chỉ thị)"
_NUMBER: Final = r"\d{1,5}(?:/\d{4})?[/-][A-ZĐ][A-ZĐa-z0-9]*(?:[-/][A-ZĐ][A-ZĐa-z0-9]*)*"
_DAY: Final = (
    r"ngày[ \t]*(?P<d>\d{1,2})[ \t]*(?:/|-|tháng)[ \t]*(?P<m>\d{1,2})[ \t]*(?:/|-|năm)[ \t]*"
    r"(?P<y>(?:19|20)\d\d)"
)
#: After the kind: its number, its date, who issued it; then the words that name it.
_REST: Final = (
    rf"(?:[ \t]+(?:số[ \t]*:?[ \t]*)?(?P<number>{_NUMBER}))?"
    rf"(?:[ \t,]*{_DAY})?"
    r"(?:[ \t,]*của[ \t]+(?P<by>[^\n.;:,()]{2,60}?)(?=[ \t]+(?:về|phê duyệt|ban hành)\b))?"
    r"[ \t,]*\n?[ \t]*(?:(?:về việc|về|phê duyệt|nhằm)[ \t]+)?"
    r"(?P<title>(?:[^.;:\n]|\.(?=\d)|\n(?![ \t]*\n)){0,300}?)"
    r"(?=[ \t,]*(?:cụ thể[ \t]+)?như\s+sau|[ \t,]*với[ \t]+(?:các[ \t]+|những[ \t]+)?"
    r"(?:nội dung|mục tiêu)"
    r"|[ \t,]*trong đó\b|[ \t]*(?:[.;:]|\n(?=[ \t]*(?:\n|[IVX]+\.|\d+\.|[-–•+*]))|$))"
)
#: "UBND tỉnh (vừa) ban hành Kế hoạch …": the issuer, the verb, the kind.
_ISSUES: Final = re.compile(
    r"(?P<issuer>(?:Ủy ban|Uỷ ban|UBND|Sở|Bộ|Thủ tướng|Phó Thủ tướng|Chính phủ|Tỉnh ủy|Tỉnh uỷ|"
    r"Thành ủy|Thành uỷ|HĐND|Hội đồng nhân dân|Ban Thường vụ|Ban Chấp hành|Ban Chỉ đạo|Chi cục|"
    r"Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Bộ trưởng|Thứ trưởng)[^\n.;:,()]{0,60}?)"
    r"[ \t]+(?:(?:vừa|đã|mới)[ \t]+)?(?:ký[ \t]+(?:ban hành[ \t]+)?|ban[ \t]*\n?[ \t]*hành[ \t]+"
    r"|xây dựng[ \t]+|phê duyệt[ \t]+)" + _KIND + _REST
)
#: "Đó là thông tin tại Quyết định 546/QĐ-TTg …", "nội dung chính của Kế hoạch số …".
_TOLD: Final = re.compile(
    r"(?:thông tin|nội dung)(?:[ \t]+chính)?[ \t]+(?:tại|của)[ \t]+" + _KIND + _REST
)
#: A page's first line: "<title> theo Quyết định số 1165/QĐ-TTg ngày …".
_TITLED: Final = re.compile(
    r"\A[ \t]*(?P<title>[^\n]{10,300}?)[ \t]+theo[ \t]+"
    + _KIND
    + rf"[ \t]+(?:số[ \t]*)?(?P<number>{_NUMBER})(?:[ \t,]*{_DAY})?"
    r"(?:[ \t,]*của[ \t]+(?P<by>[^\n.;:,()]{2,60}))?"
)
#: The words that open the clause saying what the plan carries out or is for.
_PURPOSE: Final = r"(?:Thực hiện|Triển khai|Căn cứ|Để|Nhằm)\b"
#: What may stand before the sentence on its line: a news agency's tag, the report's date,
#: or the clause that says what the plan carries out ("Thực hiện Chỉ thị số …, UBND tỉnh xây
#: dựng Kế hoạch …", "Để triển khai …, Sở Y tế ban hành …").
_OPENING: Final = re.compile(
    r"(?:[^\n]*[.;])?[ \t]*(?:\([^()\n]{1,20}\)|\[[^\]\n]{1,40}\])?[ \t]*[-–—]?[ \t]*"
    r"(?:(?:Vừa qua|Mới đây|Hôm qua|Hôm nay|Sáng|Chiều|Tối|[Nn]gày)\b[^\n.;,]{0,20},[ \t]*){0,2}"
    rf"(?:{_PURPOSE}[^\n]*,[ \t]*)?",
)
#: The clause that says what the plan carries out, broken over lines ("Thực hiện Quyết định
#: số\n1579/QĐ-TTg … đến năm 2030, Ủy ban nhân dân tỉnh ban\nhành Kế hoạch …").
_CARRIES_OUT: Final = re.compile(rf"{_PURPOSE}[^.;:]*,[ \t\n]*")
#: Where such a clause may start a line.
_LINE_START: Final = re.compile(rf"(?m)^[ \t]*(?={_PURPOSE})")


def _opens(text: str, start: int, line: str) -> bool:
    """Whether the sentence that issues the plan may start at *start* (after *line*)."""
    if _OPENING.fullmatch(line):
        return True
    begin = max(0, start - 600)
    return any(
        _CARRIES_OUT.fullmatch(text, begin + m.end(), start)
        for m in _LINE_START.finditer(text[begin:start])
    )


#: Words in the subject that make it no issuer: "của … về phê duyệt", "UBND tỉnh trình …".
_NOT_ISSUER: Final = re.compile(r"\b(?:về|trình|của)\b")
#: How far into the text a report names the plan's number (its lead).
_LEAD_CHARS: Final = 1500
_DATE_BEFORE: Final = re.compile(
    r"[Nn]gày[ \t]+(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?=[ \t]*,[^\n]*$)"
)


@attrs.frozen
class Issuing:
    """The sentence that issues or reports the plan, and what it says of it.

    Parameters
    ----------
    kind : str
        "Kế hoạch", "Quyết định" …
    number : str, optional
        The plan's number, where the sentence gives it.
    issued : datetime.date, optional
        Its date, where the sentence gives a real one.
    issuer : str, optional
    title : str
        The words that name it, after its number ("thực hiện Chương trình … 2021-2025").
    title_span, span : tuple of int
        Where the title and the whole sentence stand.
    reasons : tuple of str
        What was read from a weaker place, or could not be read (a date that is no day).
    number_span, date_span : tuple of int, optional
        Where the number and the date stand.
    year : int, optional
        The year of its date, also of a date that is no real day ("09/20/2023": 2023).

    Examples
    --------
    >>> find_issuing("UBND tỉnh ban hành Kế hoạch phòng chống lao năm 2025, như sau:").title
    'phòng chống lao năm 2025'
    """

    kind: str
    number: str | None
    issued: date | None
    issuer: str | None
    title: str
    title_span: Span
    span: Span
    reasons: tuple[str, ...] = ()
    number_span: Span | None = None
    year: int | None = None
    date_span: Span | None = None

    @property
    def reported(self) -> bool:
        """Whether the sentence names the plan by its number (a report of it)."""
        return self.number is not None


#: A date as read: day, month, year and its span in the text.
_Said = tuple[str, str, str, Span]


def _said(m: re.Match[str], before: _Said | None) -> _Said | None:
    if m.group("y") is not None:
        return m.group("d"), m.group("m"), m.group("y"), (m.start("d"), m.end("y"))
    return before


def _day(said: _Said | None) -> tuple[date | None, list[str]]:
    if said is None:
        return None, []
    day, month, year, _ = said
    if not is_plan_year(year):  # "ngày 3/2/1930": a historical date, not the plan's
        return None, []
    try:
        return date(int(year), int(month), int(day)), []
    except ValueError:
        words = f"{day}/{month}/{year}"
        return None, [
            reason("the date {date!r} is not a real day: the plan's date is left out", date=words)
        ]


def _issuer(words: str | None) -> str | None:
    if not words:
        return None
    words = re.sub(r"[ \t]+(?:vừa|đã|mới|ký)$", "", " ".join(words.split()))
    return words or None


def find_issuing(text: str) -> Issuing | None:
    """The sentence that issues or reports the plan (see the module notes); None if none.

    Parameters
    ----------
    text : str

    Returns
    -------
    Issuing, optional

    Examples
    --------
    Điện Biên's plan names its period in the sentence that issues it:

    >>> text = ("Căn cứ Quyết định số 4/QĐ-BYT ngày 3/8/2016 của Bộ Y tế ban hành Kế hoạch "
    ...         "giai đoạn 2017 - 2020;\\nUBND tỉnh ban hành Kế hoạch chăm sóc sức khỏe bà mẹ "
    ...         "giai đoạn 2018 - 2020 trên địa bàn tỉnh, cụ thể như sau:")
    >>> find_issuing(text).title
    'chăm sóc sức khỏe bà mẹ giai đoạn 2018 - 2020 trên địa bàn tỉnh'
    >>> find_issuing("Chiến lược Dược đến 2030 theo Quyết định số 1/QĐ-TTg ngày 09/20/2023").reasons
    ("the date '09/20/2023' is not a real day: the plan's date is left out",)
    """
    titled = _TITLED.match(text)
    if titled is not None:
        return _found(titled, None, _issuer(titled.group("by")))
    end = min(len(text), _SEARCH_CHARS)
    found = []
    for m in _ISSUES.finditer(text, 0, end):
        start = m.start("issuer")
        line = text[text.rfind("\n", 0, start) + 1 : start]
        if _opens(text, start, line) and not _NOT_ISSUER.search(m.group("issuer")):
            before = _DATE_BEFORE.search(line)
            moved = None if before is None else _moved(before, start - len(line))
            found.append(_found(m, moved, _issuer(m.group("issuer"))))
            if m.group("number") or m.start() > _LEAD_CHARS:
                break
    if found:  # a report's headline, then its lead with the number: the lead
        return next((f for f in found if f.number and f.span[0] < _LEAD_CHARS), found[0])
    told = _TOLD.search(text, 0, end)
    if told is not None and told.group("number"):
        return _found(told, None, _issuer(told.group("by")))
    return None


def _moved(before: re.Match[str], offset: int) -> _Said:
    """The day, month, year and span (in the text) of a date read before the sentence."""
    day, month, year = before.groups()
    return day, month, year, (offset + before.start(), offset + before.end())


def _found(m: re.Match[str], before: _Said | None, issuer: str | None) -> Issuing:
    said = _said(m, before)
    issued, reasons = _day(said)
    words = m.group("title").strip(" \t\n,")
    start = m.start("title") + len(m.group("title")) - len(m.group("title").lstrip(" \t\n,"))
    return Issuing(
        m.group("kind")[:1].upper() + m.group("kind")[1:],
        m.group("number"),
        issued,
        issuer,
        words,
        (start, start + len(words)),
        m.span(),
        tuple(reasons),
        m.span("number") if m.group("number") else None,
        int(said[2]) if said else None,
        said[3] if said else None,
    )
