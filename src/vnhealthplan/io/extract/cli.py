"""``vnhealthplan extract FILE [-o OUT] [--lang vi|en]``: draft a plan file from a plan's text.

Prints the review table (the findings, lowest confidence first) and the messages, and
writes the draft to *OUT* (a plan file, TOML) when asked. The table is wrapped to the
terminal's width (``COLUMNS``, else 100), every reason in full; values and quotes are
shortened to :data:`QUOTE_WIDTH` cells (the draft keeps them whole). The lines are in the
language of ``--lang`` (by default the package setting). Errors go to stderr, prefixed
"vnhealthplan extract:", without a traceback.

Exit codes: 0 a draft was made (even one without targets), 1 the file cannot be drafted
from (empty, binary, too large, a scanned PDF) or the output cannot be written, 2 bad
arguments or a missing file.

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
import sys
from collections.abc import Sequence
from typing import Any

from vnhealthplan.core.i18n import translate
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.terminal import display_width, table, terminal_width, wrap
from vnhealthplan.core.vocab import Lang
from vnhealthplan.io.extract.draft import draft_file
from vnhealthplan.io.extract.reading import ExtractError
from vnhealthplan.text.numbers import format_number

__all__ = ["QUOTE_WIDTH", "main"]

_PROG = "vnhealthplan extract"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Draft a plan file from a plan's text (.txt, .docx, .pdf) for review.",
    )
    parser.add_argument("file", help="the plan's text: .txt (any encoding), .docx or .pdf")
    parser.add_argument("-o", "--output", help="write the draft plan file (TOML) here")
    parser.add_argument("--lang", choices=("en", "vi"), default=None, help="table language")
    parser.add_argument("--key", default=None, help="the plan's key (default: province-year)")
    parser.add_argument("--encoding", default=None, help="the text file's encoding, if known")
    return parser


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
        cells[2], cells[6] = _short(cells[2]), _short(cells[6])  # the value and the quote
        rows.append(cells)
    return table([str(c) for c in columns], rows, "Llllrll")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the exit code (see the module notes).

    Parameters
    ----------
    argv : sequence of str, optional
        ``FILE [-o OUT] [--lang vi|en] [--key KEY] [--encoding ENC]``.

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
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    lang = resolve_language(args.lang)
    try:
        draft = draft_file(args.file, key=args.key, encoding=args.encoding)
    except FileNotFoundError as err:
        print(
            f"{_PROG}: "
            + translate(
                "cannot read {file}: {reason}",
                lang,
                context="cli",
                file=args.file,
                reason=err.strerror,
            ),
            file=sys.stderr,
        )
        return 2
    except (ExtractError, OSError) as err:
        print(f"{_PROG}: {err}", file=sys.stderr)
        return 1
    plan = draft.plan
    heading = translate(
        "{plan}: {document} — {targets} targets, {figures} status figures, "
        "{assignments} assignments",
        lang,
        context="cli",
        plan=plan.key,
        document=_cite(plan.document, lang),
        targets=len(plan.targets),
        figures=len(plan.observations),
        assignments=len(plan.assignments),
    )
    width = terminal_width()
    print(*wrap(heading, width), sep="\n")
    for message in draft.messages:
        note = wrap(translate("note: {text}", lang, context="cli", text=message), width - 4)
        print(*(f"  {line}" if i == 0 else f"    {line}" for i, line in enumerate(note)), sep="\n")
    for line in review_lines(draft, lang):
        print(line)
    if args.output:
        try:
            draft.to_file(args.output)
        except OSError as err:
            print(
                f"{_PROG}: "
                + translate(
                    "cannot write {file}: {reason}",
                    lang,
                    context="cli",
                    file=args.output,
                    reason=err,
                ),
                file=sys.stderr,
            )
            return 1
        print(translate("draft written to {file}", lang, context="cli", file=args.output))
    return 0


if __name__ == "__main__":  # python -m vnhealthplan.io.extract.cli FILE ...
    sys.exit(main())
