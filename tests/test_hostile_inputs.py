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


def _book(tmp_path, rows, setup=None):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "observations"
    for row in [["Tỉnh", "Mã chỉ tiêu", "Năm", "Giá trị"], *rows]:
        sheet.append(row)
    if setup is not None:
        setup(sheet)
    path = tmp_path / "so-lieu.xlsx"
    book.save(path)
    return path


def test_a_formula_saved_without_its_result_is_refused_where_it_is(tmp_path):
    """Before: a province formula with no saved result read as no province (row 2 became an
    observation of no province, in silence); a value formula as 'expected a finite number'."""
    path = _book(tmp_path, [["=A3", "imr", 2024, 12], ["Thanh Hóa", "imr", 2023, "=10+3"]])
    with pytest.raises(PlanDataError) as caught:
        read_observations(path)
    assert [(p.record, p.value) for p in caught.value.problems] == [
        ("observations!A2", "=A3"),
        ("observations!D3", "=10+3"),
    ]
    with options.language("vi"):
        assert "công thức = '=A3': cần một giá trị" in str(caught.value)


def test_a_formula_whose_saved_result_is_empty_text_is_read_as_empty(tmp_path):
    """Excel saves =IF(...;"") as t="str" with an empty result: that is a result, not none."""
    import zipfile

    path = _book(tmp_path, [["Thanh Hóa", "imr", 2024, 12]])
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace(
        "</row></sheetData>", '<c r="E2" t="str"><f>IF(1=2,"x","")</f><v></v></c></row></sheetData>'
    )
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert [o.value.magnitude for o in read_observations(path)] == [12]


def test_a_row_repeated_with_the_province_spelt_another_way_is_reported(tmp_path):
    """Before: "Thanh Hóa" and "Thanh Hoá" (the accent on another letter) were two keys, and
    both values were read (the gaps then refused them, far from the file's rows)."""
    path = _book(tmp_path, [["Thanh Hóa", "imr", 2024, 12], ["Thanh Hoá", "imr", 2024, 14]])
    with pytest.raises(PlanDataError, match="row 2 gives this one already"):
        read_observations(path)


@pytest.mark.parametrize("cell", ["1e400", "1e-400", "1e999999999999"])
def test_a_huge_exponent_is_refused_by_name_at_once(cell):
    """Before: "1e400" raised a bare OverflowError, "1e-400" advised "write 0", and
    "1e999999999999" computed a power of ten digit by digit (minutes, gigabytes)."""
    frame = pd.DataFrame(
        {"province": ["Đắk Lắk"], "indicator": ["beds_per_10k"], "year": [2024], "value": [cell]}
    )
    with pytest.raises(PlanDataError) as caught:
        observations_from_frame(frame)
    said = caught.value.problems[0].said("en")
    assert "not in scientific notation" in said
    assert "write" not in said, said
