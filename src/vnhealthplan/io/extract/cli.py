"""``vnhealthplan extract FILE [-o OUT] [--lang vi|en]``: draft a plan file from a plan's text.

Prints the review table (the findings, lowest confidence first) and the messages, and
writes the draft to *OUT* (a plan file, TOML) when asked. Errors go to stderr, prefixed
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

from vnhealthplan.core.options import resolve_language
from vnhealthplan.io.extract.draft import draft_file
from vnhealthplan.io.extract.reading import ExtractError

__all__ = ["main"]

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


#: Widest column of the review table printed at the terminal (the file keeps every word).
_COLUMN_WIDTH = 50


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
        print(f"{_PROG}: cannot read {args.file}: {err.strerror}", file=sys.stderr)
        return 2
    except (ExtractError, OSError) as err:
        print(f"{_PROG}: {err}", file=sys.stderr)
        return 1
    plan = draft.plan
    print(
        f"{plan.key}: {plan.document.cite()} — {len(plan.targets)} targets, "
        f"{len(plan.observations)} status figures, {len(plan.assignments)} assignments"
    )
    for message in draft.messages:
        print(f"  note: {message}")
    frame = draft.review_frame(lang)
    if len(frame):
        table = frame.drop(columns=frame.columns[-2:])
        print(table.to_string(index=False, max_colwidth=_COLUMN_WIDTH))
    if args.output:
        try:
            draft.to_file(args.output)
        except OSError as err:
            print(f"{_PROG}: cannot write {args.output}: {err}", file=sys.stderr)
            return 1
        print(f"draft written to {args.output}")
    return 0


if __name__ == "__main__":  # python -m vnhealthplan.io.extract.cli FILE ...
    sys.exit(main())
