"""Budget lines: what a plan will cost, its total and its parts, as targets.

A plan states its funding: "Tổng kinh phí thực hiện Kế hoạch là 12 tỷ đồng", "Trong đó, vốn
ngân sách Trung ương là 68.000 tỷ đồng (bao gồm vốn đầu tư công: 39.200 tỷ đồng; kinh phí
thường xuyên: 28.800 tỷ đồng)", "nguồn xã hội hóa là 108 triệu đồng". By the labelling
convention (docs/labelling.rst) a budget total is a target (kind level, in its currency), and
so is each part. A sum of money (a unit of currency alone, not "đồng/người") is a **budget
line** when the words right before it, back to a ",", ";", "(", "trong đó" or "bao gồm",
name funds: "kinh phí", "nguồn vốn", "vốn", "nguồn", "ngân sách", "dự toán", "tổng mức đầu
tư", then at most a few words ("thực hiện giai đoạn 2026 - 2030 là"). It is not one when
those words say the money was spent or given ("đã", "được", "giải ngân", "quyết toán",
"thực chi" …): a result; nor when they price one thing or one person ("mỗi", "mức", "giá",
"định mức", "bình quân"). Status figures are told apart before (:mod:`.status`), as for any
value.

A line is a **part** (drafted under an indicator of its own, not the catalogue's
``plan_budget``, which is the plan's total) when its funds are named by their source or
kind ("vốn ngân sách Trung ương", "nguồn xã hội hóa", "vốn đầu tư công", "nguồn vốn khác")
or it stands in the parenthesis of another line ("(bao gồm … kinh phí thường xuyên: 28.800
tỷ đồng)"). Otherwise it is a **total** ("tổng nguồn vốn …", "Kinh phí giai đoạn
2024-2025 là …"). A part with no year of its own takes the period of the total stated just
before it (:func:`share_period`).

Examples
--------
>>> budget_line("Trong đó, vốn ngân sách Trung ương là ")
'part'
>>> budget_line("Quốc hội quyết nghị tổng nguồn vốn thực hiện giai đoạn 2026 - 2030 là ")
'total'
>>> budget_line("Năm 2023, tỉnh đã giải ngân ")
''
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final, Literal

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.reasons import Reason, no_indicator, reason
from vnhealthplan.io.extract.status import Role
from vnhealthplan.io.extract.statusreasons import (
    could_be_target,
    taken_as_issued,
    taken_as_reported,
    year_had,
)
from vnhealthplan.io.extract.stops import last_match
from vnhealthplan.io.extract.valueyear import GUESSED, YearContext, year_template

__all__ = ["BUDGET_PART", "budget_code", "budget_line", "funded_role", "is_money", "share_period"]

Span = tuple[int, int]
Line = Literal["", "total", "part"]

#: The reason a part of a budget is drafted under an indicator of its own.
BUDGET_PART: Final = reason(
    "a part of the budget (a source or a kind of funds): not the plan's total"
)
#: The reason a total the catalogue's words missed ("Dự toán …") is the plan's budget.
_TOTAL: Final = reason("a budget total: the plan's budget (plan_budget)")
#: The reason a part takes the period of the total before it.
_SHARED: Final = reason("the period of the budget total it is a part of")

#: The templates of the status cue "năm 2024 là" right before a value (:mod:`.status`) and of
#: its doubt: a role is matched on what its reasons are, not on their wording.
_YEAR_HAD: Final = year_had("", "").template
_DOUBT: Final = could_be_target(()).template
#: How far back the words before a sum are read.
_OWN_CHARS: Final = 200
#: At most this many words from the word for funds to the sum.
_NAME_WORDS: Final = 14
#: Where the words that name a sum begin: after the last of these.
_CUT: Final = re.compile(r"[,;:(\n]|\btrong\s+đó\b|\bbao\s+gồm\b|\bgồm\b", re.IGNORECASE)
#: What is written between a name and its sum: "là", ":", "dự kiến (là)", "khoảng".
_JOINER: Final = re.compile(r"(?:\s*(?:là|:|dự\s+kiến|khoảng|-|–))*\s*$", re.IGNORECASE)
#: A word for funds (folded), "tổng" before it for a total.
_FUNDS: Final = re.compile(
    r"\b(tong\s+)?(kinh phi|nguon von|nguon kinh phi|nguon|von|ngan sach"
    r"|du toan(?: kinh phi)?|muc dau tu|muc von)\b"
)
#: Words right after the word for funds that name a source or a kind of funds (folded).
_SOURCE: Final = re.compile(
    r"^(?:(?:tu|cua)\s+)?(?:cac\s+)?(?:nguon\s+)?(?:von\s+)?"
    r"(ngan sach|nsnn|nstw|nsdp|trung uong|dia phuong|tinh|huyen|nha nuoc|bao hiem|bhyt"
    r"|xa hoi hoa|vien tro|tai tro|oda|vay|doi ung|su nghiep|dau tu|thuong xuyen|khac"
    r"|ngoai ngan sach|huy dong|hop phap|ho tro)\b"
)
#: Words saying the money was spent, received or is left: a result, not the plan's funding.
_RESULT: Final = re.compile(
    r"(?<!\w)(?:đã|được|giải\s+ngân|quyết\s+toán|thanh\s+toán|thực\s+chi|chi\s+trả|tiếp\s+nhận"
    r"|còn\s+lại|còn\s+thiếu|tiết\s+kiệm|thất\s+thoát|thiệt\s+hại|lũy\s+kế|luỹ\s+kế|thu)(?!\w)",
    re.IGNORECASE,
)
#: "cho 20 hộ vay vốn": a loan to households, not the plan's funds ("vốn vay" is a source).
_LOAN: Final = re.compile(r"\bvay von\b")
#: Words pricing one thing or one person: a price or a rate, not a budget.
_PRICE: Final = re.compile(
    r"(?<!\w)(?:mỗi|bình\s+quân|trung\s+bình|định\s+mức|mức(?!\s+(?:đầu\s+tư|vốn))|giá"
    r"|đơn\s+giá|một\s+người)(?!\w)|/",
    re.IGNORECASE,
)


def is_money(unit: Any) -> bool:
    """Whether *unit* is a sum of money: a currency alone ("tỷ đồng", not "đồng/người").

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> is_money(registry().Unit("billion_dong")), is_money(registry().Unit("percent"))
    (True, False)
    """
    dims: Any = getattr(unit, "dimensionality", None)
    return dims is not None and dict(dims) == {"[currency]": 1}


def budget_line(own: str, outer: str = "") -> Line:
    """Whether the words *own* before a sum make it a budget line: ``"total"``, ``"part"``
    or ``""`` (see the module notes).

    *outer* is the head of the parenthesis the sum stands in, if any ("Trong đó, vốn ngân
    sách Trung ương là 68.000 tỷ đồng" for "(bao gồm vốn đầu tư công: 39.200 tỷ đồng …)").

    Examples
    --------
    >>> budget_line("Tổng kinh phí thực hiện Kế hoạch dự kiến là ")
    'total'
    >>> budget_line(" kinh phí thường xuyên: ", "vốn ngân sách địa phương là 20.041 tỷ đồng")
    'part'
    >>> budget_line("giá mỗi liều vắc xin là "), budget_line("hỗ trợ ")
    ('', '')
    """
    words = own[-_OWN_CHARS:]
    joined = _JOINER.search(words)
    words = words[: joined.start()] if joined else words
    cut = last_match(_CUT, words)
    name = words[cut.end() :] if cut else words
    folded = fold(name)
    funds = _FUNDS.search(folded)
    if funds is None or len(folded[funds.start() :].split()) > _NAME_WORDS:
        return ""
    if _RESULT.search(name) or _PRICE.search(name) or _LOAN.search(folded):
        return ""
    nested = outer and budget_line(outer) != ""
    if funds.group(1):
        return "part" if nested else "total"
    rest = folded[funds.end() :].strip()
    if nested or (funds.group(2) == "nguon" and rest) or _SOURCE.match(rest):
        return "part"  # "nguồn" alone is a source: "nguồn xã hội hóa", "nguồn Quỹ Toàn cầu"
    return "total"


def budget_code(line: Line, code: str, reasons: Sequence[str]) -> tuple[str, list[str]]:
    """The indicator code of a sum of money read as the budget *line* it is, and its reasons.

    A part is not the plan's budget (``plan_budget``): a draft indicator of its own. A total
    is, whatever words the catalogue's lexicon reads in it ("Dự toán …", "Tổng mức đầu tư").

    Examples
    --------
    >>> budget_code("part", "plan_budget", [])[0], budget_code("total", "", [])[0]
    ('', 'plan_budget')
    >>> budget_code("", "", ["no catalogue indicator fits the words: a draft indicator"])
    ('', ['no catalogue indicator fits the words: a draft indicator'])
    """
    if line == "part" and code == "plan_budget":
        return "", [*reasons, BUDGET_PART]
    if line == "total" and not code:
        kept = [r for r in reasons if not no_indicator(r)]
        return "plan_budget", [*kept, _TOTAL]
    return code, list(reasons)


def funded_role(role: Role, own: str, unit: Any, years: YearContext) -> Role:
    """*role*, a target for a budget line of the plan's year that names the plan.

    "Tổng kinh phí thực hiện Kế hoạch năm 2024 là 1.250 triệu đồng": "năm 2024 là" would
    make the sum a figure of 2024 (:mod:`.status`), but the year names the plan ("Kế hoạch
    năm 2024") whose funding it is. Only a status figure whose one cue is that year (not
    one before the plan's year, not a report of results) and whose words also aim ("kế
    hoạch", "mục tiêu" …) is turned back into a target.

    Examples
    --------
    >>> cue, doubt = year_had("2024", "là"), could_be_target(["'kế hoạch' before the value"])
    >>> from vnhealthplan.core.units import registry
    >>> own = "Tổng kinh phí thực hiện Kế hoạch năm 2024 là "
    >>> money = registry().Unit("million_dong")
    >>> role = funded_role(Role("observation", (cue, doubt)), own, money, YearContext(None, 2024))
    >>> role.kind, role.reasons
    ('target', ("a budget line of the plan's year: 'năm 2024 là' names the plan",))
    >>> funded_role(Role("observation", (cue,)), own, money, YearContext(None, 2024)).kind
    'observation'
    >>> funded_role(Role("observation", (cue, doubt)), own, money, YearContext(None, 2025)).kind
    'observation'
    """
    if role.kind != "observation" or not is_money(unit) or not budget_line(own):
        return role
    status = [r for r in role.reasons if _template(r) != _DOUBT]
    cued = status[0] if len(status) == 1 and _template(status[0]) == _YEAR_HAD else None
    title = years.title.period if years.title is not None else None
    one = title is not None and title.first_year == title.last_year
    own_year = years.issue_year or (title.last_year if title is not None and one else None)
    if not isinstance(cued, Reason) or len(role.reasons) == 1:
        return role
    year, verb = cued.fields["year"], cued.fields["verb"]
    if int(year) != own_year:
        return role
    why = reason(
        "a budget line of the plan's year: 'năm {year} {verb}' names the plan", year=year, verb=verb
    )
    return Role("target", (why,), 0.1)


def _template(text: str) -> str:
    """The template of a reason made by :func:`.reason`, or "" for a plain string."""
    return text.template if isinstance(text, Reason) else ""


def share_period(found: Sequence[Candidate]) -> list[Candidate]:
    """*found*, each part of a budget whose year was guessed given the period of the total
    stated just before it.

    A part follows its total when only other sums of money stand between them, each within
    a few lines of the one before.

    Examples
    --------
    A programme of 2026-2035 funds its first phase; the part would be due by the title's
    2035:

    >>> from vnhealthplan.io.extract.targets import find_targets
    >>> from vnhealthplan.io.extract.segment import YearMark
    >>> from vnhealthplan.io.extract.valueyear import YearContext
    >>> from vnhealthplan.model.period import Period
    >>> title = YearContext(YearMark(Period.years(2026, 2035), (0, 0)), None)
    >>> text = ("Tổng kinh phí thực hiện giai đoạn 2026 - 2030 là 900 tỷ đồng.\\n\\n"
    ...         "Trong đó, nguồn xã hội hóa là 100 tỷ đồng.")
    >>> [(c.code, c.value.magnitude, c.period.code) for c in find_targets(text, years=title)]
    [('plan_budget', 900, '2026-2030'), ('', 100, '2026-2030')]
    """
    shared: list[Candidate] = []
    total: Candidate | None = None
    last_end = 0
    for c in found:
        money = c.role == "target" and is_money(c.value.units)
        if not money or c.span[0] - last_end > _OWN_CHARS * 3:
            total = None
        if money and c.code == "plan_budget":
            total = c
        elif money and total is not None and not c.code and _guessed(c.reasons):
            kept = tuple(r for r in c.reasons if not _is_year_reason(r))
            c = attrs.evolve(c, period=total.period, reasons=(*kept, _SHARED))
        last_end = c.span[1]
        shared.append(c)
    return shared


#: The templates of the reasons for a year not written near the value: the drafter's guess
#: of a target's year (:data:`~.valueyear.GUESSED`) or of a status figure's.
_GUESSED_YEAR: Final = GUESSED | {taken_as_issued(0).template, taken_as_reported(0).template}


def _is_year_reason(reason: str) -> bool:
    return year_template(reason) in _GUESSED_YEAR


def _guessed(reasons: Sequence[str]) -> bool:
    return any(_is_year_reason(r) for r in reasons)
