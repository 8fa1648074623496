"""Benchmarks for the foundation: per_capita on 10^7 rows, and import time.

Prints ratios against a plain-NumPy baseline measured in the same run. Run with

    python benchmarks/bench_foundation.py [--rows N] [--repeat R]

Goals (issue "Foundation"): per_capita ≤ 1.5× plain NumPy on arrays and Series;
``import vnhealthplan`` ≤ 0.35 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

import numpy as np
import pandas as pd
from _timing import best_of

import vnhealthplan as vhp


def import_seconds(statement: str, repeat: int) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    runs = [
        float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                             text=True).stdout)
        for _ in range(repeat)
    ]  # fmt: skip
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    rng = np.random.default_rng(2024)
    beds = rng.uniform(100, 6000, args.rows)
    population = rng.uniform(1e5, 4e6, args.rows)
    beds_q = vhp.ureg.Quantity(beds, "bed")
    beds_s, population_s = pd.Series(beds), pd.Series(population)

    def baseline() -> object:
        return beds / population * 10_000

    cases = {
        "per_capita(ndarray quantity, ndarray)": lambda: vhp.per_capita(beds_q, population),
        "per_capita(Series, Series)": lambda: vhp.per_capita(beds_s, population_s),
        "required_count(ndarray, ndarray)": lambda: vhp.required_count(beds, population),
    }
    check = vhp.per_capita(beds_q, population).magnitude
    assert np.allclose(check, baseline()), "per_capita disagrees with plain NumPy"

    base = best_of(baseline, args.repeat)
    print(f"rows: {args.rows:,}; best of {args.repeat}")
    print(f"{'plain NumPy count / population * 10_000':<45} {base * 1e3:8.1f} ms   1.00×")
    for name, fn in cases.items():
        t = best_of(fn, args.repeat)
        print(f"{name:<45} {t * 1e3:8.1f} ms   {t / base:.2f}×  (goal ≤ 1.5×)")

    pkg = import_seconds("import vnhealthplan", args.repeat)
    first_use = import_seconds(
        "import vnhealthplan; vnhealthplan.ureg.Quantity(1, 'bed')", args.repeat
    )
    print(f"{'import vnhealthplan':<45} {pkg * 1e3:8.1f} ms   (goal ≤ 350 ms)")
    print(f"{'import + first unit (builds the registry)':<45} {first_use * 1e3:8.1f} ms")


if __name__ == "__main__":
    main()
