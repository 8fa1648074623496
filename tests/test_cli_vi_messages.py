"""The command line's own messages in Vietnamese, as ``--lang vi`` promises."""

from __future__ import annotations

import contextlib
import io
import pathlib

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


# ---- a new user's trial of the monitoring cycle in Vietnamese ----------------------------


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


def test_figures_of_another_province_are_said_left_out(tmp_path):
    form = str(pathlib.Path(__file__).parents[1] / "examples" / "dak_lak_filled_form.xlsx")
    left_out = "bỏ qua 14 số liệu trong tệp: tỉnh của số liệu không phải tỉnh của kế hoạch"
    code, out, err = _run("--lang", "vi", "gaps", "thanh-hoa-2023", "--observations", form)
    assert code == 0
    assert "0 chỉ tiêu có số liệu" in out
    assert err == f"vnhealthplan: {left_out} (Thanh Hóa)\n"
    code, _, err = _run("report", "thanh-hoa-2023", "--observations", form,
                        "-o", str(tmp_path / "r.xlsx"), "--lang", "vi")  # fmt: skip
    assert code == 0
    assert err == f"vnhealthplan: {left_out} (Thanh Hóa)\n"
    code, _, err = _run("progress", "dak-lak-2024", "--observations", form)
    assert code == 0
    assert err == ""


def test_the_report_says_the_figures_of_another_province_left_out():
    from vnhealthplan.analysis.review import review
    from vnhealthplan.present.review.commands import read_observation_files
    from vnhealthplan.present.review.sections import report_parts

    form = pathlib.Path(__file__).parents[1] / "examples" / "dak_lak_filled_form.xlsx"
    r = review("thanh-hoa-2023", read_observation_files([form], "vi"))
    assert r.ignored == 14
    assert report_parts(r, "vi").tables[0].note == (
        "14 số liệu trong các tệp được cung cấp là của tỉnh khác, không phải Thanh Hóa: "
        "không được dùng."
    )
    assert report_parts(r, "en").tables[0].note == (
        "14 figures of the files given are of another province than Thanh Hóa: left out."
    )
    mine = review("dak-lak-2024", read_observation_files([form], "vi"))
    assert report_parts(mine, "vi").tables[0].note == (  # its 2024 birth rate change: no 2023
        "Tỷ suất sinh thô (2024): mức thay đổi được tính từ số liệu năm 2023 trở về trước "
        "(kế hoạch bắt đầu từ năm 2024); chưa có số liệu đó nên không đánh giá được."
    )
