"""The command line, in-process through main() and once as a real process."""

import subprocess
import sys

import openpyxl
import pytest

from vnhealthplan import __version__, options, plans
from vnhealthplan.cli import COMMANDS, Command, delegate, main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_no_arguments_lists_plans_and_reports_dak_lak(capsys):
    code, out, err = run(capsys)
    assert code == 0
    assert err == ""
    assert all(key in out for key in plans.available())
    assert "dak-lak-2024: Sở Y tế Đắk Lắk" in out
    assert "Implied counts for the 1,768,966 people" in out


def test_a_plan_key_alone_shows_it(capsys):
    assert run(capsys, "thanh-hoa-2023")[1] == run(capsys, "show", "thanh-hoa-2023")[1]


@pytest.mark.parametrize("key", plans.available())
@pytest.mark.parametrize("command", ["show", "gaps", "progress"])
def test_reports_of_every_plan(capsys, key, command):
    code, out, err = run(capsys, "--lang", "vi", command, key)
    assert (code, err) == (0, "")
    assert out.startswith(key)


def test_gaps_report_the_observed_levels(capsys):
    code, out, _ = run(capsys, "gaps", "an-giang-2018")
    assert code == 0
    line = "2020  Health insurance coverage  = 90    %     76.5 (2017)      not met       13.5"
    assert line in out


def test_progress_labels_follow_lang(capsys):
    assert "không đánh giá được" in run(capsys, "--lang", "vi", "progress", "an-giang-2018")[1]
    assert "Not assessed" in run(capsys, "progress", "an-giang-2018", "--method", "unsd")[1]
    assert options.get_language() == "en"  # --lang does not leak into the session


@pytest.mark.parametrize(
    ("fail_on", "expected"), [("error", 0), ("warning", 0), ("info", 1), ("never", 0)]
)
def test_audit_exit_code_follows_fail_on(capsys, fail_on, expected):
    # Thanh Hóa's row 1 (due Quý IV/2022) names a product of 2022: "may be done", info.
    code, out, _ = run(capsys, "audit", "thanh-hoa-2023", "--fail-on", fail_on)
    assert code == expected
    assert "info     product_before_plan" in out
    assert "warning" not in out.split("\n", 1)[1]


def test_audit_exit_code_on_a_warning(capsys, monkeypatch):
    from vnhealthplan.analysis import audit as audit_module

    def late(plan):
        return [audit_module.Finding(plan.key, "past_deadline", "warning", "late")]

    monkeypatch.setattr(audit_module, "CHECKS", {"past_deadline": late})
    code, out, _ = run(capsys, "audit", "thanh-hoa-2023", "--fail-on", "warning")
    assert code == 1
    assert "warning  past_deadline: late" in out


def test_export_writes_excel_and_folders(capsys, tmp_path):
    code, out, _ = run(capsys, "--lang", "vi", "export", "quang-ngai-2023", "-o",
                       str(tmp_path / "qn.xlsx"))  # fmt: skip
    assert code == 0
    assert out.strip() == str(tmp_path / "qn.xlsx")
    assert openpyxl.load_workbook(tmp_path / "qn.xlsx").sheetnames[1] == "Chỉ tiêu"
    code, out, _ = run(capsys, "export", "quang-ngai-2023", "-o", str(tmp_path / "csv"),
                       "--format", "csv", "--no-gaps", "--no-audit")  # fmt: skip
    assert code == 0
    assert len(out.splitlines()) == 5


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "ha-noi-2024"], "vnhealthplan: unknown plan 'ha-noi-2024'"),
        (["export", "dak-lak-2024", "-o", "x.csv"], "vnhealthplan: export: give an .xlsx file"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["show"], "the following arguments are required: PLAN"),
        (["--lang", "fr", "list"], "invalid choice: 'fr'"),
    ],
)
def test_usage_errors_exit_2_on_stderr(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err
    assert "Traceback" not in err


def test_runtime_errors_exit_1_and_traceback_on_request(capsys, tmp_path):
    (tmp_path / "file").write_text("x")
    argv = ["export", "dak-lak-2024", "-o", str(tmp_path / "file"), "--format", "csv"]
    code, _out, err = run(capsys, *argv)
    assert code == 1
    assert err.startswith("vnhealthplan: to_csv:")
    assert "expected a folder" in err
    with pytest.raises(NotADirectoryError):
        main(["--traceback", *argv])


def test_version_and_help(capsys):
    assert run(capsys, "--version") == (0, f"vnhealthplan {__version__}\n", "")
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert all(c.name in out for c in COMMANDS)


def test_a_delegated_command_gets_its_arguments_untouched(capsys):
    echo = delegate("echo", "print arguments", "vnhealthplan.present.cli:_echo")
    code, out, _ = run_with(capsys, [*COMMANDS, echo], "--lang", "vi", "echo", "a.docx", "-o",
                            "x.toml", "--help")  # fmt: skip
    assert (code, out) == (0, "['a.docx', '-o', 'x.toml', '--help']\n")


def run_with(capsys, commands, *argv):
    code = main(list(argv), commands=commands)
    out, err = capsys.readouterr()
    return code, out, err


def test_adding_a_command_is_one_object(capsys):
    count = Command("count", "count plans", lambda args: print(len(plans.available())) or 0)
    assert run_with(capsys, [*COMMANDS, count], "count")[:2] == (0, "5\n")


@pytest.mark.parametrize("entry", [["-m", "vnhealthplan"], ["-c", "from vnhealthplan.__main__ "
                                   "import main; raise SystemExit(main())"]])  # fmt: skip
def test_real_process(entry):
    result = subprocess.run([sys.executable, *entry, "audit", "nowhere"], capture_output=True,
                            text=True, timeout=120, check=False)  # fmt: skip
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("vnhealthplan: unknown plan 'nowhere'")
    ok = subprocess.run([sys.executable, *entry, "list"], capture_output=True, text=True,
                        timeout=120, check=False)  # fmt: skip
    assert ok.returncode == 0
    assert "thanh-hoa-2023" in ok.stdout


def test_a_plan_key_after_global_options(capsys):
    code, out, _ = run(capsys, "--lang", "vi", "an-giang-2018")
    assert code == 0
    assert out.startswith("an-giang-2018:")


def test_progress_says_why_one_year_is_not_assessed(capsys, tmp_path):
    """A row "unable to assess" for figures of one year only is explained under the table,
    in the output's language (An Giang's plan reports 2017 alone; a user's file one year)."""
    out = run(capsys, "--lang", "vi", "progress", "an-giang-2018")[1]
    assert out.splitlines()[-2:] == [
        "  3 chỉ tiêu không đánh giá được: số liệu chỉ có của một năm, trong khi đánh giá tiến"
        " độ cần số liệu",
        "  của ít nhất hai năm",
    ]
    figures = tmp_path / "so-lieu.csv"
    figures.write_text("province,indicator,year,value\nThanh Hóa,beds_per_10k,2024,34.2\n")
    out = run(capsys, "progress", "thanh-hoa-2023", "--observations", str(figures))[1]
    assert out.splitlines()[-1] == (
        "  2 targets are not assessed: their figures are of one year, and progress needs two"
        " years or more"
    )
    figures.write_text(
        "province,indicator,year,value\nThanh Hóa,beds_per_10k,2023,33.5\n"
        "Thanh Hóa,beds_per_10k,2024,34.2\n"
    )
    out = run(capsys, "progress", "thanh-hoa-2023", "--observations", str(figures))[1]
    assert "one year" not in out
