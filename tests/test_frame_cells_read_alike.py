"""observations_from_frame and read_observations read the same value cells the same way."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from vnhealthplan.analysis.frames.observed import observations_from_frame
from vnhealthplan.errors import PlanDataError
from vnhealthplan.export import read_observations

CELLS = ["8,8", "80,1", "76.5", "5130", " 17,6 "]
BAD = ["5.130", "27,4 giường", "abc"]


def _frame(value: object) -> pd.DataFrame:
    return pd.DataFrame({"province": ["Thanh Hóa"], "indicator": ["beds_per_10k"],
                         "year": [2024], "value": [value]})  # fmt: skip


def _file(tmp_path: Path, value: str) -> Path:
    path = tmp_path / "o.csv"
    path.write_text(f'province,indicator,year,value\nThanh Hóa,beds_per_10k,2024,"{value}"\n',
                    encoding="utf-8")  # fmt: skip
    return path


@pytest.mark.parametrize("cell", CELLS)
def test_same_number(tmp_path: Path, cell: str) -> None:
    (from_frame,) = observations_from_frame(_frame(cell))
    (from_file,) = read_observations(_file(tmp_path, cell))
    assert from_frame.value.magnitude == from_file.value.magnitude


@pytest.mark.parametrize("cell", BAD)
def test_same_refusal(tmp_path: Path, cell: str) -> None:
    with pytest.raises(PlanDataError) as frame_err:
        observations_from_frame(_frame(cell))
    with pytest.raises(PlanDataError) as file_err:
        read_observations(_file(tmp_path, cell))
    (frame_problem,) = frame_err.value.problems
    (file_problem,) = file_err.value.problems
    assert frame_problem.message == file_problem.message
    assert frame_problem.field == file_problem.field == "value"
