"""How far two labellers agree: the same documents labelled twice, scored as a draft is.

A goal for the drafter means little above what two careful readers agree on. Two case files
that label the same texts (cases paired by the text file's name) are compared kind by kind,
with the pairing of :func:`~.cases.score_case`: labeller A's records stand where the curated
ones stand, labeller B's where the drafted ones stand. So a :class:`~.evaluate.Score`'s
``recall`` is the share of A's records that B labelled too, its ``precision`` the share of
B's that A labelled, and ``missed``/``extra`` list where they differ. Two labels agree when

* target: the indicator (the same catalogue code; two ``"draft"`` indicators when their
  quotes overlap), the value and upper bound, the comparator, the kind (``"level"`` when
  not given) and the year agree;
* observation: the indicator, the value and the year agree;
* deadline: the period code agrees;
* assignment: the lead agency agrees (:func:`~.evaluate.agency_key`) and the quotes
  overlap;
* reference: the cited number agrees (spaces ignored), else the date.

Examples
--------
>>> a = Label("target", {"indicator": "draft", "value": 90, "comparator": ">=",
...                      "year": 2025, "quote": "đạt trên 90%"})
>>> b = Label("target", {"indicator": "draft", "value": 90, "comparator": ">=",
...                      "year": 2025, "quote": "90%"})
>>> labels_agree(a, b, (9, 12), "Phấn đấu đạt trên 90% số xã")
True
>>> later = Label("target", {**b.fields, "year": 2030})
>>> labels_agree(a, later, (9, 12), "Phấn đấu đạt trên 90% số xã")
False
"""

from __future__ import annotations

import os
from datetime import date

from vnhealthplan.core.argchecks import choice
from vnhealthplan.io.extract.cases import (
    LABELLED,
    Label,
    pair_by_place,
    read_cases,
    same_number,
)
from vnhealthplan.io.extract.evaluate import Score, agency_key, overlaps, quote_spans, tally

__all__ = ["agreement", "labels_agree"]

Span = tuple[int, int]
#: A label without a quote, or whose quote is not in the text, is placed nowhere.
_NOWHERE: Span = (-1, -1)


def _placed(a: Label, span_b: Span, text: str) -> bool:
    quote = a.get("quote")
    return not quote or span_b == _NOWHERE or overlaps(span_b, quote_spans(text, quote))


def _indicator(a: Label, b: Label, span_b: Span, text: str) -> bool:
    code = str(a.get("indicator"))
    if code != str(b.get("indicator")):
        return False
    return code != "draft" or _placed(a, span_b, text)


def _figure(a: Label, b: Label) -> bool:
    return (
        a.get("year") == b.get("year")
        and same_number(a.get("value"), b.get("value"))
        and same_number(a.get("upper"), b.get("upper"))
    )


def _reference(a: Label, b: Label) -> bool:
    number = a.get("number")
    if number:
        return "".join(str(number).split()) == "".join(str(b.get("number") or "").split())
    day = a.get("date")
    return isinstance(day, date) and b.get("date") == day


def labels_agree(a: Label, b: Label, span_b: Span, text: str) -> bool:
    """Whether two labellers' labels of one kind state the same record.

    Parameters
    ----------
    a, b : Label
        Labeller A's and labeller B's label, of the same kind.
    span_b : tuple of int
        Where B's quote stands in *text*.
    text : str
        The document both labelled.

    Examples
    --------
    >>> text = "Sở Y tế chủ trì, phối hợp với Sở Tài chính"
    >>> a = Label("assignment", {"lead": "Sở Y tế", "quote": "Sở Y tế chủ trì"})
    >>> labels_agree(a, Label("assignment", {"lead": "Sở Y Tế"}), (0, 7), text)
    True
    """
    if a.kind != b.kind:
        return False
    if a.kind == "deadline":
        return bool(a.get("period") == b.get("period"))
    if a.kind == "reference":
        return _reference(a, b)
    if a.kind == "assignment":
        same_lead = agency_key(str(a.get("lead"))) == agency_key(str(b.get("lead")))
        return same_lead and _placed(a, span_b, text)
    if not (_figure(a, b) and _indicator(a, b, span_b, text)):
        return False
    if a.kind == "observation":
        return True
    same_comparator = str(a.get("comparator", "=")) == str(b.get("comparator", "="))
    return same_comparator and str(a.get("kind", "level")) == str(b.get("kind", "level"))


def agreement(
    path_a: str | os.PathLike[str], path_b: str | os.PathLike[str], kind: str = "target"
) -> tuple[Score, ...]:
    """Labeller B's labels of *kind* scored against labeller A's, one Score per document.

    Parameters
    ----------
    path_a, path_b : str or os.PathLike
        Two case files; their cases are paired by the text file's name, and a document
        only one of them labels (or that only one labels for *kind*) is left out.
    kind : {"target", "observation", "deadline", "assignment", "reference"}

    Returns
    -------
    tuple of Score
        In A's order; ``curated`` counts A's labels, ``drafted`` B's.

    Examples
    --------
    A file agrees with itself:

    >>> from pathlib import Path
    >>> import vnhealthplan
    >>> cases = Path(vnhealthplan.__file__).parents[2] / "tests/data/extract/cases.toml"
    >>> score = agreement(cases, cases)[0]
    >>> score.key, score.curated, score.matched
    ('kon-tum-1479-2022', 2, 2)
    """
    choice(kind, LABELLED, "agreement", "kind")
    others = {case.key: case for case in read_cases(path_b)}
    scores = []
    for case in read_cases(path_a):
        other = others.get(case.key)
        if other is None or kind not in case.labels or kind not in other.labels:
            continue
        text = case.path.read_text(encoding="utf-8")
        mine, theirs = case.labels[kind], other.labels[kind]
        spans = [(quote_spans(text, b.get("quote") or "") or [_NOWHERE])[0] for b in theirs]
        pairs = pair_by_place(mine, theirs, spans, labels_agree, text)
        scores.append(tally(case.key, list(theirs), list(mine), pairs, kind))
    return tuple(scores)
