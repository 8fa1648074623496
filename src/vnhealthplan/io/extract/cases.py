"""Scoring the drafter on labelled case files: excerpts of public plans and what they state.

A case file (``tests/data/extract/cases.toml``; the labelling convention is in
docs/labelling.rst) lists one ``[[case]]`` per document: its text file, relative to the case
file, and the records a careful reader finds in it: ``targets``, ``observations``,
``deadlines``, ``assignments`` and ``references``. :func:`evaluate_cases` drafts each text
with :func:`~vnhealthplan.io.extract.draft_file` and scores one kind of record per document.

A labelled record matches a drafted one (each used at most once) when

* target: the indicator (a catalogue code alike; ``"draft"`` for a drafted indicator the
  catalogue does not have, whose quote overlaps the label's quote when the label has one),
  the value and upper bound as written (the drafted magnitude in the drafted unit), the
  comparator (``"="`` with an ``upper`` also matches a drafted range), the kind
  (``"level"`` when not given) and the year (the last year of the drafted period) agree;
* observation: the indicator, the value and the year agree;
* deadline: the period code agrees ("2024-Q2"); a drafted deadline whose quote overlaps the
  label's is paired first, so that repeated periods pair by place;
* assignment: the lead agency agrees (:func:`~.evaluate.agency_key`), and the quotes
  overlap when the label has one;
* reference: the cited number agrees (spaces ignored), else the date, for a citation
  without a number.

A kind a case does not list (no ``deadlines = […]`` key) is not scored for that case: an
empty list says the document has none, a missing key that nobody looked.

Examples
--------
>>> from pathlib import Path
>>> import vnhealthplan
>>> cases = Path(vnhealthplan.__file__).parents[2] / "tests" / "data" / "extract" / "cases.toml"
>>> [(s.key, s.curated, s.matched) for s in evaluate_cases(cases)][:2]
[('kon-tum-1479-2022', 2, 2), ('an-giang-288-2024', 0, 0)]
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, Final

import attrs

from vnhealthplan.core.argchecks import choice
from vnhealthplan.core.errors import PlanDataError, Problem
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import Comparator, TargetKind
from vnhealthplan.data import indicators
from vnhealthplan.io.extract.draft import Draft, draft_file
from vnhealthplan.io.extract.evaluate import Score, agency_key, overlaps, quote_spans, tally
from vnhealthplan.io.extract.reading import check_path

__all__ = [  # noqa: RUF022 (plainly sorted, as tests/test_extract.py wants)
    "Case",
    "LABELLED",
    "Label",
    "evaluate_cases",
    "pair_by_place",
    "read_cases",
    "same_number",
    "score_case",
]

Span = tuple[int, int]

#: The kinds of record a case labels, by the key of its list.
LABELLED: Final = {
    "target": "targets",
    "observation": "observations",
    "deadline": "deadlines",
    "assignment": "assignments",
    "reference": "references",
}
_REQUIRED: Final = {
    "target": ("indicator", "value"),
    "observation": ("indicator", "value"),
    "deadline": ("period",),
    "assignment": ("lead",),
    "reference": (),
}


@attrs.frozen
class Label:
    """One labelled record of a case: its kind and its fields as the case file gives them.

    Examples
    --------
    >>> Label("deadline", {"period": "2024-Q2", "quote": "Quý II/2024"}).get("period")
    '2024-Q2'
    """

    kind: str
    fields: Mapping[str, Any] = attrs.field(factory=dict, eq=False)

    def get(self, name: str, default: Any = None) -> Any:
        """The field *name*, or *default*."""
        return self.fields.get(name, default)

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.fields.items() if k != "quote")
        quote = str(self.fields.get("quote", ""))
        return f"Label({self.kind}: {shown}{', quote=' + repr(quote[:60]) if quote else ''})"


@attrs.frozen
class Case:
    """One labelled document of a case file.

    Parameters
    ----------
    key : str
        The text file's name without its suffix.
    path : pathlib.Path
        The text file.
    labels : dict of str to tuple of Label
        The labelled records by kind; a kind the case does not list is absent.
    meta : dict
        The case's other fields (url, publisher, province, number, issued …).

    Examples
    --------
    >>> Case("x", Path("x.txt"), {"target": ()}, {}).kinds
    ('target',)
    """

    key: str
    path: Path
    labels: Mapping[str, tuple[Label, ...]] = attrs.field(eq=False)
    meta: Mapping[str, Any] = attrs.field(eq=False)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of record this case labels."""
        return tuple(self.labels)


def _labels(where: str, kind: str, raw: Any, problems: list[Problem], file: str) -> list[Label]:
    key = LABELLED[kind]
    if not isinstance(raw, list):
        problems.append(Problem(file, where, key, raw, message("expected a list of inline tables")))
        return []
    found = []
    for i, item in enumerate(raw):
        record = f"{where}.{key}[{i}]"
        if not isinstance(item, dict):
            problems.append(Problem(file, record, key, item, message("expected an inline table")))
            continue
        missing = [f for f in _REQUIRED[kind] if f not in item]
        if kind == "reference" and not ({"number", "date"} & item.keys()):
            missing.append("number or date")
        for name in missing:
            problems.append(Problem(file, record, name, None, message("is required")))
        for name in ("value", "upper"):
            if name in item and not isinstance(item[name], int | float):
                problems.append(
                    Problem(file, record, name, item[name], message("expected a number"))
                )
        if "quote" in item and not isinstance(item["quote"], str):
            problems.append(
                Problem(file, record, "quote", item["quote"], message("expected a str"))
            )
        found.append(Label(kind, dict(item)))
    return found


def read_cases(path: str | os.PathLike[str]) -> tuple[Case, ...]:
    """Read a case file (see the module notes); every bad field is reported at once.

    Raises
    ------
    PlanDataError
        For a file that is not TOML, or cases without a readable ``file``, or labels
        without their required fields; each problem names the case, the field and value.
    FileNotFoundError
        If *path* does not exist.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     bad = Path(folder, "cases.toml")
    ...     _ = bad.write_text('[[case]]\\nfile = "x.txt"\\ntargets = [{ value = 5 }]\\n')
    ...     read_cases(bad)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: 2 invalid values in cases.toml:
      cases.toml: case[0]: file = 'x.txt': no such text file next to the case file
      cases.toml: case[0].targets[0]: indicator: is required
    """
    file = check_path(path, "read_cases")
    name = file.name
    try:
        data = tomllib.loads(file.read_text("utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise PlanDataError([Problem(name, "(file)", "(toml)", None, str(err))]) from None
    problems: list[Problem] = []
    cases = []
    for i, raw in enumerate(data.get("case", [])):
        where = f"case[{i}]"
        text = raw.get("file")
        if not isinstance(text, str) or not (file.parent / text).is_file():
            problems.append(
                Problem(
                    name, where, "file", text, message("no such text file next to the case file")
                )
            )
        labels = {
            kind: tuple(_labels(where, kind, raw[key], problems, name))
            for kind, key in LABELLED.items()
            if key in raw
        }
        meta = {k: v for k, v in raw.items() if k not in LABELLED.values()}
        key = Path(text).stem if isinstance(text, str) else where
        cases.append(Case(key, file.parent / str(text), labels, meta))
    if problems:
        raise PlanDataError(problems)
    return tuple(cases)


def same_number(want: Any, got: Any) -> bool:
    """Whether two numbers of a label are the same (both None, or equal as floats).

    Examples
    --------
    >>> same_number(0.3, 0.1 + 0.2), same_number(None, None), same_number(90, None)
    (True, True, False)
    """
    if want is None or got is None:
        return want is None and got is None
    return math.isclose(float(want), float(got), rel_tol=1e-9, abs_tol=1e-9)


def _same_value(label: Label, value: Any, upper: Any) -> bool:
    def magnitude(quantity: Any) -> Any:
        return None if quantity is None else quantity.magnitude

    return same_number(label.get("value"), magnitude(value)) and same_number(
        label.get("upper"), magnitude(upper)
    )


def _same_indicator(label: Label, record: Any, span: Span, text: str) -> bool:
    code = str(label.get("indicator"))
    drafted = record.indicator.code
    if code != "draft":
        return bool(drafted == code)
    if drafted in indicators.catalogue():
        return False
    quote = label.get("quote")
    return not quote or overlaps(span, quote_spans(text, quote))


def _target(label: Label, record: Any, span: Span, text: str) -> bool:
    if record.period.last_year != label.get("year", record.period.last_year):
        return False
    wanted = Comparator.parse(str(label.get("comparator", "=")))
    allowed = {wanted, Comparator.RANGE} if label.get("upper") is not None else {wanted}
    if record.comparator not in allowed:
        return False
    if record.kind != TargetKind.parse(str(label.get("kind", "level"))):
        return False
    return _same_value(label, record.value, record.upper) and _same_indicator(
        label, record, span, text
    )


def _observation(label: Label, record: Any, span: Span, text: str) -> bool:
    if record.period.last_year != label.get("year", record.period.last_year):
        return False
    return _same_value(label, record.value, None) and _same_indicator(label, record, span, text)


def _assignment(label: Label, record: Any, span: Span, text: str) -> bool:
    if agency_key(str(label.get("lead"))) != agency_key(record.lead):
        return False
    quote = label.get("quote")
    return not quote or overlaps(span, quote_spans(text, quote))


def _deadline(label: Label, record: Any, span: Span, text: str) -> bool:
    return bool(str(label.get("period")) == record.period.code)


def _reference(label: Label, record: Any, span: Span, text: str) -> bool:
    number = label.get("number")
    if number:
        return "".join(str(number).split()) == "".join((record.number or "").split())
    day = label.get("date")
    return isinstance(day, date) and record.issued == day


_SAME: Final[dict[str, Callable[[Label, Any, Span, str], bool]]] = {
    "target": _target,
    "observation": _observation,
    "deadline": _deadline,
    "assignment": _assignment,
    "reference": _reference,
}


def _drafted(draft: Draft, kind: str) -> tuple[Sequence[Any], list[Span]]:
    if kind == "deadline":
        return draft.deadlines, [d.span for d in draft.deadlines]
    if kind == "reference":
        return draft.references, [r.span for r in draft.references]
    records = {
        "target": draft.plan.targets,
        "observation": draft.plan.observations,
        "assignment": draft.plan.assignments,
    }[kind]
    return records, [f.span for f in draft.findings if f.kind == kind]


def score_case(case: Case, draft: Draft, kind: str = "target") -> Score | None:
    """Score *draft* against the labels of one *kind* of *case*; None if it labels none.

    Examples
    --------
    >>> case = Case("x", Path("x.txt"), {"deadline": (Label("deadline", {"period": "2024-Q2",
    ...             "quote": "Quý II/2024"}),)}, {})
    >>> from vnhealthplan.extract import draft_plan
    >>> score = score_case(case, draft_plan("Sở Y tế báo cáo trong Quý II/2024."), "deadline")
    >>> score.curated, score.drafted, score.matched
    (1, 1, 1)
    """
    choice(kind, _SAME, "score_case", "kind")
    if kind not in case.labels:
        return None
    labels = case.labels[kind]
    records, spans = _drafted(draft, kind)
    pairs = pair_by_place(labels, records, spans, _SAME[kind], draft.text)
    return tally(case.key, list(records), list(labels), pairs, kind)


def pair_by_place(
    labels: Sequence[Label],
    records: Sequence[Any],
    spans: Sequence[Span],
    same: Callable[[Label, Any, Span, str], bool],
    text: str,
) -> list[tuple[int, int]]:
    """Pairs (record index, label index) that *same* accepts, each used at most once.

    The pairs whose quotes overlap are made first, then any: repeated periods pair by
    place.

    Examples
    --------
    >>> label = Label("deadline", {"period": "2025", "quote": "năm 2025"})
    >>> pair_by_place([label], ["2025"], [(4, 12)], lambda l, r, s, t: True, "Đến năm 2025")
    [(0, 0)]
    """
    used_d: set[int] = set()
    used_l: set[int] = set()
    pairs = []
    for by_place in (True, False):
        for j, label in enumerate(labels):
            places = quote_spans(text, label.get("quote") or "") if by_place else []
            for i, (record, span) in enumerate(zip(records, spans, strict=True)):
                if i in used_d or j in used_l or (by_place and not overlaps(span, places)):
                    continue
                if same(label, record, span, text):
                    pairs.append((i, j))
                    used_d.add(i)
                    used_l.add(j)
                    break
    return pairs


def evaluate_cases(path: str | os.PathLike[str], kind: str = "target") -> tuple[Score, ...]:
    """Draft every case of a case file and score one kind of record: one Score per case.

    Parameters
    ----------
    path : str or os.PathLike
        The case file (TOML, see the module notes).
    kind : {"target", "observation", "deadline", "assignment", "reference"}

    Returns
    -------
    tuple of Score
        One per case that labels *kind*, in file order.

    Examples
    --------
    See the module notes.
    """
    scores = []
    for case in read_cases(path):
        score = score_case(case, draft_file(case.path), kind)
        if score is not None:
            scores.append(score)
    return tuple(scores)
