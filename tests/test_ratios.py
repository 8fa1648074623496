"""Per-capita calculators on scalars, quantities, arrays and Series, and their properties."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from vnhealthplan import (
    DimensionError,
    ShapeError,
    implied_population,
    per_capita,
    required_count,
    ureg,
)
from vnhealthplan.errors import ValidationError, WrongTypeError

Q = ureg.Quantity
BEDS_PER_10K = Q(29, "bed / ten_thousand_people")


# ---- the Đắk Lắk 2024 example ------------------------------------------------------------


def test_dak_lak_implied_population():
    # 5.130 beds at 29 per vạn dân imply about 1,768,966 people.
    people = implied_population(Q(5130, "bed"), BEDS_PER_10K)
    assert people.units == ureg.Unit("person")
    assert people.magnitude == pytest.approx(5130 / 29 * 10_000, rel=1e-12)
    assert round(people.magnitude) == 1_768_966


def test_dak_lak_round_trip():
    people = implied_population(Q(5130, "bed"), BEDS_PER_10K)
    ratio = per_capita(Q(5130, "bed"), people)
    assert ratio.units == BEDS_PER_10K.units
    assert ratio.magnitude == pytest.approx(29)
    assert required_count(ratio, people).magnitude == pytest.approx(5130)


def test_dak_lak_tiers_as_an_array():
    ratios = per_capita(Q(np.array([2430, 2700]), "bed"), 1_768_966)
    np.testing.assert_allclose(ratios.magnitude, [13.73684, 15.26315], rtol=1e-6)
    assert ratios.units == BEDS_PER_10K.units
    np.testing.assert_allclose(ratios.magnitude.sum(), 29, rtol=1e-5)


# ---- per_capita ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "population", "per", "magnitude", "unit"),
    [
        (5130, 1_768_966, 10_000, 29.0, "1 / ten_thousand_people"),
        (Q(5130, "bed"), 1_768_966, 1_000, 2.9, "bed / thousand_people"),
        (Q(5130, "bed"), Q(176.8966, "van_dan"), 10_000, 29.0, "bed / ten_thousand_people"),
        (Q(44, "death"), Q(2000, "live_birth"), 1_000, 22.0, "death / thousand_live_births"),
        (
            Q(9, "death"), Q(20_000, "live_birth"), 100_000, 45.0,
            "death / hundred_thousand_live_births",
        ),
        (Q(1362, "doctor"), 1_768_966, 100, 1362 / 17_689.66, "doctor / hundred_people"),
    ],
)  # fmt: skip
def test_per_capita(count, population, per, magnitude, unit):
    result = per_capita(count, population, per=per)
    assert result.magnitude == pytest.approx(magnitude, rel=1e-5)
    assert result.units == ureg.Unit(unit)


def test_per_capita_pandas_series_with_the_same_index():
    index = pd.Index(["tuyến tỉnh", "tuyến huyện"])
    result = per_capita(pd.Series([2430, 2700], index=index), pd.Series([1e6, 2e6], index=index))
    np.testing.assert_allclose(result.magnitude, [24.3, 13.5])


def test_per_capita_series_with_a_scalar_and_an_array():
    series = pd.Series([2430, 2700])
    np.testing.assert_allclose(per_capita(series, 1e6).magnitude, [24.3, 27.0])
    np.testing.assert_allclose(
        per_capita(Q(series.to_numpy(), "bed"), pd.Series([1e6, 2e6])).magnitude, [24.3, 13.5]
    )


def test_series_with_different_indexes():
    count = pd.Series([2430, 2700], index=["tỉnh", "huyện"])
    population = pd.Series([1e6, 2e6], index=["huyện", "tỉnh"])
    with pytest.raises(ShapeError, match=r"different indexes"):
        per_capita(count, population)
    with pytest.raises(ShapeError):
        required_count(count, population)
    with pytest.raises(ShapeError):
        implied_population(count, population)


@pytest.mark.parametrize(
    ("count", "population", "message"),
    [
        (np.array([2430, 2700]), np.array([1e6, 1.1e6, 1.2e6]), "has shape"),
        (pd.Series([2430, 2700]), np.array([1e6, 1.1e6, 1.2e6]), "has shape"),
        (pd.Series([2430, 2700]), pd.Series([1e6, 1.1e6, 1.2e6]), "different indexes"),
        (np.array([[1, 2], [3, 4]]), np.array([1e6, 2e6]), "has shape"),
    ],
)
def test_mismatched_lengths(count, population, message):
    with pytest.raises(ShapeError, match=message):
        per_capita(count, population)


def test_mismatched_lengths_in_the_other_functions():
    with pytest.raises(ShapeError, match=r"ratio has shape"):
        required_count(np.array([29, 39]), np.array([1e6, 2e6, 3e6]))
    with pytest.raises(ShapeError, match=r"count has shape"):
        implied_population(Q(np.array([2430, 2700]), "bed"), Q([1, 2, 3], BEDS_PER_10K.units))


def test_array_count_with_scalar_population_and_vice_versa():
    np.testing.assert_allclose(per_capita(np.array([100, 200]), 1e6).magnitude, [1, 2])
    np.testing.assert_allclose(per_capita(100, np.array([1e6, 2e6])).magnitude, [1, 0.5])


def test_nan_propagates_in_arrays():
    result = per_capita(np.array([1.0, np.nan, 3.0]), np.array([1e4, 1e4, np.nan]))
    np.testing.assert_array_equal(np.isnan(result.magnitude), [False, True, True])
    counts = required_count(np.array([29.0, np.nan]), pd.Series([1e6, 2e6]))
    np.testing.assert_array_equal(np.isnan(counts.magnitude), [False, True])
    people = implied_population(
        Q(np.array([5130.0, 5130.0]), "bed"), Q([np.nan, 29], BEDS_PER_10K.units)
    )
    np.testing.assert_array_equal(np.isnan(people.magnitude), [True, False])


def test_nan_scalar_refused():
    with pytest.raises(
        ValidationError, match=r"^per_capita.population: got nan; expected a finite"
    ):
        per_capita(Q(5130, "bed"), float("nan"))
    with pytest.raises(ValidationError, match=r"^required_count.population: got nan"):
        required_count(BEDS_PER_10K, float("nan"))
    nan_ratio = Q(float("nan"), "bed / ten_thousand_people")
    with pytest.raises(ValidationError, match=r"^implied_population.ratio: got nan"):
        implied_population(Q(5130, "bed"), nan_ratio)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: per_capita(Q(5130, "bed"), float("inf")), r"per_capita.population: got inf"),
        (lambda: per_capita(float("inf"), 1000), r"per_capita.count: got inf"),
        (lambda: per_capita(-5130, 1000), r"per_capita.count: got -5130; expected a number ≥ 0"),
        (
            lambda: required_count(-39, 1e6),
            r"required_count.ratio: got -39; expected a number ≥ 0",
        ),
        (lambda: implied_population(5130, float("inf")), r"implied_population.ratio: got inf"),
        (
            lambda: per_capita(np.array([1.0, np.inf]), np.array([1e4, 1e4])),
            r"per_capita.count\[1\]: got inf; expected finite numbers",
        ),
        (
            lambda: required_count(pd.Series([29.0, -1.0]), pd.Series([1e6, 1e6])),
            r"required_count.ratio\[1\]: got -1; expected numbers ≥ 0",
        ),
    ],
)
def test_infinite_and_negative_refused(call, message):
    with pytest.raises(ValidationError, match=message):
        call()


def test_checks_on_non_contiguous_arrays():
    populations = np.array([[1e6, 0.0], [2e6, 3e6]]).T  # Fortran order, not C-contiguous
    with pytest.raises(ValidationError, match=r"population\[1, 0\]: got 0;"):
        per_capita(np.ones((2, 2)), populations)
    np.testing.assert_allclose(
        per_capita(np.ones((2, 2)), populations[:, ::-1] + 1).magnitude,
        1 / (populations[:, ::-1] + 1) * 1e4,
    )


def test_large_arrays_checked_in_every_chunk():
    population = np.full(200_001, 1e6)
    population[-1] = np.inf
    with pytest.raises(ValidationError, match=r"population\[200000\]: got inf"):
        per_capita(np.ones(200_001), population)
    population[-1] = np.nan
    assert np.isnan(per_capita(np.ones(200_001), population).magnitude[-1])


@pytest.mark.parametrize("population", [0, -5, 0.0, np.array([1e6, 0.0]), pd.Series([1e6, -1])])
def test_per_capita_refuses_non_positive_population(population):
    with pytest.raises(
        ValidationError,
        match=r"^per_capita.population(\[1\])?: got .*expected (a number|numbers) > 0",
    ):
        per_capita(Q(5130, "bed"), population)


def test_position_of_the_bad_population_is_named():
    with pytest.raises(ValidationError, match=r"population\[1\]: got 0;"):
        per_capita(Q(5130, "bed"), np.array([1e6, 0.0, -1.0]))


@pytest.mark.parametrize("ratio", [0, -29])
def test_implied_population_refuses_non_positive_ratio(ratio):
    with pytest.raises(
        ValidationError, match=r"^implied_population.ratio: got .*expected a number > 0"
    ):
        implied_population(Q(5130, "bed"), Q(ratio, "bed / ten_thousand_people"))


@pytest.mark.parametrize("population", [Q(1e6, "bed"), Q(1e6, "percent"), Q(1e6, "doctor")])
def test_population_of_the_wrong_dimension(population):
    with pytest.raises(DimensionError, match=r"^population: .*people or of live births"):
        per_capita(Q(5130, "bed"), population)
    with pytest.raises(DimensionError, match=r"^population"):
        required_count(BEDS_PER_10K, population)


def test_dimension_error_is_a_value_error():
    assert issubclass(DimensionError, ValueError)
    assert issubclass(ShapeError, ValueError)


def test_ratio_per_people_with_live_births():
    with pytest.raises(DimensionError, match=r"^ratio: .*per live_birth"):
        required_count(BEDS_PER_10K, Q(30_000, "live_birth"))
    with pytest.raises(DimensionError, match=r"^ratio: .*per person"):
        required_count(Q(22, "death / thousand_live_births"), 1_000_000)


@pytest.mark.parametrize("ratio", [Q(5130, "bed"), Q(95, "percent")])
def test_required_count_of_a_non_ratio(ratio):
    with pytest.raises(DimensionError, match=r"^ratio"):
        required_count(ratio, 1_000_000)


def test_implied_population_of_mismatched_kinds():
    with pytest.raises(DimensionError, match=r"^ratio: .*a ratio of bed per people"):
        implied_population(Q(5130, "bed"), Q(7.7, "doctor / ten_thousand_people"))


def test_implied_population_per_live_births():
    births = implied_population(Q(440, "death"), Q(22, "death / thousand_live_births"))
    assert births == Q(20_000, "live_birth")


@pytest.mark.parametrize("per", [7, 10, 1_000_000, 0])
def test_unsupported_per(per):
    with pytest.raises(ValueError, match=r"per: got .*\[1, 100, 1000, 10000, 100000\] for person"):
        per_capita(Q(5130, "bed"), 1_768_966, per=per)
    with pytest.raises(ValueError, match=r"per: got"):
        required_count(29, 1_768_966, per=per)


def test_unsupported_per_for_live_births():
    with pytest.raises(ValueError, match=r"\[1, 1000, 100000\] for live_birth"):
        per_capita(Q(44, "death"), Q(2000, "live_birth"), per=10_000)


@pytest.mark.parametrize("bad", ["5130", True, np.array(["a"]), None])
def test_not_numbers(bad):
    with pytest.raises(WrongTypeError, match=r"^per_capita.count: got .*; expected"):
        per_capita(bad, 1e6)


def test_quantities_from_another_registry_refused(other_ureg):
    with pytest.raises(DimensionError, match=r"^count: .*another registry"):
        per_capita(other_ureg.Quantity(5130, "meter"), 1e6)
    with pytest.raises(DimensionError, match=r"^population: .*another registry"):
        per_capita(5130, other_ureg.Quantity(1e6, "meter"))
    with pytest.raises(DimensionError, match=r"^ratio: .*another registry"):
        required_count(other_ureg.Quantity(29, "1 / meter"), 1e6)
    with pytest.raises(DimensionError, match=r"another registry"):
        implied_population(Q(5130, "bed"), other_ureg.Quantity(29, "1 / meter"))


# ---- required_count -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ratio", "population", "per", "count", "unit"),
    [
        # Thanh Hóa 2030 and 2045 for 3,764,241 people (GSO, end of 2024).
        (Q(39, "bed / ten_thousand_people"), 3_764_241, 10_000, 14_680.5399, "bed"),
        (Q(15, "doctor / ten_thousand_people"), 3_764_241, 10_000, 5_646.3615, "doctor"),
        (Q(3.5, "pharmacist / ten_thousand_people"), 3_764_241, 10_000, 1_317.48435, "pharmacist"),
        (Q(3.9, "bed / thousand_people"), Q(376.4241, "van_dan"), 10_000, 14_680.5399, "bed"),
        (29, 1_768_966, 10_000, 5130.0014, "dimensionless"),
        (2.9, 1_768_966, 1_000, 5130.0014, "dimensionless"),
        (
            Q(45, "death / hundred_thousand_live_births"), Q(30_000, "live_birth"), 10_000, 13.5,
            "death",
        ),
    ],
)  # fmt: skip
def test_required_count(ratio, population, per, count, unit):
    result = required_count(ratio, population, per=per)
    assert result.magnitude == pytest.approx(count, rel=1e-6)
    assert result.units == ureg.Unit(unit)


def test_required_count_vectors():
    ratios = Q(np.array([39, 40]), "bed / ten_thousand_people")  # Thanh Hóa 2030, 2045
    np.testing.assert_allclose(
        required_count(ratios, np.array([3_764_241, 3_764_241])).magnitude,
        [14_680.5399, 15_056.964],
    )
    np.testing.assert_allclose(
        required_count(BEDS_PER_10K, pd.Series([1e6, 2e6], index=["a", "b"])).magnitude,
        [2900, 5800],
    )


# ---- properties ----------------------------------------------------------------------------

counts = st.floats(min_value=1e-3, max_value=1e7, allow_nan=False)
populations = st.floats(min_value=1.0, max_value=1e9, allow_nan=False)
pers = st.sampled_from([1, 100, 1_000, 10_000, 100_000])


@given(counts, populations, pers)
def test_required_count_inverts_per_capita(count, population, per):
    ratio = per_capita(Q(count, "bed"), population, per=per)
    back = required_count(ratio, population)
    assert back.units == ureg.Unit("bed")
    assert back.magnitude == pytest.approx(count, rel=1e-9)


@given(counts, populations, pers)
def test_implied_population_inverts_per_capita(count, population, per):
    ratio = per_capita(Q(count, "doctor"), Q(population, "person"), per=per)
    people = implied_population(Q(count, "doctor"), ratio)
    assert people.units == ureg.Unit("person")
    assert people.magnitude == pytest.approx(population, rel=1e-9)


@given(counts, populations)
def test_per_thousand_times_ten_is_per_ten_thousand(count, population):
    per_1000 = per_capita(Q(count, "nurse"), population, per=1_000)
    per_10000 = per_capita(Q(count, "nurse"), population, per=10_000)
    assert per_1000.magnitude * 10 == pytest.approx(per_10000.magnitude, rel=1e-12)
    assert per_10000.to("nurse / thousand_people").magnitude == pytest.approx(per_1000.magnitude)


vectors = st.integers(min_value=1, max_value=20).flatmap(
    lambda n: st.tuples(
        hnp.arrays(np.float64, n, elements=counts),
        hnp.arrays(np.float64, n, elements=populations),
    )
)


@given(vectors, pers)
def test_vector_equals_scalars_element_wise(arrays, per):
    count, population = arrays
    ratio = per_capita(Q(count, "bed"), population, per=per)
    assert ratio.magnitude.shape == count.shape
    expected = [
        per_capita(Q(c, "bed"), p, per=per).magnitude
        for c, p in zip(count, population, strict=True)
    ]
    np.testing.assert_array_equal(ratio.magnitude, expected)
    needed = required_count(ratio, population)
    expected = [required_count(r, p).magnitude for r, p in zip(ratio, population, strict=True)]
    np.testing.assert_array_equal(needed.magnitude, expected)
    people = implied_population(Q(count, "bed"), ratio)
    expected = [
        implied_population(Q(c, "bed"), r).magnitude for c, r in zip(count, ratio, strict=True)
    ]
    np.testing.assert_array_equal(people.magnitude, expected)


@given(vectors)
def test_series_equals_arrays(arrays):
    count, population = arrays
    index = pd.RangeIndex(len(count))
    from_series = per_capita(pd.Series(count, index=index), pd.Series(population, index=index))
    np.testing.assert_array_equal(from_series.magnitude, per_capita(count, population).magnitude)


def test_inputs_are_not_modified():
    count, population = np.array([2430.0, 2700.0]), np.array([1e6, 2e6])
    series = pd.Series([2430.0, 2700.0])
    per_capita(count, population)
    per_capita(series, 1e6)
    required_count(Q(count, "bed / ten_thousand_people"), population)
    np.testing.assert_array_equal(count, [2430.0, 2700.0])
    np.testing.assert_array_equal(population, [1e6, 2e6])
    assert series.tolist() == [2430.0, 2700.0]
