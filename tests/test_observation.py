"""Observations: validation like targets, repr, year, and the plan's observations frame."""

from __future__ import annotations

import math

import attrs
import numpy as np
import pandas as pd
import pytest

from vnhealthplan import (
    Document,
    Observation,
    Period,
    Plan,
    Scope,
    Source,
    ValidationError,
    indicators,
    plans,
    provinces,
)
from vnhealthplan.frames import observations_frame

Y2017, Y2023 = Period.year(2017), Period.year(2023)
OBSERVATION_COLUMNS = [
    "plan", "province", "indicator", "indicator_name", "year", "period_start", "period_end",
    "value", "unit", "scope", "notes", "section", "quote", "reading",
]  # fmt: skip


def raises_validation(field):
    return pytest.raises(ValidationError, match=rf"^Observation\.{field}: got ")


@pytest.fixture(scope="module")
def coverage():
    return indicators.get("health_insurance_coverage")


@pytest.fixture(scope="module")
def stations():
    return indicators.get("commune_stations")


class TestValue:
    def test_plain_number_takes_the_indicator_unit(self, Q, coverage):
        # An Giang: "đến cuối năm 2017, chỉ mới đạt 76,5% dân số".
        obs = Observation(coverage, 76.5, Y2017)
        assert obs.value == Q(76.5, "percent")
        assert (obs.period, obs.province, obs.scope, obs.source, obs.notes) == (
            Y2017,
            None,
            Scope(),
            None,
            "",
        )

    def test_quantity_of_the_same_dimension(self, Q, coverage):
        obs = Observation(coverage, Q(765, "permille"), Y2017)
        assert obs.value.to("percent").magnitude == pytest.approx(76.5)

    def test_wrong_dimension(self, Q, coverage, beds_per_10k):
        beds = Q(29, "bed")
        with raises_validation("value") as info:
            Observation(coverage, beds, Y2017)
        assert info.value.value is beds
        assert info.value.expected == "a quantity in percent (dimension dimensionless)"
        with raises_validation("value"):
            Observation(beds_per_10k, Q(7.7, "doctor / ten_thousand_people"), Y2017)

    @pytest.mark.parametrize("value", [100.5, 120, -1])
    def test_share_outside_0_to_100(self, coverage, value):
        with raises_validation("value") as info:
            Observation(coverage, value, Y2017)
        bound = "≤ 100" if value > 100 else "≥ 0"
        assert info.value.expected == f"a level {bound} percent for health_insurance_coverage"

    def test_share_above_100_in_other_units(self, Q, coverage):
        with raises_validation("value"):
            Observation(coverage, Q(1001, "permille"), Y2017)

    def test_negative_count(self):
        with pytest.raises(ValidationError, match=r"expected a level ≥ 0 bed for total_beds"):
            Observation(indicators.get("total_beds"), -5, Y2023)

    @pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
    def test_not_finite(self, stations, value):
        with raises_validation("value") as info:
            Observation(stations, value, Y2023)
        assert info.value.expected == "a finite number"

    def test_array_quantity(self, Q, stations):
        with raises_validation("value") as info:
            Observation(stations, Q(np.array([173.0, 174.0]), "station"), Y2023)
        assert info.value.expected == "a single number, not an array"

    @pytest.mark.parametrize("value", [np.array([173.0, 174.0]), [173], "173", True, None])
    def test_not_a_number(self, stations, value):
        with raises_validation("value"):
            Observation(stations, value, Y2023)

    def test_quantity_of_another_registry(self, stations, other_ureg):
        with raises_validation("value"):
            Observation(stations, other_ureg.Quantity(173, "meter"), Y2023)


class TestFields:
    def test_indicator_must_be_an_indicator(self):
        with raises_validation("indicator"):
            Observation("commune_stations", 173, Y2023)

    @pytest.mark.parametrize("period", [2023, "2023", None])
    def test_period_must_be_a_period(self, stations, period):
        with raises_validation("period"):
            Observation(stations, 173, period)

    @pytest.mark.parametrize(
        ("field", "value"),
        [("province", "Quảng Ngãi"), ("scope", "commune"), ("source", "II.1.a")],
    )
    def test_keyword_fields_are_checked(self, stations, field, value):
        with raises_validation(field):
            Observation(stations, 173, Y2023, **{field: value})

    def test_keyword_only(self, stations):
        with pytest.raises(TypeError):
            Observation(stations, 173, Y2023, provinces.get("Quảng Ngãi"))  # type: ignore[misc]

    def test_frozen_and_comparable(self, stations):
        obs = Observation(stations, 173, Y2023)
        assert obs == Observation(stations, 173.0, Y2023)
        assert obs != Observation(stations, 174, Y2023)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            obs.value = 174  # type: ignore[misc]


@pytest.mark.parametrize(
    ("period", "year"),
    [
        (Y2017, 2017),
        (Period.years(2016, 2017), 2017),
        (Period.quarter(2023, 2), 2023),
        (Period.half(2024, 2), 2024),
    ],
)
def test_year_is_the_last_year(stations, period, year):
    assert Observation(stations, 173, period).year == year


@pytest.mark.parametrize(
    ("obs", "text"),
    [
        (Observation(indicators.get("commune_stations"), 173, Y2023),
         "Observation(commune_stations = 173 station, 2023)"),
        (Observation(indicators.get("health_insurance_coverage"), 76.5, Period.years(2016, 2017),
                     province=provinces.get("An Giang")),
         "Observation(health_insurance_coverage = 76.5 percent, 2016–2017, An Giang)"),
        (Observation(indicators.get("total_beds"), 5130.0, Period.quarter(2024, 2)),
         "Observation(total_beds = 5130 bed, 2024-04-01/2024-06-30)"),
    ],
)  # fmt: skip
def test_repr(obs, text):
    assert repr(obs) == text


# ---- observations in plans ---------------------------------------------------------------


@pytest.fixture
def quang_ngai_plan(stations):
    quang_ngai = provinces.get("Quảng Ngãi")
    doc = Document("Kế hoạch số 193/KH-UBND", "UBND tỉnh Quảng Ngãi", number="193/KH-UBND")
    source = Source(doc, "II.1.a", "173 Trạm Y tế xã, phường, thị trấn")
    return Plan(
        "quang-ngai-2023",
        doc,
        province=quang_ngai,
        observations=[
            Observation(stations, 173, Y2023, scope=Scope(tier="commune"), source=source),
            Observation(
                indicators.get("health_insurance_coverage"),
                76.5,
                Y2017,
                province=provinces.get("An Giang"),
                notes="elsewhere",
            ),
        ],
    )


def test_observations_frame(quang_ngai_plan):
    frame = observations_frame(quang_ngai_plan)
    assert list(frame.columns) == OBSERVATION_COLUMNS
    assert len(frame) == 2
    first, second = frame.iloc[0], frame.iloc[1]
    assert (first["plan"], first["province"], first["indicator"], first["year"]) == (
        "quang-ngai-2023",
        "Quảng Ngãi",
        "commune_stations",
        2023,
    )
    assert (first["value"], first["unit"], first["section"]) == (173.0, "station", "II.1.a")
    assert first["quote"] == "173 Trạm Y tế xã, phường, thị trấn"
    assert pd.isna(first["reading"])
    assert first["period_start"] == pd.Timestamp(2023, 1, 1)
    assert first["period_end"] == pd.Timestamp(2023, 12, 31)
    # An observation's own province wins over the plan's.
    assert (second["province"], second["notes"], second["value"]) == ("An Giang", "elsewhere", 76.5)
    assert pd.isna(second["section"])
    assert str(frame["year"].dtype) == "Int64"


def test_observations_frame_values_in_the_indicator_unit(Q, coverage):
    plan = Plan(
        "x", Document("t", "i"), observations=[Observation(coverage, Q(765, "permille"), Y2017)]
    )
    frame = observations_frame(plan)
    assert frame.loc[0, "value"] == pytest.approx(76.5)
    assert frame.loc[0, "unit"] == "percent"
    assert pd.isna(frame.loc[0, "province"])


def test_observations_frame_names(quang_ngai_plan):
    vi = observations_frame(quang_ngai_plan, "vi")["indicator_name"].iloc[0]
    en = observations_frame(quang_ngai_plan, "en")["indicator_name"].iloc[0]
    assert vi == indicators.get("commune_stations").name_vi
    assert en == indicators.get("commune_stations").name_en


def test_empty_observations_frame():
    frame = observations_frame(plans.load("dak-lak-2024"))
    assert list(frame.columns) == OBSERVATION_COLUMNS
    assert frame.empty


def test_plan_checks_observations(stations):
    with pytest.raises(ValidationError, match=r"^Plan\.observations: got "):
        Plan("x", Document("t", "i"), observations=[stations])
