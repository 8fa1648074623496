"""Problems found by the eighth trial (a donor comparing provinces in a notebook)."""

from __future__ import annotations

import sys

import pandas as pd
import pyarrow as pa
import pytest

from vnhealthplan.errors import MissingDependencyError
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
