"""Observations to and from tidy frames; every bad row of a user's frame reported at once."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from vnhealthplan import (
    Document,
    Observation,
    Period,
    PlanDataError,
    Source,
    indicators,
    plans,
    provinces,
    ureg,
)
from vnhealthplan.observations import observations_frame, observations_from_frame

Q = ureg.Quantity
COLUMNS = [
    "province", "indicator", "year", "period_start", "period_end", "value", "unit", "source",
    "quote",
]  # fmt: skip


def test_frame_of_a_bundled_plan():
    frame = observations_frame(plans.load("an-giang-2018"))
    assert list(frame.columns) == COLUMNS
    row = frame.iloc[0]
    assert (row["province"], row["indicator"], row["year"]) == (
        "An Giang",
        "health_insurance_coverage",
        2017,
    )
    assert (row["value"], row["unit"]) == (76.5, "percent")
    assert row["period_start"] == date(2017, 1, 1)
    assert row["period_end"] == date(2017, 12, 31)
    assert row["quote"] == "đến cuối năm 2017, chỉ mới đạt 76,5% dân số"
    assert row["source"].startswith("Ban Chấp hành Đảng bộ tỉnh An Giang")
    assert frame["year"].dtype == "Int64"
    assert frame["value"].dtype == float


def test_frame_keeps_each_observation_unit(imr):
    obs = Observation(imr, Q(2150, "death / hundred_thousand_live_births"), Period.year(2024))
    frame = observations_frame([obs])
    assert frame.loc[0, ["value", "unit"]].tolist() == [
        2150.0,
        "death / hundred_thousand_live_births",
    ]
    assert frame.loc[0, "province"] is None
    assert observations_frame([]).columns.tolist() == COLUMNS
    with pytest.raises(TypeError, match="Observation or Plan"):
        observations_frame(["not an observation"])


def test_round_trip_of_every_bundled_observation():
    for plan in plans.load_all():
        frame = observations_frame(plan)
        back = observations_from_frame(frame)
        assert len(back) == len(plan.observations)
        for original, read in zip(plan.observations, back, strict=True):
            assert read.indicator == original.indicator
            assert read.value == original.value
            assert read.period == original.period
            assert read.province == (original.province or plan.province)
            if original.source is not None:
                assert original.source.cite() in read.notes  # the citation, kept in words


def test_user_frame_with_spellings_units_and_periods():
    frame = pd.DataFrame(
        {
            "province": ["Dak Lak", "Thanh Hoá", None],
            "indicator": ["imr", "beds_per_10k", "doctors_per_10k"],
            "year": [2024.0, None, 2020],
            "period": [None, "2024-H1", None],
            "value": [2150, 3.5, 9.8],
            "unit": ["death / hundred_thousand_live_births", "bed / thousand_people", ""],
        }
    )  # made-up values; fmt: skip
    imr, beds, doctors = observations_from_frame(frame)
    assert imr.province == provinces.get("Đắk Lắk")
    assert imr.value == Q(2150, "death / hundred_thousand_live_births")
    assert imr.period == Period.year(2024)
    assert beds.period == Period.half(2024, 1)
    assert beds.value.to("bed / ten_thousand_people").magnitude == pytest.approx(35)
    assert doctors.province is None
    assert doctors.value == Q(9.8, "doctor / ten_thousand_people")  # unit left empty


def test_every_bad_row_is_reported_at_once():
    frame = pd.DataFrame(
        {
            "province": ["An Giang", "Paris", "Đắk Lắk", "Thanh Hóa", "An Giang", "Quảng Ngãi"],
            "indicator": ["health_insurance_coverage", "imr", "beds_per_10", "imr", "imr", "imr"],
            "year": [2017, 2024, 2024, 1800, 2024.5, 2023],
            "value": [76.5, 21.0, 30.0, "abc", 12.0, 12.0],
            "unit": [None, None, None, None, "percent", "giường"],
        },
        index=[3, 4, 5, 6, 7, 8],
    )  # made-up values
    with pytest.raises(PlanDataError) as info:
        observations_from_frame(frame)
    found = [(p.record, p.field) for p in info.value.problems]
    assert found == [
        ("row 4", "province"),
        ("row 5", "indicator"),
        ("row 6", "year"),
        ("row 6", "value"),
        ("row 7", "year"),
        ("row 7", "unit"),
        ("row 8", "unit"),
    ]
    message = str(info.value)
    assert message.startswith("7 invalid values in frame:")
    assert "frame: row 4: province = 'Paris': unknown province 'Paris'" in message
    assert "did you mean 'beds_per_10k'" in message
    assert "row 6: year = 1800: got 1800; expected a whole year between 1945 and 2100" in message
    assert "row 7: unit = 'percent': expected a unit of imr's dimension" in message
    # "giường" is a unit as the plans write it (bed), not one of infant mortality
    assert "row 8: unit = 'giường': expected a unit of imr's dimension" in message


def test_values_outside_an_indicator_bounds_are_reported():
    frame = pd.DataFrame({
        "province": ["An Giang", "An Giang"],
        "indicator": ["health_insurance_coverage", "beds_per_10k"],
        "year": [2017, 2017], "value": [120.0, -1.0],
    })  # fmt: skip
    with pytest.raises(PlanDataError) as info:
        observations_from_frame(frame)
    assert [(p.record, p.field) for p in info.value.problems] == [
        ("row 0", "value"),
        ("row 1", "value"),
    ]
    assert "a level ≤ 100 percent" in str(info.value)


def test_missing_columns_are_listed():
    with pytest.raises(PlanDataError) as info:
        observations_from_frame(pd.DataFrame({"indicator": ["imr"]}))
    assert [p.field for p in info.value.problems] == ["province", "value", "year"]


def test_sources():
    doc = Document("Niên giám thống kê", "Cục Thống kê")  # a made-up citation for the test
    frame = pd.DataFrame({
        "province": ["Thanh Hóa", "Thanh Hóa"], "indicator": ["beds_per_10k"] * 2,
        "year": [2023, 2024], "value": [30.0, 31.0], "quote": ["30,0", None],
        "section": ["Bảng 12", None],
    })  # fmt: skip
    with pytest.raises(PlanDataError) as info:
        observations_from_frame(frame, source=doc)
    assert [(p.record, p.field) for p in info.value.problems] == [("row 1", "quote")]
    first = observations_from_frame(frame.iloc[:1], source=doc)[0]
    assert first.source == Source(doc, "Bảng 12", "30,0")
    no_section = observations_from_frame(frame.iloc[:1].assign(section=None), source=doc)[0]
    assert no_section.source.section == "row 0"
    shared = Source(doc, "Bảng 12", "toàn bảng")
    assert {o.source for o in observations_from_frame(frame, source=shared)} == {shared}
    with pytest.raises(TypeError, match="source"):
        observations_from_frame(frame, source="Cục Thống kê")


def test_frame_from_observations_builds_the_same_observations():
    beds = indicators.get("beds_per_10k")
    original = [
        Observation(beds, 27.0, Period.year(2022), province=provinces.get("Quảng Ngãi")),
        Observation(beds, Q(2.8, "bed / thousand_people"), Period.quarter(2023, 2)),
    ]  # made-up values
    assert list(observations_from_frame(observations_frame(original))) == original
