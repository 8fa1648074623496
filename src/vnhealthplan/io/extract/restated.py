"""Targets a text states more than once, drafted once: a headline and its body, a news lead
and a photo caption, a page that prints its lead twice.

A target restates an earlier one when they have the same value (compared as quantities in
one unit: "13,5 bác sĩ/vạn dân" and "13,5 bác sĩ/10.000 dân" are equal), comparator, kind
and period, and

* the same words around the value (a repeated paragraph, a repeated sentence): up to eight
  before it and sixteen after it, the shorter all shared ("50% trẻ em từ 6 đến dưới 16 tuổi
  biết kỹ năng an toàn …; 50% trẻ em từ 6 đến dưới 16 tuổi biết bơi" are two targets: one
  group, two measures); or
* the same catalogue indicator in running text, and nothing in their words that tells them
  apart: no place, tier, age group, speciality, sub-population or sex of one that the
  other contradicts ("Hà Nội là 91,25%" and "Bạc Liêu 91,25%" are two targets); or
* no indicator noun near the later value at all ("năm 2025 là 95,00%", "(đạt 100%)").

Table rows are records of their own: only running text is compared, except word for word.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_targets
>>> text = ("Mục tiêu năm 2024 đạt 13,5 bác sĩ/vạn dân.\\n"
...         "Năm 2024 ngành y tế phấn đấu có 13,5 bác sĩ/10.000 dân.")
>>> found = find_targets(text)
>>> seen = Restatements(text, found)
>>> [seen.first(c) for c in found]
[None, ((18, 41), 'in other words (the same indicator, value and year)')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.qualifiers import places, qualifiers
from vnhealthplan.io.extract.stops import clause_tail

__all__ = ["NAMELESS", "Restatements", "value_key"]

Span = tuple[int, int]

#: Where the words of a value's clause start: after a full stop, ";", ":" or a line's end.
_SENTENCE_CUT: Final = re.compile(r".*(?:[.!?]\s|\n)", re.DOTALL)
#: Where they end: a full stop, ";", a parenthesis, a line's end (not a wrapped line's).
_AFTER_CUT: Final = re.compile(r"[.;!?()]|\n(?![ \t]*[a-zà-ỹđ])")
#: Words that name no indicator: verbs and comparators of a target, years, "tỷ lệ" (folded).
NAMELESS: Final = frozenset(
    (
        "dat", "la", "con", "xuong", "len", "tang", "giam", "tren", "duoi", "hon", "khoang",
        "gan", "it", "nhat", "toi", "thieu", "da", "phan", "dau", "muc", "tieu", "chi",
        "nam", "vao", "den", "trong", "cua", "va", "o", "tai", "co", "chiem", "ty", "ti",
        "le", "so", "voi", "cu", "the", "du", "kien", "giao", "duoc",
    )
)  # fmt: skip
#: Words compared before and after a value, and how many must agree.
_AROUND: Final = 8
_ENOUGH: Final = 8
#: How many targets of one value, kind and period are kept to compare later ones with.
_KEPT: Final = 24
#: How a restatement in the same words restates.
SAME_WORDS: Final = "in the same words"
_Marks = dict[str, set[str]]


@attrs.frozen
class _Said:
    """A target as :class:`Restatements` compares it."""

    span: Span
    code: str
    marks: _Marks
    before: list[str]
    after: list[str]
    bare: bool


def _agree(one: list[str], other: list[str], tail: bool) -> int:
    """How many words two word lists share at their ends (*tail*) or starts, if the
    shorter is all shared; else -1."""
    n = min(len(one), len(other))
    if (one[len(one) - n :] == other[len(other) - n :]) if tail else one[:n] == other[:n]:
        return n
    return -1


def _why_same(said: _Said, other: _Said, table: bool) -> str:
    """Why *said* restates *other* (same value, comparator, kind and period), or ``""``."""
    if _conflict(said.marks, other.marks) or (said.code != other.code and not said.bare):
        return ""
    before, after = _agree(said.before, other.before, True), _agree(said.after, other.after, False)
    if min(before, after) >= 0 and before + after >= _ENOUGH:
        return SAME_WORDS
    if table:
        return ""
    if said.code and said.code == other.code:
        return "in other words (the same indicator, value and year)"
    if said.bare:
        return "as a bare value (its sentence names nothing)"
    return ""


class Restatements:
    """The targets drafted so far from *text*, to tell a restatement from a new target.

    Call :meth:`first` with each candidate of *found* (targets and status figures), in
    text order.

    Examples
    --------
    >>> Restatements("…", []).stated
    {}
    """

    def __init__(self, text: str, found: Sequence[Candidate]) -> None:
        self.text = text
        self.starts = sorted(c.span[0] for c in found)
        self.stated: dict[tuple[object, ...], list[_Said]] = {}
        self.last_end = 0

    def first(self, c: Candidate) -> tuple[Span, str] | None:
        """Where target *c* was stated before and why it is the same target, or None (and
        *c* is remembered). A status figure is passed over (its words end the next one's).

        Examples
        --------
        >>> from vnhealthplan.io.extract.targets import find_targets
        >>> text = "Năm 2022: Hà Nội là 91,25%, Bạc Liêu 91,25% tham gia bảo hiểm y tế."
        >>> found = find_targets(text)
        >>> seen = Restatements(text, found)
        >>> [seen.first(c) for c in found]
        [None, None]
        """
        before, after, sentence = self._words(c)
        self.last_end = max(self.last_end, c.span[1])
        if c.role != "target":
            return None
        same = (value_key(c), c.phrase.comparator, c.phrase.kind, c.period.code)
        quote = self.text[slice(*c.span)]
        table = "\t" in quote  # a table's rows are records of their own
        said = _Said(
            c.span,
            c.code,
            _marks(before + " " + after.split(",", 1)[0], c),  # not the next item's words
            fold(before).split()[-_AROUND:],
            fold(after).split()[: 2 * _AROUND],  # a shared group, then two measures
            not _nouns(f"{sentence} {quote} {after}"),
        )
        for other in self.stated.get(same, []):
            why = _why_same(said, other, table)
            if why:
                return other.span, why
        earlier = self.stated.setdefault(same, [])
        if len(earlier) < _KEPT:  # a headline comes first; linear on a text of equal values
            earlier.append(said)
        return None

    def _words(self, c: Candidate) -> tuple[str, str, str]:
        """The words of *c*'s clause before its value (from the figure before), after it
        (to the next figure), and of its sentence before it (whatever figures it has)."""
        start = max(0, c.span[0] - 150)
        sentence = self.text[start : c.span[0]]
        cut = _SENTENCE_CUT.match(sentence)
        sentence = sentence[cut.end() :] if cut else sentence
        before = sentence[max(0, self.last_end - c.span[0] + len(sentence)) :]
        before = clause_tail(before)
        i = bisect.bisect_right(self.starts, c.span[0])
        stop = self.starts[i] if i < len(self.starts) else len(self.text)
        after = self.text[c.span[1] : max(c.span[1], min(stop, c.span[1] + 80))]
        end = _AFTER_CUT.search(after)
        return before, after[: end.start()] if end else after, sentence


def value_key(c: Candidate) -> tuple[object, ...]:
    """The value and upper bound of *c* in base units, to compare: "95 %" is 0.95, as is
    "95,00%"; a unit pint cannot reduce is kept as written.

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_targets
    >>> one, other = find_targets("Năm 2025 đạt 95%. Năm 2025 đạt 95,00%.")
    >>> value_key(one) == value_key(other), value_key(one)
    (True, ((0.95, 'dimensionless'), None))
    """
    return tuple(_quantity(q) for q in (c.value, c.upper))


def _quantity(quantity: Any) -> tuple[object, ...] | None:
    if quantity is None:
        return None
    try:
        q = quantity.to_base_units()
    except (TypeError, ValueError):  # a unit pint cannot reduce: as written
        q = quantity
    return float(f"{float(q.magnitude):.9g}"), str(q.units)


def _marks(words: str, c: Candidate) -> dict[str, set[str]]:
    """What tells a target apart, by family: places, tier and the qualifiers of its words."""
    found: dict[str, set[str]] = {}
    for mark in qualifiers(words) | places(words):
        family, value = mark.split(":", 1)
        found.setdefault(family, set()).add(value)
    if c.tier is not None:
        found["tier"] = {c.tier.value}
    return found


def _conflict(one: dict[str, set[str]], other: dict[str, set[str]]) -> bool:
    """Whether two targets' marks contradict: a family both name, with no value shared."""
    return any(family in other and not values & other[family] for family, values in one.items())


def _nouns(words: str) -> bool:
    """Whether the words around a value name anything (not only verbs, years, "tỷ lệ")."""
    return any(w not in NAMELESS for w in re.findall(r"[a-z]+", fold(words)))
