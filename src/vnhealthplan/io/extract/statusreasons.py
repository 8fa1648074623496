"""The longer reasons :mod:`.status` gives for reading a value as a status figure or a target.

They are made here by :func:`~vnhealthplan.io.extract.reasons.reason`, like every reason of
the drafter, so that the rules of :mod:`.status` stay short; each is said in English or in
Vietnamese (:meth:`~vnhealthplan.io.extract.reasons.Reason.said`).

Examples
--------
A figure of 2022 in a plan of 2024 is a status figure, and says why:

>>> from vnhealthplan.io.extract.segment import layout, year_marks
>>> from vnhealthplan.io.extract.status import read_role
>>> text = "Năm 2022 đạt 8,5 bác sĩ/vạn dân"
>>> role = read_role(text, "Năm 2022 ", layout(text)[0], year_marks(text)[0], (9, 31), 2024)
>>> role.reasons == (year_before(2022, 2024),)
True
>>> role.reasons[0].said("vi")
'năm 2022 của số liệu trước năm 2024 của kế hoạch'
>>> QUOTA.said("vi")
"'so với kế hoạch' đứng trước giá trị: chỉ tiêu kế hoạch giao"
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from vnhealthplan.io.extract.reasons import Reason, reason
from vnhealthplan.model.period import Period

__all__ = [
    "QUOTA",
    "REACHED",
    "could_be_target",
    "measured_against_plan",
    "own_year_reached",
    "section_sets_targets",
    "situation_doubt",
    "taken_as_issued",
    "taken_as_reported",
    "year_after",
    "year_before",
    "year_had",
]

#: "đạt 93% so với kế hoạch giao 90%": the quota after "so với kế hoạch" is a target …
QUOTA: Final = reason("'so với kế hoạch' before the value: the plan's quota")
#: … and the figure before it is what was reached.
REACHED: Final = reason("'so với kế hoạch' after the value: the figure reached")


def measured_against_plan(words: str) -> Reason:
    """Words after the value that measure it against the plan ("vượt chỉ tiêu").

    Examples
    --------
    >>> measured_against_plan("vượt chỉ tiêu").said("vi")
    "'vượt chỉ tiêu' sau giá trị: so với kế hoạch, đây là số liệu đã đạt"
    """
    return reason("'{words}' after the value: what was reached, against the plan", words=words)


def could_be_target(cues: Sequence[str]) -> Reason:
    """A status figure with *cues* of a target too, said in one language.

    Examples
    --------
    >>> could_be_target([year_after(2030, 2020)]).said("vi")
    'có thể là chỉ tiêu: năm 2030 của số liệu sau năm 2020 của kế hoạch'
    """
    return reason("could be a target: {cues}", cues=tuple(cues))


def own_year_reached(plan_year: int | None) -> Reason:
    """ "Năm 2024 đạt 95%" in a plan of 2024: a target, doubted.

    Examples
    --------
    >>> own_year_reached(2024)
    "'đạt' with the plan's own year 2024: could be a status figure"
    """
    return reason(
        "'đạt' with the plan's own year {plan_year}: could be a status figure",
        plan_year=plan_year,
    )


def section_sets_targets(section: str) -> Reason:
    """The value's section sets targets (a target's cue).

    Examples
    --------
    >>> section_sets_targets("II. MỤC TIÊU").said("vi")
    "giá trị nằm trong mục đặt chỉ tiêu ('II. MỤC TIÊU')"
    """
    return reason("its section sets targets ({section!r})", section=section)


def situation_doubt(section: str) -> Reason:
    """A target whose section describes the situation.

    Examples
    --------
    >>> situation_doubt("I. TÌNH HÌNH")
    "its section describes the situation ('I. TÌNH HÌNH'): could be a status figure"
    """
    return reason(
        "its section describes the situation ({section!r}): could be a status figure",
        section=section,
    )


def taken_as_reported(year: int) -> Reason:
    """A status figure with no year near it in a text with no date: of the latest year the
    text reports (:func:`~vnhealthplan.io.extract.results.report_year`).

    Examples
    --------
    >>> taken_as_reported(2018).said("vi")
    'không có năm gần giá trị, văn bản không ghi ngày: lấy năm gần nhất văn bản báo cáo (2018)'
    """
    return reason(
        "no year near the value and no date on the text: the latest year it reports ({year})",
        year=year,
    )


def taken_as_issued(plan_year: int) -> Reason:
    """A status figure with no year near it: current when the plan was issued.

    Examples
    --------
    >>> taken_as_issued(2023).said("vi")
    'không có năm gần giá trị: coi là số liệu tại thời điểm ban hành kế hoạch (2023)'
    """
    return reason(
        "no year near the value: taken as current when the plan was issued ({plan_year})",
        plan_year=plan_year,
    )


def year_after(year: Period | int, plan_year: int) -> Reason:
    """The value's year, written near it, is after the plan's (a target's cue).

    Examples
    --------
    >>> year_after(2030, 2020)
    "its year 2030 is after the plan's year 2020"
    """
    return reason(
        "its year {year} is after the plan's year {plan_year}", year=year, plan_year=plan_year
    )


def year_before(year: Period | int, plan_year: int) -> Reason:
    """The value's year, written near it, is before the plan's (a status figure's cue).

    Examples
    --------
    >>> year_before(2023, 2024)
    "its year 2023 is before the plan's year 2024"
    """
    return reason(
        "its year {year} is before the plan's year {plan_year}", year=year, plan_year=plan_year
    )


def year_had(year: str, verb: str) -> Reason:
    """ "năm 2019 có", "năm 2020 là" right before the value: a figure of that year.

    Examples
    --------
    >>> year_had("2019", "có").said("vi")
    "'năm 2019 có' đứng trước giá trị: số liệu của năm đó"
    """
    return reason(
        "'năm {year} {verb}' before the value: a figure of that year", year=year, verb=verb
    )
