"""Error messages in Vietnamese: each family said under ``vi`` and kept under ``en``, and the
command line's error for every listed bad input printed in Vietnamese under ``--lang vi``."""

from __future__ import annotations

import ast
import contextlib
import io
import re
from pathlib import Path

import openpyxl
import pytest

from sourcecalls import calls_named
from vnhealthplan import Period, districts, indicators, plans, provinces
from vnhealthplan.cli import main
from vnhealthplan.core.i18n import catalogue
from vnhealthplan.core.messages import CONTEXT, Message, message
from vnhealthplan.errors import (
    MissingDependencyError,
    PlanDataError,
    Problem,
    ValidationError,
    VNHealthPlanError,
)
from vnhealthplan.export import read_observations
from vnhealthplan.forms import write_form
from vnhealthplan.text import parse_number
from vnhealthplan.text.errors import ParseError


def _templates() -> list[tuple[str, str]]:
    """(where, template) of every ``message("literal", ...)`` call in the package."""
    return [
        (where, node.args[0].value)
        for where, node in calls_named("message")
        if node.args and isinstance(node.args[0], ast.Constant)
    ]


def test_every_error_template_of_the_code_has_its_vietnamese_translation():
    templates = _templates()
    assert len(templates) > 80
    missing = [t for t in templates if (CONTEXT, t[1]) not in catalogue("vi")]
    assert missing == []


def test_a_message_is_its_english_text_and_says_itself_in_vietnamese():
    text = message("expected {expected}", expected=message("a finite number"))
    assert text == "expected a finite number"
    assert isinstance(text, str)
    assert text.said("en") == "expected a finite number"
    assert text.said("vi") == "cần một số hữu hạn"
    size = message("expected a form of at most {limit:,} bytes (max_bytes)", limit=5_000_000)
    assert size == "expected a form of at most 5,000,000 bytes (max_bytes)"
    assert size.said("vi") == "cần một biểu mẫu không quá 5.000.000 byte (max_bytes)"
    with pytest.raises(AttributeError):
        text.template = "other"  # type: ignore[misc]


def _said(err: VNHealthPlanError) -> tuple[str, str]:
    return err.said("en"), err.said("vi")


def test_a_validation_error_in_both_languages():
    with pytest.raises(ValidationError) as caught:
        Period.quarter(2024, 5)
    en, vi = _said(caught.value)
    assert en == str(caught.value) == "Period.quarter: got 5; expected a quarter 1, 2, 3 or 4"
    assert vi == "Period.quarter: nhận giá trị 5; cần quý 1, 2, 3 hoặc 4"


@pytest.mark.parametrize(
    ("lookup", "english", "vietnamese"),
    [
        (lambda: indicators.get("doctors"), "unknown indicator 'doctors'; did you mean",
         "không có chỉ tiêu 'doctors'; có phải là"),
        (lambda: provinces.get("Paris"), "unknown province 'Paris'", "không có tỉnh 'Paris'"),
        (lambda: districts.get("Son Tinh City"), "unknown district 'Son Tinh City'",
         "không có huyện 'Son Tinh City'"),
    ],
)  # fmt: skip
def test_an_unknown_name_in_both_languages(lookup, english, vietnamese):
    with pytest.raises(VNHealthPlanError) as caught:
        lookup()
    en, vi = _said(caught.value)
    assert en == str(caught.value)
    assert en.startswith(english)
    assert vi.startswith(vietnamese)


def test_a_name_not_in_force_in_both_languages():
    import datetime as dt

    with pytest.raises(VNHealthPlanError) as caught:
        provinces.get("Phú Yên", on=dt.date(2025, 7, 1))
    en, vi = _said(caught.value)
    assert en.startswith("unknown province 'Phú Yên' on 2025-07-01; ")
    assert vi.startswith("không có tỉnh 'Phú Yên' vào ngày 01/07/2025; ")


def test_a_parse_error_in_both_languages():
    with pytest.raises(ParseError) as caught:
        parse_number("1,2,3")
    en, vi = _said(caught.value)
    assert en == "cannot read '1,2,3' as a number at 3–5 (',3'): expected at most one decimal comma"
    assert vi == ("không đọc được '1,2,3' là một số ở vị trí 3–5 (',3'): cần không quá một dấu "
                  "phẩy thập phân")  # fmt: skip


def test_a_missing_extra_in_both_languages():
    err = MissingDependencyError("matplotlib", "plot", message("the charts of a review report"))
    en, vi = _said(err)
    assert en == ("the charts of a review report needs matplotlib, which is not installed: "
                  'pip install "vnhealthplan[plot]"')  # fmt: skip
    assert vi == ("các biểu đồ của báo cáo đánh giá cần gói matplotlib, gói này chưa được cài "
                  'đặt: pip install "vnhealthplan[plot]"')  # fmt: skip


def test_a_problem_report_in_both_languages(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("Tỉnh,Mã chỉ tiêu,Năm,Giá trị\nThanh Hóa,imr,2024,abc\n"
                    "Thanh Hóa,imr,Q5/2024,12\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(PlanDataError) as caught:
        read_observations(path)
    en, vi = _said(caught.value)
    assert en == str(caught.value)
    assert en.splitlines() == [
        "2 invalid values in mine.csv:",
        "  mine.csv: row 2: value = 'abc': expected a finite number",
        "  mine.csv: row 3: year = 'Q5/2024': cannot read 'Q5/2024'; expected one of YYYY, "
        "YYYY-YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD",
    ]
    assert vi.splitlines()[:2] == [
        "2 giá trị không hợp lệ trong mine.csv:",
        "  mine.csv: dòng 2: giá trị = 'abc': cần một số hữu hạn",
    ]
    assert vi.splitlines()[2].startswith("  mine.csv: dòng 3: năm = 'Q5/2024': không đọc được")


def test_a_problem_says_a_decimal_value_the_vietnamese_way():
    problem = Problem("a.csv", message("row {row}", row=2), "value", 117.5,
                      message("expected a finite number"))  # fmt: skip
    assert str(problem) == "a.csv: row 2: value = 117.5: expected a finite number"
    assert problem.said("vi") == "a.csv: dòng 2: giá trị = 117,5: cần một số hữu hạn"


def test_messages_survive_pickling():
    import pickle

    with pytest.raises(VNHealthPlanError) as caught:
        indicators.get("doctors")
    said = caught.value.as_message()
    assert isinstance(said, Message)
    assert pickle.loads(pickle.dumps(said)).said("vi") == said.said("vi")


# -- The command line -------------------------------------------------------------------------

#: English words an error message of the package uses; none may be left under --lang vi
#: (outside quotes, which hold what the user wrote, and codes).
_ENGLISH = frozenset(
    [
        "expected",
        "unknown",
        "row",
        "got",
        "cannot",
        "invalid",
        "values",
        "value",
        "needs",
        "installed",
        "did",
        "you",
        "mean",
        "such",
        "file",
        "folder",
        "number",
        "form",
        "sheet",
        "cells",
        "header",
        "reading",
        "reads",
        "written",
        "the",
        "of",
        "in",
        "or",
        "and",
        "is",
        "not",
        "with",
    ]
)


def _english_left(text: str) -> set[str]:
    text = re.sub(r"'[^']*'|\"[^\"]*\"", " ", text)  # what the user wrote, codes, names
    text = re.sub(r"\((?:BadZipFile|KeyError|OSError)[^)]*\)", " ", text)  # a library's own
    text = re.sub(r"pip install \S+|vnhealthplan[\w.:]*|max_bytes|plan=|decimal=", " ", text)
    return {w for w in re.findall(r"[A-Za-z]+", text) if w.casefold() in _ENGLISH}


def _run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, err.getvalue()


def _bad_csv(folder: Path) -> Path:
    path = folder / "mine.csv"
    path.write_text(
        "Tỉnh,Mã chỉ tiêu,Năm,Giá trị\n"
        "Thanh Hóa,imr,2024,abc\n"  # not a number
        "Thanh Hóa,doctors,2024,12\n"  # an unknown indicator
        "Thanh Hóa,imr,Q5/2024,12\n"  # a bad period
        "Thanh Hóa,imr,2023,5.130\n"  # a number that reads two ways
        "Thanh Hóa,imr,2022,3,5\n"  # a decimal comma splits the row
        "Paris,imr,2021,12\n",  # an unknown province
        encoding="utf-8",
    )
    return path


def _bad_form(folder: Path) -> Path:
    path = write_form(plans.load("dak-lak-2024"), folder / "bieu-mau.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Biểu mẫu"]
    sheet["K2"], sheet["K3"], sheet["K4"], sheet["K5"] = 117, "abc", "5,000", -3
    sheet["K6"], sheet["K7"] = "3.5", "12 giường"
    book.save(path)
    return path


def _edited_form(folder: Path) -> Path:
    path = write_form(plans.load("dak-lak-2024"), folder / "sua.xlsx")
    book = openpyxl.load_workbook(path)
    book["Biểu mẫu"]["C7"] = "edited"
    book.save(path)
    return path


def _csv_form_with_rows_removed(folder: Path) -> Path:
    path = write_form(plans.load("dak-lak-2024"), folder / "bieu-mau.csv")
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    path.write_text("\n".join(lines[:-2]) + "\n", encoding="utf-8")
    return path


def _damaged(folder: Path) -> Path:
    path = folder / "hong.xlsx"
    path.write_bytes(b"not a workbook")
    return path


def _text_file(folder: Path) -> Path:
    path = folder / "so-lieu.txt"
    path.write_text("imr 22\n", encoding="utf-8")
    return path


CASES = {
    "a CSV of figures with bad cells": _bad_csv,
    "a filled form with bad cells": _bad_form,
    "a form whose structure was edited": _edited_form,
    "a CSV form with rows removed": _csv_form_with_rows_removed,
    "a damaged workbook": _damaged,
    "a file neither CSV nor Excel": _text_file,
    "a file that is not there": lambda folder: folder / "khong-co.csv",
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_observations_file_is_reported_in_vietnamese(tmp_path, case):
    path = CASES[case](tmp_path)
    code, english = _run("gaps", "dak-lak-2024", "--observations", str(path))
    assert code == 1
    assert english.startswith("vnhealthplan: ")
    assert _english_left(english)  # the check finds English where it is
    code, vietnamese = _run("--lang", "vi", "gaps", "dak-lak-2024", "--observations", str(path))
    assert code == 1
    assert vietnamese.startswith("vnhealthplan: ")
    assert vietnamese != english
    assert _english_left(vietnamese) == set(), vietnamese


def test_an_unknown_plan_and_a_missing_extra_are_reported_in_vietnamese(tmp_path, monkeypatch):
    code, err = _run("--lang", "vi", "gaps", "ha-noi-2024")
    assert code == 2
    assert _english_left(err) == set()
    code, err = _run("--lang", "vi", "show", "national")  # like no plan: no hint, no crash
    assert err.startswith("vnhealthplan: không có kế hoạch 'national'; các kế hoạch có: ")
    assert code == 2
    assert _english_left(err) == set()
    import vnhealthplan.present.review as review_writers

    def no_docx(*args, **kwargs):
        raise MissingDependencyError("docx", "docx", "vnhealthplan.review.to_docx")

    monkeypatch.setattr(review_writers, "write_review", no_docx)
    code, err = _run("--lang", "vi", "report", "dak-lak-2024", "-o", str(tmp_path / "a.docx"))
    assert code == 1
    assert err == ('vnhealthplan: vnhealthplan.review.to_docx cần gói docx, gói này chưa được '
                   'cài đặt: pip install "vnhealthplan[docx]"\n')  # fmt: skip


def test_a_users_figures_are_cited_in_the_language_of_the_output(tmp_path):
    from vnhealthplan.review import read_observation_files

    path = tmp_path / "mine.csv"
    path.write_text("Tỉnh,Mã chỉ tiêu,Năm,Giá trị\nĐắk Lắk,beds_per_10k,2023,30.5\n",
                    encoding="utf-8")  # fmt: skip
    (en,) = read_observation_files([path], "en")
    (vi,) = read_observation_files([path], "vi")
    assert (en.source.document.issuer, en.source.section) == (
        "user's file (tệp của người dùng)",
        "row 2",
    )
    assert (vi.source.document.issuer, vi.source.section) == ("tệp của người dùng", "dòng 2")
    assert (en.source.quote, vi.source.quote) == ("beds_per_10k 2023 = 30.5",
                                                  "beds_per_10k 2023 = 30,5")  # fmt: skip


def test_two_files_that_contradict_each_other_are_reported_in_vietnamese(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_text("Tỉnh,Mã chỉ tiêu,Năm,Giá trị\nĐắk Lắk,beds_per_10k,2023,30.5\n", "utf-8")
    b.write_text("Tỉnh,Mã chỉ tiêu,Năm,Giá trị\nĐắk Lắk,beds_per_10k,2023,31.5\n", "utf-8")
    code, err = _run("--lang", "vi", "gaps", "dak-lak-2024", "--observations", str(a), str(b))
    assert code == 1
    assert "cần cùng giá trị với 30,5 trong a.csv, tệp của người dùng; dòng 2" in err
    assert _english_left(err) == set(), err


# -- Terminal tables ---------------------------------------------------------------------------


def test_a_kept_level_reads_as_one_in_the_progress_table(tmp_path):
    path = tmp_path / "th.csv"
    path.write_text("Tỉnh,Mã chỉ tiêu,Năm,Giá trị\nThanh Hóa,population_health_managed,2021,80\n"
                    "Thanh Hóa,population_health_managed,2023,88\n", encoding="utf-8")  # fmt: skip
    for lang, kept in (("vi", "duy trì 100"), ("en", "maintain 100")):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            main(["--lang", lang, "progress", "thanh-hoa-2023", "--observations", str(path)])
        lines = out.getvalue().splitlines()
        assert any(line.startswith("2045") and f" {kept} " in line for line in lines), lines
        assert any(line.startswith("2030") and " = 100 " in line for line in lines), lines


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("command", ["gaps", "progress", "show"])
def test_tables_with_codes_cut_no_word_at_width_100(monkeypatch, command, lang):
    monkeypatch.setenv("COLUMNS", "100")
    keys = [*plans.available(), *(["national"] if command != "show" else [])]
    for key in keys:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            main(["--lang", lang, command, key, "--codes"])
        text = out.getvalue()
        tokens = set(text.split())
        for code in set(re.findall(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b", text)):
            try:
                name = indicators.get(code).name(lang)
            except VNHealthPlanError:
                continue
            if code in tokens and name.split()[0] in text:
                cut = [w for w in name.split() if w not in tokens]
                assert cut == [], (command, key, code, cut)
