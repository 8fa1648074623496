"""Hidden columns of an observations sheet that hold what a figure is: refused, not read.

A column hidden by the sender (an old year's values, a draft column) is out of sight of
everyone who checks the sheet; reading figures from it gives answers no one can trace. As a
hidden row is (:func:`~vnhealthplan.io.export.sheetcells.hidden_rows`), a hidden column
whose header names what a figure is (its province, indicator, period, value, unit or scope)
is named, for the user to unhide (to read it) or delete. A hidden column of notes, a source
or a quote is read as before.
"""

from __future__ import annotations

from typing import Any, Final
from xml.etree import ElementTree

from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import message
from vnhealthplan.io.export._headers import canonical_column
from vnhealthplan.io.forms.sheetxml import MAIN

__all__ = ["FIGURE_COLUMNS", "hidden_columns"]

#: The columns that say what a figure is: a hidden one is refused.
FIGURE_COLUMNS: Final = frozenset({
    "province", "indicator", "year", "period", "period_start", "period_end", "value", "unit",
    "tier", "facility_kind", "scope_description",
})  # fmt: skip


def hidden_columns(
    xml: ElementTree.Element, file: str, sheet: str, row: int, head: list[Any]
) -> list[Problem]:
    """One problem for each hidden column of *sheet* (its parsed *xml*,
    :func:`~vnhealthplan.io.export.sheetcells.sheet_tree`, in the workbook named *file*) whose
    header (*head*, in sheet *row*) names what a figure is (:data:`FIGURE_COLUMNS`).

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> from vnhealthplan.io.export.sheetcells import sheet_tree
    >>> book = openpyxl.Workbook()
    >>> book.active.title = "observations"
    >>> book.active.append(["Tỉnh", "Mã chỉ tiêu", "Năm", "Giá trị"])
    >>> book.active.column_dimensions["D"].hidden = True
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "observed.xlsx")
    ...     book.save(path)
    ...     xml = sheet_tree(path, "observations")
    >>> print(*hidden_columns(xml, "observed.xlsx", "observations", 1,
    ...                       ["Tỉnh", "Mã chỉ tiêu", "Năm", "Giá trị"]))
    observed.xlsx: observations!D1: column = 'Giá trị': expected a visible column (unhide \
it to read it, or delete it: a hidden column is not read)
    """
    from openpyxl.utils import get_column_letter

    hidden: set[int] = set()
    for col in xml.iter(f"{MAIN}col"):
        if col.get("hidden") in ("1", "true"):
            hidden.update(range(int(col.get("min", 0)), int(col.get("max", 0)) + 1))
    expected = message("expected a visible column (unhide it to read it, or delete it: a "
                       "hidden column is not read)")  # fmt: skip
    return [
        Problem(file, f"{sheet}!{get_column_letter(n)}{row}", "column", name, expected)
        for n, name in enumerate(head, start=1)
        if n in hidden and canonical_column(name) in FIGURE_COLUMNS
    ]
