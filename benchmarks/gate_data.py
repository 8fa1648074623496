"""Data for benchmarks/learned_gate.py: the labelled documents by set, and what a drafter drafts.

``documents()`` lists the released documents (the seeds, cases.toml, and blind sets 1–8 of
tests/data/extract/blind.toml, by their "# … blind set" headings), each with its set, its
text and its labelled targets and status figures (quote, value). ``dump(docs)`` drafts each
and keeps, per document, every finding (kind, span, value, confidence, reasons) with the
drafted value of each target and status figure, and the drafter's messages: plain data, so
that an older drafter can be run in a subprocess (``python gate_data.py SET OUT.json`` with
its ``src`` on PYTHONPATH) and read back. Only public names of ``vnhealthplan`` used at every
blind-time commit are imported here.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BLIND = ROOT / "tests" / "data" / "extract" / "blind.toml"
CASES = ROOT / "tests" / "data" / "extract" / "cases.toml"
#: The heading that opens each released blind set in blind.toml (set 1 opens the file).
HEADS = (
    ("set2", "# Second blind set"),
    ("set3", "# Third blind set, part b"),
    ("set4", "# Fourth blind set, part a"),
    ("set5", "# Fifth blind set, part a"),
    ("set6", "# Sixth blind set ("),
    ("set7", "# Seventh blind set ("),
    ("set8", "# Eighth blind set ("),
)
#: Anything from here on is not released: never read.
STOP = "# Ninth blind set"


def _labels(raw: dict[str, Any], key: str) -> list[dict[str, Any]]:
    keep = ("quote", "value", "upper", "year", "comparator")
    return [{k: item.get(k) for k in keep} for item in raw.get(key, [])]


def _case_docs(text: str, folder: Path, name: str) -> list[dict[str, Any]]:
    docs = []
    for raw in tomllib.loads(text).get("case", []):
        path = folder / raw["file"]
        docs.append(
            {
                "set": name,
                "key": path.stem,
                "path": str(path),
                "targets": _labels(raw, "targets"),
                "observations": _labels(raw, "observations"),
                "has_obs": "observations" in raw,
            }
        )
    return docs


def blind_sets() -> list[dict[str, Any]]:
    """The documents of blind.toml, each with its set ("set1" … "set8")."""
    text = BLIND.read_text("utf-8")
    stop = re.search("(?m)^" + re.escape(STOP), text)
    text = text[: stop.start()] if stop else text
    heads = [(re.search("(?m)^" + re.escape(h), text), name) for name, h in HEADS]
    cuts = [(0, "set1"), *sorted((m.start(), name) for m, name in heads if m)]
    cuts.append((len(text), ""))
    docs = []
    for (a, name), (b, _) in itertools.pairwise(cuts):
        chunk = text[a:b]
        at = re.search(r"(?m)^\[\[case\]\]", chunk)
        if at:
            docs += _case_docs(chunk[at.start() :], BLIND.parent, name)
    return docs


def seeds() -> list[dict[str, Any]]:
    """The bundled plans, their curated targets and observations as labels."""
    from vnhealthplan import plans

    docs = []
    for key in plans.available():
        plan = plans.load(key)

        def lab(records: Any) -> list[dict[str, Any]]:
            return [
                {
                    "quote": r.source.quote if r.source else "",
                    "value": float(r.value.magnitude),
                    "upper": float(r.upper.magnitude) if getattr(r, "upper", None) else None,
                    "year": r.period.last_year,
                }
                for r in records
            ]

        docs.append(
            {
                "set": "seeds",
                "key": key,
                "path": "",
                "targets": lab(plan.targets),
                "observations": lab(plan.observations),
                "has_obs": True,
            }
        )
    return docs


def documents() -> list[dict[str, Any]]:
    """Every released labelled document: seeds, cases.toml, blind sets 1–8."""
    cases = _case_docs(CASES.read_text("utf-8"), CASES.parent, "cases")
    return seeds() + cases + blind_sets()


def _magnitude(q: Any) -> float | None:
    return None if q is None else float(q.magnitude)


def findings_of(draft: Any) -> list[dict[str, Any]]:
    """A draft's findings as plain data, each target and status figure with its magnitude."""
    records = {"target": draft.plan.targets, "observation": draft.plan.observations}
    seen = {"target": 0, "observation": 0}
    found = []
    for f in draft.findings:
        item = {
            "kind": f.kind,
            "span": list(f.span),
            "value": f.value,
            "year": f.year,
            "conf": float(f.confidence),
            "reasons": [str(r) for r in f.reasons],
        }
        if f.kind in records:
            rec = records[f.kind][seen[f.kind]]
            seen[f.kind] += 1
            item["mag"] = _magnitude(rec.value)
            item["upper"] = _magnitude(getattr(rec, "upper", None))
        found.append(item)
    return found


def draft_one(doc: dict[str, Any]) -> dict[str, Any]:
    """Draft one document and keep its findings and records as plain data."""
    from vnhealthplan.io.extract.draft import draft_file, draft_plan

    if doc["path"]:
        draft = draft_file(doc["path"])
    else:
        from vnhealthplan import plans

        draft = draft_plan(plans.source_text(doc["key"]), key=doc["key"])
    return {
        "key": doc["key"],
        "text": draft.text,
        "findings": findings_of(draft),
        "messages": [str(m) for m in draft.messages],
    }


def dump(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """:func:`draft_one` for each of *docs*."""
    return [draft_one(d) for d in docs]


def _number(text: str) -> float | None:
    """The first number written in *text*, read the Vietnamese way ("1.200" 1200, "0,3")."""
    m = re.search(r"\d[\d.,]*", text)
    if not m:
        return None
    raw = m.group().rstrip(".,")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", raw):
        raw = raw.replace(".", "")
    raw = raw.replace(",", ".") if raw.count(",") == 1 else raw.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        return None


def figure_value(f: dict[str, Any]) -> float | None:
    """The value of a figure: the drafted magnitude, else the first number of its value."""
    return f["mag"] if f.get("mag") is not None else _number(f["value"])


if __name__ == "__main__":  # python gate_data.py SET OUT.json: draft one blind set
    wanted = [d for d in blind_sets() if d["set"] == sys.argv[1]]
    Path(sys.argv[2]).write_text(json.dumps(dump(wanted), ensure_ascii=False), "utf-8")
    print(f"{sys.argv[1]}: {len(wanted)} documents drafted", file=sys.stderr)
