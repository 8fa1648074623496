"""A change target is measured from the figure of the year its plan starts, and a target
whose year has passed is judged by the figures up to that year, alike in gaps_frame, the
review, the reports and progress.

Every observed value here is *hypothetical*; the targets are the bundled plans'.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from vnhealthplan import Baseline, Observation, Period, Target, indicators, plans
from vnhealthplan.analysis.gapinputs import start_years
from vnhealthplan.analysis.gapjoin import change_baseline
from vnhealthplan.analysis.planstatus import plan_progress
from vnhealthplan.data.reference import national_observations
from vnhealthplan.frames import targets_frame
from vnhealthplan.gaps import gaps_frame
from vnhealthplan.present.report import gaps_report
from vnhealthplan.present.review.sections import report_parts
from vnhealthplan.progress import progress_status
from vnhealthplan.review import NATIONAL, national_plan, review

AS_OF = date(2026, 1, 31)


@pytest.fixture(scope="module")
def thanh_hoa():
    return plans.load("thanh-hoa-2023")


def _counts(plan, pairs):
    ind = plan.targets_for("rank_one_hospitals")[1].indicator
    return [Observation(ind, n, Period.year(y), province=plan.province) for y, n in pairs]


def _rank_one(frame):
    rows = frame[frame.indicator == "rank_one_hospitals"]
    return rows[rows.kind == "level"].iloc[0], rows[rows.kind == "change"].iloc[0]


def test_thanh_hoa_change_since_2024_is_not_the_change_the_plan_asks_for(thanh_hoa):
    change = thanh_hoa.targets_for("rank_one_hospitals")[1]
    assert (change.kind.value, change.year, change.start_year) == ("change", 2025, 2023)
    frame = gaps_frame(thanh_hoa, _counts(thanh_hoa, [(2024, 7), (2025, 9)]))
    level, moved = _rank_one(frame)
    assert bool(level["met"])  # "= 9" is met by 9 in 2025
    assert moved["met"] is pd.NA  # unknown, never a silent False
    assert np.isnan(moved["baseline"])
    assert moved["baseline_year"] is pd.NA
    assert np.isnan(moved["shortfall"])
    row = int(frame.index[(frame.indicator == "rank_one_hospitals")
                          & (frame.kind == "change")][0])  # fmt: skip
    assert frame.attrs["baselines_needed"] == {row: 2023}


def test_a_figure_of_the_start_year_measures_the_change(thanh_hoa):
    frame = gaps_frame(thanh_hoa, _counts(thanh_hoa, [(2023, 5), (2024, 7), (2025, 9)]))
    _, moved = _rank_one(frame)
    assert (moved["baseline"], moved["baseline_year"]) == (5.0, 2023)
    assert bool(moved["met"])
    assert moved["shortfall"] == 0.0
    assert frame.attrs["baselines_needed"] == {}


def test_the_latest_figure_before_the_start_wins(thanh_hoa):
    pairs = [(2015, 3), (2020, 4), (2022, 6), (2025, 9)]
    _, moved = _rank_one(gaps_frame(thanh_hoa, _counts(thanh_hoa, pairs)))
    assert (moved["baseline"], moved["baseline_year"]) == (6.0, 2022)
    assert not bool(moved["met"])
    assert moved["shortfall"] == 1.0
    found, needed = change_baseline(thanh_hoa.targets_for("rank_one_hospitals")[1],
                                    _counts(thanh_hoa, pairs))  # fmt: skip
    assert (found.year, needed) == (2022, None)


def test_a_target_with_its_own_baseline_is_unchanged(thanh_hoa):
    ind = indicators.get("crude_birth_rate")
    own = Baseline(ind.quantity(15.0), Period.year(2020))
    target = Target(ind, -0.2, Period.year(2024), "=", "change", baseline=own)
    seen = [Observation(ind, v, Period.year(y)) for y, v in ((2022, 14.9), (2024, 14.7))]
    frame = gaps_frame([target], seen)
    assert (frame["baseline"].tolist(), frame["baseline_year"].tolist()) == ([15.0], [2020])
    assert frame["met"].tolist() == [True]  # 14.7 − 15.0 = −0.3 ≤ −0.2
    assert frame.attrs["baselines_needed"] == {}


def test_start_year_of_periods_and_documents():
    an_giang = plans.load("an-giang-2018")  # issued 2018
    assert an_giang.targets_for("private_hospitals")[0].start_year == 2020  # "2021–2025"
    assert {t.start_year for t in an_giang.targets_for("beds_per_10k") if t.year == 2020} == {2018}
    loose = Target(indicators.get("imr"), 22, Period.year(2024), "<")  # no document
    assert loose.start_year == 2024


def test_a_frame_gives_its_start_years(thanh_hoa):
    targets = pd.DataFrame({
        "province": ["Thanh Hóa"] * 3, "indicator": ["rank_one_hospitals"] * 3,
        "year": [2025] * 3, "comparator": ["="] * 3, "kind": ["change"] * 3,
        "value": [4.0] * 3, "start_year": [2023, 2024, None],
    })  # fmt: skip
    obs = pd.DataFrame({"province": "Thanh Hóa", "indicator": "rank_one_hospitals",
                        "year": [2024, 2025], "value": [7.0, 9.0]})  # fmt: skip
    frame = gaps_frame(targets, obs)
    assert frame["met"].isna().tolist() == [True, False, False]
    assert frame["baseline_year"].tolist() == [pd.NA, 2024, 2024]  # none given: its year
    assert frame.attrs["baselines_needed"] == {0: 2023}


def test_a_targets_frame_starts_as_its_plan(thanh_hoa):
    seen = _counts(thanh_hoa, [(2024, 7), (2025, 9)])
    by_frame = gaps_frame(targets_frame(thanh_hoa), seen)  # the issue year read by plan key
    by_plan = gaps_frame(thanh_hoa, seen)
    pd.testing.assert_frame_equal(by_frame, by_plan, check_dtype=False)
    assert by_frame.attrs["baselines_needed"] == by_plan.attrs["baselines_needed"] != {}


def test_many_keys_take_the_binary_search_path():
    # more (province, scope, indicator) keys than the dense look-up table allows
    codes = [f"x{i}" for i in range(1000)]  # 1,000 keys × 2,026 years > 2**20 + 4 rows
    targets = pd.DataFrame({
        "province": "Thanh Hóa", "indicator": codes, "year": 2025, "comparator": "=",
        "kind": "change", "value": 4.0, "start_year": 2023, "unit": "facility",
        "direction": "higher",
    })  # fmt: skip
    obs = pd.DataFrame({
        "province": "Thanh Hóa", "indicator": ["x0"] * 3 + ["x999"] * 3 + ["x5"] * 2,
        "year": [2015, 2023, 2025] * 2 + [2024, 2025],
        "value": [1.0, 5.0, 9.0, 1.0, 6.0, 9.0, 7.0, 9.0],
    })  # fmt: skip
    frame = gaps_frame(targets, obs).set_index("indicator")
    assert frame.loc[["x0", "x999"], "baseline"].tolist() == [5.0, 6.0]
    assert frame.loc[["x0", "x999"], "met"].tolist() == [True, False]
    assert frame.loc["x5", "met"] is pd.NA
    assert frame.attrs["baselines_needed"] == {5: 2023}


def test_the_review_and_its_report_say_which_year_is_needed(thanh_hoa):
    r = review(thanh_hoa, _counts(thanh_hoa, [(2024, 7), (2025, 9)]), as_of=AS_OF)
    level, moved = r.rows_for("rank_one_hospitals")
    assert level.met is True
    assert (moved.met, moved.baseline, moved.baseline_needed) == (None, None, 2023)
    assert "2023 trở về trước" in report_parts(r, "vi").tables[0].note
    assert "figure of 2023 or before" in report_parts(r, "en").tables[0].note
    r = review(thanh_hoa, _counts(thanh_hoa, [(2023, 5), (2024, 7), (2025, 9)]), as_of=AS_OF)
    moved = r.rows_for("rank_one_hospitals")[1]
    assert (moved.met, moved.baseline.year, moved.baseline_needed) == (True, 2023, None)


def test_the_gaps_report_says_which_year_is_needed(thanh_hoa):
    seen = _counts(thanh_hoa, [(2024, 7), (2025, 9)])
    vi = gaps_report(thanh_hoa, "vi", observations=seen, width=200)
    assert "mức thay đổi được tính từ số liệu năm 2023 trở về trước" in vi
    en = gaps_report(thanh_hoa, "en", observations=seen, width=200)
    assert "a change is measured from the figure of 2023 or before" in en


def test_a_past_target_is_judged_by_its_year_everywhere():
    # the national 2020 target of 28 beds per 10,000: 28 in 2020, 34,5 in 2025 (bundled)
    plan = national_plan()
    progress = plan_progress(plan, "en", observations=national_observations())
    beds = progress[(progress.indicator == "beds_per_10k") & (progress.year == 2020)]
    reviewed = review(NATIONAL, as_of=AS_OF).frame()
    row = reviewed[(reviewed.indicator == "beds_per_10k") & (reviewed.year == 2020)]
    gaps = gaps_frame(plan, national_observations())
    gap = gaps[(gaps.indicator == "beds_per_10k") & (gaps.year == 2020)]
    assert beds["latest_year"].tolist() == row["latest_year"].tolist() == [2020]
    assert gap["observed_year"].tolist() == [2020]
    assert beds["latest_value"].tolist() == row["latest"].tolist() == [28.0]
    assert gap["observed"].tolist() == [28.0]
    target = next(t for t in plan.targets if t.indicator.code == "beds_per_10k" and t.year == 2020)
    later = progress_status(target, [(2019, 26.0), (2020, 28.0), (2025, 34.5)], lang="en")
    assert later.year == 2020
    assert later.value == 28.0
    assert later.notes[0].startswith("figures after the target year 2020 not used (2025)")
    vi = progress_status(target, [(2020, 28.0), (2025, 34.5)], lang="vi")
    assert vi.notes[0].startswith("không dùng số liệu sau năm mục tiêu 2020 (2025)")


@pytest.mark.parametrize("key", plans.available())
def test_frame_start_years_follow_the_targets_own_rule(key):
    # one rule (Period.measured_from): a frame without start_year cells gives each target's own
    plan = plans.load(key)
    frame = targets_frame(plan).drop(columns="start_year")
    issued = {key: plan.document.issued.year} if plan.document.issued else {}
    assert start_years(frame, issued).tolist() == [t.start_year for t in plan.targets]
