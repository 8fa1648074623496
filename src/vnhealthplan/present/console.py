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
from vnhealthplan.core.terminal import setup_streams
from vnhealthplan.core.vocab import Lang

__all__ = ["default_language", "run_safely"]


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
