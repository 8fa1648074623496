"""The population figures used to re-base targets (``data/populations.toml``), checked.

Each row names a unit of :mod:`vnhealthplan.provinces` (``key``), the measure of the figure
and the row of ``data/reference_sources.toml`` holding its value, quote and address
(``reference``). :mod:`vnhealthplan.rebase` turns them into ``Population`` figures.

Examples
--------
>>> [(row["key"], row["measure"]) for row in rows()][:2]
[('an-giang', 'quy_mo_dan_so'), ('kien-giang', 'quy_mo_dan_so')]
>>> problems({"population": [{"key": "an-giang", "measure": "census", "reference": "x"}]})
[Problem(file='populations.toml', record='population[0]', field='reference', value='x', \
message='a key of reference_sources.toml')]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import message
from vnhealthplan.data import loader, provinces, reference

__all__ = ["problems", "rows"]

_FIELDS = {"key": str, "measure": str, "reference": str}


def rows() -> tuple[Mapping[str, Any], ...]:
    """Every row of the file, checked, in file order (read-only mappings)."""
    found: tuple[Mapping[str, Any], ...] = loader.read_toml("populations.toml", problems)[
        "population"
    ]
    return found


def problems(data: Mapping[str, Any], file: str = "populations.toml") -> list[Problem]:
    """Every invalid value of a populations file (empty when it is sound)."""
    records, found = loader.rows(data, "population", file)
    units = {unit.key for unit in provinces.all()}
    references = {row["key"] for row in reference.records()}
    for i, row in enumerate(records):
        record = f"population[{i}]"
        shape = loader.fields(file, record, row, _FIELDS, closed=True)
        found += shape
        if shape:
            continue
        if row["key"] not in units:
            found.append(Problem(file, record, "key", row["key"], message("a province key")))
        if row["reference"] not in references:
            expected = message("a key of reference_sources.toml")
            found.append(Problem(file, record, "reference", row["reference"], expected))
    return found
