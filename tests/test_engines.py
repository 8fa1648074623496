"""gaps_frame, rollup and progress_frame on every engine give what pandas gives.

Each engine's tests are skipped only if its package is missing. Dask runs under a
dask.distributed LocalCluster (threads, several partitions). Results are compared after
converting them to pandas, here in the tests only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pandas as pd
import pytest

from vnhealthplan import frames, plans
from vnhealthplan.analysis import engines
from vnhealthplan.analysis.planstatus import plan_observations
from vnhealthplan.errors import PlanDataError, ValidationError
from vnhealthplan.gaps import gaps_frame
from vnhealthplan.progress import progress_arrays, progress_frame
from vnhealthplan.rollup import rollup

# The populations stated in vnhealthplan.rollup's examples: Đắk Lắk, the 1,768,966 people
# its 2024 table implies; Thanh Hóa, 3,764,241 (GSO, end of 2024).
POPULATION = {"Đắk Lắk": 1_768_966, "Thanh Hóa": 3_764_241}


@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(  # dashboard on a free port: runs may overlap
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
    )
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def _polars(frame: pd.DataFrame) -> Any:
    pl = pytest.importorskip("polars")
    return pl.from_pandas(frame)


def _polars_lazy(frame: pd.DataFrame) -> Any:
    return _polars(frame).lazy()


def _pyarrow(frame: pd.DataFrame) -> Any:
    pa = pytest.importorskip("pyarrow")
    return pa.Table.from_pandas(frame, preserve_index=False)


def _duckdb(frame: pd.DataFrame) -> Any:
    duckdb = pytest.importorskip("duckdb")
    return duckdb.from_arrow(_pyarrow(frame))


def _dask(frame: pd.DataFrame) -> Any:
    dd = pytest.importorskip("dask.dataframe")
    return dd.from_pandas(frame, npartitions=3)


MAKERS: dict[str, Callable[[pd.DataFrame], Any]] = {
    "polars": _polars, "polars-lazy": _polars_lazy, "pyarrow": _pyarrow, "duckdb": _duckdb,
    "dask": _dask,
}  # fmt: skip


@pytest.fixture(params=list(MAKERS))
def make(request: pytest.FixtureRequest) -> Callable[[pd.DataFrame], Any]:
    pytest.importorskip("narwhals")
    if request.param == "dask":
        request.getfixturevalue("dask_client")
    return MAKERS[request.param]


def _to_pandas(frame: Any) -> pd.DataFrame:
    """The result as pandas, whatever its engine (tests only)."""
    if isinstance(frame, pd.DataFrame):
        return frame
    for name in ("compute", "collect", "df"):  # dask, polars lazy, duckdb
        if hasattr(frame, name) and not hasattr(frame, "to_pandas"):
            frame = getattr(frame, name)()
            break
    if hasattr(frame, "collect") and hasattr(frame, "explain"):  # polars LazyFrame
        frame = frame.collect()
    out = frame if isinstance(frame, pd.DataFrame) else frame.to_pandas()
    return out.reset_index(drop=True)


def _cells(frame: pd.DataFrame) -> list[list[Any]]:
    """Rows with every kind of missing value as None and numbers as floats."""

    def cell(v: Any) -> Any:
        if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
            return None
        if isinstance(v, bool | np.bool_):
            return bool(v)
        return float(v) if isinstance(v, int | float | np.number) else str(v)

    return [[cell(v) for v in row] for row in frame.astype(object).itertuples(index=False)]


def _same(result: Any, expected: pd.DataFrame) -> None:
    """Same columns and cells; sums may differ in the last bits (another summation order)."""
    got = _to_pandas(result)
    assert list(got.columns) == list(expected.columns)
    rows, wanted = _cells(got), _cells(expected.reset_index(drop=True))
    assert len(rows) == len(wanted)
    for row, want in zip(rows, wanted, strict=True):
        assert row == [pytest.approx(w, rel=1e-12) if isinstance(w, float) else w for w in want]


# ---- the gap frame ---------------------------------------------------------------------


def _bundled() -> tuple[list[Any], pd.DataFrame]:
    """Every bundled plan, and their observations of the whole province as a frame."""
    ps = [plans.load(key) for key in plans.available()]
    obs = [o for p in ps for o in plan_observations(p)]
    frame = frames.observation_records_frame(obs)
    return ps, frame[["province", "indicator", "year", "value", "unit"]]


def test_gaps_frame_is_the_same_on_every_engine(make: Any) -> None:
    ps, obs = _bundled()
    expected = gaps_frame(ps, obs, population=POPULATION)
    assert expected["observed"].notna().sum() > 0  # the comparison includes observed rows
    _same(gaps_frame(ps, make(obs), population=POPULATION), expected)


def test_gaps_frame_targets_as_a_frame_give_that_engine(make: Any) -> None:
    an_giang = plans.load("an-giang-2018")
    targets = frames.targets_frame(an_giang)
    obs = frames.observation_records_frame(plan_observations(an_giang))
    expected = gaps_frame(targets, obs[["province", "indicator", "year", "value"]])
    result = gaps_frame(make(targets), make(obs[["province", "indicator", "year", "value"]]))
    assert engines.engine_of(result) == engines.engine_of(make(targets))
    _same(result, expected)


def test_bad_observation_rows_are_all_named_in_the_engine(make: Any) -> None:
    obs = pd.DataFrame({  # An Giang's 76,5 % with a year that is no year, and a NaN value
        "province": ["An Giang", "An Giang"], "indicator": ["health_insurance_coverage"] * 2,
        "year": [2017.5, 2018.0], "value": [76.5, np.nan],
    })  # fmt: skip
    with pytest.raises(PlanDataError) as info:
        gaps_frame(plans.load("an-giang-2018"), make(obs))
    text = str(info.value)
    assert "An Giang/health_insurance_coverage/2017.5" in text
    assert "year = 2017.5" in text
    assert "expected a finite number" in text


def test_text_values_are_refused_in_the_engine(make: Any) -> None:
    obs = pd.DataFrame({"province": ["An Giang"], "indicator": ["health_insurance_coverage"],
                        "year": [2017], "value": ["76,5"]})  # fmt: skip
    with pytest.raises(ValidationError, match=r"observations\.value"):
        gaps_frame(plans.load("an-giang-2018"), make(obs))


def test_differing_observations_of_one_year_are_refused(make: Any) -> None:
    obs = pd.DataFrame({"province": ["An Giang"] * 2,
                        "indicator": ["health_insurance_coverage"] * 2,
                        "year": [2017, 2017], "value": [76.5, 80.0]})  # fmt: skip
    with pytest.raises(PlanDataError, match="differs"):
        gaps_frame(plans.load("an-giang-2018"), make(obs))


def test_pandas_and_objects_still_give_the_pandas_frame() -> None:
    an_giang = plans.load("an-giang-2018")
    frame = gaps_frame(an_giang, an_giang)
    assert isinstance(frame, pd.DataFrame)
    assert frame.attrs["tolerance"] == 0.05


# ---- the roll-up -----------------------------------------------------------------------


def _counts() -> pd.DataFrame:
    """The counts the bundled per-person targets mean, one row per target with a count."""
    ps, obs = _bundled()
    frame = gaps_frame(ps, obs, population=POPULATION)
    frame = frame[frame["required_count"].notna()]
    return frame[["plan", "province", "indicator", "required_count", "population"]]


@pytest.mark.parametrize("by", ["indicator", ["plan", "indicator"]])
def test_rollup_is_the_same_on_every_engine(make: Any, by: Any) -> None:
    counts = _counts()
    assert len(counts) > 3
    expected = rollup(counts, by, count="required_count").reset_index()
    _same(rollup(make(counts), by, count="required_count"), expected)


def test_rollup_of_everything_is_one_group_all(make: Any) -> None:
    counts = _counts()
    expected = rollup(counts, None, count="required_count").reset_index(names="group")
    _same(rollup(make(counts), None, count="required_count"), expected)


def test_rollup_keeps_nan_and_leaves_out_rows_without_a_group(make: Any) -> None:
    frame = pd.DataFrame({"province": ["Đắk Lắk", "Đắk Lắk", "Thanh Hóa", None],
                          "beds": [2430.0, 2700.0, np.nan, 1.0],
                          "population": [1_768_966, 0, 3_764_241, 5]})  # fmt: skip
    expected = rollup(frame, "province", count="beds").reset_index()
    assert expected.set_index("province")["beds"].isna().to_dict() == {
        "Thanh Hóa": True, "Đắk Lắk": False}  # fmt: skip
    _same(rollup(make(frame), "province", count="beds"), expected)


def test_rollup_refuses_missing_and_text_columns(make: Any) -> None:
    frame = pd.DataFrame({"province": ["Đắk Lắk"], "beds": ["5.130"], "population": [1]})
    with pytest.raises(ValueError, match=r"expected the columns \['doctors'\]"):
        rollup(make(frame), "province", count="doctors")
    with pytest.raises(TypeError, match="expected a column of numbers"):
        rollup(make(frame), "province", count="beds")


# ---- progress --------------------------------------------------------------------------


def _progress_rows() -> pd.DataFrame:
    """An Giang's insurance targets (90 % 2020, 95 % 2025 and 2030) from its 76,5 % of 2017,
    with a *hypothetical* 80 % in 2019, and with no later figure."""
    targets = plans.load("an-giang-2018").targets_for("health_insurance_coverage")
    rows = [
        {"base_value": 76.5, "base_year": 2017, "latest_value": latest, "latest_year": year,
         "target": float(t.value.magnitude), "target_year": t.year, "direction": 1}
        for t in targets for latest, year in ((80.0, 2019), (76.5, 2017))
    ]  # fmt: skip
    return pd.DataFrame(rows)


@pytest.mark.parametrize("method", ["opensdg", "unsd"])
def test_progress_frame_is_the_same_on_every_engine(make: Any, method: str) -> None:
    rows = _progress_rows()
    expected = progress_frame(rows, method=method)
    r = progress_arrays(*(rows[c] for c in engines.PROGRESS_COLUMNS), method=method)
    assert expected["status"].tolist() == r.keys().tolist()
    assert len(set(expected["status"])) > 1
    _same(progress_frame(make(rows), method=method), expected)


def test_progress_frame_needs_its_columns(make: Any) -> None:
    rows = _progress_rows().drop(columns="target")
    with pytest.raises(ValidationError, match="missing: 'target'"):
        progress_frame(make(rows))
