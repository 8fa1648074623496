"""Measuring a draft against a plan curated by hand: recall and precision of its records.

Four kinds of record are scored apart, each against the curated plan's records of its kind:
``"target"``, ``"observation"``, ``"deadline"`` and ``"assignment"``. Each record is matched
at most once. Recall is matched ÷ curated, precision matched ÷ drafted; drafted records the
curator left out count against precision, as they would cost a reviewer time.

Targets
    A drafted target matches a curated one when they agree on

    * the indicator: the same catalogue code; or, for an indicator the curated plan defines
      itself (not in the catalogue), a draft indicator (the drafter cannot know the
      curator's code) whose quote overlaps the curated quote in the text;
    * the value (and upper bound), compared in the curated unit, so the units must have
      the same dimension;
    * the comparator and the kind (level, change, maintain);
    * the year (the last year of the period).
Observations
    A drafted status figure matches a curated observation on the indicator, the value and
    the year alike (an observation has no comparator or kind).
Deadlines
    A curated plan records periods, not the words that state them, so its deadlines are the
    periods *as written* on its records: the distinct period codes of its targets and of its
    assignments' due dates ("2025", "2021-2025", "2024-Q2"). The draft's deadlines are the
    distinct period codes of its deadline findings (:mod:`.deadlines`). A deadline matches
    one with the same period code. (Labelled case files list period phrases with their
    quotes instead; see :mod:`.cases`.)
Assignments
    A drafted assignment matches a curated one with the same lead agency (the same agency
    of :func:`~vnhealthplan.text.lookup_agency`, else the same folded name,
    :func:`agency_key`) whose quotes overlap in the text, when both have a quote.

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
>>> evaluate("thanh-hoa-2023", kind="assignment").curated
16
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal, get_args

import attrs

from vnhealthplan.core.argchecks import choice
from vnhealthplan.data import indicators, plans
from vnhealthplan.io.extract.deadlines import Deadline
from vnhealthplan.io.extract.draft import Draft, draft_plan
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.period import Period
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.target import Target
from vnhealthplan.text import ParseError, lookup_agency
from vnhealthplan.text.names import name_key

__all__ = [
    "KINDS",
    "Score",
    "agency_key",
    "evaluate",
    "evaluate_all",
    "match_assignments",
    "match_observations",
    "match_targets",
    "overlaps",
    "pairs",
    "quote_spans",
    "score_draft",
    "tally",
    "total",
]

Span = tuple[int, int]
Kind = Literal["target", "observation", "deadline", "assignment"]
#: The kinds of record scored, in the order the benchmark prints them.
KINDS: tuple[Kind, ...] = get_args(Kind)


@attrs.frozen
class Score:
    """How a draft's records of one kind compare with a curated plan's.

    Parameters
    ----------
    key : str
    curated, drafted, matched : int
    missed : tuple
        Curated records no drafted record matches (targets, observations, assignments,
        deadline periods, or labels of a case file).
    extra : tuple
        Drafted records that match no curated record.
    kind : str
        The kind of record scored.

    Examples
    --------
    >>> Score("x", 4, 2, 2).recall, Score("x", 4, 2, 2).precision
    (0.5, 1.0)
    """

    key: str
    curated: int
    drafted: int
    matched: int
    missed: tuple[Any, ...] = ()
    extra: tuple[Any, ...] = ()
    kind: str = "target"

    @property
    def recall(self) -> float:
        """Matched ÷ curated (1.0 when nothing is curated)."""
        return self.matched / self.curated if self.curated else 1.0

    @property
    def precision(self) -> float:
        """Matched ÷ drafted (1.0 when nothing is drafted)."""
        return self.matched / self.drafted if self.drafted else 1.0


def quote_spans(text: str, quote: str) -> list[Span]:
    """Where *quote* stands in *text*, runs of white space read alike.

    Examples
    --------
    >>> quote_spans("Sở Y tế\tchủ trì", "Y tế chủ trì")
    [(3, 18)]
    """
    words = quote.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [m.span() for m in re.finditer(pattern, text)]


def overlaps(span: Span, spans: Iterable[Span]) -> bool:
    """Whether *span* overlaps any of *spans*.

    Examples
    --------
    >>> overlaps((0, 5), [(4, 9)]), overlaps((0, 5), [(5, 9)])
    (True, False)
    """
    return any(a < span[1] and span[0] < b for a, b in spans)


def agency_key(name: str) -> str:
    """What two spellings of one lead agency share: its canonical name, else its folded name.

    Examples
    --------
    >>> agency_key("Sở KH&ĐT") == agency_key("Sở Kế hoạch và Đầu tư")
    True
    >>> agency_key("Các đơn vị nhận Kế hoạch")
    'cac don vi nhan ke hoach'
    """
    try:
        return name_key(lookup_agency(name).name)
    except (ParseError, LookupError, TypeError):
        return name_key(name)


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
    return overlaps(span, quote_spans(text, quote))


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


def _same_assignment(draft: Assignment, span: Span, curated: Assignment, text: str) -> bool:
    if agency_key(draft.lead) != agency_key(curated.lead):
        return False
    if curated.source is None or draft.source is None:
        return True
    return overlaps(span, quote_spans(text, curated.source.quote))


def pairs(
    drafted: Sequence[Any], spans: Sequence[Span], curated: Iterable[Any], text: str, same: Any
) -> list[tuple[int, int]]:
    """Pairs (drafted index, curated index) for which ``same(record, span, wanted, text)``.

    Each curated record is used once, each drafted record takes the first free match.

    Examples
    --------
    >>> pairs([1, 2], [(0, 1), (1, 2)], [2, 2], "", lambda a, s, b, t: a == b)
    [(1, 0)]
    """
    found, used = [], set()
    curated = list(curated)
    for i, (record, span) in enumerate(zip(drafted, spans, strict=True)):
        for j, wanted in enumerate(curated):
            if j not in used and same(record, span, wanted, text):
                found.append((i, j))
                used.add(j)
                break
    return found


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
    return pairs(drafted, spans, curated, text, _same)


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
    return pairs(drafted, spans, curated, text, _same_observation)


def match_assignments(
    drafted: Sequence[Assignment],
    spans: Sequence[Span],
    curated: Iterable[Assignment],
    text: str,
) -> list[tuple[int, int]]:
    """Pairs (drafted index, curated index) of matching assignments, each used once.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> task = plans.load("quang-ngai-2023").assignments[8]
    >>> text = plans.source_text("quang-ngai-2023")
    >>> at = quote_spans(text, task.source.quote)[0]
    >>> match_assignments([task], [at], [task], text), match_assignments([task], [(0, 9)],
    ...                                                                  [task], text)
    ([(0, 0)], [])
    """
    return pairs(drafted, spans, curated, text, _same_assignment)


def _score_deadlines(draft: Draft, curated: Plan) -> Score:
    wanted: dict[str, Period] = {t.period.code: t.period for t in curated.targets}
    wanted.update({a.due.code: a.due for a in curated.assignments if a.due is not None})
    found: dict[str, Deadline] = {}
    for d in draft.deadlines:
        found.setdefault(d.period.code, d)
    missed = tuple(p for code, p in sorted(wanted.items()) if code not in found)
    extra = tuple(d for code, d in found.items() if code not in wanted)
    matched = len(wanted.keys() & found.keys())
    return Score(curated.key, len(wanted), len(found), matched, missed, extra, "deadline")


def score_draft(draft: Draft, curated: Plan, kind: Kind = "target") -> Score:
    """Score *draft*'s records of one kind against *curated*'s (see the module notes).

    Parameters
    ----------
    draft : Draft
    curated : Plan
    kind : {"target", "observation", "deadline", "assignment"}

    Raises
    ------
    ValueError
        For another kind.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> draft = draft_plan(plans.source_text("quang-ngai-2023"))
    >>> score_draft(draft, plans.load("quang-ngai-2023")).curated
    4
    >>> score_draft(draft, plans.load("quang-ngai-2023"), "observation").curated
    7
    >>> score_draft(draft, plans.load("quang-ngai-2023"), "deadline").missed
    ()
    """
    if kind == "deadline":
        return _score_deadlines(draft, curated)
    spans = [f.span for f in draft.findings if f.kind == kind]
    records: dict[str, tuple[Sequence[Any], Sequence[Any], Any]] = {
        "target": (draft.plan.targets, curated.targets, _same),
        "observation": (draft.plan.observations, curated.observations, _same_observation),
        "assignment": (draft.plan.assignments, curated.assignments, _same_assignment),
    }
    choice(kind, KINDS, "score_draft", "kind")
    found, wanted, same = records[kind]
    return tally(curated.key, found, wanted, pairs(found, spans, wanted, draft.text, same), kind)


def tally(
    key: str,
    drafted: Sequence[Any],
    curated: Sequence[Any],
    matched: list[tuple[int, int]],
    kind: str = "target",
) -> Score:
    """The score of *matched* pairs (drafted index, curated index): counts, missed, extra.

    Examples
    --------
    >>> tally("x", ["a", "b"], ["a", "c"], [(0, 0)]).missed
    ('c',)
    """
    hit_d, hit_c = {i for i, _ in matched}, {j for _, j in matched}
    missed = tuple(t for j, t in enumerate(curated) if j not in hit_c)
    extra = tuple(t for i, t in enumerate(drafted) if i not in hit_d)
    return Score(key, len(curated), len(drafted), len(matched), missed, extra, kind)


def evaluate(key: str, kind: Kind = "target") -> Score:
    """Draft a bundled plan from its shipped text and score it against the curated file.

    Parameters
    ----------
    key : str
    kind : {"target", "observation", "deadline", "assignment"}
        Score the targets, the status figures (observations), the deadlines or the
        assignments.

    Examples
    --------
    >>> evaluate("unattributed-kbcb-2024").curated
    10
    """
    choice(kind, KINDS, "evaluate", "kind")
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
    >>> [s.curated for s in evaluate_all("assignment")]
    [6, 1, 20, 16, 9]
    """
    return tuple(evaluate(key, kind) for key in plans.available())


def total(scores: Iterable[Score]) -> Score:
    """The scores added up: overall recall and precision over all records.

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
        kind=scores[0].kind if scores else "target",
    )
