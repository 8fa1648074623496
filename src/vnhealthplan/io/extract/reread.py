"""The figures read again with what their sentence and the plan's title say around them.

:func:`~vnhealthplan.io.extract.targets.find_figures` reads each figure from its own words;
:func:`reread` then weighs them with the words around: a figure that defines a group in
brackets is dropped (:mod:`.groupdefs`), so is a figure dated only by the period an
undated page's lead names whose sentence sets no aim (:mod:`.leadgoals`), the figures a
reported sentence goes on with are status figures (:mod:`.carried`), a headline's target
stated again in the body is kept once (:mod:`.headline`), and a plan whose title names a
part of the province sets no figure of the catalogue's whole province (:mod:`.planscope`).

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> text = "Năm 2009 có 14 xã với 159.066 người sống trong vùng sốt rét."
>>> [c.role for c in reread(text, find_figures(text), "")]
['observation', 'observation']
"""

from __future__ import annotations

from collections.abc import Sequence

from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.carried import carried
from vnhealthplan.io.extract.groupdefs import without_definitions
from vnhealthplan.io.extract.headline import once
from vnhealthplan.io.extract.leadgoals import lead_goals
from vnhealthplan.io.extract.planscope import scoped

__all__ = ["reread"]


def reread(text: str, found: Sequence[Candidate], title: str) -> list[Candidate]:
    """*found* read again (see the module notes); *title* is the plan's title.

    Examples
    --------
    >>> reread("Không có số liệu.", [], "")
    []
    """
    found = lead_goals(text, without_definitions(text, found))
    return scoped(once(text, carried(text, found)), title)
