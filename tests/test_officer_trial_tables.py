"""An officer's observations table typed by hand (trial 11): a province left empty under the
one above is not taken for the plan's, and the messages of empty or odd cells say what the
cell should hold (in Vietnamese and English)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnhealthplan.errors import PlanDataError
from vnhealthplan.export import read_observations


def _table(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "so-lieu.csv"
    path.write_text("province,indicator,year,value,notes\n" + rows, encoding="utf-8")
    return path


def _problems(path: Path) -> list:
    with pytest.raises(PlanDataError) as err:
        read_observations(path)
    return list(err.value.problems)


def test_a_province_left_empty_under_another_is_refused(tmp_path):
    # Typed once per group, as on paper: the empty cells are not the plan's province.
    path = _table(
        tmp_path,
        "Đắk Lắk,beds_per_10k,2024,28.6,ví dụ: số liệu giả định\n"
        ",doctors_per_10k,2024,7.9,ví dụ: số liệu giả định\n"
        "Thanh Hóa,beds_per_10k,2024,28.5,ví dụ: số liệu giả định\n"
        ",doctors_per_10k,2024,13.2,ví dụ: số liệu giả định\n",
    )
    problems = _problems(path)
    assert [(p.record, p.field) for p in problems] == [("row 3", "province"), ("row 5", "province")]
    assert str(problems[1]) == (
        "so-lieu.csv: row 5: province: expected a province, as on the other rows (row 4 "
        "names 'Thanh Hóa'): a province typed once above a group of rows is not carried down; "
        "type it on every row (figures of the whole country go in a file of their own, naming no "
        "province)"
    )
    assert problems[1].said("vi") == (
        "so-lieu.csv: dòng 5: tỉnh: cần tên tỉnh, như ở các dòng khác (dòng 4 ghi "
        "'Thanh Hóa'): tên tỉnh ghi một lần ở trên một nhóm dòng không được hiểu cho các dòng "
        "dưới; hãy ghi ở mọi dòng (số liệu của cả nước để ở một tệp riêng, không ghi tỉnh)"
    )


def test_a_table_naming_no_province_at_all_is_read_as_before(tmp_path):
    path = _table(tmp_path, ",beds_per_10k,2024,28.6,ví dụ: số liệu giả định\n")
    (obs,) = read_observations(path)
    assert obs.province is None


def test_an_empty_indicator_cell_is_said_empty_not_unknown(tmp_path):
    path = _table(tmp_path, "Thanh Hóa,,2024,28.5,ví dụ: số liệu giả định\n")
    (problem,) = _problems(path)
    assert str(problem) == (
        "so-lieu.csv: row 2: indicator: expected an indicator code; the cell is empty"
    )
    assert (
        problem.said("vi") == "so-lieu.csv: dòng 2: mã chỉ tiêu: cần một mã chỉ tiêu; ô này trống"
    )


def test_a_fractional_year_is_told_to_be_a_year_alone(tmp_path):
    # "2024.5" in the year column: the year column holds a year alone ("2024-Q2" is refused
    # there too), so the message must not suggest a period.
    path = _table(tmp_path, "Thanh Hóa,beds_per_10k,2024.5,28.5,ví dụ: số liệu giả định\n")
    (problem,) = _problems(path)
    assert (problem.record, problem.field) == ("row 2", "year")
    assert "2024-Q2" not in str(problem)
    assert "expected a year alone, e.g. 2023" in str(problem)
    assert "cần chỉ ghi năm" in problem.said("vi")


def test_a_workbook_of_several_sheets_says_how_to_choose_at_the_command_line(tmp_path):
    # --observations takes files only: the message says how to choose without sheet=.
    import contextlib
    import io

    import openpyxl

    from vnhealthplan.cli import main

    book = openpyxl.Workbook()
    book.active.title = "Số liệu 2024"
    book.active.append(["province", "indicator", "year", "value"])
    book.active.append(["Thanh Hóa", "beds_per_10k", 2024, 28.5])
    book.create_sheet("Số liệu 2023").append(["province", "indicator", "year", "value"])
    book.save(tmp_path / "hai-trang.xlsx")
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--lang", "vi", "gaps", "thanh-hoa-2023", "--observations",
                     str(tmp_path / "hai-trang.xlsx")])  # fmt: skip
    assert code == 1
    said = err.getvalue()
    assert "'Số liệu 2024', 'Số liệu 2023'" in said
    assert "đặt tên trang cần đọc là 'Số liệu thực tế'" in said
    assert "sheet=" in said


def test_a_count_that_is_not_whole_and_a_unit_of_another_dimension_are_said_in_vietnamese(
    tmp_path,
):
    path = tmp_path / "so-lieu.csv"
    path.write_text(
        "province,indicator,year,value,unit\n"
        'Thanh Hóa,beds_per_10k,2024,"2,85",%\n'
        'Thanh Hóa,population,2024,"1.917,5",\n',
        encoding="utf-8",
    )
    unit, people = _problems(path)
    assert str(unit).endswith("like bed / ten_thousand_people")
    assert unit.said("vi").endswith("như giường bệnh/vạn dân")
    assert str(people) == (
        "so-lieu.csv: row 3: value = 1917.5 person: expected a whole number of people"
    )
    assert people.said("vi") == (
        "so-lieu.csv: dòng 3: giá trị = 1.917,5 người: cần một số người là số nguyên "
        "(không có phần lẻ)"
    )


def test_a_figure_after_a_blank_row_cites_its_own_row(tmp_path):
    # Blank rows keep their numbers: the figure on row 4 is cited as row 4, not row 3 (the
    # source of the review and the contradiction messages name the row to look at).
    from vnhealthplan.review import read_observation_files

    path = _table(
        tmp_path,
        'Đắk Lắk,imr,2024,"23,5",ví dụ: số liệu giả định\n'
        "\n"
        "Đắk Lắk,total_beds,2024,5210,ví dụ: số liệu giả định\n",
    )
    imr, beds = read_observation_files([path], "vi")
    assert (imr.source.section, imr.source.quote) == ("dòng 2", "imr 2024 = 23,5")
    assert (beds.source.section, beds.source.quote) == ("dòng 4", "total_beds 2024 = 5.210")


def test_a_figure_of_part_of_a_year_is_said_taken_as_the_years(tmp_path):
    # A half-year report (sơ kết 6 tháng) is compared with the yearly targets as the year's
    # figure: said at the command line, and its quote keeps the period typed.
    import contextlib
    import io
    import warnings

    from vnhealthplan.cli import main
    from vnhealthplan.errors import LikelySlipWarning
    from vnhealthplan.review import read_observation_files

    path = tmp_path / "so-ket-6-thang.csv"
    path.write_text(
        "province,indicator,period,value,notes\n"
        "Đắk Lắk,total_beds,2024-H1,5000,ví dụ: số liệu giả định\n"
        'Đắk Lắk,imr,2024,"23,5",ví dụ: số liệu giả định\n',
        encoding="utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LikelySlipWarning)
        beds, imr = read_observation_files([path], "vi")
    assert beds.source.quote == "total_beds 2024-H1 = 5.000"
    assert imr.source.quote == "imr 2024 = 23,5"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read_observation_files([path], "en")
    (warned,) = [w.message for w in caught if isinstance(w.message, LikelySlipWarning)]
    assert str(warned) == (
        "so-ket-6-thang.csv: row 2: total_beds 2024-H1: a figure of part of a year or of "
        "several years, compared with the targets as the figure of 2024"
    )
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main(["--lang", "vi", "gaps", "dak-lak-2024", "--observations", str(path)]) == 0
    assert (
        "vnhealthplan: cảnh báo: so-ket-6-thang.csv: dòng 2: total_beds 2024-H1: số liệu của "
        "một phần năm hoặc của nhiều năm, được so với chỉ tiêu như số liệu của năm 2024\n"
    ) in err.getvalue()


def test_a_remark_after_a_value_is_sent_to_the_notes_not_the_unit_column(tmp_path):
    # "28,5 (ước)": an estimate, said in brackets after the figure; the remark goes in notes.
    path = _table(tmp_path, 'Thanh Hóa,beds_per_10k,2024,"28,5 (ước)",\n')
    (problem,) = _problems(path)
    assert str(problem) == (
        "so-lieu.csv: row 2: value = '28,5 (ước)': expected a number alone; a remark such as "
        "'(ước)' (an estimate) goes in the 'notes' column"
    )
    assert problem.said("vi") == (
        "so-lieu.csv: dòng 2: giá trị = '28,5 (ước)': cần chỉ ghi số; lời ghi thêm như '(ước)' "
        "(số ước tính) ghi ở cột 'notes' (ghi chú)"
    )
