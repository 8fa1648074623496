"""The plan-file schema: one field table per record type.

Each :class:`Table` lists a record's fields in file order. A :class:`Field` says how its
value is read from the file (``read``), how it is written back (``write``), which argument
of the model class it fills (``attr``) and whether it is required. The reader
(:mod:`.read`), the writer (:mod:`.write`) and the check for unknown keys all work from
these tables, so a field is declared once.

Examples
--------
>>> [field.key for field in TABLES["assignment"].fields]
['task', 'lead', 'partners', 'submitted_to', 'due', 'product', 'completed', 'notes', \
'notes_vi', 'section', 'quote', 'reading']
>>> TABLES["target"].keys() >= {"indicator", "value", "unit", "scope", "baseline"}
True
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import attrs

from vnhealthplan.core.checks import MAX_YEAR
from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import registry
from vnhealthplan.core.vocab import Comparator, TargetKind
from vnhealthplan.data import provinces
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.facility import Facility
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.period import Period
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Citation, Document
from vnhealthplan.model.target import Baseline, Scope, Target

__all__ = [
    "CITATION",
    "FILE",
    "OMITTED",
    "RECORDS",
    "SKIP",
    "SOURCE",
    "TABLES",
    "Field",
    "FieldError",
    "Reading",
    "Table",
    "period",
    "plain",
    "province",
    "quantity",
    "table_row",
]

#: ``attr`` of a field that is no argument of the model class (``unit``, the source's).
SKIP = ""
#: What a :attr:`Field.stand_in` gives to leave its argument out (the class's default).
OMITTED: Any = object()


class Reading(Protocol):
    """What a field's reader sees of the record being read (see :mod:`.read`)."""

    row: Mapping[str, Any]
    values: dict[str, Any]

    def indicator(self, code: Any) -> Indicator:
        """The indicator *code* names: one the file defines, else the catalogue's."""

    def nested(self, table: Table, raw: Any, key: str) -> Any:
        """Read the sub-table *raw* of field *key* with *table*; None if it is invalid."""


Reader = Callable[[Any, Reading], Any]
Writer = Callable[[Any, Indicator | None], Any]
StandIn = Callable[[Reading], Any]


class FieldError(ValueError):
    """A field's value is invalid: carries the field's name and value for the report."""

    def __init__(self, field: str, value: object, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.value = value


def plain(value: Any) -> Any:
    """The file form of an attribute: names, codes and lists for the model's objects.

    Examples
    --------
    >>> from vnhealthplan import Period, Tier, provinces
    >>> plain(Period.parse("2024-Q2")), plain(Tier.PROVINCE), plain(("a", "b"))
    ('2024-Q2', 'province', ['a', 'b'])
    >>> plain(provinces.get("Đắk Lắk"))
    'Đắk Lắk'
    """
    if isinstance(value, enum.IntEnum):
        return int(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Period):
        return value.code
    if isinstance(value, Province):
        return value.name
    if isinstance(value, tuple):
        return list(value)
    return value


def _attribute(obj: Any, indicator: Indicator | None, name: str) -> Any:
    return plain(getattr(obj, name))


@attrs.frozen
class Field:
    """One field of a record: its key in the file, how it is read and written.

    Parameters
    ----------
    key : str
        The key in the file.
    read : callable, optional
        ``read(value, reading)``: the model's argument from the file's value. Without it
        the value goes to the model class as it is, and the class's own converter and
        validator check it (alone, when the table checks fields one by one).
    write : callable, optional
        ``write(record, indicator)``: the file's value (None, "", [] and {} are left out).
        Without it, the attribute ``attr`` in its :func:`plain` form.
    attr : str, optional
        The model class's argument; ``key`` by default; :data:`SKIP` for none.
    required : bool
        A missing value is reported.
    late : bool
        The reader needs the record's indicator: read after the other fields, and not at
        all if the indicator is invalid.
    stand_in : callable, optional
        ``stand_in(reading)``: when this field is invalid, what the record is built with
        anyway, so that the record's own checks of its other fields still run (a bad
        period does not hide a share of 500 %); :data:`OMITTED` leaves the argument out.
        Only a value that the checks of the other fields do not depend on.
    """

    key: str
    read: Reader | None = None
    write: Writer | None = None
    attr: str | None = None
    required: bool = False
    late: bool = False
    stand_in: StandIn | None = None

    @property
    def argument(self) -> str:
        """The model class's argument this field fills (:data:`SKIP` for none)."""
        return self.key if self.attr is None else self.attr

    def value_of(self, obj: Any, indicator: Indicator | None) -> Any:
        """The value to write for this field of *obj*."""
        if self.write is not None:
            return self.write(obj, indicator)
        return _attribute(obj, indicator, self.argument)


@attrs.frozen
class Table:
    """The fields of one record type, in file order, and the model class they build.

    Parameters
    ----------
    name : str
        The record type, as errors name it.
    kind : type
        The model class.
    fields : tuple of Field
    sourced : bool
        The record has ``section``, ``quote`` and ``reading``: a :class:`Source`.
    check_fields : bool
        Run the class's converter and validator on each plain field alone, so that every
        bad field is reported (only for classes whose checks look at one field at a time).
    """

    name: str
    kind: type[Any]
    fields: tuple[Field, ...]
    sourced: bool = False
    check_fields: bool = False

    def keys(self) -> set[str]:
        """Every key the record may have."""
        return {field.key for field in self.fields}


# ---- readers -----------------------------------------------------------------------------


def quantity(value: Any, unit: Any, indicator: Indicator, key: str) -> Any:
    """A number of the file as a quantity: in *unit* if given, else the indicator's.

    Examples
    --------
    >>> from vnhealthplan import indicators
    >>> print(quantity(22, None, indicators.get("imr"), "value"))
    22.0 death / thousand_live_births
    >>> quantity("22", None, indicators.get("imr"), "value")
    Traceback (most recent call last):
    ...
    vnhealthplan.data.planfile.schema.FieldError: expected a number
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError(key, value, message("expected a number"))
    value = float(value)  # one number type for every value read from a file
    if unit is None:
        return indicator.quantity(value)
    try:
        return registry().Quantity(value, unit)
    except Exception as err:  # pint raises several kinds for a bad unit string
        raise FieldError(
            "unit", unit, message("not a unit of the package registry ({err})", err=str(err))
        ) from None


def _quantity(key: str) -> Reader:
    def read(value: Any, rd: Reading) -> Any:
        return quantity(value, rd.row.get("unit"), rd.values["indicator"], key)

    return read


def period(value: Any, key: str) -> Period:
    """A period from its code; a TOML integer is a year.

    Examples
    --------
    >>> period(2024, "period").code, period("2024-Q2", "due").code
    ('2024', '2024-Q2')
    """
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    try:
        return Period.parse(value)
    except ValidationError as err:
        said = message("cannot read {text!r}; expected {expected}", text=value,
                       expected=err.expected)  # fmt: skip
        raise FieldError(key, value, said) from None


def province(value: Any, key: str = "province") -> Province:
    """The province a record names (records otherwise belong to the plan's)."""
    try:
        return provinces.get(value)
    except (LookupError, TypeError) as err:
        raise FieldError(key, value, str(err)) from None


def _indicator(value: Any, rd: Reading) -> Indicator:
    return rd.indicator(value)


def _period(value: Any, rd: Reading) -> Period:
    return period(value, "period")


#: A target's period while its own is invalid: no baseline is dated after it.
_LATEST = Period.year(MAX_YEAR)


def _latest(rd: Reading) -> Period:
    """A target's or baseline's period while its own is invalid (see :data:`_LATEST`)."""
    return _LATEST


def _left_out(rd: Reading) -> Any:
    """The stand-in of an optional field: left out (a scope, a baseline, a province)."""
    return OMITTED


def _in_force(rd: Reading) -> Period:
    """An observation's period while its own is invalid: a year its province existed."""
    where = rd.values.get("province")
    since = getattr(where, "valid_from", None)
    return _LATEST if since is None else Period.year(since.year)


def _due(value: Any, rd: Reading) -> Period:
    return period(value, "due")


def _province(value: Any, rd: Reading) -> Province:
    return province(value)


def _nested(table: Table, key: str) -> Reader:
    def read(value: Any, rd: Reading) -> Any:
        return rd.nested(table, value, key)

    return read


# ---- writers ------------------------------------------------------------------------------


def _magnitude(key: str) -> Writer:
    def write(obj: Any, indicator: Indicator | None) -> Any:
        magnitude = getattr(obj, key).magnitude
        return magnitude.item() if hasattr(magnitude, "item") else magnitude

    return write


def _unit(obj: Any, indicator: Indicator | None) -> Any:
    units = obj.value.units
    return None if indicator is not None and units == indicator.unit else str(units)


def _upper(obj: Any, indicator: Indicator | None) -> Any:
    return None if obj.upper is None else obj.upper.to(obj.value.units).magnitude


def _code(obj: Any, indicator: Indicator | None) -> Any:
    return obj.indicator.code


def _sub(table: Table, key: str) -> Writer:
    def write(obj: Any, indicator: Indicator | None) -> Any:
        value = getattr(obj, key)
        return None if value is None else table_row(table, value, indicator)

    return write


def _source_part(key: str) -> Writer:
    def write(obj: Any, indicator: Indicator | None) -> Any:
        return None if obj.source is None else getattr(obj.source, key)

    return write


def table_row(table: Table, obj: Any, indicator: Indicator | None = None) -> dict[str, Any]:
    """The file form of *obj* under *table*, empty values left out.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> row = table_row(TABLES["assignment"], plans.load("dak-lak-2024").assignments[0])
    >>> list(row), row["lead"]
    (['task', 'lead', 'notes', 'notes_vi', 'section', 'quote'], 'Các đơn vị nhận Kế hoạch')
    """
    if indicator is None:
        indicator = getattr(obj, "indicator", None)
    row = {field.key: field.value_of(obj, indicator) for field in table.fields}
    return {k: v for k, v in row.items() if v not in (None, "", [], {})}


# ---- the tables -----------------------------------------------------------------------------

#: The fields of a record's :class:`Source`.
SOURCE = tuple(Field(k, attr=SKIP, write=_source_part(k)) for k in ("section", "quote", "reading"))

_VALUE = Field("value", _quantity("value"), _magnitude("value"), required=True, late=True)
_UNIT = Field("unit", attr=SKIP, write=_unit)
_INDICATOR = Field("indicator", _indicator, _code, required=True)
_PERIOD = Field("period", _period, required=True, stand_in=_latest)
_PROVINCE = Field("province", _province, stand_in=_left_out)

SCOPE = Table(
    "scope",
    Scope,
    (_PROVINCE, Field("tier"), Field("facility_kind"), Field("description")),
    check_fields=True,
)
BASELINE = Table("baseline", Baseline, (_VALUE, _UNIT, _PERIOD, *SOURCE), sourced=True)

_TARGET = (
    _INDICATOR,
    _VALUE,
    _UNIT,
    Field("upper", _quantity("upper"), _upper, late=True),
    Field("comparator", lambda value, rd: Comparator.parse(value), required=True),
    Field("kind", lambda value, rd: TargetKind.parse(value)),
    _PERIOD,
    Field("scope", _nested(SCOPE, "scope"), _sub(SCOPE, "scope"), stand_in=_left_out),
    Field(
        "baseline",
        _nested(BASELINE, "baseline"),
        _sub(BASELINE, "baseline"),
        late=True,
        stand_in=_left_out,
    ),
    *SOURCE,
    Field("notes"),
    Field("notes_vi"),
)
_OBSERVATION = (
    _INDICATOR,
    _VALUE,
    _UNIT,
    Field("period", _period, required=True, stand_in=_in_force),
    _PROVINCE,
    Field("scope", _nested(SCOPE, "scope"), _sub(SCOPE, "scope"), stand_in=_left_out),
    Field("notes"),
    Field("notes_vi"),
    *SOURCE,
)
_FACILITY = (
    Field("name", required=True),
    Field("kind", required=True),
    _PROVINCE,
    *(Field(k) for k in ("tier", "rank", "ownership", "beds", "autonomy_group", "aliases")),
    Field("notes"),
    Field("notes_vi"),
    *SOURCE,
)
_ASSIGNMENT = (
    Field("task", required=True),
    Field("lead", required=True),
    Field("partners"),
    Field("submitted_to"),
    Field("due", _due),
    Field("product"),
    Field("completed"),
    Field("notes"),
    Field("notes_vi"),
    *SOURCE,
)
CITATION = Table(
    "citation",
    Citation,
    (Field("kind", required=True), *(Field(k) for k in ("number", "issued", "issuer", "quote"))),
    check_fields=True,
)


def _citations(value: Any, rd: Reading) -> list[Any]:
    if not isinstance(value, list):
        keys = ", ".join(field.key for field in CITATION.fields)
        raise FieldError(
            "references", value, message("expected an array of tables {{{keys}}}", keys=str(keys))
        )
    return [rd.nested(CITATION, item, f"references[{i}]") for i, item in enumerate(value)]


def _citation_rows(document: Any, indicator: Indicator | None) -> list[dict[str, Any]]:
    return [table_row(CITATION, c) for c in document.references]


_DOCUMENT = (
    Field("title", required=True),
    Field("issuer", required=True),
    *(Field(k) for k in ("number", "issued", "place", "implements", "notes", "notes_vi")),
    Field("references", _citations, _citation_rows),
)
_INDICATOR_FIELDS = (
    *(Field(k) for k in ("name_vi", "name_en")),
    Field("unit", write=lambda i, _: str(i.unit)),
    *(Field(k) for k in ("direction", "numerator", "denominator", "minimum", "maximum")),
    Field("notes"),
    Field("notes_vi"),
)

#: Every record type of a plan file, by the name the file gives its table.
TABLES: dict[str, Table] = {
    "document": Table("document", Document, _DOCUMENT, check_fields=True),
    "indicators": Table("indicator", Indicator, _INDICATOR_FIELDS),
    "target": Table("target", Target, _TARGET, sourced=True),
    "observation": Table("observation", Observation, _OBSERVATION, sourced=True),
    "facility": Table("facility", Facility, _FACILITY, sourced=True, check_fields=True),
    "assignment": Table("assignment", Assignment, _ASSIGNMENT, sourced=True, check_fields=True),
    "scope": SCOPE,
    "baseline": BASELINE,
    "citation": CITATION,
}

#: The arrays of records of a plan file, in file order.
RECORDS = ("target", "observation", "facility", "assignment")
#: The top-level keys of a plan file, in file order.
FILE = ("schema", "key", "province", "source_text", "document", "indicators", *RECORDS)
