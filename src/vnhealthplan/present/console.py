"""The command line's output: streams that cannot fail, the default language's warning.

:func:`run_safely` runs a command so that its output never fails on the way out: on a
stream whose encoding lacks Vietnamese letters they are replaced (see
:func:`vnhealthplan.core.terminal.safe_stream`), and when the reader of a pipe goes away
(``vnhealthplan thanh-hoa-2023 | head -2``) the command ends quietly with status 0, the
recipe of the Python documentation (signal module, "Note on SIGPIPE").

Examples
--------
>>> run_safely(lambda: print("xin chào") or 0)
xin chào
0
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable

from vnhealthplan.core import options
from vnhealthplan.core.errors import VNHealthPlanError
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.terminal import setup_streams
from vnhealthplan.core.vocab import Lang

__all__ = ["default_language", "error_text", "run_safely"]


def run_safely(command: Callable[[], int]) -> int:
    """Run *command* with safe streams; a closed pipe gives 0, else its exit code."""
    setup_streams()
    try:
        code = command()
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        _silence_stdout()
        return 0
    return code


def _silence_stdout() -> None:
    """Point stdout at the null device, so that Python's flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # not a real file (a StringIO): nothing will be flushed at exit


def default_language(prog: str = "vnhealthplan") -> Lang:
    """The package language; the warning about a bad ``VNHEALTHPLAN_LANG`` goes to stderr
    as one line prefixed *prog* (not as Python's two-line warning).

    Examples
    --------
    >>> default_language()
    'en'
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        lang = options.get_language()
    for warning in caught:
        print(f"{prog}: warning: {warning.message}", file=sys.stderr)
    return lang


def error_text(err: BaseException, lang: Lang) -> str:
    """What the command line prints for *err*, in *lang*.

    The package's errors are said in *lang* (:meth:`VNHealthPlanError.said`), and so is any
    error whose message is a :class:`~vnhealthplan.core.messages.Message`; a file that
    cannot be found, read or written is named with the reason in *lang*. Anything else is
    its English ``str()``.

    Examples
    --------
    >>> error_text(FileNotFoundError(2, "No such file or directory", "mine.csv"), "vi")
    "không tìm thấy tệp hoặc thư mục 'mine.csv'"
    >>> error_text(FileNotFoundError(2, "No such file or directory", "mine.csv"), "en")
    "[Errno 2] No such file or directory: 'mine.csv'"
    """
    if isinstance(err, VNHealthPlanError):
        return err.said(lang)
    first = err.args[0] if len(err.args) == 1 else None
    if isinstance(first, Message):
        return first.said(lang)
    if isinstance(err, KeyError) and err.args:
        return str(err.args[0])
    if lang == "vi" and isinstance(err, OSError) and err.filename is not None:
        return _os_error(err).said(lang)
    return str(err)


def _os_error(err: OSError) -> Message:
    name = repr(os.fsdecode(err.filename))
    if isinstance(err, FileNotFoundError):
        return message("no such file or folder {file}", file=name)
    if isinstance(err, PermissionError):
        return message("no permission to read or write {file}", file=name)
    if isinstance(err, IsADirectoryError):
        return message("{file} is a folder, not a file", file=name)
    if isinstance(err, NotADirectoryError):
        return message("{file} is not a folder", file=name)
    return message("cannot read or write {file}: {error}", file=name,
                   error=err.strerror or str(err))  # fmt: skip
