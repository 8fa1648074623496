"""vnhealthplan.frames: one owner of every frame's columns; records to frames and back."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from vnhealthplan import Plan, Target, plans
from vnhealthplan.audit import audit, findings_frame
from vnhealthplan.export import export_tables
from vnhealthplan.frames import (
    TABLES,
    assignments_frame,
    column_label,
    columns,
    facilities_frame,
    observation_records_frame,
    observations_frame,
    observations_from_frame,
    table_title,
    targets_frame,
)
from vnhealthplan.gaps import gaps_frame
from vnhealthplan.report import plan_gaps, plan_observations, plan_progress

RECORD_FRAMES = [
    (targets_frame, "targets", "targets"),
    (observations_frame, "observations", "observations"),
    (facilities_frame, "facilities", "facilities"),
    (assignments_frame, "assignments", "assignments"),
]


@pytest.mark.parametrize(("to_frame", "table", "records"), RECORD_FRAMES)
def test_every_bundled_plan_frames_with_the_table_columns(to_frame, table, records):
    for plan in plans.load_all():
        frame = to_frame(plan)
        assert tuple(frame.columns) == columns(table)
        assert len(frame) == len(getattr(plan, records))


def _cells(frame: pd.DataFrame) -> list[list[object]]:
    return frame.astype(object).where(frame.notna(), None).to_numpy().tolist()


@pytest.mark.parametrize(("to_frame", "table", "records"), RECORD_FRAMES)
def test_several_plans_give_their_rows_one_after_another(to_frame, table, records):
    all_plans = plans.load_all()
    together = to_frame(all_plans)
    apart = pd.concat([to_frame(p) for p in all_plans], ignore_index=True)
    # pandas may infer another dtype (NaN for None) for a text column all None in one plan
    assert _cells(together) == _cells(apart)
    assert list(together["plan"].unique()) == [p.key for p in all_plans if getattr(p, records)]


@pytest.mark.parametrize(("to_frame", "table", "records"), RECORD_FRAMES)
def test_a_frame_of_no_plans_keeps_its_columns(to_frame, table, records):
    frame = to_frame([])
    assert frame.empty
    assert tuple(frame.columns) == columns(table)


@pytest.mark.parametrize("to_frame", [f for f, _, _ in RECORD_FRAMES])
def test_anything_but_plans_is_refused(to_frame):
    target = plans.load("dak-lak-2024").targets[0]
    with pytest.raises(
        TypeError, match=r"\.plans: got Target\(.*\); expected a Plan or Plan objects"
    ):
        to_frame([target])


def test_the_analysis_frames_take_their_columns_from_frames():
    an_giang = plans.load("an-giang-2018")
    assert tuple(gaps_frame(an_giang, an_giang).columns) == columns("gaps")
    assert tuple(plan_gaps(an_giang).columns) == columns("gaps")
    with_counts = gaps_frame(an_giang, an_giang, population={"An Giang": 2_000_000})
    assert tuple(with_counts.columns) == columns("gaps") + columns("gap_counts")
    assert tuple(plan_progress(an_giang).columns) == columns("progress")
    assert tuple(findings_frame(audit(an_giang)).columns) == columns("audit")
    records = observation_records_frame(an_giang)
    assert tuple(records.columns) == columns("observation_records")


def test_plan_observations_are_the_plans_and_the_reference_ones():
    observed = plan_observations(plans.load("an-giang-2018"))
    assert [(o.indicator.code, o.year) for o in observed] == [
        ("health_insurance_coverage", 2017),
        ("population", 2019),
    ]


def test_observation_records_read_back():
    original = plans.load("an-giang-2018")
    back = observations_from_frame(observation_records_frame(original))
    assert [o.value for o in back] == [o.value for o in original.observations]


def test_export_titles_and_headers_come_from_frames():
    tables = export_tables(plans.load("thanh-hoa-2023"), lang="vi", gaps=False, audit=False)
    for table in tables:
        assert table.title == table_title(table.name, "vi")
        assert table.headers[0].startswith(column_label(table.name, table.frame.columns[0], "vi"))


def test_an_unknown_table_is_named():
    with pytest.raises(KeyError, match="table 'target': expected one of targets, observations"):
        columns("target")
    assert "gaps" in TABLES


@pytest.mark.parametrize(
    "name", ["targets_frame", "facilities_frame", "assignments_frame", "observations_frame",
             "audit", "from_file", "to_file"],
)  # fmt: skip
def test_the_model_no_longer_frames_audits_or_reads_files(name):
    assert not hasattr(Plan, name)
    assert not hasattr(Target, "from_phrase")


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_importing_the_package_loads_neither_the_catalogue_nor_pandas():
    code = (
        "import sys, vnhealthplan; print(sorted(m for m in ('pandas', "
        "'vnhealthplan.data.indicators', 'vnhealthplan.analysis.frames') if m in sys.modules))"
    )
    assert _run(code) == "[]"


def test_targets_for_without_the_catalogue_suggests_the_plans_own_codes():
    code = """
from vnhealthplan import Document, Indicator, Period, Plan, Target
from vnhealthplan.errors import UnknownIndicatorError
beds = Indicator("beds_here", "Giường", "Beds", "bed", "higher", numerator="beds")
plan = Plan("x", Document("-", "-"), targets=[Target(beds, 5, Period.year(2025), "=")])
print(len(plan.targets_for("beds_here")))
try:
    plan.targets_for("beds_her")
except UnknownIndicatorError as err:
    print(err)
"""
    assert _run(code).splitlines() == [
        "1",
        "unknown indicator 'beds_her'; did you mean 'beds_here'?",
    ]
