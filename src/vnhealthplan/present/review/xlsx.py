"""A review report as an Excel workbook: a sheet per section (needs openpyxl).

Examples
--------
>>> import pathlib, tempfile, openpyxl
>>> from datetime import date
>>> from vnhealthplan.analysis.review import review
>>> with tempfile.TemporaryDirectory() as folder:
...     path = to_xlsx(review("national", as_of=date(2026, 1, 31)),
...                    pathlib.Path(folder, "review.xlsx"))
...     book = openpyxl.load_workbook(path)
>>> book.sheetnames
['Báo cáo', 'I. Kết quả', 'II. Nguồn lực', 'III. Tiến độ', 'IV. Nguồn số liệu']
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from vnhealthplan.analysis.review import Review
from vnhealthplan.core.atomic import atomic_open
from vnhealthplan.core.checks import file_suffix
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.optional import require
from vnhealthplan.core.vocab import Lang
from vnhealthplan.io.export import needs_quote_prefix
from vnhealthplan.present.review.sections import ReportParts, ReportTable, report_parts

__all__ = ["number_format", "to_xlsx"]

#: The sheets' names, in English (Vietnamese from ``core/locale/vi/review.po``).
_SHEETS = ("Report", "I. Results", "II. Resources", "III. Progress", "IV. Sources")


def _put(sheet: Any, row: int, column: int, value: Any) -> Any:
    """Write one cell: numbers as numbers, text that looks like a formula as text."""
    if isinstance(value, float) and math.isnan(value):
        value = None
    elif isinstance(value, float):  # 1.2, not the 1.199999999999999 of 23.2 - 22
        value = float(f"{value:.12g}")
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl makes a formula of "=…" otherwise
        cell.quotePrefix = needs_quote_prefix(value)
    return cell


def number_format(value: float) -> str:
    """The Excel format of one number: as many decimals as it needs, at most 2 (as
    :func:`~vnhealthplan.present.review.sections.cell_text` writes it in the other formats).

    Per value, not per column: a column holds several units (a population beside a count of
    beds), and a whole number is never shown with decimals ("3.764.241", not "3.764.241,00").

    Examples
    --------
    >>> number_format(3764241.0), number_format(1234.0), number_format(14680.5399)
    ('#,##0', '#,##0', '#,##0.00')
    >>> number_format(29.5), number_format(0.004)
    ('#,##0.0', '#,##0')
    """
    decimals = len(f"{value:.2f}".rstrip("0").partition(".")[2])
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _table_sheet(book: Any, title: str, table: ReportTable) -> None:
    bold = require("openpyxl.styles", "excel", "to_xlsx").Font(bold=True)
    sheet = book.create_sheet(title)
    _put(sheet, 1, 1, table.title).font = bold
    start = 2
    if table.note:
        _put(sheet, 2, 1, table.note)
        start = 3
    for j, name in enumerate(table.header, 1):
        _put(sheet, start, j, name).font = bold
    for i, row in enumerate(table.rows, start + 1):
        for j, value in enumerate(row, 1):
            _put(sheet, i, j, value)
    for j in range(1, len(table.header) + 1):
        column = [row[j - 1] for row in table.rows]
        for i in range(start + 1, start + 1 + len(table.rows)):
            cell = sheet.cell(row=i, column=j)
            if isinstance(cell.value, float):
                cell.number_format = number_format(cell.value)
        width = max([len(str(table.header[j - 1])), *(len(str(v)) for v in column)])
        letter = sheet.cell(row=start, column=j).column_letter
        sheet.column_dimensions[letter].width = min(max(width + 2, 6), 60)
    sheet.freeze_panes = sheet.cell(row=start + 1, column=1)
    last = sheet.cell(row=start + len(table.rows), column=len(table.header)).coordinate
    sheet.auto_filter.ref = f"A{start}:{last}"


def _cover(sheet: Any, parts: ReportParts) -> None:
    bold = require("openpyxl.styles", "excel", "to_xlsx").Font(bold=True)
    for i, text in enumerate(parts.left, 1):
        _put(sheet, i, 1, text).font = bold
    for i, text in enumerate(parts.right, 1):
        _put(sheet, i, 4, text).font = bold
    _put(sheet, len(parts.right) + 1, 4, parts.place_date)
    _put(sheet, 5, 1, parts.title).font = bold
    _put(sheet, 6, 1, parts.subtitle)
    sheet.column_dimensions["A"].width = 40


def to_xlsx(r: Review, path: str | os.PathLike[str], *, lang: Lang = "vi") -> Path:
    """Write *r* as an ``.xlsx`` workbook; a sheet per section, headers bold and frozen.

    Returns
    -------
    pathlib.Path
        The file written (atomically).
    """
    target = file_suffix(path, "vnhealthplan.review.to_xlsx", [".xlsx"])
    openpyxl = require("openpyxl", "excel", "vnhealthplan.review.to_xlsx")
    parts = report_parts(r, lang)
    book = openpyxl.Workbook()
    names = tuple(translate(n, lang, context="sheet") for n in _SHEETS)
    book.active.title = names[0]
    _cover(book.active, parts)
    for name, table in zip(names[1:], parts.tables, strict=True):
        _table_sheet(book, name, table)
    with atomic_open(target, "wb") as handle:
        book.save(handle)
    return target
