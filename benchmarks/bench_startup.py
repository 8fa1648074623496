"""Benchmark: a fresh process's first analysis, with and without the process start.

Runs, each in a new Python process, best of R (the machine is shared: the best run is the
one least disturbed), timed by the CPU time the child used (``resource.getrusage`` of the
finished children: user + system) and by wall time:

* ``python -c pass``: starting Python alone;
* ``python -m vnhealthplan``: the command line's main job (list the plans, show
  dak-lak-2024), whole;
* inside a fresh process, the first ``plans.load_all()`` (imports, unit registry, plans)
  and a second, warm one.

One warm-up run of each source tree is not counted. ``--src`` runs another source tree
(e.g. the main checkout's ``src``) in the same run, for a before/after table with the
ratio. Run with

    python benchmarks/bench_startup.py [--repeat R] [--src OTHER_SRC]

Goal (issue "Performance at national scale"): the main job ≤ 0.6 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

FIRST = (
    "import time; t = time.perf_counter(); c = time.process_time(); "
    "from vnhealthplan import plans; plans.load_all(); "
    "t1 = time.perf_counter(); c1 = time.process_time(); plans.load_all(); "
    "print(t1 - t, c1 - c, time.perf_counter() - t1)"
)


def child(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall and CPU seconds of one child process, and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def measure(src: str, repeat: int) -> dict[str, tuple[float, float]]:
    env = {**os.environ, "PYTHONPATH": src}
    runs = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -m vnhealthplan (main job)": [sys.executable, "-m", "vnhealthplan"],
    }
    child(runs["python -m vnhealthplan (main job)"], env)  # warm-up (file system caches)
    best: dict[str, tuple[float, float]] = {}
    first, warm = [], []
    for _ in range(repeat):
        for name, argv in runs.items():
            wall, cpu, _ = child(argv, env)
            old = best.get(name, (float("inf"), float("inf")))
            best[name] = (min(old[0], wall), min(old[1], cpu))
        out = child([sys.executable, "-c", FIRST], env)[2].split()
        first.append((float(out[0]), float(out[1])))
        warm.append(float(out[2]))
    start, job = best["python -c pass"], best["python -m vnhealthplan (main job)"]
    best["main job − process start"] = (job[0] - start[0], job[1] - start[1])
    best["first plans.load_all() in a process"] = (min(f[0] for f in first),
                                                   min(f[1] for f in first))  # fmt: skip
    best["warm plans.load_all()"] = (min(warm), float("nan"))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--src", help="another source tree to compare (before)")
    args = parser.parse_args()
    here = str(Path(__file__).resolve().parents[1] / "src")
    ours = measure(here, args.repeat)
    other = measure(args.src, args.repeat) if args.src else {}
    print(f"best of {args.repeat} fresh processes; seconds of wall time / CPU time")
    head = f"{'':<40} {'this tree':>17}"
    print(head + (f" {'--src tree':>17} {'ratio (CPU)':>12}" if other else ""))
    for name, (wall, cpu) in ours.items():
        line = f"{name:<40} {wall:>7.3f} / {cpu:>7.3f}"
        if other:
            w, c = other[name]
            line += f" {w:>7.3f} / {c:>7.3f} {cpu / c if c == c and c else float('nan'):>11.2f}×"
        print(line)
    print("goal: the main job ≤ 0.6 s")


if __name__ == "__main__":
    main()
