"""``python -m vnhealthplan``: the command line of :mod:`vnhealthplan.cli`.

Examples
--------
>>> main(["list"])  # doctest: +ELLIPSIS
Plan                    Province     Targets  Observations  Facilities  Assignments
an-giang-2018           An Giang          67 ...
0
"""

from __future__ import annotations

from vnhealthplan.present.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
