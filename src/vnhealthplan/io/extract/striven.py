"""The year a plan strives for, said in words without a figure: "từ nay đến năm 2020".

A plan or a news report of one often names its horizon in a sentence that sets no figure:
"nhằm phấn đấu đạt mục tiêu phòng, chống bệnh không lây nhiễm từ nay đến năm 2020", "Tỉnh
đặt mục tiêu thành lập 70 câu lạc bộ đến 2035". The year after "từ nay đến" (from now to),
or in the clause of "đặt mục tiêu" or "phấn đấu" after "đến", "tới", "vào" or "trước" (with
or without "năm"), is a deadline (docs/labelling.rst). Not one the clause says was reached
("phấn đấu đến năm 2020 đã đạt …", "mục tiêu đặt ra đến năm 2020 đã hoàn thành"), nor a
year in a cited document's words (the caller's *skip*), nor the last year of the plan's own
period of several years, which it restates ("giai đoạn 2016 - 2020 … từ nay đến năm 2020").

A plan lists its phases the same way, each a span of years that opens a clause and is
followed at once by what is to be done in it: "Mục tiêu của từng giai đoạn: 2016 - 2018
loại trừ sốt rét tại …; 2017-2019 loại trừ sốt rét tại …", "chia làm hai giai đoạn:
2025-2030 thành lập 40 câu lạc bộ …" (a goal verb, "thành lập", "đề nghị" or "phấn đấu";
not "hoàn thành" or "tiếp tục", which reviews open with too); a single year so only before
"đề nghị" or "phấn đấu" ("; năm 2025 đề nghị tỉnh được công nhận loại trừ sốt rét"). A
span a comma or "đã" follows is one a review looks back on ("Giai đoạn 2016-2020, tỉnh đã
loại trừ …").

Examples
--------
>>> text = "Tỉnh đặt mục tiêu thành lập 70 câu lạc bộ đến 2035, bên cạnh 61 nhóm hiện có."
>>> [(quote, period.code) for period, quote, _ in striven_years(text)]
[('đến 2035', '2035')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vnhealthplan.io.extract.planyear import plan_year, plan_years
from vnhealthplan.model.period import Period

__all__ = ["striven_years"]

Span = tuple[int, int]

#: A word of striving, then in its clause the year it strives to (wider than
#: :mod:`.aheadyears`' "phấn đấu (trong) năm YYYY", with rules of its own: see there).
_STRIVEN: Final = re.compile(
    r"(?i)(?<!\w)(?:từ[ \t]+nay(?=[ \t]+(?:đến|tới))|(?:đặt|đề)(?:[ \t]+ra)?[ \t]+mục[ \t]+tiêu"
    r"|phấn[ \t]+đấu)(?!\w)[^.;:!?\n\"“”()]{0,80}?(?<!\w)"
    r"(?P<when>(?:đến|tới|vào|trước)[ \t]+(?:hết[ \t]+|cuối[ \t]+)?(?P<nam>năm[ \t]+)?"
    r"(?P<year>(?:19|20)\d\d))(?![\d/]|[.,]\d)"
    # without "năm", a year ends its clause or joins the next ("đến 2035, …"), not a count
    r"(?(nam)|(?=[ \t]*(?:[,.;:)\n]|$|[ \t](?:và|để|nhằm|với|theo)(?!\w))))"
)
_YEAR: Final = r"(?:19|20)\d\d"
#: A phase: a span of years opening a clause, then at once a verb of what is to be done.
_PHASE: Final = re.compile(
    r"(?im)(?:^|[:;])[ \t\-+*•]*(?P<when>(?:giai[ \t]+đoạn[ \t]+)?(?P<a>" + _YEAR + r")[ \t]*[-–]"
    r"[ \t]*(?P<b>" + _YEAR + r")|năm[ \t]+(?P<year>" + _YEAR + r")(?=[ \t]+(?:đề[ \t]+nghị|"
    r"phấn[ \t]+đấu)(?!\w)))[ \t]+(?=(?:loại[ \t]+trừ|chấm[ \t]+dứt|kết[ \t]+thúc|thanh[ \t]+toán|"
    r"xóa[ \t]+bỏ|đẩy[ \t]+lùi|thành[ \t]+lập|đề[ \t]+nghị|phấn[ \t]+đấu)(?!\w))"
)
#: After the year, in its clause: the aim was reached, or the year is a cited document's.
_REACHED: Final = re.compile(
    r"(?i)[ \t,]*(?:[^.;:!?\n]{0,30}?(?<!\w)(?:đã|được công nhận|hoàn thành)(?!\w)"
    r"|(?:của|theo)[ \t]+(?:chiến lược|chương trình|quyết định|nghị quyết|đề án))"
)


def striven_years(
    text: str, skip: Sequence[Span] = (), own: Sequence[Period] = ()
) -> list[tuple[Period, str, Span]]:
    """The years *text* strives for in words (see the module notes), none in *skip* nor the
    last year of a period of several years in *own*: each as its period, its words and their
    span.

    Examples
    --------
    >>> [p.code for p, _, _ in striven_years("phấn đấu đạt mục tiêu từ nay đến năm 2020,")]
    ['2020']
    >>> striven_years("Mục tiêu phấn đấu đến năm 2020 đã đạt và vượt.")
    []
    >>> striven_years("Phấn đấu đến năm 2025", own=[Period.years(2021, 2025)])
    []
    >>> text = "Mục tiêu từng giai đoạn: 2016 - 2018 loại trừ sốt rét tại 21 xã; năm 2025 đề nghị"
    >>> [(p.code, quote) for p, quote, _ in striven_years(text)]
    [('2016-2018', '2016 - 2018'), ('2025', 'năm 2025')]
    """
    ends = {p.end.year for p in own if p.start.year < p.end.year}
    found = []
    for m in _STRIVEN.finditer(text):
        span = m.span("when")
        if any(a < span[1] and span[0] < b for a, b in skip):
            continue
        if _REACHED.match(text, span[1]) or int(m.group("year")) in ends:
            continue
        period = plan_year(m.group("year"))
        if period is not None:
            found.append((period, m.group("when"), span))
    for m in _PHASE.finditer(text):
        span = m.span("when")
        if any(a < span[1] and span[0] < b for a, b in skip):
            continue
        first, last = (int(m.group(g) or m.group("year")) for g in ("a", "b"))
        period = plan_years(first, last)
        if first <= last and period is not None:
            found.append((period, m.group("when"), span))
    return sorted(found, key=lambda f: f[2])
