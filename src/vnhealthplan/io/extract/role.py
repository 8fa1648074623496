"""The role read for a value: a target or a status figure, why, and the cue that decided.

:func:`~vnhealthplan.io.extract.status.read_role` reads it; later rules (:mod:`.aims`,
:mod:`.budgetlines`) weigh it again. Such a rule tests the names a role carries (its status
word, whether its only doubt is its section's), never the wording of its reasons: a reason
is text for a reader, and rewording it must not change what is drafted.

Examples
--------
>>> from vnhealthplan.io.extract.status import read_role
>>> from vnhealthplan.io.extract.segment import layout
>>> text = "Toàn tỉnh hiện có 1.892 cơ sở hành nghề"
>>> role = read_role(text, "Toàn tỉnh hiện có ", layout(text)[0], None, (18, 23), 2023)
>>> role.kind, role.word, role.section_aims
('observation', 'hiện có', False)
"""

from __future__ import annotations

import attrs

__all__ = ["Role"]


@attrs.frozen
class Role:
    """Whether a value is drafted as a target or an observation, and why.

    Parameters
    ----------
    kind : {"target", "observation"}
    reasons : tuple of str
        The cue read, and the other reading when the value has cues of both.
    cost : float
        How much the doubt lowers the confidence.
    word : str
        The status word before the value that is its first cue, as written: one of the
        values of :data:`~vnhealthplan.io.extract.status.STATUS_WORDS` ("so với", "đạt
        được"), or "".
    section_aims : bool
        Whether a status figure's only other reading is its section's (a section that sets
        targets), with no target cue in its own words.

    Examples
    --------
    >>> Role("target").reasons
    ()
    >>> Role("observation", ("'so với' before the value",), word="so với").word
    'so với'
    """

    kind: str
    reasons: tuple[str, ...] = ()
    cost: float = 0.0
    word: str = attrs.field(default="", repr=False)
    section_aims: bool = attrs.field(default=False, repr=False)
