"""The candidate figures of a draft, their labels and features (for benchmarks/learned_gate.py)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np
from gate_data import figure_value

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.evaluate import overlaps, quote_spans
from vnhealthplan.io.extract.records import Finding
from vnhealthplan.io.extract.segment import layout
from vnhealthplan.io.extract.unread import unread_findings

FIGURES = ("target", "observation", "unread")
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d[\d.,]*\d|\d")
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]?\d)")
_BULLET = re.compile(r"[ \t]*(?:[-+•*–]|[a-zđ]\)|\d+(?:\.\d+)*[.)]|[IVX]+\.)", re.I)
_UNITS = (
    ("percent", re.compile(r"\s*%")),
    ("permille", re.compile(r"\s*‰")),
    ("money", re.compile(r"\s*(?:tỷ|triệu|nghìn|ngàn)?\s*(?:đồng|VNĐ|USD)", re.I)),
    ("ratio", re.compile(r"[^\n]{0,25}?/\s*(?:\d[\d.]*|vạn|nghìn|1\.000|100\.000)", re.I)),
    ("age", re.compile(r"\s*tuổi", re.I)),
)
_COMPARE = ("đạt", "trên", "dưới", "ít nhất", "tối thiểu", "không quá", "không vượt")
_COMPARE += ("giảm", "tăng", "phấn đấu", "duy trì", "còn", "lên", "khoảng", "hơn", "từ")
_COMPARE_F = tuple(fold(w) for w in _COMPARE)


# --- figures and their labels ------------------------------------------------------------


def _close(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return False
    # a change is labelled signed ("Giảm 50%": -50), its figure is written unsigned
    return math.isclose(abs(float(a)), abs(float(b)), rel_tol=1e-9, abs_tol=1e-9)


def positive(text: str, span: Sequence[int], value: float | None, labels: Sequence[Any]) -> int:
    """The index of the first label whose quote overlaps *span* with the same value, or -1."""
    for i, label in enumerate(labels):
        same = _close(label.get("value"), value) or _close(label.get("upper"), value)
        if same and overlaps(tuple(span), quote_spans(text, label.get("quote") or "")):
            return i
    return -1


def _blindtime_unread(drafted: dict[str, Any]) -> list[dict[str, Any]]:
    """Today's unread listing of a blind-time draft (the unread module came later)."""
    text = drafted["text"]
    findings = [
        Finding(f["kind"], "", f["value"], f["year"], tuple(f["span"]), "", f["conf"])
        for f in drafted["findings"]
    ]
    found = unread_findings(text, layout(text), findings, drafted["messages"])
    return [
        {"kind": "unread", "span": list(f.span), "value": f.value, "year": "", "conf": 0.0}
        | {"reasons": [str(r) for r in f.reasons]}
        for f in found
    ]


def figures(doc: dict[str, Any], drafted: dict[str, Any]) -> list[dict[str, Any]]:
    """The candidate figures of one drafted document, each with its labels and features."""
    text = drafted["text"]
    found = [f for f in drafted["findings"] if f["kind"] in FIGURES]
    if not any(f["kind"] == "unread" for f in drafted["findings"]):
        found += _blindtime_unread(drafted)
    lines = layout(text)
    starts = [ln.span[0] for ln in lines]
    years = [(m.start(), int(m.group())) for m in _YEAR.finditer(text)]
    top = max((y for _, y in years if y <= 2040), default=0)
    rows = []
    for f in found:
        value = figure_value(f)
        rows.append(
            {
                "set": doc["set"],
                "doc": doc["key"],
                "kind": f["kind"],
                "span": f["span"],
                "value": value,
                "target": positive(text, f["span"], value, doc["targets"]),
                "status": positive(text, f["span"], value, doc["observations"]),
                "has_obs": doc["has_obs"],
                "feats": _features(text, f, value, lines, starts, years, top),
            }
        )
    return rows


# --- features ----------------------------------------------------------------------------


def _anchor(text: str, f: dict[str, Any], value: float | None) -> tuple[int, int]:
    """Where the figure's number stands: the run of digits with its value, else the first."""
    a, b = f["span"]
    if f["kind"] == "unread":
        return b - len(f["value"]), b
    runs = list(_DIGITS.finditer(text, a, b))
    for m in runs:
        if _close(figure_value({"value": m.group()}), value):
            return m.span()
    return runs[0].span() if runs else (a, b)


def _bucket(x: float, edges: Sequence[float]) -> int:
    return sum(x > e for e in edges)


def _features(
    text: str,
    f: dict[str, Any],
    value: float | None,
    lines: Sequence[Any],
    starts: list[int],
    years: list[tuple[int, int]],
    top: int,
) -> list[str]:
    a, b = _anchor(text, f, value)
    before = [fold(w) for w in _WORD.findall(text[max(0, a - 100) : a])][-6:]
    after = [fold(w) for w in _WORD.findall(text[b : b + 100])][:6]
    out = [f"b:{w}" for w in before] + [f"a:{w}" for w in after]
    out += [f"b1:{before[-1]}" if before else "b1:-", f"a1:{after[0]}" if after else "a1:-"]
    unit = next((name for name, rx in _UNITS if rx.match(text, b)), "count")
    out.append(f"unit:{unit}")
    near = " ".join(before[-4:])
    out += [f"cmp:{w}" for w in _COMPARE_F if re.search(rf"\b{w}\b", near)]
    out += _year_features(a, years, top)
    line = lines[max(0, np.searchsorted(starts, a, side="right") - 1)]
    out += [f"h:{w}" for w in {fold(w) for w in _WORD.findall(line.section)}]
    out += [f"in_targets:{line.in_targets}", f"in_status:{line.in_status}"]
    out.append(f"section_year:{line.section_year is not None}")
    shape = "table" if line.cells else "heading" if line.level else "prose"
    if shape == "prose" and _BULLET.match(text, line.span[0]):
        shape = "bullet"
    out.append(f"shape:{shape}")
    conf = f["conf"]
    out += [f"rule:{f['kind']}", f"rule_conf:{f['kind']}:{_bucket(conf, (0.5, 0.8, 0.99))}"]
    out += [f"why:{' '.join(fold(w) for w in _WORD.findall(r)[:3])}" for r in f["reasons"][:2]]
    return out


def _year_features(at: int, years: list[tuple[int, int]], top: int) -> list[str]:
    near = [(abs(p - at), p < at, y) for p, y in years if abs(p - at) <= 300]
    if not near:
        return ["year:none"]
    dist, left, year = min(near)
    side = "before" if left else "after"
    rel = _bucket(top - year, (0, 2, 5))
    return [f"year_dist:{side}:{_bucket(dist, (15, 40, 100))}", f"year_rel:{rel}"]
