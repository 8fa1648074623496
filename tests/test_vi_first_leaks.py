"""Vietnamese first: the leaks of English (or of raw codes) into what a user reads."""

from __future__ import annotations

import contextlib
import io

from vnhealthplan.cli import main


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _slip_file(tmp_path):
    path = tmp_path / "slip.csv"
    path.write_text("indicator,province,year,value\nbeds_per_10k,Đắk Lắk,2024,2.86\n",
                    encoding="utf-8")  # fmt: skip
    return str(path)


def test_a_report_says_its_slips_in_one_language_vietnamese_by_default(tmp_path):
    slips, out = _slip_file(tmp_path), str(tmp_path / "r.html")
    code, _, err = _run("report", "dak-lak-2024", "--observations", slips, "-o", out)
    assert code == 0
    assert err.startswith("vnhealthplan: cảnh báo: slip.csv: dòng 2: Số giường bệnh trên")
    assert "the target" not in err
    code, _, err = _run("report", "dak-lak-2024", "--observations", slips, "-o", out,
                        "--lang", "en")  # fmt: skip
    assert err.startswith("vnhealthplan: warning: slip.csv: row 2: beds_per_10k = 2.86")


def test_a_dimension_error_names_units_and_numbers_the_vietnamese_way():
    import pytest

    from vnhealthplan import indicators, per_capita, ureg
    from vnhealthplan.errors import DimensionError
    from vnhealthplan.model.levels import levels_in_unit

    with pytest.raises(DimensionError) as caught:
        levels_in_unit(indicators.get("beds_per_10k"),
                       ureg.Quantity(1917.5, "doctor / thousand_people"))  # fmt: skip
    err = caught.value
    assert err.said("vi") == ("observed: nhận giá trị 1.917,5 bác sĩ/1.000 dân; cần một đại "
                              "lượng theo giường bệnh/vạn dân")  # fmt: skip
    assert str(err) == ("observed: got 1917.5 doctor / thousand_people ([doctors] / "
                        "[population]); expected a quantity in bed / ten_thousand_people "
                        "([beds] / [population])")  # fmt: skip
    with pytest.raises(DimensionError) as caught:
        per_capita(ureg.Quantity(5130, "bed"), ureg.Quantity(1917093, "doctor"))
    assert caught.value.said("vi") == ("population: nhận giá trị 1.917.093 bác sĩ; cần một số "
                                       "người hoặc số trẻ đẻ sống")  # fmt: skip


def test_a_totals_row_is_said_a_totals_row_not_a_misspelt_province():
    import pytest

    from vnhealthplan import provinces
    from vnhealthplan.errors import UnknownProvinceError

    for total in ("Tổng cộng", "Cộng", "Tổng số", "TỔNG CỘNG:"):
        with pytest.raises(UnknownProvinceError) as caught:
            provinces.get(total)
        assert caught.value.close == ()
        assert "did you mean" not in str(caught.value)
        assert "a totals row" in str(caught.value)
        assert "dòng tổng cộng" in caught.value.said("vi")
        assert "có phải là" not in caught.value.said("vi")


def test_a_district_in_the_province_column_is_said_a_district_of_its_province(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text("indicator,province,year,value\nbeds_per_10k,Tổng cộng,2023,30\n"
                    "beds_per_10k,Hoằng Hóa,2023,30\n", encoding="utf-8")  # fmt: skip
    code, _, err = _run("--lang", "vi", "gaps", "thanh-hoa-2023", "--observations", str(path))
    assert code == 1
    assert "Long An" not in err
    assert "Lạng Sơn" not in err
    totals = "tỉnh = 'Tổng cộng': không có tỉnh 'Tổng cộng': đây là dòng tổng cộng"
    assert totals in err
    district = ("tỉnh = 'Hoằng Hóa': không có tỉnh 'Hoằng Hóa': huyện Hoằng Hóa là một đơn vị "
                "cấp huyện của tỉnh Thanh Hóa")  # fmt: skip
    assert district in err
    code, _, err = _run("--lang", "en", "gaps", "thanh-hoa-2023", "--observations", str(path))
    assert "province = 'Tổng cộng': unknown province 'Tổng cộng': a totals row" in err
    assert "province = 'Hoằng Hóa': unknown province 'Hoằng Hóa': huyện Hoằng Hóa is a " \
        "district of Thanh Hóa province" in err  # fmt: skip


def test_numbers_got_in_a_problem_report_are_grouped_in_both_languages():
    from vnhealthplan.errors import Problem

    def got(value, lang):
        return Problem("a.csv", "row 2", "value", value, "expected x").said(lang).split(" = ")[1]

    assert got(1917093, "vi") == "1.917.093: expected x"
    assert got(1917093.5, "vi") == "1.917.093,5: expected x"
    assert got(900000.0, "en") == "900,000: expected x"
    assert got(1917093, "en") == "1,917,093: expected x"
    assert got(1917093.5, "en") == "1,917,093.5: expected x"
    assert got(2024, "vi") == "2024: expected x"  # a year keeps its digits
    assert got(2024.0, "en") == "2024: expected x"  # as typed in a spreadsheet's cell
    assert got(17.5, "en") == "17.5: expected x"


def test_a_quantity_got_in_a_figures_file_is_written_as_typed_in_english(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("indicator,province,year,value\nstations_with_doctor,Đắk Lắk,2023,900000\n",
                    encoding="utf-8")  # fmt: skip
    _, _, err = _run("--lang", "en", "gaps", "dak-lak-2024", "--observations", str(path))
    assert "value = 900,000 percent: expected" in err
    _, _, err = _run("--lang", "vi", "gaps", "dak-lak-2024", "--observations", str(path))
    assert "giá trị = 900.000%: cần" in err


def test_days_in_vietnamese_messages_are_written_day_first(tmp_path):
    path = tmp_path / "kg.csv"
    path.write_text("indicator,province,year,value\nbeds_per_10k,Kiên Giang,2026,30\n"
                    "beds_per_10k,Đắk Nông,2000,30\n", encoding="utf-8")  # fmt: skip
    _, _, err = _run("--lang", "vi", "gaps", "thanh-hoa-2023", "--observations", str(path))
    assert ("không có tỉnh 'Kiên Giang' vào ngày 01/01/2026; Kiên Giang (đến 30/06/2025) thuộc "
            "An Giang (từ 01/07/2025)") in err  # fmt: skip
    assert "Đắk Nông (từ 01/01/2004) là một phần của Đắk Lắk" in err
    _, _, err = _run("--lang", "en", "gaps", "thanh-hoa-2023", "--observations", str(path))
    assert ("unknown province 'Kiên Giang' on 2026-01-01; Kiên Giang (until 2025-06-30) is part "
            "of An Giang (from 2025-07-01)") in err  # fmt: skip


def test_numbers_got_by_a_validation_error_are_grouped_in_both_languages():
    from vnhealthplan.errors import ValidationError

    err = ValidationError("gaps_frame", "population['Dak Lak']", 900000.0, "a population")
    assert str(err) == "gaps_frame.population['Dak Lak']: got 900,000; expected a population"
    err = ValidationError("per_capita", "population", 1917093, "a population")
    assert err.said("vi").startswith("per_capita.population: nhận giá trị 1.917.093;")
    assert str(ValidationError("Period.year", "year", 20240, "a year")).endswith(
        "got 20240; expected a year"
    )
