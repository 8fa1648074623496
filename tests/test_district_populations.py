"""A district's or an island's population is taken for targets naming no province.

The floor of 100,000 people (a figure typed in millions or thousands) is a province's:
targets naming no province in gaps_frame (the unattributed plan, a district's plan a user
builds) and counts_needed(..., province=False) may count the 22,000 people of an island
district such as Lý Sơn.
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from vnhealthplan import Observation, Period, plans
from vnhealthplan.errors import ValidationError
from vnhealthplan.frames import targets_frame
from vnhealthplan.gaps import gaps_frame
from vnhealthplan.review import review
from vnhealthplan.rollup import counts_needed


@pytest.fixture(scope="module")
def beds():
    plan = plans.load("unattributed-kbcb-2024")
    target = plan.targets_for("beds_per_10k")[0]
    assert target.province is None
    return target


def test_counts_needed_takes_a_district_s_population(beds):
    with pytest.raises(ValidationError, match=r"at least 100,000"):  # a province's, by default
        counts_needed(beds, 22_000)
    # before: "expected a province's population in people, at least 100000"
    needed = counts_needed(beds, 22_000, province=False)
    assert needed.required.magnitude == pytest.approx(22_000 * 30 / 10_000)


def test_counts_needed_still_refuses_less_than_one_person(beds):
    with pytest.raises(ValidationError, match=r"counts_needed\.population: .*one person"):
        counts_needed(beds, 0.5, province=False)


def test_counts_needed_still_refuses_a_province_s_population_in_millions():
    beds = plans.load("dak-lak-2024").targets_for("beds_per_10k")[0]
    with pytest.raises(ValidationError, match=r"at least 100,000") as info:
        counts_needed(beds, 1.8)
    assert "ít nhất 100.000" in info.value.said("vi")


def test_gaps_frame_takes_the_population_of_targets_naming_no_province():
    plan = plans.load("unattributed-kbcb-2024")
    frame = gaps_frame(plan, [], population={"": 22_000})
    rows = frame[frame["indicator"] == "beds_per_10k"]
    assert set(rows["population"]) == {22_000.0}
    assert rows["required_count"].notna().all()


def test_gaps_frame_still_refuses_a_province_s_population_in_thousands():
    with pytest.raises(ValidationError, match=r"population\['Đắk Lắk'\]: .*at least 100,000"):
        gaps_frame(plans.load("dak-lak-2024"), [], population={"Đắk Lắk": 1_769})


def test_review_counts_for_the_population_of_a_plan_naming_no_province():
    # before: review(..., population=22_000) raised "at least 100000" from counts_needed
    r = review("unattributed-kbcb-2024", population=22_000, as_of=date(2026, 1, 31))
    beds = next(row for row in r.rows if row.target.indicator.code == "beds_per_10k")
    assert beds.needed is not None
    assert beds.needed.required.magnitude == pytest.approx(66.0)
    with pytest.raises(ValidationError, match="at least 100,000"):  # a province's plan
        review("dak-lak-2024", population=22_000, as_of=date(2026, 1, 31))


def test_targets_frame_carries_the_start_year_gaps_frame_measures_a_change_from():
    # before: a plan not bundled, as a frame, measured its change from the figure of the
    # year before the observed one (7 in 2024: not met), as an object from 2023 (5: met)
    thanh_hoa = plans.load("thanh-hoa-2023")
    targets = thanh_hoa.targets_for("rank_one_hospitals")
    mine = attrs.evolve(thanh_hoa, key="thanh-hoa-mine", targets=targets, observations=())
    seen = [Observation(targets[1].indicator, n, Period.year(y), province=thanh_hoa.province)
            for y, n in ((2021, 4), (2023, 5), (2024, 7), (2025, 9))]  # fmt: skip
    frame = targets_frame(mine)
    assert frame["start_year"].tolist() == [2023, 2023]
    for given in (mine, frame):
        change = gaps_frame(given, seen).query("kind == 'change'")
        assert change[["baseline", "baseline_year", "met"]].to_numpy().tolist() == [
            [5.0, 2023, True]
        ]
