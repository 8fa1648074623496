"""Benchmark: drafting plans from their text, and how the time grows with the text.

The text is the five shipped plan texts, repeated until it reaches the size asked for (a
50-page plan is about 150,000 characters: 3,000 a page). For each size, prints the time of
``draft_plan`` (best of R runs, CPU time of the process), the time per character and its
ratio to the smallest size's, and a plain regular-expression scan of the same text for
numbers with a unit sign (the least a rule-based reader must do), measured in the same
run. Run with

    python benchmarks/bench_extract.py [--chars N ...] [--repeat R]

Goals: a 50-page plan drafts in under 1 s on this machine (issue #9); the time per
character at 1.5M and 15M characters ≤ 1.2× that at 150k, and a 20 MB text (about 17M
characters of Vietnamese) in ≤ 20 s (issue "Performance at national scale").

A second table drafts ONE LONG LINE (``--line-chars``, 10k to 80k characters by default):
the sentences of the shipped plans that state a figure with a unit sign, joined with ", "
into one sentence without newlines or full stops and repeated to the size (a text a
converter left without line breaks). Its time per character must not grow with the size
either (it grew 4× from 10k to 80k when each value re-read its sentence). A third table
drafts the same line as ONE LONG CLAUSE (its ";" made ","): each value's head then runs
from the line's start.
"""

from __future__ import annotations

import argparse
import re
import time

from _timing import peak_mib

from vnhealthplan import plans
from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.stops import sentences

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


def one_line(chars: int) -> str:
    """The shipped plans' sentences that state a figure, as one line of *chars* characters."""
    parts = []
    for key in plans.available():
        text = plans.source_text(key)
        pos = 0
        for line in text.split("\n"):
            for start, end in sentences(text, pos, pos + len(line)):
                if _BASELINE.search(text, start, end):
                    parts.append(" ".join(text[start:end].split()).rstrip(".;"))
            pos += len(line) + 1
    line = ", ".join(parts)
    return ((line + ", ") * (chars // (len(line) + 2) + 1))[:chars]


def cpu_best(fn: object, repeat: int) -> float:
    """The least CPU time of *repeat* runs of *fn*, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, nargs="+", default=[150_000, 1_500_000])
    lines = [10_000, 20_000, 40_000, 80_000]
    parser.add_argument("--line-chars", type=int, nargs="*", default=lines)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory", action="store_true", help="also the peak (tracemalloc)")
    args = parser.parse_args()

    draft_plan(plan_text(20_000))  # warm the caches (catalogue, registry, tables) once
    print(f"best of {args.repeat} (one run above 2M characters), CPU time")
    print(f"{'characters':>12} {'MB':>6} {'draft_plan':>11} {'µs/char':>8} {'× first':>8} "
          f"{'regex scan':>11} {'ratio':>6}")  # fmt: skip
    first = None
    for chars in args.chars:
        text = plan_text(chars)
        runs = args.repeat if len(text) <= 2_000_000 else 1
        seconds = cpu_best(lambda text=text: draft_plan(text), runs)
        baseline = cpu_best(lambda text=text: _BASELINE.findall(text), runs)
        per_char = seconds / len(text) * 1e6
        first = first or per_char
        megabytes = len(text.encode()) / 1e6
        ratio = seconds / baseline
        print(f"{len(text):>12,} {megabytes:>6.1f} {seconds:>9.2f} s {per_char:>8.2f} "
              f"{per_char / first:>7.2f}× {baseline * 1e3:>8.1f} ms {ratio:>5.0f}×")  # fmt: skip
        if args.memory:
            print(f"{'':>12} peak memory {peak_mib(lambda text=text: draft_plan(text)):.0f} MiB")
    print("goals: a 50-page plan (150,000 characters) under 1 s; µs/char at 1.5M and 15M ≤ 1.2× "
          "that at 150k; 20 MB ≤ 20 s")  # fmt: skip
    if args.line_chars:
        one_line_table(args.line_chars, args.repeat)
        one_line_table(args.line_chars, args.repeat, clause=True)


def one_line_table(sizes: list[int], repeat: int, clause: bool = False) -> None:
    """Draft one long line (with *clause*, one long clause: its ";" made ",") of each size;
    print the times as for the plan texts."""
    what = "clause (no newline, full stop or ';')" if clause else "line (no newline, no full stop)"
    print(f"\none long {what}, best of {repeat}, CPU time")
    print(f"{'characters':>12} {'draft_plan':>11} {'µs/char':>8} {'× first':>8} "
          f"{'regex scan':>11} {'ratio':>6} {'ratio × first':>13}")  # fmt: skip
    first = first_ratio = None
    for chars in sizes:
        text = one_line(chars).replace(";", ",") if clause else one_line(chars)
        seconds = cpu_best(lambda text=text: draft_plan(text), repeat)
        baseline = cpu_best(lambda text=text: _BASELINE.findall(text), max(repeat, 5))
        per_char = seconds / len(text) * 1e6
        first = first or per_char
        ratio = seconds / baseline
        first_ratio = first_ratio or ratio
        print(f"{len(text):>12,} {seconds:>9.2f} s {per_char:>8.2f} {per_char / first:>7.2f}× "
              f"{baseline * 1e3:>8.2f} ms {ratio:>5.0f}× "
              f"{ratio / first_ratio:>12.2f}×")  # fmt: skip
    print("goal: µs/char (and the ratio to the regex scan) at 80k ≤ 1.2× that at 10k")


if __name__ == "__main__":
    main()
