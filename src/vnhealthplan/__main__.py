"""``python -m vnhealthplan``: report on the bundled plans.

With no argument it lists the bundled plans and reports on Đắk Lắk's 2024 plan; with a
plan key it reports on that plan.

Examples
--------
>>> main(["quang-ngai-2023"])  # doctest: +ELLIPSIS
quang-ngai-2023: UBND tỉnh Quảng Ngãi, 193/KH-UBND (2023-11-02) — Quảng Ngãi
...
0
>>> import contextlib, io
>>> with contextlib.redirect_stderr(io.StringIO()) as err:
...     main(["hanoi-2024"])
2
>>> print(err.getvalue())  # errors go to stderr, without a traceback
vnhealthplan: unknown plan 'hanoi-2024'; known plans: 'an-giang-2018', 'dak-lak-2024', \
'quang-ngai-2023', 'thanh-hoa-2023', 'unattributed-kbcb-2024'
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import plans
from .report import plan_report, summary_table

__all__ = ["main"]

DEFAULT_PLAN = "dak-lak-2024"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; return the process exit code.

    Parameters
    ----------
    argv : sequence of str, optional
        Command-line arguments: an optional plan key and ``--lang vi|en``.

    Returns
    -------
    int
        0 on success, 2 for an unknown plan or bad arguments.
    """
    parser = argparse.ArgumentParser(
        prog="vnhealthplan", description="Report on a bundled Vietnamese provincial health plan."
    )
    parser.add_argument(
        "plan", nargs="?", help=f"plan key (default: list plans and {DEFAULT_PLAN})"
    )
    parser.add_argument("--lang", choices=("en", "vi"), default="en")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        if args.plan is None:
            print(summary_table(plans.load_all()))
            print()
            print(plan_report(plans.load(DEFAULT_PLAN), args.lang))
        else:
            print(plan_report(plans.load(args.plan), args.lang))
    except plans.UnknownPlanError as err:
        print(f"vnhealthplan: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
