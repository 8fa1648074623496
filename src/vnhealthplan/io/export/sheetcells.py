"""What an Excel sheet shows but its cells do not hold: percentages, merged cells, formulas.

A cell formatted as a percentage holds 0.95 and shows 95 %; a merged block holds its value
in its first cell only, the others read empty. Read naively, the first gives 0.95 % and the
second rows without a province. :func:`read_observations
<vnhealthplan.export.read_observations>` reads the figure shown instead, and refuses merged
cells and formulas saved without their result, each named.

Examples
--------
>>> scales_by_100("0%"), scales_by_100('0.0"%"'), scales_by_100("0.0\\\\%")
(True, False, False)
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import message
from vnhealthplan.io.export.sheetcols import hidden_columns
from vnhealthplan.io.forms.numbers import scales_by_100, shows_percent
from vnhealthplan.io.forms.sheetxml import MAIN, sheet_entry, sheet_xml
from vnhealthplan.io.forms.sheetxml import hidden_rows as forms_hidden_rows

__all__ = [
    "ShownPercent",
    "WrittenPercent",
    "cell_value",
    "hidden_rows",
    "hidden_sheet",
    "merged_cells",
    "scales_by_100",
    "sheet_problems",
    "sheet_tree",
    "shown_percents",
    "unsaved_formulas",
]


class ShownPercent(float):
    """The number a percentage-formatted cell holds: ``ShownPercent(0.95)`` shows 95 %.

    Examples
    --------
    >>> ShownPercent(0.955).shown
    95.5
    """

    @property
    def shown(self) -> float:
        """The figure the sheet shows, in per cent."""
        return round(float(self) * 100, 12)


class WrittenPercent(ShownPercent):
    """A number whose format writes a "%" after it (``0.0"%"``): ``WrittenPercent(29)``
    shows 29 %. It is read as a percentage like a :class:`ShownPercent`, not as a count.

    Examples
    --------
    >>> WrittenPercent(29.0).shown
    29.0
    """

    @property
    def shown(self) -> float:
        """The figure the sheet shows, in per cent."""
        return float(self)


def cell_value(cell: Any) -> Any:
    """A cell's value; a number formatted as a percentage becomes a :class:`ShownPercent`
    (a :class:`WrittenPercent` when the format only writes a "%" after it), by the rule the
    forms read (:func:`~vnhealthplan.io.forms.numbers.shows_percent`).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> cell_value(SimpleNamespace(value=0.95, number_format="0%"))
    0.95
    >>> type(_).__name__
    'ShownPercent'
    """
    value = cell.value
    number = isinstance(value, int | float) and not isinstance(value, bool)
    fmt = getattr(cell, "number_format", None)
    if number and shows_percent(fmt):
        return ShownPercent(value) if scales_by_100(fmt) else WrittenPercent(value)
    return value


def shown_percents(head: list[Any], body: list[list[Any]], value: int, unit: int | None) -> None:
    """Put in *body* the figure each percentage cell of column *value* shows, in per cent.

    The row's unit becomes ``percent`` (column *unit*, which the caller adds if absent); a
    row that names another unit gets the text shown ("95%"), reported later as a value
    with its unit in it. Other columns' percentage cells become plain numbers.

    Examples
    --------
    >>> rows = [["imr", ShownPercent(0.95), None]]
    >>> shown_percents(["indicator", "value", "unit"], rows, 1, 2)
    >>> rows
    [['imr', 95.0, 'percent']]
    """
    for row in body:
        for i, cell in enumerate(row):
            if isinstance(cell, ShownPercent) and i != value:
                row[i] = float(cell)
        cell = row[value] if value < len(row) else None
        if not isinstance(cell, ShownPercent):
            continue
        given = None if unit is None else row[unit]
        if given is None or str(given).strip() in ("", "%", "percent"):
            row[value] = cell.shown
            if unit is not None:
                row[unit] = "percent"
        else:
            row[value] = f"{cell.shown:g}%"


def hidden_rows(xml: ElementTree.Element, file: str, sheet: str) -> list[Problem]:
    """One problem for each hidden row of *sheet* (its parsed *xml*, in the workbook named
    *file*): refused, as a form refuses it.

    A hidden row may hold a figure its writer meant to leave out, or one hidden by mistake:
    reading it, or skipping it, would each be wrong half the time, and silently. So it is
    named, for the user to unhide (to read it) or delete (to leave it out). An empty hidden
    row (a spacer, rows hidden below the table) hides nothing: it is not named. Which rows
    are hidden, and the words, are the forms' (:func:`vnhealthplan.io.forms.sheetxml.hidden_rows`).

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> book = openpyxl.Workbook()
    >>> book.active.title = "observations"
    >>> book.active.append(["Tỉnh", "Năm"])
    >>> book.active.append(["Đắk Lắk", 2024])
    >>> book.active.row_dimensions[2].hidden = True
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "observed.xlsx")
    ...     book.save(path)
    ...     tree = sheet_tree(path, "observations")
    ...     [p.said("vi") for p in hidden_rows(tree, path.name, "observations")]
    ['observed.xlsx: observations!dòng 2: dòng: cần dòng không bị ẩn (hãy bỏ ẩn: dòng ẩn không \
được đọc, cũng không được bỏ qua)']
    """
    return forms_hidden_rows(xml, file, sheet, empty=False)


def hidden_sheet(file: Path, sheet: str) -> bool:
    """Whether *sheet* of the workbook *file* is hidden (or very hidden).

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> book = openpyxl.Workbook()
    >>> book.create_sheet("observations").sheet_state = "hidden"
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "observed.xlsx")
    ...     book.save(path)
    ...     hidden_sheet(path, "observations"), hidden_sheet(path, "Sheet")
    (True, False)
    """
    try:
        with zipfile.ZipFile(file) as archive:
            entry = sheet_entry(archive, sheet)
    except (KeyError, StopIteration, ElementTree.ParseError, zipfile.BadZipFile):
        return False
    return entry.get("state") in ("hidden", "veryHidden")


def sheet_tree(file: Path, sheet: str) -> ElementTree.Element | None:
    """The XML of *sheet* in the workbook *file*, parsed; None for a book laid out otherwise
    (openpyxl has read it, its blocks are unknown).

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "book.xlsx")
    ...     openpyxl.Workbook().save(path)
    ...     sheet_tree(path, "Sheet").tag == f"{MAIN}worksheet", sheet_tree(path, "Khác")
    (True, None)
    """
    try:
        return ElementTree.fromstring(sheet_xml(file, sheet))
    except (KeyError, StopIteration, ElementTree.ParseError, zipfile.BadZipFile):
        return None


def sheet_problems(
    file: Path, sheet: str, header: tuple[int, list[Any]] | None = None
) -> list[Problem]:
    """What a sheet's values do not show, each a problem, the sheet's XML read once: merged
    blocks (:func:`merged_cells`), formulas saved without their result
    (:func:`unsaved_formulas`), hidden rows with something in them (:func:`hidden_rows`)
    and, given the *header* row (its number and cells), hidden columns that say what a
    figure is (:func:`~vnhealthplan.io.export.sheetcols.hidden_columns`).

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> book = openpyxl.Workbook()
    >>> book.active.title = "observations"
    >>> book.active.append(["Tỉnh", "Năm"])
    >>> book.active.append(["=A3", 2024])
    >>> book.active.merge_cells("B3:B4")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "observed.xlsx")
    ...     book.save(path)
    ...     [p.record for p in sheet_problems(path, "observations")]
    ['observations!B3:B4', 'observations!A2']
    """
    xml = sheet_tree(file, sheet)
    if xml is None:
        return []
    checks = (merged_cells, unsaved_formulas, hidden_rows)
    found = [problem for check in checks for problem in check(xml, file.name, sheet)]
    return found + (hidden_columns(xml, file.name, sheet, *header) if header else [])


def merged_cells(xml: ElementTree.Element, file: str, sheet: str) -> list[Problem]:
    """One problem for each merged block of *sheet* (its parsed *xml*, :func:`sheet_tree`,
    in the workbook named *file*): only its first cell holds the value.

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> book = openpyxl.Workbook()
    >>> book.active.title = "observations"
    >>> book.active.merge_cells("A2:A3")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "observed.xlsx")
    ...     book.save(path)
    ...     [p.record for p in merged_cells(sheet_tree(path, "observations"), path.name,
    ...                                         "observations")]
    ['observations!A2:A3']
    """
    expected = message("cells not merged (unmerge them and repeat the value on every row)")
    return [
        Problem(file, f"{sheet}!{m.get('ref')}", "cells", None, expected)
        for m in xml.iter(f"{MAIN}mergeCell")
    ]


def unsaved_formulas(xml: ElementTree.Element, file: str, sheet: str) -> list[Problem]:
    """One problem for each formula cell of *sheet* (its parsed *xml*, in the workbook named
    *file*) saved without its result.

    A program that writes a workbook without calculating it (openpyxl, a script) leaves a
    formula with no result; read for its value the cell is empty, so a formula giving the
    province would leave the row without one. Such a cell is refused, never evaluated.

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> book = openpyxl.Workbook()
    >>> book.active.title = "observations"
    >>> book.active.append(["Tỉnh", "Năm"])
    >>> book.active.append(["=A3", 2024])
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "observed.xlsx")
    ...     book.save(path)
    ...     print(*unsaved_formulas(sheet_tree(path, "observations"), path.name,
    ...                             "observations"))
    observed.xlsx: observations!A2: formula = '=A3': expected a value; a formula is read only \
through the result saved with it and this one has none (open and save the file in a \
spreadsheet program, or type the value)
    """
    expected = message("expected a value; a formula is read only through the result saved "
                       "with it and this one has none (open and save the file in a "
                       "spreadsheet program, or type the value)")  # fmt: skip
    problems = []
    for cell in xml.iter(f"{MAIN}c"):
        formula, result = cell.find(f"{MAIN}f"), cell.find(f"{MAIN}v")
        empty = result is None or (not result.text and cell.get("t") != "str")  # "" is saved
        if formula is not None and empty:
            written = f"={formula.text}" if formula.text else "="
            problems.append(Problem(file, f"{sheet}!{cell.get('r')}", "formula", written,
                                    expected))  # fmt: skip
    return problems
