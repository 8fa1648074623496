"""The goals an undated page's lead period dates: only those something sets as aims.

A figure with no year near it on a page with no issue date, no title year and no year its
goals are due by takes the period of the plan its lead names
(:func:`~vnhealthplan.io.extract.leadspan.lead_period`). That period dates the plan's goals,
not the figures a report gives of the present ("Hiện nay, tỷ lệ sinh con thứ 3 là 2,75%",
"tỷ lệ thấp còi còn khá cao (11,8%)", a headline's "Cứ 3 học sinh có hơn 1 trẻ thừa cân"):
such a figure stays a target only when its sentence sets an aim ("phấn đấu", "ít nhất",
"nâng", "đạt", "sẽ" …: :func:`~vnhealthplan.io.extract.aims.sentence_aim`); the others stay
undrafted, as a figure with no year is. A headline's figure that the body states again with
an aim (the same value in a later sentence that sets one) is that goal.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> text = ("Huyện vừa ban hành kế hoạch chăm sóc người cao tuổi giai đoạn 2022-2030.\\n"
...         "Hiện tỷ lệ người cao tuổi có thẻ bảo hiểm y tế là 96%.\\n"
...         "Theo đó, phấn đấu có ít nhất 80% xã có câu lạc bộ người cao tuổi.")
>>> [(c.role, c.value.magnitude, c.period.code) for c in lead_goals(text, find_figures(text))]
[('observation', 96, '2022'), ('target', 80, '2022-2030')]
"""

from __future__ import annotations

from collections.abc import Sequence

from vnhealthplan.io.extract.aims import sentence_aim
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.leadspan import lead_period
from vnhealthplan.io.extract.valueyear import PLAN_PERIOD, year_template

__all__ = ["lead_goals"]


def lead_goals(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """*found* without the targets dated only by the lead's period whose sentence sets no aim
    (see the module notes).

    Examples
    --------
    >>> lead_goals("Không có số liệu.", [])
    []
    """
    lead = lead_period(text) if found else None
    if lead is None:
        return list(found)
    aimed = [
        c.role != "target"
        or c.period != lead.period
        or not any(year_template(r) == PLAN_PERIOD for r in c.reasons)
        or bool(sentence_aim(text, c.span))
        for c in found
    ]
    aimed_values = {(c.value, c.span[0]) for c, ok in zip(found, aimed, strict=True) if ok}
    return [
        c
        for c, ok in zip(found, aimed, strict=True)
        if ok or any(v == c.value and at > c.span[0] for v, at in aimed_values)
    ]
