"""The bundled plans: loading, caching, immutability, provenance, figures and round trips."""

from __future__ import annotations

import re
import shutil
import tomllib
from datetime import date
from importlib import resources

import attrs
import pytest

from vnhealthplan import Period, Plan, TargetKind, Tier, plans
from vnhealthplan.frames import (
    assignments_frame,
    facilities_frame,
    observations_frame,
    targets_frame,
)
from vnhealthplan.planfile import plan_from_dict, plan_to_dict, read_plan, write_plan
from vnhealthplan.plans import UnknownPlanError

KEYS = plans.available()
FOLDER = resources.files("vnhealthplan").joinpath("data/plans")


def records(plan: Plan):
    """Every sourced record of *plan*, with a label: targets, baselines, the rest."""
    for i, t in enumerate(plan.targets, start=1):
        yield f"target[{i}]", t
        if t.baseline is not None:
            yield f"target[{i}].baseline", t.baseline
    for name in ("observations", "facilities", "assignments"):
        for i, r in enumerate(getattr(plan, name), start=1):
            yield f"{name}[{i}]", r


def collapse(text: str) -> str:
    return " ".join(text.split())


def values(plan: Plan, code: str, year: int | None = None) -> list[float]:
    return [float(t.value.magnitude) for t in plan.targets_for(code, year)]


# ---- the list of plans ----------------------------------------------------------------------


def test_available_is_sorted_and_names_the_seed_plans():
    assert list(KEYS) == sorted(KEYS)
    assert set(KEYS) >= {
        "an-giang-2018",
        "dak-lak-2024",
        "quang-ngai-2023",
        "thanh-hoa-2023",
        "unattributed-kbcb-2024",
    }
    assert all(FOLDER.joinpath(f"{key}.toml").is_file() for key in KEYS)


def test_load_all_has_every_key():
    loaded = plans.load_all()
    assert tuple(p.key for p in loaded) == KEYS
    assert all(p is plans.load(p.key) for p in loaded)


@pytest.mark.parametrize("bad", ["thanh-hoa", "dak-lak-2025", "", "DAK-LAK-2024"])
def test_unknown_plan(bad):
    with pytest.raises(UnknownPlanError) as info:
        plans.load(bad)
    err = info.value
    assert isinstance(err, LookupError)
    assert (err.key, err.known) == (bad, KEYS)
    assert str(err).startswith(f"unknown plan {bad!r}")
    assert all(repr(key) in str(err) for key in KEYS)
    with pytest.raises(UnknownPlanError):
        plans.source_text(bad)


def test_unknown_plan_suggests_the_close_key():
    with pytest.raises(UnknownPlanError, match=r"did you mean 'thanh-hoa-2023'\?"):
        plans.load("thanh-hoa")


# ---- each plan ------------------------------------------------------------------------------


@pytest.mark.parametrize("key", KEYS)
class TestEachPlan:
    def test_loads(self, key):
        plan = plans.load(key)
        assert isinstance(plan, Plan)
        assert plan.key == key
        assert plan.targets or plan.observations or plan.assignments

    def test_cached(self, key):
        assert plans.load(key) is plans.load(key)

    def test_immutable(self, key):
        plan = plans.load(key)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            plan.key = "other"  # type: ignore[misc]
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            plan.targets = ()  # type: ignore[misc]
        assert isinstance(plan.targets, tuple)
        if plan.targets:
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                plan.targets[0].value = 0  # type: ignore[misc]

    def test_every_record_is_sourced(self, key):
        plan = plans.load(key)
        for label, record in records(plan):
            source = record.source
            assert source is not None, label
            assert source.section.strip(), label
            assert source.quote.strip(), label
            assert source.document == plan.document, label

    def test_every_quote_occurs_in_the_source_text(self, key):
        # Checked here from the shipped text, independently of the loader's own check.
        text = collapse(plans.source_text(key))
        missing = [
            (label, r.source.quote)
            for label, r in records(plans.load(key))
            if collapse(r.source.quote) not in text
        ]
        assert missing == []

    def test_source_text_is_the_file_the_plan_names(self, key):
        data = tomllib.loads(FOLDER.joinpath(f"{key}.toml").read_text(encoding="utf-8"))
        shipped = FOLDER.joinpath(data["source_text"]).read_text(encoding="utf-8")
        assert plans.source_text(key) == shipped
        assert len(shipped) > 1000

    def test_round_trip_without_the_text(self, key, tmp_path):
        plan = plans.load(key)
        path = tmp_path / f"{key}.toml"
        write_plan(plan, path)
        assert "source_text" not in tomllib.loads(path.read_text(encoding="utf-8"))
        assert read_plan(path) == plan

    def test_round_trip_with_the_text(self, key, tmp_path):
        plan = plans.load(key)
        name = tomllib.loads(FOLDER.joinpath(f"{key}.toml").read_text(encoding="utf-8"))[
            "source_text"
        ]
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        with resources.as_file(FOLDER.joinpath(name)) as text_file:
            shutil.copy(text_file, tmp_path / name)
        path = tmp_path / f"{key}.toml"
        write_plan(plan, path, source_text=name)
        assert read_plan(path) == plan  # every quote is checked again on reading

    def test_dict_round_trip_checks_quotes(self, key):
        plan = plans.load(key)
        data = plan_to_dict(plan)
        assert plan_from_dict(data, text=plans.source_text(key)) == plan

    def test_frames_have_one_row_per_record(self, key):
        plan = plans.load(key)
        assert len(targets_frame(plan)) == len(plan.targets)
        assert len(observations_frame(plan)) == len(plan.observations)
        assert len(facilities_frame(plan)) == len(plan.facilities)
        assert len(assignments_frame(plan)) == len(plan.assignments)
        assert targets_frame(plan)["quote"].notna().all()


# ---- provinces --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "province"),
    [
        ("an-giang-2018", "An Giang"),
        ("dak-lak-2024", "Đắk Lắk"),
        ("quang-ngai-2023", "Quảng Ngãi"),
        ("thanh-hoa-2023", "Thanh Hóa"),
    ],
)
def test_province(key, province):
    plan = plans.load(key)
    assert plan.province is not None
    assert plan.province.name == province
    assert set(targets_frame(plans.load(key))["province"]) <= {province}


def test_unattributed_plan_claims_no_province():
    plan = plans.load("unattributed-kbcb-2024")
    assert plan.province is None
    assert all(t.scope.province is None and t.province is None for t in plan.targets)
    assert all(o.province is None and o.scope.province is None for o in plan.observations)
    assert all(f.province is None for f in plan.facilities)
    assert targets_frame(plan)["province"].isna().all()
    data = tomllib.loads(FOLDER.joinpath("unattributed-kbcb-2024.toml").read_text(encoding="utf-8"))
    assert "province" not in data
    assert (plan.document.number, plan.document.issued, plan.document.place) == (None,) * 3


# ---- figures certain from the texts --------------------------------------------------------


def test_dak_lak_table_rows():
    plan = plans.load("dak-lak-2024")
    text = plans.source_text("dak-lak-2024")
    table = text[text.index("I. CÁC CHỈ TIÊU") : text.index("II. MỤC TIÊU")]
    rows = [int(m) for m in re.findall(r"^(\d+)\t", table, flags=re.MULTILINE)]
    assert rows == list(range(1, 13))
    # Twelve numbered rows, and row 7 has two sub-rows (tuyến tỉnh, tuyến huyện).
    assert len(plan.targets) == 14
    sections = {t.source.section for t in plan.targets}
    assert {f"I. CÁC CHỈ TIÊU, dòng {n}" for n in rows} <= sections
    assert all(t.year == 2024 for t in plan.targets)
    assert (plan.document.number, plan.document.issued) == (None, None)


def test_dak_lak_beds_add_up():
    plan = plans.load("dak-lak-2024")
    beds = {t.scope.tier: t.value.magnitude for t in plan.targets_for("total_beds", 2024)}
    assert beds == {None: 5130, Tier.PROVINCE: 2430, Tier.DISTRICT: 2700}
    assert beds[None] == beds[Tier.PROVINCE] + beds[Tier.DISTRICT]
    assert values(plan, "beds_per_10k", 2024) == [29]
    assert values(plan, "doctors_per_10k", 2024) == [7.7]
    (birth,) = plan.targets_for("crude_birth_rate")
    assert (birth.kind, birth.value.magnitude) == (TargetKind.CHANGE, -0.2)


def test_unattributed_budget_adds_up(Q):
    plan = plans.load("unattributed-kbcb-2024")
    budget = plan.targets_for("plan_budget")
    assert all(t.period == Period.years(2024, 2025) for t in budget)
    amounts = sorted(t.value for t in budget)
    assert amounts == [
        Q(289900, "million_dong"),
        Q(567590, "million_dong"),
        Q(857490, "million_dong"),
    ]
    assert amounts[0] + amounts[1] == amounts[2]


def test_thanh_hoa_beds():
    plan = plans.load("thanh-hoa-2023")
    assert values(plan, "beds_per_10k", 2030) == [39]
    assert values(plan, "beds_per_10k", 2045) == [40]
    assert str(plan.targets_for("beds_per_10k")[0].value.units) == "bed / ten_thousand_people"
    assert (plan.document.number, plan.document.issued) == ("132/KH-SYT", date(2023, 10, 14))


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("beds_per_10k", 27),
        ("doctors_per_10k", 10),
        ("pharmacists_per_10k", 1.6),
        ("nurses_per_10k", 25),
    ],
)
def test_an_giang_2025_staffing(code, value):
    plan = plans.load("an-giang-2018")
    assert values(plan, code, 2025) == [pytest.approx(value)]
    (target,) = plan.targets_for(code, 2025)
    assert str(target.value.units).endswith("/ ten_thousand_people")
    assert target.source.section == "III.2.1"


def test_quang_ngai_commune_stations():
    plan = plans.load("quang-ngai-2023")
    stations = [o for o in plan.observations if o.indicator.code == "commune_stations"]
    assert [(o.value.magnitude, o.year) for o in stations] == [(173, 2023)]
    assert stations[0].province is None  # the plan's own province, not restated per record
    assert observations_frame(plan)["province"].unique().tolist() == ["Quảng Ngãi"]
    assert "173 Trạm Y tế xã" in stations[0].source.quote


def test_plan_write_and_read(tmp_path):
    plan = plans.load("thanh-hoa-2023")
    path = tmp_path / "thanh-hoa.toml"
    write_plan(plan, path)
    assert read_plan(path) == plan


@pytest.mark.parametrize("key", KEYS)
def test_scope_descriptions_are_the_plans_words(key):
    """A scope's description is shown as Vietnamese (lang="vi") under either language: the
    plan's own words, an English gloss at most in brackets after them (Thanh Hóa's district
    centres said "Trung tâm y tế huyện in the province")."""
    plan = plans.load(key)
    english = re.compile(r"\b(the|of|and|in|province|with)\b")
    words = [
        re.sub(r"\([^)]*\)", "", r.scope.description) for r in (*plan.targets, *plan.observations)
    ]
    assert [w for w in words if english.search(w)] == []
