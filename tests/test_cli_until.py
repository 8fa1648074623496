"""``--until YEAR``: gaps, progress and the report as they stood at a year.

Before: the command line compared the targets with every figure, with no way to see them
"as of 2024". The observed figures here are hypothetical (ví dụ: số liệu giả định).
"""

from __future__ import annotations

import pytest

from vnhealthplan.cli import main

openpyxl = pytest.importorskip("openpyxl")

ROWS = (
    "province,indicator,year,value,notes\n"
    "Thanh Hóa,beds_per_10k,2023,30,ví dụ: số liệu giả định\n"
    "Thanh Hóa,beds_per_10k,2025,36,ví dụ: số liệu giả định\n"
)


def _gaps(capsys, tmp_path, *extra: str) -> str:
    path = tmp_path / "so-lieu.csv"
    path.write_text(ROWS, encoding="utf-8")
    assert main([*extra[:2], "gaps", "thanh-hoa-2023", "--observations", str(path),
                 *extra[2:]]) == 0  # fmt: skip
    return capsys.readouterr().out


def test_gaps_until_a_year_leave_out_later_figures_in_english(capsys, tmp_path):
    every = _gaps(capsys, tmp_path, "--lang", "en")
    assert "36 (2025)" in every
    assert "--until" not in every
    until = _gaps(capsys, tmp_path, "--lang", "en", "--until", "2024")
    assert until.startswith("only the figures of 2024 and before (--until)\n")
    assert "30 (2023)" in until
    assert "(2025)" not in until
    assert "gaps against 2 observations" in until  # the 2025 figure left out


def test_gaps_until_in_vietnamese(capsys, tmp_path):
    until = _gaps(capsys, tmp_path, "--lang", "vi", "--until", "2024")
    assert until.startswith("chỉ dùng số liệu của năm 2024 và các năm trước (--until)\n")
    assert "30 (2023)" in until
    assert "(2025)" not in until


@pytest.mark.parametrize(("lang", "said"), [("en", "Unable to assess"),
                                             ("vi", "không đánh giá được")])  # fmt: skip
def test_progress_until_before_any_figure_has_none(capsys, lang, said):
    assert main(["--lang", lang, "progress", "an-giang-2018"]) == 0
    assert said in capsys.readouterr().out
    assert main(["--lang", lang, "progress", "an-giang-2018", "--until", "2016"]) == 0
    assert said not in capsys.readouterr().out  # 2017 is An Giang's first figure


@pytest.mark.parametrize(
    ("lang", "no_figure", "day"),
    [("vi", "Chưa có số liệu", "ngày 31 tháng 12 năm 2016"), ("en", "No data", "31/12/2016")],
)
def test_report_until_is_as_of_the_end_of_that_year(capsys, tmp_path, lang, no_figure, day):
    path = tmp_path / "bao-cao.xlsx"
    argv = ["report", "an-giang-2018", "-o", str(path), "--no-charts", "--lang", lang]
    assert main([*argv, "--until", "2016"]) == 0
    book = openpyxl.load_workbook(path)
    texts = [c for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c]
    assert any(day in str(t) for t in texts), texts
    results = [r for r in book.worksheets[1].iter_rows(min_row=3, values_only=True) if r[0]]
    assert all(r[8] is None for r in results)  # the 2017 figure is after 2016
    assert {r[10] for r in results} == {no_figure}
    assert main(argv) == 0
    results = [r for r in openpyxl.load_workbook(path).worksheets[1].iter_rows(
        min_row=3, values_only=True) if r[0]]  # fmt: skip
    assert 76.5 in [r[8] for r in results]


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "argument --until: invalid year value: '0'"), ("vi", "đối số --until: giá trị year")],
)
def test_a_year_that_is_no_year_is_a_usage_error(capsys, lang, said):
    assert main(["--lang", lang, "gaps", "dak-lak-2024", "--until", "0"]) == 2
    assert said in capsys.readouterr().err
