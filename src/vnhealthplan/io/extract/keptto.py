"""Levels kept to a later year by a "và duy trì đến năm 2030" that closes their clause.

docs/labelling.rst: "100% … vào năm 2025 và duy trì đến năm 2030" is two targets, the level
in 2025 and its maintenance to 2030. :func:`~.candidate.maintained` reads the level whose own
words set the first year right before "duy trì". Two more ways plans write it:

* a list whose items share the first year and the kept one: "béo phì dưới 6% ở thành thị
  và dưới 4% ở nông thôn vào năm 2025 và tiếp tục duy trì đến năm 2030": every level of the
  clause due by 2025 is kept to 2030, not only the last;
* the first year before the value: "Đến năm 2025, 100% người cao tuổi có thẻ bảo hiểm y tế
  và duy trì đến năm 2030": the level is due by 2025 (the year before it, not the kept one
  after it) and kept to 2030. A level given the kept year is re-dated to the first one,
  the year right before "duy trì" or else the year before the value.

"duy trì" must stand right before "đến năm" (it keeps what came before it: not "duy trì
tỷ lệ … đến năm 2030", another target) and after the value in the same clause and
sentence, with no other year between but the level's own, and no other figure after the
value's own year ("90% năm 2025, 100% … vào năm 2025 và duy trì …" keeps only the 100%).

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_targets
>>> text = "Mục tiêu: đến năm 2025, 100% xã có bác sĩ và duy trì đến năm 2030."
>>> [(c.phrase.kind.value, c.period.code) for c in find_targets(text)]
[('level', '2025'), ('maintain', '2030')]
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from vnhealthplan.core.vocab import TargetKind
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.model.period import Period

__all__ = ["kept_to"]

_GAP = r"[ \t\n]+"
#: "và (tiếp tục) duy trì (cho) đến (hết) năm 2030": nothing named between the verb and
#: the year.
_KEPT_TO: Final = re.compile(
    rf"(?<!\w)(?:và{_GAP})?(?:tiếp tục{_GAP})?(?<!được )duy trì{_GAP}(?:cho{_GAP})?"
    rf"(?:đến|tới){_GAP}(?:hết{_GAP})?năm{_GAP}(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NUMBER: Final = re.compile(r"\d+(?:[.,]\d+)*")
#: A sentence or clause break between the value and the kept phrase.
_SENTENCE_END: Final = re.compile(r"[.;:!?](?:\s|$)")
#: "đến năm 2025," before the value: the year it is due by.
_DUE_BEFORE: Final = re.compile(
    rf"(?<!\w)(?:đến|tới|vào|trong){_GAP}(?:hết{_GAP}|cuối{_GAP})?năm{_GAP}(\d{{4}})(?!\d)",
    re.IGNORECASE,
)


def _owns_a_year(between: str) -> bool:
    """Whether the value has a year of its own before the next figure or sentence ("90% năm
    2025. 100% … vào năm 2025 và duy trì …"): the kept phrase is then the later figure's."""
    if _SENTENCE_END.search(between):
        return True
    numbers = _NUMBER.findall(between)
    return bool(numbers) and _YEAR.fullmatch(numbers[0]) is not None and len(numbers) > 1


def kept_to(
    text: str, found: Candidate, clause: tuple[int, int]
) -> tuple[Candidate, Candidate | None]:
    """*found* (re-dated when its year was the kept one) and its maintenance, or None.

    *clause* is the span of the value's clause (see the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_targets
    >>> text = ("Mục tiêu: dưới 6% ở thành thị và dưới 4% ở nông thôn vào năm 2025"
    ...         " và duy trì đến năm 2030.")
    >>> [(c.phrase.kind.value, c.value.magnitude, c.period.code) for c in find_targets(text)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('level', 6, '2025'), ('maintain', 6, '2030'),
     ('level', 4, '2025'), ('maintain', 4, '2030')]
    """
    if found.role != "target" or found.phrase.kind is not TargetKind.LEVEL:
        return found, None
    if found.period.first_year != found.period.last_year:
        return found, None
    kept = _KEPT_TO.search(text, found.span[1], clause[1])
    if kept is None:
        return found, None
    year, until = found.period.last_year, int(kept.group(1))
    if plan_year(until) is None:  # "duy trì đến năm 2200": no year a plan sets
        return found, None
    if _owns_a_year(text[found.span[1] : kept.start()]):
        return found, None
    between = {int(y) for y in _YEAR.findall(text, found.span[1], kept.start())}
    if year == until:  # "Đến năm 2025, 100% … và duy trì đến năm 2030": re-dated
        due = [int(m.group(1)) for m in _DUE_BEFORE.finditer(text, clause[0], found.span[0])]
        due = sorted(between) if between else due[-1:]
        if len(due) != 1 or due[0] >= until or plan_year(due[0]) is None:
            return found, None
        year = due[0]
        why = reason(
            "'{said}' after the value: the level is due by {year}, kept to {until}",
            said=" ".join(kept.group().split()),
            year=year,
            until=until,
        )
        found = attrs.evolve(found, period=Period.year(year), reasons=(*found.reasons, why))
    elif until < year or between - {year}:
        return found, None
    why = reason(
        "'{said}': the level is kept to {year}",
        said=" ".join(kept.group().split()),
        year=until,
    )
    maintain = attrs.evolve(
        found,
        span=(found.span[0], kept.end()),
        phrase=attrs.evolve(found.phrase, kind=TargetKind.MAINTAIN),
        period=Period.year(until),
        reasons=(*found.reasons, why),
    )
    return found, maintain
