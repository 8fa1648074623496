"""The drafter's reasons for doubt, said in English or in Vietnamese.

Every drafted record (:class:`~vnhealthplan.io.extract.records.Finding`) carries the reasons
its reading is doubtful. Each is made by :func:`reason` from an English template and its
fields, and is a :class:`Reason`: a ``str`` holding the English sentence (what the plan
file's notes, ``repr`` and comparisons see) that also keeps its template, so that the review
table (:meth:`Draft.review_frame <vnhealthplan.io.extract.draft.Draft.review_frame>`), the
terminal table of ``vnhealthplan extract --lang vi`` and the review workbook give it in
Vietnamese, from ``core/locale/vi/reasons.po`` (context ``"reason"``). The type lives in
:mod:`vnhealthplan.core.reasons`, where the text readers below this layer reach it too; this
module is the drafter's door to it. A new reason is written as
``reason("the words fit {best} and {tied} equally: {best} taken", best=..., tied=...)``
and its Vietnamese added to ``reasons.po``: the test suite drafts the bundled plans and the
labelled cases and fails on a reason the catalogue lacks.

Examples
--------
An Giang's plan gives one target no year of its own:

>>> from vnhealthplan import plans
>>> from vnhealthplan.io.extract.draft import draft_plan
>>> draft = draft_plan(plans.source_text("an-giang-2018"))
>>> finding = draft.findings[41]
>>> finding.record
'preventive_budget_share'
>>> print(said(finding.reasons, "en"))
no year near the value: the plan's period 2018–2030 is taken (due by 2030)
>>> print(said(finding.reasons, "vi"))
không có năm gần giá trị: lấy giai đoạn 2018–2030 của kế hoạch (hạn năm 2030)
>>> why = finding.reasons[0]
>>> isinstance(why, Reason), why.template, why.template in translated_templates()
(True, '{reason} (due by {year})', True)
>>> print(draft.review_frame("vi").loc[41, "lý do"])
không có năm gần giá trị: lấy giai đoạn 2018–2030 của kế hoạch (hạn năm 2030)
"""

from __future__ import annotations

from typing import Final

from vnhealthplan.core.i18n import catalogue
from vnhealthplan.core.reasons import CONTEXT, Reason, reason, said

__all__ = [
    "NO_INDICATOR_FOR_LABEL",
    "NO_INDICATOR_FOR_WORDS",
    "Reason",
    "no_indicator",
    "reason",
    "said",
    "translated_templates",
]

#: The reason of a value no catalogue indicator fits, read from the words around it.
NO_INDICATOR_FOR_WORDS: Final = reason("no catalogue indicator fits the words: a draft indicator")
#: The reason of a table cell no catalogue indicator fits, read from its row's label.
NO_INDICATOR_FOR_LABEL: Final = reason(
    "no catalogue indicator fits the row's label: a draft indicator"
)


def translated_templates() -> frozenset[str]:
    """The templates of the reasons the Vietnamese catalogue translates.

    Examples
    --------
    >>> "year taken from the title" in translated_templates()
    True
    """
    return frozenset(message for context, message in catalogue("vi") if context == CONTEXT)


def no_indicator(why: str) -> bool:
    """Whether *why* is the reason of a value no catalogue indicator fits (a draft indicator).

    A later reading that gives the value an indicator (a budget total, a count of places)
    drops this reason; it is told by its template, not by its English words.

    Examples
    --------
    >>> no_indicator(NO_INDICATOR_FOR_WORDS), no_indicator(NO_INDICATOR_FOR_LABEL)
    (True, True)
    >>> no_indicator("no catalogue indicator fits the words: a draft indicator")  # as a note
    True
    >>> no_indicator(reason("year taken from the title"))
    False
    """
    templates = (NO_INDICATOR_FOR_WORDS.template, NO_INDICATOR_FOR_LABEL.template)
    return getattr(why, "template", why) in templates
