"""Check that a change to the extractor leaves its drafts as they were (for speed work).

Drafts the bundled plan texts, the cases of each case file given and a benchmark text of
the bundled plans repeated, and writes (``save``) or compares (``compare``) the findings,
plan, messages, deadlines and references of each draft. Run ``save`` on the commit before
the change and ``compare`` after it:

    python benchmarks/same_drafts.py save before.pickle [--cases FILE ...] [--chars N]
    python benchmarks/same_drafts.py compare before.pickle [--cases FILE ...] [--chars N]

``compare`` lists the drafts that differ and exits with status 1 if any does.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

from bench_extract import plan_text

from vnhealthplan import plans
from vnhealthplan.io.extract.cases import read_cases
from vnhealthplan.io.extract.draft import Draft, draft_file, draft_plan


def _dump(draft: Draft) -> str:
    findings = tuple(f for f in draft.findings if f.kind != "unread")  # listed extra
    parts = (findings, draft.plan, draft.messages, draft.deadlines, draft.references)
    return "\n".join(repr(part) for part in parts)


def drafts(cases: list[str], chars: int) -> dict[str, str]:
    """Each draft's records as text, by the name of what was drafted."""
    found = {
        f"plan {key}": _dump(draft_plan(plans.source_text(key), key=key))
        for key in plans.available()
    }
    for file in cases:
        for case in read_cases(file):
            found[f"{file}: {case.key}"] = _dump(draft_file(case.path))
    if chars:
        found[f"bench {chars}"] = _dump(draft_plan(plan_text(chars)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["save", "compare"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--cases", nargs="*", default=["tests/data/extract/cases.toml"])
    parser.add_argument("--chars", type=int, default=300_000)
    args = parser.parse_args()
    found = drafts(args.cases, args.chars)
    if args.mode == "save":
        args.file.write_bytes(pickle.dumps(found))
        print(f"saved {len(found)} drafts to {args.file}")
        return
    before = pickle.loads(args.file.read_bytes())
    differ = [name for name in before if before[name] != found.get(name)]
    print(f"compared {len(before)} drafts: " + (", ".join(differ) or "all the same"))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
