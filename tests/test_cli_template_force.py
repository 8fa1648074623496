"""``vnhealthplan template`` does not replace a form that may be filled in already."""

from __future__ import annotations

import contextlib
import io

from vnhealthplan.cli import main


def _run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, err.getvalue()


def test_an_existing_form_is_kept_without_force(tmp_path):
    form = tmp_path / "bieu-mau.csv"
    form.write_text("a filled form\n", encoding="utf-8")
    code, err = _run("--lang", "vi", "template", "dak-lak-2024", "-o", str(form))
    assert code == 2
    assert err == f"vnhealthplan: template: {form} đã có; thêm --force để ghi đè\n"
    assert form.read_text(encoding="utf-8") == "a filled form\n"
    code, _ = _run("template", "dak-lak-2024", "-o", str(form), "--force")
    assert code == 0
    assert form.read_text(encoding="utf-8-sig").startswith("#vnhealthplan-form,plan=dak-lak-2024")
