"""Problems found by the eighth trial (a donor comparing provinces in a notebook)."""

from __future__ import annotations

import sys
from datetime import date

import pandas as pd
import pyarrow as pa
import pytest

from vnhealthplan import frames, plans
from vnhealthplan.display import STATUSES, assignment_status
from vnhealthplan.errors import MissingDependencyError, WrongTypeError
from vnhealthplan.progress import progress_frame
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
        "done", "overdue", "not yet due", "no due date"
    ]  # fmt: skip
    overdue = frame.loc[frame["status"] == "overdue"]
    assert set(overdue["province"]) == {"Thanh Hóa"}
    assert len(overdue) == 7
    national = frame.loc[frame["plan"] == "unattributed-kbcb-2024", "province"]
    assert len(national) == 9
    assert all(v is pd.NA for v in national)
    vi = plans.assignments_frame("vi", as_of=day)
    assert (vi["status"] == "quá hạn").sum() == 7
    # Without a day the frame is as before.
    assert list(plans.assignments_frame().columns) == list(frames.columns("assignments"))


def test_assignments_as_of_must_be_a_day() -> None:
    with pytest.raises(WrongTypeError, match="as_of"):
        plans.assignments_frame(as_of="2026-12-05")  # type: ignore[arg-type]
