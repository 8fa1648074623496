"""Roll-ups add counts and populations (never average ratios); weighted means say their weights.

The counts are what the plans' own targets mean for the populations the docs state
(Đắk Lắk: 1,768,966 people implied by its 2024 table; Thanh Hóa: 3,764,241, GSO end of
2024), or made-up numbers for properties.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from vnhealthplan import ShapeError
from vnhealthplan.rollup import WeightedMean, rollup, weighted_mean

PEOPLE = {"Đắk Lắk": 1_768_966.0, "Thanh Hóa": 3_764_241.0}


@pytest.fixture
def frame():
    # Three made-up districts in two made-up regions.
    return pd.DataFrame({
        "district": ["a", "b", "c"],
        "region": ["north", "north", "south"],
        "beds": [100.0, 300.0, 50.0],
        "doctors": [20.0, 40.0, 5.0],
        "population": [100_000.0, 100_000.0, 50_000.0],
    })  # fmt: skip


def test_hand_computed_regions(frame):
    result = rollup(frame, "region", count=["beds", "doctors"])
    assert list(result.index) == ["north", "south"]
    assert result.index.name == "region"
    assert list(result.columns) == [
        "beds", "doctors", "population", "beds_per_10000", "doctors_per_10000", "rows",
    ]  # fmt: skip
    north = result.loc["north"]
    assert north["beds"] == 400
    assert north["population"] == 200_000
    assert north["beds_per_10000"] == pytest.approx(20.0)  # 400 beds / 200,000 people
    assert north["doctors_per_10000"] == pytest.approx(3.0)
    assert result.loc["south", "beds_per_10000"] == pytest.approx(10.0)
    assert result["rows"].tolist() == [2, 1]
    assert "Σcount / Σpopulation" in result.attrs["method"]


def test_ratios_are_not_averaged():
    # Parts at 10 and 20 beds per 10,000, with 10,000 and 1,000,000 people.
    frame = pd.DataFrame({"g": ["x", "x"], "beds": [10.0, 2000.0], "population": [1e4, 1e6]})
    pooled = rollup(frame, "g", count="beds").loc["x", "beds_per_10000"]
    assert pooled == pytest.approx(2010 / 1_010_000 * 10_000)  # 19.90, not (10 + 20) / 2


def test_the_nation_and_per(frame):
    result = rollup(frame, None, count="beds", per=1_000)
    assert list(result.index) == ["all"]
    assert result.loc["all", "beds_per_1000"] == pytest.approx(450 / 250_000 * 1_000)


def test_merged_provinces_by_mapping(frame):
    merged = frame["district"].map({"a": "A+B", "b": "A+B", "c": "C"})
    result = rollup(frame, merged, count="beds")
    assert result.loc["A+B", "beds"] == 400
    assert result.index.name == "district"


def test_several_columns(frame):
    result = rollup(frame, ["region", "district"], count="beds")
    assert isinstance(result.index, pd.MultiIndex)
    assert result.loc[("north", "b"), "beds_per_10000"] == pytest.approx(30.0)


def test_categorical_and_integer_labels(frame):
    categories = pd.Categorical(["n", "n", None], categories=["n", "s", "unused"])
    result = rollup(frame, pd.Series(categories), count="beds")
    assert list(result.index) == ["n"]  # empty groups dropped, unlabelled row left out
    assert result.loc["n", "rows"] == 2
    ids = rollup(frame, pd.Series([7, 7, 3]), count="beds")
    assert list(ids.index) == [3, 7]
    assert ids.loc[7, "beds"] == 400
    negative = rollup(frame, np.array([-1, -1, 5]), count="beds")  # not small bins: factorised
    assert list(negative.index) == [-1, 5]


def test_nan_propagates_and_zero_population(frame):
    frame.loc[0, "beds"] = np.nan
    frame.loc[2, "population"] = 0.0
    result = rollup(frame, "region", count="beds")
    assert math.isnan(result.loc["north", "beds"])
    assert math.isnan(result.loc["south", "beds_per_10000"])


def test_bad_labels(frame):
    with pytest.raises(ShapeError, match="2 labels but the frame has 3 rows"):
        rollup(frame, pd.Series(["x", "y"]), count="beds")


@given(
    hnp.arrays(np.int64, st.integers(1, 200), elements=st.integers(0, 9)),
    st.data(),
)
def test_rollup_equals_groupby_sums(labels, data):
    n = len(labels)
    beds = data.draw(hnp.arrays(np.float64, n, elements=st.floats(0, 1e4)))
    people = data.draw(hnp.arrays(np.float64, n, elements=st.floats(1, 1e6)))
    frame = pd.DataFrame({"g": labels, "beds": beds, "population": people})
    result = rollup(frame, "g", count="beds")
    expected = frame.groupby("g")[["beds", "population"]].sum()
    np.testing.assert_allclose(result["beds"], expected["beds"], rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(result["population"], expected["population"], rtol=1e-9)
    np.testing.assert_allclose(
        result["beds_per_10000"], expected["beds"] / expected["population"] * 1e4, rtol=1e-9
    )
    # Σcount / Σpopulation is the population-weighted mean of the parts' ratios.
    ratios = beds / people * 1e4
    for group in result.index:
        mask = labels == group
        mean = weighted_mean(ratios[mask], people[mask]).value
        assert mean == pytest.approx(result.loc[group, "beds_per_10000"], rel=1e-9, abs=1e-9)


def test_weighted_mean_says_its_weights():
    people = pd.Series(list(PEOPLE.values()), name="population")
    result = weighted_mean([29, 39], people)  # the plans' bed targets, 2024 and 2030
    assert isinstance(result, WeightedMean)
    assert result.weighted_by == "population"
    assert result.total_weight == sum(PEOPLE.values())
    assert result.count == 2
    expected = (29 * PEOPLE["Đắk Lắk"] + 39 * PEOPLE["Thanh Hóa"]) / sum(PEOPLE.values())
    assert float(result) == pytest.approx(expected)
    assert weighted_mean([1, 3], [1, 1]).weighted_by == "the weights given"
    assert weighted_mean([1, 3], [1, 1], weighted_by="live births").weighted_by == "live births"
    assert math.isnan(weighted_mean([1, np.nan], [1, 1]).value)


def test_weighted_mean_refuses():
    with pytest.raises(ShapeError):
        weighted_mean([1, 2], [1])
    with pytest.raises(ValueError, match="≥ 0"):
        weighted_mean([1, 2], [1, -1])
    with pytest.raises(ValueError, match="positive sum"):
        weighted_mean([1, 2], [0, 0])


def test_missing_or_text_columns_are_named():
    import pandas as pd

    with pytest.raises(ValueError, match="beds"):
        rollup(pd.DataFrame({"a": [1.0], "population": [10.0]}), None, count="beds")
    with pytest.raises(
        TypeError, match=r"rollup\.beds: got '(object|str)'; expected a column of numbers"
    ):
        rollup(pd.DataFrame({"beds": ["x"], "population": [10.0]}), None, count="beds")
