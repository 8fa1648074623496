"""Command-line help and usage errors in the chosen language: argparse, translated.

:class:`ArgumentParser` is :class:`argparse.ArgumentParser` whose ``--help`` text (usage
line, section headings, descriptions, every argument's help) and usage errors come out in
the package language (:func:`vnhealthplan.options.language`) at the moment they are
printed. The English texts written in the code are the source: each is looked up in the
Vietnamese catalogue under the context ``"help"`` (``core/locale/vi/help.po``); a text the
catalogue lacks (a subcommand another package registers) stays in English. The test
suite checks that every help text of the package's own commands is in the catalogue.

:func:`chosen_language` reads ``--lang`` out of a command line before it is parsed, so that
``vnhealthplan --lang vi --help`` and ``vnhealthplan show --help --lang vi`` print the help
in Vietnamese.

Examples
--------
>>> from vnhealthplan.core import options
>>> parser = ArgumentParser(prog="vnhealthplan-demo", description="list the bundled plans")
>>> _ = parser.add_argument("--force", action="store_true",
...                         help="replace output files that exist")
>>> with options.language("vi"):
...     print(parser.format_help())
cách dùng: vnhealthplan-demo [-h] [--force]
<BLANKLINE>
liệt kê các kế hoạch có sẵn
<BLANKLINE>
tùy chọn:
  -h, --help  in trợ giúp này rồi thoát
  --force     ghi đè các tệp đầu ra đã có
<BLANKLINE>
>>> chosen_language(["show", "dak-lak-2024", "--lang", "vi"])
'vi'
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Final, NoReturn

from vnhealthplan.core.i18n import catalogue
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang

__all__ = ["ArgumentParser", "HelpFormatter", "chosen_language", "localise", "usage_error"]

#: The catalogue context of help texts and usage errors.
CONTEXT: Final = "help"


def localise(text: str, lang: Lang | None = None) -> str:
    """*text* (an English help text) in *lang* (default: the package language).

    A text the Vietnamese catalogue lacks is returned as it is.

    Examples
    --------
    >>> localise("show this help message and exit", "vi")
    'in trợ giúp này rồi thoát'
    >>> localise("a help text of another package", "vi")
    'a help text of another package'
    """
    if resolve_language(lang) != "vi":
        return text
    return catalogue("vi").get((CONTEXT, text), text)


#: argparse's usage errors (English, as Python 3.11–3.13 word them) and their catalogue
#: messages, whose fields are the named groups.
_ERRORS: Final = (
    (re.compile(r"argument (?P<arg>.+?): invalid choice: (?P<value>.+?) "
                r"\(choose from (?P<choices>.+)\)$"),
     "argument {arg}: invalid choice: {value} (choose from {choices})"),
    (re.compile(r"argument (?P<arg>.+?): invalid (?P<kind>\w+) value: (?P<value>.+)$"),
     "argument {arg}: invalid {kind} value: {value}"),
    (re.compile(r"argument (?P<arg>.+?): expected one argument$"),
     "argument {arg}: expected one argument"),
    (re.compile(r"argument (?P<arg>.+?): expected at least one argument$"),
     "argument {arg}: expected at least one argument"),
    (re.compile(r"argument (?P<arg>.+?): not allowed with argument (?P<other>.+)$"),
     "argument {arg}: not allowed with argument {other}"),
    (re.compile(r"the following arguments are required: (?P<args>.+)$"),
     "the following arguments are required: {args}"),
    (re.compile(r"unrecognized arguments: (?P<args>.+)$"), "unrecognized arguments: {args}"),
)  # fmt: skip


def usage_error(message: str, lang: Lang | None = None) -> str:
    """argparse's usage error *message* in *lang*; one it does not know stays in English.

    Examples
    --------
    >>> usage_error("the following arguments are required: PLAN", "vi")
    'thiếu các đối số bắt buộc: PLAN'
    >>> usage_error("argument --lang: invalid choice: 'fr' (choose from 'en', 'vi')", "vi")
    "đối số --lang: lựa chọn không hợp lệ: 'fr' (chọn một trong 'en', 'vi')"
    """
    if resolve_language(lang) != "vi":
        return message
    for pattern, template in _ERRORS:
        found = pattern.match(message)
        if found:
            translated = catalogue("vi").get((CONTEXT, template))
            if translated is not None:
                return translated.format(**found.groupdict())
    return message


class HelpFormatter(argparse.HelpFormatter):
    """A help formatter that prints the usage line, headings and help texts localised.

    Examples
    --------
    >>> ArgumentParser(prog="p").formatter_class is HelpFormatter
    True
    """

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        return localise(text) if text else text

    def start_section(self, heading: str | None) -> None:
        super().start_section(localise(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(localise(text) if text and text != argparse.SUPPRESS else text)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = localise("usage: ")
        super().add_usage(usage, actions, groups, prefix)


class ArgumentParser(argparse.ArgumentParser):
    """:class:`argparse.ArgumentParser` whose help and usage errors are localised.

    Its subcommands' parsers are of the same class; the language is the package language
    when the help or the error is printed (see the module notes).

    Examples
    --------
    >>> import contextlib, io
    >>> from vnhealthplan.core import options
    >>> parser = ArgumentParser(prog="vnhealthplan-demo")
    >>> _ = parser.add_argument("plan", metavar="PLAN")
    >>> with options.language("vi"), contextlib.redirect_stderr(io.StringIO()) as err:
    ...     parser.parse_args([])
    Traceback (most recent call last):
    ...
    SystemExit: 2
    >>> print(err.getvalue())
    cách dùng: vnhealthplan-demo [-h] PLAN
    vnhealthplan-demo: lỗi: thiếu các đối số bắt buộc: PLAN
    <BLANKLINE>
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> NoReturn:
        """Print the usage and *message* (localised) to stderr; exit with status 2."""
        self.print_usage(sys.stderr)
        label = localise("error")
        self.exit(2, f"{self.prog}: {label}: {usage_error(message)}\n")


def chosen_language(argv: Sequence[str]) -> Lang | None:
    """The language a command line asks for with ``--lang vi|en`` (anywhere), or None.

    Examples
    --------
    >>> chosen_language(["--lang=en", "list"]), chosen_language(["list", "--lang", "fr"])
    ('en', None)
    """
    for i, token in enumerate(argv):
        value = token.partition("=")[2] if token.startswith("--lang=") else None
        if token == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value == "vi":
            return "vi"
        if value == "en":
            return "en"
    return None
