"""National targets and statistics as model objects, and the comparison of plans."""

from __future__ import annotations

import pytest

from vnhealthplan import Observation, Scope, Target, options, plans, reference


def test_national_targets_are_sourced_targets():
    targets = reference.national_targets()
    assert targets
    for target in targets:
        assert isinstance(target, Target)
        assert target.source is not None
        assert target.source.quote.strip()
        # the restating page is named, and says whether it is news quoting the text
        assert "quoting the text" in target.source.document.notes or (
            "primary text" in target.source.document.notes
        )


def test_decision_201_workforce_targets():
    # "đến năm 2025 đạt 33 giường bệnh …; 15 bác sĩ …; 3,4 dược sĩ … và 25 điều dưỡng"
    values = {
        (t.indicator.code, t.year): t.value.magnitude
        for t in reference.national_targets()
        if t.source.document.title.startswith("Quyết định 201/QĐ-TTg")
    }
    assert values[("beds_per_10k", 2025)] == 33
    assert values[("doctors_per_10k", 2025)] == 15
    assert values[("pharmacists_per_10k", 2025)] == 3.4
    assert values[("nurses_per_10k", 2025)] == 25
    assert values[("beds_per_10k", 2050)] == 45


def test_national_observations_are_sorted_and_sourced():
    observed = reference.national_observations("doctors_per_10k")
    assert all(isinstance(o, Observation) for o in observed)
    assert [o.year for o in observed] == sorted(o.year for o in observed)
    assert (2020, 9.8) in [(o.year, o.value.magnitude) for o in observed]


def test_unknown_indicator_is_refused():
    with pytest.raises(LookupError):
        reference.national_targets("beds_per_10")


def test_compare_targets_puts_plans_beside_national_instruments():
    table = reference.compare_targets("doctors_per_10k")
    assert list(table.columns) == ["who", "year", "comparator", "value", "unit", "source"]
    assert table["year"].is_monotonic_increasing
    rows = set(zip(table["who"], table["year"], table["value"], strict=True))
    assert ("Thanh Hóa", 2030, 15.0) in rows  # "Số bác sĩ 10.000 dân: 15 bác sĩ"
    assert ("Đắk Lắk", 2024, 7.7) in rows  # "Số bác sỹ/vạn dân ... 7,7"
    assert ("Quyết định 201/QĐ-TTg", 2030, 19.0) in rows
    assert set(table["unit"]) == {"doctor / ten_thousand_people"}


def test_compare_targets_on_chosen_plans():
    table = reference.compare_targets("beds_per_10k", bundled=(plans.load("dak-lak-2024"),))
    assert set(table["source"]) == {"dak-lak-2024", "national"}


def test_reference_frame_has_every_row():
    frame = reference.reference_frame()
    assert len(frame) == frame["key"].nunique() >= 50
    assert frame["quote"].str.len().min() > 0


def test_audit_flags_targets_weaker_than_national():
    from vnhealthplan import Document, Period, Plan, indicators
    from vnhealthplan.analysis.audit import check_weaker_than_national

    doc = Document("Kế hoạch", "Sở Y tế")
    beds = indicators.get("beds_per_10k")
    plan = Plan(
        "x",
        doc,
        targets=[
            Target(beds, 29, Period.year(2025), "="),  # below 30 (Res. 20) and 33 (QĐ 201)
            Target(beds, 36, Period.year(2030), "="),  # above 32 and 35: nothing to say
            # lower is better: Resolution 20 wants infant mortality down to 12,5‰ by 2025
            Target(indicators.get("imr"), 22, Period.year(2025), "<"),
        ],
    )
    findings = check_weaker_than_national(plan)
    assert [f.severity for f in findings] == ["info", "info", "info"]
    beds_findings, imr_findings = findings[:2], findings[2:]
    assert all("beds_per_10k 2025: target 29 is below" in f.message for f in beds_findings)
    assert {f.message.split(" set by ")[1][:21] for f in beds_findings} == {
        "Nghị quyết 20-NQ/TW n",
        "Quyết định 201/QĐ-TTg",
    }
    assert imr_findings[0].message.startswith("imr 2025: target < 22 is above")
    assert all(len(f.quotes) == 1 for f in findings)  # the national target's quote


def _national_plan(*targets):
    from vnhealthplan import Document, Plan

    return Plan("x", Document("Kế hoạch", "Sở Y tế"), targets=targets)


@pytest.mark.parametrize(
    ("comparator", "value", "flagged"),
    [
        ("=", 30, False),  # Res. 20 asks for 30 beds by 2025: equal is not weaker
        (">=", 30, False),
        (">", 29.5, True),  # accepts 29.6, below 30
        ("~", 20, False),  # "about" sets no single bound: not compared
        ("<", 50, False),  # against the indicator's direction: not compared
    ],
)
def test_weaker_than_national_reads_the_comparator(comparator, value, flagged):
    from vnhealthplan import Period, indicators
    from vnhealthplan.analysis.audit import check_weaker_than_national

    beds = indicators.get("beds_per_10k")
    plan = _national_plan(Target(beds, value, Period.year(2025), comparator))
    messages = [f.message for f in check_weaker_than_national(plan)]
    resolution_20 = [m for m in messages if "20-NQ/TW" in m]
    assert bool(resolution_20) is flagged


def test_weaker_than_national_compares_like_scopes_only():
    from vnhealthplan import Period, indicators
    from vnhealthplan.analysis.audit import check_weaker_than_national

    beds = indicators.get("beds_per_10k")
    provincial_tier = Target(beds, 10, Period.year(2025), "=", scope=Scope(tier="tuyến tỉnh"))
    assert check_weaker_than_national(_national_plan(provincial_tier)) == []


def test_provincial_populations_are_counts_of_the_old_provinces():
    observed = reference.provincial_populations()
    assert [(o.province.name, o.year) for o in observed] == [
        ("Thanh Hóa", 2024),
        ("An Giang", 2019),
    ]
    assert all(o.indicator.code == "population" for o in observed)
    # "Tổng cục Thống kê" method, as the provincial statistics office stated it
    assert "3.764.241" in observed[0].source.quote


def test_thanh_hoa_beds_needed_for_its_2030_target_at_its_2024_population():
    from vnhealthplan.rollup import counts_needed

    target = plans.load("thanh-hoa-2023").targets_for("beds_per_10k", 2030)[0]
    population = reference.provincial_populations()[0].value
    result = counts_needed(target, population)
    assert round(result.required.magnitude) == 14_681  # 39 × 376.4241


@pytest.mark.parametrize(("lang", "unnamed"), [("vi", "(không nêu tỉnh)"),
                                               ("en", "(province not named)")])  # fmt: skip
def test_compare_targets_names_a_plan_without_province_in_its_language(lang, unnamed):
    """Before: "(province not named)" in English under Vietnamese."""
    with options.language(lang):
        table = reference.compare_targets("beds_per_10k")
    assert unnamed in set(table["who"])
    other = reference.compare_targets("beds_per_10k", lang="en" if lang == "vi" else "vi")
    assert unnamed not in set(other["who"])
