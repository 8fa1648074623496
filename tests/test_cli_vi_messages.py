"""The command line's own messages in Vietnamese, as ``--lang vi`` promises."""

from __future__ import annotations

import contextlib
import io

import vnhealthplan.present.review as review_writers
from vnhealthplan.cli import commands, main
from vnhealthplan.errors import MissingDependencyError


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_an_unknown_plan_is_said_in_vietnamese():
    code, _, err = _run("--lang", "vi", "show", "dak-lak")
    assert code == 2
    assert err.startswith("vnhealthplan: không có kế hoạch 'dak-lak'; có phải là 'dak-lak-2024'?;")
    assert "các kế hoạch có: 'an-giang-2018'," in err
    code, _, err = _run("show", "dak-lak")
    assert err.startswith("vnhealthplan: unknown plan 'dak-lak'; did you mean 'dak-lak-2024'?")


def test_the_help_names_every_subcommand():
    code, out, _ = _run("--lang", "vi", "--help")
    assert code == 0
    words = " ".join(out.split())
    assert f"Kế hoạch y tế cấp tỉnh của Việt Nam: {', '.join(commands())}." in words


def test_a_report_without_matplotlib_says_how_to_do_without_charts(tmp_path, monkeypatch):
    def no_matplotlib(*args, **kwargs):
        raise MissingDependencyError("matplotlib", "plot", "the charts of a review report")

    monkeypatch.setattr(review_writers, "write_review", no_matplotlib)
    code, _, err = _run("--lang", "vi", "report", "dak-lak-2024", "-o", str(tmp_path / "a.html"))
    assert code == 1
    assert err.rstrip().endswith('pip install "vnhealthplan[plot]"; hoặc thêm --no-charts để bỏ '
                                 "các biểu đồ")  # fmt: skip
