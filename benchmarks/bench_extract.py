"""Benchmark: drafting a 50-page plan (about 150,000 characters) from its text.

The text is the five shipped plan texts, repeated until it reaches the size asked for (a
50-page plan is about 150,000 characters: 3,000 a page). Prints the time of
``draft_plan`` (best of R runs), its throughput in characters per second, and the time of a
plain regular-expression scan of the same text for numbers with a unit sign (the least a
rule-based reader must do) measured in the same run, with the ratio. Run with

    python benchmarks/bench_extract.py [--chars N] [--repeat R]

Goal (issue #9): a 50-page plan drafts in under 1 s on this machine.
"""

from __future__ import annotations

import argparse
import re

from _timing import best_of, peak_mib

from vnhealthplan import plans
from vnhealthplan.extract import draft_plan

_BASELINE = re.compile(r"\d+(?:[.,]\d+)*\s*(?:%|‰|giường|bác sĩ|triệu đồng)")


def plan_text(chars: int) -> str:
    """The shipped plan texts, repeated and cut at a line end near *chars* characters."""
    texts = [plans.source_text(key) for key in plans.available()]
    parts, size = [], 0
    while size < chars:
        for text in texts:
            parts.append(text)
            size += len(text) + 2
    whole = "\n\n".join(parts)
    cut = whole.rfind("\n", 0, chars)
    return whole[: cut if cut > 0 else chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    text = plan_text(args.chars)
    draft = draft_plan(text)  # warm the caches (catalogue, registry, tables) once
    seconds = best_of(lambda: draft_plan(text), args.repeat)
    baseline = best_of(lambda: _BASELINE.findall(text), args.repeat)
    print(f"text: {len(text):,} characters ({len(text) / 3000:.0f} pages of 3,000)")
    print(
        f"draft_plan: {seconds:.3f} s ({len(text) / seconds:,.0f} chars/s); "
        f"{len(draft.plan.targets)} targets, {len(draft.plan.assignments)} assignments"
    )
    print(f"baseline regex scan: {baseline * 1000:.2f} ms; ratio {seconds / baseline:,.0f}×")
    print(f"peak memory of draft_plan: {peak_mib(lambda: draft_plan(text)):.1f} MiB")
    verdict = "meets" if seconds < 1.0 else "MISSES"
    print(f"goal: under 1 s for 150,000 characters — {verdict} it")


if __name__ == "__main__":
    main()
