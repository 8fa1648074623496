"""Targets (value, comparator, kind, range, is_met, required_count), baselines, scopes."""

from __future__ import annotations

import numpy as np
import pytest

from vnhealthplan import (
    Baseline,
    Comparator,
    DimensionError,
    FacilityKind,
    Period,
    Scope,
    Target,
    TargetKind,
    Tier,
    ValidationError,
    indicators,
)

Y2024, Y2025, Y2030 = Period.year(2024), Period.year(2025), Period.year(2030)


def raises_validation(owner, field):
    return pytest.raises(ValidationError, match=rf"^{owner}\.{field}: got ")


class TestTargetValue:
    def test_plain_number_takes_the_indicator_unit(self, Q, beds_per_10k):
        target = Target(beds_per_10k, 29, Y2024, "=")
        assert target.value == Q(29, "bed / ten_thousand_people")
        assert (target.year, target.comparator, target.kind) == (
            2024,
            Comparator.EQ,
            TargetKind.LEVEL,
        )
        assert repr(target) == "Target(beds_per_10k = 29 bed / ten_thousand_people, 2024)"

    def test_quantity_of_the_same_dimension(self, Q, imr):
        target = Target(imr, Q(2200, "death / hundred_thousand_live_births"), Y2024, "<")
        assert target.value.to(imr.unit).magnitude == pytest.approx(22)

    def test_quantity_of_the_wrong_dimension(self, Q, beds_per_10k):
        doctors = Q(7.7, "doctor / ten_thousand_people")
        with raises_validation("Target", "value") as info:
            Target(beds_per_10k, doctors, Y2024, "=")
        assert info.value.value is doctors
        assert "7.7 doctor / ten_thousand_people" in str(info.value)

    @pytest.mark.parametrize("value", ["29", True, None, float("nan"), float("inf")])
    def test_not_a_finite_number(self, beds_per_10k, value):
        with raises_validation("Target", "value"):
            Target(beds_per_10k, value, Y2024, "=")

    def test_quantity_of_another_registry(self, beds_per_10k, other_ureg):
        with raises_validation("Target", "value"):
            Target(beds_per_10k, other_ureg.Quantity(29, "1 / meter"), Y2024, "=")

    @pytest.mark.parametrize("value", [100.5, 110])
    def test_share_above_100_refused(self, stations_with_doctor, value):
        with pytest.raises(ValidationError, match=r"expected a level ≤ 100 percent"):
            Target(stations_with_doctor, value, Y2025, ">=")

    def test_share_above_100_refused_in_other_units(self, Q, stations_with_doctor):
        with raises_validation("Target", "value"):
            Target(stations_with_doctor, Q(1001, "permille"), Y2025, ">=")

    def test_quang_ngai_maintain_100_percent(self, stations_with_doctor):
        # Quảng Ngãi: "đến năm 2025 duy trì 100% Trạm y tế xã ... có bác sĩ".
        target = Target(stations_with_doctor, 100, Y2025, "=", "duy trì")
        assert target.kind is TargetKind.MAINTAIN
        assert target.is_met(100) is True
        assert target.is_met(99) is False

    def test_negative_level_refused(self):
        with pytest.raises(ValidationError, match=r"expected a level ≥ 0 bed for total_beds"):
            Target(indicators.get("total_beds"), -5, Y2025, "=")

    def test_negative_change_accepted(self, Q, crude_birth_rate):
        # Đắk Lắk 2024: "Mức giảm tỷ suất sinh ... 0,2 ‰".
        target = Target(crude_birth_rate, -0.2, Y2024, "=", "change")
        assert target.value == Q(-0.2, "live_birth / thousand_people")
        assert target.kind is TargetKind.CHANGE
        beds = Target(indicators.get("total_beds"), -5, Y2025, "=", "change")
        assert beds.value.magnitude == -5


@pytest.mark.parametrize(
    ("code", "value", "year", "comparator", "symbol"),
    [
        # Đắk Lắk 2024 table.
        ("underweight_u5", 17.6, 2024, "=", "="),
        ("imr", 22, 2024, "<", "<"),
        ("u5mr", 33, 2024, "<", "<"),
        ("mmr", 45, 2024, "<", "<"),
        ("full_immunisation_u1", 95, 2024, ">=", "≥"),
        ("communes_meeting_criteria", 55, 2024, "=", "="),
        ("total_beds", 5130, 2024, "=", "="),
        ("doctors_per_10k", 7.7, 2024, "=", "="),
        # Thanh Hóa 2030 and 2045.
        ("beds_per_10k", 39, 2030, "=", "="),
        ("doctors_per_10k", 15, 2030, "=", "="),
        ("pharmacists_per_10k", 3, 2030, "=", "="),
        ("beds_per_10k", 40, 2045, "=", "="),
        ("doctors_per_10k", 25, 2045, "=", "="),
        ("pharmacists_per_10k", 3.5, 2045, "=", "="),
        # An Giang 2025.
        ("beds_per_10k", 27, 2025, "=", "="),
        ("doctors_per_10k", 10, 2025, "=", "="),
        ("pharmacists_per_10k", 1.6, 2025, "=", "="),
        ("nurses_per_10k", 25, 2025, "=", "="),
        ("private_bed_share", 12, 2025, "=", "="),
        ("satisfaction", 80, 2025, ">", ">"),
        ("epi_coverage", 95, 2025, "tối thiểu", "≥"),
    ],
)  # fmt: skip
def test_figures_of_the_plans(Q, code, value, year, comparator, symbol):
    indicator = indicators.get(code)
    target = Target(indicator, value, Period.year(year), comparator)
    assert repr(target) == f"Target({code} {symbol} {value:g} {indicator.unit}, {year})"
    assert target.value == Q(value, indicator.unit)
    assert target.year == year


class TestTargetFields:
    @pytest.mark.parametrize("comparator", ["!=", "bằng", None, 3])
    def test_unknown_comparator(self, imr, comparator):
        with raises_validation("Target", "comparator") as info:
            Target(imr, 22, Y2024, comparator)
        assert info.value.value == comparator

    @pytest.mark.parametrize(
        ("text", "comparator"), [("dưới", Comparator.LT), ("≥", Comparator.GE)]
    )
    def test_comparator_parsed(self, imr, text, comparator):
        assert Target(imr, 22, Y2024, text).comparator is comparator

    def test_unknown_kind(self, imr):
        with raises_validation("Target", "kind"):
            Target(imr, 22, Y2024, "<", "grow")

    def test_indicator_period_scope_source_checked(self, imr):
        with raises_validation("Target", "indicator"):
            Target("imr", 22, Y2024, "<")
        with raises_validation("Target", "period"):
            Target(imr, 22, 2024, "<")
        with raises_validation("Target", "scope"):
            Target(imr, 22, Y2024, "<", scope="Đắk Lắk")
        with raises_validation("Target", "source"):
            Target(imr, 22, Y2024, "<", source="Đắk Lắk 2024, row 2")

    def test_range(self, Q, private_hospitals):
        # An Giang: "phát triển thêm 01 - 02 bệnh viện tư nhân".
        target = Target(private_hospitals, 1, Period.years(2021, 2025), "range", upper=2)
        assert target.upper == Q(2, "facility")
        assert repr(target) == "Target(private_hospitals 1–2 facility, 2021–2025)"
        np.testing.assert_array_equal(target.is_met([0, 1, 2, 3]), [False, True, True, False])
        assert Target(private_hospitals, 1, Y2025, "range", upper=1).is_met(1) is True

    def test_range_requires_upper(self, private_hospitals):
        with pytest.raises(ValidationError, match=r"^Target.upper: got None; expected an upper"):
            Target(private_hospitals, 1, Y2025, "range")

    def test_range_upper_below_value(self, private_hospitals):
        with pytest.raises(ValidationError, match=r"^Target.upper: got 1 facility; expected an"):
            Target(private_hospitals, 2, Y2025, "range", upper=1)

    def test_upper_within_bounds(self, stations_with_doctor):
        with raises_validation("Target", "upper"):
            Target(stations_with_doctor, 95, Y2025, "range", upper=101)

    def test_upper_without_range(self, private_hospitals):
        with pytest.raises(ValidationError, match=r"only range targets have an upper bound"):
            Target(private_hospitals, 1, Y2025, ">=", upper=2)

    def test_range_of_a_change(self, private_hospitals):
        # An Giang: "phát triển thêm 01 - 02 bệnh viện tư nhân" (one or two more).
        target = Target(private_hospitals, 1, Y2025, "range", "change", upper=2)
        assert (target.is_met(1), target.is_met(2), target.is_met(0), target.is_met(3)) == (
            True,
            True,
            False,
            False,
        )

    def test_range_upper_below_lower_refused_for_a_change(self, private_hospitals):
        with raises_validation("Target", "upper"):
            Target(private_hospitals, 2, Y2025, "range", "change", upper=1)

    def test_describe(self, imr):
        target = Target(imr, 22, Y2024, "<")
        assert target.describe() == "Infant mortality rate < 22 death / thousand_live_births (2024)"
        assert target.describe("vi").startswith("Tỷ suất tử vong trẻ em dưới 1 tuổi < 22")

    def test_province_from_scope(self, imr, dak_lak):
        assert Target(imr, 22, Y2024, "<").province is None
        assert Target(imr, 22, Y2024, "<", scope=Scope(dak_lak)).province is dak_lak


class TestIsMet:
    def test_eq_on_a_higher_indicator_means_at_least(self, Q, beds_per_10k):
        target = Target(beds_per_10k, 29, Y2024, "=")
        assert target.is_met(29) is True
        assert target.is_met(31) is True
        assert target.is_met(28.99) is False
        assert target.is_met(Q(2.9, "bed / thousand_people")) is True

    def test_eq_on_a_lower_indicator_means_at_most(self, imr):
        target = Target(imr, 22, Y2024, "=")
        assert (target.is_met(22), target.is_met(21), target.is_met(23)) == (True, True, False)

    def test_eq_on_a_neutral_indicator(self, crude_birth_rate):
        # No good direction: "=" is met within the tolerance (5 % by default, as in gap()).
        target = Target(crude_birth_rate, 17, Y2024, "=")
        assert (target.is_met(17), target.is_met(17.1), target.is_met(18)) == (True, True, False)
        exact = (target.is_met(17, tolerance=0), target.is_met(17.1, tolerance=0))
        assert exact == (True, False)

    def test_strict_below_at_the_boundary(self, Q, imr):
        # Đắk Lắk 2024: IMR "<22" ‰, MMR "<45" per 100,000 live births.
        target = Target(imr, 22, Y2024, "<")
        assert target.is_met(22) is False
        assert target.is_met(21.99) is True
        assert target.is_met(Q(2199, "death / hundred_thousand_live_births")) is True
        mmr = Target(indicators.get("mmr"), 45, Y2024, "<")
        assert (mmr.is_met(45), mmr.is_met(44)) == (False, True)

    def test_at_least_95(self):
        target = Target(indicators.get("full_immunisation_u1"), 95, Y2024, "≥")
        assert (target.is_met(95), target.is_met(94.9)) == (True, False)

    def test_decrease_by(self, crude_birth_rate):
        target = Target(crude_birth_rate, -0.2, Y2024, "=", "change")
        assert target.is_met(-0.2) is True
        assert target.is_met(-0.3) is True
        assert target.is_met(-0.1) is False
        assert target.is_met(0.1) is False

    def test_increase_by(self, crude_birth_rate):
        target = Target(crude_birth_rate, 0.2, Y2024, "=", "change")
        assert (target.is_met(0.3), target.is_met(0.1)) == (True, False)

    def test_arrays_and_nan(self, beds_per_10k):
        target = Target(beds_per_10k, 29, Y2024, "=")
        np.testing.assert_array_equal(
            target.is_met(np.array([28, 29, 30, np.nan])), [False, True, True, False]
        )

    def test_about(self, crude_birth_rate):
        target = Target(crude_birth_rate, 17, Y2024, "khoảng")
        assert target.is_met(17.5, tolerance=0.05) is True
        assert target.is_met(18, tolerance=0.05) is False

    def test_wrong_dimension(self, Q, beds_per_10k):
        from vnhealthplan import DimensionError

        with pytest.raises(DimensionError) as info:
            Target(beds_per_10k, 29, Y2024, "=").is_met(Q(29, "doctor / ten_thousand_people"))
        assert info.value.argument == "observed"

    @pytest.mark.parametrize("bad", ["21", None, True, b"21", object()])
    def test_bad_observed_is_refused(self, imr, bad):
        with pytest.raises(TypeError, match="observed"):
            Target(imr, 22, Y2024, "<").is_met(bad)

    def test_missing_observation_is_unknown_not_false(self, imr):
        import numpy as np

        target = Target(imr, 22, Y2024, "<")
        assert target.is_met(float("nan")) is None
        met = target.is_met(np.array([21.0, np.nan, 23.0]))
        assert met.mask.tolist() == [False, True, False]
        assert met.filled(False).tolist() == [True, False, False]


class TestRequiredCount:
    def test_thanh_hoa_2030(self, Q, beds_per_10k):
        target = Target(beds_per_10k, 39, Y2030, "=")
        beds = target.required_count(Q(3_764_241, "person"))
        assert beds.units == Q(1, "bed").units
        assert beds.magnitude == pytest.approx(14_680.5399)

    def test_dak_lak_doctors(self, doctors_per_10k):
        doctors = Target(doctors_per_10k, 7.7, Y2024, "=").required_count(1_770_000)
        assert str(doctors.units) == "doctor"
        assert doctors.magnitude == pytest.approx(1362.9)

    def test_per_live_births(self, Q, imr):
        deaths = Target(imr, 22, Y2024, "<").required_count(Q(20_000, "live_birth"))
        assert deaths == Q(440, "death")

    @pytest.mark.parametrize("code", ["total_beds", "stations_with_doctor", "life_expectancy"])
    def test_not_a_per_capita_indicator(self, code):
        value = 100 if code == "stations_with_doctor" else 70
        with pytest.raises(DimensionError):
            Target(indicators.get(code), value, Y2025, "=").required_count(1_000_000)

    def test_people_for_a_per_birth_ratio(self, imr):
        with pytest.raises(DimensionError):
            Target(imr, 22, Y2024, "<").required_count(1_000_000)


class TestBaselineAndScope:
    def test_baseline(self, Q):
        # An Giang, end of 2017: insurance "chỉ mới đạt 76,5% dân số".
        baseline = Baseline(Q(76.5, "percent"), Period.year(2017))
        target = Target(
            indicators.get("health_insurance_coverage"), 95, Y2025, "=", baseline=baseline
        )
        assert target.baseline is baseline

    def test_baseline_must_be_a_quantity_of_the_registry(self, Q, other_ureg):
        with raises_validation("Baseline", "value"):
            Baseline(76.5, Period.year(2017))
        with raises_validation("Baseline", "value"):
            Baseline(other_ureg.Quantity(76.5, "percent"), Period.year(2017))
        with raises_validation("Baseline", "period"):
            Baseline(Q(76.5, "percent"), 2017)

    def test_baseline_of_the_wrong_dimension(self, Q):
        coverage = indicators.get("health_insurance_coverage")
        with pytest.raises(ValidationError, match=r"^Target.baseline: got 76.5 bed; expected"):
            Target(coverage, 95, Y2025, "=", baseline=Baseline(Q(76.5, "bed"), Y2024))
        with pytest.raises(ValidationError, match=r"a Baseline or None"):
            Target(coverage, 95, Y2025, "=", baseline=76.5)

    def test_scope(self, dak_lak):
        scope = Scope(dak_lak, "Tuyến tỉnh", "TTYT", "không tính giường bệnh trạm y tế")
        assert scope.tier is Tier.PROVINCE
        assert scope.facility_kind is FacilityKind.DISTRICT_HEALTH_CENTRE
        assert str(scope) == (
            "Đắk Lắk; provincial; district health centre; không tính giường bệnh trạm y tế"
        )
        assert str(Scope()) == ""

    @pytest.mark.parametrize(
        ("field", "value"),
        [("province", "Đắk Lắk"), ("tier", "region"), ("facility_kind", "hospital")],
    )
    def test_bad_scope(self, field, value):
        with raises_validation("Scope", field):
            Scope(**{field: value})


def test_a_frozen_target_does_not_follow_the_callers_array(imr):
    import numpy as np

    from vnhealthplan import ureg

    value = ureg.Quantity(np.array(22.0), "death / thousand_live_births")
    target = Target(imr, value, Y2024, "<")
    value.magnitude[...] = 100
    assert target.value.magnitude == 22
    assert target.is_met(30) is False
