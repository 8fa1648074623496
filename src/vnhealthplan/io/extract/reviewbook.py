"""The review workbook: a draft's review table in Excel, corrected there and read back.

:func:`write_review` writes the findings of a :class:`~vnhealthplan.io.extract.Draft` as
one sheet, the doubtful rows first (:meth:`Draft.review_frame
<vnhealthplan.io.extract.Draft.review_frame>`'s order) and filled in colour, with a legend
sheet, the header frozen, a filter on every column and the quotes wrapped. Each row keeps
its stable id (its position among the draft's findings), so the reviewer may sort and
filter freely. The reviewer edits five columns: "giữ" (keep: có/không), the record (the
indicator's code of a target or a status figure, the lead agency of an assignment), the
value, the comparator and the year. :func:`read_review` reads the workbook back against the
same draft and returns the corrected :class:`~vnhealthplan.Plan`: rows marked "không"
dropped, edited cells read with the text layer's parsers
(:func:`~vnhealthplan.text.parse_quantity`, :func:`~vnhealthplan.text.parse_period`, …), and
every bad cell reported at once, as "Rà soát!E7", with the value and what was expected.
The other columns are for reading only: they are not read back. Deadline rows show the
dates the draft found; a deadline is kept or changed through its assignment's year.

Examples
--------
>>> import pathlib, tempfile, openpyxl
>>> from vnhealthplan import plans
>>> from vnhealthplan.extract import draft_plan
>>> draft = draft_plan(plans.source_text("dak-lak-2024"))
>>> with tempfile.TemporaryDirectory() as folder:
...     path = pathlib.Path(folder, "review.xlsx")
...     _ = write_review(draft, path, "vi")
...     untouched = read_review(path, draft)
...     book = openpyxl.load_workbook(path)
...     sheet = book["Rà soát"]
...     header = [c.value for c in sheet[1]]
...     at = {sheet.cell(n, 1).value: n for n in range(2, sheet.max_row + 1)}  # id → row
...     sheet[f"C{at[2]}"] = "không"  # drop the finding of id 2, the first target
...     sheet[f"E{at[3]}"] = "21,5"   # another value for the second, written the Vietnamese way
...     book.save(path)
...     edited = read_review(path, draft)
>>> untouched == draft.plan
True
>>> header[:9]
['mã dòng', 'loại', 'giữ', 'bản ghi', 'giá trị', 'đơn vị', 'so sánh', 'năm', 'độ tin cậy']
>>> draft.plan.targets[:2]
(Target(underweight_u5 = 17.6 percent, 2024), Target(imr < 22 death / thousand_live_births, 2024))
>>> edited.targets[0], edited.targets[0].notes.split("; ")[-1]
(Target(imr < 21.5 death / thousand_live_births, 2024), 'edited in review: value')
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.core.atomic import atomic_open
from vnhealthplan.core.errors import PlanDataError, Problem
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.messages import message
from vnhealthplan.core.optional import require
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang
from vnhealthplan.io.extract.reviewcells import (
    COLUMNS,
    EDITABLE,
    Row,
    apply_rows,
    keep_words,
    row_cells,
    rows_of,
)
from vnhealthplan.io.extract.reviewunread import kind_of
from vnhealthplan.io.extract.unread import UNREAD
from vnhealthplan.io.forms._load import BOOK_ERRORS
from vnhealthplan.io.forms.layout import checksum

if TYPE_CHECKING:
    from vnhealthplan.io.extract.draft import Draft
    from vnhealthplan.model.plan import Plan

__all__ = ["META_SHEET", "read_review", "read_review_left", "sheet_names", "write_review"]

#: The hidden sheet that says which draft a workbook reviews.
META_SHEET: Final = "vnhealthplan"
#: The fill of a doubtful row (confidence below 1, or reasons given), and of the headers.
DOUBT_FILL: Final = "FCE4D6"
EDIT_FILL: Final = "E2EFDA"
READ_FILL: Final = "DDEBF7"
_WIDTHS: Final = (8, 12, 8, 26, 22, 18, 9, 14, 10, 40, 48, 8, 8, 22)


def sheet_names(lang: Lang) -> tuple[str, str]:
    """The review sheet's and the legend's names in *lang*.

    Examples
    --------
    >>> sheet_names("vi"), sheet_names("en")
    (('Rà soát', 'Chú giải'), ('Review', 'Legend'))
    """
    return (
        translate("Review", lang, context="review workbook"),
        translate("Legend", lang, context="review workbook"),
    )


def header(lang: Lang) -> list[str]:
    """The review sheet's column headers in *lang*."""
    return [translate(name, lang, context="review workbook") for name in COLUMNS]


def _fingerprint(draft: Draft) -> str:
    """A checksum of the draft's findings: a workbook is read back only against its draft."""
    return checksum(
        [(draft.plan.key,), *((f.kind, f.record, f.span[0], f.span[1]) for f in draft.findings)]
    )


def write_review(draft: Draft, path: str | os.PathLike[str], lang: Lang | None = None) -> Path:
    """Write *draft*'s review workbook (.xlsx) to *path*, atomically.

    Parameters
    ----------
    draft : Draft
    path : str or path-like
    lang : {"vi", "en"}, optional
        The language of the headers, the legend, the kinds and the keep words ("có/không"
        or "yes/no"); by default the package setting.

    Returns
    -------
    pathlib.Path

    Raises
    ------
    vnhealthplan.errors.MissingDependencyError
        Without openpyxl (``pip install "vnhealthplan[excel]"``).
    OSError
        If the file cannot be written.

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.extract import draft_plan
    >>> draft = draft_plan(plans.source_text("quang-ngai-2023"))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_review(draft, pathlib.Path(folder, "review.xlsx"), "vi")
    ...     sheet = openpyxl.load_workbook(path)["Rà soát"]
    ...     ids = [sheet.cell(n, 1).value for n in range(2, sheet.max_row + 1)]
    ...     frozen, filtered = sheet.freeze_panes, sheet.auto_filter.ref
    ...     fill = sheet["K2"].fill.fgColor.rgb  # the quote of the row of least confidence
    >>> ids == draft.review_frame().index.tolist()  # the review table's rows and order
    True
    >>> frozen, filtered == f"A1:N{len(draft.findings) + 1}", fill == "00" + DOUBT_FILL
    ('A2', True, True)
    """
    openpyxl = require("openpyxl", "excel", "vnhealthplan.extract review workbook")
    lang = resolve_language(lang)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title, legend_name = sheet_names(lang)
    _fill_review(sheet, rows_of(draft), lang)
    _legend(book.create_sheet(legend_name), lang)
    meta = book.create_sheet(META_SHEET)
    for n, (key, value) in enumerate(
        (("plan", draft.plan.key), ("lang", lang), ("checksum", _fingerprint(draft))), 1
    ):
        meta.cell(n, 1, key)
        meta.cell(n, 2, value).data_type = "s"
    meta.sheet_state = "hidden"
    file = Path(path)
    with atomic_open(file, "wb") as handle:
        book.save(handle)
    return file


def _fill_review(sheet: Any, rows: Sequence[Row], lang: Lang) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet.append(header(lang))
    for c, cell in enumerate(sheet[1]):
        colour = EDIT_FILL if COLUMNS[c] in EDITABLE else READ_FILL
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor=colour)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    doubt = PatternFill("solid", fgColor=DOUBT_FILL)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    for n, row in enumerate(rows, start=2):
        for c, value in enumerate(row_cells(row, lang), start=1):
            cell = sheet.cell(n, c, value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text begins with
            cell.alignment = wrap if COLUMNS[c - 1] in ("value", "reasons", "quote") else top
            if row.doubtful:
                cell.fill = doubt
    _choices(sheet, len(rows), lang)
    for c, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"


def _choices(sheet: Any, count: int, lang: Lang) -> None:
    """Drop-down lists: the keep words, and the comparators' symbols."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if not count:
        return
    for column, words in (
        ("keep", keep_words(lang)),
        ("comparator", ("=", "<", "≤", ">", "≥", "≈", "–")),
    ):
        letter = chr(ord("A") + COLUMNS.index(column))
        rule = DataValidation("list", formula1='"' + ",".join(words) + '"', allow_blank=True)
        rule.sqref = f"{letter}2:{letter}{count + 1}"
        sheet.add_data_validation(rule)


#: The legend, one paragraph a line (English; translated).
LEGEND: Final = (
    "How to review this draft",
    "Each row is one finding of the draft: a field of the document, a target, a status "
    "figure, an assignment or a deadline, with the words it was read from.",
    "Rows filled in orange are doubtful (confidence below 1, or reasons given); they come "
    "first. Sort and filter freely: each row keeps its id.",
    "Edit only the columns with a green header: keep (yes/no), record (the indicator code, "
    "or the lead agency of an assignment), value, comparator and year. Columns with a blue "
    "header are for reading only.",
    "Keep 'no' drops the record from the plan. Do not delete rows: every row is read back.",
    "A value is a number in the row's unit, or a number with its unit; a range is written "
    "'80–90'. Write numbers as the workbook's language does.",
    "Deadline rows are for reading: a deadline is changed through its assignment's year.",
    "Rows of kind 'unread' come last: figures the draft did not read. To add one to the plan, "
    "write 'target' or 'status figure' in its kind column and fill its record, value, "
    "comparator and year; a row left 'unread' is not read back.",
)


def _legend(sheet: Any, lang: Lang) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    lines = [translate(line, lang, context="review workbook") for line in LEGEND]
    for n, line in enumerate(lines, start=1):
        sheet.cell(n, 1, line).alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True)
    for n, (colour, words) in enumerate(
        (
            (DOUBT_FILL, "doubtful row"),
            (EDIT_FILL, "column to edit"),
            (READ_FILL, "column for reading only"),
        ),
        start=len(lines) + 2,
    ):
        sheet.cell(n, 1, translate(words, lang, context="review workbook")).fill = PatternFill(
            "solid", fgColor=colour
        )
    sheet.column_dimensions["A"].width = 110


def read_review(path: str | os.PathLike[str], draft: Draft) -> Plan:
    """The plan *draft* proposes, corrected as its review workbook says.

    Parameters
    ----------
    path : str or path-like
        A workbook :func:`write_review` wrote for *draft*, edited.
    draft : Draft
        The draft it was written for (draft the same text again).

    Returns
    -------
    Plan
        The draft's plan, without the records marked "không" ("no"), with the edited
        values, comparators, years, indicators (or lead agencies) and document fields; an
        edited record's notes say what was edited. An untouched workbook gives the draft's
        plan, equal.

    Raises
    ------
    FileNotFoundError
        For a workbook that does not exist.
    vnhealthplan.errors.PlanDataError
        Listing every bad cell at once, as "review.xlsx: Rà soát!E7: value = 'abc':
        expected …": a keep word other than có/không, a value, year, comparator or
        indicator code the text layer cannot read or that does not fit the record, a
        document field that cannot be dropped, a row deleted, duplicated or of another
        draft; or a workbook of another draft, or one that cannot be opened.

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> from vnhealthplan.extract import draft_plan
    >>> draft = draft_plan("KẾ HOẠCH\\nY tế năm 2025\\n\\nĐến năm 2025 đạt 10 bác sĩ/vạn dân.")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "review.xlsx")
    ...     _ = write_review(draft, path, "en")
    ...     book = openpyxl.load_workbook(path)
    ...     book["Review"]["C4"], book["Review"]["E4"] = "maybe", "ten"  # the target's row
    ...     book.save(path)
    ...     read_review(path, draft)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: 2 invalid values in review.xlsx:
      review.xlsx: Review!C4: keep = 'maybe': expected 'yes' or 'no'
      review.xlsx: Review!E4: value = 'ten': expected a number ...
    """
    return read_review_left(path, draft)[0]


def read_review_left(path: str | os.PathLike[str], draft: Draft) -> tuple[Plan, int]:
    """:func:`read_review`, and how many rows of figures the draft did not read
    (:mod:`.unread`) the reviewer left unread: they are not in the plan.

    Examples
    --------
    >>> import pathlib, tempfile, openpyxl
    >>> from vnhealthplan.extract import draft_plan
    >>> draft = draft_plan("KẾ HOẠCH\\nY tế năm 2025\\n\\nĐến năm 2025 đạt 10 bác sĩ/vạn dân. "
    ...                    "Toàn tỉnh có 1.200 nhân viên y tế thôn bản và 173 trạm y tế xã.")
    >>> [(f.kind, f.value) for f in draft.findings][-2:]
    [('unread', '1.200 nhân viên y tế'), ('unread', '173 trạm y tế')]
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "review.xlsx")
    ...     _ = write_review(draft, path, "vi")
    ...     untouched = read_review_left(path, draft)
    ...     book = openpyxl.load_workbook(path)
    ...     sheet = book["Rà soát"]
    ...     n = sheet.max_row  # the last row: the last figure not read (id 4)
    ...     kind = sheet[f"B{n}"].value
    ...     sheet[f"B{n}"], sheet[f"D{n}"] = "số liệu hiện trạng", "commune_stations"
    ...     sheet[f"H{n}"] = 2024
    ...     book.save(path)
    ...     plan, left = read_review_left(path, draft)
    >>> untouched == (draft.plan, 2), sheet[f"A{n}"].value, kind, left
    (True, 4, 'chưa đọc', 1)
    >>> plan.observations
    (Observation(commune_stations = 173 station, 2024),)
    """
    file = Path(path)
    cells, lang, problems = _load(file, draft)
    if problems:
        raise PlanDataError(problems)
    plan = apply_rows(draft, cells, lang, (file.name, sheet_names(lang)[0]), problems)
    if problems or plan is None:
        raise PlanDataError(problems)
    unread = {i for i, f in enumerate(draft.findings) if f.kind == UNREAD}
    left = sum(row[0] in unread and kind_of(row[1], lang) == UNREAD for _, row in cells)
    return plan, left


def _load(file: Path, draft: Draft) -> tuple[list[tuple[int, list[Any]]], Lang, list[Problem]]:
    """The review sheet's rows (row number, cells), its language, and what stops the read."""
    openpyxl = require("openpyxl", "excel", "vnhealthplan.extract.read_review")
    try:
        book = openpyxl.load_workbook(file, read_only=True, data_only=True)
    except FileNotFoundError:
        raise
    except BOOK_ERRORS as err:
        why = message(
            "an .xlsx workbook; it cannot be opened ({type}: {err})",
            type=str(type(err).__name__),
            err=str(err),
        )
        return (
            [],
            "vi",
            [Problem(file.name, "file", "workbook", None, message("expected {why}", why=why))],
        )
    try:
        if META_SHEET not in book.sheetnames:
            why = message(
                "expected a review workbook written by write_review (no sheet {meta_sheet!r})",
                meta_sheet=META_SHEET,
            )
            return [], "vi", [Problem(file.name, "file", "workbook", None, why)]
        meta = {
            str(k): "" if v is None else str(v)
            for k, v, *_ in book[META_SHEET].iter_rows(max_col=2, values_only=True)
        }
        lang: Lang = "en" if meta.get("lang") == "en" else "vi"
        name = sheet_names(lang)[0]
        if meta.get("checksum") != _fingerprint(draft) or name not in book.sheetnames:
            why = message(
                "expected the review workbook of this draft (plan {key!r}, {count} "
                "findings): draft the same text again",
                key=draft.plan.key,
                count=str(len(draft.findings)),
            )
            return [], lang, [Problem(file.name, f"{META_SHEET}!B3", "checksum",
                                      meta.get("checksum"), why)]  # fmt: skip
        rows = list(book[name].iter_rows(max_col=len(COLUMNS), values_only=True))
    finally:
        book.close()
    problems = []
    shown = ["" if c is None else str(c) for c in (rows[0] if rows else ())]
    if shown != header(lang):
        expected = message("expected the header as written, {header}", header=str(header(lang)))
        problems.append(Problem(file.name, f"{name}!A1", "header", shown, expected))
    body = [
        (n, [*cells, *[None] * (len(COLUMNS) - len(cells))])
        for n, cells in enumerate(rows[1:], start=2)
        if any(c is not None and str(c).strip() for c in cells)
    ]
    return body, lang, problems
