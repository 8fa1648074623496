"""Problems found by the eighth trial (a donor comparing provinces in a notebook)."""

from __future__ import annotations

import sys
from datetime import date

import pandas as pd
import pyarrow as pa
import pytest

from vnhealthplan import frames, plans
from vnhealthplan.display import STATUSES, assignment_status
from vnhealthplan.errors import MissingDependencyError, PlanDataError, WrongTypeError
from vnhealthplan.export import read_observations
from vnhealthplan.observations import observations_from_frame
from vnhealthplan.progress import progress_frame
from vnhealthplan.rebase import RebaseError, rebase_frame
from vnhealthplan.rollup import rollup

ROWS = {
    "base_value": [76.5],
    "base_year": [2017],
    "latest_value": [76.5],
    "latest_year": [2017],
    "target": [95.0],
    "target_year": [2025],
    "direction": [1],
}


@pytest.fixture
def no_narwhals(monkeypatch: pytest.MonkeyPatch) -> None:
    """As after ``pip install ".[all]"``: narwhals ships with the engines extras only."""
    monkeypatch.setitem(sys.modules, "narwhals", None)


@pytest.mark.usefixtures("no_narwhals")
def test_progress_frame_on_pandas_and_pyarrow_needs_no_narwhals() -> None:
    assert progress_frame(pd.DataFrame(ROWS), method="unsd")["status"].tolist() == ["not_assessed"]
    table = progress_frame(pa.table(ROWS), method="unsd")
    assert table.column("status").to_pylist() == ["not_assessed"]


@pytest.mark.usefixtures("no_narwhals")
def test_rollup_of_an_arrow_table_without_narwhals_names_the_extra() -> None:
    table = pa.table({"beds": [5130.0], "population": [1_768_966]})
    with pytest.raises(MissingDependencyError, match="polars"):
        rollup(table, None, count="beds")


def test_assignments_across_plans_with_province_and_status_on_a_day() -> None:
    day = date(2026, 12, 5)
    frame = plans.assignments_frame(as_of=day)
    assert list(frame.columns) == ["plan", "province", *frames.columns("assignments")[1:], "status"]
    expected = [
        STATUSES[assignment_status(a, day)].label("en")
        for p in plans.load_all()
        for a in p.assignments
    ]
    assert frame["status"].tolist() == expected
    assert frame["status"].cat.categories.tolist() == [
        "done", "overdue", "product issued", "not yet due", "no due date"
    ]  # fmt: skip
    overdue = frame.loc[frame["status"] == "overdue"]
    assert set(overdue["province"]) == {"Thanh Hóa"}
    assert len(overdue) == 3  # and 4 whose product was issued (not overdue, as the audit says)
    assert (frame["status"] == "product issued").sum() == 4
    national = frame.loc[frame["plan"] == "unattributed-kbcb-2024", "province"]
    assert len(national) == 9
    assert all(v is pd.NA for v in national)
    vi = plans.assignments_frame("vi", as_of=day)
    assert (vi["status"] == "quá hạn").sum() == 3
    # Without a day the frame is as before.
    assert list(plans.assignments_frame().columns) == list(frames.columns("assignments"))


def test_assignments_as_of_must_be_a_day() -> None:
    with pytest.raises(WrongTypeError, match="as_of"):
        plans.assignments_frame(as_of="2026-12-05")  # type: ignore[arg-type]


def test_observations_take_units_as_the_vietnamese_tables_write_them(tmp_path) -> None:
    frame = pd.DataFrame({
        "province": ["Thanh Hóa"] * 3,
        "indicator": ["doctors_per_10k", "imr", "beds_per_10k"],
        "year": [2019, 2020, 2020],
        "value": [8.8, 12.0, 30.0],
        "unit": ["bác sĩ/vạn dân", "‰", "giường bệnh/vạn dân"],
    })  # fmt: skip
    expected = ["doctor / ten_thousand_people", "death / thousand_live_births",
                "bed / ten_thousand_people"]  # fmt: skip
    read = observations_from_frame(frame)
    assert [str(o.value.units) for o in read] == expected
    path = tmp_path / "so-lieu.csv"
    frame.to_csv(path, index=False)
    assert read_observations(path) == read


def test_a_unit_of_another_indicator_is_still_refused() -> None:
    frame = pd.DataFrame({"province": ["Thanh Hóa"] * 2, "indicator": ["doctors_per_10k"] * 2,
                          "year": [2019, 2020], "value": [8.8, 9.8],
                          "unit": ["giường bệnh/vạn dân", "con mèo"]})  # fmt: skip
    with pytest.raises(PlanDataError) as info:
        observations_from_frame(frame)
    assert "row 0: unit = 'giường bệnh/vạn dân': expected a unit of doctors_per_10k's" in str(
        info.value
    )
    assert "row 1: unit = 'con mèo': expected a unit of vnhealthplan.ureg" in str(info.value)


def test_rebase_frame_takes_plans_of_several_merged_units() -> None:
    merged = [p for p in plans.load_all() if p.province and p.province.merged_into]
    frame = rebase_frame(merged)
    assert list(frame["into"].unique()) == ["an-giang-2025", "dak-lak-2025", "quang-ngai-2025"]
    for plan in merged:
        alone = rebase_frame(plan)
        assert frame[frame["into"] == alone["into"][0]].reset_index(drop=True).equals(alone)


def test_a_plan_naming_no_province_is_named_when_rebased() -> None:
    with pytest.raises(RebaseError, match="unattributed-kbcb-2024 names no province"):
        rebase_frame(plans.load("unattributed-kbcb-2024"))
