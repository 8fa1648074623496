"""A population given as a table (province and population columns), as a department keeps it.

``gaps_frame(population=...)`` took a mapping or a Series; a DataFrame was iterated by its
columns, so its column name "province" was read as a province name ("unknown province
'province'"), a misleading refusal of a natural input.
"""

from __future__ import annotations

import pandas as pd
import pytest

from vnhealthplan import plans
from vnhealthplan.errors import ValidationError
from vnhealthplan.gaps import gaps_frame

FIGURES = pd.DataFrame(
    {"province": ["Thanh Hóa"], "indicator": ["beds_per_10k"], "year": [2024], "value": [30.0]}
)


def test_a_frame_of_province_and_population_columns_counts_as_the_series_does() -> None:
    plan = plans.load("thanh-hoa-2023")
    table = pd.DataFrame({"province": ["Thanh Hóa"], "population": [3_760_000]})
    series = pd.Series({"Thanh Hóa": 3_760_000})
    by_table = gaps_frame(plan, FIGURES, population=table)
    by_series = gaps_frame(plan, FIGURES, population=series)
    pd.testing.assert_frame_equal(by_table, by_series)
    assert by_table["population"].dropna().eq(3_760_000).any()


def test_a_frame_without_those_columns_is_refused_naming_its_columns() -> None:
    plan = plans.load("thanh-hoa-2023")
    table = pd.DataFrame({"tinh": ["Thanh Hóa"], "dan_so": [3_760_000]})
    with pytest.raises(ValidationError) as caught:
        gaps_frame(plan, FIGURES, population=table)
    said = str(caught.value)
    assert "population" in said
    assert "'tinh'" in said
    assert "'dan_so'" in said
    assert "unknown province" not in said.casefold()
    assert "cột" in caught.value.said("vi")


def test_a_frame_with_a_blank_population_reports_the_row() -> None:
    plan = plans.load("thanh-hoa-2023")
    table = pd.DataFrame({"province": ["Thanh Hóa"], "population": [float("nan")]})
    with pytest.raises(ValidationError, match="Thanh Hóa"):
        gaps_frame(plan, FIGURES, population=table)
