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

__all__ = ["MAIN", "sheet_xml"]

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
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rid = next(s.get(f"{_REL}id") for s in book.iter(f"{MAIN}sheet") if s.get("name") == name)
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        target = next(r.get("Target", "") for r in rels if r.get("Id") == rid)
        path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        return archive.read(path)
