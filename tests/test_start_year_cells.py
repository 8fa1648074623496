"""A targets frame's start_year and period_start cells: a cell holding something that is not
a year is refused by name (it was replaced by the target's year in silence); a blank cell
gives no year, and the next rule decides."""

from __future__ import annotations

import pandas as pd
import pytest

from vnhealthplan import plans
from vnhealthplan.errors import PlanDataError
from vnhealthplan.frames import targets_frame
from vnhealthplan.gaps import gaps_frame

FIGURES = pd.DataFrame(
    {"province": ["Thanh Hóa"], "indicator": ["rank_one_hospitals"], "year": [2025], "value": [9]}
)


@pytest.fixture
def targets() -> pd.DataFrame:
    return targets_frame(plans.load("thanh-hoa-2023"))


@pytest.mark.parametrize("cell", ["2O23", "năm 2023", 2023.5, 1800])
def test_a_start_year_that_is_not_a_year_is_refused(targets: pd.DataFrame, cell: object) -> None:
    targets = targets.assign(start_year=[2023] * (len(targets) - 1) + [cell])
    with pytest.raises(PlanDataError) as caught:
        gaps_frame(targets, FIGURES)
    assert len(caught.value.problems) == 1
    assert "start_year" in caught.value.said("vi")
    assert "cần một năm tròn từ 1945 đến 2100" in caught.value.said("vi")


def test_blank_start_years_give_no_year(targets: pd.DataFrame) -> None:
    given = gaps_frame(targets.assign(start_year=None), FIGURES)
    assert len(given) == len(gaps_frame(targets, FIGURES))


def test_a_period_start_that_is_not_a_date_is_refused(targets: pd.DataFrame) -> None:
    targets = targets.assign(period_start=["01/2O21", *list(targets["period_start"][1:])])
    with pytest.raises(PlanDataError) as caught:
        gaps_frame(targets, FIGURES)
    assert "period_start" in caught.value.said("en")
