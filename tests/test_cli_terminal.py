"""The command line at a terminal: Vietnamese lines, --lang anywhere, VNHEALTHPLAN_LANG,
widths, wrapping, legacy encodings and pipes closed early."""

import os
import re
import subprocess
import sys
import unicodedata
import warnings

import pytest

from vnhealthplan import options, plans
from vnhealthplan.cli import main
from vnhealthplan.core.terminal import display_width, table, wrap

#: English words of the tables, headers and labels that must not stay in Vietnamese output.
ENGLISH = re.compile(
    r"\b(Targets?|Audit|Year|Indicator|Unit|Note|Observed|Met|met|Shortfall|Baseline|Latest|"
    r"Assessment|Plan|Province|Observations|Facilities|Assignments|findings|errors|warnings|"
    r"info|warning|error|gaps|progress|against|compared|percent|bed|beds|doctor|doctors|"
    r"unknown|yes|no|Implied|people)\b"
)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _process(*argv, env=None, **kwargs):
    environment = {**os.environ, "COLUMNS": "100", **(env or {})}
    return subprocess.run([sys.executable, "-m", "vnhealthplan", *argv], capture_output=True,
                          timeout=120, check=False, env=environment, **kwargs)  # fmt: skip


def _without_findings(out):
    """The lines apart from the audit findings' messages (helper "words" translates those in
    analysis/audit.py; the CLI prints what the finding gives)."""
    lines = []
    for line in out.splitlines():
        if re.match(r"\s+(thông tin|cảnh báo|lỗi)\s", line) or line.startswith(" " * 11):
            continue  # a finding and its wrapped lines
        lines.append(line)
    return lines


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["show", "dak-lak-2024"],
        ["show", "thanh-hoa-2023"],
        ["gaps", "national"],
        ["gaps", "an-giang-2018"],
        ["progress", "national"],
        ["progress", "an-giang-2018"],
        ["audit", "thanh-hoa-2023"],
    ],
)
def test_every_line_is_vietnamese(capsys, monkeypatch, argv):
    monkeypatch.setenv("COLUMNS", "100")
    code, out, err = run(capsys, "--lang", "vi", *argv)
    assert (code, err) == (0, "")
    leftover = [line for line in _without_findings(out) if ENGLISH.search(line)]
    assert leftover == []
    assert not re.search(r"\d,\d{3}\b", "\n".join(_without_findings(out)))  # no "5,130"


def test_vietnamese_numbers_names_and_units(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    out = run(capsys, "show", "dak-lak-2024", "--lang", "vi")[1]
    assert "5.130" in out
    assert "5,130 " not in out.split("Kiểm tra")[0]
    assert "17,6" in out
    assert "Số giường bệnh trên 10.000 dân" in out
    assert "giường bệnh/vạn dân" in out
    assert "ten_thousand_people" not in out.split("Kiểm tra")[0]
    assert "beds_per_10k" not in out.split("Kiểm tra")[0]  # codes only with --codes
    assert "1.768.966 dân" in out
    coded = run(capsys, "show", "dak-lak-2024", "--lang", "vi", "--codes")[1]
    assert "beds_per_10k" in coded.split("Kiểm tra")[0]
    gaps = run(capsys, "gaps", "national", "--lang", "vi")[1]
    assert "‰" in gaps
    assert "chưa đạt" in gaps
    assert "22,3 (2020)" in gaps


@pytest.mark.parametrize(
    "argv",
    [
        ["--lang", "vi", "list"],
        ["list", "--lang", "vi"],
        ["--lang", "en", "list", "--lang", "vi"],  # the later one wins
        ["thanh-hoa-2023", "--lang", "vi"],
        ["audit", "--lang", "vi", "dak-lak-2024"],
    ],
)
def test_lang_before_or_after_the_subcommand(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out.startswith(("Kế hoạch", "thanh-hoa-2023: Sở Y tế", "dak-lak-2024: 2 phát hiện"))
    assert options.get_language() == "en"


def test_lang_after_extract_and_before_it(capsys, tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(plans.source_text("dak-lak-2024"), encoding="utf-8")
    for argv in (
        ["extract", str(source), "--lang", "vi"],
        ["--lang", "vi", "extract", str(source)],
    ):
        code, out, _ = run(capsys, *argv)
        assert code == 0
        assert "14 chỉ tiêu" in out.splitlines()[0]
        assert "độ tin cậy" in out


def test_the_environment_variable_sets_the_default():
    result = _process("list", env={"VNHEALTHPLAN_LANG": "vi"})
    assert result.returncode == 0
    assert result.stdout.decode("utf-8").startswith("Kế hoạch")
    english = _process("list", "--lang", "en", env={"VNHEALTHPLAN_LANG": "vi"})
    assert english.stdout.decode("utf-8").startswith("Plan")


def test_a_bad_environment_value_warns_and_uses_english():
    result = _process("list", env={"VNHEALTHPLAN_LANG": "fr"})
    assert result.returncode == 0
    assert result.stdout.decode("utf-8").startswith("Plan")
    assert result.stderr.decode("utf-8") == (
        "vnhealthplan: warning: VNHEALTHPLAN_LANG='fr' is not a language of vnhealthplan; "
        "expected 'vi' or 'en'; using English\n"
    )


def test_the_setting_reads_the_variable_at_first_use(monkeypatch):
    from vnhealthplan.core import options as core_options

    monkeypatch.setattr(core_options, "_default", [None])
    monkeypatch.setenv("VNHEALTHPLAN_LANG", "VI")
    assert core_options.get_language() == "vi"
    monkeypatch.setattr(core_options, "_default", [None])
    monkeypatch.setenv("VNHEALTHPLAN_LANG", "klingon")
    with pytest.warns(UserWarning, match="VNHEALTHPLAN_LANG='klingon'"):
        assert core_options.get_language() == "en"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert core_options.get_language() == "en"  # read once


def test_a_legacy_encoding_does_not_crash():
    result = _process("--lang", "vi", "list", env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0
    text = result.stdout.decode("cp1252")
    assert "an-giang-2018" in text
    assert "?" in text  # "Đắk Lắk" has letters cp1252 lacks
    assert result.stderr == b""


def test_a_pipe_closed_early_ends_quietly():
    process = subprocess.Popen([sys.executable, "-m", "vnhealthplan", "thanh-hoa-2023"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "COLUMNS": "100"})  # fmt: skip
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    err = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert first.startswith(b"thanh-hoa-2023")
    assert err == b""


def test_columns_align_by_display_width():
    decomposed = unicodedata.normalize("NFD", "Tỷ lệ trạm y tế xã có bác sĩ")
    rows = [[decomposed, "100"], ["Số giường bệnh trên 10.000 dân", "39"], ["医院", "1"]]
    lines = table(["Chỉ tiêu", "Mục tiêu"], rows, "lr", width=100)
    assert len(decomposed) > display_width(decomposed) == 28
    assert {display_width(line) for line in lines} == {display_width(lines[0])}
    assert lines[3] == "医院" + " " * 26 + "  " + "       1"


def test_long_names_wrap_to_a_forced_width(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    out = run(capsys, "show", "thanh-hoa-2023", "--lang", "vi")[1]
    assert max(display_width(line) for line in out.splitlines()) <= 60
    assert "tư trang thiết bị y tế theo chuẩn của Bộ Y tế" not in out  # wrapped
    assert "tuyến huyện" in out
    assert wrap("a " * 5, 3) == ["a a", "a a", "a"]


def test_extract_wraps_reasons_in_full(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("COLUMNS", "90")
    source = tmp_path / "plan.txt"
    source.write_text(plans.source_text("thanh-hoa-2023"), encoding="utf-8")
    out = run(capsys, "extract", str(source))[1]
    assert max(display_width(line) for line in out.splitlines()) <= 90
    words = " ".join(out.split())
    assert "number read from an appendix heading ('kèm theo Kế hoạch số …')" in words
