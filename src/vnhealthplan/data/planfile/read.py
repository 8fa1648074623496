"""Reading plan files: the TOML text, the source text it names, and every record checked."""

from __future__ import annotations

import os
import tomllib
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from vnhealthplan.core.errors import PlanDataError, Problem, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.data.planfile.build import Collector, Context, build
from vnhealthplan.data.planfile.schema import FILE, RECORDS, TABLES, province
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Document

__all__ = ["MAX_DEPTH", "SCHEMA_VERSION", "plan_from_dict", "read_plan"]

#: The version of the plan-file schema this module reads and writes.
SCHEMA_VERSION = 1

#: The deepest nesting of tables and arrays a plan file may have (the schema needs 4).
MAX_DEPTH = 32


def read_plan(path: str | os.PathLike[str]) -> Plan:
    """Read a plan from a TOML file in the plan-file schema.

    Parameters
    ----------
    path : str or path-like
        The file. A ``source_text`` it names is read relative to the file's folder (it
        must lie inside that folder), and every quote must occur in that text (white
        space is compared loosely).

    Returns
    -------
    Plan

    Raises
    ------
    PlanDataError
        Listing every invalid record (file, record, field, value, expectation); also for
        a file that is not TOML, is nested deeper than :data:`MAX_DEPTH`, or names a
        ``source_text`` outside its folder or that cannot be read.
    OSError
        If the file cannot be read.
    vnhealthplan.errors.WrongTypeError
        If *path* is not a path (None, a number).

    Examples
    --------
    The bundled Đắk Lắk file, its quotes checked against the text it names:

    >>> from importlib import resources
    >>> path = resources.files("vnhealthplan").joinpath("data/plans/dak-lak-2024.toml")
    >>> plan = read_plan(path)
    >>> plan.document.issuer, len(plan.targets)
    ('Sở Y tế Đắk Lắk', 14)
    """
    if not isinstance(path, str | os.PathLike):
        expected = message("a path (str or path-like), got {type}", type=str(type(path).__name__))
        raise WrongTypeError("read_plan", "path", path, expected)
    file = Path(path)
    data = _parse(file.read_bytes(), str(file))
    text_name = data.get("source_text")
    text = None
    if text_name is not None:
        text = _source_text(file, text_name)
    return plan_from_dict(data, file=str(file), text=text)


def _file_problem(file: str, field: str, value: object, text: str) -> PlanDataError:
    return PlanDataError([Problem(file, "(file)", field, value, text)])


def _parse(raw: bytes, file: str) -> dict[str, Any]:
    """The parsed TOML of *raw*; a byte-order mark is tolerated."""
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise _file_problem(file, "(syntax)", None, str(err)) from None
    except RecursionError:  # the parser recurses once per level of nesting
        depth = f"tables or arrays nested deeper than {MAX_DEPTH} levels"
        raise _file_problem(file, "(syntax)", None, depth) from None
    deepest = _depth(data)
    if deepest > MAX_DEPTH:
        depth = f"tables or arrays nested {deepest} levels deep; at most {MAX_DEPTH} allowed"
        raise _file_problem(file, "(syntax)", None, depth)
    return data


def _depth(data: object) -> int:
    """How deeply tables and arrays nest in *data* (without recursion)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, level + 1)
            if level + 1 <= MAX_DEPTH:  # deeper is refused anyway
                stack.extend((child, level + 1) for child in item)
    return deepest


def _source_text(file: Path, name: object) -> str:
    """The text *name* points to, relative to *file*'s folder and inside it."""
    where = str(file)
    if not isinstance(name, str):
        raise _file_problem(where, "source_text", name, "expected a path (str)")
    folder = file.parent.resolve()
    target = (folder / name).resolve()
    if Path(name).is_absolute() or not target.is_relative_to(folder):
        raise _file_problem(
            where,
            "source_text",
            name,
            f"expected a path inside the plan file's folder {str(folder)!r}",
        )
    try:
        return target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise _file_problem(where, "source_text", name, f"cannot read: {err}") from None


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
        Listing every invalid value at once; also a record given twice (the same target,
        facility, assignment or observation pasted again) and a facility named as an
        earlier one (in another Unicode form, spacing or case).
    vnhealthplan.errors.WrongTypeError
        If *data* is not a mapping.

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
      <records>: target[1]: comparator = '=>': expected one of '=', '<', '<=', '>', '>=', '~', \
'range'
      <records>: target[2]: indicator = 'beds_per_10': unknown indicator 'beds_per_10'; did you \
mean 'beds_per_10k'...?
    """
    if not isinstance(data, Mapping):
        expected = message(
            "a mapping such as tomllib.loads gives (got {type})", type=str(type(data).__name__)
        )
        raise WrongTypeError("plan_from_dict", "data", data, expected)
    out = Collector(file)
    out.unknown_keys("(file)", data, set(FILE))
    if data.get("schema") != SCHEMA_VERSION:
        out.add("(file)", "schema", data.get("schema"), f"expected schema = {SCHEMA_VERSION}")
    own = _province(data.get("province"), out)
    document = _document(data.get("document"), out)
    ctx = Context(out, document, {}, text)
    ctx.local = _local_indicators(data.get("indicators", {}), ctx)
    labelled = {name: _build_all(data.get(name, []), name, ctx) for name in RECORDS}
    _repeats(labelled, out)
    built = {name: [item for _, item in pairs] for name, pairs in labelled.items()}
    plan = None
    with out.record("(file)"):
        if document is not None:
            plan = Plan(
                data.get("key"),  # type: ignore[arg-type]
                document,
                province=own,
                targets=built["target"],
                observations=built["observation"],
                facilities=built["facility"],
                assignments=built["assignment"],
            )
    if out.problems or plan is None:
        raise PlanDataError(out.problems)
    return plan


def _province(name: Any, out: Collector) -> Province | None:
    """The plan's own province, from the file's top-level ``province``."""
    if name is None:
        return None
    with out.record("(file)"):
        return province(name)
    return None


def _document(raw: Any, out: Collector) -> Document | None:
    if not isinstance(raw, dict):
        out.add("document", "(record)", raw, "expected a [document] table")
        return None
    document: Document | None = build(
        Context(out, None, {}, None), TABLES["document"], raw, "document"
    )
    return document


def _local_indicators(raw: Any, ctx: Context) -> dict[str, Indicator]:
    if not isinstance(raw, dict):
        ctx.out.add("(file)", "indicators", raw, "expected a table of indicator tables")
        return {}
    local = {}
    for code, row in raw.items():
        record = f"indicators.{code}"
        if not isinstance(row, dict):
            ctx.out.add(record, "(record)", row, "expected a table")
            continue
        found = build(ctx, TABLES["indicators"], row, record, extra={"code": code})
        if found is not None:
            local[code] = found
    return local


def _build_all(rows: Any, name: str, ctx: Context) -> list[tuple[str, Any]]:
    """The records built from *rows*, each with its label ("target[3]")."""
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
        item = build(ctx, TABLES[name], row, label)
        if item is not None and len(ctx.out.problems) == before:
            built.append((label, item))
    return built


def _repeats(built: Mapping[str, list[tuple[str, Any]]], out: Collector) -> None:
    """Note a record given twice (pasted again: a target counted twice in every summary),
    and a facility named as an earlier one (in another Unicode form, spacing or case), which
    a look-up by name could not tell apart."""
    repeated = set()
    for pairs in built.values():
        seen: dict[Any, str] = {}
        for label, item in pairs:
            try:
                earlier = seen.setdefault(item, label)
            except TypeError:  # a record that holds a list: not compared
                continue
            if earlier != label:
                said = message("a record given once: it repeats {earlier}", earlier=earlier)
                out.add(label, "(record)", None, said)
                repeated.add(label)
    names: dict[str, str] = {}
    for label, facility in built.get("facility", []):
        key = " ".join(unicodedata.normalize("NFC", facility.name).casefold().split())
        earlier = names.setdefault(key, label)
        if earlier != label and label not in repeated:
            said = message("a name of its own: {earlier} has this name (write another name "
                           "in aliases)", earlier=earlier)  # fmt: skip
            out.add(label, "name", facility.name, said)
