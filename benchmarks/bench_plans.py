"""Benchmark: loading every bundled plan.

Prints, in one run, the time to parse and build all bundled plans the first time in a
process (cold: pint's parser caches and the vocabularies' tables are still empty), again
with a warm interpreter (the plans' cache cleared, so every file is read, parsed, validated
and its quotes checked again), and from the cache. The baseline is ``tomllib.loads`` on the
same files, measured in the same run.

    python benchmarks/bench_plans.py [--repeat R]

Goal (issue "The plans as data"): ≤ 50 ms warm.
"""

from __future__ import annotations

import argparse
import time
import tomllib
from importlib import resources

from vnhealthplan import indicators, plans


def seconds(fn: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        plans.load.cache_clear()
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    indicators.get("imr")  # the unit registry and the catalogue, built once per process
    start = time.perf_counter()
    plans.load_all()
    cold = time.perf_counter() - start

    folder = resources.files("vnhealthplan").joinpath("data/plans")
    texts = [folder.joinpath(f"{key}.toml").read_text("utf-8") for key in plans.available()]
    toml_only = seconds(lambda: [tomllib.loads(t) for t in texts], args.repeat)
    warm = seconds(plans.load_all, args.repeat)
    start = time.perf_counter()
    for _ in range(1000):
        plans.load_all()
    cached = (time.perf_counter() - start) / 1000

    records = sum(
        len(p.targets) + len(p.observations) + len(p.facilities) + len(p.assignments)
        for p in plans.load_all()
    )
    print(f"{len(plans.available())} plans, {records} records; best of {args.repeat}")
    rows = [
        ("tomllib.loads alone (baseline)", toml_only, ""),
        ("load_all, cold (first in the process)", cold, ""),
        ("load_all, warm (files parsed again)", warm, "  (goal ≤ 50 ms)"),
    ]
    for name, t, goal in rows:
        print(f"{name:<44} {t * 1e3:8.1f} ms   {t / toml_only:.2f}×{goal}")
    print(f"{'load_all, cached':<44} {cached * 1e6:8.1f} µs")


if __name__ == "__main__":
    main()
