"""National-scale analysis on existing engines: roll-up and progress from partitioned Parquet.

Run with

    python benchmarks/bench_scale.py [--rows N] [--partitions P] [--engines pandas,polars,...]
                                     [--folder DIR] [--max-gib G]

Generates N rows (default 10^5) of commune × indicator × month × year data as P Parquet
files (in DIR, kept and reused when it already holds them; else a temporary folder), then,
for each engine in its own process (so the peak memory is that engine's): reads the folder,
rolls the counts up to (province, indicator, year) with :func:`vnhealthplan.rollup.rollup`,
and computes the progress status of every row with
:func:`vnhealthplan.progress.progress_frame`, keeping only the count of each status.
Reports seconds (reading included) and the process's peak resident memory (VmHWM).

The data are random (a national analysis covers ~3,300 communes × 200 indicators × 12
months × 10 years = 10^8 rows); they are not figures of any commune. pandas reads
everything into memory: it is skipped, with a message, when its estimated peak
(~370 B a row, measured at 10^7) would not fit in the memory available. Every engine's
process is watched and killed if its resident memory passes --max-gib (default: three
quarters of the memory available at the start), so that a run never starves the machine.
polars runs its streaming engine. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ENGINES = ("pandas", "polars", "duckdb", "dask")
KEYS = ["province", "indicator", "year"]
PROGRESS = ["base_value", "base_year", "latest_value", "latest_year", "target", "target_year",
            "direction"]  # fmt: skip


def generate(folder: Path, rows: int, partitions: int, seed: int = 0) -> None:
    """*rows* random rows as *partitions* Parquet files in *folder*."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from vnhealthplan import indicators, provinces

    names = np.array([p.name for p in provinces.all()][:63])
    codes = np.array([i.code for i in indicators.all()])
    rng = np.random.default_rng(seed)
    size = -(-rows // partitions)
    for part in range(partitions):
        n = min(size, rows - part * size)
        if n <= 0:
            break
        commune = rng.integers(0, 3300, n, dtype=np.int32)
        base = rng.uniform(1, 100, n)
        table = pa.table({
            "province": pa.array(names[commune % len(names)]).dictionary_encode(),
            "commune": commune,
            "indicator": pa.array(codes[rng.integers(0, len(codes), n)]).dictionary_encode(),
            "year": rng.integers(2016, 2026, n, dtype=np.int16),
            "month": rng.integers(1, 13, n, dtype=np.int8),
            "count": rng.poisson(20, n).astype(float),
            "population": rng.integers(2_000, 20_000, n).astype(float),
            "base_value": base, "base_year": np.full(n, 2016, np.int16),
            "latest_value": base * rng.uniform(0.9, 1.3, n),
            "latest_year": np.full(n, 2022, np.int16),
            "target": base * rng.uniform(1.0, 1.5, n), "target_year": np.full(n, 2030, np.int16),
            "direction": np.ones(n, np.int8),
        })  # fmt: skip
        pq.write_table(table, folder / f"part-{part:04d}.parquet")


def _pandas(folder: Path) -> tuple[int, int]:
    import pandas as pd

    from vnhealthplan.progress import progress_frame
    from vnhealthplan.rollup import rollup

    frame = pd.read_parquet(folder)
    groups = rollup(frame, KEYS, count="count")
    status = progress_frame(frame[PROGRESS])["status"].value_counts()
    return len(groups), int(status.sum())


def _polars(folder: Path) -> tuple[int, int]:
    import polars as pl

    from vnhealthplan.progress import progress_frame
    from vnhealthplan.rollup import rollup

    lazy = pl.scan_parquet(folder / "*.parquet")
    groups = rollup(lazy, KEYS, count="count").collect(engine="streaming")
    status = progress_frame(lazy.select(PROGRESS)).group_by("status").len()
    status = status.collect(engine="streaming")
    return len(groups), int(status["len"].sum())


def _duckdb(folder: Path) -> tuple[int, int]:
    import duckdb

    from vnhealthplan.progress import progress_frame
    from vnhealthplan.rollup import rollup

    rel = duckdb.read_parquet(str(folder / "*.parquet"))
    groups = rollup(rel, KEYS, count="count").fetchall()
    done = progress_frame(rel.select(*PROGRESS)).aggregate("status, count(*) AS n", "status")
    return len(groups), sum(n for _, n in done.fetchall())


def _dask(folder: Path) -> tuple[int, int]:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    from vnhealthplan.progress import progress_frame
    from vnhealthplan.rollup import rollup

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=":0") as cluster, Client(cluster):  # fmt: skip
        frame = dd.read_parquet(str(folder))
        groups = rollup(frame, KEYS, count="count").compute()
        status = progress_frame(frame[PROGRESS])["status"].value_counts().compute()
    return len(groups), int(status.sum())


def _peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(engine: str, folder: Path) -> dict[str, Any]:
    """Run one engine in this process; its time and peak memory."""
    import warnings

    warnings.filterwarnings("ignore", "Dask support is moving out", FutureWarning)
    run = {"pandas": _pandas, "polars": _polars, "duckdb": _duckdb, "dask": _dask}[engine]
    import vnhealthplan.progress
    import vnhealthplan.rollup  # noqa: F401

    before = _peak_mib()
    start = time.perf_counter()
    groups, rows = run(folder)
    return {"engine": engine, "seconds": round(time.perf_counter() - start, 2),
            "peak_mib": round(_peak_mib()), "peak_mib_at_start": round(before),
            "groups": groups, "rows_assessed": rows}  # fmt: skip


#: pandas' peak resident memory per row here (3,534 MiB at 10^7 rows).
PANDAS_BYTES_PER_ROW = 370


def _available_gib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) / 2**20
    return float("nan")


def _rss_gib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return 0.0


def watched(engine: str, folder: Path, max_gib: float) -> str:
    """Run *engine* in a child process, killed if its memory passes *max_gib*; one line."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", engine, str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    highest = 0.0
    while proc.poll() is None:
        highest = max(highest, _rss_gib(proc.pid))
        if highest > max_gib:
            proc.kill()
            proc.wait()
            return f"{engine:8} killed: resident memory passed {max_gib:.1f} GiB"
        time.sleep(0.2)
    out, err = proc.communicate()
    if proc.returncode:
        return f"{engine:8} failed: {err.strip().splitlines()[-1:]}"
    r = json.loads(out.strip().splitlines()[-1])
    return (f"{engine:8} {r['seconds']:8.2f} s  peak {r['peak_mib']:7,} MiB "
            f"(at start {r['peak_mib_at_start']:,})  {r['groups']:,} groups, "
            f"{r['rows_assessed']:,} rows assessed")  # fmt: skip


def run(folder: Path, rows: int, partitions: int, engines: list[str], max_gib: float) -> None:
    """Generate the data in *folder* unless it holds them, then time each engine."""
    start = time.perf_counter()
    if not any(folder.glob("*.parquet")):
        generate(folder, rows, partitions)
    files = list(folder.glob("*.parquet"))
    size = sum(p.stat().st_size for p in files) / 2**20
    ready = time.perf_counter() - start
    print(f"{rows:,} rows in {len(files)} Parquet files ({size:,.0f} MiB), ready in {ready:.1f} s;"
          f" watch limit {max_gib:.1f} GiB", flush=True)  # fmt: skip
    for engine in engines:
        need = rows * PANDAS_BYTES_PER_ROW / 2**30
        if engine == "pandas" and need > max_gib:
            print(f"pandas   skipped: needs ~{need:.0f} GiB (370 B a row), "
                  f"{max_gib:.1f} GiB allowed", flush=True)  # fmt: skip
            continue
        print(watched(engine, folder, max_gib), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=float, default=1e5)
    parser.add_argument("--partitions", type=int, default=0, help="default: 1 per 10^6 rows")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--folder", type=Path, help="keep (and reuse) the Parquet files here")
    parser.add_argument("--max-gib", type=float, default=0.75 * _available_gib())
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))))
        return
    rows = int(args.rows)
    partitions = args.partitions or max(1, rows // 1_000_000)
    engines = args.engines.split(",")
    if args.folder:
        args.folder.mkdir(parents=True, exist_ok=True)
        run(args.folder, rows, partitions, engines, args.max_gib)
        return
    with tempfile.TemporaryDirectory() as tmp:
        run(Path(tmp), rows, partitions, engines, args.max_gib)


if __name__ == "__main__":
    main()
