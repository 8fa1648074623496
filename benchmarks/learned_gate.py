"""Does a learned decision carry to unseen text better than the rules? (issue #18, research).

Every figure the drafter sees (its drafted targets, its status figures and its "unread"
figures) is a candidate. A figure is POSITIVE for "target" when a labelled target's quote
overlaps its span with the same value (``quote_spans`` and ``overlaps`` of
vnhealthplan.io.extract.evaluate), and likewise for "status figure" with the labelled
observations. A small logistic regression (numpy, L2, fixed seed) decides from a few
explainable features: the folded words ±6 tokens around the number, the unit family,
comparator words, the nearest year and its distance, the section heading's words, the line's
shape, and the rules' own decision and confidence.

Evaluation is leave-one-SET-out (seeds, blind sets 1–8; cases.toml is left out, its labels
have no quotes). For each held-out set, the figure-level decisions of the rules, of the
model, of the model gating the rules (drop a drafted target with p < t, promote an unread
figure with p > t'; t and t' chosen on inner out-of-fold predictions of the training sets
only), and of a "text" model without the rules' features. Tables: (A) on today's drafts of
every set (the rules were tuned on all but set 8); (B) the models of (A) on sets 3–7 at
their blind-time drafters; (C) trained and tested only on the rules' behaviour on text
they were not tuned on (sets 3–7 at blind time, set 8 today). Last, each gate end to end on
set 8 with the real matcher (:func:`~vnhealthplan.io.extract.cases.score_case`), and set
8's misses and extras split into decision errors, attribute errors and no figure at all.
Nothing here is wired into the library.

Run with

    python benchmarks/learned_gate.py [--blindtime DIR]

The blind-time dumps (read-only worktrees of the commits that brought each set; nothing is
committed there):

    git worktree add --detach /work/s9/bt/wt-set3 3969757   # set4 c0b23db, set5 2ac011a,
    PYTHONPATH=/work/s9/bt/wt-set3/src python benchmarks/gate_data.py set3 DIR/dump-set3.json
                                                            # set6 ff03945, set7 9272240

The unread module came after those commits: a blind-time draft's unread figures are today's
:func:`~vnhealthplan.io.extract.unread.unread_findings` of its findings. Set 8's rows are
today's drafter (at 5d201f6 it drafts set 8 as at its blind score, 174/266, 209 drafted).
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NamedTuple

import numpy as np
from gate_data import BLIND, documents, dump, findings_of
from gate_features import figures, positive

from vnhealthplan.io.extract.cases import read_cases, score_case
from vnhealthplan.io.extract.draft import draft_file

#: cases.toml is left out: its labels have no quotes, so no figure can be matched to one.
SETS = ("seeds", "set1", "set2", "set3", "set4", "set5", "set6", "set7", "set8")
SEED = 20261205


# --- the model ---------------------------------------------------------------------------


class Model:
    """Logistic regression on binary features, L2, fitted by full-batch Adam (fixed seed).

    The features of a row are a few dozen names out of thousands: rows are kept as lists of
    feature indices, and X @ w and X.T @ r are sums over them (np.bincount).
    """

    def __init__(self, rows: Sequence[dict[str, Any]], y: np.ndarray, lam: float = 3e-3) -> None:
        counts = Counter(x for r in rows for x in set(r["feats"]))
        self.vocab = {x: i for i, x in enumerate(sorted(x for x, n in counts.items() if n >= 2))}
        at, cols = self.sparse(rows)
        n, d = len(rows), len(self.vocab)
        rng = np.random.default_rng(SEED)
        w, b = rng.normal(0.0, 0.01, d), 0.0
        m, v, mb, vb = np.zeros(d), np.zeros(d), 0.0, 0.0
        for step in range(1, 401):
            p = 1.0 / (1.0 + np.exp(-(np.bincount(at, w[cols], n) + b)))
            r = (p - y) / n
            grad, gb = np.bincount(cols, r[at], d) + lam * w, float(r.sum())
            m, v = 0.9 * m + 0.1 * grad, 0.999 * v + 0.001 * grad**2
            mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb**2
            fix1, fix2 = 1 - 0.9**step, 1 - 0.999**step
            w -= 0.05 * (m / fix1) / (np.sqrt(v / fix2) + 1e-8)
            b -= 0.05 * (mb / fix1) / (math.sqrt(vb / fix2) + 1e-8)
        self.w, self.b = w, b

    def sparse(self, rows: Sequence[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
        """(row index, feature index) of every known feature of *rows*."""
        pairs = [
            (i, self.vocab[x])
            for i, r in enumerate(rows)
            for x in set(r["feats"])
            if x in self.vocab
        ]
        at, cols = zip(*pairs, strict=True) if pairs else ((), ())
        return np.array(at, dtype=int), np.array(cols, dtype=int)

    def predict(self, rows: Sequence[dict[str, Any]]) -> np.ndarray:
        if not rows:
            return np.zeros(0)
        at, cols = self.sparse(rows)
        z = np.bincount(at, self.w[cols], len(rows)) + self.b
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def top(self, n: int = 8) -> tuple[list[str], list[str]]:
        names = sorted(self.vocab, key=lambda x: self.w[self.vocab[x]])
        show = [f"{x} {self.w[self.vocab[x]]:+.2f}" for x in names]
        return show[::-1][:n], show[:n]


#: task -> (the label field, the rules' own kind for it)
TASKS = {"target": ("target", "target"), "status": ("status", "observation")}


def _y(rows: Sequence[dict[str, Any]], task: str) -> np.ndarray:
    return np.array([r[TASKS[task][0]] >= 0 for r in rows], dtype=float)


def _gain(p: np.ndarray, y: np.ndarray, chosen: np.ndarray, sign: int) -> float:
    """What a decision changes on *chosen* figures: errors removed minus errors added."""
    return float(np.sum(np.where(y[chosen] > 0, -sign, sign)))


def thresholds(p: np.ndarray, rows: Sequence[dict[str, Any]], task: str) -> tuple[float, float]:
    """(t, t'): drop a ruled-in figure with p < t, promote an unread one with p > t'."""
    y, kind = _y(rows, task), np.array([r["kind"] for r in rows])
    own, unread = kind == TASKS[task][1], kind == "unread"
    grid = np.round(np.arange(0.05, 1.0, 0.05), 2)
    drop = max([0.0, *grid], key=lambda t: (_gain(p, y, own & (p < t), 1), -t))
    promote = max([1.0, *grid], key=lambda t: (_gain(p, y, unread & (p > t), -1), t))
    return float(drop), float(promote)


def decisions(r: Result, task: str) -> dict[str, np.ndarray]:
    """The figures each decider takes as *task* (target or status figure)."""
    kind = np.array([x["kind"] for x in r.rows])
    rules = kind == TASKS[task][1]
    gate = (rules & (r.p >= r.t[0])) | ((kind == "unread") & (r.p > r.t[1]))
    return {"rules": rules, "model": r.p >= 0.5, "gate": gate, "text": r.p_text >= 0.5}


#: The rules' own features; a "text" model is trained without them.
RULE_FEATURES = ("rule:", "rule_conf:", "why:")


def text_only(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r | {"feats": [x for x in r["feats"] if not x.startswith(RULE_FEATURES)]} for r in rows]


class Result(NamedTuple):
    name: str
    rows: list[dict[str, Any]]
    p: np.ndarray
    t: tuple[float, float]
    p_text: np.ndarray
    fit: dict[str, Any]


def fold_fit(rows: list[dict[str, Any]], task: str, held: str) -> dict[str, Any]:
    """The models trained without set *held* (with and without the rules' features); the
    gate's thresholds from out-of-fold p of an inner leave-one-set-out on the training sets."""
    train = [r for r in rows if r["set"] != held]
    oof = np.zeros(len(train))
    for inner in sorted({r["set"] for r in train}):
        at = [i for i, r in enumerate(train) if r["set"] == inner]
        rest = [r for r in train if r["set"] != inner]
        oof[at] = Model(rest, _y(rest, task)).predict([train[i] for i in at])
    y = _y(train, task)
    fit = {"model": Model(train, y), "text": Model(text_only(train), y)}
    return fit | {"t": thresholds(oof, train, task)}


def held_out(rows: list[dict[str, Any]], task: str, held: str, name: str = "") -> Result:
    """Fit without set *held* and predict it."""
    fit = fold_fit(rows, task, held)
    test = [r for r in rows if r["set"] == held]
    p_text = fit["text"].predict(text_only(test))
    return Result(name or held, test, fit["model"].predict(test), fit["t"], p_text, fit)


def counts(pred: np.ndarray, y: np.ndarray) -> tuple[int, int, int]:
    tp = int(np.sum(pred & (y > 0)))
    return tp, int(np.sum(pred & (y == 0))), int(np.sum(~pred & (y > 0)))


def _cell(pred: np.ndarray, y: np.ndarray) -> str:
    tp, fp, fn = counts(pred, y)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return f"{tp:3d}/{fp:3d}/{fn:3d} {fp + fn:3d} {prec:4.0%} {rec:4.0%}"


DECIDERS = ("rules", "model", "gate", "text")


def table(title: str, results: Sequence[Result], task: str) -> None:
    print(f"\n{title}")
    head = f"{'held out':17} {'figs':>4} {'pos':>3} {'t/t_':>9}"
    for name in DECIDERS:
        head += f" | {name + ' TP/FP/FN err prec rec':26}"
    print(head + "\n" + "-" * len(head))
    total: dict[str, list[np.ndarray]] = {k: [] for k in (*DECIDERS, "y")}
    for r in results:
        y, dec = _y(r.rows, task), decisions(r, task)
        line = f"{r.name:17} {len(r.rows):4d} {int(y.sum()):3d} {r.t[0]:4.2f}/{r.t[1]:4.2f}"
        for key in DECIDERS:
            line += f" | {_cell(dec[key], y):26}"
            total[key].append(dec[key])
        total["y"].append(y)
        print(line)
    y = np.concatenate(total["y"])
    line = f"{'all':17} {len(y):4d} {int(y.sum()):3d} {'':9}"
    print(line + "".join(f" | {_cell(np.concatenate(total[k]), y):26}" for k in DECIDERS))


# --- the report --------------------------------------------------------------------------


def ceiling(docs: Sequence[dict[str, Any]], rows: Sequence[dict[str, Any]], title: str) -> None:
    """How many labelled targets no figure holds (overlapping quote, same value)."""
    print(f"\n{title}")
    print(
        f"{'set':8} {'labelled':>8} {'a figure':>8} {'target':>6} {'status':>6} {'unread':>6} "
        f"{'none':>5}"
    )
    for name in [s for s in SETS if any(r["set"] == s for r in rows)]:
        wanted = sum(len(d["targets"]) for d in docs if d["set"] == name)
        held = {
            (r["doc"], r["target"]): r["kind"]
            for r in rows
            if r["set"] == name and r["target"] >= 0
        }
        by = Counter(held.values())
        print(
            f"{name:8} {wanted:8d} {len(held):8d} {by['target']:6d} {by['observation']:6d} "
            f"{by['unread']:6d} {wanted - len(held):5d}"
        )


def _draft8(fits: dict[str, dict[str, Any]], docs: Sequence[dict[str, Any]]) -> None:
    """Each drop gate end to end on set 8 with the real matcher, and the rules' errors."""
    keys = {d["key"]: d for d in docs if d["set"] == "set8"}
    tally: dict[str, Counter[str]] = {k: Counter() for k in ("rules", *fits)}
    split: Counter[str] = Counter()
    for case in [c for c in read_cases(BLIND) if c.key in keys]:
        draft, doc = draft_file(case.path), keys[case.key]
        rows = figures(doc, {"text": draft.text, "findings": findings_of(draft), "messages": []})
        score = score_case(case, draft)
        assert score is not None
        tally["rules"].update(curated=score.curated, drafted=score.drafted, matched=score.matched)
        split += _errors(score, draft, doc, rows)
        for name, fit in fits.items():
            p, (t, t2) = fit["model"].predict(rows), fit["t"]
            tally[name].update(_gated(case, draft, p >= t, rows))
            promoted = [r for i, r in enumerate(rows) if r["kind"] == "unread" and p[i] > t2]
            tally[name].update(promoted=len(promoted))
            tally[name].update(promoted_right=sum(r["target"] >= 0 for r in promoted))
    print("\nSet 8 end to end, real matcher (today's drafter; no model saw set 8)")
    for name, c in tally.items():
        t = f" t={fits[name]['t'][0]:.2f} t'={fits[name]['t'][1]:.2f}" if name in fits else ""
        print(
            f"  {name + t:34} matched {c['matched']}/{c['curated']} "
            f"({c['matched'] / c['curated']:.1%}), drafted {c['drafted']} "
            f"(precision {c['matched'] / max(1, c['drafted']):.1%})"
            + (
                f"; promotes {c['promoted']} unread, {c['promoted_right']} a target's figure"
                if name in fits
                else ""
            )
        )
    print("  (a promoted figure has no drafted year or indicator: counted apart, an upper bound)")
    print("  the rules' set-8 errors: " + ", ".join(f"{k} {v}" for k, v in sorted(split.items())))


def _gated(case: Any, draft: Any, keep_row: np.ndarray, rows: Sequence[dict[str, Any]]):
    keep = [bool(k) for k, r in zip(keep_row, rows, strict=True) if r["kind"] == "target"]
    targets = [x for x, k in zip(draft.plan.targets, keep, strict=True) if k]
    flags = iter(keep)
    found = [f for f in draft.findings if f.kind != "target" or next(flags)]
    plan = SimpleNamespace(targets=targets, observations=(), assignments=())
    gated = score_case(case, SimpleNamespace(text=draft.text, plan=plan, findings=found))
    assert gated is not None
    return {"curated": gated.curated, "drafted": gated.drafted, "matched": gated.matched}


def _errors(score: Any, draft: Any, doc: dict[str, Any], rows: Sequence[dict[str, Any]]):
    """The real matcher's misses and extras by cause: "decision" (the figure was not taken,
    or wrongly taken, as a target), "attribute" (taken, same value and place as a label, but
    its year, indicator, comparator or kind differs), "no figure" (the drafter never saw it)."""
    out: Counter[str] = Counter()
    text = draft.text
    targets = [r for r in rows if r["kind"] == "target"]
    for label in score.missed:
        one = [label.fields]
        if any(positive(text, r["span"], r["value"], one) >= 0 for r in targets):
            out["missed: attribute"] += 1
        elif any(positive(text, r["span"], r["value"], one) >= 0 for r in rows):
            out["missed: decision"] += 1
        else:
            out["missed: no figure"] += 1
    extra = {id(x) for x in score.extra}
    for record, r in zip(draft.plan.targets, targets, strict=True):
        if id(record) in extra:
            cause = (
                "attribute"
                if positive(text, r["span"], r["value"], doc["targets"]) >= 0
                else "decision"
            )
            out[f"extra: {cause}"] += 1
    return out


def _blindtime(folder: Path, docs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures of sets 3–7 drafted by their blind-time drafters (dump-setN.json)."""
    rows = []
    for n in range(3, 8):
        file = folder / f"dump-set{n}.json"
        if file.is_file():
            dumped = {o["key"]: o for o in json.loads(file.read_text("utf-8"))}
            mine = [d for d in docs if d["set"] == f"set{n}" and d["key"] in dumped]
            rows += [r for d in mine for r in figures(d, dumped[d["key"]])]
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blindtime", metavar="DIR", help="folder of dump-setN.json files")
    args = parser.parse_args(argv)
    docs = [d for d in documents() if d["set"] in SETS]
    rows = [r for d, o in zip(docs, dump(docs), strict=True) for r in figures(d, o)]
    print(
        f"{len(docs)} documents, {len(rows)} figures "
        f"({', '.join(f'{k} {v}' for k, v in Counter(r['kind'] for r in rows).items())})"
    )
    ceiling(docs, rows, "Labelled targets among the figures (today's drafter)")
    bt = _blindtime(Path(args.blindtime), docs) if args.blindtime else []
    if bt:
        ceiling(docs, bt, "Labelled targets among the blind-time figures")
    fits: dict[str, dict[str, Any]] = {}
    for task in TASKS:
        data = [r for r in rows if task == "target" or r["has_obs"]]
        loso = [held_out(data, task, held) for held in SETS]
        fits[f"{task}: today"] = loso[-1].fit
        table(
            f"{task} (A) leave-one-set-out on today's drafts (only set 8 unseen by the rules)",
            loso,
            task,
        )
        if not bt:
            continue
        seen = [r for r in bt if task == "target" or r["has_obs"]]
        at_bt = []
        for r in loso[3:8]:  # the models without set N, on set N's blind-time figures
            test = [x for x in seen if x["set"] == r.name]
            p_text = r.fit["text"].predict(text_only(test))
            at_bt.append(
                Result(r.name + " bt", test, r.fit["model"].predict(test), r.t, p_text, r.fit)
            )
        table(f"{task} (B) models of (A) on sets 3–7 at their blind-time drafters", at_bt, task)
        pool = seen + [r for r in data if r["set"] == "set8"]
        unseen = [
            held_out(pool, task, f"set{n}", f"set{n}" + (" bt" if n < 8 else ""))
            for n in range(3, 9)
        ]
        fits[f"{task}: unseen"] = unseen[-1].fit
        table(
            f"{task} (C) trained on the rules' behaviour on unseen text only (sets 3–7 at "
            "blind time, set 8 today), leave-one-set-out",
            unseen,
            task,
        )
    for name in ("target: today", "target: unseen"):
        if name in fits:
            hi, lo = fits[name]["model"].top()
            print(f"\n{name} model without set 8, heaviest weights:\n  + " + "; ".join(hi))
            print("  - " + "; ".join(lo))
    _draft8({k: v for k, v in fits.items() if k.startswith("target")}, docs)


if __name__ == "__main__":
    main()
