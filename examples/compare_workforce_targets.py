"""Compare the bed and workforce targets of the four provincial plans.

Run: python examples/compare_workforce_targets.py

Every figure comes from a bundled plan; the table shows the targets per 10,000 population
by province and year, and the quote each was read from is one column away in
``plans.targets_frame()``, the frame of every bundled plan.
"""

from __future__ import annotations

import pandas as pd

from vnhealthplan import plans

RATIOS = ["beds_per_10k", "doctors_per_10k", "pharmacists_per_10k", "nurses_per_10k"]


def workforce_table() -> pd.DataFrame:
    """Targets per 10,000 population: one row per province and year, one column per ratio."""
    targets = plans.targets_frame().dropna(subset=["province"])  # plans naming a province
    levels = targets[(targets["kind"] == "level") & targets["indicator"].isin(RATIOS)]
    table = levels.pivot_table(
        index=["province", "year"], columns="indicator", values="value", aggfunc="first"
    )
    return table.reindex(columns=RATIOS)


def main() -> None:
    with pd.option_context("display.width", 120):
        table = workforce_table().astype("float64")  # pd.NA to NaN, which na_rep shows
        print(table.to_string(float_format=lambda v: f"{v:g}", na_rep="–"))


if __name__ == "__main__":
    main()
