"""Benchmarks for gaps and roll-ups on 10^7 rows, against plain NumPy in the same run.

Run with

    python benchmarks/bench_gaps.py [--rows N] [--groups G] [--frame-rows M] [--repeat R]

Goals (issue 6, "Gap analysis and progress"):

* ``gap_arrays`` on 10^7 rows ≤ 1.5× a hand-written NumPy version of the same arithmetic,
  and ≤ 250 MiB of extra memory at peak (tracemalloc; the outputs included);
* ``rollup`` of 10^7 rows to 700 groups ≤ 1.5× ``numpy.bincount`` on writable arrays doing
  the same sums, for a categorical, an integer and a text group column (issue "Performance
  at national scale"; text is also compared with ``pandas.factorize`` + ``numpy.bincount``,
  since no roll-up of text can skip reading every string once), with a peak extra memory
  no larger than the inputs.

* ``gaps_frame`` (checks, join, unit conversion, gap) at 10^5, 10^6 and 10^7 rows ≤ 1.5×
  ``pandas.merge_asof`` followed by ``gap_arrays`` (no checks), time and memory a row
  flat across the sizes, ≤ 120 B a row of extra memory.
The data are random: they exercise every comparator, kind and direction, NaN observations
and missing baselines; they are not figures of any province.
"""

from __future__ import annotations

import argparse
from typing import Any

import numpy as np
import pandas as pd
from _timing import best_of, interleaved, peak_mib

from vnhealthplan.gaps import (
    COMPARATOR_CODES,
    DIRECTION_CODES,
    KIND_CODES,
    codes,
    gap_arrays,
    gaps_frame,
)
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


def frame_inputs(rows: int, rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame]:
    """*rows* targets of 4 provinces × 10 indicators × 101 years, and yearly observations."""
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
    return targets, keys.assign(value=rng.uniform(0, 25, len(keys)))


def merge_asof_baseline(targets: pd.DataFrame, observed: pd.DataFrame) -> object:
    """The least gaps_frame must do, with no checks: pandas.merge_asof, then gap_arrays."""
    keys = ["province", "indicator"]
    joined = pd.merge_asof(
        targets.sort_values("year"),
        observed.rename(columns={"value": "observed"}).sort_values("year"),
        on="year",
        by=keys,
    )
    n = len(joined)
    return gap_arrays(
        joined["value"].to_numpy(float), np.full(n, np.nan),
        codes(Comparator, joined["comparator"]), np.zeros(n, np.int8), np.zeros(n, np.int8),
        joined["observed"].to_numpy(float), np.full(n, np.nan),
    )  # fmt: skip


def bench_gaps_frame(sizes: list[int], repeat: int, rng: np.random.Generator) -> None:
    """gaps_frame against pandas.merge_asof + gap_arrays, at each size, in one run."""
    print(f"gaps_frame (checks, join, unit conversion, gaps); best of {repeat}, interleaved, "
          "CPU time; memory: tracemalloc peak")  # fmt: skip
    print(f"{'rows':>12} {'merge_asof+gap_arrays':>22} {'gaps_frame':>11} {'ratio':>6} "
          f"{'µs/row':>7} {'peak MiB':>9} {'B/row':>6}")  # fmt: skip
    for rows in sizes:
        targets, observed = frame_inputs(rows, rng)
        ours = gaps_frame(targets, observed)
        check = merge_asof_baseline(targets, observed)
        assert len(ours) == len(check.distance) == rows
        runs = repeat if rows <= 1_000_000 else max(2, repeat // 2)
        pair = {"base": lambda t=targets, o=observed: merge_asof_baseline(t, o),
                "ours": lambda t=targets, o=observed: gaps_frame(t, o)}  # fmt: skip
        best = interleaved(pair, runs)
        memory = peak_mib(lambda t=targets, o=observed: gaps_frame(t, o))
        print(f"{rows:>12,} {best['base'] * 1e3:>19.0f} ms {best['ours'] * 1e3:>8.0f} ms "
              f"{best['ours'] / best['base']:>5.2f}× {best['ours'] / rows * 1e6:>7.2f} "
              f"{memory:>9.0f} {memory * 2**20 / rows:>6.0f}")  # fmt: skip
    print("goal: ≤ 1.5× the baseline at each size, time and memory a row flat, ≤ 120 B a row")


def bench_rollup(rows: int, groups: int, repeat: int, rng: np.random.Generator) -> None:
    """rollup against numpy.bincount on writable arrays (the same sums), in one run."""
    labels = rng.integers(0, groups, rows)
    names = np.array([f"group {i:03d}" for i in range(groups)], dtype=object)
    frame = pd.DataFrame({
        "group": pd.Categorical.from_codes(labels, categories=names),
        "group_id": labels,
        "group_name": pd.Series(names[labels], dtype="str"),
        "beds": rng.uniform(0, 6000, rows),
        "population": rng.uniform(1e3, 1e6, rows),
    })  # fmt: skip
    beds, people = np.array(frame["beds"]), np.array(frame["population"])  # writable copies

    def baseline(labels: Any = labels) -> object:
        sums = np.bincount(labels, weights=beds, minlength=groups)
        total = np.bincount(labels, weights=people, minlength=groups)
        return sums / total * 10_000

    def factorized() -> object:  # text: factorised once (pandas.factorize), then bincount
        return baseline(pd.factorize(frame["group_name"], sort=True)[0])

    check = rollup(frame, "group", count="beds")["beds_per_10000"].to_numpy()
    assert np.allclose(check, baseline()), "rollup disagrees with numpy.bincount"
    check = rollup(frame, "group_name", count="beds")["beds_per_10000"].to_numpy()
    assert np.allclose(check, baseline()), "rollup of text disagrees with numpy.bincount"
    runs = {
        "numpy.bincount (Σbeds, Σpopulation)": baseline,
        "rollup, categorical column": lambda: rollup(frame, "group", count="beds"),
        "rollup, integer column": lambda: rollup(frame, "group_id", count="beds"),
    }
    best = interleaved(runs, repeat)
    text = interleaved({"factorize": factorized,
                        "rollup": lambda: rollup(frame, "group_name", count="beds")},
                       max(2, repeat // 2))  # fmt: skip
    base, base_text = best["numpy.bincount (Σbeds, Σpopulation)"], text["factorize"]
    inputs = (beds.nbytes + people.nbytes + labels.nbytes) / 2**20
    print(f"rows: {rows:,} to {groups} groups; best of {repeat}, interleaved, CPU time")
    columns = {"rollup, categorical column": "group", "rollup, integer column": "group_id"}
    for name, t in best.items():
        goal = ""
        if name in columns:
            memory = peak_mib(lambda by=columns[name]: rollup(frame, by, count="beds"))
            goal = f"  (goal ≤ 1.5×); peak {memory:.0f} MiB"
        print(f"{name:<46} {t * 1e3:8.1f} ms   {t / base:.2f}×{goal}")
    t = text["rollup"]
    memory = peak_mib(lambda: rollup(frame, "group_name", count="beds"))
    print(f"{'rollup, text column (str)':<46} {t * 1e3:8.1f} ms   {t / base:.1f}× bincount alone; "
          f"{t / base_text:.2f}× factorize + bincount; peak {memory:.0f} MiB")  # fmt: skip
    print(f"{'pandas.factorize (text) + numpy.bincount':<46} {base_text * 1e3:8.1f} ms")
    print(f"{'size of the inputs (labels, beds, population)':<46} {inputs:8.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--groups", type=int, default=700)
    parser.add_argument("--frame-rows", type=int, nargs="*", default=[10**5, 10**6, 10**7])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", choices=["gap_arrays", "gaps_frame", "rollup"], nargs="*")
    args = parser.parse_args()
    rng = np.random.default_rng(2024)
    only = set(args.only or ("gap_arrays", "gaps_frame", "rollup"))
    if "gap_arrays" in only:
        bench_gap_arrays(args.rows, args.repeat, rng)
    if "gaps_frame" in only:
        bench_gaps_frame(args.frame_rows, args.repeat, rng)
    if "rollup" in only:
        bench_rollup(args.rows, args.groups, args.repeat, rng)


if __name__ == "__main__":
    main()
