"""Provincial units before 2025: sourced start dates, the units they were split off, Hà Tây,
units whose start was not sourced, and the types ``on=`` accepts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import numpy as np
import pandas as pd
import pytest

from vnhealthplan import districts, provinces
from vnhealthplan.data import province_checks
from vnhealthplan.errors import UnknownProvinceError, WrongTypeError
from vnhealthplan.provinces import UnitNotInForceError

#: The units split off on 1 January 1997 or 2004, with the unit each was part of before.
SPLITS = {
    "bac-giang": ("1997-01-01", "Hà Bắc"),
    "bac-ninh": ("1997-01-01", "Hà Bắc"),
    "ca-mau": ("1997-01-01", "Minh Hải"),
    "bac-lieu": ("1997-01-01", "Minh Hải"),
    "dak-nong": ("2004-01-01", "Đắk Lắk"),
    "hau-giang": ("2004-01-01", "Cần Thơ (tỉnh)"),
    "can-tho": ("2004-01-01", "Cần Thơ (tỉnh)"),
    "dien-bien": ("2004-01-01", "Lai Châu"),
}

#: The units of before 1 July 2025 whose first day no source seen states: valid_from is
#: None, which means "start date not sourced", NOT "always existed" (Kiên Giang is answered
#: for 1900, Hà Tây for 1950). See docs/data_wanted.rst for the dates wanted.
START_NOT_SOURCED = [
    "ha-noi", "ha-tay", "ha-giang", "cao-bang", "bac-kan", "tuyen-quang", "lao-cai",
    "lai-chau", "son-la", "yen-bai", "hoa-binh", "thai-nguyen", "lang-son", "quang-ninh",
    "phu-tho", "vinh-phuc", "hai-duong", "hai-phong", "hung-yen", "thai-binh", "ha-nam",
    "nam-dinh", "ninh-binh", "thanh-hoa", "nghe-an", "ha-tinh", "quang-binh", "quang-tri",
    "thua-thien-hue", "da-nang", "quang-nam", "quang-ngai", "binh-dinh", "phu-yen",
    "khanh-hoa", "ninh-thuan", "binh-thuan", "kon-tum", "gia-lai", "dak-lak", "lam-dong",
    "binh-phuoc", "tay-ninh", "binh-duong", "dong-nai", "ba-ria-vung-tau", "ho-chi-minh",
    "long-an", "tien-giang", "ben-tre", "tra-vinh", "vinh-long", "dong-thap", "an-giang",
    "kien-giang", "soc-trang",
]  # fmt: skip


@pytest.mark.parametrize("key", SPLITS)
def test_a_unit_before_its_first_day_names_the_unit_it_was_part_of(key):
    start, parent = SPLITS[key]
    unit = provinces.by_key(key)
    assert unit.valid_from == date.fromisoformat(start)
    assert unit.sources  # the split's source is among them
    day = unit.valid_from - timedelta(days=1)
    assert provinces.get(unit.name, on=unit.valid_from) == unit
    found = provinces.lookup(unit.name, on=day)
    assert (found.unit, found.current.name, found.is_current) == (unit, parent, False)
    assert found.is_before_start
    assert found.current.existed_on(day)
    assert found.change == f"{unit.name} (from {start}) was part of {parent}"
    with pytest.raises(UnitNotInForceError) as info:
        provinces.get(unit.name, on=day)
    assert info.value.found == found
    assert f"was part of {parent}" in str(info.value)
    assert provinces.split_from(key) == found.current


def test_the_examples_of_the_issue():
    with pytest.raises(UnitNotInForceError, match=r"Đắk Nông \(from 2004-01-01\) was part of"):
        provinces.get("Đắk Nông", on=date(2000, 1, 1))
    with pytest.raises(UnitNotInForceError, match=r"Hậu Giang .* was part of Cần Thơ"):
        provinces.get("Hậu Giang", on=date(2000, 1, 1))
    # Kiên Giang's start was not sourced: no bound (listed in START_NOT_SOURCED).
    assert provinces.get("Kiên Giang", on=date(1900, 1, 1)).key == "kien-giang"


def test_parents_that_went_on_are_the_registry_units_themselves():
    assert provinces.split_from("dak-nong") is provinces.by_key("dak-lak")
    assert provinces.split_from("dien-bien") is provinces.by_key("lai-chau")
    assert provinces.lookup("Đắk Lắk", on=date(2000, 1, 1)).is_current


def test_former_units_are_outside_the_registry():
    former = {provinces.split_from(k) for k in ("bac-giang", "ca-mau", "hau-giang")}
    assert sorted(u.key for u in former) == ["can-tho-tinh", "ha-bac", "minh-hai"]
    assert not former & set(provinces.all())
    for unit in former:
        assert unit.sources
        with pytest.raises(UnknownProvinceError):
            provinces.by_key(unit.key)
    assert provinces.split_from("can-tho").valid_until == date(2003, 12, 31)


def test_a_name_of_two_units_before_either_began():
    # Cần Thơ city (2004) and the merged Cần Thơ (2025): the first to begin answers.
    found = provinces.lookup("Cần Thơ", on=date(2003, 6, 1))
    assert (found.unit.key, found.current.key) == ("can-tho", "can-tho-tinh")
    assert str(found) == "Cần Thơ (from 2004-01-01) was part of Cần Thơ (tỉnh) on 2003-06-01"


def test_a_merged_unit_before_it_began_has_no_split_parent():
    assert provinces.split_from("hue") is None  # formed from Thừa Thiên Huế: see parts
    with pytest.raises(UnitNotInForceError) as info:
        provinces.lookup("Huế", on=date(2024, 12, 31))
    assert info.value.found is None


def test_units_whose_start_was_not_sourced():
    assert [u.key for u in provinces.all() if u.valid_from is None] == START_NOT_SOURCED
    assert all(provinces.split_from(k) is None for k in START_NOT_SOURCED)


def test_ha_tay_merged_into_ha_noi_in_2008():
    # Hà Tây is a unit of the registry (88 units: the 87 of 2025 and Hà Tây); Hà Nội is one
    # unit before and after 2008, as it kept its name.
    assert len(provinces.all()) == 88
    ha_tay = provinces.get("Hà Tây")
    assert (ha_tay.valid_until, ha_tay.merged_into) == (date(2008, 7, 31), "ha-noi")
    assert provinces.get("Ha Tay", on=date(2008, 7, 31)) == ha_tay
    assert len(provinces.on(date(2008, 7, 31))) == 64
    assert len(provinces.on(date(2008, 8, 1))) == 63
    with pytest.raises(UnitNotInForceError, match=r"Hà Tây \(until 2008-07-31\) is part of Hà Nội"):
        provinces.get("Hà Tây", on=date(2008, 8, 1))
    assert provinces.lookup("Hà Tây", on=date(2026, 1, 1)).current.key == "ha-noi"
    assert provinces.parts("ha-noi") == ()


AWARE = datetime(2024, 12, 31, 20, tzinfo=UTC)  # 1 January 2025 in Vietnam


@pytest.mark.parametrize(
    ("on", "day"),
    [
        (date(2025, 1, 1), date(2025, 1, 1)),
        (datetime(2025, 1, 1, 8), date(2025, 1, 1)),
        (AWARE, date(2025, 1, 1)),
        (datetime(2024, 12, 31, 20), date(2024, 12, 31)),  # naive: its own day
        (pd.Timestamp("2025-01-01 08:00"), date(2025, 1, 1)),
        (pd.Timestamp(AWARE), date(2025, 1, 1)),
        (np.datetime64("2025-01-01T08:00"), date(2025, 1, 1)),
    ],
)
def test_date_likes_are_accepted(on, day):
    # Huế (a city from 1 January 2025) tells the day apart from the one before.
    found = provinces.lookup("Thừa Thiên Huế", on=on)
    assert found.on == day
    assert found.is_current == (day < date(2025, 1, 1))
    assert provinces.all(on=on) == provinces.on(on) == provinces.on(day)
    if day == date(2025, 1, 1):
        assert provinces.get("Huế", on=on).key == "hue"
    assert districts.lookup("Sơn Tịnh", on=on).on == day
    assert districts.get("Sơn Tịnh", on=on).key == "quang-ngai/son-tinh"


BAD_DAYS = ["2025-01-01", 2025, 2025.0, [date(2025, 1, 1)], (2025, 1, 1), np.int64(2025)]


@pytest.mark.parametrize("bad", BAD_DAYS, ids=repr)
def test_other_values_of_on_name_the_argument(bad):
    calls = {
        "provinces.get.on": lambda: provinces.get("Thanh Hóa", on=bad),
        "provinces.lookup.on": lambda: provinces.lookup("Thanh Hóa", on=bad),
        "provinces.all.on": lambda: provinces.all(on=bad),
        "provinces.on.day": lambda: provinces.on(bad),
        "districts.get.on": lambda: districts.get("Sơn Tịnh", on=bad),
        "districts.lookup.on": lambda: districts.lookup("Sơn Tịnh", on=bad),
    }
    for where, call in calls.items():
        with pytest.raises(WrongTypeError) as info:
            call()
        assert str(info.value).startswith(f"{where}: got "), where
        assert "expected a datetime.date" in str(info.value)


def test_missing_days_are_refused():
    for missing in (pd.NaT, np.datetime64("NaT")):
        with pytest.raises(ValueError, match=r"provinces\.get\.on: .* not a missing one"):
            provinces.get("Thanh Hóa", on=missing)
    assert provinces.get("Thanh Hóa", on=None).key == "thanh-hoa"  # None: no day


@pytest.mark.parametrize(
    ("call", "where"),
    [
        (lambda: provinces.parts(42), "provinces.parts.unit"),
        (lambda: provinces.successor(42), "provinces.successor.unit"),
        (lambda: provinces.split_from(None), "provinces.split_from.unit"),
        (lambda: provinces.by_key(42), "provinces.by_key.key"),
        (lambda: provinces.get(42), "provinces.get.name"),
        (lambda: provinces.lookup(None, on=date(2024, 1, 1)), "provinces.lookup.name"),
    ],
)
def test_wrong_types_name_the_argument(call, where):
    with pytest.raises(WrongTypeError, match=f"^{where}: got "):
        call()


def _unit(**row):
    return {"key": "x", "name": "X", "ascii_name": "X", "kind": "province", "sources": [], **row}


def test_checks_of_split_from_and_former_units():
    data = {
        "source": {},
        "unit": [
            _unit(key="a", name="A"),
            _unit(key="b", split_from="A"),  # no valid_from
            _unit(key="c", valid_from=date(2004, 1, 1), split_from="Nowhere"),
            _unit(key="d", valid_from=date(2004, 1, 1), split_from="A"),
            _unit(key="e", valid_from=date(2004, 1, 1), split_from="Old"),
        ],
        "former_unit": [
            {"key": "old", "name": "Old", "ascii_name": "Old", "kind": "province",
             "valid_until": date(2003, 12, 31)},
            {"key": "a", "name": "Gone", "ascii_name": "Gone", "kind": "province"},
        ],
    }  # fmt: skip
    found = [(p.record, p.field, p.message) for p in province_checks.problems(data)]
    assert found == [
        ("unit[1]", "split_from", "no split_from without valid_from"),
        ("unit[2]", "split_from", "the name of a unit or former_unit that existed on 2003-12-31"),
        ("former_unit[1]", "valid_until", "missing"),
        ("unit[0]", "key", "a key used once"),
        ("former_unit[1]", "key", "a key used once"),
    ]
