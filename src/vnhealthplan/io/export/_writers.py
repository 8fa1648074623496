"""Writing export tables to Excel, CSV and Parquet, each file atomically.

Every table is built before the first byte is written, and every file is written to a
temporary file moved into place when complete (:func:`vnhealthplan._atomic.atomic_open`):
an interrupted export leaves the old file, or no file, never half of one. A CSV or Parquet
export writes one file per table into a folder; each of those files is whole, but a
failure after the first file leaves the files already written in place.

The formats are registered, and :func:`~vnhealthplan.export.export` dispatches, in
:mod:`vnhealthplan.io.export.formats`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, Literal, TypeVar

from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.atomic import atomic_open
from vnhealthplan.core.checks import file_suffix
from vnhealthplan.core.errors import MissingDependencyError, ValidationError
from vnhealthplan.core.messages import message
from vnhealthplan.core.optional import require
from vnhealthplan.core.vocab import Lang
from vnhealthplan.io.export._cells import escape_text, needs_quote_prefix
from vnhealthplan.io.export._headers import ROW_UNIT, date_format, unit_format
from vnhealthplan.io.export._tables import ExportTable, as_tables
from vnhealthplan.model.plan import Plan

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["MissingDependencyError", "to_csv", "to_excel", "to_parquet"]

_MAX_WIDTH: Final = 60
_T = TypeVar("_T")


def _cell(value: Any) -> Any:
    """A Python value an Excel cell holds: None for a missing one, no NumPy types."""
    import pandas as pd

    if value is None or (not isinstance(value, str | bytes) and pd.api.types.is_scalar(value)
                         and pd.isna(value)):  # fmt: skip
        return None
    if isinstance(value, pd.Timestamp | datetime):  # a day: a date cell, no time of day
        stamp = pd.Timestamp(value)
        return stamp.date() if stamp == stamp.normalize() else stamp.to_pydatetime()
    if hasattr(value, "item") and not isinstance(value, str):
        return value.item()  # a NumPy scalar
    if isinstance(value, str | bool | int | float | date | datetime):
        return value
    return str(value)


def _shown_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime | date):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def to_excel(
    plan_or_tables: Plan | Sequence[ExportTable],
    path: str | os.PathLike[str],
    *,
    lang: Lang | None = None,
    gaps: bool = True,
    audit: bool = True,
) -> Path:
    """Write a plan (or ready-made tables) to an Excel workbook, one sheet per table.

    Headers and values are in *lang*, headers with units; the header row is bold and
    frozen, with an autofilter over the table; column widths fit their contents (up to 60
    characters). Dates are date cells (shown dd/mm/yyyy in Vietnamese, yyyy-mm-dd in
    English); numbers have a format that fits their unit (``0.0"%"`` for shares in per
    cent, ``#,##0`` for counts, ``0.0`` for ratios, ``0`` for years). Text is always a
    text cell, never a formula: text a spreadsheet would run (beginning with ``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return) also gets Excel's quote-prefix flag, in
    data and header cells alike
    (see :mod:`vnhealthplan.export`).

    Parameters
    ----------
    plan_or_tables : Plan or sequence of ExportTable
    path : str or path-like
        The ``.xlsx`` file, replaced atomically if it exists.
    lang : {"en", "vi"}, optional
    gaps, audit : bool
        Include the gaps and audit sheets (for a plan).

    Returns
    -------
    pathlib.Path

    Raises
    ------
    vnhealthplan.errors.ValidationError
        If *path* does not end in ``.xlsx`` (nothing is written).
    MissingDependencyError
        If openpyxl is not installed (``pip install "vnhealthplan[excel]"``).

    Examples
    --------
    >>> import tempfile, pathlib, openpyxl
    >>> from vnhealthplan import plans
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = to_excel(plans.load("dak-lak-2024"), pathlib.Path(folder, "dak-lak.xlsx"))
    ...     book = openpyxl.load_workbook(path)
    ...     sheet = book["Targets"]
    ...     [cell.value for cell in sheet[1]][8:11], sheet["C2"].value, sheet["J2"].value
    (['Comparator', "Value (in the row's unit)", "Upper bound (in the row's unit)"], \
'underweight_u5', 17.6)
    """
    gaps = flag(gaps, "to_excel", "gaps")
    audit = flag(audit, "to_excel", "audit")
    file = file_suffix(path, "to_excel", [".xlsx"])
    openpyxl = require("openpyxl", "excel", "to_excel")
    tables = as_tables(plan_or_tables, lang=lang, gaps=gaps, audit=audit)
    if not tables:
        raise ValidationError("to_excel", "plan_or_tables", (), message("at least one table"))
    book = openpyxl.Workbook()
    for i, table in enumerate(tables):
        sheet = book.active if i == 0 else book.create_sheet()
        sheet.title = table.title
        _fill_sheet(sheet, table)
    with atomic_open(file, "wb") as handle:
        book.save(handle)
    return file


def _fill_sheet(sheet: Any, table: ExportTable) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    widths = [len(h) for h in table.headers]
    for c, text in enumerate(table.headers, start=1):
        cell = sheet.cell(row=1, column=c, value=text)
        cell.data_type, cell.font = "s", bold
        if needs_quote_prefix(text):  # a header is text like any other cell
            cell.quotePrefix = True
    formats = table.formats or (None,) * len(table.headers)
    units = list(table.frame["unit"]) if "unit" in table.frame.columns else None
    records = table.frame.itertuples(index=False, name=None)
    for r, record in enumerate(records, start=2):
        for c, raw in enumerate(record, start=1):
            value = _cell(raw)
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl makes a formula of "=…" otherwise
                if needs_quote_prefix(value):
                    cell.quotePrefix = True
            elif isinstance(value, date | datetime):
                cell.number_format = formats[c - 1] or date_format(table.lang)
            elif isinstance(value, int | float) and not isinstance(value, bool):
                cell.number_format = _number_format(table, formats[c - 1], c, units, r - 2)
            widths[c - 1] = max(widths[c - 1], _shown_width(value))
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = min(width + 2, _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    last = get_column_letter(max(len(table.headers), 1))
    sheet.auto_filter.ref = f"A1:{last}{len(table.frame) + 1}"


def _number_format(
    table: ExportTable, given: str | None, column: int, units: list[Any] | None, row: int
) -> str:
    """A number cell's format: its column's, else its row's unit's (columns in row units)."""
    if given is not None:
        return given
    name = str(table.frame.columns[column - 1])
    if units is not None and name in ROW_UNIT.get(table.name, ()):
        unit = _cell(units[row])
        return unit_format(unit) if isinstance(unit, str) else "General"
    return "General"


#: Suffixes of files, refused as the name of a new folder of tables ("plan.csv").
_FILE_SUFFIXES: Final = (".csv", ".parquet", ".xlsx", ".xls", ".toml", ".html", ".docx", ".json")


def _folder(path: str | os.PathLike[str], what: str) -> Path:
    folder = Path(path)
    if not folder.is_dir() and folder.suffix.lower() in _FILE_SUFFIXES:
        raise ValidationError(what, "folder", str(path), message(
            "a folder (one file per table), not a file name ending in {suffix}",
            suffix=folder.suffix))  # fmt: skip
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(
            f"{what}: {str(folder)!r} is a file; expected a folder (one file per table)"
        )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _write_each(
    out: Path,
    tables: Sequence[ExportTable],
    contents: Sequence[_T],
    suffix: str,
    write: Callable[[IO[Any], _T], None],
    mode: Literal["w", "wb"] = "wb",
    **options: str,
) -> tuple[Path, ...]:
    """Write each table's content with ``write(handle, content)`` to ``<out>/<name>.<suffix>``.

    Each file is written atomically; *options* go to :func:`~vnhealthplan._atomic.atomic_open`.
    """
    paths = []
    for table in tables:  # every name checked before the first file is written
        file_name(table.name)
    for table, content in zip(tables, contents, strict=True):
        path = out / f"{table.name}.{suffix}"
        with atomic_open(path, mode, **options) as handle:
            write(handle, content)
        paths.append(path)
    return tuple(paths)


def file_name(name: str) -> str:
    """*name* if it is a plain file name, to write ``<folder>/<name>.csv`` inside the folder.

    Refused: an empty name, ``.`` and ``..``, names with a folder separator (``/`` or
    ``\\``, on every system), a drive (``C:``), or control characters: a table named
    ``"../escaped"`` or ``"/etc/x"`` would write outside the folder chosen.

    Raises
    ------
    vnhealthplan.errors.ValidationError

    Examples
    --------
    >>> file_name("targets")
    'targets'
    >>> file_name("../escaped")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: ExportTable.name: got '../escaped'; expected a plain \
file name (no '/', '\\', ':' or control characters; not '.' or '..') so that the file stays \
in the folder chosen
    """
    if (
        not isinstance(name, str)
        or name.strip() in ("", ".", "..")
        or any(ch in name for ch in "/\\:")
        or any(ord(ch) < 32 or ord(ch) == 127 for ch in name)
    ):
        expected = message(
            "a plain file name (no '/', '\\', ':' or control characters; not '.' "
            "or '..') so that the file stays in the folder chosen"
        )
        raise ValidationError("ExportTable", "name", name, expected)
    return name


def _escaped(frame: pd.DataFrame) -> pd.DataFrame:
    """*frame* with every text cell escaped; numbers, dates and booleans as they are."""
    import pandas as pd

    out = frame.copy()
    for name in out.columns:
        column = out[name]
        if pd.api.types.is_object_dtype(column) or pd.api.types.is_string_dtype(column):
            out[name] = out[name].astype(object).map(escape_text)
    return out


def to_csv(
    plan_or_tables: Plan | Sequence[ExportTable],
    folder: str | os.PathLike[str],
    *,
    lang: Lang | None = None,
    gaps: bool = True,
    audit: bool = True,
) -> tuple[Path, ...]:
    """Write a plan (or ready-made tables) as CSV files, one per table, into *folder*.

    Files are UTF-8 with a byte-order mark (so that Excel shows Vietnamese letters), comma
    separated, with CRLF line ends (RFC 4180). Headers are in *lang* with units. Text that a
    spreadsheet would run as a formula gets a leading apostrophe, and text beginning with
    an apostrophe one more (:func:`~vnhealthplan.export.escape_text`); numbers are written
    as numbers. :func:`~vnhealthplan.export.read_observations` undoes the escaping.

    Parameters
    ----------
    plan_or_tables : Plan or sequence of ExportTable
    folder : str or path-like
        Created if needed; ``<table>.csv`` files in it are replaced atomically.
    lang : {"en", "vi"}, optional
    gaps, audit : bool

    Returns
    -------
    tuple of pathlib.Path
        The files written, in table order.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a table name that is not a plain file name (``"../escaped"``, an absolute
        path): every file stays inside *folder* (:func:`file_name`).

    Examples
    --------
    >>> import tempfile
    >>> from vnhealthplan import plans
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = to_csv(plans.load("an-giang-2018"), folder, lang="vi")
    ...     text = paths[2].read_text(encoding="utf-8-sig")
    >>> [p.name for p in paths]  # doctest: +NORMALIZE_WHITESPACE
    ['document.csv', 'targets.csv', 'observations.csv', 'facilities.csv', 'assignments.csv',
     'gaps.csv', 'audit.csv']
    >>> print(text.splitlines()[0])
    Kế hoạch,Tỉnh,Mã chỉ tiêu,Chỉ tiêu,Năm,Từ ngày,Đến ngày,Giá trị (%),Đơn vị,Tuyến,\
Loại cơ sở,Mô tả phạm vi,Ghi chú,Mục,Trích nguyên văn,Đọc lại (đã sửa)
    """
    gaps = flag(gaps, "to_csv", "gaps")
    audit = flag(audit, "to_csv", "audit")
    tables = as_tables(plan_or_tables, lang=lang, gaps=gaps, audit=audit)
    for table in tables:  # before the folder is made
        file_name(table.name)
    out = _folder(folder, "to_csv")
    frames = [(_escaped(t.frame), [escape_text(h) for h in t.headers]) for t in tables]

    def write(handle: IO[Any], frame_and_headers: tuple[pd.DataFrame, list[str]]) -> None:
        frame, headers = frame_and_headers
        frame.to_csv(handle, index=False, header=headers, lineterminator="\r\n")

    return _write_each(out, tables, frames, "csv", write, "w", encoding="utf-8-sig", newline="")


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """*frame* with each column of mixed Python objects as text (dates in ISO form): a
    Parquet column has one type. The document table's ``value`` is such a column."""
    import pandas as pd

    out = frame.copy()
    for name in out.columns:
        if pd.api.types.is_object_dtype(out[name]):
            text = out[name].map(lambda v: v.isoformat() if isinstance(v, date) else v)
            out[name] = text.astype(pd.StringDtype("python"))
    return out


def to_parquet(
    plan_or_tables: Plan | Sequence[ExportTable],
    folder: str | os.PathLike[str],
    *,
    lang: Lang | None = None,
    gaps: bool = True,
    audit: bool = True,
) -> tuple[Path, ...]:
    """Write a plan (or ready-made tables) as Parquet files, one per table, into *folder*.

    Parquet is read by programs, not spreadsheets: columns keep the package's names and
    types (no text is escaped); each column's header in *lang*, with its unit, is stored in
    the field's metadata under ``header``, and the table's title in the schema's metadata
    under ``vnhealthplan.title``.

    Raises
    ------
    MissingDependencyError
        If pyarrow is not installed (``pip install "vnhealthplan[parquet]"``).

    Examples
    --------
    >>> import tempfile
    >>> import pyarrow.parquet as pq
    >>> from vnhealthplan import plans
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     paths = to_parquet(plans.load("thanh-hoa-2023"), folder, lang="vi")
    ...     schema = pq.read_schema(paths[1])
    >>> schema.field("value").type, schema.field("value").metadata[b"header"].decode()
    (DataType(double), 'Giá trị (theo đơn vị của dòng)')
    """
    gaps = flag(gaps, "to_parquet", "gaps")
    audit = flag(audit, "to_parquet", "audit")
    pa = require("pyarrow", "parquet", "to_parquet")
    pq = require("pyarrow.parquet", "parquet", "to_parquet")
    tables = as_tables(plan_or_tables, lang=lang, gaps=gaps, audit=audit)
    out = _folder(folder, "to_parquet")
    arrow = []
    for t in tables:
        data = pa.Table.from_pandas(_typed(t.frame), preserve_index=False)
        fields = [f.with_metadata({"header": h}) for f, h in zip(data.schema, t.headers,
                                                                  strict=True)]  # fmt: skip
        metadata = {**(data.schema.metadata or {}), b"vnhealthplan.title": t.title.encode()}
        arrow.append(pa.Table.from_arrays(data.columns, schema=pa.schema(fields, metadata)))
    return _write_each(
        out, tables, arrow, "parquet", lambda handle, data: pq.write_table(data, handle)
    )
