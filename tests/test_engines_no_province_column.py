"""Figures in a frame without a province column: refused by name against targets that all
name a province (none would be read), read for targets naming none, by every engine alike;
a bad row named in the error's language."""

from __future__ import annotations

import pandas as pd
import pytest

from vnhealthplan import plans
from vnhealthplan.errors import PlanDataError, ValidationError
from vnhealthplan.gaps import gaps_frame

pl = pytest.importorskip("polars")


def test_a_provincial_plan_against_figures_naming_no_province_is_refused() -> None:
    rows = {"indicator": ["imr"], "year": [2024], "value": [20.0]}
    plan = plans.load("dak-lak-2024")
    for frame in (pl.DataFrame(rows), pd.DataFrame(rows)):
        with pytest.raises(ValidationError) as caught:
            gaps_frame(plan, frame)
        assert "the targets are of Đắk Lắk" in caught.value.said("en")
        assert "một bảng không có cột tỉnh (province)" in caught.value.said("vi")


def test_figures_naming_no_province_are_read_for_targets_naming_none() -> None:
    plan = plans.load("unattributed-kbcb-2024")
    rows = {"indicator": ["beds_per_10k"], "year": [2024], "value": [30.0]}
    by_polars = gaps_frame(plan, pl.DataFrame(rows)).to_pandas()
    by_pandas = gaps_frame(plan, pd.DataFrame(rows))
    assert by_polars["observed"].notna().sum() == by_pandas["observed"].notna().sum() > 0


def test_a_bad_row_without_a_province_is_named_in_vietnamese() -> None:
    plan = plans.load("unattributed-kbcb-2024")
    rows = {"indicator": ["beds_per_10k"], "year": [2024.5], "value": [20.0]}
    with pytest.raises(PlanDataError) as caught:
        gaps_frame(plan, pl.DataFrame(rows))
    assert "dòng (không có tỉnh)/beds_per_10k/2024.5" in caught.value.said("vi")
    assert "row (no province)/beds_per_10k/2024.5" in caught.value.said("en")
