"""A district's or an island's population is taken for targets naming no province.

The floor of 100,000 people (a figure typed in millions or thousands) is a province's:
targets naming no province in gaps_frame (the unattributed plan, a district's plan a user
builds) and counts_needed(..., province=False) may count the 22,000 people of an island
district such as Lý Sơn.
"""

from __future__ import annotations

import pytest

from vnhealthplan import plans
from vnhealthplan.errors import ValidationError
from vnhealthplan.gaps import gaps_frame
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
