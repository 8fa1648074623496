"""Coverage of the labelled targets by a draft's targets and its unread figures, and noise.

For each document (the bundled plans' seeds, and the cases of each ``--cases FILE``): the
number of findings of kind "unread" (the figures the drafter did not read: noise to a
reviewer), and two coverages of the labelled targets:

- ``span``: the share whose quote overlaps a drafted target or an unread finding;
- ``found``: the share matched by a drafted target (the target recall) or, when missed,
  whose quote overlaps an unread finding: what a reviewer sees in the review table.

Run with

    python benchmarks/unread_coverage.py [--cases FILE ...] [--subset FILE] [--details]

``--subset FILE`` also totals the cases of FILE (a case file with the same documents).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from vnhealthplan import plans
from vnhealthplan.io.extract.cases import read_cases, score_case
from vnhealthplan.io.extract.draft import Draft, draft_file, draft_plan
from vnhealthplan.io.extract.evaluate import overlaps, quote_spans, score_draft

Row = tuple[str, int, int, int, int, int, list[str]]  # key, labels, span, found, matched, unread


def _row(key: str, draft: Draft, quotes: Sequence[str], missed: Sequence[str]) -> Row:
    unread = [f.span for f in draft.findings if f.kind == "unread"]
    targets = [f.span for f in draft.findings if f.kind == "target"]
    places = [quote_spans(draft.text, q) for q in quotes]
    span = sum(any(overlaps(p, targets + unread) for p in at) for at in places)
    lost = [q for q in missed if not any(overlaps(p, unread) for p in quote_spans(draft.text, q))]
    matched = len(quotes) - len(missed)
    return key, len(quotes), span, len(quotes) - len(lost), matched, len(unread), lost


def _quote(record: Any) -> str:
    source = getattr(record, "source", None)
    return str(source.quote if source is not None else record.get("quote") or "")


def seeds() -> list[Row]:
    rows = []
    for key in plans.available():
        draft = draft_plan(plans.source_text(key), key=key)
        curated = plans.load(key)
        score = score_draft(draft, curated)
        quotes = [_quote(t) for t in curated.targets]
        rows.append(_row(key, draft, quotes, [_quote(t) for t in score.missed]))
    return rows


def cases(path: str) -> list[Row]:
    rows = []
    for case in read_cases(path):
        if "target" not in case.labels:
            continue
        draft = draft_file(case.path)
        score = score_case(case, draft)
        assert score is not None
        quotes = [_quote(t) for t in case.labels["target"]]
        rows.append(_row(str(case.path), draft, quotes, [_quote(t) for t in score.missed]))
    return rows


def _total(title: str, rows: Sequence[Row]) -> None:
    labels = sum(r[1] for r in rows) or 1
    span, found, matched, unread = (sum(r[i] for r in rows) for i in (2, 3, 4, 5))
    docs = len(rows) or 1
    print(
        f"{title}: {len(rows)} documents, {labels} labelled targets; recall {matched / labels:.1%}"
        f"; coverage span {span / labels:.1%}, found {found / labels:.1%}; unread {unread}"
        f" ({unread / docs:.1f} a document, most {max((r[5] for r in rows), default=0)})"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", nargs="*", default=[], metavar="FILE")
    parser.add_argument("--subset", metavar="FILE")
    parser.add_argument("--details", action="store_true", help="per document, and what is lost")
    args = parser.parse_args(argv)
    groups = {"seeds": seeds()} | {path: cases(path) for path in args.cases}
    for title, rows in groups.items():
        if args.details:
            for key, labels, _span, found, matched, unread, lost in rows:
                print(f"  {key}: {found}/{labels} found ({matched} drafted), {unread} unread")
                for quote in lost:
                    print(f"      lost: {quote[:90]!r}")
        _total(title, rows)
    if args.subset:
        keep = {str(c.path) for c in read_cases(args.subset)}
        rows = [r for path in args.cases for r in groups[path] if r[0] in keep]
        _total(f"{args.subset} ({len(keep)} cases)", rows)


if __name__ == "__main__":
    main()
