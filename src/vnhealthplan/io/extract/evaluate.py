"""Measuring a draft against a plan curated by hand: recall and precision of its records.

Targets and status figures (observations) are scored apart, each against the curated
plan's records of its kind. A drafted target matches a curated one when they agree on

* the indicator: the same catalogue code; or, for an indicator the curated plan defines
  itself (not in the catalogue), a draft indicator (the drafter cannot know the curator's
  code) whose quote overlaps the curated quote in the text;
* the value (and upper bound), compared in the curated unit, so the units must have the
  same dimension;
* the comparator and the kind (level, change, maintain);
* the year (the last year of the period).

A drafted observation matches a curated one on the indicator, the value and the year alike
(an observation has no comparator or kind). Each record is matched at most once. Recall is
matched ÷ curated, precision matched ÷ drafted; drafted records the curator left out count
against precision, as they would cost a reviewer time.

Examples
--------
>>> score = evaluate("dak-lak-2024")
>>> score.curated, score.drafted, score.matched
(14, 14, 14)
>>> print(f"{score.recall:.0%} {score.precision:.0%}")
100% 100%
>>> seen = evaluate("an-giang-2018", kind="observation")
>>> seen.curated, seen.drafted, seen.matched
(1, 1, 1)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs

from vnhealthplan.data import indicators, plans
from vnhealthplan.io.extract.draft import Draft, draft_plan
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.target import Target

__all__ = [
    "Score",
    "evaluate",
    "evaluate_all",
    "match_observations",
    "match_targets",
    "score_draft",
    "total",
]

Span = tuple[int, int]
Kind = Literal["target", "observation"]


@attrs.frozen
class Score:
    """How a draft's targets (or observations) compare with a curated plan's.

    Parameters
    ----------
    key : str
    curated, drafted, matched : int
    missed : tuple of Target or Observation
        Curated records no drafted record matches.
    extra : tuple of Target or Observation
        Drafted records that match no curated record.

    Examples
    --------
    >>> Score("x", 4, 2, 2).recall, Score("x", 4, 2, 2).precision
    (0.5, 1.0)
    """

    key: str
    curated: int
    drafted: int
    matched: int
    missed: tuple[Target | Observation, ...] = ()
    extra: tuple[Target | Observation, ...] = ()

    @property
    def recall(self) -> float:
        """Matched ÷ curated (1.0 when nothing is curated)."""
        return self.matched / self.curated if self.curated else 1.0

    @property
    def precision(self) -> float:
        """Matched ÷ drafted (1.0 when nothing is drafted)."""
        return self.matched / self.drafted if self.drafted else 1.0


def _quote_spans(text: str, quote: str) -> list[Span]:
    words = quote.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [m.span() for m in re.finditer(pattern, text)]


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a.dimensionality != b.dimensionality:
        return False
    x, y = float(a.to(b.units).magnitude), float(b.magnitude)
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)


def _same_indicator(draft: Any, span: Span, curated: Any, text: str) -> bool:
    code = curated.indicator.code
    if indicators.catalogue().get(code) == curated.indicator:
        return bool(draft.indicator.code == code)
    if draft.indicator.code in indicators.catalogue():
        return False
    quote = curated.source.quote if curated.source else ""
    return any(a < span[1] and span[0] < b for a, b in _quote_spans(text, quote))


def _same(draft: Target, span: Span, curated: Target, text: str) -> bool:
    if (draft.period.last_year, draft.comparator, draft.kind) != (
        curated.period.last_year,
        curated.comparator,
        curated.kind,
    ):
        return False
    if not (_close(draft.value, curated.value) and _close(draft.upper, curated.upper)):
        return False
    return _same_indicator(draft, span, curated, text)


def _same_observation(draft: Observation, span: Span, curated: Observation, text: str) -> bool:
    if draft.period.last_year != curated.period.last_year:
        return False
    return _close(draft.value, curated.value) and _same_indicator(draft, span, curated, text)


def _pairs(
    drafted: Sequence[Any], spans: Sequence[Span], curated: Iterable[Any], text: str, same: Any
) -> list[tuple[int, int]]:
    pairs, used = [], set()
    curated = list(curated)
    for i, (record, span) in enumerate(zip(drafted, spans, strict=True)):
        for j, wanted in enumerate(curated):
            if j not in used and same(record, span, wanted, text):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def match_targets(
    drafted: Sequence[Target], spans: Sequence[Span], curated: Iterable[Target], text: str
) -> list[tuple[int, int]]:
    """Pairs (drafted index, curated index) of matching targets, each used once.

    Parameters
    ----------
    drafted : sequence of Target
    spans : sequence of (int, int)
        Where each drafted target's quote stands in *text*.
    curated : iterable of Target
    text : str

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> imr = plans.load("dak-lak-2024").targets[1]
    >>> text = plans.source_text("dak-lak-2024")
    >>> match_targets([imr], [(0, 1)], [imr], text)
    [(0, 0)]
    """
    return _pairs(drafted, spans, curated, text, _same)


def match_observations(
    drafted: Sequence[Observation],
    spans: Sequence[Span],
    curated: Iterable[Observation],
    text: str,
) -> list[tuple[int, int]]:
    """Pairs (drafted index, curated index) of matching observations, each used once.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> seen = plans.load("an-giang-2018").observations[0]
    >>> match_observations([seen], [(0, 1)], [seen], plans.source_text("an-giang-2018"))
    [(0, 0)]
    """
    return _pairs(drafted, spans, curated, text, _same_observation)


def score_draft(draft: Draft, curated: Plan, kind: Kind = "target") -> Score:
    """Score *draft*'s targets (or observations) against *curated*'s (see the module notes).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> draft = draft_plan(plans.source_text("quang-ngai-2023"))
    >>> score_draft(draft, plans.load("quang-ngai-2023")).curated
    4
    >>> score_draft(draft, plans.load("quang-ngai-2023"), "observation").curated
    7
    """
    spans = [f.span for f in draft.findings if f.kind == kind]
    if kind == "target":
        found, wanted = draft.plan.targets, curated.targets
        pairs = match_targets(found, spans, wanted, draft.text)
        return _score(curated.key, found, wanted, pairs)
    if kind == "observation":
        seen, known = draft.plan.observations, curated.observations
        pairs = match_observations(seen, spans, known, draft.text)
        return _score(curated.key, seen, known, pairs)
    raise ValueError(f"kind must be 'target' or 'observation', not {kind!r}")


def _score(
    key: str,
    drafted: Sequence[Target | Observation],
    curated: Sequence[Target | Observation],
    pairs: list[tuple[int, int]],
) -> Score:
    hit_d, hit_c = {i for i, _ in pairs}, {j for _, j in pairs}
    missed = tuple(t for j, t in enumerate(curated) if j not in hit_c)
    extra = tuple(t for i, t in enumerate(drafted) if i not in hit_d)
    return Score(key, len(curated), len(drafted), len(pairs), missed, extra)


def evaluate(key: str, kind: Kind = "target") -> Score:
    """Draft a bundled plan from its shipped text and score it against the curated file.

    Parameters
    ----------
    key : str
    kind : {"target", "observation"}
        Score the targets, or the status figures (observations).

    Examples
    --------
    >>> evaluate("unattributed-kbcb-2024").curated
    10
    """
    draft = draft_plan(plans.source_text(key), key=key)
    return score_draft(draft, plans.load(key), kind)


def evaluate_all(kind: Kind = "target") -> tuple[Score, ...]:
    """:func:`evaluate` for every bundled plan.

    Examples
    --------
    >>> [s.key for s in evaluate_all()][:2]
    ['an-giang-2018', 'dak-lak-2024']
    >>> [s.curated for s in evaluate_all("observation")]
    [1, 0, 7, 1, 0]
    """
    return tuple(evaluate(key, kind) for key in plans.available())


def total(scores: Iterable[Score]) -> Score:
    """The scores added up: overall recall and precision over all targets.

    Examples
    --------
    >>> total([Score("a", 4, 2, 2), Score("b", 6, 8, 6)]).recall
    0.8
    """
    scores = list(scores)
    return Score(
        "overall",
        sum(s.curated for s in scores),
        sum(s.drafted for s in scores),
        sum(s.matched for s in scores),
    )
