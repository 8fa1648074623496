"""Every record frame has the curator's notes, in the frame's language (session 10, ux10).

Before: ``targets_frame`` and ``assignments_frame`` had no ``notes`` column though every
target and assignment has ``notes``/``notes_vi``; observations and facilities had theirs.
"""

from __future__ import annotations

import pytest

from vnhealthplan import frames, plans
from vnhealthplan.export import export_tables
from vnhealthplan.frames import (
    assignments_frame,
    facilities_frame,
    observations_frame,
    targets_frame,
)


@pytest.mark.parametrize("table", ["targets", "observations", "facilities", "assignments"])
def test_notes_come_just_before_the_source_columns(table):
    columns = frames.columns(table)
    assert columns[-4:] == ("notes", "section", "quote", "reading")


@pytest.mark.parametrize(
    ("lang", "start"),
    [("vi", "Giá trị cơ sở: cuối năm 2017"), ("en", "Baseline: end of 2017")],
)
def test_target_notes_in_the_frames_language(lang, start):
    frame = targets_frame(plans.load("an-giang-2018"), lang)
    row = frame[(frame.indicator == "health_insurance_coverage") & (frame.year == 2020)]
    assert row["notes"].iloc[0].startswith(start)


@pytest.mark.parametrize(
    ("lang", "start"), [("vi", "Thời hạn 'Quý IV/2022'."), ("en", "Due 'Quý IV/2022'.")]
)
def test_assignment_notes_in_the_frames_language(lang, start):
    assert assignments_frame(plans.load("thanh-hoa-2023"), lang)["notes"][0].startswith(start)
    assert plans.assignments_frame(lang)["notes"].str.startswith(start).any()


def test_assignment_notes_default_to_english_like_the_other_frames():
    plan = plans.load("unattributed-kbcb-2024")
    assert assignments_frame(plan)["notes"][0] == "Assigned by UBND tỉnh."
    assert assignments_frame(plan, "vi")["notes"][0] == "Do UBND tỉnh giao."


def test_every_frame_shows_vietnamese_notes_in_vietnamese():
    plan = plans.load("thanh-hoa-2023")
    for build in (targets_frame, observations_frame, facilities_frame, assignments_frame):
        vi, en = build(plan, "vi")["notes"], build(plan, "en")["notes"]
        assert (vi != en).any(), build.__name__


def test_export_heads_the_notes_in_vietnamese():
    tables = {t.name: t for t in export_tables(plans.load("thanh-hoa-2023"), lang="vi")}
    for name in ("targets", "assignments"):
        assert "Ghi chú" in tables[name].headers
    assert tables["assignments"].frame["notes"][0].startswith("Thời hạn")
