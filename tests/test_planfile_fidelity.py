"""Plan files keep exactly what a plan holds: provinces per record, permissions, odd input."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest

from vnhealthplan import (
    Baseline,
    Document,
    Facility,
    Observation,
    Period,
    Plan,
    PlanDataError,
    Scope,
    Target,
    indicators,
    provinces,
    ureg,
)
from vnhealthplan.analysis.audit import check_contradiction, check_weaker_than_baseline
from vnhealthplan.planfile import read_plan, write_plan

DOC = Document("Kế hoạch năm 2024", "Sở Y tế Đắk Lắk", issued=date(2024, 3, 1))
Y2024 = Period.year(2024)


@pytest.fixture
def dak_lak():
    return provinces.get("Đắk Lắk")


def round_trip(plan, tmp_path):
    path = tmp_path / "plan.toml"
    write_plan(plan, path)
    return read_plan(path)


def test_records_without_a_province_stay_without(tmp_path, dak_lak):
    plan = Plan(
        "x",
        DOC,
        province=dak_lak,
        targets=[Target(indicators.get("imr"), 22, Y2024, "<")],
        observations=[Observation(indicators.get("commune_stations"), 173, Y2024)],
        facilities=[Facility("Bệnh viện Đa khoa tỉnh", "general_hospital")],
    )
    assert round_trip(plan, tmp_path) == plan


def test_records_naming_their_own_province_keep_it(tmp_path, dak_lak):
    thanh_hoa = provinces.get("Thanh Hóa")
    plan = Plan(
        "national-2024",
        DOC,
        targets=[Target(indicators.get("imr"), 22, Y2024, "<", scope=Scope(province=dak_lak))],
        observations=[
            Observation(indicators.get("commune_stations"), 173, Y2024, province=thanh_hoa)
        ],
        facilities=[Facility("Bệnh viện Mắt", "specialised_hospital", province=thanh_hoa)],
    )
    back = round_trip(plan, tmp_path)
    assert back == plan
    assert back.targets[0].scope.province == dak_lak
    assert back.observations[0].province == thanh_hoa
    assert back.facilities[0].province == thanh_hoa


def test_new_file_permissions_follow_the_umask(tmp_path):
    plan = Plan("x", DOC)
    path = tmp_path / "plan.toml"
    old = os.umask(0o022)
    try:
        write_plan(plan, path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_overwriting_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "plan.toml"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    write_plan(Plan("x", DOC), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert read_plan(path).key == "x"


def test_source_text_must_be_a_path(tmp_path):
    path = tmp_path / "plan.toml"
    path.write_text(
        'schema = 1\nkey = "x"\nsource_text = 5\n[document]\ntitle = "t"\nissuer = "i"\n',
        encoding="utf-8",
    )
    with pytest.raises(PlanDataError) as info:
        read_plan(path)
    (problem,) = info.value.problems
    assert (problem.field, problem.value) == ("source_text", 5)


def test_byte_order_mark_is_tolerated(tmp_path):
    path = tmp_path / "plan.toml"
    text = 'schema = 1\nkey = "x"\n[document]\ntitle = "t"\nissuer = "i"\n'
    path.write_bytes("\ufeff".encode() + text.encode("utf-8"))
    assert read_plan(path).key == "x"


def test_bad_scope_field_is_named_with_its_table(tmp_path):
    path = tmp_path / "plan.toml"
    path.write_text(
        'schema = 1\nkey = "x"\n[document]\ntitle = "t"\nissuer = "i"\n'
        '[[target]]\nindicator = "imr"\nvalue = 22\ncomparator = "<"\nperiod = "2024"\n'
        'scope = { tier = "tuyến vũ trụ" }\n',
        encoding="utf-8",
    )
    with pytest.raises(PlanDataError) as info:
        read_plan(path)
    (problem,) = info.value.problems
    assert (problem.record, problem.field, problem.value) == (
        "target[1]",
        "scope.tier",
        "tuyến vũ trụ",
    )


def test_same_target_in_two_units_is_no_contradiction():
    share = indicators.get("stations_with_doctor")
    plan = Plan(
        "x",
        DOC,
        targets=[
            Target(share, 0.7, Y2024, "="),
            Target(share, ureg.Quantity(7, "permille"), Y2024, "="),
        ],
    )
    assert check_contradiction(plan) == []


def test_baseline_in_another_unit_is_not_weaker():
    share = indicators.get("stations_with_doctor")
    baseline = Baseline(ureg.Quantity(7, "permille"), Period.year(2023))
    plan = Plan("x", DOC, targets=[Target(share, 0.7, Y2024, "=", baseline=baseline)])
    assert check_weaker_than_baseline(plan) == []


def test_every_bad_field_of_one_record_is_reported(tmp_path):
    path = tmp_path / "plan.toml"
    path.write_text(
        'schema = 1\nkey = "x"\n[document]\ntitle = "t"\nissuer = "i"\n'
        '[[target]]\nindicator = "imr"\nvalue = 22\ncomparator = "=<"\nperiod = "2024-Q5"\n'
        'kind = "more"\nscope = { tier = "tuyến vũ trụ" }\n',
        encoding="utf-8",
    )
    with pytest.raises(PlanDataError) as info:
        read_plan(path)
    fields = [(p.record, p.field) for p in info.value.problems]
    # In the schema's order of the fields (comparator, kind, period, scope).
    assert fields == [
        ("target[1]", "comparator"),
        ("target[1]", "kind"),
        ("target[1]", "period"),
        ("target[1]", "scope.tier"),
    ]


def test_every_bad_field_of_facilities_and_assignments_is_reported():
    from vnhealthplan.planfile import plan_from_dict

    data = {
        "schema": 1,
        "key": "x",
        "document": {"title": "t", "issuer": "i"},
        "facility": [{"name": "BV", "kind": "hospital", "beds": -1, "autonomy_group": 7}],
        "assignment": [{"due_date": "2025"}],
    }
    with pytest.raises(PlanDataError) as info:
        plan_from_dict(data)
    assert [(p.record, p.field, p.value) for p in info.value.problems] == [
        ("facility[1]", "kind", "hospital"),
        ("facility[1]", "beds", -1),
        ("facility[1]", "autonomy_group", 7),
        ("assignment[1]", "due_date", "2025"),
        ("assignment[1]", "task", None),
        ("assignment[1]", "lead", None),
    ]


def test_targets_for_a_code_the_plan_defines_itself():
    from vnhealthplan import plans

    (target,) = plans.load("an-giang-2018").targets_for("private_hospitals")
    assert (target.kind.value, target.comparator.value) == ("change", "range")
