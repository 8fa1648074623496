"""Benchmark: reading a filled 10,000-row form, against pandas.read_excel in the same run.

Run with

    python benchmarks/bench_forms.py [--rows N] [--repeat R]

Goal (issue "monitoring cycle"): :func:`vnhealthplan.forms.read_form` on a filled form of
10,000 rows ≤ 3× ``pandas.read_excel`` reading the same file (which only reads the cells:
no checksum, no structure check, no number parsing, no Observations).

The form is synthetic: a plan made up here with every catalogue indicator that takes the
value 1, in as many scopes ("vùng 1", "vùng 2", …) as it takes to reach the row count, all
due in 2024; a third of the values are typed as text the Vietnamese way ("1.234,5"). These
are not figures of any province.
"""

from __future__ import annotations

import argparse
import math
import tempfile
from pathlib import Path

import openpyxl
import pandas as pd
from _timing import best_of

from vnhealthplan import Document, Period, Plan, Scope, Target, provinces
from vnhealthplan.errors import ValidationError
from vnhealthplan.forms import read_form, write_form
from vnhealthplan.indicators import catalogue
from vnhealthplan.text.numbers import format_number


def synthetic_plan(rows: int) -> Plan:
    """A plan with at least *rows* (indicator, scope) targets, all due in 2024."""
    usable = []
    for indicator in catalogue().values():
        try:
            Target(indicator, 1, Period.year(2024), "=")
        except ValidationError:
            continue
        usable.append(indicator)
    scopes = math.ceil(rows / len(usable))
    targets = [
        Target(ind, 1, Period.year(2024), "=", scope=Scope(description=f"vùng {s}"))
        for s in range(1, scopes + 1)
        for ind in usable
    ][:rows]
    document = Document("Kế hoạch tổng hợp (giả lập cho đo tốc độ)", "vnhealthplan benchmarks")
    return Plan("synthetic-bench", document, province=provinces.get("Đắk Lắk"), targets=targets)


def filled_form(plan: Plan, folder: Path) -> Path:
    path = write_form(plan, folder / "bench.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Biểu mẫu"]
    for n in range(2, sheet.max_row + 1):
        value = round(0.5 + (n % 97), 1)
        sheet.cell(n, 11, format_number(value, "vi") if n % 3 == 0 else value)
        sheet.cell(n, 12, "Báo cáo thống kê 2024")
    book.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plan = synthetic_plan(args.rows)
    with tempfile.TemporaryDirectory() as folder:
        path = filled_form(plan, Path(folder))
        observations = read_form(path, plan)
        frame = pd.read_excel(path, sheet_name="Biểu mẫu")
        assert len(observations) == len(frame) == args.rows, (len(observations), len(frame))
        ours = best_of(lambda: read_form(path, plan), args.repeat)
        theirs = best_of(lambda: pd.read_excel(path, sheet_name="Biểu mẫu"), args.repeat)
        size = path.stat().st_size / 2**20
    print(f"filled form: {args.rows:,} rows, {size:.1f} MiB")
    print(f"read_form          {ours:8.3f} s")
    print(f"pandas.read_excel  {theirs:8.3f} s")
    print(f"ratio              {ours / theirs:8.2f}x  (goal <= 3x)")


if __name__ == "__main__":
    main()
