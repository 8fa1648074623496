"""An Excel sheet of figures as a table: the xlsx half of ``read_observations``.

:func:`read_xlsx_table` reads the chosen sheet of an ``.xlsx`` workbook (by name, position,
its title "observations" or as the only sheet) into a table whose index is the row numbers
Excel shows, as :func:`~vnhealthplan.io.export.csvtable.read_csv_table` does for a CSV file;
:func:`vnhealthplan.export.read_observations` then reads its columns.

Examples
--------
>>> import pathlib, tempfile, openpyxl
>>> with tempfile.TemporaryDirectory() as folder:
...     path = pathlib.Path(folder, "so-lieu.xlsx")
...     book = openpyxl.Workbook()
...     for row in (["Tỉnh", "Mã chỉ tiêu", "Năm", "Giá trị"], [], ["Đắk Lắk", "imr", 2024, 21.5]):
...         book.active.append(row)
...     book.save(path)
...     frame = read_xlsx_table(path, None)
>>> frame.loc[3, "Giá trị"]
21.5
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnhealthplan.core.errors import LikelySlipWarning, PlanDataError, Problem, ValidationError
from vnhealthplan.core.messages import message
from vnhealthplan.core.optional import require
from vnhealthplan.io.export._headers import canonical_column, header_unit, sheet_title
from vnhealthplan.io.export.sheetcells import (
    ShownPercent,
    cell_value,
    hidden_sheet,
    sheet_problems,
    shown_percents,
)
from vnhealthplan.io.forms._load import BOOK_ERRORS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["read_xlsx_table"]


def read_xlsx_table(file: Path, sheet: str | int | None) -> pd.DataFrame:
    """The table of *file*'s chosen sheet, indexed by the row numbers Excel shows.

    The sheet is *sheet* (a name or a 0-based position), else the one titled "observations"
    in either language, else the only one; without *sheet*, each other sheet laid out as the
    one read is warned of. A value cell formatted as a percentage is read as the number shown.

    Raises
    ------
    vnhealthplan.errors.PlanDataError
        For a workbook that cannot be opened, a hidden sheet found by its title, a formula
        cell saved without its result, a hidden row.
    vnhealthplan.errors.ValidationError
        For a workbook without the sheet.
    """
    import pandas as pd

    openpyxl = require("openpyxl", "excel", "read_observations")
    try:
        book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    except BOOK_ERRORS as err:
        raise PlanDataError([_unreadable(file, err)]) from None
    try:
        ws = book[_sheet_name(book.sheetnames, sheet, file)]
        rows = [(n, [cell_value(c) for c in row]) for n, row in enumerate(ws.iter_rows(), start=1)
                if any(c.value is not None and c.value != "" for c in row)]  # fmt: skip
        if sheet is None:
            _warn_unread_sheets(book, ws.title, file.name)
    except BOOK_ERRORS as err:  # a sheet is read lazily: its damage shows only now
        if isinstance(err, ValidationError):
            raise
        raise PlanDataError([_unreadable(file, err)]) from None
    finally:
        book.close()
    # the rows under a merged province read empty, as does a formula saved without its result
    if sheet is None and hidden_sheet(file, ws.title):
        raise PlanDataError([Problem(file.name, "file", "sheet", ws.title, message(
            "expected a visible sheet: the sheet {title!r} is hidden (unhide it, or name it "
            "with sheet=)", title=ws.title))])  # fmt: skip
    unread = sheet_problems(file, ws.title, rows[0] if rows else None)
    if unread:
        raise PlanDataError(unread)
    if not rows:
        return pd.DataFrame()
    head = rows[0][1]
    body = [list(row) + [None] * (len(head) - len(row)) for _, row in rows[1:]]
    _percents(head, body)
    return pd.DataFrame(body, columns=list(head), index=[n for n, _ in rows[1:]], dtype=object)


def _warn_unread_sheets(book: Any, chosen: str, file: str) -> None:
    """Warn of each other sheet laid out as the one read (a second year's figures, say): its
    observations are not read unless it is named with ``sheet=``. (The targets and gaps
    sheets of an export have other columns.)"""

    def columns(title: str) -> set[str | None]:
        head = next((row for row in book[title].iter_rows(max_row=10, values_only=True)
                     if any(v not in (None, "") for v in row)), ())  # fmt: skip
        return {canonical_column(v) for v in head} - {None}

    layout = columns(chosen)
    if not {"province", "indicator", "value"} <= layout:
        return  # the sheet read has its own problem, reported as such
    for title in book.sheetnames:
        if title != chosen and book[title].sheet_state == "visible" and columns(title) == layout:
            said = message("{file}: the sheet {other!r} has observations too and is not read; "
                           "only {chosen!r} is (read it with sheet={other!r})", file=file,
                           other=title, chosen=chosen)  # fmt: skip
            warnings.warn(LikelySlipWarning(said), stacklevel=5)


def _percents(head: list[Any], body: list[list[Any]]) -> None:
    """A value cell formatted as a percentage (0.95 shown as 95 %) read as the 95 shown."""
    names = [canonical_column(h) for h in head]
    if "value" not in names:
        return
    value = names.index("value")
    if "unit" not in names and header_unit(head[value]) is None:
        if not any(isinstance(row[value], ShownPercent) for row in body):
            return
        head.append("unit")
        names.append("unit")
        for row in body:
            row.append(None)
    shown_percents(head, body, value, names.index("unit") if "unit" in names else None)


def _unreadable(file: Path, err: BaseException) -> Problem:
    return Problem(file.name, "file", "workbook", None,
                   message("expected an .xlsx workbook; it cannot be opened ({error})",
                           error=f"{type(err).__name__}: {err}"))  # fmt: skip


def _sheet_name(names: list[str], sheet: str | int | None, file: Path) -> str:
    if isinstance(sheet, int) and 0 <= sheet < len(names):
        return names[sheet]
    if isinstance(sheet, str) and sheet in names:
        return sheet
    if sheet is None:
        wanted = {"observations", sheet_title("observations", "vi"),
                  sheet_title("observations", "en")}  # fmt: skip
        found = [n for n in names if n in wanted or n.casefold() in wanted]
        if found or len(names) == 1:
            return (found or names)[0]
    expected = message("a sheet of {file}: {names}", file=file.name,
                       names=", ".join(map(repr, names)))  # fmt: skip
    if sheet is None:  # at the command line, no sheet= to give: a sheet's title chooses it
        expected = message("{expected} (name one with sheet=, or title the sheet to read "
                           "{title!r}; or keep one sheet in the file)", expected=expected,
                           title=sheet_title("observations", "vi"))  # fmt: skip
    raise ValidationError("read_observations", "sheet", sheet, expected)
