"""The command line: ``vnhealthplan`` (or ``python -m vnhealthplan``) and its subcommands.

=======================  =========================================================
``list``                 the bundled plans, one line each
``show PLAN``            a plan's targets, the counts they imply, its audit
``gaps PLAN``            each target against the plan's own and the bundled observations
``progress PLAN``        whether targets with observations are on track
``assignments PLAN``     who leads, who helps, what is due when and what is overdue
``report PLAN -o OUT``   a review report (báo cáo): ``.xlsx``, ``.html`` or ``.docx``
``audit PLAN``           the audit's findings; exit code 1 if one is an error
``export PLAN -o OUT``   Excel (``OUT.xlsx``), or CSV / Parquet files in a folder
``extract FILE -o OUT``  a draft plan file from a plan's text, for review
=======================  =========================================================

With no subcommand it lists the plans and shows Đắk Lắk's 2024 plan; a plan key alone
(``vnhealthplan thanh-hoa-2023``) shows that plan. ``gaps``, ``progress`` and ``report``
take ``national`` for the national targets, and ``--observations FILE...`` to add a
user's figures to the bundled ones. ``--lang vi|en`` may come before or after the
subcommand (``vnhealthplan list --lang vi``); without it the language is the package
setting, which the environment variable ``VNHEALTHPLAN_LANG`` gives (English by default).
With ``--lang vi`` every line the commands print is Vietnamese (their help and usage errors
too), apart from proper names (provinces, agencies, documents) and codes, with numbers
written the Vietnamese way ("5.130", "17,6"). Tables show indicator names and units as the
plans write them; ``show``, ``gaps`` and ``progress`` take ``--codes`` to add the indicator
codes. Tables are aligned by display width and wrapped to the terminal's width
(``COLUMNS``, else 100 when the output is not a terminal). ``--traceback`` and
``--version`` come before the subcommand.

Output never fails on its way out: on a console or pipe whose encoding lacks Vietnamese
letters (``PYTHONIOENCODING=cp1252``) they are replaced by ``?``, and a pipe closed early
(``vnhealthplan thanh-hoa-2023 | head -2``) ends the command quietly with status 0.

Exit codes: 0 success; 1 an error while running (a file that cannot be written, a missing
optional dependency) or, for ``audit``, findings at or above ``--fail-on`` (``error`` by
default); 2 a usage error (unknown option, subcommand or plan key). Messages go to stderr,
prefixed ``vnhealthplan:``, without a traceback unless ``--traceback`` is given.

A subcommand is one :class:`Command` (a name, a help line, a function that adds its
arguments and one that runs it) registered with :func:`register_command`; :func:`commands`
lists them, in the order ``--help`` shows. A command of another module that parses its
own arguments joins with :func:`delegate`, e.g.
``delegate("extract", "read a plan from a document", "vnhealthplan.io.extract.cli:main")``.
The choices of ``progress --method`` and ``export --format`` are the registered progress
methods (:func:`vnhealthplan.progress.methods`) and export formats
(:func:`vnhealthplan.export.formats`).

Examples
--------
>>> main(["audit", "dak-lak-2024", "--lang", "vi"])  # doctest: +ELLIPSIS
dak-lak-2024: 2 phát hiện (0 lỗi, 0 cảnh báo)
  thông tin  tổng các phần (parts_sum): Tổng số giường bệnh (total_beds) năm 2024: ...
  thông tin  dân số suy ra (implied_population): 5.130 giường bệnh ở mức 29 giường bệnh/vạn dân...
0
>>> import contextlib, io
>>> with contextlib.redirect_stderr(io.StringIO()) as err:
...     main(["show", "hanoi-2024"])
2
>>> print(err.getvalue())  # errors go to stderr, without a traceback  # doctest: +ELLIPSIS
vnhealthplan: unknown plan 'hanoi-2024'; ...known plans: 'an-giang-2018', 'dak-lak-2024', ...
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Final

import attrs

from vnhealthplan._version import __version__
from vnhealthplan.analysis.audit import audit
from vnhealthplan.analysis.progress import methods
from vnhealthplan.core import options
from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.clihelp import ArgumentParser, chosen_language
from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.messages import message
from vnhealthplan.core.plural import counted
from vnhealthplan.core.registry import Registry
from vnhealthplan.data import plans
from vnhealthplan.present.assignments import assignments_arguments, run_assignments
from vnhealthplan.present.auditlines import audit_lines
from vnhealthplan.present.console import default_language, error_text, run_safely
from vnhealthplan.present.report import plan_report, summary_table
from vnhealthplan.present.review.commands import (
    codes_argument,
    export_arguments,
    observations_argument,
    report_arguments,
    run_export,
    run_gaps,
    run_progress,
    run_report,
    run_template,
    template_arguments,
    until_argument,
)

__all__ = [
    "COMMANDS",
    "DEFAULT_PLAN",
    "Command",
    "commands",
    "delegate",
    "main",
    "register_command",
    "unregister_command",
]

#: The plan shown when no subcommand is given.
DEFAULT_PLAN: Final = "dak-lak-2024"


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    """A subcommand without arguments of its own."""


@attrs.frozen
class Command:
    """A subcommand: its name, a help line, how it adds its arguments and how it runs.

    Parameters
    ----------
    name : str
    help : str
    run : callable
        Takes the parsed arguments (:class:`argparse.Namespace`, with ``lang`` already in
        force through :func:`vnhealthplan.options.language`); returns the exit code.
    arguments : callable, optional
        Adds the subcommand's arguments to its parser.
    passthrough : bool
        When True, the arguments after the name are not parsed here: ``run`` gets them
        as ``args.argv`` (see :func:`delegate`).

    Examples
    --------
    >>> hello = Command("hello", "say hello", lambda args: print("xin chào") or 0)
    >>> main(["hello"], commands=(*commands().values(), hello))
    xin chào
    0
    """

    name: str
    help: str
    run: Callable[[argparse.Namespace], int]
    arguments: Callable[[argparse.ArgumentParser], None] = _no_arguments
    passthrough: bool = False


def delegate(name: str, help: str, target: str) -> Command:
    """A subcommand that hands its arguments to another ``main(argv) -> int``.

    Parameters
    ----------
    name, help : str
    target : str
        ``"module:function"``, imported when the subcommand runs.

    Examples
    --------
    >>> echo = delegate("echo", "print the arguments", "vnhealthplan.present.cli:_echo")
    >>> main(["echo", "a.docx", "-o", "out.toml"], commands=(*commands().values(), echo))
    ['a.docx', '-o', 'out.toml']
    0
    """

    def run(args: argparse.Namespace) -> int:
        module, _, function = target.partition(":")
        result: int = getattr(importlib.import_module(module), function)(args.argv)
        return result

    return Command(name, help, run, passthrough=True)


#: The registered subcommands, by name.
_REGISTRY: Final[Registry[Command]] = Registry("command")


def register_command(command: Command, *, replace: bool = False) -> Command:
    """Register a subcommand: :func:`main` then runs it, and ``--help`` lists it.

    Parameters
    ----------
    command : Command
    replace : bool
        Replace a subcommand already registered under that name (else an error).

    Returns
    -------
    Command

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a name already registered (without ``replace=True``), or not a Command.

    Examples
    --------
    >>> hello = register_command(Command("hello", "say hello",
    ...                                  lambda args: print("xin chào") or 0))
    >>> try:
    ...     main(["hello"])
    ... finally:
    ...     _ = unregister_command("hello")
    xin chào
    0
    """
    replace = flag(replace, "register_command", "replace")
    if not isinstance(command, Command):
        raise ValidationError("register_command", "command", command, message("a Command"))
    return _REGISTRY.add(command.name, command, replace=replace)


def unregister_command(name: str) -> Command:
    """Remove the subcommand registered under *name* and return it (e.g. after a test).

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a name not registered.

    Examples
    --------
    >>> unregister_command("frobnicate")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: command.key: got 'frobnicate'; expected one of \
'list', 'show', ...
    """
    return _REGISTRY.remove(name)


def commands() -> Mapping[str, Command]:
    """The registered subcommands: name → :class:`Command`, in ``--help`` order (read-only).

    Examples
    --------
    >>> list(commands())  # doctest: +NORMALIZE_WHITESPACE
    ['list', 'show', 'gaps', 'progress', 'assignments', 'template', 'report', 'audit',
     'export', 'extract']
    """
    return _REGISTRY.view()


def _echo(argv: Sequence[str]) -> int:
    """Print *argv* (the example of :func:`delegate`)."""
    print(list(argv))
    return 0


def _plan_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("plan", metavar="PLAN", help="a plan key, e.g. thanh-hoa-2023 (see list)")


def _show_arguments(parser: argparse.ArgumentParser) -> None:
    _plan_argument(parser)
    codes_argument(parser)


def _list(args: argparse.Namespace) -> int:
    print(summary_table(plans.load_all()))
    return 0


def _show(args: argparse.Namespace) -> int:
    print(plan_report(plans.load(args.plan), codes=args.codes))
    return 0


_SEVERITIES: Final = ("info", "warning", "error")


def _gaps_arguments(parser: argparse.ArgumentParser) -> None:
    observations_argument(parser)
    codes_argument(parser)
    until_argument(parser)


def _progress_arguments(parser: argparse.ArgumentParser) -> None:
    _gaps_arguments(parser)
    parser.add_argument("--method", choices=tuple(methods()), default="opensdg",
                        help="a registered progress method (default: opensdg)")  # fmt: skip


def _audit_arguments(parser: argparse.ArgumentParser) -> None:
    _plan_argument(parser)
    parser.add_argument("--fail-on", choices=(*_SEVERITIES, "never"), default="error",
                        help="exit with 1 if a finding is this severe or more "
                        "(default: error)")  # fmt: skip


def _audit(args: argparse.Namespace) -> int:
    findings = audit(plans.load(args.plan))
    errors, warned = (sum(f.severity == s for f in findings) for s in ("error", "warning"))
    print(translate("{plan}: {findings} ({errors}, {warnings})", context="cli", plan=args.plan,
                    findings=counted(len(findings), "{count} finding", "{count} findings",
                                     context="cli", count=str(len(findings))),
                    errors=counted(errors, "{count} error", "{count} errors", context="cli",
                                   count=str(errors)),
                    warnings=counted(warned, "{count} warning", "{count} warnings",
                                     context="cli", count=str(warned))))  # fmt: skip
    for line in audit_lines(findings):
        print(line)
    if args.fail_on == "never":
        return 0
    worst = _SEVERITIES.index(args.fail_on)
    return int(any(_SEVERITIES.index(f.severity) >= worst for f in findings))


for _command in (
    Command("list", "list the bundled plans", _list),
    Command("show", "a plan's targets, the counts they imply and its audit", _show,
            _show_arguments),
    Command("gaps", "each target against the observations of the plan's province", run_gaps,
            _gaps_arguments),
    Command("progress", "whether targets with observations are on track", run_progress,
            _progress_arguments),
    Command("assignments", "who leads, who helps, what is due when and what is overdue",
            run_assignments, assignments_arguments),
    Command("template", "a plan's data-collection form (biểu mẫu) to fill: xlsx or csv",
            run_template, template_arguments),
    Command("report", "a review report of a plan (xlsx, html, docx; Vietnamese by default)",
            run_report, report_arguments),
    Command("audit", "the audit's findings (exit 1 on errors)", _audit, _audit_arguments),
    Command("export", "write a plan, its gaps and audit to Excel, CSV or Parquet", run_export,
            export_arguments),
    delegate("extract", "draft a plan file from a plan's text (.txt, .docx, .pdf)",
             "vnhealthplan.io.extract.cli:main"),
):  # fmt: skip
    register_command(_command)

#: The built-in subcommands, in the order ``--help`` lists them (:func:`commands` lists
#: every registered one).
COMMANDS: Final = tuple(_REGISTRY.view().values())


def _parser(
    commands: Sequence[Command], chosen: Collection[str] | None = None
) -> argparse.ArgumentParser:
    """The parser; only the *chosen* subcommands (None: all) read their arguments' set-up.

    Setting up a subcommand's arguments may import what it lists (export formats,
    progress methods): a run needs only its own subcommand's.
    """
    parser = ArgumentParser(
        prog="vnhealthplan",
        description=translate(
            "Vietnam's provincial health plans: {commands}. "
            "With no subcommand: list the plans and show {plan}.",
            context="help",
            commands=", ".join(c.name for c in commands),
            plan=DEFAULT_PLAN,
        ),
    )
    parser.add_argument("--lang", choices=("en", "vi"),
                        help="language of tables and reports (default: VNHEALTHPLAN_LANG, "
                        "else English); also after the subcommand")  # fmt: skip
    parser.add_argument("--traceback", action="store_true", help="show tracebacks of errors")
    parser.add_argument("--version", action="version", version=f"vnhealthplan {__version__}",
                        help="show program's version number and exit")  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in commands:
        child = sub.add_parser(command.name, help=command.help, description=command.help,
                               add_help=not command.passthrough)  # fmt: skip
        if chosen is None or command.name in chosen:
            command.arguments(child)
            if not command.passthrough:
                _lang_after(child)
    return parser


def _lang_after(parser: argparse.ArgumentParser) -> None:
    """``--lang`` after the subcommand too, unless the subcommand has its own."""
    with contextlib.suppress(argparse.ArgumentError):  # e.g. report's own --lang
        parser.add_argument("--lang", choices=("en", "vi"), default=argparse.SUPPRESS,
                            help="language of the output (as before the subcommand)")  # fmt: skip


def _command_at(argv: Sequence[str]) -> int | None:
    """The position of the first argument after the global options (the subcommand)."""
    skip = False
    for i, token in enumerate(argv):
        if skip:
            skip = False
        elif token == "--lang":
            skip = True  # its value follows
        elif not token.startswith("-"):
            return i
    return None


def main(argv: Sequence[str] | None = None, *, commands: Sequence[Command] | None = None) -> int:
    """Run the command line; return the exit code.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments (``sys.argv[1:]`` by default).
    commands : sequence of Command, optional
        The subcommands; by default the registered ones (:func:`register_command`).

    Returns
    -------
    int
        0 on success, 1 on an error or audit findings, 2 on a usage error.

    Examples
    --------
    >>> main(["show", "thanh-hoa-2023", "--lang", "vi"])  # doctest: +ELLIPSIS
    thanh-hoa-2023: Sở Y tế Thanh Hóa, 132/KH-SYT (14/10/2023) — Thanh Hóa
    ...
    0
    """
    return run_safely(lambda: _main(argv, commands))


def _main(argv: Sequence[str] | None, commands: Sequence[Command] | None) -> int:
    default = default_language()
    if commands is None:
        commands = tuple(_REGISTRY.view().values())
    args_list = list(sys.argv[1:] if argv is None else argv)
    at = _command_at(args_list)
    by_name = {c.name: c for c in commands}
    if at is not None and args_list[at] not in by_name and args_list[at] in plans.available():
        args_list.insert(at, "show")  # a plan key alone: show it
    parsed, rest = args_list, None
    if at is not None and args_list[at] in by_name and by_name[args_list[at]].passthrough:
        parsed, rest = args_list[: at + 1], args_list[at + 1 :]
    try:  # help and usage errors in the language asked for, if it is one
        with options.language(chosen_language(args_list) or default):
            parser = _parser(commands, () if at is None else (args_list[at],))
            args = parser.parse_args(parsed)
    except SystemExit as exit_:  # argparse: --help, --version (0) or a usage error (2)
        return int(exit_.code or 0)
    args.argv = rest
    # report's own --lang (after the subcommand) is the language of its messages too
    lang = args.lang or getattr(args, "report_lang", None) or default
    try:
        with options.language(lang):
            return _run(args, commands)
    except plans.UnknownPlanError as err:
        return _fail(args, err, 2, error_text(err, lang))
    except KeyboardInterrupt:
        message = translate("interrupted", lang, context="cli")
        print(f"vnhealthplan: {message}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise
    except (ValueError, LookupError, OSError, ImportError, TypeError) as err:
        return _fail(args, err, 1, error_text(err, lang))


def _run(args: argparse.Namespace, commands: Sequence[Command]) -> int:
    if args.command is None:
        print(summary_table(plans.load_all()))
        print()
        print(plan_report(plans.load(DEFAULT_PLAN)))
        return 0
    command = next(c for c in commands if c.name == args.command)
    return command.run(args)


def _fail(
    args: argparse.Namespace, err: BaseException, code: int, message: str | None = None
) -> int:
    if args.traceback:
        raise err
    if message is None:
        message = error_text(err, "en")
    print(f"vnhealthplan: {message}", file=sys.stderr)
    return code
