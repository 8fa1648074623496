"""A workbook sheet's own XML, found through the workbook's relationships.

What openpyxl reads as values leaves out how a sheet is laid out: merged blocks, hidden rows,
formulas saved without their result. Both readers of a user's workbook, the forms
(:mod:`vnhealthplan.io.forms`) and the files of figures (``read_observations``), read those
from the sheet's part of the .xlsx archive, which :func:`sheet_xml` finds by the sheet's name.

Examples
--------
>>> import pathlib, tempfile, openpyxl
>>> book = openpyxl.Workbook()
>>> book.active.title = "observations"
>>> with tempfile.TemporaryDirectory() as folder:
...     path = pathlib.Path(folder, "observed.xlsx")
...     book.save(path)
...     b"<sheetData" in sheet_xml(path, "observations")
True
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Final
from xml.etree import ElementTree

from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import message

__all__ = ["MAIN", "hidden_rows", "sheet_entry", "sheet_xml"]

#: The namespace of a sheet's elements, as ElementTree writes it in a tag.
MAIN: Final = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def sheet_xml(file: Path, name: str) -> bytes:
    """The XML of the sheet titled *name* in the workbook *file*.

    Raises KeyError, StopIteration, ``ElementTree.ParseError`` or ``zipfile.BadZipFile``
    for a workbook laid out otherwise (no such sheet, no relationships part); the caller
    decides what that means.

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "book.xlsx")
    ...     openpyxl.Workbook().save(path)
    ...     b"<sheetData" in sheet_xml(path, "Sheet")
    True
    """
    with zipfile.ZipFile(file) as archive:
        rid = sheet_entry(archive, name).get(f"{_REL}id")
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        target = next(r.get("Target", "") for r in rels if r.get("Id") == rid)
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        return archive.read(path)


def sheet_entry(archive: zipfile.ZipFile, name: str) -> ElementTree.Element:
    """The workbook's own entry (``<sheet>``) for the sheet titled *name*: its relationship
    id and its state (hidden or not), as both readers look a sheet up.

    Raises KeyError, StopIteration or ``ElementTree.ParseError`` as :func:`sheet_xml` does.

    Examples
    --------
    >>> import pathlib, tempfile, zipfile, openpyxl
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "book.xlsx")
    ...     openpyxl.Workbook().save(path)
    ...     with zipfile.ZipFile(path) as archive:
    ...         sheet_entry(archive, "Sheet").get("name")
    'Sheet'
    """
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    return next(s for s in book.iter(f"{MAIN}sheet") if s.get("name") == name)


def hidden_rows(
    xml: ElementTree.Element, file: str, sheet: str, *, empty: bool = True
) -> list[Problem]:
    """One problem for each hidden row of *sheet* (its parsed *xml*, in the workbook named
    *file*), in the sheet's order; with ``empty=False`` only for rows with something in
    them (a value, a text, a formula).

    A form refuses any hidden row (its rows are its own); a file of figures only a hidden
    row that holds something (:func:`vnhealthplan.io.export.sheetcells.hidden_rows`). The
    user unhides the row to read it, or deletes it to leave it out.

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> book = openpyxl.Workbook()
    >>> book.active.title = "observations"
    >>> book.active.append(["Tỉnh", "Năm"])
    >>> book.active.append(["Đắk Lắk", 2024])
    >>> book.active.row_dimensions[2].hidden = True
    >>> book.active.row_dimensions[5].hidden = True
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "observed.xlsx")
    ...     book.save(path)
    ...     tree = ElementTree.fromstring(sheet_xml(path, "observations"))
    >>> [p.record for p in hidden_rows(tree, path.name, "observations")]
    ['observations!row 2', 'observations!row 5']
    >>> [p.record for p in hidden_rows(tree, path.name, "observations", empty=False)]
    ['observations!row 2']
    """
    expected = message("expected a visible row (unhide it: hidden rows are not read, "
                       "and not skipped either)")  # fmt: skip
    return [
        Problem(file, message("{sheet}!row {row}", sheet=sheet, row=row.get("r", "?")),
                "row", None, expected)
        for row in xml.iter(f"{MAIN}row")
        if row.get("hidden") in ("1", "true") and (empty or _filled(row))
    ]  # fmt: skip


def _filled(row: ElementTree.Element) -> bool:
    """Whether a row of sheet XML has a cell with something in it (a value, a text, a
    formula)."""
    return any(cell.find(f"{MAIN}{part}") is not None
               for cell in row.iter(f"{MAIN}c") for part in ("v", "is", "f"))  # fmt: skip
