"""One lookup through time (vnhealthplan.data.dated) for provinces and districts alike."""

from __future__ import annotations

from datetime import date

import attrs

from vnhealthplan import districts, provinces
from vnhealthplan.data.dated import OnDate, covering, dated_name, find


@attrs.frozen
class Unit:
    name: str
    valid_from: date | None = None
    valid_until: date | None = None
    into: Unit | None = None

    def existed_on(self, day: date) -> bool:
        starts = self.valid_from is None or self.valid_from <= day
        return starts and (self.valid_until is None or day <= self.valid_until)


NEW = Unit("C", valid_from=date(2025, 7, 1))
OLD = Unit("A", valid_until=date(2020, 12, 31), into=NEW)
OLDER = Unit("A", valid_until=date(2010, 12, 31), into=OLD)


def succeed(unit):
    return unit.into


def test_find_prefers_the_unit_that_existed():
    assert find([OLDER, OLD], date(2015, 1, 1), succeed) == (OLD, OLD)


def test_find_takes_the_last_unit_that_ended_and_follows_its_successors():
    # Between A's end and C's start the chain is followed to its end, as before.
    assert find([OLDER, OLD], date(2022, 1, 1), succeed) == (OLD, NEW)
    assert find([OLD, OLDER], date(2026, 1, 1), succeed) == (OLD, NEW)
    assert covering(OLDER, date(2026, 1, 1), succeed) == NEW


def test_find_gives_nothing_before_any_unit_began():
    assert find([NEW], date(2024, 1, 1), succeed) is None


def test_dated_names():
    assert [dated_name(u) for u in (OLD, NEW, Unit("B"))] == [
        "A (until 2020-12-31)",
        "C (from 2025-07-01)",
        "B",
    ]


def test_provinces_and_districts_share_the_lookup():
    day = date(2026, 1, 1)
    province = provinces.lookup("Kon Tum", on=day)
    district = districts.lookup("Sơn Tịnh", on=day)
    assert isinstance(province, OnDate)
    assert isinstance(district, OnDate)
    assert (province.unit.key, province.current.key) == ("kon-tum", "quang-ngai-2025")
    assert (district.unit, district.current) == (district.district, district.province.current)
    assert district.current.key == "quang-ngai-2025"
    assert not district.exists
    assert not district.is_current
    assert str(district) == (
        "huyện Sơn Tịnh (Quảng Ngãi, until 2025-06-30): no district level after 2025-06-30; "
        "its territory is part of Quảng Ngãi (from 2025-07-01) on 2026-01-01"
    )


def test_a_district_that_existed_is_its_own_cover():
    found = districts.lookup("Hoằng Hóa", on=date(2023, 10, 14))
    assert found.exists
    assert found.current == found.district
    assert found.province.current == found.district.province
