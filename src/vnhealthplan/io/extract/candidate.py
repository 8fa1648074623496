"""A drafted figure before it becomes a record, and what the document says about years.

:func:`~vnhealthplan.io.extract.targets.find_figures` returns :class:`Candidate` values:
targets and status figures (:mod:`.status`), which :mod:`.records` makes into
:class:`~vnhealthplan.Target` and :class:`~vnhealthplan.Observation` records.

Examples
--------
>>> YearContext(None, 2024).title is None
True
"""

from __future__ import annotations

from typing import Any

import attrs

from vnhealthplan.core.vocab import Tier
from vnhealthplan.io.extract.segment import YearMark
from vnhealthplan.model.period import Period
from vnhealthplan.text import TargetPhrase

__all__ = ["Candidate", "YearContext"]

Span = tuple[int, int]


@attrs.frozen
class YearContext:
    """What the document says about years: the title's year and the issue year.

    Examples
    --------
    >>> YearContext(None, 2023).issue_year
    2023
    """

    title: YearMark | None
    issue_year: int | None


@attrs.frozen
class Candidate:
    """A drafted target before it becomes a :class:`~vnhealthplan.Target`.

    Parameters
    ----------
    span : tuple of int
        The quoted words: the phrase, or a table row from its label to its value.
    code : str
        A catalogue indicator code, or ``""`` for a draft indicator of the plan's own.
    name : str
        For a draft indicator, the words it is named after.
    value, upper : pint.Quantity
    phrase : TargetPhrase
    period : Period
    tier : Tier, optional
    section : str
    confidence : float
        From 0 to 1.
    reasons : tuple of str
        Why the confidence is below 1.
    role : {"target", "observation"}
        A target, or a status figure the text reports (:mod:`.status`).

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_targets
    >>> find_targets("Mục tiêu: tỉ lệ hài lòng đạt trên 90% vào năm 2030")[0].span
    (25, 37)
    """

    span: Span
    code: str
    name: str
    value: Any
    upper: Any
    phrase: TargetPhrase
    period: Period
    tier: Tier | None
    section: str
    confidence: float
    reasons: tuple[str, ...]
    role: str = attrs.field(default="target", kw_only=True)
