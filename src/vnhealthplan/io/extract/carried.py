"""Status figures a sentence goes on with, after one it reports.

A background sentence reports a figure of a year and then others tied to it: "năm 2009 có
14 xã với 159.066 người sống trong vùng sốt rét lưu hành nặng thì đến năm 2014 chỉ còn 7 xã
với 55.033 người". The drafter reads each figure from its own words, and the later ones
have none that report: "với" ties the count of people to the count of communes, and "thì
đến năm 2014" reads as a year to reach in a text with no date. A careful reader takes them
all as status figures:

* a figure tied to the status figure right before it by a linking word only ("với",
  "gồm", "trong đó", "tương ứng với", "bằng"), is a status figure of the same time;
* "thì đến năm Y" (or "thì năm Y", "thì tới năm Y", "thì sang năm Y") after a status figure,
  with no aim word between (:func:`~.results.explicit_aim`: "phấn
  đấu", "phải", "cần", "sẽ" …), contrasts two past years: the figures after it in the
  sentence, to its end, are status figures of year Y unless an aim word comes first.

Each sentence is read once, from its figures: linear in the text.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> text = "Năm 2010 có 20 xã với 35.000 người mắc, thì đến năm 2015 chỉ còn 8 xã với 9.000 người."
>>> [(c.role, c.period.code) for c in carried(text, find_figures(text))]
[('observation', '2010'), ('observation', '2010'), ('observation', '2015'), ('observation', '2015')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

import attrs

from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.planyear import plan_year
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.results import explicit_aim
from vnhealthplan.io.extract.stops import stop_marks
from vnhealthplan.model.period import Period

__all__ = ["carried"]

#: Only a linking word between two figures.
_LINKED: Final = re.compile(
    r"[ \t]*,?[ \t]*(?:với|gồm(?: có)?|trong đó(?: có)?|tương ứng(?: với)?|bằng)"
    r"[ \t]*(?:khoảng[ \t]+)?"
)
#: "thì (đến|tới|sang) năm Y": the sentence turns to a later year it reports.
_THEN: Final = re.compile(r"(?<!\w)thì[ \t,]+(?:(?:đến|tới|sang)[ \t]+)?năm[ \t]+((?:19|20)\d\d)\b")
#: The end of a sentence (not the dot of "1.200") or of its clause.
_STOP: Final = stop_marks(";!?")
#: How far apart two figures of one sentence may be.
_GAP_CHARS: Final = 200


def carried(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """*found*, with the targets a reported sentence goes on with read as status figures
    (see the module notes).

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = "Năm 2020 có 20 xã, phấn đấu đến năm 2025 có 30 xã với 90% dân số."
    >>> [c.role for c in carried(text, find_figures(text))]
    ['observation', 'target', 'target']
    """
    kept: list[Candidate] = []
    turned: Period | None = None  # the later year a sentence turned to, until it ends
    for c in found:
        prev = kept[-1] if kept else None
        between = text[prev.span[1] : c.span[0]] if prev is not None else ""
        apart = prev is None or len(between) > _GAP_CHARS or _STOP.search(between)
        if apart:
            turned = None
        lower = unicodedata.normalize("NFC", between).lower()
        if turned is not None and explicit_aim(lower):
            turned = None
        if prev is not None and not apart and prev.role == "observation" and c.role == "target":
            then = _THEN.search(lower)
            if then and not explicit_aim(lower[then.end() :]):
                year = int(then.group(1))
                if c.period.last_year <= year:
                    turned = plan_year(year)
            if turned is not None:
                why = reason(
                    "'thì … năm {year}' turns its sentence to a year it reports: a status figure",
                    year=turned.code,
                )
                c = attrs.evolve(c, role="observation", period=turned, reasons=(*c.reasons, why))
            elif _LINKED.fullmatch(between):
                why = reason(
                    "tied to the status figure before it by '{word}': a status figure",
                    word=" ".join(between.split()),
                )
                c = attrs.evolve(
                    c, role="observation", period=prev.period, reasons=(*c.reasons, why)
                )
        kept.append(c)
    return kept
