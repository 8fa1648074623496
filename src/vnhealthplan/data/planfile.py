"""Reading and writing plans as TOML files (the schema of the bundled plans).

A plan file is plain TOML a person can review in a text editor::

    schema = 1
    key = "dak-lak-2024"
    province = "Đắk Lắk"                         # optional
    source_text = "texts/dak-lak-2024.txt"  # optional: quotes are checked in it

    [document]
    title = "..."
    issuer = "Sở Y tế Đắk Lắk"
    number = "132/KH-SYT"                        # optional
    issued = 2023-10-14                          # optional TOML date
    place = "Đăk Lăk"                            # optional
    implements = ["01/NQ-CP"]
    notes = "..."

    [indicators.my_code]                          # optional: indicators not in the catalogue
    name_vi = "..."; name_en = "..."; unit = "..."; direction = "higher"; numerator = "..."

    [[target]]
    indicator = "imr"        # a catalogue code or one defined above
    value = 22               # for a range, the lower bound; for a change, signed
    upper = 24               # range targets only
    unit = "‰"               # optional; the indicator's unit by default
    comparator = "<"         # = < <= > >= ~ range
    kind = "level"           # level | change | maintain
    period = "2024"          # see Period.parse: 2024, 2021-2025, 2024-Q2, 2024-H1, ...
    scope = { tier = "province", facility_kind = "...", description = "..." }
    baseline = { value = 76.5, period = "2017", section = "...", quote = "..." }
    section = "I"
    quote = "..."            # verbatim, OCR errors included
    reading = "..."          # optional corrected reading
    notes = "..."

    [[observation]]          # status figures: indicator, value, unit, period, scope, source
    [[facility]]             # name, kind, tier, rank, ownership, beds, autonomy_group, aliases
    [[assignment]]           # task, lead, partners, submitted_to, due, product, completed

Every invalid value is reported, all at once, in one :class:`~vnhealthplan.errors.PlanDataError`
naming the file, the record, the field and the value. Writing is atomic.

Examples
--------
>>> import tempfile, pathlib
>>> from vnhealthplan import Document, Plan, Period, Target, indicators
>>> plan = Plan("example-2024", Document("Kế hoạch năm 2024", "Sở Y tế Đắk Lắk"),
...             targets=[Target(indicators.get("imr"), 22, Period.year(2024), "<")])
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = pathlib.Path(tmp, "plan.toml")
...     write_plan(plan, path)
...     read_plan(path) == plan
True
"""

from __future__ import annotations

import contextlib
import os
import tomllib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import attrs

from vnhealthplan.core.atomic import atomic_open
from vnhealthplan.core.errors import PlanDataError, Problem, ValidationError, VNHealthPlanError
from vnhealthplan.core.units import registry
from vnhealthplan.core.vocab import Comparator, TargetKind
from vnhealthplan.data import indicators as catalogue
from vnhealthplan.data import provinces
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.facility import Facility
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.period import Period
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Document, Source
from vnhealthplan.model.target import Baseline, Scope, Target

__all__ = ["SCHEMA_VERSION", "plan_from_dict", "plan_to_dict", "read_plan", "write_plan"]

T = TypeVar("T")

#: The version of the plan-file schema this module reads and writes.
SCHEMA_VERSION = 1

_TOP = {
    "schema",
    "key",
    "province",
    "source_text",
    "document",
    "indicators",
    "target",
    "observation",
    "facility",
    "assignment",
}
_SOURCE_KEYS = {"section", "quote", "reading"}
_KEYS = {
    "document": {"title", "issuer", "number", "issued", "place", "implements", "notes"},
    "indicator": {
        "name_vi",
        "name_en",
        "unit",
        "direction",
        "numerator",
        "denominator",
        "minimum",
        "maximum",
        "notes",
    },
    "target": {
        "indicator",
        "value",
        "upper",
        "unit",
        "comparator",
        "kind",
        "period",
        "scope",
        "baseline",
        "notes",
    }
    | _SOURCE_KEYS,
    "observation": {"indicator", "value", "unit", "period", "province", "scope", "notes"}
    | _SOURCE_KEYS,
    "facility": {
        "name",
        "kind",
        "province",
        "tier",
        "rank",
        "ownership",
        "beds",
        "autonomy_group",
        "aliases",
        "notes",
    }
    | _SOURCE_KEYS,
    "assignment": {
        "task",
        "lead",
        "partners",
        "submitted_to",
        "due",
        "product",
        "completed",
        "notes",
    }
    | _SOURCE_KEYS,
    "scope": {"province", "tier", "facility_kind", "description"},
    "baseline": {"value", "unit", "period"} | _SOURCE_KEYS,
}

_Errors = (ValidationError, VNHealthPlanError, ValueError, TypeError, LookupError, AttributeError)


class _Collector:
    """Gathers problems while records are built, so that all are reported at once."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, record: str, field: str, value: object, message: str) -> None:
        self.problems.append(Problem(self.file, record, field, value, message))

    @contextlib.contextmanager
    def record(self, record: str) -> Iterator[None]:
        try:
            yield
        except _Errors as err:
            field = getattr(err, "field", "") or getattr(err, "argument", "") or "(record)"
            value = getattr(err, "value", None)
            self.add(record, field, value, _message(err))

    def unknown_keys(self, record: str, row: Mapping[str, Any], allowed: set[str]) -> None:
        for key in sorted(set(row) - allowed):
            self.add(record, key, row[key], f"unknown field; expected one of {sorted(allowed)}")


def _message(err: Exception) -> str:
    if isinstance(err, ValidationError):
        return f"expected {err.expected}"
    return str(err.args[0]) if err.args else type(err).__name__


def read_plan(path: str | os.PathLike[str]) -> Plan:
    """Read a plan from a TOML file in the plan-file schema.

    Parameters
    ----------
    path : str or path-like
        The file. A ``source_text`` it names is read relative to the file's folder, and
        every quote must occur in that text (white space is compared loosely).

    Returns
    -------
    Plan

    Raises
    ------
    PlanDataError
        Listing every invalid record (file, record, field, value, expectation).
    OSError
        If the file cannot be read.

    Examples
    --------
    The bundled Đắk Lắk file, its quotes checked against the text it names:

    >>> from importlib import resources
    >>> path = resources.files("vnhealthplan").joinpath("data/plans/dak-lak-2024.toml")
    >>> plan = read_plan(path)
    >>> plan.document.issuer, len(plan.targets)
    ('Sở Y tế Đắk Lắk', 14)
    """
    file = Path(path)
    raw = file.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))  # a byte-order mark is tolerated
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise PlanDataError([Problem(str(file), "(file)", "(syntax)", None, str(err))]) from None
    text_name = data.get("source_text")
    text = None
    if text_name is not None and not isinstance(text_name, str):
        problem = Problem(str(file), "(file)", "source_text", text_name, "expected a path (str)")
        raise PlanDataError([problem])
    if isinstance(text_name, str):
        try:
            text = (file.parent / text_name).read_text(encoding="utf-8")
        except OSError as err:
            problem = Problem(str(file), "(file)", "source_text", text_name, f"cannot read: {err}")
            raise PlanDataError([problem]) from None
    return plan_from_dict(data, file=str(file), text=text)


def plan_from_dict(
    data: Mapping[str, Any], *, file: str = "<records>", text: str | None = None
) -> Plan:
    """Build a :class:`Plan` from the plan-file structure (as parsed TOML).

    Parameters
    ----------
    data : mapping
        The parsed file.
    file : str
        The name used in error messages.
    text : str, optional
        The source text; when given, every quote must occur in it.

    Raises
    ------
    PlanDataError
        Listing every invalid value at once.

    Examples
    --------
    >>> plan_from_dict({"schema": 1, "key": "x", "document": {"title": "t", "issuer": "i"},
    ...                 "target": [{"indicator": "imr", "value": 22, "comparator": "=>",
    ...                             "period": "2024"},
    ...                            {"indicator": "beds_per_10", "value": 29,
    ...                             "comparator": "=", "period": "2024"}]})
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: 2 invalid values in <records>:
      <records>: target[1]: comparator = '=>': Comparator: unknown value '=>'; expected one of \
'=', '<', '<=', '>', '>=', '~', 'range'
      <records>: target[2]: indicator = 'beds_per_10': unknown indicator 'beds_per_10'; did you \
mean 'beds_per_10k'...?
    """
    out = _Collector(file)
    out.unknown_keys("(file)", data, _TOP)
    if data.get("schema") != SCHEMA_VERSION:
        out.add("(file)", "schema", data.get("schema"), f"expected schema = {SCHEMA_VERSION}")
    province = _province(data.get("province"), out)
    document = _document(data.get("document"), out)
    local = _local_indicators(data.get("indicators", {}), out)
    ctx = _Context(out, document, province, local, _quote_checker(text))
    built = {
        name: _build_all(data.get(name, []), name, builder, ctx)
        for name, builder in _BUILDERS.items()
    }
    plan = None
    with out.record("(file)"):
        if document is not None:
            plan = Plan(
                data.get("key"),  # type: ignore[arg-type]
                document,
                province=province,
                targets=built["target"],
                observations=built["observation"],
                facilities=built["facility"],
                assignments=built["assignment"],
            )
    if out.problems or plan is None:
        raise PlanDataError(out.problems)
    return plan


class _Context:
    def __init__(
        self,
        out: _Collector,
        document: Document | None,
        province: Province | None,
        local: dict[str, Indicator],
        quote_ok: Callable[[str], bool],
    ) -> None:
        self.out = out
        self.document = document
        self.province = province
        self.local = local
        self.quote_ok = quote_ok

    def indicator(self, code: Any) -> Indicator:
        if isinstance(code, str) and code in self.local:
            return self.local[code]
        try:
            return catalogue.get(code)
        except LookupError as err:
            raise _FieldError("indicator", code, str(err)) from None

    def source(self, row: Mapping[str, Any], record: str) -> Source | None:
        if "quote" not in row and "section" not in row:
            return None
        if self.document is None:
            return None
        quote = row.get("quote")
        if isinstance(quote, str) and not self.quote_ok(quote):
            self.out.add(record, "quote", quote, "not found in the source text")
        return Source(self.document, row.get("section"), quote, row.get("reading"))  # type: ignore[arg-type]


class _FieldError(ValueError):
    def __init__(self, field: str, value: object, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.value = value


def _quote_checker(text: str | None) -> Callable[[str], bool]:
    if text is None:
        return lambda quote: True
    haystack = " ".join(text.split())
    return lambda quote: " ".join(quote.split()) in haystack


def _build_all(rows: Any, name: str, builder: _Builder, ctx: _Context) -> list[Any]:
    if not isinstance(rows, list):
        ctx.out.add("(file)", name, rows, f"expected an array of [[{name}]] tables")
        return []
    built = []
    for i, row in enumerate(rows, start=1):
        label = f"{name}[{i}]"
        if not isinstance(row, dict):
            ctx.out.add(label, "(record)", row, "expected a table")
            continue
        before = len(ctx.out.problems)
        ctx.out.unknown_keys(label, row, _KEYS[name])
        # The record's own checks start after the unknown keys, so that a typo in one
        # field does not hide the problems of the others.
        item = builder(row, _Record(ctx.out, label), ctx)
        if item is not None and len(ctx.out.problems) == before:
            built.append(item)
    return built


class _Record:
    """Builds one record part by part, noting every failing part, not only the first."""

    def __init__(self, out: _Collector, name: str) -> None:
        self.out = out
        self.name = name
        self.start = len(out.problems)

    @property
    def ok(self) -> bool:
        """True while no part of the record has failed."""
        return len(self.out.problems) == self.start

    def part(self, field: str, build: Callable[[], T], value: object = None) -> T | None:
        try:
            return build()
        except _Errors as err:
            named = getattr(err, "field", None) or getattr(err, "argument", None) or field
            shown = getattr(err, "value", None) if hasattr(err, "value") else value
            self.out.add(self.name, named, shown, _message(err))
            return None


def _required(row: Mapping[str, Any], key: str) -> Any:
    if key not in row:
        raise _FieldError(key, None, "required field is missing")
    return row[key]


def _quantity(
    row: Mapping[str, Any], key: str, indicator: Indicator, *, required: bool = False
) -> Any:
    value = _required(row, key) if required else row.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _FieldError(key, value, "expected a number")
    value = float(value)  # one number type for every value read from a file
    unit = row.get("unit")
    if unit is None:
        return indicator.quantity(value)
    try:
        return registry().Quantity(value, unit)
    except Exception as err:  # pint raises several kinds for a bad unit string
        raise _FieldError("unit", unit, f"not a unit of the package registry ({err})") from None


def _period(row: Mapping[str, Any], key: str, *, required: bool = True) -> Period | None:
    value = row.get(key)
    if value is None and not required:
        return None
    value = _required(row, key)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    try:
        return Period.parse(value)
    except (ValueError, TypeError) as err:
        raise _FieldError(key, value, str(err)) from None


def _scope(row: Mapping[str, Any], record: str, ctx: _Context) -> Scope:
    raw = row.get("scope", {})
    if not isinstance(raw, dict):
        raise _FieldError("scope", raw, "expected a table {tier, facility_kind, description}")
    ctx.out.unknown_keys(f"{record}.scope", raw, _KEYS["scope"])
    try:
        return Scope(
            province=_named_province(raw, "scope.province"),
            tier=raw.get("tier"),
            facility_kind=raw.get("facility_kind"),
            description=raw.get("description", ""),
        )
    except ValidationError as err:
        raise _FieldError(f"scope.{err.field}", err.value, f"expected {err.expected}") from None


def _named_province(row: Mapping[str, Any], field: str) -> Province | None:
    """The province a record names itself (records otherwise belong to the plan's)."""
    name = row.get("province")
    if name is None:
        return None
    try:
        return provinces.get(name)
    except (LookupError, TypeError) as err:
        raise _FieldError(field, name, str(err)) from None


def _target(row: Mapping[str, Any], rec: _Record, ctx: _Context) -> Target | None:
    indicator = rec.part("indicator", lambda: ctx.indicator(_required(row, "indicator")))
    period = rec.part("period", lambda: _period(row, "period"))
    comparator = rec.part(
        "comparator", lambda: Comparator.parse(_required(row, "comparator")), row.get("comparator")
    )
    kind = rec.part("kind", lambda: TargetKind.parse(row.get("kind", "level")), row.get("kind"))
    scope = rec.part("scope", lambda: _scope(row, rec.name, ctx))
    source = rec.part("source", lambda: ctx.source(row, rec.name))
    if indicator is None:
        return None
    value = rec.part("value", lambda: _quantity(row, "value", indicator, required=True))
    upper = rec.part("upper", lambda: _quantity(row, "upper", indicator))
    baseline = rec.part("baseline", lambda: _baseline(row, rec.name, indicator, ctx))
    if not rec.ok:
        return None
    return rec.part(
        "(record)",
        lambda: Target(
            indicator,
            value,
            period,  # type: ignore[arg-type]
            comparator,
            kind,
            upper=upper,
            scope=scope,  # type: ignore[arg-type]
            baseline=baseline,
            source=source,
            notes=row.get("notes", ""),
        ),
    )


def _baseline(
    row: Mapping[str, Any], record: str, indicator: Indicator, ctx: _Context
) -> Baseline | None:
    if "baseline" not in row:
        return None
    raw = row["baseline"]
    if not isinstance(raw, dict):
        raise _FieldError("baseline", raw, "expected a table {value, unit, period, ...}")
    ctx.out.unknown_keys(f"{record}.baseline", raw, _KEYS["baseline"])
    return Baseline(
        _quantity(raw, "value", indicator, required=True),
        _period(raw, "period"),  # type: ignore[arg-type]
        ctx.source(raw, f"{record}.baseline"),
    )


def _observation(row: Mapping[str, Any], rec: _Record, ctx: _Context) -> Observation | None:
    indicator = rec.part("indicator", lambda: ctx.indicator(_required(row, "indicator")))
    period = rec.part("period", lambda: _period(row, "period"))
    province = rec.part("province", lambda: _named_province(row, "province"))
    scope = rec.part("scope", lambda: _scope(row, rec.name, ctx))
    source = rec.part("source", lambda: ctx.source(row, rec.name))
    if indicator is None:
        return None
    value = rec.part("value", lambda: _quantity(row, "value", indicator, required=True))
    if not rec.ok:
        return None
    return rec.part(
        "(record)",
        lambda: Observation(
            indicator,
            value,
            period,  # type: ignore[arg-type]
            province=province,
            scope=scope,  # type: ignore[arg-type]
            source=source,
            notes=row.get("notes", ""),
        ),
    )


def _facility(row: Mapping[str, Any], rec: _Record, ctx: _Context) -> Facility | None:
    province = rec.part("province", lambda: _named_province(row, "province"))
    source = rec.part("source", lambda: ctx.source(row, rec.name))
    _check_fields(row, rec, Facility, ("name", "kind"))
    if not rec.ok:
        return None
    return rec.part(
        "(record)",
        lambda: Facility(
            _required(row, "name"),
            _required(row, "kind"),
            province=province,
            tier=row.get("tier"),
            rank=row.get("rank"),
            ownership=row.get("ownership"),
            beds=row.get("beds"),
            autonomy_group=row.get("autonomy_group"),
            aliases=row.get("aliases", ()),
            source=source,
            notes=row.get("notes", ""),
        ),
    )


def _assignment(row: Mapping[str, Any], rec: _Record, ctx: _Context) -> Assignment | None:
    due = rec.part("due", lambda: _period(row, "due", required=False))
    source = rec.part("source", lambda: ctx.source(row, rec.name))
    _check_fields(row, rec, Assignment, ("task", "lead"), skip=("due",))
    if not rec.ok:
        return None
    return rec.part(
        "(record)",
        lambda: Assignment(
            _required(row, "task"),
            lead=_required(row, "lead"),
            partners=row.get("partners", ()),
            submitted_to=row.get("submitted_to"),
            due=due,
            product=row.get("product"),
            completed=row.get("completed"),
            source=source,
            notes=row.get("notes", ""),
        ),
    )


def _check_fields(
    row: Mapping[str, Any],
    rec: _Record,
    kind: type[Any],
    required: tuple[str, ...],
    skip: tuple[str, ...] = (),
) -> None:
    """Run each field's own converter and validator on its own, noting every failure.

    Only for classes whose field validators do not look at other fields (Facility,
    Assignment); the constructor still runs afterwards and checks the whole.
    """
    probe = _Probe(kind.__name__)
    for field in attrs.fields(kind):
        if field.name in skip or field.name in ("province", "source"):
            continue
        if field.name in required and field.name not in row:
            rec.out.add(rec.name, field.name, None, "required field is missing")
            continue
        if field.name not in row:
            continue

        def check(field: attrs.Attribute[Any] = field) -> None:
            value = row[field.name]
            if field.converter is not None:
                value = field.converter(value)  # type: ignore[operator]
            if field.validator is not None:
                field.validator(probe, field, value)

        rec.part(field.name, check, row[field.name])


class _Probe:
    """Stands in for the instance being built, so validators name the right class."""

    def __init__(self, name: str) -> None:
        self.__class__ = type(name, (_Probe,), {})


_Builder = Callable[[Mapping[str, Any], _Record, _Context], Any]

_BUILDERS: dict[str, _Builder] = {
    "target": _target,
    "observation": _observation,
    "facility": _facility,
    "assignment": _assignment,
}


def _province(name: Any, out: _Collector) -> Province | None:
    """The plan's own province, from the file's top-level ``province``."""
    with out.record("(file)"):
        return _named_province({"province": name}, "province")
    return None


def _document(raw: Any, out: _Collector) -> Document | None:
    if not isinstance(raw, dict):
        out.add("document", "(record)", raw, "expected a [document] table")
        return None
    out.unknown_keys("document", raw, _KEYS["document"])
    with out.record("document"):
        return Document(
            raw.get("title"),  # type: ignore[arg-type]
            raw.get("issuer"),  # type: ignore[arg-type]
            number=raw.get("number"),
            issued=raw.get("issued"),
            place=raw.get("place"),
            implements=raw.get("implements", ()),
            notes=raw.get("notes", ""),
        )
    return None


def _local_indicators(raw: Any, out: _Collector) -> dict[str, Indicator]:
    if not isinstance(raw, dict):
        out.add("(file)", "indicators", raw, "expected a table of indicator tables")
        return {}
    local = {}
    for code, row in raw.items():
        record = f"indicators.{code}"
        if not isinstance(row, dict):
            out.add(record, "(record)", row, "expected a table")
            continue
        out.unknown_keys(record, row, _KEYS["indicator"])
        with out.record(record):
            local[code] = Indicator(
                code,
                row.get("name_vi"),  # type: ignore[arg-type]
                row.get("name_en"),  # type: ignore[arg-type]
                row.get("unit"),
                row.get("direction"),
                numerator=row.get("numerator"),  # type: ignore[arg-type]
                denominator=row.get("denominator"),
                minimum=row.get("minimum"),
                maximum=row.get("maximum"),
                notes=row.get("notes", ()),
            )
    return local


# ---- writing ------------------------------------------------------------------------------


def plan_to_dict(plan: Plan, *, source_text: str | None = None) -> dict[str, Any]:
    """The plan-file structure of *plan*, ready for a TOML writer.

    Indicators not in the catalogue (or differing from it) are written into the file's
    ``[indicators]`` table, so that the file stands on its own.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> data = plan_to_dict(plans.load("dak-lak-2024"))
    >>> list(data)
    ['schema', 'key', 'province', 'document', 'target', 'assignment']
    >>> row = data["target"][9]
    >>> row["indicator"], row["value"], row["period"], row["section"]
    ('beds_per_10k', 29.0, '2024', 'I. CÁC CHỈ TIÊU, dòng 8')
    >>> "private_hospitals" in plan_to_dict(plans.load("an-giang-2018"))["indicators"]
    True
    """
    data: dict[str, Any] = {"schema": SCHEMA_VERSION, "key": plan.key}
    if plan.province is not None:
        data["province"] = plan.province.name
    if source_text is not None:
        data["source_text"] = source_text
    data["document"] = _drop_empty(
        {
            "title": plan.document.title,
            "issuer": plan.document.issuer,
            "number": plan.document.number,
            "issued": plan.document.issued,
            "place": plan.document.place,
            "implements": list(plan.document.implements),
            "notes": plan.document.notes,
        }
    )
    used = [t.indicator for t in plan.targets] + [o.indicator for o in plan.observations]
    local = {
        i.code: _indicator_dict(i)
        for i in dict.fromkeys(used)
        if catalogue.catalogue().get(i.code) != i
    }
    if local:
        data["indicators"] = local
    data["target"] = [_target_dict(t) for t in plan.targets]
    data["observation"] = [_observation_dict(o) for o in plan.observations]
    data["facility"] = [_facility_dict(f) for f in plan.facilities]
    data["assignment"] = [_assignment_dict(a) for a in plan.assignments]
    return {k: v for k, v in data.items() if v != []}


def write_plan(plan: Plan, path: str | os.PathLike[str], *, source_text: str | None = None) -> None:
    """Write *plan* to a TOML file, atomically.

    The file is written to a temporary file in the same folder and moved into place only
    when complete, so an interrupted write never leaves a half-written file.

    Parameters
    ----------
    plan : Plan
    path : str or path-like
    source_text : str, optional
        A path, relative to the file's folder, of the text the quotes come from.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from vnhealthplan import plans
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "dak-lak-2024.toml")
    ...     write_plan(plans.load("dak-lak-2024"), path)
    ...     read_plan(path).targets_for("beds_per_10k")
    (Target(beds_per_10k = 29 bed / ten_thousand_people, 2024),)
    """
    import tomli_w

    target = Path(path)
    text = tomli_w.dumps(plan_to_dict(plan, source_text=source_text), multiline_strings=True)
    with atomic_open(target, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _drop_empty(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v not in (None, "", [], {})}


def _source_dict(source: Source | None) -> dict[str, Any]:
    if source is None:
        return {}
    return _drop_empty(
        {"section": source.section, "quote": source.quote, "reading": source.reading}
    )


def _value_dict(quantity: Any, indicator: Indicator, key: str = "value") -> dict[str, Any]:
    magnitude = quantity.magnitude
    row: dict[str, Any] = {key: magnitude.item() if hasattr(magnitude, "item") else magnitude}
    if quantity.units != indicator.unit:
        row["unit"] = str(quantity.units)
    return row


def _scope_dict(scope: Scope) -> dict[str, Any]:
    return _drop_empty(
        {
            "province": scope.province.name if scope.province is not None else None,
            "tier": scope.tier.value if scope.tier else None,
            "facility_kind": scope.facility_kind.value if scope.facility_kind else None,
            "description": scope.description,
        }
    )


def _target_dict(t: Target) -> dict[str, Any]:
    row: dict[str, Any] = {"indicator": t.indicator.code, **_value_dict(t.value, t.indicator)}
    if t.upper is not None:
        row["upper"] = t.upper.to(t.value.units).magnitude
    row |= {"comparator": t.comparator.value, "kind": t.kind.value, "period": t.period.code}
    row["scope"] = _scope_dict(t.scope)
    if t.baseline is not None:
        b = t.baseline
        row["baseline"] = {
            **_value_dict(b.value, t.indicator),
            "period": b.period.code,
            **_source_dict(b.source),
        }
    row |= _source_dict(t.source)
    row["notes"] = t.notes
    return _drop_empty(row)


def _observation_dict(o: Observation) -> dict[str, Any]:
    row: dict[str, Any] = {"indicator": o.indicator.code, **_value_dict(o.value, o.indicator)}
    row |= {
        "period": o.period.code,
        "province": o.province.name if o.province is not None else None,
        "scope": _scope_dict(o.scope),
        "notes": o.notes,
    }
    return _drop_empty(row | _source_dict(o.source))


def _facility_dict(f: Facility) -> dict[str, Any]:
    row = {
        "name": f.name,
        "kind": f.kind.value,
        "province": f.province.name if f.province is not None else None,
        "tier": f.tier.value if f.tier else None,
        "rank": f.rank.value if f.rank else None,
        "ownership": f.ownership.value if f.ownership else None,
        "beds": f.beds,
        "autonomy_group": int(f.autonomy_group) if f.autonomy_group else None,
        "aliases": list(f.aliases),
        "notes": f.notes,
    }
    return _drop_empty(row | _source_dict(f.source))


def _assignment_dict(a: Assignment) -> dict[str, Any]:
    row = {
        "task": a.task,
        "lead": a.lead,
        "partners": list(a.partners),
        "submitted_to": a.submitted_to,
        "due": a.due.code if a.due else None,
        "product": a.product,
        "completed": a.completed,
        "notes": a.notes,
    }
    return _drop_empty(row | _source_dict(a.source))


def _indicator_dict(i: Indicator) -> dict[str, Any]:
    return _drop_empty(
        {
            "name_vi": i.name_vi,
            "name_en": i.name_en,
            "unit": str(i.unit),
            "direction": i.direction.value,
            "numerator": i.numerator,
            "denominator": i.denominator,
            "minimum": i.minimum,
            "maximum": i.maximum,
            "notes": list(i.notes),
        }
    )
