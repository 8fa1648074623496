"""The data file of :mod:`vnhealthplan.districts` (``data/districts.toml``), read and checked.

Every record is checked before any is used: :func:`checked` raises one
:class:`~vnhealthplan.errors.PlanDataError` that lists every bad value.

Examples
--------
>>> data = checked()
>>> len(data["district"]), data["valid_until"]
(10, datetime.date(2025, 6, 30))
>>> problems({"district": [{"key": "thanh-hoa/x", "kind": "quận"}]})[0]
Problem(file='districts.toml', record='district[0]', field='name', value=None, \
message='missing')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import message
from vnhealthplan.data import loader, plans, provinces
from vnhealthplan.model.source import Source

#: The kinds of district-level unit, as the plans word them: rural district, town, city.
KINDS = ("huyện", "thị xã", "thành phố")

_FIELDS = {
    "district": ("key", "name", "ascii_name", "kind", "province", "plan", "section", "quote"),
    "facility": ("name", "kind", "district", "plan", "section", "quote"),
}


def checked() -> Mapping[str, Any]:
    """The districts file, every record checked (:class:`PlanDataError` lists the bad ones)."""
    return loader.read_toml("districts.toml", problems)


def plan_source(row: Mapping[str, Any]) -> Source:
    """Where a record's plan names it: the plan's document, the row's section and quote.

    Only the plan's ``[document]`` table is read, not the plan.
    """
    document = plans.document(row["plan"])
    return Source(document, row["section"], row["quote"], reading=row.get("reading"))


def plan_sources(row: Mapping[str, Any]) -> Any:
    """:func:`plan_source` as the one item of a tuple (a district's ``named_in``)."""
    return (plan_source(row),)


def problems(data: Mapping[str, Any], file: str = "districts.toml") -> list[Problem]:
    """Every invalid value of a districts file (empty when it is sound).

    A quote is compared with the text of the plan it names; the plan itself is not loaded.
    """
    found: list[Problem] = []
    keys = [row.get("key") for row in data.get("district", ())]
    for table, fields in _FIELDS.items():
        for i, row in enumerate(data.get(table, ())):
            record = f"{table}[{i}]"
            found += [
                Problem(file, record, f, None, message("missing")) for f in fields if f not in row
            ]
            found += _row_problems(file, record, row, keys, plans.available())
    found += [
        Problem(file, f"district[{i}]", "key", k, message("a key used once"))
        for i, k in enumerate(keys)
        if keys.count(k) > 1
    ]
    for key in data.get("ends_by", ()):
        if key not in data.get("source", {}):
            found.append(Problem(file, "ends_by", "source", key, message("a key of [source]")))
    return found


def _row_problems(
    file: str, record: str, row: Mapping[str, Any], keys: list[Any], plan_keys: Any
) -> list[Problem]:
    found = []
    if record.startswith("district") and row.get("kind", KINDS[0]) not in KINDS:
        expected = message("one of {kinds}", kinds=", ".join(KINDS))
        found.append(Problem(file, record, "kind", row["kind"], expected))
    if "province" in row and row["province"] not in {u.key for u in provinces.all()}:
        found.append(Problem(file, record, "province", row["province"], message("a province key")))
    if "district" in row and row["district"] not in keys:
        found.append(Problem(file, record, "district", row["district"], message("a district key")))
    if row.get("plan") not in plan_keys:
        found.append(
            Problem(file, record, "plan", row.get("plan"), message("a bundled plan's key"))
        )
    elif "quote" in row and row["quote"] not in plans.source_text(row["plan"]):
        found.append(
            Problem(file, record, "quote", row["quote"], message("words of the plan's text"))
        )
    return found
