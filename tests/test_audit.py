"""The audit: each check on hand-built plans, the bundled plans' findings, the frame."""

from __future__ import annotations

from datetime import date

import attrs
import pandas as pd
import pytest

from vnhealthplan import (
    Assignment,
    Baseline,
    Document,
    Facility,
    Indicator,
    Period,
    Plan,
    Scope,
    Source,
    Target,
    indicators,
    plans,
)
from vnhealthplan.audit import CHECKS, Finding, audit, findings_frame

Y2023, Y2024, Y2025 = Period.year(2023), Period.year(2024), Period.year(2025)
ISSUED = date(2023, 10, 14)
DOC = Document("Kế hoạch", "Sở Y tế Thanh Hóa", number="132/KH-SYT", issued=ISSUED)
UNDATED = attrs.evolve(DOC, number=None, issued=None)
FRAME_COLUMNS = ["plan", "check", "severity", "message", "value", "sections", "quotes"]

DOCTORS = Indicator(
    "doctors", "Số bác sĩ", "Doctors", "doctor", "higher", numerator="doctors", minimum=0
)


def ind(code):
    return indicators.get(code)


def src(section, quote=None):
    return Source(DOC, section, quote or f"quote {section}")


def beds(value, tier=None, period=Y2024, comparator="=", section="7"):
    return Target(
        ind("total_beds"), value, period, comparator, scope=Scope(tier=tier), source=src(section)
    )


def plan_of(*targets, document=DOC, **records):
    return Plan("hand-built", document, targets=targets, **records)


def run(check, plan):
    return CHECKS[check](plan)


# ---- parts_sum -------------------------------------------------------------------------------


def test_parts_that_add_up():
    plan = plan_of(
        beds(5130, section="7"),
        beds(2430, "province", section="7a"),
        beds(2700, "district", section="7b"),
    )
    (finding,) = run("parts_sum", plan)
    assert (finding.plan, finding.check, finding.severity) == ("hand-built", "parts_sum", "info")
    assert finding.message == "total_beds 2024: 2,430 + 2,700 = 5,130 bed"
    assert finding.value == 5130
    assert finding.sections == ("7", "7a", "7b")
    assert finding.quotes == ("quote 7", "quote 7a", "quote 7b")


def test_parts_that_do_not_add_up():
    plan = plan_of(beds(2430, "province"), beds(5000), beds(2700, "district"))
    (finding,) = run("parts_sum", plan)
    assert finding.severity == "warning"
    assert finding.message == "total_beds 2024: 2,430 + 2,700 ≠ 5,000 bed"
    assert finding.value == 5130


def test_total_in_another_unit(Q):
    budget = ind("plan_budget")
    targets = [
        Target(budget, Q(v, "million_dong"), Period.years(2024, 2025), "=") for v in (100, 200, 300)
    ]
    total = Target(budget, Q(0.6, "billion_dong"), Period.years(2024, 2025), "=")
    (finding,) = run("parts_sum", plan_of(*targets, total))
    assert finding.severity == "info"
    assert finding.message == "plan_budget 2024-2025: 100 + 200 + 300 = 600 million_dong"


@pytest.mark.parametrize(
    "targets",
    [
        pytest.param([beds(5130), beds(2430, "province")], id="two targets"),
        pytest.param(
            [beds(5130), beds(2430, "province", comparator=">="), beds(2700, "district")],
            id="not all '='",
        ),
        pytest.param(
            [beds(5130), beds(2430, "province", period=Y2025), beds(2700, "district")],
            id="two periods",
        ),
        pytest.param(
            [
                Target(ind("beds_per_10k"), v, Y2024, "=", scope=Scope(tier=t))
                for v, t in ((29, None), (14, "province"), (15, "district"))
            ],
            id="ratios do not add up",
        ),
    ],
)
def test_no_parts_sum(targets):
    assert run("parts_sum", plan_of(*targets)) == []


# ---- implied population ----------------------------------------------------------------------


def test_implied_population():
    ratio = Target(ind("beds_per_10k"), 29, Y2024, "=", source=src("8"))
    (finding,) = run("implied_population", plan_of(beds(5130), ratio, beds(2430, "province")))
    assert (finding.check, finding.severity) == ("implied_population", "info")
    assert finding.value == pytest.approx(5130 / 29 * 10_000)
    assert finding.message == (
        "5,130 bed at 29 bed / ten_thousand_people (2024) implies 1,768,966 person"
    )
    assert finding.sections == ("7", "8")


@pytest.mark.parametrize(
    "ratio",
    [
        pytest.param(Target(ind("beds_per_10k"), 29, Y2025, "="), id="other period"),
        pytest.param(Target(ind("doctors_per_10k"), 7.7, Y2024, "="), id="other thing"),
        pytest.param(
            Target(ind("beds_per_10k"), 29, Y2024, "=", scope=Scope(tier="province")), id="tier"
        ),
        pytest.param(Target(ind("beds_per_10k"), 1, Y2024, "=", "change"), id="a change"),
    ],
)
def test_no_implied_population(ratio):
    assert run("implied_population", plan_of(beds(5130), ratio)) == []


@pytest.mark.parametrize(("doctors", "spread"), [(1049, False), (1051, True), (2000, True)])
def test_implied_population_spread(doctors, spread):
    plan = plan_of(
        beds(1000),
        Target(ind("beds_per_10k"), 10, Y2024, "="),
        Target(DOCTORS, doctors, Y2024, "="),
        Target(ind("doctors_per_10k"), 10, Y2024, "="),
    )
    findings = run("implied_population", plan)
    people = sorted(f.value for f in findings if f.check == "implied_population")
    assert people == pytest.approx([1_000_000, doctors * 1000])
    warnings = [f for f in findings if f.check == "implied_population_spread"]
    assert len(warnings) == int(spread)
    if spread:
        (warning,) = warnings
        assert warning.severity == "warning"
        assert warning.value == pytest.approx(doctors / 1000 - 1)
        assert warning.message.startswith(
            f"count and ratio targets imply populations from 1,000,000 to {doctors * 1000:,}"
        )
        assert (warning.sections, warning.quotes) == ((), ())


# ---- stated_count ----------------------------------------------------------------------------


def hospitals(n, rank="I"):
    return [Facility(f"Bệnh viện {i}", "general_hospital", rank=rank) for i in range(n)]


@pytest.mark.parametrize(("listed", "severity"), [(9, "info"), (8, "warning"), (0, "warning")])
def test_stated_count(listed, severity):
    target = Target(ind("rank_one_hospitals"), 9, Y2025, "=", source=src("II.2.5"))
    plan = plan_of(target, facilities=hospitals(listed) + hospitals(2, rank="II"))
    (finding,) = run("stated_count", plan)
    assert (finding.check, finding.severity, finding.value) == ("stated_count", severity, listed)
    assert finding.message == (
        f"rank_one_hospitals 2025: the plan states 9; it lists {listed} facilities at rank I"
    )


def test_stated_count_ignores_changes():
    target = Target(ind("rank_one_hospitals"), 4, Y2025, "=", "change")
    assert run("stated_count", plan_of(target, facilities=hospitals(3))) == []


# ---- past_deadline ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "past"),
    [
        (Period.quarter(2022, 4), True),  # Thanh Hóa's appendix row 1: "Quý IV/2022"
        (Period.quarter(2023, 3), True),
        (Period.day(date(2023, 10, 13)), True),
        (Period.day(ISSUED), False),
        (Period.quarter(2023, 4), False),
        (Period.years(2022, 2023), False),
        (None, False),
    ],
)
def test_past_deadline_assignments(due, past):
    task = Assignment("Chính sách thu hút", lead="Phòng TCVH", due=due, source=src("PL 1"))
    findings = run("past_deadline", plan_of(assignments=[task]))
    assert len(findings) == int(past)
    if past:
        (finding,) = findings
        assert finding.severity == "warning"
        assert finding.message == (
            f"assignment due {due.code} (ends {due.end}) is before the plan's issue date "
            "2023-10-14: Chính sách thu hút"
        )
        assert finding.sections == ("PL 1",)


@pytest.mark.parametrize(("period", "past"), [(Period.year(2022), True), (Y2023, False)])
def test_past_deadline_targets(period, past):
    target = Target(ind("imr"), 22, period, "<")
    findings = run("past_deadline", plan_of(target))
    assert [f.message for f in findings] == (
        [f"target imr for {period.code} is due before the plan's issue date 2023-10-14"]
        if past
        else []
    )


def test_no_deadlines_without_an_issue_date():
    task = Assignment("Chính sách", lead="Phòng TCVH", due=Period.quarter(2022, 4))
    plan = plan_of(
        Target(ind("imr"), 22, Period.year(2020), "<"), document=UNDATED, assignments=[task]
    )
    assert run("past_deadline", plan) == []


# ---- weaker_than_baseline --------------------------------------------------------------------


def with_baseline(code, value, base, kind="level", comparator="="):
    baseline = Baseline(ind(code).quantity(base), Period.year(2020))
    return Target(ind(code), value, Y2025, comparator, kind, baseline=baseline)


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (
            with_baseline("beds_per_10k", 25, 27),
            "beds_per_10k 2025: target 25 is below the baseline 27 (2020) though higher is better",
        ),
        (
            with_baseline("imr", 22, 20, comparator="<"),
            "imr 2025: target 22 is above the baseline 20 (2020) though lower is better",
        ),
    ],
)
def test_weaker_than_baseline(target, message):
    (finding,) = run("weaker_than_baseline", plan_of(target))
    assert (finding.severity, finding.message) == ("warning", message)


@pytest.mark.parametrize(
    "target",
    [
        with_baseline("beds_per_10k", 30, 27),
        with_baseline("beds_per_10k", 27, 27),
        with_baseline("imr", 18, 20),
        with_baseline("imr", 20, 20),
        with_baseline("crude_birth_rate", 18, 16),  # neutral: no better way
        with_baseline("crude_birth_rate", 14, 16),
        with_baseline("plan_budget", 100, 900),
        with_baseline("beds_per_10k", 25, 27, kind="maintain"),
        with_baseline("crude_birth_rate", -0.2, 16, kind="change"),
    ],
)
def test_not_weaker_than_baseline(target):
    assert run("weaker_than_baseline", plan_of(target)) == []


def test_baseline_in_another_unit(Q):
    baseline = Baseline(Q(1800, "death / hundred_thousand_live_births"), Period.year(2020))
    target = Target(ind("imr"), 22, Y2025, "<", baseline=baseline)
    (finding,) = run("weaker_than_baseline", plan_of(target))
    assert "target 22 is above the baseline 18 (2020)" in finding.message


# ---- contradiction ---------------------------------------------------------------------------


def beds_ratio(value, comparator="=", period=Y2024, tier=None, kind="level", section="8"):
    return Target(
        ind("beds_per_10k"),
        value,
        period,
        comparator,
        kind,
        scope=Scope(tier=tier),
        source=src(section),
    )


def test_contradiction():
    plan = plan_of(beds_ratio(30, section="I"), beds_ratio(29, section="II"))
    (finding,) = run("contradiction", plan)
    assert (finding.check, finding.severity) == ("contradiction", "warning")
    assert finding.message == "beds_per_10k 2024: the plan sets different targets: = 29; = 30"
    assert finding.sections == ("I", "II")


def test_contradiction_in_the_comparator():
    (finding,) = run("contradiction", plan_of(beds_ratio(29, ">="), beds_ratio(29, "=")))
    assert finding.message.endswith(": = 29; ≥ 29")


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(beds_ratio(29, section="II"), id="the same target twice"),
        pytest.param(beds_ratio(30, tier="province"), id="other scope"),
        pytest.param(beds_ratio(30, period=Y2025), id="other period"),
        pytest.param(beds_ratio(1, kind="change"), id="other kind"),
    ],
)
def test_no_contradiction(other):
    assert run("contradiction", plan_of(beds_ratio(29), other)) == []


# ---- audit, findings and the frame -----------------------------------------------------------


def test_audit_runs_every_check_in_order():
    assert list(CHECKS) == [
        "parts_sum",
        "implied_population",
        "stated_count",
        "past_deadline",
        "weaker_than_baseline",
        "weaker_than_national",
        "contradiction",
    ]
    plan = plan_of(
        beds(5130),
        beds(2430, "province"),
        beds(2700, "district"),
        Target(ind("beds_per_10k"), 29, Y2024, "="),
        beds_ratio(30),
        Target(ind("imr"), 22, Period.year(2022), "<"),
    )
    findings = audit(plan)
    assert isinstance(findings, tuple)
    assert [f.check for f in findings] == [
        "parts_sum",
        "implied_population",  # 5,130 beds at 29 per 10,000
        "implied_population",  # and at 30: 3 % apart, no spread warning
        "past_deadline",
        "contradiction",
    ]
    assert audit(plan) == findings
    assert audit(plan_of()) == ()


@pytest.mark.parametrize(
    ("field", "kwargs"),
    [
        ("plan", {"plan": ""}),
        ("check", {"check": " "}),
        ("severity", {"severity": "fatal"}),
        ("message", {"message": None}),
    ],
)
def test_finding_validation(field, kwargs):
    args = {"plan": "p", "check": "c", "severity": "info", "message": "m"} | kwargs
    with pytest.raises(ValueError, match=field):  # attrs raises ValueError for severity
        Finding(**args)


def test_finding_is_frozen():
    finding = Finding("p", "c", "info", "m", sections=["a"], quotes="q")
    assert (finding.sections, finding.quotes, finding.value) == (("a",), ("q",), None)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        finding.severity = "error"  # type: ignore[misc]


def test_findings_frame():
    plan = plan_of(
        beds(5130, section="7"),
        beds(2430, "province", section="7a"),
        beds(2700, "district", section="7b"),
    )
    frame = findings_frame(audit(plan))
    assert list(frame.columns) == FRAME_COLUMNS
    row = frame.iloc[0]
    assert (row["plan"], row["check"], row["severity"], row["value"]) == (
        "hand-built",
        "parts_sum",
        "info",
        5130,
    )
    assert row["sections"] == "7 | 7a | 7b"
    assert row["quotes"] == "quote 7 | quote 7a | quote 7b"
    empty = findings_frame([])
    assert list(empty.columns) == FRAME_COLUMNS
    assert empty.empty


# ---- the bundled plans -----------------------------------------------------------------------


def test_dak_lak():
    parts, people = audit(plans.load("dak-lak-2024"))
    assert (parts.check, parts.severity, parts.value) == ("parts_sum", "info", 5130)
    assert parts.message == "total_beds 2024: 2,430 + 2,700 = 5,130 bed"
    assert (people.check, people.severity) == ("implied_population", "info")
    assert people.value == pytest.approx(1_768_966, abs=1)
    assert "implies 1,768,966 person" in people.message
    assert people.sections == ("I. CÁC CHỈ TIÊU, dòng 7", "I. CÁC CHỈ TIÊU, dòng 8")


def test_thanh_hoa_row_one_may_be_done_not_late():
    # Due "Quý IV/2022"; its product, Resolution 02/2022/NQ-HĐND (11/12/2022), predates the
    # plan of 14/10/2023: the task may be done, never "late".
    findings = audit(plans.load("thanh-hoa-2023"))
    assert [f for f in findings if f.check == "past_deadline"] == []
    (done,) = [f for f in findings if f.check == "product_before_plan"]
    assert done.severity == "info"
    assert done.sections == ("Phụ lục, dòng 1",)
    assert "Quý IV/2022" in done.quotes[0]
    assert done.message.startswith(
        "assignment due 2022-Q4 (ends 2022-12-31) names as its product Nghị quyết số "
        "02/2022/NQ-HĐND, issued in 2022 (its number), before the plan's issue date 2023-10-14: "
        "the task may be done"
    )


@pytest.mark.parametrize(
    ("product", "check"),
    [
        ("Nghị quyết 311/NQ-HĐND ngày 27/8/2022", "product_before_plan"),
        ("Nghị quyết số 02/2022/NQ-HĐND", "product_before_plan"),
        ("Nghị quyết số 15/2023/NQ-HĐND", "past_deadline"),  # 2023: maybe after 14/10/2023
        ("Nghị quyết ngày 20/10/2023", "past_deadline"),  # after the plan
        ("Kết luận", "past_deadline"),
        (None, "past_deadline"),
    ],
)
def test_product_issued_before_the_plan(product, check):
    task = Assignment(
        "Chính sách thu hút", lead="Phòng TCVH", due=Period.quarter(2022, 4), product=product
    )
    (finding,) = run("past_deadline", plan_of(assignments=[task]))
    assert finding.check == check
    assert finding.severity == ("info" if check == "product_before_plan" else "warning")


def test_completed_before_the_plan_is_not_late():
    task = Assignment(
        "Chính sách thu hút",
        lead="Phòng TCVH",
        due=Period.quarter(2022, 4),
        completed=date(2022, 12, 11),
    )
    assert run("past_deadline", plan_of(assignments=[task])) == []
    late = attrs.evolve(task, completed=date(2023, 11, 1))  # done after the plan
    assert [f.check for f in run("past_deadline", plan_of(assignments=[late]))] == ["past_deadline"]


def test_an_giang_held_only_to_national_targets_in_force():
    findings = audit(plans.load("an-giang-2018"))
    in_force = [f for f in findings if f.check == "weaker_than_national"]
    later = [f for f in findings if f.check == "below_later_national"]
    assert in_force
    assert later
    assert all("20-NQ/TW" in f.message for f in in_force)  # of 25/10/2017, before 27/04/2018
    assert all(f.severity == "info" for f in later)
    assert all("after the plan's issue date 2018-04-27" in f.message for f in later)
    dates = {f.message.split(", of ")[1][:10] for f in later}
    assert dates == {"2019-10-21", "2024-02-27"}  # the 2020 Government plan, Decision 201


def test_undated_plan_says_the_order_is_unknown():
    findings = audit(plans.load("unattributed-kbcb-2024"))
    national = [f for f in findings if f.check == "weaker_than_national"]
    assert national
    assert all("the plan is undated" in f.message for f in national)


def test_unattributed_budget():
    findings = audit(plans.load("unattributed-kbcb-2024"))
    (parts,) = [f for f in findings if f.check == "parts_sum"]
    assert (parts.severity, parts.value) == ("info", 857490)
    assert parts.message == "plan_budget 2024-2025: 289,900 + 567,590 = 857,490 million_dong"
    assert set(parts.sections) == {"đoạn 4"}


@pytest.mark.parametrize("key", plans.available())
def test_bundled_findings_frame(key):
    plan = plans.load(key)
    frame = findings_frame(audit(plan))
    assert list(frame.columns) == FRAME_COLUMNS
    assert len(frame) == len(audit(plan))
    assert set(frame["plan"]) <= {key}
    assert "error" not in set(frame["severity"])
    assert isinstance(frame, pd.DataFrame)
