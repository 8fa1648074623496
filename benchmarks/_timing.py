"""Timing and memory helpers shared by the benchmark scripts (not part of the package).

The machines these run on are shared and noisy: :func:`interleaved` runs the functions it
compares in turn (A B C A B C …) so that a slow spell hits each of them, and keeps the
best of each. Its clock is the process's CPU time by default (``time.process_time``:
time the process spent running, on any of its threads, which another program on the same
cores does not inflate); pass ``clock=time.perf_counter`` for wall time.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable, Mapping


def best_of(fn: Callable[[], object], repeat: int) -> float:
    """The fastest of *repeat* runs of *fn*, in seconds (wall clock)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def interleaved(
    fns: Mapping[str, Callable[[], object]],
    repeat: int,
    clock: Callable[[], float] = time.process_time,
) -> dict[str, float]:
    """The best of *repeat* runs of each function, run in turn, in seconds of *clock*."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            start = clock()
            fn()
            times[name].append(clock() - start)
    return {name: min(values) for name, values in times.items()}


def peak_mib(fn: Callable[[], object]) -> float:
    """Peak memory *fn* allocates while it runs, its result included, in MiB (tracemalloc)."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    result = fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del result
    return (peak - base) / 2**20
