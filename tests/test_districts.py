"""Districts named in the plans, as historical units ending on 30 June 2025."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib import resources

import pytest

from vnhealthplan import Facility, districts, plans, provinces
from vnhealthplan.data import district_checks
from vnhealthplan.errors import (
    DistrictNotInForceError,
    PlanDataError,
    UnitNotInForceError,
    UnknownDistrictError,
    UnknownProvinceError,
)
from vnhealthplan.provinces import UnitNotInForceError as FromProvinces

LAST, FIRST_AFTER = date(2025, 6, 30), date(2025, 7, 1)


def _raw():
    text = resources.files("vnhealthplan").joinpath("data/districts.toml").read_text("utf-8")
    return tomllib.loads(text)


def test_the_districts_the_plans_name():
    by_province = {}
    for d in districts.all():
        by_province.setdefault(d.province.key, []).append(d.label)
    assert by_province == {
        "thanh-hoa": [
            "huyện Hoằng Hóa", "huyện Hà Trung", "huyện Triệu Sơn", "huyện Thiệu Hóa",
            "huyện Yên Định", "huyện Quan Hóa", "huyện Thọ Xuân", "thành phố Thanh Hóa",
        ],
        "quang-ngai": ["huyện Sơn Tịnh", "thành phố Quảng Ngãi"],
    }  # fmt: skip


@pytest.mark.parametrize("unit", districts.all(), ids=lambda d: d.key)
def test_every_district_is_sourced_and_ends_on_30_june_2025(unit):
    assert unit.valid_until == LAST
    assert unit.existed_on(LAST)
    assert not unit.existed_on(FIRST_AFTER)
    assert unit.province.existed_on(LAST)  # a unit from before the reorganisation
    assert unit.key.startswith(unit.province.key + "/")
    assert unit.ascii_name.isascii()
    for src in unit.named_in:
        plan = next(p for p in plans.load_all() if p.document == src.document)
        assert src.quote in plans.source_text(plan.key)
        assert plan.province == unit.province
    assert len(unit.sources) == 2
    assert all(s.quote and "http" in s.document.notes for s in unit.sources)


def test_sources_of_the_end_are_dated_and_kinds_are_declared():
    raw = _raw()
    assert raw["valid_until"] == LAST
    for key, row in raw["source"].items():
        assert row["quote_kind"] in ("news quoting the text", "news (effect and date)"), key
        assert row["url"].startswith("https://"), key
    assert "1/7/2025" in raw["source"]["two_level.from_2025_07_01"]["quote"]
    assert "hai cấp" in raw["source"]["nq203.two_levels"]["quote"]


def test_keys_unique():
    keys = [d.key for d in districts.all()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    "name",
    ["Sơn Tịnh", "huyện Sơn Tịnh", "HUYEN SON TINH", "son  tinh"],
)
def test_names_fold(name):
    assert districts.get(name).key == "quang-ngai/son-tinh"


def test_kind_word_must_agree():
    assert districts.get("TP. Thanh Hóa").kind == "thành phố"
    assert districts.get("thành phố Quảng Ngãi").province.key == "quang-ngai"
    with pytest.raises(UnknownDistrictError):
        districts.get("huyện Quảng Ngãi")  # a city, not a rural district
    with pytest.raises(UnknownDistrictError):
        districts.get("Sơn Tịnh", province="Thanh Hóa")


def test_unknown_district_suggests():
    with pytest.raises(UnknownDistrictError) as info:
        districts.get("Trieu Sonn")
    assert info.value.close[0] == "Triệu Sơn"
    assert isinstance(info.value, LookupError)


def test_lookup_before_and_after_the_end():
    before = districts.lookup("Hoằng Hóa", on=date(2023, 10, 14))
    assert before.exists
    assert before.province.current.key == "thanh-hoa"
    after = districts.lookup("Hoằng Hóa", on=FIRST_AFTER)
    assert not after.exists
    assert after.province.unit.key == "thanh-hoa"
    assert after.province.current.key == "thanh-hoa"  # Thanh Hóa was not merged
    assert "no district level after 2025-06-30" in str(after)
    qn = districts.lookup("Sơn Tịnh", on=date(2026, 1, 1))
    assert (qn.province.unit.key, qn.province.current.key) == ("quang-ngai", "quang-ngai-2025")
    assert "part of Quảng Ngãi (from 2025-07-01)" in str(qn)


def test_get_refuses_a_day_after_the_end():
    assert districts.get("Thọ Xuân", on=LAST).key == "thanh-hoa/tho-xuan"
    with pytest.raises(DistrictNotInForceError) as info:
        districts.get("Thọ Xuân", on=FIRST_AFTER)
    err = info.value
    assert isinstance(err, UnknownDistrictError)
    assert (err.name, err.on, err.found.district.key) == (
        "Thọ Xuân",
        FIRST_AFTER,
        "thanh-hoa/tho-xuan",
    )
    assert "until 2025-06-30" in str(err)


@pytest.mark.parametrize("plan", plans.load_all(), ids=lambda p: p.key)
def test_district_facilities_of_the_plans_find_their_district(plan):
    for facility in plan.facilities:
        if facility.tier is None or facility.tier.value != "district":
            continue
        unit = districts.for_facility(facility)
        assert unit.province == plan.province
        assert unit.existed_on(plan.document.issued or LAST)


def test_for_facility_by_name_and_by_pattern():
    assert districts.for_facility("TTYT huyện Hoằng Hóa").key == "thanh-hoa/hoang-hoa"
    assert districts.for_facility("Phòng khám Đa khoa khu vực Tịnh Khê").kind == "thành phố"
    # not in the registry, but its name says its district
    assert districts.for_facility("Bệnh viện Đa khoa huyện Triệu Sơn").key == "thanh-hoa/trieu-son"
    with pytest.raises(UnknownDistrictError):
        districts.for_facility("Bệnh viện Đa khoa khu vực Ngọc Lặc")  # a provincial hospital
    with pytest.raises(TypeError):
        districts.for_facility(42)


def test_for_facility_respects_the_facility_province():
    elsewhere = Facility(
        "Trung tâm Y tế huyện Sơn Tịnh",
        "district_health_centre",
        province=provinces.get("An Giang"),
    )
    with pytest.raises(UnknownDistrictError):
        districts.for_facility(elsewhere)


def test_facilities_of_a_district():
    names = [f.name for f in districts.facilities("thanh-hoa/ha-trung")]
    assert names == ["Trung tâm Y tế huyện Hà Trung", "Bệnh viện Đa khoa huyện Hà Trung"]
    assert all(f.source.quote for f in districts.facilities())
    with pytest.raises(UnknownDistrictError):
        districts.facilities("thanh-hoa/ngoc-lac")


def test_bad_records_are_all_reported():
    raw = _raw()
    raw["district"][0]["kind"] = "quận"
    raw["district"][1]["province"] = "ha-bac"  # a former unit, not a registry key
    raw["district"][2]["quote"] = "not in the plan"
    raw["district"][3]["key"] = raw["district"][4]["key"]
    del raw["district"][5]["name"]
    raw["facility"][0]["district"] = "thanh-hoa/nowhere"
    problems = district_checks.problems(raw)
    fields = [(p.record, p.field) for p in problems]
    assert fields == [
        ("district[0]", "kind"),
        ("district[1]", "province"),
        ("district[2]", "quote"),
        ("district[5]", "name"),
        ("facility[0]", "district"),
        ("facility[3]", "district"),  # its district's key was overwritten
        ("district[3]", "key"),
        ("district[4]", "key"),
    ]
    message = str(PlanDataError(problems))
    assert "8 invalid values in districts.toml" in message
    assert "kind = 'quận'" in message


def test_unit_not_in_force_error_moved_to_errors():
    assert FromProvinces is UnitNotInForceError
    assert issubclass(UnitNotInForceError, UnknownProvinceError)
    with pytest.raises(UnitNotInForceError) as info:
        provinces.get("Kon Tum", on=FIRST_AFTER)
    assert str(info.value) == (
        "unknown province 'Kon Tum' on 2025-07-01; "
        "Kon Tum (until 2025-06-30) is part of Quảng Ngãi (from 2025-07-01)"
    )
    assert info.value.found.current.key == "quang-ngai-2025"


def test_a_merged_province_stands_for_its_parts():
    merged = provinces.get("Quảng Ngãi", on=FIRST_AFTER)
    assert districts.get("Sơn Tịnh", province=merged).province.key == "quang-ngai"
    with pytest.raises(UnknownDistrictError):
        districts.get("Sơn Tịnh", province=provinces.get("Đắk Lắk", on=FIRST_AFTER))
