"""Benchmarks for gaps and roll-ups on 10^7 rows, against plain NumPy in the same run.

Run with

    python benchmarks/bench_gaps.py [--rows N] [--groups G] [--frame-rows M] [--repeat R]

Goals (issue 6, "Gap analysis and progress"):

* ``gap_arrays`` on 10^7 rows ≤ 1.5× a hand-written NumPy version of the same arithmetic,
  and ≤ 250 MiB of extra memory at peak (tracemalloc; the outputs included);
* ``rollup`` of 10^7 rows to 700 groups ≤ 2× ``numpy.bincount`` doing the same sums.

``gaps_frame`` (join, unit conversion, gap) is timed too, on fewer rows, for information.
The data are random: they exercise every comparator, kind and direction, NaN observations
and missing baselines; they are not figures of any province.
"""

from __future__ import annotations

import argparse
from typing import Any

import numpy as np
import pandas as pd
from _timing import best_of, peak_mib

from vnhealthplan.gaps import COMPARATOR_CODES, DIRECTION_CODES, KIND_CODES, gap_arrays, gaps_frame
from vnhealthplan.rollup import rollup
from vnhealthplan.vocab import Comparator, Direction, TargetKind

EQ, LT, LE, GT, GE, ABOUT, RANGE = (COMPARATOR_CODES[c] for c in Comparator)
CHANGE = KIND_CODES[TargetKind.CHANGE]
HIGHER, LOWER = DIRECTION_CODES[Direction.HIGHER], DIRECTION_CODES[Direction.LOWER]


def plain_numpy_gaps(
    v: Any, up: Any, c: Any, k: Any, dr: Any, obs: Any, base: Any, tol: float
) -> tuple[Any, ...]:
    """The same arithmetic as gap_arrays, written directly with NumPy."""
    change = k == CHANGE
    x = np.where(change, obs - base, obs)
    eq = c == EQ
    sign = np.sign(v)
    eff = np.select(
        [eq & change & (sign < 0), eq & change & (sign > 0), eq & (dr == HIGHER),
         eq & (dr == LOWER), eq],
        [LE, GE, GE, LE, ABOUT],
        c,
    )  # fmt: skip
    distance = np.select(
        [(eff == GE) | (eff == GT), (eff == LE) | (eff == LT), eff == ABOUT],
        [v - x, x - v, np.abs(x - v) - tol * np.abs(v)],
        np.maximum(v - x, x - up),
    )
    strict = (eff == LT) | (eff == GT)
    met = np.where(strict, distance < 0, distance <= 0)
    return met, np.isnan(distance), np.maximum(distance, 0), distance


def gap_data(rows: int, rng: np.random.Generator) -> dict[str, Any]:
    c = rng.integers(0, len(Comparator), rows).astype(np.int8)
    k = rng.choice(np.array([0, 0, 0, CHANGE, 2], dtype=np.int8), rows)
    dr = rng.integers(0, len(Direction), rows).astype(np.int8)
    v = rng.uniform(1, 100, rows)
    v[k == CHANGE] -= 50
    up = np.where(c == RANGE, v + rng.uniform(0, 10, rows), np.nan)
    obs = rng.uniform(0, 110, rows)
    obs[rng.random(rows) < 0.05] = np.nan
    base = np.where(rng.random(rows) < 0.9, rng.uniform(0, 110, rows), np.nan)
    return {"value": v, "upper": up, "comparator": c, "kind": k, "direction": dr,
            "observed": obs, "baseline": base}  # fmt: skip


def bench_gap_arrays(rows: int, repeat: int, rng: np.random.Generator) -> None:
    data = gap_data(rows, rng)
    args = tuple(data.values())
    ours = gap_arrays(*args)
    met, unknown, shortfall, distance = plain_numpy_gaps(*args, 0.05)
    assert np.array_equal(np.ma.getdata(ours.met), met & ~unknown)
    assert np.array_equal(ours.unknown, unknown)
    assert np.allclose(ours.distance, distance, equal_nan=True)
    del ours, met, unknown, shortfall, distance

    base = best_of(lambda: plain_numpy_gaps(*args, 0.05), repeat)
    t = best_of(lambda: gap_arrays(*args), repeat)
    print(f"rows: {rows:,}; best of {repeat}")
    print(f"{'plain NumPy (np.select, np.where)':<46} {base * 1e3:8.1f} ms   1.00×")
    print(f"{'gap_arrays':<46} {t * 1e3:8.1f} ms   {t / base:.2f}×  (goal ≤ 1.5×)")
    mem_ours = peak_mib(lambda: gap_arrays(*args))
    mem_base = peak_mib(lambda: plain_numpy_gaps(*args, 0.05))
    print(f"{'peak extra memory, gap_arrays':<46} {mem_ours:8.1f} MiB (goal ≤ 250 MiB)")
    print(f"{'peak extra memory, plain NumPy':<46} {mem_base:8.1f} MiB")


def bench_gaps_frame(rows: int, repeat: int, rng: np.random.Generator) -> None:
    """gaps_frame on *rows* targets of 4 provinces × 10 indicators × 101 years."""
    provinces = np.array(["An Giang", "Thanh Hóa", "Quảng Ngãi", "Đắk Lắk"], dtype=object)
    codes = np.array(["health_insurance_coverage", "epi_coverage", "stunting_u5", "imr", "u5mr",
                      "beds_per_10k", "doctors_per_10k", "nurses_per_10k", "adult_obesity",
                      "crude_birth_rate"], dtype=object)  # fmt: skip
    targets = pd.DataFrame({
        "province": provinces[rng.integers(0, 4, rows)],
        "indicator": codes[rng.integers(0, len(codes), rows)],
        "year": rng.integers(2000, 2101, rows),
        "comparator": np.array(["=", "<", ">=", "~"], dtype=object)[rng.integers(0, 4, rows)],
        "value": rng.uniform(1, 20, rows),
    })  # fmt: skip
    keys = pd.MultiIndex.from_product([provinces, codes, range(1990, 2101)]).to_frame(
        index=False, name=["province", "indicator", "year"]
    )
    observed = keys.assign(value=rng.uniform(0, 25, len(keys)))
    gaps_frame(targets, observed)
    t = best_of(lambda: gaps_frame(targets, observed), max(1, repeat // 2))
    memory = peak_mib(lambda: gaps_frame(targets, observed))
    data = gap_data(rows, rng)
    base = best_of(lambda: plain_numpy_gaps(*data.values(), 0.05), repeat)
    print(f"gaps_frame on {rows:,} targets (join, unit conversion, gaps), for information:")
    print(f"{'  gaps_frame':<46} {t * 1e3:8.1f} ms   {t / base:.2f}× the arithmetic alone")
    print(f"{'  peak extra memory, gaps_frame':<46} {memory:8.1f} MiB")


def bench_rollup(rows: int, groups: int, repeat: int, rng: np.random.Generator) -> None:
    labels = rng.integers(0, groups, rows)
    names = np.array([f"group {i:03d}" for i in range(groups)], dtype=object)
    frame = pd.DataFrame({
        "group": pd.Categorical.from_codes(labels, categories=names),
        "group_id": labels,
        "beds": rng.uniform(0, 6000, rows),
        "population": rng.uniform(1e3, 1e6, rows),
    })  # fmt: skip
    beds, people = frame["beds"].to_numpy(), frame["population"].to_numpy()

    def baseline() -> object:
        sums = np.bincount(labels, weights=beds, minlength=groups)
        total = np.bincount(labels, weights=people, minlength=groups)
        return sums / total * 10_000

    check = rollup(frame, "group", count="beds")["beds_per_10000"].to_numpy()
    assert np.allclose(check, baseline()), "rollup disagrees with numpy.bincount"
    base = best_of(baseline, repeat)
    print(f"rows: {rows:,} to {groups} groups; best of {repeat}")
    print(f"{'numpy.bincount (Σbeds, Σpopulation)':<46} {base * 1e3:8.1f} ms   1.00×")
    for name, by in (
        ("rollup, categorical column", "group"),
        ("rollup, integer column", "group_id"),
    ):
        t = best_of(lambda by=by: rollup(frame, by, count="beds"), repeat)
        print(f"{name:<46} {t * 1e3:8.1f} ms   {t / base:.2f}×  (goal ≤ 2×)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--groups", type=int, default=700)
    parser.add_argument("--frame-rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = np.random.default_rng(2024)
    bench_gap_arrays(args.rows, args.repeat, rng)
    bench_gaps_frame(args.frame_rows, args.repeat, rng)
    bench_rollup(args.rows, args.groups, args.repeat, rng)


if __name__ == "__main__":
    main()
