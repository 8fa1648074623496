"""An analyst of Sở Y tế Quảng Ngãi tries the monitoring cycle of plan 193/KH-UBND in
Vietnamese. The plan was issued on 02/11/2023 "đến năm 2025"; every figure below is
hypothetical (ví dụ: số liệu giả định)."""

from __future__ import annotations

import contextlib
import io

import pytest

from vnhealthplan import plans
from vnhealthplan.cli import main
from vnhealthplan.errors import ValidationError
from vnhealthplan.forms import form_rows, read_form

openpyxl = pytest.importorskip("openpyxl")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_a_plan_issued_before_its_targets_year_has_forms_for_the_years_in_between():
    # the targets are all due in 2025: the form refused 2024 ("2025–2025")
    quang_ngai = plans.load("quang-ngai-2023")
    rows = form_rows(quang_ngai, years=[2024, 2025])
    assert sorted({r.year for r in rows}) == [2024, 2025]
    assert len(rows) == 8
    assert rows[0].target_text == "duy trì 100% (2025)"
    with pytest.raises(ValidationError, match="2023–2025"):
        form_rows(quang_ngai, years=[2022])


def test_the_2024_and_2025_forms_give_gaps_and_progress(tmp_path):
    form = tmp_path / "bieu-mau.xlsx"
    code, out, _ = _run("--lang", "vi", "template", "quang-ngai-2023", "-o", str(form),
                        "--years", "2024", "2025")  # fmt: skip
    assert code == 0, out
    book = openpyxl.load_workbook(form)
    sheet = book["Biểu mẫu"]
    cells = {(row[0].value, row[8].value): row[10].coordinate for row in sheet.iter_rows(min_row=2)}
    sheet[cells["stations_with_doctor", 2024]] = 97.1
    sheet[cells["stations_with_doctor", 2025]] = 98.6
    sheet[cells["population_with_ehr", 2024]] = "21,3"
    sheet[cells["population_with_ehr", 2025]] = "29,5 %"  # a typo the reader forgives
    book.save(form)
    observed = read_form(form, plans.load("quang-ngai-2023"))
    assert [(o.indicator.code, o.year, o.value.magnitude) for o in observed] == [
        ("stations_with_doctor", 2024, 97.1),
        ("stations_with_doctor", 2025, 98.6),
        ("population_with_ehr", 2024, 21.3),
        ("population_with_ehr", 2025, 29.5),
    ]
    code, out, _ = _run("--lang", "vi", "progress", "quang-ngai-2023", "--observations", str(form))
    assert code == 0
    line = next(x for x in out.splitlines() if "2024: 21,3" in x)
    assert "2025: 29,5" in line


def test_kon_tum_figures_left_out_say_why_and_what_to_do(tmp_path):
    # since 1 July 2025 Kon Tum is part of Quảng Ngãi; the plan (and its targets) are the
    # former Quảng Ngãi's, so Kon Tum's figures were left out with no word of the merger
    figures = tmp_path / "kon-tum-2025.csv"
    figures.write_text("province,indicator,year,value,notes\n"
                       "Kon Tum,stations_with_doctor,2025,\"92,3\",ví dụ: số liệu giả định\n",
                       encoding="utf-8")  # fmt: skip
    code, _, err = _run("--lang", "vi", "gaps", "quang-ngai-2023", "--observations", str(figures))
    assert code == 0
    lines = err.splitlines()
    assert lines[0].startswith("vnhealthplan: bỏ qua 1 số liệu trong tệp")
    assert lines[1].startswith("vnhealthplan: Kon Tum và Quảng Ngãi hợp nhất thành Quảng Ngãi")
    assert "từ 01/07/2025" in lines[1]
    assert "vnhealthplan.rollup" in lines[1]
    code, _, err = _run("gaps", "dak-lak-2024", "--observations", str(figures))
    assert code == 0
    assert len(err.splitlines()) == 1  # Kon Tum was not merged with Đắk Lắk: no merger line


def test_a_vietnamese_chart_writes_its_value_axis_the_vietnamese_way():
    # the report's charts printed "97.5", "99.5" on the value axis beside "98,6 (2025)"
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from vnhealthplan import Observation, Period
    from vnhealthplan.plot import indicator_chart

    quang_ngai = plans.load("quang-ngai-2023")
    share = quang_ngai.targets[0].indicator  # stations_with_doctor, 100 % "duy trì"
    figures = [Observation(share, v, Period.year(y), province=quang_ngai.province,
                           scope=quang_ngai.targets[0].scope)
               for y, v in ((2024, 97.1), (2025, 98.6))]  # fmt: skip
    try:
        for lang, mark in (("vi", ","), ("en", ".")):
            ax = indicator_chart(quang_ngai, share, observations=figures, lang=lang)
            ax.figure.canvas.draw()
            ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
            assert any(mark in t for t in ticks), ticks
            other = "." if mark == "," else ","
            assert not any(other in t for t in ticks), ticks
    finally:
        plt.close("all")
