"""``vnhealthplan report`` and ``export`` never write over an officer's filled form or the
figures they are reading (trial 11: ``report ... --observations f.xlsx -o f.xlsx`` replaced
the filled form with the report, without a word)."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import openpyxl

from vnhealthplan import plans
from vnhealthplan.cli import main
from vnhealthplan.forms import COLUMNS, form_rows, write_form

VALUE = chr(ord("A") + COLUMNS.index("value"))  # K


def _run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, err.getvalue()


def _filled_form(tmp_path: Path) -> tuple[Path, bytes]:
    plan = plans.load("dak-lak-2024")
    path = write_form(plan, tmp_path / "bieu-mau-2024.xlsx")
    row = next(i for i, r in enumerate(form_rows(plan), 2) if r.indicator.code == "imr")
    book = openpyxl.load_workbook(path)
    book["Biểu mẫu"][f"{VALUE}{row}"] = "23,5"
    book.save(path)
    return path, path.read_bytes()


def test_the_report_refuses_to_replace_one_of_its_observation_files(tmp_path):
    form, before = _filled_form(tmp_path)
    code, err = _run("--lang", "vi", "report", "dak-lak-2024", "--observations", str(form),
                     "-o", str(form))  # fmt: skip
    assert code == 2
    assert err == (
        f"vnhealthplan: report: {form} là một tệp --observations đang được đọc: "
        "báo cáo sẽ ghi đè lên nó; hãy chọn tệp khác cho -o\n"
    )
    assert form.read_bytes() == before
    code, err = _run("report", "dak-lak-2024", "--observations", str(form), "-o", str(form))
    assert code == 2
    assert "is one of the --observations files being read" in err


def test_the_report_and_export_refuse_to_replace_a_data_collection_form(tmp_path):
    form, before = _filled_form(tmp_path)
    code, err = _run("--lang", "vi", "report", "dak-lak-2024", "-o", str(form))
    assert code == 2
    assert err == (
        f"vnhealthplan: report: {form} là một biểu mẫu thu thập số liệu: "
        "ghi vào đó sẽ xóa số liệu đã điền; hãy chọn tệp khác cho -o\n"
    )
    code, err = _run("export", "dak-lak-2024", "-o", str(form))
    assert code == 2
    assert err == (
        f"vnhealthplan: export: {form} is a data-collection form: writing there would "
        "replace the figures filled in; give another -o\n"
    )
    assert form.read_bytes() == before


def test_a_report_over_an_earlier_report_is_still_written(tmp_path):
    out = tmp_path / "bao-cao.xlsx"
    assert _run("report", "dak-lak-2024", "-o", str(out), "--no-charts")[0] == 0
    assert _run("report", "dak-lak-2024", "-o", str(out), "--no-charts")[0] == 0
    assert _run("export", "dak-lak-2024", "-o", str(tmp_path / "plan.xlsx"))[0] == 0
    assert _run("export", "dak-lak-2024", "-o", str(tmp_path / "plan.xlsx"))[0] == 0
