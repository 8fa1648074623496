"""Benchmark: progress status on 10^7 rows against hand-written NumPy, both methods.

Prints, in one run, the time of :func:`vnhealthplan.progress.progress_arrays` divided by a
plain-NumPy version of the same formula (growth, required growth or projection, ratio,
cut-points, "target met"), and the peak extra memory of each (tracemalloc).

    python benchmarks/bench_progress.py [--rows N] [--repeat R]

Goal (issue "Gap analysis and progress"): ≤ 1.5× and ≤ 250 MiB extra memory.
"""

from __future__ import annotations

import argparse
from typing import Any

import numpy as np
from _timing import best_of, peak_mib

from vnhealthplan.progress import progress_arrays


def opensdg_numpy(v0: Any, t0: Any, vt: Any, t: Any, tg: Any, big_t: Any, d: Any) -> Any:
    growth = (vt / v0) ** (1 / (t - t0)) - 1
    required = (tg / v0) ** (1 / (big_t - t0)) - 1
    ratio = d * growth / np.abs(required)
    code = (ratio >= 0.95).astype(np.int8) + (ratio >= 0.6) + (ratio >= 0)
    code[d * (vt - tg) >= 0] = 4
    return code, ratio


def unsd_numpy(v0: Any, t0: Any, vt: Any, t: Any, tg: Any, big_t: Any, d: Any) -> Any:
    growth = (vt / v0) ** (1 / (t - t0)) - 1
    projected = vt * (1 + growth) ** (big_t - t)
    ratio = (projected - v0) / (tg - v0)
    code = (ratio >= 0.95).astype(np.int8) + (ratio >= 0.1)
    code[d * (vt - tg) >= 0] = 2
    return code, ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n = args.rows
    rng = np.random.default_rng(1)
    v0 = rng.uniform(10, 90, n)
    vt = v0 * rng.uniform(0.8, 1.3, n)
    t0, big_t = np.full(n, 2017), np.full(n, 2030)
    t = rng.integers(2018, 2024, n)
    tg = rng.uniform(20, 99, n)
    d = np.where(rng.random(n) < 0.5, 1, -1)
    data = (v0, t0, vt, t, tg, big_t, d)
    print(f"rows: {n:,}; best of {args.repeat}")
    for method, baseline in (("opensdg", opensdg_numpy), ("unsd", unsd_numpy)):
        base = best_of(lambda b=baseline: b(*data), args.repeat)  # type: ignore[misc]
        ours = best_of(lambda m=method: progress_arrays(*data, method=m), args.repeat)  # type: ignore[misc]
        print(f"{method:<8} plain NumPy {base * 1e3:8.1f} ms   progress_arrays {ours * 1e3:8.1f} ms"
              f"   {ours / base:.2f}×  (goal ≤ 1.5×)")  # fmt: skip
    ours_mib = peak_mib(lambda: progress_arrays(*data))
    base_mib = peak_mib(lambda: opensdg_numpy(*data))
    print(f"peak extra memory: progress_arrays {ours_mib:.1f} MiB (goal ≤ 250 MiB), "
          f"plain NumPy {base_mib:.1f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
