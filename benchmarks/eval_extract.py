"""Evaluation: drafting the five shipped plan texts, against the plans curated by hand.

For each bundled plan, drafts a plan from its shipped text with ``vnhealthplan.extract`` and
prints the curated and drafted target counts, the matches, recall and precision, then the
overall figures (targets of all plans pooled); then the same for the status figures the
drafter keeps apart as observations (indicator, value and year must agree). A drafted
target matches a curated one when indicator, value (in the curated unit), comparator, kind
and year agree; see ``vnhealthplan.io.extract.evaluate`` for the rule on indicators the
curated plan defines itself. With ``--details`` it lists every missed and every extra
record. Run with

    python benchmarks/eval_extract.py [--details]

Goal (issue #9): recall ≥ 90 % and precision ≥ 95 % overall.
"""

from __future__ import annotations

import argparse

from vnhealthplan.extract import evaluate_all
from vnhealthplan.io.extract.evaluate import Score, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list missed and extra targets")
    args = parser.parse_args()

    for kind in ("target", "observation"):
        scores = evaluate_all(kind)
        overall = total(scores)
        _table(f"{kind}s", (*scores, overall))
        if kind == "target":
            met = overall.recall >= 0.90 and overall.precision >= 0.95
            print(
                f"goal: recall ≥ 90 % and precision ≥ 95 % overall — {'met' if met else 'NOT met'}"
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


def _details(scores: tuple[Score, ...]) -> None:
    for s in scores:
        for t in s.missed:
            quote = t.source.quote if t.source else ""
            print(f"{s.key}: missed {t!r}: {quote[:90]!r}")
        for t in s.extra:
            quote = t.source.quote if t.source else ""
            print(f"{s.key}: extra  {t!r}: {quote[:90]!r}")


if __name__ == "__main__":
    main()
