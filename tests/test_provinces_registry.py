"""The registry of provincial units before and after 1 July 2025."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from importlib import resources

import pytest

from vnhealthplan import plans, provinces
from vnhealthplan.errors import UnknownProvinceError
from vnhealthplan.provinces import UnitNotInForceError

BEFORE, AFTER = date(2025, 6, 30), date(2025, 7, 1)


def test_counts_on_every_side_of_the_reform():
    assert len(provinces.on(date(2024, 6, 1))) == 63
    assert len(provinces.on(BEFORE)) == 63
    assert len(provinces.on(AFTER)) == 34
    assert len(provinces.on(date(2026, 1, 1))) == 34
    after = provinces.on(AFTER)
    assert sum(u.kind == "city" for u in after) == 6
    assert sum(u.kind == "province" for u in after) == 28


def test_keys_unique_and_links_resolve():
    units = provinces.all()
    assert len({u.key for u in units}) == len(units)
    for unit in units:
        if unit.merged_into == "ha-noi":  # 2008: Hà Nội kept its name, one unit (no formed_from)
            assert unit.key == "ha-tay"
            assert provinces.by_key("ha-noi").formed_from == ()
        elif unit.merged_into:
            successor = provinces.by_key(unit.merged_into)
            assert unit.key in successor.formed_from
            assert unit.valid_until + timedelta(days=1) == successor.valid_from
        for key in unit.formed_from:
            assert provinces.by_key(key).merged_into == unit.key


def test_every_old_territory_is_in_exactly_one_new_unit():
    after = provinces.on(AFTER)
    covered = [k for u in after for k in ((u.key,) if u.existed_on(BEFORE) else u.formed_from)]
    old = {u.key for u in provinces.on(BEFORE)}
    assert sorted(covered) == sorted(old)
    assert sum(len(u.formed_from) for u in after if not u.existed_on(BEFORE)) == 52


def test_every_unit_has_a_source_with_a_quote_and_address():
    raw = resources.files("vnhealthplan").joinpath("data/provinces.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    for key, row in data["source"].items():
        assert row["quote"].strip(), key
        assert row["url"].startswith("http"), key
        assert row["quote_kind"] in ("news quoting the text", "secondary (weak)"), key
    for unit in provinces.all():
        assert unit.sources, unit.key


@pytest.mark.parametrize("unit", provinces.all(), ids=lambda u: u.key)
def test_registry_answers_for_every_unit_at_any_date(unit):
    for day in (date(2020, 1, 1), date(2024, 12, 31), date(2025, 1, 1), BEFORE, AFTER):
        named = [u for u in provinces.all() if u.name == unit.name]
        if not any(u.existed_on(day) or (u.valid_until and u.valid_until < day) for u in named):
            with pytest.raises(UnitNotInForceError):  # Huế before 1 January 2025
                provinces.lookup(unit.name, on=day)
            continue
        found = provinces.lookup(unit.name, on=day)
        assert found.current.existed_on(day)
        if unit.existed_on(day):
            assert provinces.get(unit.name, on=day) == unit
            assert found.unit == unit
            assert found.is_current


def test_kien_giang_before_and_after():
    assert provinces.lookup("Kiên Giang", on=date(2024, 6, 1)).is_current
    later = provinces.lookup("Kiên Giang", on=date(2025, 8, 1))
    assert (later.unit.key, later.current.key, later.is_current) == (
        "kien-giang", "an-giang-2025", False
    )  # fmt: skip
    with pytest.raises(UnitNotInForceError) as info:
        provinces.get("Kien Giang", on=date(2025, 8, 1))
    assert isinstance(info.value, UnknownProvinceError)
    assert "is part of An Giang (from 2025-07-01)" in str(info.value)


def test_same_name_two_units():
    old, new = provinces.get("An Giang"), provinces.get("An Giang", on=AFTER)
    assert (old.key, new.key) == ("an-giang", "an-giang-2025")
    assert old != new
    assert new.seat == "Rạch Giá"
    assert [p.key for p in provinces.parts(new)] == ["an-giang", "kien-giang"]
    assert provinces.get("Thanh Hoá", on=AFTER) is provinces.get("Thanh Hóa")  # unchanged: one unit


def test_hue_became_a_city_on_1_january_2025():
    assert provinces.get("Thừa Thiên Huế").valid_until == date(2024, 12, 31)
    assert provinces.lookup("Thừa Thiên Huế", on=AFTER).current.key == "hue"


def test_not_in_the_registry():
    with pytest.raises(UnknownProvinceError, match="unknown province 'Paris'"):
        provinces.lookup("Paris", on=date(2024, 1, 1))
    with pytest.raises(UnknownProvinceError):  # a former unit (split_from), not a registry unit
        provinces.by_key("ha-bac")
    with pytest.raises(UnknownProvinceError):
        provinces.get("Hà Bắc")


@pytest.mark.parametrize("plan", plans.load_all(), ids=lambda p: p.key)
def test_plans_resolve_to_the_unit_of_their_date(plan):
    if plan.province is None:
        pytest.skip("the plan names no province")
    assert plan.province.existed_on(plan.document.issued or date(2024, 12, 31))
    assert plan.province.valid_from is None  # a unit from before the reorganisation


def test_codes_carry_their_source():
    raw = resources.files("vnhealthplan").joinpath("data/provinces.toml").read_text("utf-8")
    data = tomllib.loads(raw)
    coded = [row for row in data["unit"] if "code" in row]
    assert len(coded) == 13
    for row in coded:
        assert row["code_source"], row["key"]
        if row["code_source"] in data["source"]:  # Decision 19/2025: a quoted table row
            assert row["code_source"] in row["sources"]
            assert f" {row['code']} " in data["source"][row["code_source"]]["quote"]
            assert "valid_until" not in row  # codes of the units that exist from 1 July 2025
    assert provinces.get("Lào Cai", on=AFTER).code == "15"  # the merged unit's new code
    assert provinces.get("Lào Cai").code is None  # the old unit's code was not sourced
