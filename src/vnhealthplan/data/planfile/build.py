"""Building the model's records from the rows of a plan file, driven by the field tables.

Every invalid value is noted, not only the first: a :class:`Collector` gathers the
problems of the whole file, and :func:`build` reads each field of a record on its own.

Examples
--------
>>> from vnhealthplan.data.planfile.schema import TABLES
>>> ctx = Context(Collector("<records>"), None, {}, None)
>>> build(ctx, TABLES["facility"], {"name": "BV", "kind": "hospital", "beds": -1}, "facility[1]")
>>> [(p.field, p.value) for p in ctx.out.problems]
[('kind', 'hospital'), ('beds', -1)]
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import attrs

from vnhealthplan.core.errors import Problem, ValidationError, VNHealthPlanError
from vnhealthplan.core.messages import Message, message
from vnhealthplan.data import indicators as catalogue
from vnhealthplan.data.planfile.schema import OMITTED, SKIP, Field, FieldError, Table
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.source import Document, Source

__all__ = ["Collector", "Context", "RecordReading", "build"]

T = TypeVar("T")

#: What a bad value may raise while a record is read.
ERRORS = (ValidationError, VNHealthPlanError, ValueError, TypeError, LookupError, AttributeError)


def problem_text(err: Exception) -> str:
    """The words of a problem: what was expected (a message, said in either language)."""
    if isinstance(err, ValidationError):
        return message("expected {expected}", expected=err.expected)
    first = err.args[0] if err.args else type(err).__name__
    return first if isinstance(first, Message) else str(first)


class Collector:
    """Gathers problems while records are built, so that all are reported at once."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, record: str, field: str, value: object, text: str) -> None:
        """Note a problem with *field* of *record*."""
        self.problems.append(Problem(self.file, record, field, value, text))

    @contextlib.contextmanager
    def record(self, record: str) -> Iterator[None]:
        """Note the error the block raises, if any, as a problem of *record*."""
        try:
            yield
        except ERRORS as err:
            field = getattr(err, "field", "") or getattr(err, "argument", "") or "(record)"
            self.add(record, field, getattr(err, "value", None), problem_text(err))

    def unknown_keys(self, record: str, row: Mapping[str, Any], allowed: set[str]) -> None:
        """Note every key of *row* not in *allowed*."""
        for key in sorted(set(row) - allowed):
            self.add(record, key, row[key], f"unknown field; expected one of {sorted(allowed)}")


class Context:
    """What every record of a file shares: the problems, the document, local indicators."""

    def __init__(
        self,
        out: Collector,
        document: Document | None,
        local: dict[str, Indicator],
        text: str | None,
    ) -> None:
        self.out = out
        self.document = document
        self.local = local
        self.haystack = None if text is None else " ".join(text.split())

    def indicator(self, code: Any) -> Indicator:
        """The indicator *code* names: one the file defines, else the catalogue's."""
        if isinstance(code, str) and code in self.local:
            return self.local[code]
        try:
            return catalogue.get(code)
        except LookupError as err:
            raise FieldError("indicator", code, str(err)) from None

    def quote_ok(self, quote: str) -> bool:
        """Whether *quote* occurs in the source text (white space compared loosely)."""
        return self.haystack is None or " ".join(quote.split()) in self.haystack

    def source(self, row: Mapping[str, Any], record: str) -> Source | None:
        """The source of *row*, its quote checked against the text (None if it has none)."""
        if ("quote" not in row and "section" not in row) or self.document is None:
            return None
        quote = row.get("quote")
        if isinstance(quote, str) and not self.quote_ok(quote):
            self.out.add(record, "quote", quote, "not found in the source text")
        return Source(self.document, row.get("section"), quote, row.get("reading"))  # type: ignore[arg-type]


class RecordReading:
    """One record being read: its row, its values so far, its problems."""

    def __init__(self, ctx: Context, row: Mapping[str, Any], label: str, prefix: str = "") -> None:
        self.ctx = ctx
        self.row = row
        self.label = label
        self.prefix = prefix
        self.values: dict[str, Any] = {}
        self.start = len(ctx.out.problems)

    @property
    def ok(self) -> bool:
        """True while no part of the record has failed."""
        return len(self.ctx.out.problems) == self.start

    def part(self, field: str, build: Callable[[], T], value: object = None) -> T | None:
        """The result of *build*, or None with its error noted as a problem of *field*."""
        try:
            return build()
        except ERRORS as err:
            named = getattr(err, "field", None) or getattr(err, "argument", None) or field
            if isinstance(err, ValidationError) and err.owner.endswith(".parse"):
                named = field  # a reader's own argument ("text"): the file's field is named
            shown = getattr(err, "value", None) if hasattr(err, "value") else value
            self.ctx.out.add(self.label, self.prefix + named, shown, problem_text(err))
            return None

    def indicator(self, code: Any) -> Indicator:
        """The indicator *code* names: one the file defines, else the catalogue's."""
        return self.ctx.indicator(code)

    def nested(self, table: Table, raw: Any, key: str) -> Any:
        """Read the sub-table *raw* of field *key* (a scope, a baseline)."""
        if not isinstance(raw, dict):
            keys = ", ".join(field.key for field in table.fields)
            raise FieldError(key, raw, message("expected a table {{{keys}}}", keys=str(keys)))
        return build(self.ctx, table, raw, self.label, prefix=f"{self.prefix}{key}.", up=self)


def build(
    ctx: Context,
    table: Table,
    row: Mapping[str, Any],
    label: str,
    *,
    prefix: str = "",
    up: RecordReading | None = None,
    extra: Mapping[str, Any] | None = None,
) -> Any:
    """The record *row* describes under *table*, or None; every problem is noted.

    A record whose only problems are unknown keys is still built (so that the records
    using it are checked too); callers tell by the problems whether to keep it.

    Parameters
    ----------
    ctx : Context
    table : Table
    row : mapping
        The record as the file has it.
    label : str
        The record's name in problems, e.g. ``"target[3]"``.
    prefix : str
        For a sub-table: the field names' prefix, e.g. ``"scope."``.
    up : RecordReading, optional
        For a sub-table: the record it belongs to (its indicator is the sub-table's).
    extra : mapping, optional
        Further arguments of the model class (an indicator's code).
    """
    own = f"{label}.{prefix[:-1]}" if prefix else label
    ctx.out.unknown_keys(own, row, table.keys())
    # The record's own checks start after the unknown keys, so that a typo in one
    # field does not hide the problems of the others.
    rec = RecordReading(ctx, row, label, prefix)
    if up is not None and "indicator" in up.values:
        rec.values["indicator"] = up.values["indicator"]
    arguments: dict[str, Any] = dict(extra or {})
    early = [field for field in table.fields if not field.late]
    for field in early:
        _read_field(rec, table, field, arguments)
    if table.sourced:
        arguments["source"] = rec.part("source", lambda: ctx.source(row, own))
    if "indicator" in rec.values:
        for field in table.fields:
            if field.late:
                _read_field(rec, table, field, arguments)
    if not rec.ok:
        _check_the_rest(rec, table, arguments)
        return None
    return rec.part("(record)", lambda: table.kind(**arguments))


def _check_the_rest(rec: RecordReading, table: Table, arguments: dict[str, Any]) -> None:
    """Build the failed record with stand-ins for its bad fields, to note the problems of
    its other fields that only the whole record's checks find (a share of 500 % in a target
    whose period is invalid). Only when every bad field has a stand-in and every required
    one was read; a problem of a bad field itself is not noted twice.
    """
    bad = {p.field.removeprefix(rec.prefix).split(".")[0]
           for p in rec.ctx.out.problems[rec.start:]}  # fmt: skip
    trial = dict(arguments)
    for field in table.fields:
        if field.argument == SKIP:  # a unit or a quote: the value's own problem, or none
            continue
        if field.key in bad:
            if field.stand_in is None:
                return
            trial[field.argument] = field.stand_in(rec)
        if field.required and field.argument not in trial:
            return
    trial = {name: value for name, value in trial.items() if value is not OMITTED}
    try:
        table.kind(**trial)
    except ERRORS as err:
        named = getattr(err, "field", None) or "(record)"
        if named not in bad:
            shown = getattr(err, "value", None)
            rec.ctx.out.add(rec.label, rec.prefix + named, shown, problem_text(err))


def _read_field(rec: RecordReading, table: Table, field: Field, arguments: dict[str, Any]) -> None:
    if field.argument == SKIP:
        return
    if field.key not in rec.row:
        if field.required:
            rec.ctx.out.add(rec.label, rec.prefix + field.key, None, "required field is missing")
        return
    raw = rec.row[field.key]
    before = len(rec.ctx.out.problems)
    if field.read is not None:
        reader = field.read
        value = rec.part(field.key, lambda: reader(raw, rec), raw)
    else:
        value = raw
        if table.check_fields:
            rec.part(field.key, lambda: _check_alone(table.kind, field.argument, raw), raw)
    if len(rec.ctx.out.problems) == before:
        rec.values[field.key] = value
        arguments[field.argument] = value


def _check_alone(kind: type[Any], name: str, value: Any) -> None:
    """Run the converter and validator of attribute *name* of *kind* on *value* alone.

    The validators are given an instance of *kind* that is not initialised: only for
    classes whose field validators do not look at other fields (``Table.check_fields``).
    """
    attribute = attrs.fields_dict(kind)[name]
    if attribute.converter is not None:
        value = attribute.converter(value)  # type: ignore[operator]
    if attribute.validator is not None:
        attribute.validator(object.__new__(kind), attribute, value)
