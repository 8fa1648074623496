"""Figures read in a plan's text that are none of its targets: the filters, in one pass.

:func:`~vnhealthplan.io.extract.targets.find_figures` reads every figure its rules take for
a target or a status figure; :func:`plan_figures` then drops those that are neither:

* the headlines of a news page's box of links to other articles (:mod:`.related`);
* the level a target starts from, "từ 90% lên 95%" (:mod:`.startlevel`);
* a bound that says what a share counts, "90% xã có trên 50% hộ …" (:mod:`.groupbounds`);

and turns another place's figure set beside the plan's, "đạt 95% (cả nước đạt 93%)", into
a status figure (:mod:`.otherplace`).

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> text = "Đến năm 2025, nâng tỷ lệ bao phủ từ 90% lên 95%; 80% xã có trên 50% hộ dùng nước."
>>> [str(c.value) for c in find_figures(text)]  # find_figures runs them
['95 percent', '80 percent']
"""

from __future__ import annotations

from collections.abc import Sequence

from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.groupbounds import without_bounds
from vnhealthplan.io.extract.otherplace import beside_figures
from vnhealthplan.io.extract.related import outside_related
from vnhealthplan.io.extract.startlevel import without_starts

__all__ = ["plan_figures"]


def plan_figures(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """*found* (in text order) without the figures that are none of the plan's (see the
    module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = "Năm 2025 đạt 95% trẻ em được tiêm chủng.\\nXem thêm: Huế đạt 98% năm 2025"
    >>> [str(c.value) for c in plan_figures(text, find_figures(text))]
    ['95 percent']
    """
    kept = without_bounds(text, without_starts(text, outside_related(text, found)))
    return beside_figures(text, kept)
