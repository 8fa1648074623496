"""A CSV file of figures as a table: its rows numbered as a spreadsheet shows them.

:func:`read_csv_table` is the CSV half of :func:`vnhealthplan.export.read_observations`:
UTF-8 text (with or without a byte-order mark), cells separated by commas or, when the
header has semicolons and no comma, by semicolons (Excel set to Vietnamese); a row with more
cells than the header reported, with its likely cause (a decimal comma).

Examples
--------
>>> import pathlib, tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     path = pathlib.Path(folder, "so-lieu.csv")
...     _ = path.write_text("Tỉnh;Mã chỉ tiêu;Năm;Giá trị\\n\\n"
...                         "Đắk Lắk;beds_per_10k;2024;29,5\\n", encoding="utf-8")
...     frame, problems = read_csv_table(path)
>>> frame.loc[3, "Giá trị"], problems
('29,5', [])
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnhealthplan.core.errors import PlanDataError, Problem
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.textfile import not_utf8
from vnhealthplan.io.export._cells import unescape_text
from vnhealthplan.io.export._headers import canonical_column

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["read_csv_table", "row_record"]


def row_record(label: Any) -> Message:
    """The record of a row: "row 3" ("dòng 3" in Vietnamese).

    Examples
    --------
    >>> row_record(3).said("vi")
    'dòng 3'
    """
    return message("row {row}", row=label)


def read_csv_table(file: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """The rows of a CSV file, numbered as a spreadsheet shows them, and its ragged rows.

    Blank rows are skipped but keep their numbers; a row with more cells than the header
    is reported (a decimal comma splits a cell), not shifted into the wrong columns.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "so-lieu.csv")
    ...     _ = path.write_text("province,indicator,year,value\\n"
    ...                         "Đắk Lắk,beds_per_10k,2024,29,5\\n", encoding="utf-8")
    ...     frame, problems = read_csv_table(path)
    >>> len(frame), [p.said("vi") for p in problems]  # doctest: +ELLIPSIS
    (0, ['so-lieu.csv: dòng 2: ...'])
    """
    import pandas as pd

    text = _text(file)
    delimiter = _delimiter(text)
    records = _records(file, text, delimiter)
    rows = [(n, r) for n, r in enumerate(records, start=1) if any(c.strip() for c in r)]
    if not rows:
        expected = message("expected a header row (province, indicator, year, value, unit); it "
                           "is empty")  # fmt: skip
        raise PlanDataError([_unread(file, "columns", expected)])
    head = [unescape_text(c) for c in rows[0][1]]
    body, index, problems = [], [], []
    for n, record in rows[1:]:
        extra = [c for c in record[len(head) :] if c.strip()]
        if extra:
            problems.append(_ragged(file.name, n, record, head, delimiter))
            continue
        cells = (record + [""] * len(head))[: len(head)]
        body.append([None if c == "" else unescape_text(c) for c in cells])
        index.append(n)
    frame = pd.DataFrame(body, columns=_unique(head), index=index, dtype=object)
    return frame, _twice(file.name, head) + problems


def _twice(file: str, head: list[str]) -> list[Problem]:
    """A column header written twice ("value, value"): which one holds the value?"""
    names = [canonical_column(h) for h in head]
    return [Problem(file, "header", name, head[i], message('a second column for it'))
            for i, name in enumerate(names) if name is not None and name in names[:i]]  # fmt: skip


def _delimiter(text: str) -> str:
    """ "," as a rule; ";" for a header with semicolons and no comma (Excel set to Vietnamese)."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    return ";" if ";" in header and "," not in header else ","


def _unique(head: list[str]) -> list[str]:
    """The header with a repeated name numbered as pandas does ("value", "value.1")."""
    seen: dict[str, int] = {}
    out = []
    for name in head:
        count = seen.get(name, 0)
        seen[name] = count + 1
        out.append(name if not count else f"{name}.{count}")
    return out


def _ragged(file: str, row: int, record: list[str], head: list[str], delimiter: str) -> Problem:
    """A row with more cells than the header, and the likely cause: a decimal comma."""
    hint = message("; a cell holding the separator must be in double quotes")
    at = next((i for i, c in enumerate(head) if canonical_column(c) == "value"), None)
    if at is not None and delimiter == "," and at + 1 < len(record):
        whole, part = record[at].strip(), record[at + 1].strip()
        if whole.lstrip("-").isdigit() and part.isdigit():
            hint = message("; the value {comma} looks like a number with a decimal comma: "
                           'write it {point}, or in double quotes ("{comma}")',
                           comma=f"{whole},{part}", point=f"{whole}.{part}")  # fmt: skip
    expected = message("expected {cells} cells, as in the header; it has {count}{hint}",
                       cells=len(head), count=len(record), hint=hint)  # fmt: skip
    return Problem(file, row_record(row), "cells", delimiter.join(record), expected)


def _text(file: Path) -> str:
    """The file's text; a byte that is not UTF-8 said by its line and value, not by
    Python's English error."""
    data = file.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise PlanDataError([_unread(file, "encoding", not_utf8(data, err))]) from None


def _records(file: Path, text: str, delimiter: str) -> list[list[str]]:
    """The rows; a row the csv module cannot split said in the user's words, with the line
    it begins on (a quote left open: the line of the row it opens)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    start = 1
    try:
        for record in reader:
            records.append(record)
            start = reader.line_num + 1
    except csv.Error as err:
        line = start if str(err) == "unexpected end of data" else reader.line_num
        raise PlanDataError([_unread(file, "csv", _csv_problem(err, line, delimiter))]) from None
    return records


def _csv_problem(err: csv.Error, line: int, delimiter: str = ",") -> Message:
    """What the csv module's (English) error means for the user, on which line (of a file
    whose cells *delimiter* separates: a semicolon's is not said to be comma-separated)."""
    detail = str(err)
    if detail == "unexpected end of data":
        problem = message("a double quote opens a cell and nothing closes it")
    elif "expected after" in detail:
        problem = message(
            'a double quote inside a quoted cell must be written twice (""), and a quoted '
            "cell must end at the separator"
        )
    elif "field larger than field limit" in detail:
        problem = message("a cell is too long for a table of figures")
    else:
        problem = message("a cell the CSV reader cannot read")
    if delimiter == ";":
        return message("expected semicolon-separated rows: line {line}: {problem}", line=line,
                       problem=problem)  # fmt: skip
    return message("expected comma-separated rows: line {line}: {problem}", line=line,
                   problem=problem)  # fmt: skip


def _unread(file: Path, field: str, expected: Message) -> Problem:
    return Problem(file.name, "file", field, None, expected)
