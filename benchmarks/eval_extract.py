"""Evaluation: drafting plan texts, against plans curated by hand and labelled case files.

For each bundled plan, drafts a plan from its shipped text with ``vnhealthplan.extract`` and
prints, for each kind of record (targets, observations, deadlines, assignments), the curated
and drafted counts, the matches, recall and precision per plan, then overall (the records
of all plans pooled), and whether the goal of issue #18 is met. The matching rules are in
``vnhealthplan.io.extract.evaluate`` (seeds) and ``vnhealthplan.io.extract.cases`` (case
files). With ``--cases FILE`` it scores the documents of a labelled case file (SCHEMA of
docs/labelling.rst; e.g. tests/data/extract/cases.toml) instead, every kind the file labels,
and references too. With ``--details`` it lists every missed and every extra record. With
``--cases A --agree B`` it scores labeller B's case file against labeller A's instead of the
drafter (``vnhealthplan.io.extract.agreement``): how far two readers agree, the ceiling a goal
for the drafter can sensibly ask for. Run with

    python benchmarks/eval_extract.py [--details] [--cases FILE [--agree FILE]]

Goals (issue #18): targets recall ≥ 95 % and precision ≥ 95 % (on the seeds and on a
blind case file); observations, deadlines and assignments each ≥ 85 % and ≥ 85 % on the
seeds.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from vnhealthplan.extract import evaluate_all
from vnhealthplan.io.extract.agreement import agreement
from vnhealthplan.io.extract.cases import LABELLED, evaluate_cases
from vnhealthplan.io.extract.evaluate import KINDS, Score, total

#: (recall, precision) each kind must reach overall.
GOALS = {"target": (0.95, 0.95), "observation": (0.85, 0.85)}
GOALS |= {"deadline": (0.85, 0.85), "assignment": (0.85, 0.85)}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list missed and extra records")
    parser.add_argument("--cases", metavar="FILE", help="score a labelled case file instead")
    parser.add_argument(
        "--agree", metavar="FILE", help="score FILE's labels against --cases FILE's labels"
    )
    args = parser.parse_args(argv)
    if args.agree and not args.cases:
        parser.error("--agree needs --cases")

    kinds = tuple(LABELLED) if args.cases else KINDS
    for kind in kinds:
        if args.agree:
            scores = agreement(args.cases, args.agree, kind)
        else:
            scores = evaluate_cases(args.cases, kind) if args.cases else evaluate_all(kind)
        if not scores:
            print(f"{kind}s: not labelled in {args.cases}\n")
            continue
        overall = total(scores)
        _table(f"{kind}s" + (" (B vs A)" if args.agree else ""), (*scores, overall))
        if kind in GOALS and (kind == "target" or not args.cases) and not args.agree:
            want_r, want_p = GOALS[kind]
            met = overall.recall >= want_r and overall.precision >= want_p
            print(
                f"goal: recall ≥ {want_r:.0%} and precision ≥ {want_p:.0%} overall — "
                f"{'met' if met else 'NOT met'}"
            )
        if args.details:
            _details(scores)
        print()


def _table(title: str, scores: tuple[Score, ...]) -> None:
    head = f"{title:26} {'curated':>7} {'drafted':>7} {'matched':>7} {'recall':>7} {'precision':>9}"
    print(head)
    print("-" * len(head))
    for s in scores:
        print(
            f"{s.key:26} {s.curated:7d} {s.drafted:7d} {s.matched:7d} "
            f"{s.recall:7.1%} {s.precision:9.1%}"
        )


def _quote(record: Any) -> str:
    source = getattr(record, "source", None)
    if source is not None:
        return str(source.quote)
    if hasattr(record, "get"):
        return str(record.get("quote") or "")
    return str(getattr(record, "quote", ""))


def _details(scores: tuple[Score, ...]) -> None:
    for s in scores:
        for t in s.missed:
            print(f"{s.key}: missed {t!r}: {_quote(t)[:90]!r}")
        for t in s.extra:
            print(f"{s.key}: extra  {t!r}: {_quote(t)[:90]!r}")


if __name__ == "__main__":
    main()
