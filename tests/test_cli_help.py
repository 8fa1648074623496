"""The command line's help and usage errors in Vietnamese (core/clihelp.py, help.po)."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from vnhealthplan.core import options
from vnhealthplan.core.clihelp import ArgumentParser, chosen_language, localise, usage_error
from vnhealthplan.core.i18n import catalogue
from vnhealthplan.io.extract import cli as extract_cli
from vnhealthplan.present import cli


def _texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every description, heading and help text of *parser* and its subcommands."""
    found = [parser.description] if parser.description else []
    found += [g.title for g in parser._action_groups if g.title]
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            found.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            found += [c.help for c in action._choices_actions if c.help]
            for child in action.choices.values():
                found += _texts(child)
    return found


def _parsers() -> list[argparse.ArgumentParser]:
    return [cli._parser(tuple(cli.commands().values())), extract_cli._parser()]


def test_every_help_text_of_the_commands_is_in_the_catalogue() -> None:
    with options.language("en"):
        texts = {t for p in _parsers() for t in _texts(p)}
    known = {message for context, message in catalogue("vi") if context == "help"}
    # texts built from fields (the export formats) are translated where they are built
    built = {t for t in texts if t.startswith(("an .", "default: from OUT", "Vietnam's"))}
    assert len(texts) > 40
    assert sorted(texts - known - built) == []


def test_the_whole_help_is_vietnamese_with_lang_vi(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--lang", "vi", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: vnhealthplan")
    assert "tùy chọn:" in out
    assert "liệt kê các kế hoạch có sẵn" in out
    for english in ("usage:", "options:", "show this help", "list the bundled plans"):
        assert english not in out


@pytest.mark.parametrize(
    "argv",
    [["export", "--help", "--lang", "vi"], ["--lang", "vi", "export", "--help"]],
)
def test_a_subcommand_help_follows_lang_before_or_after(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv) == 0
    out = capsys.readouterr().out
    assert "một tệp .xlsx, hoặc một thư mục cho csv hoặc parquet" in out
    assert "bỏ bảng kiểm tra" in out


def test_extract_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    assert extract_cli.main(["--help", "--lang", "vi"]) == 0
    out = capsys.readouterr().out
    assert "ghi đè các tệp đầu ra đã có" in out
    assert "usage:" not in out


def test_english_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--lang", "en", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: vnhealthplan")
    assert "list the bundled plans" in out


def test_usage_errors_are_vietnamese() -> None:
    with contextlib.redirect_stderr(io.StringIO()) as err:
        assert cli.main(["progress", "dak-lak-2024", "--method", "foo", "--lang", "vi"]) == 2
    assert "lỗi: đối số --method: lựa chọn không hợp lệ: 'foo'" in err.getvalue()
    with contextlib.redirect_stderr(io.StringIO()) as err:
        assert cli.main(["--lang", "vi", "show"]) == 2
    last = err.getvalue().splitlines()[-1]
    assert last == "vnhealthplan show: lỗi: thiếu các đối số bắt buộc: PLAN"


@pytest.mark.parametrize(
    ("message", "vietnamese"),
    [
        ("unrecognized arguments: --bogus", "đối số không nhận ra: --bogus"),
        ("argument -o/--output: expected one argument", "đối số -o/--output: cần một giá trị"),
        ("argument --years: invalid int value: 'x'",
         "đối số --years: giá trị int không hợp lệ: 'x'"),
        ("argument --review: not allowed with argument --from-review",
         "đối số --review: không dùng được cùng đối số --from-review"),
        ("a message argparse may add one day", "a message argparse may add one day"),
    ],
)  # fmt: skip
def test_usage_error_messages(message: str, vietnamese: str) -> None:
    assert usage_error(message, "vi") == vietnamese
    assert usage_error(message, "en") == message


def test_another_package_s_help_stays_english() -> None:
    parser = ArgumentParser(prog="other")
    parser.add_argument("--x", help="a help text nobody translated")
    with options.language("vi"):
        text = parser.format_help()
    assert "a help text nobody translated" in text
    assert text.startswith("cách dùng: other")
    assert localise("a help text nobody translated", "vi") == "a help text nobody translated"


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["--lang", "vi"], "vi"),
        (["show", "x", "--lang=en"], "en"),
        (["--lang"], None),
        (["--lang", "fr"], None),
        (["list"], None),
    ],
)
def test_chosen_language(argv: list[str], lang: str | None) -> None:
    assert chosen_language(argv) == lang
