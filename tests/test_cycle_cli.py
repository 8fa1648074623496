"""The monitoring cycle at the command line: template -> filled form -> gaps, progress and a
review report, each reading the department's own figures."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import docx
import openpyxl
import pytest

from vnhealthplan import plans
from vnhealthplan.cli import main
from vnhealthplan.forms import COLUMNS, form_rows

VALUE = chr(ord("A") + COLUMNS.index("value"))
SOURCE = chr(ord("A") + COLUMNS.index("source"))
HYPOTHETICAL = "ví dụ: số liệu giả định"


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """Đắk Lắk's form from the command line, filled with labelled hypothetical figures."""
    form = tmp_path / "dak-lak.xlsx"
    code, out, _ = _run("template", "dak-lak-2024", "-o", str(form))
    assert code == 0
    assert out.strip() == str(form)
    rows = form_rows(plans.load("dak-lak-2024"))
    book = openpyxl.load_workbook(form)
    sheet = book["Biểu mẫu"]
    for i, row in enumerate(rows, start=2):
        if row.indicator.code == "imr":
            sheet[f"{VALUE}{i}"] = "23,5"  # typed as text, the Vietnamese way
            sheet[f"{SOURCE}{i}"] = HYPOTHETICAL
        elif row.indicator.code == "beds_per_10k":
            sheet[f"{VALUE}{i}"] = 27.5
            sheet[f"{SOURCE}{i}"] = HYPOTHETICAL
    book.save(form)
    return form


def test_gaps_read_the_filled_form(filled):
    code, out, err = _run("gaps", "dak-lak-2024", "--observations", str(filled), "--codes")
    assert code == 0, err
    lines = {line.split()[-1]: line for line in out.splitlines() if line[:4].isdigit()}
    assert "23.5" in lines["imr"]  # read as 23,5 ‰, not 235
    assert " not met " in lines["imr"]
    assert "27.5" in lines["beds_per_10k"]


def test_report_writes_a_word_review_with_the_figures(filled, tmp_path):
    out_file = tmp_path / "bao-cao.docx"
    code, _, err = _run("report", "dak-lak-2024", "--observations", str(filled), "-o",
                        str(out_file), "--no-charts")  # fmt: skip
    assert code == 0, err
    text = "\n".join(p.text for p in docx.Document(str(out_file)).paragraphs)
    cells = [c.text for t in docx.Document(str(out_file)).tables for r in t.rows for c in r.cells]
    assert "Kết quả thực hiện các chỉ tiêu" in text
    assert any("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in c for c in cells)  # the heading block
    assert "23,5" in cells  # the department's figure, written the Vietnamese way
    assert any(HYPOTHETICAL in c for c in cells)


def test_a_bad_cell_names_its_address_and_exits_1(filled):
    book = openpyxl.load_workbook(filled)
    book["Biểu mẫu"][f"{VALUE}2"] = "5.13"  # reads two ways
    book.save(filled)
    code, _, err = _run("gaps", "dak-lak-2024", "--observations", str(filled))
    assert code == 1
    assert f"Biểu mẫu!{VALUE}2" in err
    assert "5.13" in err


def test_national_progress_out_of_the_box():
    code, out, _ = _run("progress", "national", "--codes")
    assert code == 0
    doctors = [line for line in out.splitlines() if "doctors_per_10k" in line]
    assert doctors
    assert all("Unable" not in line for line in doctors)
