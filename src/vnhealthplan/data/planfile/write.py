"""Writing plan files: the plan-file structure of a plan, and the TOML file, atomically."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from vnhealthplan.core.atomic import atomic_open
from vnhealthplan.core.checks import file_suffix
from vnhealthplan.data import indicators as catalogue
from vnhealthplan.data.planfile.read import SCHEMA_VERSION
from vnhealthplan.data.planfile.schema import FILE, RECORDS, TABLES, table_row
from vnhealthplan.model.plan import Plan

__all__ = ["plan_to_dict", "write_plan"]

#: The plan's attribute holding each array of records.
_ARRAYS = {
    "target": "targets",
    "observation": "observations",
    "facility": "facilities",
    "assignment": "assignments",
}


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
    used = [t.indicator for t in plan.targets] + [o.indicator for o in plan.observations]
    local = {
        i.code: table_row(TABLES["indicators"], i)
        for i in dict.fromkeys(used)
        if catalogue.catalogue().get(i.code) != i
    }
    values: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "key": plan.key,
        "province": None if plan.province is None else plan.province.name,
        "source_text": source_text,
        "document": table_row(TABLES["document"], plan.document),
        "indicators": local,
    }
    for name in RECORDS:
        values[name] = [table_row(TABLES[name], r) for r in getattr(plan, _ARRAYS[name])]
    return {key: values[key] for key in FILE if values[key] not in (None, [], {})}


def write_plan(plan: Plan, path: str | os.PathLike[str], *, source_text: str | None = None) -> None:
    """Write *plan* to a TOML file, atomically.

    The file is written to a temporary file in the same folder and moved into place only
    when complete, so an interrupted write never leaves a half-written file. Texts with a
    line break are written as multi-line strings, unless some text of the plan holds a
    carriage return: then every text is written on one line with escapes (``\\r\\n``),
    which TOML keeps exactly.

    Parameters
    ----------
    plan : Plan
    path : str or path-like
    source_text : str, optional
        A path, relative to the file's folder, of the text the quotes come from.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        If *path* ends in another suffix than ``.toml`` (nothing is written); a name
        without one (``draft``) is written.
    OSError
        If the file cannot be written; the error names *path*.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.planfile import read_plan
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "dak-lak-2024.toml")
    ...     write_plan(plans.load("dak-lak-2024"), path)
    ...     read_plan(path).targets_for("beds_per_10k")
    (Target(beds_per_10k = 29 bed / ten_thousand_people, 2024),)
    """
    import tomli_w

    file = file_suffix(path, "write_plan", [".toml"], bare=True)
    data = plan_to_dict(plan, source_text=source_text)
    # A multi-line TOML string turns "\r\n" into "\n" when read: keep such texts escaped.
    multiline = not any("\r" in text for text in _texts(data))
    text = tomli_w.dumps(data, multiline_strings=multiline)
    with atomic_open(file, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def _texts(data: Any) -> Iterator[str]:
    """Every string in *data* (the plan-file structure: at most four levels deep)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _texts(value)
    elif isinstance(data, list):
        for value in data:
            yield from _texts(value)
