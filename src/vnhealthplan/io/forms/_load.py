"""Loading a filled form's cells (xlsx or csv) without judging them yet."""

from __future__ import annotations

import csv
import io
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any, Final
from xml.etree import ElementTree

import attrs

from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.optional import require
from vnhealthplan.core.textfile import not_utf8
from vnhealthplan.core.vocab import Lang
from vnhealthplan.io.forms._write import CSV_MARK, STRUCTURE_META_ROW
from vnhealthplan.io.forms.layout import COLUMNS, META_SHEET, STRUCTURE, sheet_name
from vnhealthplan.io.forms.numbers import scales_by_100, shows_percent
from vnhealthplan.io.forms.sheetxml import hidden_rows, sheet_xml

__all__ = [
    "FORMULA",
    "FormLoadError",
    "LoadedForm",
    "is_form",
    "load_form",
    "structure_copy",
    "unopened",
]

#: Stands for a formula cell with no cached value.
FORMULA: Final = object()


@attrs.frozen
class PercentCell:
    """A number cell shown with a "%": Excel stores "18,2 %" as 0.182 (a percentage
    format), or as 18.2 when the format only writes a "%" sign after it (``0.0"%"``, as
    :func:`vnhealthplan.export.to_excel` writes shares in per cent): not *scaled*.

    Examples
    --------
    >>> PercentCell(0.182).shown, PercentCell(0.182).figure
    ('0.182 (shown as 18.2%)', 18.2)
    >>> PercentCell(0.9, scaled=False).shown, PercentCell(0.9, scaled=False).figure
    ('0.9 (shown as 0.9%)', 0.9)
    >>> PercentCell(0.925).shown.said("vi"), PercentCell(0.925).quote.said("vi")
    ('0,925 (hiển thị là 92,5%)', '92,5%')
    """

    value: float
    scaled: bool = True

    @property
    def figure(self) -> float:
        """The number the spreadsheet shows before its "%" sign."""
        return round(self.value * 100, 10) if self.scaled else self.value  # 0.182 × 100 …

    @property
    def shown(self) -> Message:
        """The stored number and what the spreadsheet shows (said in each language)."""
        return message("{value:g} (shown as {figure:g}%)", value=self.value, figure=self.figure)

    @property
    def quote(self) -> Message:
        """The cell as the spreadsheet shows it, "92%": the figure's quote."""
        return message("{figure:g}%", figure=self.figure)


_VALUE: Final = COLUMNS.index("value")


class FormLoadError(Exception):
    """The file cannot be read as a form; carries the problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@attrs.frozen
class LoadedForm:
    """A form's cells as found: metadata, header, rows, and where each row is.

    ``rows`` hold the cells of each data row (structure as text, then value, source,
    note); ``numbers`` is the row numbers a spreadsheet shows; ``workbook`` the path of an
    xlsx form, whose metadata sheet keeps a copy of the structure (:func:`structure_copy`),
    None for csv; ``problems`` what the layout already shows wrong (merged cells, hidden
    rows; a formula without a cached value is left to the reader, as FORMULA).
    """

    file: str
    sheet: str
    meta: dict[str, str]
    header: list[str]
    rows: list[list[Any]]
    numbers: list[int]
    workbook: Path | None
    problems: list[Problem]

    def address(self, column: str, index: int) -> str:
        """The spreadsheet address of *column* in data row *index*: "Biểu mẫu!K7"."""
        letter = chr(ord("A") + COLUMNS.index(column))
        where = f"{letter}{self.numbers[index]}"
        return f"{self.sheet}!{where}" if self.sheet else where

    @property
    def lang(self) -> Lang:
        """The form's language, as its metadata states it ("vi" unless "en")."""
        return "en" if self.meta.get("lang") == "en" else "vi"

    def problem(self, column: str, index: int, value: Any, what: str) -> Problem:
        """The problem of *column*'s cell in data row *index*: "expected *what*"."""
        expected = message("expected {expected}", expected=what)
        return Problem(self.file, self.address(column, index), column, value, expected)


def is_form(path: str | Path) -> bool:
    """True for a file :func:`~vnhealthplan.forms.write_form` wrote (xlsx or csv).

    Only the workbook's list of sheets, or the CSV's first line, is read. A file that
    cannot be opened is not a form (its reader reports why).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.forms import write_form
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     form = write_form(plans.load("dak-lak-2024"), pathlib.Path(folder, "f.csv"))
    ...     other = pathlib.Path(folder, "other.csv")
    ...     _ = other.write_text("province,indicator,year,value\\n", encoding="utf-8")
    ...     is_form(form), is_form(other)
    (True, False)
    """
    file = Path(path)
    try:
        if file.suffix.lower() == ".csv":
            with file.open(encoding="utf-8-sig", newline="") as handle:
                return handle.readline().startswith(CSV_MARK)
        with zipfile.ZipFile(file) as archive:
            workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile, KeyError, zlib.error):
        return False
    return f'name="{META_SHEET}"' in workbook


#: What opening a damaged .xlsx file raises: a bad zip, a missing part, bad XML (lxml's and
#: the standard library's XML errors are SyntaxErrors), a value openpyxl cannot read, a
#: compressed part whose bytes are damaged (zlib.error).
BOOK_ERRORS: Final = (
    zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError, EOFError, zlib.error
)  # fmt: skip


def unopened(file: Path) -> Problem | None:
    """Why *file* cannot be opened for reading (no file there, a folder, no permission), as
    a problem naming its path; None when it can.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     missing = unopened(pathlib.Path(folder, "so-lieu.csv"))
    ...     folder_given = unopened(pathlib.Path(folder))
    >>> print(missing.said("vi"))
    so-lieu.csv: tệp: đường dẫn = '.../so-lieu.csv': cần một tệp có thật; không có tệp nào ở \
đường dẫn này
    >>> folder_given.message
    'expected a file, not a folder'
    """
    try:
        with file.open("rb"):
            return None
    except FileNotFoundError:
        why = message("expected an existing file; there is none at this path")
    except IsADirectoryError:
        why = message("expected a file, not a folder")
    except OSError as err:
        why = message("expected a file that can be read ({error})", error=err.strerror or str(err))
    return Problem(file.name or str(file), "file", "path", str(file), why)


def load_form(file: Path, max_bytes: int) -> LoadedForm:
    """The cells of the form in *file*.

    Raises
    ------
    FormLoadError
        For a file too large, not a form, or not readable at all (missing, a folder).
    """
    problem = unopened(file)
    if problem is not None:
        raise FormLoadError(problem)
    size = file.stat().st_size
    if size > max_bytes:
        raise FormLoadError(
            Problem(
                file.name,
                "file",
                "size",
                size,
                message("expected a form of at most {limit:,} bytes (max_bytes)", limit=max_bytes),
            )
        )
    suffix = file.suffix.lower()
    if suffix == ".csv":
        return _load_csv(file)
    if suffix == ".xlsx":
        return _load_xlsx(file)
    raise FormLoadError(
        Problem(
            file.name, "file", "suffix", file.suffix, message("expected a form in .xlsx or .csv")
        )
    )


def _not_a_form(file: Path, why: object) -> FormLoadError:
    return FormLoadError(
        Problem(
            file.name,
            "file",
            "form",
            None,
            message("expected a form written by vnhealthplan.forms.write_form; {why}", why=why),
        )
    )


def _load_csv(file: Path) -> LoadedForm:
    data = file.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise FormLoadError(
            Problem(file.name, "file", "encoding", None, not_utf8(data, err))
        ) from None
    lines = list(csv.reader(io.StringIO(text, newline="")))
    if not lines or not lines[0] or lines[0][0] != CSV_MARK:
        raise _not_a_form(
            file, message("its first line does not begin with {mark!r}", mark=CSV_MARK)
        )
    meta = dict(cell.partition("=")[::2] for cell in lines[0][1:] if cell)
    body = [(n, row) for n, row in enumerate(lines[2:], start=3) if any(c.strip() for c in row)]
    rows = [_csv_row(row) for _, row in body]
    head = [_unescape(c) for c in lines[1]] if len(lines) > 1 else []
    return LoadedForm(file.name, "", meta, head, rows, [n for n, _ in body], None, [])


def _unescape(text: str) -> str:
    return text[1:] if text[:1] == "'" else text


def _csv_row(row: list[str]) -> list[Any]:
    cells: list[Any] = [_unescape(c) for c in row[: len(STRUCTURE)]]
    cells += [c if c.strip() else None for c in row[len(STRUCTURE) :]]
    return cells + [None] * (len(COLUMNS) - len(cells))


def _open_book(file: Path, **options: Any) -> Any:
    openpyxl = require("openpyxl", "excel", "vnhealthplan.forms.read_form")
    try:
        return openpyxl.load_workbook(file, **options)
    except BOOK_ERRORS as err:
        raise FormLoadError(
            Problem(
                file.name,
                "file",
                "workbook",
                None,
                message(
                    "expected an .xlsx workbook; it cannot be opened ({error})",
                    error=f"{type(err).__name__}: {err}",
                ),
            )
        ) from None


def _load_xlsx(file: Path) -> LoadedForm:
    """The cells, streamed (read-only, cached values); the layout from the sheet's XML."""
    book = _open_book(file, read_only=True, data_only=True)
    try:
        if META_SHEET not in book.sheetnames:
            raise _not_a_form(file, message("it has no sheet {sheet!r}", sheet=META_SHEET))
        meta = {}
        for key, value, *_ in book[META_SHEET].iter_rows(
            max_row=STRUCTURE_META_ROW - 1, max_col=2, values_only=True
        ):
            if key is not None:
                meta[str(key)] = "" if value is None else str(value)
        name = sheet_name("en" if meta.get("lang") == "en" else "vi")
        if name not in book.sheetnames:
            found = ", ".join(map(repr, book.sheetnames))
            raise _not_a_form(file, message("it has no sheet {sheet!r} (sheets found: {found}; "
                                            "give the renamed sheet its name back)",
                                            sheet=name, found=found))  # fmt: skip
        head: list[str] = []
        rows: list[list[Any]] = []
        numbers: list[int] = []
        width = len(COLUMNS)
        for n, cells in enumerate(book[name].iter_rows(max_col=width), 1):
            values = [_cell_value(c) for c in cells]
            if n == 1:
                head = ["" if v is None else str(v) for v in values]
            elif any(v is not None and v != "" for v in values):
                rows.append([*values, *[None] * (width - len(values))])
                numbers.append(n)
    finally:
        book.close()
    raw = sheet_xml(file, name)
    xml = raw.decode("utf-8")
    formulas = {int(n) for n, body in _VALUE_CELL.findall(xml) if "<f" in body}
    for index, n in enumerate(numbers):
        if n in formulas and rows[index][_VALUE] is None:
            rows[index][_VALUE] = FORMULA
    problems = _layout_problems(file.name, name, raw)
    return LoadedForm(file.name, name, meta, head, rows, numbers, file, problems)


_VALUE_CELL: Final = re.compile(
    rf'<c r="{chr(ord("A") + _VALUE)}(\d+)"[^>]*?(?:/>|>(.*?)</c>)', re.DOTALL
)
_MERGED: Final = re.compile(r'<mergeCell ref="([^"]+)"')


def _cell_value(cell: Any) -> Any:
    """A cell's cached value; a number shown with a "%" is marked as one: scaled by 100
    when "%" is the format's code, as it is when the "%" is only written after it."""
    value = cell.value
    fmt = getattr(cell, "number_format", None) or ""
    if shows_percent(fmt) and isinstance(value, int | float) and not isinstance(value, bool):
        return PercentCell(float(value), scaled=scales_by_100(fmt))
    return value


def _layout_problems(file: str, sheet: str, xml: bytes) -> list[Problem]:
    """Merged cells and hidden rows (:func:`~vnhealthplan.io.forms.sheetxml.hidden_rows`,
    empty or not: a form's rows are its own): refused, each named."""
    problems = [
        Problem(
            file,
            f"{sheet}!{ref}",
            "cells",
            None,
            message("expected cells not merged (unmerge them; a form is read cell by cell)"),
        )
        for ref in _MERGED.findall(xml.decode("utf-8"))
    ]
    return problems + hidden_rows(ElementTree.fromstring(xml), file, sheet)


def structure_copy(path: Path) -> list[list[str]]:
    """The copy of the structure cells a workbook form keeps in its metadata sheet."""
    book = _open_book(path, read_only=True, data_only=True)
    try:
        rows = book[META_SHEET].iter_rows(min_row=STRUCTURE_META_ROW + 1, values_only=True)
        return [["" if c is None else str(c) for c in row[: len(STRUCTURE)]] for row in rows]
    finally:
        book.close()
