"""Observations in a polars frame without a province column: read as the pandas path reads
them (a provincial plan's targets are not about them), and a bad row named in the error's
language."""

from __future__ import annotations

import pandas as pd
import pytest

from vnhealthplan import plans
from vnhealthplan.errors import PlanDataError
from vnhealthplan.gaps import gaps_frame

pl = pytest.importorskip("polars")


def test_a_provincial_plan_against_figures_naming_no_province() -> None:
    rows = {"indicator": ["imr"], "year": [2024], "value": [20.0]}
    plan = plans.load("dak-lak-2024")
    by_polars = gaps_frame(plan, pl.DataFrame(rows)).to_pandas()
    by_pandas = gaps_frame(plan, pd.DataFrame(rows))
    assert len(by_polars) == len(by_pandas)
    assert by_polars["observed"].isna().all()
    assert by_pandas["observed"].isna().all()


def test_a_bad_row_without_a_province_is_named_in_vietnamese() -> None:
    plan = plans.load("unattributed-kbcb-2024")
    rows = {"indicator": ["beds_per_10k"], "year": [2024.5], "value": [20.0]}
    with pytest.raises(PlanDataError) as caught:
        gaps_frame(plan, pl.DataFrame(rows))
    assert "dòng (không có tỉnh)/beds_per_10k/2024.5" in caught.value.said("vi")
    assert "row (no province)/beds_per_10k/2024.5" in caught.value.said("en")
