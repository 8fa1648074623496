"""Progress status: Open SDG / Statistics Canada and UNSD Progress Chart, by hand and by property.

The figures are An Giang's (Tỉnh ủy An Giang, 27/4/2018): 76,5 % insured at the end of
2017, 90 % planned for 2020 and 95 % for 2025. Later values are hypothetical (no sourced
later value is bundled); so are the infant-mortality series used for lower-is-better.
"""

from __future__ import annotations

import math

import attrs
import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnhealthplan.analysis.progress.core as progress_core
from vnhealthplan import (
    DimensionError,
    Indicator,
    Observation,
    Period,
    ShapeError,
    Target,
    ValidationError,
    indicators,
    plans,
)
from vnhealthplan.progress import (
    OPEN_SDG,
    UNSD,
    Method,
    get_method,
    limit_factor,
    progress_arrays,
    progress_status,
)
from vnhealthplan.progress import methods as progress_methods

REL = 1e-12
#: Every registered method: the shared edge cases and properties hold for each.
METHOD_KEYS = tuple(progress_methods())


def cagr(v1: float, v0: float, t1: float, t0: float) -> float:
    """The compound annual growth both methods use, written out."""
    return (v1 / v0) ** (1 / (t1 - t0)) - 1


@pytest.fixture(scope="module")
def an_giang():
    return plans.load("an-giang-2018")


@pytest.fixture(scope="module")
def insurance_2020(an_giang):
    return an_giang.targets_for("health_insurance_coverage", 2020)[0]


@pytest.fixture(scope="module")
def insurance_2025(an_giang):
    return an_giang.targets_for("health_insurance_coverage", 2025)[0]


@pytest.fixture(scope="module")
def imr_2024():
    """Đắk Lắk's 2024 infant mortality target, "<22" ‰."""
    return Target(indicators.get("imr"), 22, Period.year(2024), "<")


# ---- Open SDG: hand-computed ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("later", "target_year", "status"),
    [
        (80.0, 2020, "limited_progress"),  # R = 0.4063
        (80.0, 2025, "moderate_progress"),  # R = 0.8243
        (85.0, 2020, "substantial_progress"),  # R = 0.9717
        (76.5, 2020, "limited_progress"),  # no change: R = 0, in [0, 0.6)
        (70.0, 2020, "deterioration"),  # the wrong way: R < 0
        (91.0, 2020, "target_achieved"),  # met: whatever the trend
    ],
)
def test_open_sdg_an_giang(an_giang, later, target_year, status):
    target = an_giang.targets_for("health_insurance_coverage", target_year)[0]
    level = target.value.magnitude
    p = progress_status(target, [*an_giang.observations, (2019, later)])
    g = cagr(later, 76.5, 2019, 2017)
    required = cagr(level, 76.5, target_year, 2017)
    assert p.status == status
    assert p.growth == pytest.approx(g, rel=REL, abs=1e-15)
    assert p.required_growth == pytest.approx(required, rel=REL)
    assert p.ratio == pytest.approx(g / abs(required), rel=1e-11, abs=1e-15)
    assert (p.base_year, p.base_value, p.year, p.value) == (2017, 76.5, 2019, later)
    assert p.met is (later >= level)


def test_open_sdg_ratios_are_the_hand_values(insurance_2020, insurance_2025):
    assert progress_status(insurance_2020, [(2019, 80.0)]).ratio == pytest.approx(0.406343, 1e-5)
    assert progress_status(insurance_2025, [(2019, 80.0)]).ratio == pytest.approx(0.824251, 1e-5)
    assert progress_status(insurance_2020, [(2019, 85.0)]).ratio == pytest.approx(0.971713, 1e-5)


def test_open_sdg_lower_is_better_inverts_the_sign(imr_2024):
    p = progress_status(imr_2024, [(2020, 25.0), (2022, 23.0)])
    g, required = cagr(23, 25, 2022, 2020), cagr(22, 25, 2024, 2020)
    assert g < 0
    assert required < 0
    assert p.ratio == pytest.approx(-1 * g / abs(required), rel=1e-11)  # d = −1
    assert p.status == "substantial_progress"  # R = 1.298
    assert progress_status(imr_2024, [(2020, 25.0), (2022, 26.0)]).status == "deterioration"


def test_plans_comparator_decides_whether_the_target_is_met(imr_2024):
    # "<22": 21.9 meets it, 22.0 does not (then the trend decides)
    assert progress_status(imr_2024, [(2020, 25.0), (2023, 21.9)]).status == "target_achieved"
    p = progress_status(imr_2024, [(2020, 25.0), (2023, 22.0)])
    assert not p.met
    assert p.status == "substantial_progress"
    # progress_arrays' default rule is the methods' own: v_t ≤ target when lower is better
    r = progress_arrays(25.0, 2020, 22.0, 2023, 22.0, 2024, -1)
    assert r.keys().tolist() == ["target_achieved"]


def test_open_sdg_zero_base_is_replaced_as_the_method_states():
    r = progress_arrays(0.0, 2017, 2.0, 2019, 5.0, 2025, 1, details=True)
    g, required = cagr(2.0, 0.001, 2019, 2017), cagr(5.0, 0.001, 2025, 2017)
    assert r.growth[0] == pytest.approx(g, rel=1e-11)
    assert r.required_growth[0] == pytest.approx(required, rel=1e-11)
    assert r.ratio[0] == pytest.approx(g / required, rel=1e-11)
    assert r.keys().tolist() == ["substantial_progress"]
    assert any("replaced by 0.001" in n for n in r.notes())


def test_open_sdg_zero_target_is_replaced_as_the_method_states():
    # lower is better, target 0 (e.g. "no deaths"): 0 is replaced by 0.001 in g_req only
    r = progress_arrays(10.0, 2017, 5.0, 2019, 0.0, 2025, -1)
    g, required = cagr(5.0, 10.0, 2019, 2017), cagr(0.001, 10.0, 2025, 2017)
    assert r.ratio[0] == pytest.approx(-g / abs(required), rel=1e-11)
    assert r.keys().tolist() == ["limited_progress"]  # R = 0.428
    assert any("target is 0" in n for n in r.notes())
    assert progress_arrays(10.0, 2017, 0.0, 2019, 0.0, 2025, -1).keys()[0] == "target_achieved"


def test_open_sdg_base_equal_to_target():
    # g_req = 0: moving the wrong way is −∞ (deterioration); staying put meets the target
    r = progress_arrays([90.0, 90.0], 2017, [85.0, 90.0], 2019, 90.0, 2020, 1)
    assert r.keys().tolist() == ["deterioration", "target_achieved"]
    assert r.ratio[0] == -math.inf
    assert any("required growth is 0" in n for n in r.notes(0))


def test_open_sdg_base_already_beyond_the_target():
    # base 95 ≥ target 90; the latest 85 no longer meets it: R < 0
    p = progress_arrays(95.0, 2017, 85.0, 2019, 90.0, 2020, 1)
    assert p.keys().tolist() == ["deterioration"]
    assert progress_arrays(95.0, 2017, 92.0, 2019, 90.0, 2020, 1).keys()[0] == "target_achieved"


# ---- Open SDG without a numeric target, and bounded indicators ----------------------------------


@pytest.mark.parametrize(
    ("v0", "vt", "status"),
    [
        (50.0, 50.0 * 1.016**2, "substantial_progress"),  # g = 1.6 % ≥ 1.5 %
        (50.0, 50.0 * 1.01**2, "moderate_progress"),  # 0.5 % ≤ g < 1.5 %
        (50.0, 50.0 * 1.002**2, "limited_progress"),  # 0 ≤ g < 0.5 %
        (50.0, 50.0, "limited_progress"),  # g = 0
        (50.0, 49.0, "deterioration"),  # g < 0
    ],
)
def test_open_sdg_direction_only(v0, vt, status):
    r = progress_arrays(v0, 2017, vt, 2019, np.nan, np.nan, 1)
    assert r.keys().tolist() == [status]
    assert math.isnan(r.ratio[0])
    assert any("no numeric target" in n for n in r.notes())


def test_limit_factor_hand_values():
    assert float(limit_factor(76.5, 100.0)) == pytest.approx(1 - 0.765**4.44, rel=REL)
    assert float(limit_factor(98.0, 100.0)) == pytest.approx(1 - 0.98**4.44, rel=REL)
    assert float(limit_factor(100.0, 100.0)) == 0.0
    assert float(limit_factor(110.0, 100.0)) == pytest.approx(1 - 0.9**4.44, rel=REL)  # mirror
    assert float(limit_factor(250.0, 100.0)) == 1.0
    assert float(limit_factor(5.0, 0.0)) == 1.0  # a minimum of 0 never scales


def test_bounded_percentage_near_100_scales_the_growth_cut_points():
    # 98 % → 98.5 % in two years: g = 0.25 %/year, below 0.5 % unscaled
    g = cagr(98.5, 98.0, 2019, 2017)
    c = 1 - 0.98**4.44
    assert 0.015 * c <= g < 0.005  # on track once the cut-points are scaled by C
    bounded = progress_arrays(98.0, 2017, 98.5, 2019, np.nan, np.nan, 1, 100.0)
    unbounded = progress_arrays(98.0, 2017, 98.5, 2019, np.nan, np.nan, 1)
    assert bounded.keys().tolist() == ["substantial_progress"]
    assert unbounded.keys().tolist() == ["limited_progress"]
    assert any("scaled by C" in n for n in bounded.notes())


def test_bounded_indicator_without_target_takes_its_maximum(an_giang):
    coverage = indicators.get("health_insurance_coverage")  # 0–100 %, higher is better
    p = progress_status(coverage, [(2017, 98.0), (2019, 98.5)])
    assert p.status == "substantial_progress"
    assert p.target_year is None
    assert math.isnan(p.target_value)


def test_base_at_the_limit():
    # C = 0: holding the limit is on track; falling from it is deterioration
    r = progress_arrays(100.0, 2017, [100.0, 99.0], 2019, np.nan, np.nan, 1, 100.0)
    assert r.keys().tolist() == ["substantial_progress", "deterioration"]


def test_limit_is_ignored_when_there_is_a_target():
    args = (98.0, 2017, 98.5, 2019, 99.0, 2025, 1)
    with_limit, without = progress_arrays(*args, 100.0), progress_arrays(*args)
    assert with_limit.keys().tolist() == without.keys().tolist()
    assert with_limit.ratio[0] == without.ratio[0]
    assert not any("scaled" in n for n in with_limit.notes())


# ---- UNSD Progress Chart: hand-computed ---------------------------------------------------------


def unsd_ratio(v0, t0, vt, t, target, target_year):
    g = cagr(vt, v0, t, t0)
    projected = vt * (1 + g) ** (target_year - t)
    return (projected - v0) / (target - v0), projected


@pytest.mark.parametrize(
    ("later", "target_year", "status"),
    [
        (80.0, 2020, "fair_progress"),  # 0.3933
        (80.0, 2025, "fair_progress"),  # 0.8103
        (86.0, 2020, "on_track_or_met"),  # ≥ 0.95
        (77.0, 2020, "stagnation_or_regression"),  # < 0.10
        (70.0, 2020, "stagnation_or_regression"),  # the wrong way
        (90.0, 2020, "on_track_or_met"),  # met
    ],
)
def test_unsd_an_giang(an_giang, later, target_year, status):
    target = an_giang.targets_for("health_insurance_coverage", target_year)[0]
    p = progress_status(target, [(2019, later)], method="unsd")
    ratio, projected = unsd_ratio(76.5, 2017, later, 2019, target.value.magnitude, target_year)
    assert p.status == status
    assert p.ratio == pytest.approx(ratio, rel=1e-11)
    assert p.projected == pytest.approx(projected, rel=REL)
    assert p.method == "unsd"


def test_unsd_hand_values(insurance_2020, insurance_2025):
    assert progress_status(insurance_2020, [(2019, 80.0)], method="unsd").ratio == pytest.approx(
        0.393304, rel=1e-5
    )
    p = progress_status(insurance_2025, [(2019, 80.0)], method="unsd")
    assert p.projected == pytest.approx(91.490424, rel=1e-7)
    assert p.ratio == pytest.approx(0.810293, rel=1e-5)


def test_unsd_lower_is_better(imr_2024):
    p = progress_status(imr_2024, [(2020, 25.0), (2022, 23.0)], method="unsd")
    ratio, projected = unsd_ratio(25.0, 2020, 23.0, 2022, 22.0, 2024)
    assert projected == pytest.approx(21.16)
    assert p.ratio == pytest.approx(ratio, rel=1e-11)  # 1.28
    assert p.status == "on_track_or_met"
    worse = progress_status(imr_2024, [(2020, 25.0), (2022, 26.0)], method="unsd")
    assert worse.status == "stagnation_or_regression"


def test_unsd_zero_base_is_not_assessed():
    r = progress_arrays(0.0, 2017, 2.0, 2019, 5.0, 2025, 1, method="unsd")
    assert r.keys().tolist() == ["not_assessed"]
    assert any("no replacement" in n for n in r.notes())
    # … unless the latest value meets the target
    assert progress_arrays(0.0, 2017, 6.0, 2019, 5.0, 2025, 1, method="unsd").code[0] == 2
    # a user may opt in to Open SDG's replacement
    opt_in = attrs.evolve(UNSD, zero_replacement=0.001)
    assert progress_arrays(0.0, 2017, 2.0, 2019, 5.0, 2025, 1, method=opt_in).code[0] == 2


def test_unsd_base_already_met_then_lost():
    r = progress_arrays(95.0, 2017, 85.0, 2019, 90.0, 2020, 1, method="unsd")
    assert r.keys().tolist() == ["stagnation_or_regression"]
    assert math.isnan(r.ratio[0])
    assert any("already met" in n for n in r.notes())


@pytest.mark.parametrize(
    ("growth", "direction", "code"),
    [(0.021, 1, 2), (0.01, 1, 1), (0.004, 1, 0), (-0.021, -1, 2), (-0.006, -1, 1), (0.0, -1, 0)],
)
def test_unsd_direction_only(growth, direction, code):
    vt = 50.0 * (1 + growth) ** 2
    r = progress_arrays(50.0, 2017, vt, 2019, np.nan, np.nan, direction, method="unsd")
    assert r.code.tolist() == [code]


# ---- shared edge cases ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", METHOD_KEYS)
def test_latest_year_equal_to_base_year(insurance_2020, method):
    p = progress_status(insurance_2020, [], method=method)  # the 2017 baseline alone
    assert p.code == -1
    assert (p.base_year, p.year) == (2017, 2017)
    assert any("at least two years" in n for n in p.notes)
    met = progress_arrays(91.0, 2017, 91.0, 2017, 90.0, 2020, 1, method=method)
    assert met.met[0]
    assert met.code[0] == len(get_method(method).categories) - 1


@pytest.mark.parametrize("method", METHOD_KEYS)
def test_a_target_missed_in_its_year_says_so(insurance_2020, imr_2024, method):
    # An Giang's 90 % for 2020 with 80 % observed in 2020: whatever the category (one
    # figure alone cannot be assessed), the notes say the target was missed, as gaps do.
    p = progress_status(insurance_2020, [(2020, 80.0)], method=method, lang="vi")
    assert "mục tiêu không đạt" in p.notes[-1]
    assert not p.met
    # A figure after the target year does not judge it (as gaps_frame and review): the
    # 2017 baseline alone is not met, and a note says the 2021 figure was not used.
    p = progress_status(insurance_2020, [(2021, 80.0)], method=method, lang="vi")
    assert (p.base_year, p.year, p.met) == (2017, 2017, False)
    assert p.notes[0].startswith("không dùng số liệu sau năm mục tiêu 2020 (2021)")
    alone = progress_status(imr_2024, [(2024, 25.0)], method=method)
    assert alone.code == -1
    assert "the target was missed" in alone.notes[-1]
    # Met, or a year still ahead: no such note.
    for later in ([(2020, 91.0)], [(2019, 80.0)]):
        notes = progress_status(insurance_2020, later, method=method).notes
        assert not any("missed" in n for n in notes)


@pytest.mark.parametrize("method", METHOD_KEYS)
def test_missing_values(insurance_2020, method):
    r = progress_arrays([np.nan, 76.5], 2017, [80.0, np.nan], [2019, np.nan], 90.0, 2020, 1,
                        method=method)  # fmt: skip
    assert r.code.tolist() == [-1, -1]
    assert any("missing" in n for n in r.notes(1))
    # progress_status drops NaN observations
    with_nan = progress_status(insurance_2020, [(2018, np.nan), (2019, 80.0)], method=method)
    assert with_nan == progress_status(insurance_2020, [(2019, 80.0)], method=method)


@pytest.mark.parametrize("method", METHOD_KEYS)
def test_values_changing_sign_cannot_be_assessed(method):
    r = progress_arrays(10.0, 2017, -8.0, 2019, 5.0, 2025, 1, method=method)
    assert r.code.tolist() == [-1]
    assert any("change sign" in n for n in r.notes())


def test_negative_values_flip_the_direction():
    # −10 → −8 is a rise: good when higher is better, although |v| shrinks
    r = progress_arrays(-10.0, 2017, -8.0, 2019, np.nan, np.nan, 1)
    assert r.keys().tolist() == ["substantial_progress"]
    assert any("flipped" in n for n in r.notes())


def test_no_direction_is_not_assessed():
    assert progress_arrays(1.0, 2017, 2.0, 2019, 5.0, 2025, 0).code.tolist() == [-1]


def test_target_year_not_after_base_year():
    r = progress_arrays(76.5, 2017, 80.0, 2019, 90.0, 2017, 1)
    assert r.code.tolist() == [-1]
    assert any("target year" in n for n in r.notes())


# ---- inputs and errors ---------------------------------------------------------------------------


def test_observations_quantities_and_objects(an_giang, insurance_2020, ureg):
    by_number = progress_status(insurance_2020, [(2019, 80.0)])
    by_quantity = progress_status(insurance_2020, [(2019, ureg.Quantity(0.8, "dimensionless"))])
    obs = Observation(indicators.get("health_insurance_coverage"), 80.0, Period.year(2019))
    assert by_quantity == by_number == progress_status(insurance_2020, [obs])
    with pytest.raises(DimensionError, match="observations"):
        progress_status(insurance_2020, [(2019, ureg.Quantity(80, "bed"))])
    with pytest.raises(DimensionError, match="observations"):
        progress_status(insurance_2020, [(2019, "80")])


def test_bad_observations_are_refused(insurance_2020):
    imr = Observation(indicators.get("imr"), 20, Period.year(2019))
    with pytest.raises(ValidationError, match="an observation of health_insurance_coverage"):
        progress_status(insurance_2020, [imr])
    with pytest.raises(ValidationError, match="one value for 2017"):
        progress_status(insurance_2020, [(2017, 70.0)])  # the plan says 76,5
    with pytest.raises(ValidationError, match="a whole year"):
        progress_status(insurance_2020, [("2019", 80.0)])
    with pytest.raises(ValidationError, match=r"\(year, value\)"):
        progress_status(insurance_2020, [80.0])


def test_change_targets_and_directionless_indicators():
    birth_rate = Target(indicators.get("crude_birth_rate"), -0.2, Period.year(2024), "=", "change")
    with pytest.raises(ValidationError, match="level or maintain"):
        progress_status(birth_rate, [(2022, 15.0), (2023, 14.8)])
    stations = indicators.get("commune_stations")  # no preferred direction
    at_least = Target(stations, 190, Period.year(2025), ">=")
    assert progress_status(at_least, [(2021, 170), (2023, 173)]).status == "limited_progress"
    reach = Target(stations, 190, Period.year(2025), "=")
    with pytest.raises(ValidationError, match="direction"):
        progress_status(reach, [(2021, 170), (2023, 173)])
    assert progress_status(reach, [(2021, 170), (2023, 173)], direction=1).code == 1


def test_base_year_choice(insurance_2020):
    obs = [(2018, 78.0), (2019, 80.0)]
    assert progress_status(insurance_2020, obs).base_year == 2017
    assert progress_status(insurance_2020, obs, base_year=2018).base_value == 78.0
    assert progress_status(insurance_2020, obs, base_year=2016).base_year == 2017


def test_shapes_and_series():
    with pytest.raises(ShapeError, match="do not line up"):
        progress_arrays([1.0, 2.0], 2017, [1.0, 2.0, 3.0], 2019, 5.0, 2025, 1)
    with pytest.raises(ShapeError, match="one dimension"):
        progress_arrays(np.ones((2, 2)), 2017, 2.0, 2019, 5.0, 2025, 1)
    a, b = pd.Series([76.5, 76.5], index=["x", "y"]), pd.Series([80.0, 91.0], index=["y", "x"])
    with pytest.raises(ShapeError, match="different index"):
        progress_arrays(a, 2017, b, 2019, 90.0, 2020, 1)
    r = progress_arrays(a, 2017, pd.Series([91.0, 80.0], index=["x", "y"]), 2019, 90.0, 2020, 1)
    assert list(r.index) == ["x", "y"]
    assert r.keys().tolist() == ["target_achieved", "limited_progress"]
    assert progress_arrays([], [], [], [], [], [], []).code.shape == (0,)


def test_input_errors():
    with pytest.raises(ValidationError, match="base year"):
        progress_arrays(76.5, 2019, 80.0, 2017, 90.0, 2020, 1)
    with pytest.raises(ValidationError, match="method"):
        progress_arrays(76.5, 2017, 80.0, 2019, 90.0, 2020, 1, method="eurostat")
    with pytest.raises(ValidationError, match="numbers"):
        progress_arrays("76.5", 2017, 80.0, 2019, 90.0, 2020, 1)


# ---- methods, thresholds, labels -----------------------------------------------------------------


def test_user_thresholds(insurance_2025):
    assert progress_status(insurance_2025, [(2019, 80.0)]).status == "moderate_progress"  # 0.82
    custom = progress_status(insurance_2025, [(2019, 80.0)], thresholds=(0.8, 0.5, 0.0))
    assert custom.status == "substantial_progress"
    with pytest.raises(ValidationError, match="3 cut-points"):
        progress_status(insurance_2025, [(2019, 80.0)], thresholds=(0.8, 0.5))
    with pytest.raises(ValidationError, match="descending"):
        attrs.evolve(OPEN_SDG, ratio_cuts=(0.5, 0.8, 0.0))


def test_published_cut_points_and_labels():
    assert OPEN_SDG.ratio_cuts == (0.95, 0.60, 0.0)
    assert OPEN_SDG.growth_cuts == (0.015, 0.005, 0.0)
    assert OPEN_SDG.zero_replacement == 0.001
    assert OPEN_SDG.limit_exponent == 4.44
    assert [c.en for c in OPEN_SDG.categories] == [
        "Deterioration", "Limited progress", "Progress made but acceleration needed",
        "On track", "Target achieved",
    ]  # fmt: skip
    assert UNSD.ratio_cuts == (0.95, 0.10)
    assert UNSD.growth_cuts == (0.02, 0.005)
    assert [c.en for c in UNSD.categories] == [
        "Stagnation or regression", "Fair progress, but acceleration needed",
        "On track or target met",
    ]  # fmt: skip
    for m in (OPEN_SDG, UNSD):
        assert m.citation
        assert all(c.vi and c.en and c.key for c in (*m.categories, m.unassessed))


def test_labels_in_both_languages(insurance_2020):
    p = progress_status(insurance_2020, [(2019, 80.0)], lang="vi")
    assert (p.label, p.label_en, p.label_vi) == (
        "tiến bộ hạn chế", "Limited progress", "tiến bộ hạn chế"
    )  # fmt: skip
    r = progress_arrays(76.5, 2017, [80.0, np.nan], 2019, 90.0, 2020, 1)
    assert r.labels("vi").tolist() == ["tiến bộ hạn chế", "không đánh giá được"]
    assert OPEN_SDG.category(-1).key == "unable_to_assess"
    assert isinstance(OPEN_SDG, Method)
    assert "opensdg" in repr(OPEN_SDG)


# ---- properties ---------------------------------------------------------------------------------

levels = st.floats(1.0, 1000.0)
methods = st.sampled_from(METHOD_KEYS)


@given(v0=levels, a=levels, b=levels, target=levels, t=st.integers(2018, 2030), method=methods,
       direction=st.sampled_from([1, -1]))  # fmt: skip
def test_status_is_monotone_in_the_observed_value(v0, a, b, target, t, method, direction):
    low, high = sorted((a, b))
    r = progress_arrays(v0, 2017, [low, high], t, target, 2035, direction, method=method)
    worse, better = (r.code[0], r.code[1]) if direction > 0 else (r.code[1], r.code[0])
    assert worse <= better


@given(v0=levels, vt=levels, target=levels, t=st.integers(2018, 2030), method=methods,
       direction=st.sampled_from([1, -1]), scale=st.floats(0.01, 100.0))  # fmt: skip
def test_status_does_not_depend_on_the_unit(v0, vt, target, t, method, direction, scale):
    one = progress_arrays(v0, 2017, vt, t, target, 2035, direction, method=method)
    scaled = progress_arrays(v0 * scale, 2017, vt * scale, t, target * scale, 2035, direction,
                             method=method)  # fmt: skip
    if abs(vt - target) < 1e-9 * target:
        return  # met or not may flip with rounding
    ratio = one.ratio[0]
    if not np.isfinite(ratio) or all(abs(ratio - c) > 1e-9 for c in get_method(method).ratio_cuts):
        assert one.code[0] == scaled.code[0]


rows = st.tuples(
    st.one_of(levels, st.just(0.0), st.just(math.nan)),
    st.integers(2010, 2020),
    st.one_of(levels, st.just(0.0)),
    st.integers(0, 6),
    st.one_of(levels, st.just(math.nan)),
    st.integers(2015, 2035),
    st.sampled_from([1, -1, 0]),
    st.sampled_from([math.nan, 100.0, 0.0]),
)


@given(data=st.lists(rows, min_size=1, max_size=40), method=methods, block=st.integers(1, 9))
def test_vectorised_equals_row_by_row(data, method, block):
    cols = [np.array(c, dtype=float) for c in zip(*data, strict=True)]
    cols[3] = cols[1] + cols[3]  # t = t0 + k
    original, progress_core.BLOCK = progress_core.BLOCK, block  # blocks of 1–9 rows
    try:
        whole = progress_arrays(*cols, method=method, details=True)
    finally:
        progress_core.BLOCK = original
    for i in range(len(data)):
        one = progress_arrays(*(c[i] for c in cols), method=method, details=True)
        assert one.code[0] == whole.code[i]
        assert one.flags[0] == whole.flags[i]
        for name in ("ratio", "growth", "required_growth", "projected"):
            np.testing.assert_allclose(getattr(one, name)[0], getattr(whole, name)[i], rtol=1e-12)


@given(later=st.floats(40.0, 100.0), year=st.integers(2018, 2020), method=methods)
def test_scalar_wrapper_equals_vectorised(insurance_2020, later, year, method):
    p = progress_status(insurance_2020, [(year, later)], method=method)
    r = progress_arrays(76.5, 2017, later, year, 90.0, 2020, 1, method=method, details=True)
    assert p.code == r.code[0]
    np.testing.assert_array_equal([p.ratio, p.growth, p.projected], [r.ratio[0], r.growth[0],
                                                                       r.projected[0]])  # fmt: skip


def test_plain_indicator_has_no_target_fields():
    ind = Indicator("x_share", "x", "x", "percent", "higher", numerator="x", maximum=100)
    p = progress_status(ind, [(2017, 50.0), (2019, 51.0)])
    assert "no numeric target" in repr(p)


def test_range_target_uses_its_near_end():
    # lower is better: reaching 18 (the top of 15–18) is enough; higher is better: 90
    imr = Target(indicators.get("imr"), 15, Period.year(2025), "range", upper=18)
    assert progress_status(imr, [(2020, 25.0), (2022, 23.0)]).target_value == 18.0
    epi = Target(indicators.get("epi_coverage"), 90, Period.year(2025), "range", upper=95)
    assert progress_status(epi, [(2020, 80.0), (2022, 85.0)]).target_value == 90.0


def test_observations_of_another_province_are_refused():
    from vnhealthplan import Scope, provinces

    an_giang, dak_lak = provinces.get("An Giang"), provinces.get("Đắk Lắk")
    ind = indicators.get("health_insurance_coverage")
    target = Target(ind, 90, Period.year(2020), "=", scope=Scope(province=an_giang))
    mine = Observation(ind, 80.0, Period.year(2019), province=an_giang)
    theirs = Observation(ind, 80.0, Period.year(2019), province=dak_lak)
    assert progress_status(target, [(2017, 76.5), mine]).status == "limited_progress"
    with pytest.raises(ValidationError, match=r"observations\[1\].*an observation of An Giang"):
        progress_status(target, [(2017, 76.5), theirs])


def test_about_target_met_agrees_with_is_met():
    # An Giang 2025: "Tuổi thọ trung bình khoảng 74,5 tuổi" (observed values hypothetical)
    from vnhealthplan import Period, Target, indicators

    target = Target(indicators.get("life_expectancy"), 74.5, Period.year(2025), "~")
    for latest in (74.0, 80.0):
        result = progress_status(target, [(2020, 73.0), (2024, latest)])
        assert result.met == target.is_met(latest)
