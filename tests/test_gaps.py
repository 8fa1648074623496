"""Gaps: the NumPy core, one target's Gap, counts needed, and gaps_frame.

Hand-computed cases cover every comparator and kind, with boundaries, targets already met,
the wrong direction, missing baselines, NaN observations, unit conversion and wrong
dimensions. Targets come from the bundled plans; observed values that are not the plans'
own are made up for the test and labelled so.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from vnhealthplan import (
    Baseline,
    DimensionError,
    Observation,
    Period,
    PlanDataError,
    ShapeError,
    Target,
    ValidationError,
    WrongTypeError,
    indicators,
    plans,
    provinces,
    ureg,
)
from vnhealthplan.core.excelfloat import fifteen_digits_array
from vnhealthplan.frames import targets_frame
from vnhealthplan.gaps import (
    COMPARATOR_CODES,
    DIRECTION_CODES,
    KIND_CODES,
    Gap,
    codes,
    counts_needed,
    effective_comparator,
    gap,
    gap_arrays,
    gaps_frame,
)
from vnhealthplan.vocab import Comparator, Direction, TargetKind

Q = ureg.Quantity
NAN = math.nan
Y2024 = Period.year(2024)

# value, upper, comparator, kind, direction, observed, baseline, met, shortfall, distance
# (met None: unknown). All observed values are hypothetical.
CASES = [
    # "đạt 30" beds, higher is better: ≥
    (30, NAN, "=", "level", "higher", 29.5, NAN, False, 0.5, 0.5),
    (30, NAN, "=", "level", "higher", 30, NAN, True, 0.0, 0.0),
    (30, NAN, "=", "level", "higher", 31, NAN, True, 0.0, -1.0),
    # "đạt 12,5‰" IMR, lower is better: ≤
    (12.5, NAN, "=", "level", "lower", 13, NAN, False, 0.5, 0.5),
    (12.5, NAN, "=", "level", "lower", 12, NAN, True, 0.0, -0.5),
    # "=" without a preferred direction: within 5 % of 10 (9.5–10.5)
    (10, NAN, "=", "level", "neutral", 10.25, NAN, True, 0.0, -0.25),
    (10, NAN, "=", "level", "neutral", 11, NAN, False, 0.5, 0.5),
    (10, NAN, "=", "level", "neutral", 8.5, NAN, False, 1.0, 1.0),
    # "<22": strict; 22 is not met though its shortfall is 0
    (22, NAN, "<", "level", "lower", 21.5, NAN, True, 0.0, -0.5),
    (22, NAN, "<", "level", "lower", 22, NAN, False, 0.0, 0.0),
    (22, NAN, "<", "level", "lower", 23.5, NAN, False, 1.5, 1.5),
    # "≤"
    (22, NAN, "<=", "level", "lower", 22, NAN, True, 0.0, 0.0),
    (22, NAN, "<=", "level", "lower", 24, NAN, False, 2.0, 2.0),
    # "trên 80": strict
    (80, NAN, ">", "level", "higher", 80, NAN, False, 0.0, 0.0),
    (80, NAN, ">", "level", "higher", 81, NAN, True, 0.0, -1.0),
    (80, NAN, ">", "level", "higher", 79, NAN, False, 1.0, 1.0),
    # "≥95": 95 meets
    (95, NAN, ">=", "level", "higher", 95, NAN, True, 0.0, 0.0),
    (95, NAN, ">=", "level", "higher", 94.5, NAN, False, 0.5, 0.5),
    # the comparator as written wins over the direction: "≥" on a lower-is-better indicator
    (20, NAN, ">=", "level", "lower", 19, NAN, False, 1.0, 1.0),
    # "khoảng 80": 76–84 at 5 %
    (80, NAN, "~", "level", "higher", 77, NAN, True, 0.0, -1.0),
    (80, NAN, "~", "level", "higher", 84, NAN, True, 0.0, 0.0),
    (80, NAN, "~", "level", "higher", 85, NAN, False, 1.0, 1.0),
    (80, NAN, "~", "level", "higher", 74, NAN, False, 2.0, 2.0),
    # "01 - 02": inside [1, 2], bounds included
    (1, 2, "range", "level", "higher", 0, NAN, False, 1.0, 1.0),
    (1, 2, "range", "level", "higher", 1, NAN, True, 0.0, 0.0),
    (1, 2, "range", "level", "higher", 1.5, NAN, True, 0.0, -0.5),
    (1, 2, "range", "level", "higher", 2, NAN, True, 0.0, 0.0),
    (1, 2, "range", "level", "higher", 3, NAN, False, 1.0, 1.0),
    # "duy trì 100%": a level
    (100, NAN, "=", "maintain", "higher", 100, NAN, True, 0.0, 0.0),
    (100, NAN, "=", "maintain", "higher", 99, NAN, False, 1.0, 1.0),
    (5, NAN, "=", "maintain", "lower", 6, NAN, False, 1.0, 1.0),
    # "mức giảm 0,2‰": change −0.2, met by a change ≤ −0.2
    (-0.2, NAN, "=", "change", "neutral", 14.0, 14.4, True, 0.0, -0.2),
    (-0.2, NAN, "=", "change", "neutral", 14.25, 14.5, True, 0.0, -0.05),
    (-0.2, NAN, "=", "change", "neutral", 14.5, 14.5, False, 0.2, 0.2),
    (-0.2, NAN, "=", "change", "neutral", 14.75, 14.5, False, 0.45, 0.45),  # wrong way
    (-0.2, NAN, "=", "change", "neutral", 14.0, NAN, None, NAN, NAN),  # no baseline
    # "thêm 2": change +2
    (2, NAN, "=", "change", "higher", 5, 2, True, 0.0, -1.0),
    (2, NAN, "=", "change", "higher", 3, 2, False, 1.0, 1.0),
    # a change of 0 follows the indicator's direction
    (0, NAN, "=", "change", "higher", 5, 5, True, 0.0, 0.0),
    (0, NAN, "=", "change", "higher", 4, 5, False, 1.0, 1.0),
    (0, NAN, "=", "change", "lower", 4, 5, True, 0.0, -1.0),
    # "tăng thêm ít nhất 1", and a change range "01 - 02 bệnh viện"
    (1, NAN, ">=", "change", "higher", 1, 0, True, 0.0, 0.0),
    (1, 2, "range", "change", "higher", 12, 10, True, 0.0, 0.0),
    (1, 2, "range", "change", "higher", 13, 10, False, 1.0, 1.0),
    # no observed value: unknown for every comparator
    (30, NAN, "=", "level", "higher", NAN, NAN, None, NAN, NAN),
    (22, NAN, "<", "level", "lower", NAN, NAN, None, NAN, NAN),
    (1, 2, "range", "level", "higher", NAN, NAN, None, NAN, NAN),
    (80, NAN, "~", "level", "higher", NAN, NAN, None, NAN, NAN),
]


def _check(result, met, shortfall, distance):
    if met is None:
        assert result.unknown.all()
        assert not np.ma.getdata(result.met).any()  # False underneath, and masked
        assert np.isnan(result.shortfall).all()
        assert np.isnan(result.distance).all()
    else:
        assert not result.unknown.any()
        assert bool(np.ma.getdata(result.met)) is met
        assert float(result.shortfall) == pytest.approx(shortfall, abs=1e-12)
        assert float(result.distance) == pytest.approx(distance, abs=1e-12)


@pytest.mark.parametrize(
    ("value", "upper", "comparator", "kind", "direction", "observed", "baseline", "met",
     "shortfall", "distance"),
    CASES,
)  # fmt: skip
def test_hand_computed_case(
    value, upper, comparator, kind, direction, observed, baseline, met, shortfall, distance
):
    result = gap_arrays(
        value, upper, comparator, kind, direction, observed, baseline, tolerance=0.05
    )
    _check(result, met, shortfall, distance)


def test_all_cases_as_one_vectorised_call():
    columns = list(zip(*CASES, strict=True))
    result = gap_arrays(*columns[:7])
    expected_met = [m is True for m in columns[7]]
    np.testing.assert_array_equal(np.ma.getdata(result.met), expected_met)
    np.testing.assert_array_equal(result.unknown, [m is None for m in columns[7]])
    np.testing.assert_allclose(result.shortfall, columns[8], atol=1e-12)
    np.testing.assert_allclose(result.distance, columns[9], atol=1e-12)


def test_codes_and_spellings_give_the_same_result():
    args = ([22, 95], None, ["<", ">="], ["level", "level"], ["lower", "higher"], [21, 96])
    by_codes = gap_arrays(
        [22, 95],
        None,
        np.array([COMPARATOR_CODES[Comparator.LT], COMPARATOR_CODES[Comparator.GE]]),
        KIND_CODES[TargetKind.LEVEL],
        np.array([DIRECTION_CODES[Direction.LOWER], DIRECTION_CODES[Direction.HIGHER]]),
        [21, 96],
    )
    by_words = gap_arrays(*args)
    by_vietnamese = gap_arrays([22, 95], None, ["dưới", "tối thiểu"], "đạt mức", args[4], args[5])
    for other in (by_words, by_vietnamese):
        np.testing.assert_array_equal(other.met, by_codes.met)
        np.testing.assert_array_equal(other.distance, by_codes.distance)


def test_masked_and_nullable_views_of_unknown():
    result = gap_arrays(-0.2, None, "=", "change", "neutral", [14.0, 14.0, NAN], [NAN, 14.4, 14.4])
    assert result.met.mask.tolist() == [True, False, True]
    assert result.met.tolist() == [None, True, None]
    nullable = result.met_nullable()
    assert nullable.dtype == "boolean"
    assert [None if v is pd.NA else v for v in nullable] == [None, True, None]
    assert result.met.sum() == 1  # masked values do not count as met
    assert "unknown=2" in repr(result)


def test_scalars_broadcast_and_shapes_are_kept():
    result = gap_arrays(30, None, "=", "level", "higher", np.array([[29.0, 31.0], [30.0, NAN]]))
    assert result.distance.shape == (2, 2)
    assert result.met.tolist() == [[False, True], [True, None]]
    scalar = gap_arrays(30, None, "=", "level", "higher", 29)
    assert scalar.distance.shape == ()


def test_many_blocks_match_one_row_at_a_time():
    rng = np.random.default_rng(6)
    n = 200_000  # more than one block of rows
    observed = rng.uniform(0, 40, n)
    result = gap_arrays(30, None, "=", "level", "higher", observed)
    np.testing.assert_array_equal(np.ma.getdata(result.met), observed >= 30)
    np.testing.assert_allclose(result.distance, 30 - observed)


def test_bad_arguments_raise():
    with pytest.raises(ShapeError, match="do not broadcast"):
        gap_arrays([1, 2], None, "=", "level", "higher", [1, 2, 3])
    with pytest.raises(ValueError, match=r"Comparator\.parse\.text: got '=>'"):
        gap_arrays(1, None, "=>", "level", "higher", 1)
    with pytest.raises(ValidationError, match=r"gap_arrays\.comparator: got 9"):
        gap_arrays(1, None, np.array([9]), 0, 0, 1)
    with pytest.raises(ValueError, match="tolerance"):
        gap_arrays(1, None, "~", "level", "higher", 1, tolerance=-0.1)
    with pytest.raises(DimensionError):
        gap_arrays(Q(1, "percent"), None, "=", "level", "higher", 1)
    with pytest.raises(WrongTypeError, match="observed: got \\['a'\\]; expected numbers"):
        gap_arrays(1, None, "=", "level", "higher", ["a"])
    with pytest.raises(ValueError, match="with no value missing"):
        codes(Comparator, ["<", None])


def test_overflow_and_nan_targets_do_not_warn():
    # The test suite turns warnings into errors: overflow and NaN codes must stay quiet.
    result = gap_arrays(
        [NAN, 1e308, 1e308], [NAN, NAN, NAN], ["=", "~", ">="],
        ["change", "level", "level"], "higher", [1, -1e308, -1e308], [0, 0, 0],
    )  # fmt: skip
    assert result.met.tolist() == [None, False, False]
    assert result.distance[1:].tolist() == [math.inf] * 2


@pytest.mark.parametrize("name", ["value", "upper", "observed", "baseline"])
def test_infinite_inputs_are_refused(name):
    # An infinite observed level once counted as met; NaN stays "unknown".
    args = {"value": [1.0, 1.0], "upper": [NAN, NAN], "observed": [1.0, 2.0], "baseline": [0, 0]}
    args[name] = [1.0, -math.inf]
    with pytest.raises(ValidationError, match=rf"gap_arrays\.{name}\[1\]: got -inf"):
        gap_arrays(args["value"], args["upper"], "=", "level", "higher", args["observed"],
                   args["baseline"])  # fmt: skip


def test_effective_comparator():
    assert effective_comparator(Comparator.EQ, TargetKind.LEVEL, Direction.HIGHER) is Comparator.GE
    assert effective_comparator(Comparator.EQ, TargetKind.MAINTAIN, Direction.LOWER) is (
        Comparator.LE
    )
    assert effective_comparator(Comparator.EQ, TargetKind.LEVEL, Direction.NEUTRAL) is (
        Comparator.ABOUT
    )
    assert effective_comparator(Comparator.EQ, TargetKind.CHANGE, Direction.HIGHER, -1) is (
        Comparator.LE
    )
    assert effective_comparator(Comparator.LT, TargetKind.CHANGE, Direction.HIGHER, 1) is (
        Comparator.LT
    )


# ---- one target: Gap ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def dak_lak():
    return plans.load("dak-lak-2024")


@pytest.fixture(scope="module")
def an_giang():
    return plans.load("an-giang-2018")


def test_an_giang_insurance_against_its_own_baseline(an_giang):
    target = an_giang.targets_for("health_insurance_coverage", 2020)[0]
    result = target.gap(target.baseline.value)
    assert isinstance(result, Gap)
    assert result.met is False
    assert result.known
    assert result.shortfall == Q(13.5, "percent")
    assert result.distance == Q(13.5, "percent")
    assert result.tolerance == 0.05
    assert "higher is better" in result.method


def test_dak_lak_imr_strict_boundary(dak_lak):
    imr = dak_lak.targets_for("imr")[0]  # "<22" ‰
    assert imr.gap(21.9).met is True
    at_boundary = imr.gap(22.0)
    assert at_boundary.met is False
    assert at_boundary.shortfall.magnitude == 0.0
    assert "strict" in at_boundary.method


def test_gap_converts_units_and_refuses_wrong_dimensions(dak_lak):
    imr = dak_lak.targets_for("imr")[0]
    converted = imr.gap(Q(2350, "death / hundred_thousand_live_births"))
    assert converted.observed == Q(23.5, "death / thousand_live_births")
    assert converted.shortfall.magnitude == pytest.approx(1.5)
    with pytest.raises(DimensionError, match="observed: got 22 percent"):
        imr.gap(Q(22, "percent"))
    import pint

    foreign = pint.UnitRegistry(cache_folder=None).Quantity(22, "meter")
    with pytest.raises(DimensionError, match="another registry"):
        imr.gap(foreign)
    with pytest.raises(WrongTypeError, match="observed: got '22'; expected a number"):
        imr.gap("22")


def test_gap_baselines(dak_lak, crude_birth_rate):
    birth = dak_lak.targets_for("crude_birth_rate")[0]  # change −0.2 ‰, no baseline
    unknown = birth.gap(14.1)
    assert unknown.met is None
    assert not unknown.known
    assert math.isnan(unknown.shortfall.magnitude)
    assert "needs a baseline" in unknown.method
    assert repr(unknown).endswith("→ unknown, shortfall nan live_birth / thousand_people)")
    # Hypothetical baseline, as a number, a quantity in another unit, or a Baseline
    for baseline in (
        14.4,
        Q(1.44, "live_birth / hundred_people"),
        Baseline(Q(14.4, "live_birth / thousand_people"), Period.year(2023)),
    ):
        result = birth.gap(14.1, baseline=baseline)
        assert result.met is True
        assert result.distance.magnitude == pytest.approx(-0.1)
    own = Target(
        crude_birth_rate,
        -0.2,
        Y2024,
        "=",
        "change",
        baseline=Baseline(Q(14.4, "live_birth / thousand_people"), Period.year(2023)),
    )
    assert own.gap(14.3).met is False
    assert own.gap(14.3).shortfall.magnitude == pytest.approx(0.1)
    with pytest.raises(DimensionError, match="baseline"):
        birth.gap(14.1, baseline=Q(14.4, "bed"))


def test_gap_nan_observed_is_unknown(an_giang):
    result = an_giang.targets_for("beds_per_10k", 2020)[0].gap(NAN)
    assert result.met is None
    assert "no observed value" in result.method


def test_gap_about_states_its_tolerance(an_giang):
    life = an_giang.targets_for("life_expectancy", 2020)[0]  # "khoảng 74 tuổi"
    assert life.gap(71).met is True  # within ±5 %: 70.3–77.7
    assert life.gap(71, tolerance=0.02).met is False
    assert life.gap(71, tolerance=0.02).tolerance == 0.02
    assert "±5%" in life.gap(71).method


def test_gap_function_and_method_agree(dak_lak):
    beds = dak_lak.targets_for("beds_per_10k")[0]
    assert gap(beds, 27) == beds.gap(27)


# ---- properties ----------------------------------------------------------------------------

finite = st.floats(-1e6, 1e6, allow_nan=False)
comparators = st.sampled_from(list(Comparator))
kinds = st.sampled_from(list(TargetKind))
directions = st.sampled_from(list(Direction))


@st.composite
def rows(draw):
    value = draw(finite)
    comparator = draw(comparators)
    upper = value + draw(st.floats(0, 1e3)) if comparator is Comparator.RANGE else NAN
    observed = draw(st.one_of(finite, st.just(NAN)))
    baseline = draw(st.one_of(finite, st.just(NAN)))
    tolerance = draw(st.floats(0, 0.5))
    return value, upper, comparator, draw(kinds), draw(directions), observed, baseline, tolerance


@given(rows())
def test_met_iff_zero_shortfall_except_at_strict_boundaries(row):
    *args, tolerance = row
    result = gap_arrays(*(a.value if hasattr(a, "value") else a for a in args), tolerance=tolerance)
    if result.unknown:
        assert math.isnan(result.shortfall)
        return
    met = bool(np.ma.getdata(result.met))
    assert result.shortfall >= 0
    assert result.shortfall == max(float(result.distance), 0.0)
    strict_edge = args[2] in (Comparator.LT, Comparator.GT) and result.distance == 0
    if strict_edge:
        assert not met
        assert result.shortfall == 0
    else:
        assert met == (result.shortfall == 0)


def _possible(indicator, level):
    """A level the indicator can take (NaN: not observed), as gap and Observation require."""
    low, high = indicator.minimum, indicator.maximum
    low = -math.inf if low is None else low
    return not (level < low or level > (math.inf if high is None else high))


@given(rows(), st.sampled_from(list(indicators.all())))
def test_scalar_gap_equals_vectorised_row(row, indicator):
    value, upper, comparator, kind, _, observed, baseline, tolerance = row
    if indicator.minimum is not None and kind is not TargetKind.CHANGE:
        value, upper = abs(value), (abs(value) + abs(upper - value) if upper == upper else NAN)
    if indicator.maximum is not None and kind is not TargetKind.CHANGE:
        assume(max(value, upper if upper == upper else value) <= indicator.maximum)
    if kind is TargetKind.CHANGE and None not in (indicator.minimum, indicator.maximum):
        span = indicator.maximum - indicator.minimum  # a share moves by 100 points at most
        assume(abs(value) <= span and not abs(upper) > span)
    assume(_possible(indicator, observed) and _possible(indicator, baseline))  # else refused
    target = Target(
        indicator, value, Y2024, comparator, kind, upper=None if math.isnan(upper) else upper
    )
    one = target.gap(observed, baseline=None if math.isnan(baseline) else baseline,
                     tolerance=tolerance)  # fmt: skip
    many = gap_arrays(
        [value, 0.0], [upper, NAN], [comparator.value, "="], [kind.value, "level"],
        [indicator.direction.value, "higher"], [observed, 0.0], [baseline, NAN],
        tolerance=tolerance,
    )  # fmt: skip
    assert one.met == many.met.tolist()[0]
    np.testing.assert_equal(one.shortfall.magnitude, many.shortfall[0])
    np.testing.assert_equal(one.distance.magnitude, many.distance[0])


@given(rows())
def test_gap_agrees_with_target_is_met(row):
    value, upper, comparator, kind, direction, observed, baseline, tolerance = row
    assume(not math.isnan(observed) and not math.isnan(baseline))
    # indicators with a floor and no ceiling, so that generated levels are not filtered out
    indicator = {
        Direction.HIGHER: indicators.get("doctors_per_10k"),
        Direction.LOWER: indicators.get("mmr"),
        Direction.NEUTRAL: indicators.get("births"),
    }[direction]
    if kind is not TargetKind.CHANGE:
        value, upper = abs(value), abs(value) + abs(upper - value) if upper == upper else NAN
    assume(_possible(indicator, observed) and _possible(indicator, baseline))  # else refused
    target = Target(
        indicator, value, Y2024, comparator, kind, upper=None if math.isnan(upper) else upper
    )
    change = kind is TargetKind.CHANGE
    result = target.gap(observed, baseline=baseline if change else None, tolerance=tolerance)
    compared = observed - baseline if change else observed
    if comparator is Comparator.EQ and change and value == 0:
        # A change of 0 "=": is_met reads it as "≥ 0"; a gap follows the indicator's
        # direction (≤ 0 when lower is better, within tolerance when neither).
        return
    assert result.met == target.is_met(compared, tolerance=tolerance)


# ---- counts needed ------------------------------------------------------------------------


def test_counts_needed_dak_lak(dak_lak):
    beds = dak_lak.targets_for("beds_per_10k")[0]
    doctors = dak_lak.targets_for("doctors_per_10k")[0]
    assert counts_needed(beds, 1_768_966).required.magnitude == pytest.approx(5130.0014)
    needed = counts_needed(doctors, 1_768_966)
    assert needed.required.units == ureg.Unit("doctor")
    assert needed.required.magnitude == pytest.approx(1_768_966 * 7.7 / 10_000)
    assert needed.projected_population == Q(1_768_966, "person")
    assert needed.current is None
    assert needed.additional is None
    assert "without projection" in needed.method


def test_counts_needed_with_observed_ratio(dak_lak):
    beds = dak_lak.targets_for("beds_per_10k")[0]
    # Hypothetical observed ratios: 25 (behind) and 31 (ahead) beds per 10,000.
    behind = counts_needed(beds, 1_000_000, observed=25)
    assert behind.current == Q(2500, "bed")
    assert behind.additional.magnitude == pytest.approx(400)
    ahead = counts_needed(beds, 1_000_000, observed=Q(3.1, "bed / thousand_people"))
    assert ahead.additional.magnitude == pytest.approx(-200)
    with pytest.raises(DimensionError):
        counts_needed(beds, 1_000_000, observed=Q(25, "doctor / ten_thousand_people"))


def test_counts_needed_projects_the_population():
    thanh_hoa = plans.load("thanh-hoa-2023")
    beds = thanh_hoa.targets_for("beds_per_10k", 2030)[0]  # 39 per 10,000
    # Hypothetical: 1,000,000 people in 2028 growing 1 % a year → 1,020,100 in 2030.
    needed = counts_needed(beds, 1_000_000, population_year=2028, growth_rate=0.01)
    assert needed.projected_population.magnitude == pytest.approx(1_020_100)
    assert needed.required.magnitude == pytest.approx(39 * 102.01)
    assert "P·(1+r)^(T−t)" in needed.method
    assert "1,020,100" in needed.method
    # The observed count uses the population when the ratio was observed, not projected.
    with_obs = counts_needed(beds, 1_000_000, observed=30, population_year=2028,
                             growth_rate=0.01)  # fmt: skip
    assert with_obs.current == Q(3000, "bed")
    assert with_obs.additional.magnitude == pytest.approx(39 * 102.01 - 3000)
    with pytest.raises(ValueError, match="population_year"):
        counts_needed(beds, 1_000_000, growth_rate=0.01)
    with pytest.raises(ValueError, match="growth_rate"):
        counts_needed(beds, 1_000_000, population_year=2028, growth_rate=-1)


def test_counts_needed_per_live_births(dak_lak):
    imr = dak_lak.targets_for("imr")[0]  # <22 per 1,000 live births
    needed = counts_needed(imr, Q(30_000, "live_birth"))
    assert needed.required == Q(660, "death")


def test_counts_needed_refuses(dak_lak):
    with pytest.raises(DimensionError, match="per-capita"):
        counts_needed(dak_lak.targets_for("total_beds")[0], 1_000_000)
    with pytest.raises(ValueError, match="change target"):
        counts_needed(Target(indicators.get("beds_per_10k"), 2, Y2024, "=", "change"), 1_000_000)
    with pytest.raises(ValueError, match="population"):
        counts_needed(dak_lak.targets_for("beds_per_10k")[0], -5)


# ---- gaps_frame ---------------------------------------------------------------------------


def test_gaps_frame_an_giang(an_giang):
    frame = gaps_frame(an_giang, an_giang)
    assert list(frame.columns) == [
        "plan", "province", "indicator", "scope", "year", "comparator", "kind", "target",
        "upper", "unit", "observed", "observed_year", "baseline", "baseline_year", "met",
        "shortfall", "distance",
    ]  # fmt: skip
    assert len(frame) == len(an_giang.targets)
    insurance = frame[frame.indicator == "health_insurance_coverage"]
    assert insurance["observed"].tolist() == [76.5, 76.5, 76.5]
    assert insurance["observed_year"].tolist() == [2017, 2017, 2017]
    assert insurance["shortfall"].tolist() == [13.5, 18.5, 18.5]
    assert insurance["met"].tolist() == [False, False, False]
    others = frame[frame.indicator != "health_insurance_coverage"]
    assert others["met"].isna().all()
    assert others["shortfall"].isna().all()
    assert frame.attrs["tolerance"] == 0.05
    assert frame["met"].dtype == "boolean"


def _observations(rows):
    return pd.DataFrame(rows, columns=["province", "indicator", "year", "value", "unit"])


def test_latest_observation_not_after_the_target_year(beds_per_10k, dak_lak):
    target = Target(beds_per_10k, 29, Period.year(2022), "=", scope=_scope(dak_lak))
    early = Target(beds_per_10k, 29, Period.year(2018), "=", scope=_scope(dak_lak))
    obs = _observations(
        [
            ("Đắk Lắk", "beds_per_10k", 2019, 25.0, None),
            ("Dak Lak", "beds_per_10k", 2021, 27.0, None),
            ("Đăk Lăk", "beds_per_10k", 2023, 30.0, None),
        ]
    )  # hypothetical observed values, in three spellings of the name; fmt: skip
    frame = gaps_frame([target, early], obs)
    assert frame["observed"].tolist()[0] == 27.0
    assert frame["observed_year"].tolist()[0] == 2021
    assert frame["shortfall"].tolist()[0] == 2.0
    assert frame["province"].tolist() == ["Đắk Lắk", "Đắk Lắk"]
    assert frame["plan"].isna().all()
    assert frame["met"].isna().tolist() == [False, True]  # nothing observed by 2018


def _scope(plan):
    from vnhealthplan import Scope

    return Scope(province=plan.province)


def test_change_target_takes_latest_observation_before_it_as_baseline(crude_birth_rate, dak_lak):
    target = Target(crude_birth_rate, -0.2, Y2024, "=", "change", scope=_scope(dak_lak))
    two = _observations(
        [
            ("Đắk Lắk", "crude_birth_rate", 2021, 15.0, None),
            ("Đắk Lắk", "crude_birth_rate", 2022, 14.9, None),
            ("Đắk Lắk", "crude_birth_rate", 2024, 14.7, None),
        ]
    )  # hypothetical; fmt: skip
    frame = gaps_frame([target], two)  # a plan of 2024: measured from 2023 or before
    assert frame["baseline"].tolist() == [14.9]
    assert frame["baseline_year"].tolist() == [2022]
    assert frame["met"].tolist() == [True]  # 14.7 − 14.9 = −0.2 ≤ −0.2
    assert frame["distance"].tolist()[0] == pytest.approx(0.0)
    one = gaps_frame([target], two.iloc[[2]])  # only one observation: no baseline
    assert one["met"].isna().all()
    assert one["baseline"].isna().all()


def test_units_converted_once_per_indicator_and_refused_when_wrong(imr, dak_lak):
    target = Target(imr, 22, Y2024, "<", scope=_scope(dak_lak))
    obs = _observations([("Đắk Lắk", "imr", 2024, 2150.0, "death / hundred_thousand_live_births")])
    frame = gaps_frame([target], obs)
    assert frame["observed"].tolist() == [pytest.approx(21.5)]
    assert frame["met"].tolist() == [True]
    bad = obs.assign(unit="percent")
    with pytest.raises(DimensionError, match="unit of imr"):
        gaps_frame([target], bad)
    with pytest.raises(DimensionError, match="unit of imr"):
        gaps_frame([target], obs.assign(unit="giường"))


def test_conflicting_observations_are_refused(beds_per_10k, dak_lak):
    target = Target(beds_per_10k, 29, Y2024, "=", scope=_scope(dak_lak))
    same = _observations([("Đắk Lắk", "beds_per_10k", 2024, 25.0, None)] * 2)
    assert gaps_frame([target], same)["observed"].tolist() == [25.0]
    clash = _observations([
        ("Đắk Lắk", "beds_per_10k", 2024, 25.0, None),
        ("Đắk Lắk", "beds_per_10k", 2024, 26.0, None),
    ])  # fmt: skip
    with pytest.raises(PlanDataError, match="2 invalid values") as info:
        gaps_frame([target], clash)
    assert [p.record for p in info.value.problems] == ["row 0", "row 1"]


def test_observations_of_other_provinces_are_not_used(beds_per_10k, dak_lak):
    # A nationwide sheet may hold provinces the package does not know (Hà Nội): their rows
    # are not about any target, so they are not read, and the target stays unknown.
    target = Target(beds_per_10k, 29, Y2024, "=", scope=_scope(dak_lak))
    frame = gaps_frame([target], _observations([("Hà Nội", "beds_per_10k", 2024, 25.0, None)]))
    assert frame["observed"].isna().all()
    assert frame["met"].isna().all()


def test_targets_as_objects_plans_or_frames_agree():
    all_plans = plans.load_all()
    from_plans = gaps_frame(all_plans, all_plans)
    from_frame = gaps_frame(
        pd.concat([targets_frame(p) for p in all_plans], ignore_index=True), all_plans
    )
    pd.testing.assert_frame_equal(from_plans, from_frame, check_dtype=False)
    dak_lak = plans.load("dak-lak-2024")
    from_targets = gaps_frame(list(dak_lak.targets), all_plans)
    # Loose targets know their province only through their scope; the plan's is not theirs.
    assert from_targets["province"].isna().all()
    assert gaps_frame(dak_lak, [])["province"].eq("Đắk Lắk").all()
    assert from_targets["target"].tolist() == [t.value.magnitude for t in dak_lak.targets]


def test_frame_targets_with_their_own_indicator():
    frame = pd.DataFrame({
        "province": ["Đắk Lắk"], "indicator": ["dialysis_centres"], "year": [2025],
        "comparator": [">="], "value": [3.0], "unit": ["facility"], "direction": ["higher"],
    })  # fmt: skip
    obs = _observations([("Đắk Lắk", "dialysis_centres", 2024, 2.0, "facility")])
    result = gaps_frame(frame, obs)
    assert result["shortfall"].tolist() == [1.0]
    with pytest.raises(Exception, match="unknown indicator"):
        gaps_frame(frame.drop(columns="direction"), obs)


def test_unattributed_plan_matches_observations_without_province(beds_per_10k):
    plan = plans.load("unattributed-kbcb-2024")
    obs = [Observation(beds_per_10k, 28.0, Period.year(2024))]  # hypothetical
    frame = gaps_frame(plan, obs)
    beds = frame[frame.indicator == "beds_per_10k"]
    assert beds["province"].isna().all()
    assert beds["shortfall"].tolist() == [2.0]


def test_population_columns(dak_lak):
    obs = _observations([("Đắk Lắk", "beds_per_10k", 2024, 25.0, None)])  # hypothetical
    frame = gaps_frame(dak_lak, obs, population={"Đăk Lăk": Q(1_000_000, "person")})
    beds = frame[frame.indicator == "beds_per_10k"].iloc[0]
    assert beds["population"] == 1_000_000
    assert beds["count_unit"] == "bed"
    assert beds["required_count"] == pytest.approx(2900)
    assert beds["additional_count"] == pytest.approx(400)
    doctors = frame[frame.indicator == "doctors_per_10k"].iloc[0]
    assert doctors["required_count"] == pytest.approx(770)
    assert math.isnan(doctors["additional_count"])  # nothing observed
    imr = frame[frame.indicator == "imr"].iloc[0]  # per live births: no count from people
    assert math.isnan(imr["required_count"])
    with pytest.raises(DimensionError):
        gaps_frame(dak_lak, obs, population={"Đắk Lắk": Q(1, "bed")})


def test_gaps_frame_on_many_rows_matches_gap_arrays():
    rng = np.random.default_rng(3)
    n = 50_000
    names = np.array([p.name for p in provinces.all()], dtype=object)
    targets = pd.DataFrame({
        "province": names[rng.integers(0, 4, n)],
        "indicator": "beds_per_10k",
        "year": rng.integers(2020, 2031, n),
        "comparator": np.array(["=", ">=", ">", "~"], dtype=object)[rng.integers(0, 4, n)],
        "value": rng.uniform(20, 40, n),
    })  # fmt: skip
    keys = pd.MultiIndex.from_product([names, range(2018, 2031)], names=["province", "year"])
    observed = keys.to_frame(index=False).assign(indicator="beds_per_10k",
                                                 value=rng.uniform(15, 45, len(keys)))  # fmt: skip
    frame = gaps_frame(targets, observed)
    lookup = observed.set_index(["province", "year"])["value"]
    expected_observed = lookup.loc[list(zip(targets.province, targets.year, strict=True))]
    # figures are read to the 15 significant digits a spreadsheet shows
    expected_observed = fifteen_digits_array(expected_observed.to_numpy())
    np.testing.assert_array_equal(frame["observed"].to_numpy(), expected_observed)
    direct = gap_arrays(fifteen_digits_array(targets.value), None, targets.comparator, "level",
                        "higher", expected_observed)  # fmt: skip
    np.testing.assert_array_equal(frame["distance"].to_numpy(), direct.distance)


# ---- observations a user's sheet may hold ------------------------------------------------------


def _dak_lak_gaps(observations):
    from vnhealthplan import plans
    from vnhealthplan.gaps import gaps_frame

    return gaps_frame(plans.load("dak-lak-2024"), observations)


@pytest.mark.parametrize(
    ("year", "value", "field"),
    [(2024.5, 31.0, "year"), (2024, "31", "value"), (2024, float("nan"), "value"),
     (2024, float("inf"), "value")],
)  # fmt: skip
def test_bad_observation_rows_are_refused(year, value, field):
    import pandas as pd

    from vnhealthplan import PlanDataError

    rows = pd.DataFrame(
        {"province": ["Đắk Lắk"], "indicator": ["beds_per_10k"], "year": [year], "value": [value]}
    )
    with pytest.raises(PlanDataError) as info:
        _dak_lak_gaps(rows)
    assert [(p.record, p.field) for p in info.value.problems] == [("row 0", field)]


def test_rows_of_other_provinces_are_not_needed():
    import pandas as pd

    rows = pd.DataFrame(
        {"province": ["Đắk Lắk", "Hà Nội"], "indicator": ["beds_per_10k"] * 2,
         "year": [2023, 2024], "value": [31.0, 5.0]}
    )  # fmt: skip
    frame = _dak_lak_gaps(rows)
    beds = frame[frame.indicator == "beds_per_10k"]
    assert (beds.observed.tolist(), beds.observed_year.tolist()) == ([31.0], [2023])


def test_gap_wants_one_value(imr):
    import numpy as np

    from vnhealthplan import ureg

    target = Target(imr, 22, Y2024, "<")
    with pytest.raises(TypeError, match="one value"):
        target.gap(ureg.Quantity(np.array([21.0, 23.0]), "death / thousand_live_births"))


def test_checks_cannot_be_changed_by_a_caller():
    from vnhealthplan.audit import CHECKS
    from vnhealthplan.model.ratios import PER_UNITS

    with pytest.raises(TypeError):
        CHECKS["parts_sum"] = None  # type: ignore[index]
    with pytest.raises(TypeError):
        PER_UNITS[("person", 7)] = "x"  # type: ignore[index]
