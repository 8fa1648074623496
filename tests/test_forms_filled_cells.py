"""A new user's form of figures: the last silent and unclear answers (session 7, forms7)."""

from __future__ import annotations

import csv
import unicodedata
import warnings

import openpyxl
import pytest

from vnhealthplan import Observation, Period, indicators, plans
from vnhealthplan.cli import main
from vnhealthplan.errors import LikelySlipWarning, PlanDataError, ValidationError
from vnhealthplan.export import read_observations
from vnhealthplan.forms import read_form, write_form
from vnhealthplan.gaps import gaps_frame

DAK_LAK = plans.load("dak-lak-2024")


def _form(tmp_path, cells: dict[int, str], column: int = 10):
    """Đắk Lắk's CSV form with the cells of *column* set on the given 1-based lines."""
    path = write_form(DAK_LAK, tmp_path / "form.csv")
    rows = _rows(path)
    for line, text in cells.items():
        rows[line - 1][column] = text
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _line(code: str, tier: str = "") -> int:
    """The line of the form on *code* (the whole province, or *tier*)."""
    for n, row in enumerate(form_rows_text(), start=3):
        if row[0] == code and row[5] == tier:
            return n
    raise LookupError(code)


def form_rows_text():
    from vnhealthplan.forms import form_rows

    return [r.cells("vi") for r in form_rows(DAK_LAK)]


def _table(tmp_path, text: str):
    path = tmp_path / "observed.csv"
    path.write_text("Tỉnh,Mã chỉ tiêu,Năm,Giá trị\n" + text, encoding="utf-8")
    return path


def _said(err: PlanDataError) -> tuple[str, str]:
    return err.said("en"), err.said("vi")


# --- 1. a count takes a whole number ---------------------------------------------------------


def test_a_count_indicator_knows_it_is_one():
    assert indicators.get("total_beds").is_count
    assert indicators.get("commune_stations").is_count
    assert not indicators.get("beds_per_10k").is_count
    assert not indicators.get("plan_budget").is_count
    assert not indicators.get("life_expectancy").is_count


def test_an_observation_of_a_count_refuses_a_fraction():
    beds = indicators.get("total_beds")
    with pytest.raises(ValidationError) as err:
        Observation(beds, 2.5, Period.year(2024))
    assert "expected a whole number of beds" in err.value.said("en")
    assert "số giường bệnh là số nguyên" in err.value.said("vi")
    assert Observation(beds, 2.0, Period.year(2024)).value.magnitude == 2


def test_a_fraction_of_beds_in_a_form_is_refused_naming_the_cell(tmp_path):
    line = _line("total_beds")
    with pytest.raises(PlanDataError) as err:
        read_form(_form(tmp_path, {line: "1.234,5"}), DAK_LAK)
    en, vi = _said(err.value)
    assert f"K{line}: value = 1234.5: expected a whole number of beds" in en
    assert f"K{line}: giá trị = 1.234,5: cần một số giường bệnh là số nguyên" in vi


def test_a_fraction_of_beds_in_a_table_is_refused_naming_the_row(tmp_path):
    with pytest.raises(PlanDataError) as err:
        read_observations(_table(tmp_path, 'Đắk Lắk,total_beds,2024,"1.234,5"\n'))
    en, vi = _said(err.value)
    assert "row 2: value = 1234.5 bed: expected a whole number of beds" in en
    assert "dòng 2: giá trị" in vi
    assert "số giường bệnh là số nguyên" in vi


# --- 2. a value about 10, 100 or 1000 times off is warned of ----------------------------------


def test_a_slip_of_ten_or_a_hundred_is_warned_of_not_refused(tmp_path):
    beds, share = _line("beds_per_10k"), _line("stations_with_doctor")
    path = _form(tmp_path, {beds: "2,86", share: "0,938"})
    with pytest.warns(LikelySlipWarning) as caught:
        observed = read_form(path, DAK_LAK)
    assert len(observed) == 2
    said = [w.message.said("vi") for w in caught]
    assert said[0].startswith(f"form.csv: K{share}: Tỷ lệ trạm y tế xã có bác sĩ "
                              "(stations_with_doctor) = 0,938% (2024): mục tiêu 100 gấp khoảng "
                              "100 lần")  # fmt: skip
    assert "(beds_per_10k) = 2,86" in said[1]
    assert "mục tiêu 29 gấp khoảng 10 lần" in said[1]
    english = [str(w.message) for w in caught]
    assert "the target 100 is about 100 times this value" in english[0]


def test_a_value_near_its_target_is_not_warned_of(tmp_path):
    path = _form(tmp_path, {_line("beds_per_10k"): "28,6", _line("imr"): "2,5"})
    with warnings.catch_warnings():
        warnings.simplefilter("error", LikelySlipWarning)
        with pytest.raises(LikelySlipWarning, match=r"imr = 2\.5"):  # 22 ‰ / 2.5: about 10
            read_form(path, DAK_LAK)
        path = _form(tmp_path, {_line("beds_per_10k"): "28,6"})
        assert len(read_form(path, DAK_LAK)) == 1


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_command_line_warns_on_stderr_in_its_language(tmp_path, capsys, lang):
    path = _table(tmp_path, 'Đắk Lắk,beds_per_10k,2024,"2,86"\n')
    assert main(["--lang", lang, "gaps", "dak-lak-2024", "--observations", str(path)]) == 0
    err = capsys.readouterr().err
    if lang == "vi":
        assert "cảnh báo: observed.csv: dòng 2: Số giường bệnh trên 10.000 dân" in err
        assert "(beds_per_10k) = 2,86 giường bệnh/vạn dân" in err
        assert "mục tiêu 29 gấp khoảng 10 lần giá trị này" in err
    else:
        assert "warning: observed.csv: row 2: beds_per_10k = 2.86" in err
        assert "the target 29 is about 10 times this value" in err


# --- 3. "96,4%" --------------------------------------------------------------------------------


def test_a_percent_sign_is_read_in_a_percent_row_and_refused_elsewhere(tmp_path):
    share, beds = _line("underweight_u5"), _line("total_beds")
    (obs,) = read_form(_form(tmp_path, {share: "16,4%"}), DAK_LAK)
    assert obs.value.magnitude == pytest.approx(16.4)
    with pytest.raises(PlanDataError) as err:
        read_form(_form(tmp_path, {beds: "96,4%"}), DAK_LAK)
    en, vi = _said(err.value)
    assert "expected a number without a % sign (the row's unit is bed): remove the % sign" in en
    assert "(đơn vị của dòng là giường bệnh): bỏ dấu %" in vi


def test_a_percent_sign_in_a_table(tmp_path):
    path = _table(tmp_path, 'Đắk Lắk,underweight_u5,2024,"16,4 %"\n')
    assert read_observations(path)[0].value.magnitude == pytest.approx(16.4)
    path = _table(tmp_path, 'Đắk Lắk,underweight_u5,2024,"16,4 %"\nĐắk Lắk,total_beds,2024,5%\n')
    with pytest.raises(PlanDataError) as err:
        read_observations(path)
    en, vi = _said(err.value)
    assert len(err.value.problems) == 1
    assert "row 3: value = '5%': expected a number without a % sign" in en
    assert "dòng 3: giá trị = '5%': cần một số không có dấu %" in vi
    assert "bỏ dấu %" in vi


# --- 4. a province that looks the same ---------------------------------------------------------


@pytest.mark.parametrize("province", ["Đắk Lắk ", unicodedata.normalize("NFD", "Đắk Lắk")])
def test_a_province_with_a_trailing_space_or_in_nfd_is_the_same(tmp_path, province):
    line = _line("total_beds")
    path = _form(tmp_path, {line: "5.130"})
    rows = _rows(path)
    rows[line - 1][4] = province
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)
    (obs,) = read_form(path, DAK_LAK)
    assert obs.province == DAK_LAK.province
    table = _table(tmp_path, f"{province},total_beds,2024,5130\n")
    assert read_observations(table)[0].province == DAK_LAK.province


# --- 5. a renamed sheet ------------------------------------------------------------------------


def test_a_renamed_sheet_lists_the_sheets_found(tmp_path):
    path = write_form(DAK_LAK, tmp_path / "form.xlsx")
    book = openpyxl.load_workbook(path)
    book["Biểu mẫu"].title = "Sheet1"
    book.save(path)
    with pytest.raises(PlanDataError) as err:
        read_form(path, DAK_LAK)
    en, vi = _said(err.value)
    assert "it has no sheet 'Biểu mẫu' (sheets found: 'Sheet1'," in en
    assert "các trang tính có: 'Sheet1'," in vi


# --- 6. a year with words ----------------------------------------------------------------------


def test_a_year_with_a_remark_says_what_a_year_cell_holds(tmp_path):
    with pytest.raises(PlanDataError) as err:
        read_observations(_table(tmp_path, "Đắk Lắk,total_beds,2023 (ước),5130\n"))
    en, vi = _said(err.value)
    assert "row 2: year = '2023 (ước)': expected a year alone, e.g. 2023" in en
    assert "'notes' column" in en
    assert "unit" not in en
    assert "dòng 2: năm = '2023 (ước)': cần chỉ ghi năm, ví dụ 2023" in vi


# --- 7. a missing column alone -----------------------------------------------------------------


def test_a_missing_indicator_column_is_the_only_problem(tmp_path):
    path = tmp_path / "observed.csv"
    path.write_text("Tỉnh,Chỉ tiêu,Năm,Giá trị\nĐắk Lắk,total_beds,2023,5130\n"
                    "Đắk Lắk,imr,2023,20\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(PlanDataError) as err:
        read_observations(path)
    assert len(err.value.problems) == 1
    en, vi = _said(err.value)
    assert "indicator: missing column" in en
    assert "row 3" not in en
    assert "dòng 3" not in vi


# --- 8. two observations of one indicator and year, in Vietnamese ------------------------------


def test_two_differing_observations_are_said_in_vietnamese(tmp_path):
    # a tier's figure and the whole province's differ as they should: both are read
    path = _form(tmp_path, {_line("total_beds"): "5.130",
                            _line("total_beds", "tuyến tỉnh"): "2.000"})  # fmt: skip
    frame = gaps_frame(DAK_LAK, read_form(path, DAK_LAK))
    assert frame.loc[[6, 7], "observed"].tolist() == [5130, 2000]
    # two of the whole province for one year differ: refused
    beds = indicators.get("total_beds")
    two = [Observation(beds, v, Period.year(2024), province=DAK_LAK.province) for v in (5130, 2000)]
    with pytest.raises(PlanDataError) as err:
        gaps_frame(DAK_LAK, two)
    en, vi = _said(err.value)
    assert "another observation of total_beds for Đắk Lắk in 2024 differs" in en
    assert "dòng 0: giá trị = 5.130: một số liệu khác của total_beds cho Đắk Lắk năm 2024" in vi
    assert "another" not in vi
    assert "keep one" not in vi
