"""A department's files as hostile input: what the public readers do with each trap.

Each test names what the reader did before it was fixed (session 9)."""

from __future__ import annotations

import pandas as pd
import pytest

from vnhealthplan import options, plans
from vnhealthplan.errors import PlanDataError, WrongTypeError
from vnhealthplan.export import read_observations
from vnhealthplan.forms import read_form
from vnhealthplan.observations import observations_from_frame
from vnhealthplan.report import gaps_report, plan_report, progress_report


@pytest.mark.parametrize("read", [read_form, read_observations])
@pytest.mark.parametrize("name", ["missing.csv", "missing.xlsx"])
def test_a_missing_file_is_a_package_error_naming_its_path(tmp_path, read, name):
    """Before: a bare FileNotFoundError (read_form's .xlsx, both readers' .csv)."""
    path = tmp_path / name
    with pytest.raises(PlanDataError) as caught:
        read(path)
    assert str(path) in str(caught.value)
    assert "expected an existing file" in str(caught.value)
    with options.language("vi"):
        said = str(caught.value)
    assert str(path) in said
    assert "cần một tệp có thật" in said, said


@pytest.mark.parametrize("read", [read_form, read_observations])
@pytest.mark.parametrize("name", ["folder.csv", "folder.xlsx"])
def test_a_folder_is_a_package_error_naming_its_path(tmp_path, read, name):
    """Before: a bare IsADirectoryError for a folder named *.csv."""
    path = tmp_path / name
    path.mkdir()
    with pytest.raises(PlanDataError) as caught:
        read(path)
    assert str(path) in str(caught.value)
    assert "a folder" in str(caught.value)
    with options.language("vi"):
        assert "thư mục" in str(caught.value)


@pytest.mark.parametrize("report", [plan_report, gaps_report, progress_report])
@pytest.mark.parametrize("codes", ["no", 1, None])
def test_the_codes_flag_of_a_report_is_a_bool(report, codes):
    """Before: any truthy value added the code column ("no" did)."""
    with pytest.raises(WrongTypeError, match="codes"):
        report(plans.load("an-giang-2018"), "vi", width=100, codes=codes)


def _frame(values, unit=None):
    rows = {"province": "Thanh Hóa", "indicator": "health_insurance_coverage",
            "year": range(2020, 2020 + len(values)), "value": values}  # fmt: skip
    if unit is not None:
        rows["unit"] = unit
    return pd.DataFrame(rows)


def test_a_frame_reads_a_percent_sign_as_the_forms_do():
    """Before: "96,4%" was refused in a frame ("a unit goes in the 'unit' column") while
    read_observations and read_form read it."""
    read = observations_from_frame(_frame(["96,4%", "96.4 %", "96,4"]))
    assert [o.value.magnitude for o in read] == [96.4, 96.4, 96.4]
    assert {str(o.value.units) for o in read} == {"percent"}
    read = observations_from_frame(_frame(["96,4%"], unit="%"))
    assert read[0].value.magnitude == 96.4


def test_a_frame_refuses_a_percent_sign_in_a_row_of_another_unit():
    frame = pd.DataFrame({"province": ["Thanh Hóa"], "indicator": ["total_beds"],
                          "year": [2024], "value": ["96,4%"]})  # fmt: skip
    with pytest.raises(PlanDataError) as caught:
        observations_from_frame(frame)
    assert "remove the % sign" in str(caught.value)
    with options.language("vi"):
        assert "bỏ dấu %" in str(caught.value)
