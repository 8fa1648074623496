"""``vnhealthplan extract FILE [-o OUT] [--review BOOK.xlsx] [--from-review BOOK.xlsx]``.

Drafts a plan file from a plan's text. Prints the review table (the findings, lowest
confidence first) and the messages, writes the draft to *OUT* (a plan file, TOML) when
asked, and the review workbook with ``--review BOOK.xlsx``
(:func:`~vnhealthplan.io.extract.reviewbook.write_review`). ``--from-review BOOK.xlsx``
drafts the text again, reads the corrected workbook back
(:func:`~vnhealthplan.io.extract.reviewbook.read_review`) and writes the corrected plan
to *OUT*. An existing *OUT* or workbook is not replaced without ``--force``; files are
written atomically. ``vnhealthplan extract``, ``python -m vnhealthplan.extract`` and
``python -m vnhealthplan.io.extract.cli`` all run :func:`main`. The table is wrapped to the
terminal's width (``COLUMNS``, else 100), every reason in full; values and quotes are
shortened to :data:`QUOTE_WIDTH` cells (the draft keeps them whole). The lines are in the
language of ``--lang`` (by default the package setting). Errors go to stderr, prefixed
"vnhealthplan extract:", without a traceback.

Exit codes: 0 a draft was made (even one without targets), 1 the file cannot be drafted
from (empty, binary, too large, a scanned PDF), the output cannot be written or the review
workbook has bad cells (each is listed), 2 bad arguments, a missing file, or an output
file that exists (without ``--force``).

Examples
--------
>>> import contextlib, io, pathlib, tempfile
>>> from vnhealthplan import plans
>>> from vnhealthplan.planfile import read_plan
>>> with tempfile.TemporaryDirectory() as folder:
...     text = pathlib.Path(folder, "dak-lak.txt")
...     _ = text.write_text(plans.source_text("dak-lak-2024"), encoding="utf-8")
...     out = pathlib.Path(folder, "draft.toml")
...     with contextlib.redirect_stdout(io.StringIO()) as shown:
...         code = main([str(text), "-o", str(out)])
...     drafted = read_plan(out)
>>> code, len(drafted.targets)
(0, 14)
>>> "14 targets" in shown.getvalue()
True
>>> with contextlib.redirect_stderr(io.StringIO()) as err:
...     main(["/no/such/plan.txt"])
2
>>> print(err.getvalue().strip())
vnhealthplan extract: cannot read /no/such/plan.txt: No such file or directory
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import Any

from vnhealthplan.core import options
from vnhealthplan.core.clihelp import ArgumentParser, chosen_language
from vnhealthplan.core.errors import MissingDependencyError, PlanDataError, VNHealthPlanError
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.plural import counted
from vnhealthplan.core.terminal import (
    display_width,
    setup_streams,
    table,
    terminal_width,
    wrap,
)
from vnhealthplan.core.vocab import Lang
from vnhealthplan.data.planfile import write_plan
from vnhealthplan.io.extract.draft import draft_file
from vnhealthplan.io.extract.reading import ExtractError
from vnhealthplan.io.extract.reasons import said
from vnhealthplan.io.extract.reviewbook import read_review_left, write_review
from vnhealthplan.io.extract.unread import left_unread
from vnhealthplan.text.numbers import format_number

__all__ = ["QUOTE_WIDTH", "main"]

_PROG = "vnhealthplan extract"
_NOT_READ = (
    "{count} figure not read: see the review table",
    "{count} figures not read: see the review table",
)
_LEFT_UNREAD = (
    "{count} figure left unread in the review workbook: not in the plan",
    "{count} figures left unread in the review workbook: not in the plan",
)


def _parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog=_PROG,
        description="Draft a plan file from a plan's text (.txt, .docx, .pdf) for review.",
    )
    parser.add_argument("file", help="the plan's text: .txt (any encoding), .docx or .pdf")
    parser.add_argument("-o", "--output", help="write the draft plan file (TOML) here")
    parser.add_argument("--lang", choices=("en", "vi"), default=None, help="table language")
    parser.add_argument("--key", default=None, help="the plan's key (default: province-year)")
    parser.add_argument("--encoding", default=None, help="the text file's encoding, if known")
    parser.add_argument("--force", action="store_true", help="replace output files that exist")
    review = parser.add_mutually_exclusive_group()
    review.add_argument(
        "--review",
        metavar="BOOK",
        default=None,
        help="write the review workbook (.xlsx) here, to correct in Excel",
    )
    review.add_argument(
        "--from-review",
        metavar="BOOK",
        default=None,
        help="read a corrected review workbook back; write the plan to -o",
    )
    return parser  # fmt: skip


#: The widest quote of the review table printed at the terminal (the file keeps every word).
QUOTE_WIDTH = 30


def _short(text: str) -> str:
    """*text* on one line, cut to :data:`QUOTE_WIDTH` cells with "…"."""
    line = " ".join(text.split())
    if display_width(line) <= QUOTE_WIDTH:
        return line
    while display_width(line) > QUOTE_WIDTH - 1:
        line = line[:-1]
    return line.rstrip() + "…"


def _cite(document: Any, lang: Lang) -> str:
    """Issuer, number and date (dd/mm/yyyy in Vietnamese), as far as they are known."""
    number = document.number or translate("(no number)", lang, context="cli")
    if document.issued is None:
        when = translate("undated", lang, context="cli")
    else:
        when = document.issued.strftime("%d/%m/%Y") if lang == "vi" else document.issued.isoformat()
    return f"{document.issuer}, {number} ({when})"


def review_lines(draft: Any, lang: Lang) -> list[str]:
    """The review table of *draft*: every column but the span, wrapped to the terminal."""
    frame = draft.review_frame(lang)
    if not len(frame):
        return []
    columns = list(frame.columns[:-2])
    rows = []
    for record in frame.to_dict("records"):
        cells = [str(record[c]) for c in columns]
        cells[4] = format_number(float(record[columns[4]]), lang)  # the confidence
        cells[7] = format_number(int(record[columns[7]]), lang)  # where the quote starts
        cells[2], cells[6] = _short(cells[2]), _short(cells[6])  # the value and the quote
        rows.append(cells)
    return table([str(c) for c in columns], rows, "Llllrll")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit code (see the module notes).

    Parameters
    ----------
    argv : sequence of str, optional
        ``FILE [-o OUT] [--review BOOK | --from-review BOOK] [--force] [--lang vi|en]
        [--key KEY] [--encoding ENC]``.

    Returns
    -------
    int

    Examples
    --------
    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()):
    ...     main(["plan.txt", "--lang", "fr"])
    2
    """
    setup_streams()  # the streams and pipes handled as the package's command line does
    try:
        code = _main(argv)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        with contextlib.suppress(OSError, ValueError):  # not a real file: nothing to flush
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


def _main(argv: Sequence[str] | None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    try:  # help and usage errors in the language asked for
        with options.language(chosen_language(words) or resolve_language(None)):
            args = _parser().parse_args(words)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    lang = resolve_language(args.lang)
    code = _usage(args, lang)
    if code:
        return code
    try:
        draft = draft_file(args.file, key=args.key, encoding=args.encoding)
    except FileNotFoundError as err:
        reason = err.strerror
        text = translate("cannot read {file}: {reason}", lang, context="cli", file=args.file,
                         reason=reason)  # fmt: skip
        return _fail(text, 2)
    except (ExtractError, OSError) as err:
        print(f"{_PROG}: {_said(err, lang)}", file=sys.stderr)
        return 1
    try:
        if args.from_review:
            return _from_review(draft, args, lang)
        _show(draft, draft.plan, lang, table=True)
        if args.output:
            _write_plan(draft.plan, args.output, lang, "draft written to {file}")
            _unread(left_unread(draft.findings), lang, _NOT_READ)
        if args.review:
            _write_book(draft, args.review, lang)
    except MissingDependencyError as err:  # openpyxl, for the review workbook
        return _fail(_said(err, lang), 1)
    except BrokenPipeError:
        raise
    except OSError as err:
        text = translate("cannot write {file}: {reason}", lang, context="cli", file=err.filename,
                         reason=err)  # fmt: skip
        return _fail(text, 1)
    return 0


def _said(err: BaseException, lang: Lang) -> str:
    """*err*'s message in *lang* (the package's errors say it in either language)."""
    return err.said(lang) if isinstance(err, VNHealthPlanError) else str(err)


def _fail(message: str, code: int) -> int:
    """Print *message* (translated) to stderr, prefixed; return *code*."""
    print(f"{_PROG}: {message}", file=sys.stderr)
    return code


def _usage(args: argparse.Namespace, lang: Lang) -> int:
    """2 for outputs that exist (without --force) or --from-review without -o, else 0."""
    if args.from_review and not args.output:
        needs = translate(
            "--from-review needs -o OUT, the corrected plan file", lang, context="cli"
        )
        return _fail(needs, 2)
    for out in (args.output, args.review):
        if out and not args.force and os.path.lexists(out):
            exists = translate("{file} exists; give --force to replace it", lang, context="cli",
                               file=out)  # fmt: skip
            return _fail(exists, 2)
    return 0


def _show(draft: Any, plan: Any, lang: Lang, *, table: bool) -> None:
    """The heading of *plan*, the draft's messages, and the review table if *table*."""
    counts = ", ".join(
        counted(len(records), one, many, lang, context="cli", count=len(records))
        for records, one, many in (
            (plan.targets, "{count} target", "{count} targets"),
            (plan.observations, "{count} status figure", "{count} status figures"),
            (plan.assignments, "{count} assignment", "{count} assignments"),
        )
    )
    heading = translate("{plan}: {document} — {counts}", lang, context="cli", plan=plan.key,
                        document=_cite(plan.document, lang), counts=counts)  # fmt: skip
    width = terminal_width()
    print(*wrap(heading, width), sep="\n")
    if not table:
        return
    for message in draft.messages:
        text = said([message], lang)  # a header's reason in *lang*, another message as it is
        note = wrap(translate("note: {text}", lang, context="cli", text=text), width - 4)
        print(*(f"  {line}" if i == 0 else f"    {line}" for i, line in enumerate(note)), sep="\n")
    for line in review_lines(draft, lang):
        print(line)


def _write_plan(plan: Any, out: str, lang: Lang, done: str) -> None:
    """Write *plan* to *out* (atomically) and say so with *done*."""
    _named(write_plan, plan, out)
    print(translate(done, lang, context="cli", file=out))


def _write_book(draft: Any, out: str, lang: Lang) -> None:
    _named(write_review, draft, out, lang)
    print(translate("review workbook written to {file}", lang, context="cli", file=out))


def _unread(count: int, lang: Lang, said: tuple[str, str]) -> None:
    """Say how many figures the drafter did not read (:mod:`.unread`), if any."""
    if count:
        print(counted(count, *said, lang, context="cli", count=count))


def _named(write: Any, *args: Any) -> None:
    """Call *write*; an OSError names the file it could not write (``args[1]``)."""
    try:
        write(*args)
    except OSError as err:
        if err.filename is None:
            err.filename = str(args[1])
        raise


def _from_review(draft: Any, args: argparse.Namespace, lang: Lang) -> int:
    """Read the corrected workbook back; write the corrected plan to ``-o``."""
    try:
        plan, left = read_review_left(args.from_review, draft)
    except PlanDataError as err:
        print(f"{_PROG}: {_said(err, lang)}", file=sys.stderr)
        return 1
    except FileNotFoundError as err:
        reason = err.strerror
        text = translate("cannot read {file}: {reason}", lang, context="cli",
                         file=args.from_review, reason=reason)  # fmt: skip
        return _fail(text, 2)
    _show(draft, plan, lang, table=False)
    _write_plan(plan, args.output, lang, "corrected plan written to {file}")
    _unread(left, lang, _LEFT_UNREAD)
    return 0


if __name__ == "__main__":  # python -m vnhealthplan.io.extract.cli FILE ...
    sys.exit(main())
