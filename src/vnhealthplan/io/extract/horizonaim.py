"""A figure dated by an undated text's horizon, in a sentence that sets it as an aim.

A news page of a plan often writes its horizon once or twice ("Phú Thọ đặt mục tiêu …
vào năm 2030", "đến năm 2030 …") and its goals in the sentences around with no year of
their own: "tỉnh sẽ phát triển 3 bệnh viện vùng", "phấn đấu có ít nhất 1 bệnh viện hạng
đặc biệt", "hoàn thiện mạng lưới y tế với tỷ lệ 50 giường bệnh/vạn dân". A figure that
takes its year from beyond its sentence (the year the text's goals are due by,
:func:`~vnhealthplan.io.extract.horizon.goals_year`, the lead's plan period,
:mod:`.leadspan`, an earlier sentence of its paragraph or the phase an earlier paragraph
opens with) is as dated as one with its own year when its sentence sets it as an aim
(:func:`~vnhealthplan.io.extract.aims.sentence_aim`): a count or a ratio there is a
target. Without an aim word it is not ("Tỉnh có 12 bệnh viện"). Only an undated text (a
news page, a portal's summary) is read so: a dated plan writes its goals' years where it
sets them, and a count there without its own year is often a task ("Nâng cấp 03 bệnh viện
huyện").

Examples
--------
>>> from vnhealthplan.io.extract.reasons import reason
>>> text = "Tỉnh có 12 bệnh viện. Theo đó, phấn đấu có ít nhất 1 bệnh viện hạng I."
>>> why = reason("no year near the value: the plan's period {period} is taken", period=2030)
>>> horizon_aim(text, (51, 62), why), horizon_aim(text, (8, 20), why)
(True, False)
>>> horizon_aim(text, (51, 62), reason("year taken from the title"))
False
>>> horizon_aim(text, (51, 62), why, issue_year=2023)  # a dated plan: its own rules
False
"""

from __future__ import annotations

from typing import Final

from vnhealthplan.io.extract.aims import sentence_aim
from vnhealthplan.io.extract.valueyear import EARLIER, PHASE, PLAN_PERIOD, year_template

__all__ = ["horizon_aim"]

Span = tuple[int, int]

#: The templates of the year reasons of a year from beyond the value's sentence: the plan's
#: period, an earlier sentence of its paragraph, the phase an earlier paragraph opens with.
_BEYOND: Final = frozenset({PLAN_PERIOD, EARLIER.template, PHASE.template})


def horizon_aim(
    text: str, value_span: Span, year_reason: str, issue_year: int | None = None
) -> bool:
    """Whether a value dated from beyond its sentence (*year_reason*: the plan's period, an
    earlier sentence, an earlier paragraph's phase) has an aim word in its sentence (see the
    module notes), in a text with no *issue_year*.

    Examples
    --------
    >>> horizon_aim("Sẽ xây 2 bệnh viện.", (4, 15), "")
    False
    """
    if issue_year is not None:
        return False
    return year_template(year_reason) in _BEYOND and bool(sentence_aim(text, value_span))
