"""A new user's trial of the monitoring cycle in Vietnamese: what the command line says."""

from __future__ import annotations

import contextlib
import io

from vnhealthplan.cli import main


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_report_lang_after_the_subcommand_is_the_language_of_its_errors(tmp_path):
    missing = str(tmp_path / "mine.xlsx")
    code, _, err = _run("report", "dak-lak-2024", "--observations", missing,
                        "-o", str(tmp_path / "bao-cao.docx"), "--lang", "vi")  # fmt: skip
    assert code == 1
    assert err == f"vnhealthplan: không tìm thấy tệp hoặc thư mục {missing!r}\n"


def test_a_missing_observations_workbook_is_said_missing_not_unreadable(tmp_path):
    missing = str(tmp_path / "bieu-mau.xlsx")
    code, _, err = _run("--lang", "vi", "gaps", "dak-lak-2024", "--observations", missing)
    assert code == 1
    assert err == f"vnhealthplan: không tìm thấy tệp hoặc thư mục {missing!r}\n"
    code, _, err = _run("progress", "dak-lak-2024", "--observations", missing)
    assert code == 1
    assert err == f"vnhealthplan: [Errno 2] No such file or directory: {missing!r}\n"
