"""The agencies the plans name (``data/agencies.toml``), checked; used by
:mod:`vnhealthplan.text.names`, which builds ``Agency`` objects from them.

Examples
--------
>>> rows()[0]["name"]
'Ủy ban nhân dân tỉnh'
>>> problems({"agency": [{"name": "Sở Y tế", "name_en": "DoH", "part_of": "UBND"}]})
[Problem(file='agencies.toml', record='agency[0]', field='part_of', value='UBND', \
message='the name of an agency of the file')]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import message
from vnhealthplan.data import loader

__all__ = ["problems", "rows"]

_FIELDS = {"name": str, "name_en": str}
_OPTIONAL = {
    "abbreviations": tuple,
    "variants": tuple,
    "part_of": str,
    "notes": str,
    "notes_vi": str,
}


def rows() -> tuple[Mapping[str, Any], ...]:
    """Every agency of the file, checked, in file order (read-only mappings)."""
    found: tuple[Mapping[str, Any], ...] = loader.read_toml("agencies.toml", problems)["agency"]
    return found


def problems(data: Mapping[str, Any], file: str = "agencies.toml") -> list[Problem]:
    """Every invalid value of an agencies file: fields, shared names, unknown ``part_of``."""
    records, found = loader.rows(data, "agency", file)
    names = [row.get("name") for row in records if isinstance(row, Mapping)]
    for i, row in enumerate(records):
        record = f"agency[{i}]"
        found += loader.fields(file, record, row, _FIELDS, _OPTIONAL, closed=True)
        if not isinstance(row, Mapping):
            continue
        if names.count(row.get("name")) > 1:
            found.append(
                Problem(file, record, "name", row.get("name"), message("a name used once"))
            )
        if "part_of" in row and row["part_of"] not in names:
            expected = message("the name of an agency of the file")
            found.append(Problem(file, record, "part_of", row["part_of"], expected))
    return found
