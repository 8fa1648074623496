"""Writing a plan's data-collection form (biểu mẫu) as .xlsx or .csv."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Final

from vnhealthplan.core.atomic import atomic_open
from vnhealthplan.core.checks import file_suffix
from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.messages import message
from vnhealthplan.core.optional import require
from vnhealthplan.core.vocab import Lang
from vnhealthplan.io.forms.layout import (
    COLUMNS,
    FORM_VERSION,
    META_SHEET,
    STRUCTURE,
    FormRow,
    checksum,
    form_rows,
    header,
    plan_years,
    sheet_name,
)
from vnhealthplan.io.forms.numbers import CONVENTIONS, Convention
from vnhealthplan.model.plan import Plan

__all__ = ["CSV_MARK", "INSTRUCTIONS", "STRUCTURE_META_ROW", "metadata", "write_form"]

#: The first cell of a CSV form's first line, which states the form's metadata.
CSV_MARK: Final = "#vnhealthplan-form"

#: First characters a spreadsheet reads as a formula (as vnhealthplan.export guards them).
_TRIGGERS: Final = frozenset("=+-@\t\r")
_WIDTHS: Final = (24, 48, 40, 18, 14, 14, 18, 30, 8, 30, 18, 30, 30)
STRUCTURE_META_ROW: Final = 12  # the copy of the structure begins on this row of the metadata

#: The instructions sheet, in Vietnamese (the form's users), one paragraph a line.
INSTRUCTIONS: Final = (
    "HƯỚNG DẪN ĐIỀN BIỂU MẪU THEO DÕI THỰC HIỆN KẾ HOẠCH",
    "",
    "1. Mỗi dòng của trang «{form}» là một chỉ tiêu của kế hoạch, cho một phạm vi (tỉnh, "
    "tuyến, loại cơ sở) và một năm. Chỉ điền ba cột cuối: «{value}», «{source}», «{note}».",
    "2. «{value}»: số thực hiện của năm đó, theo đúng đơn vị ở cột «{unit}». Tỷ lệ phần trăm "
    "điền từ 0 đến 100 (ví dụ 95,5 chứ không phải 0,955). Chỉ ghi số, không ghi đơn vị hay "
    "dấu % (95,5 chứ không phải 95,5%). Không điền số âm. Để trống nếu chưa có số liệu.",
    "3. Cách viết số: {convention}. Tốt nhất là nhập số (ô số); nếu nhập số dưới dạng chữ thì "
    "viết theo đúng quy ước này. Số có thể đọc theo hai cách sẽ bị báo lỗi, không bị đoán.",
    "4. «{source}»: số liệu lấy từ đâu (ví dụ: báo cáo thống kê năm, niên giám thống kê). "
    "«{note}»: giải thích thêm nếu cần.",
    "5. Không đổi tên các trang tính. Không sửa, chèn, xóa, gộp (merge) hay ẩn các dòng và "
    "các cột khác: chúng bị khóa "
    "(bảo vệ trang không có mật khẩu) và được kiểm tra bằng mã kiểm (checksum) khi đọc lại. "
    "Không nhập công thức: ô công thức chỉ được đọc qua giá trị đã tính và lưu sẵn.",
    "6. Cột «{target}» ghi mục tiêu của kế hoạch để tham khảo; năm trong ngoặc là năm "
    "mục tiêu đến hạn nếu khác năm của dòng.",
    "7. Có thể gửi mỗi năm một tệp; khi đọc lại, các tệp được gộp và một chỉ tiêu, phạm vi, "
    "năm có hai giá trị khác nhau sẽ bị báo lỗi.",
)

_CONVENTION_TEXT: Final = {
    "vi": "kiểu Việt Nam: dấu chấm phân cách hàng nghìn, dấu phẩy trước phần thập phân "
    "(5.130 = năm nghìn một trăm ba mươi; 17,6 = mười bảy phẩy sáu)",
    "en": "kiểu tiếng Anh: dấu phẩy phân cách hàng nghìn, dấu chấm trước phần thập phân "
    "(5,130 = năm nghìn một trăm ba mươi; 17.6 = mười bảy phẩy sáu)",
}


def write_form(
    plan: Plan,
    path: str | os.PathLike[str],
    *,
    years: Iterable[int] | None = None,
    lang: Lang = "vi",
    number_convention: Convention = "vi",
) -> Path:
    """Write the data-collection form (biểu mẫu) of *plan*: .xlsx, or .csv by the suffix.

    One row per indicator, scope and year (:func:`~vnhealthplan.forms.form_rows`): the
    indicator's code, its names in Vietnamese and English, the unit as the plan writes it,
    the province, tier, kind of facility and scope, the year and the plan's target for
    reference, then an empty value column, a source column and a note column to fill in.

    In Excel the structure columns are locked by sheet protection without a password
    (anyone can lift it in Excel: it prevents slips, not edits; the checksum finds edits),
    the value, source and note cells are unlocked, the value cells accept only decimal
    numbers (0–100 for percentages, ≥ 0 otherwise), the header is frozen. An instructions
    sheet in Vietnamese explains how to fill it in; a hidden sheet "vnhealthplan" states the
    plan key, form version, language, number convention, years and a checksum of the
    structure cells, with a copy of them. A CSV form states the same on its first line,
    ``#vnhealthplan-form,plan=…,form_version=1,lang=…,number_convention=…,years=…,checksum=…``,
    then the header and the rows (UTF-8 with a byte-order mark, for Excel).

    The file is written atomically.

    Parameters
    ----------
    plan : Plan
    path : str or path-like
        Ending in ``.xlsx`` or ``.csv``.
    years : iterable of int, optional
        By default the years the plan's targets are due. Given, every indicator and scope
        the plan targets in each of these years.
    lang : {"vi", "en"}
        The language of the headers, sheet names, units and labels.
    number_convention : {"vi", "en"}
        How numbers typed as text are read back: "vi" (5.130; 17,6) or "en" (5,130; 17.6).

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a year outside the plan's period, an unknown language or convention.
        Also for a path that ends in neither .xlsx nor .csv (nothing is written).
    vnhealthplan.errors.MissingDependencyError
        For .xlsx without openpyxl (``pip install "vnhealthplan[excel]"``).

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.forms import read_form, write_form
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_form(dak_lak, pathlib.Path(folder, "bieu-mau.xlsx"))
    ...     read_form(path)  # nothing filled in yet
    ()
    >>> write_form(dak_lak, "form.xlsx", years=[2025])
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: form.years: got [2025]; expected years within the \
period of plan 'dak-lak-2024', 2024
    """
    if lang not in ("vi", "en"):
        raise ValidationError("form", "lang", lang, message("'vi' or 'en'"))
    if number_convention not in CONVENTIONS:
        raise ValidationError(
            "form", "number_convention", number_convention, message("'vi' or 'en'")
        )
    file = file_suffix(path, "write_form", [".xlsx", ".csv"])
    suffix = file.suffix.lower()
    chosen = None if years is None else sorted(set(years))
    rows = form_rows(plan, chosen, lang)
    meta = metadata(plan, rows, chosen, lang, number_convention)
    if suffix == ".csv":
        _write_csv(file, rows, meta, lang)
    else:
        _write_xlsx(file, rows, meta, lang)
    return file


def metadata(
    plan: Plan, rows: Sequence[FormRow], years: Sequence[int] | None, lang: Lang, convention: str
) -> dict[str, str]:
    """The metadata a form states about itself (all values text).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.forms import form_rows
    >>> plan = plans.load("dak-lak-2024")
    >>> meta = metadata(plan, form_rows(plan), None, "vi", "vi")
    >>> {k: meta[k] for k in ("plan", "form_version", "number_convention", "period", "rows")}
    {'plan': 'dak-lak-2024', 'form_version': '1', 'number_convention': 'vi', \
'period': '2024-2024', 'rows': '14'}
    """
    first, last = plan_years(plan)
    structure = [header(lang)[: len(STRUCTURE)], *(r.cells(lang) for r in rows)]
    return {
        "plan": plan.key,
        "form_version": str(FORM_VERSION),
        "lang": lang,
        "number_convention": convention,
        "province": str(plan.province.name) if plan.province else "",
        "period": f"{first}-{last}",
        "years": ",".join(map(str, years)) if years is not None else "",
        "rows": str(len(rows)),
        "checksum": checksum(structure),
    }


def _text(value: str) -> str:
    """A CSV cell: text a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value[:1] in _TRIGGERS or value[:1] == "'" else value


def _write_csv(file: Path, rows: Sequence[FormRow], meta: dict[str, str], lang: Lang) -> None:
    with atomic_open(file, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow([CSV_MARK, *(f"{k}={v}" for k, v in meta.items())])
        out.writerow(header(lang))
        for row in rows:
            out.writerow([_text(c) for c in row.cells(lang)] + ["", "", ""])


def _write_xlsx(file: Path, rows: Sequence[FormRow], meta: dict[str, str], lang: Lang) -> None:
    openpyxl = require("openpyxl", "excel", "vnhealthplan.forms.write_form")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_name(lang)
    _fill_form_sheet(sheet, rows, lang)
    _instructions(book.create_sheet(sheet_name(lang, "instructions")), lang)
    _metadata_sheet(book.create_sheet(META_SHEET), rows, meta, lang)
    with atomic_open(file, "wb") as handle:
        book.save(handle)


def _fill_form_sheet(sheet: Any, rows: Sequence[FormRow], lang: Lang) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter

    sheet.append(header(lang))
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[1]:
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    unlocked = Protection(locked=False)
    first_free = len(STRUCTURE) + 1
    year = COLUMNS.index("year") + 1
    for n, row in enumerate(rows, start=2):
        cells = row.cells(lang)
        for c, value in enumerate(cells, start=1):
            if c == year:
                sheet.cell(n, c, int(value))
                continue
            cell = sheet.cell(n, c, value)
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl makes a formula of "=…" otherwise
                cell.quotePrefix = value[:1] in _TRIGGERS
        for c in range(first_free, len(COLUMNS) + 1):
            sheet.cell(n, c).protection = unlocked
    _validations(sheet, rows)
    for c, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    sheet.protection.sheet = True  # no password: a guard against slips, liftable in Excel
    sheet.protection.formatColumns = False  # widths may still be changed


def _validations(sheet: Any, rows: Sequence[FormRow]) -> None:
    """Decimal-number validation on the value cells, one rule per range of bounds."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    column = get_column_letter(COLUMNS.index("value") + 1)
    by_bounds: dict[tuple[float, float | None], list[str]] = {}
    for n, row in enumerate(rows, start=2):
        ind = row.indicator
        low = max(0.0, ind.minimum or 0.0)
        by_bounds.setdefault((low, ind.maximum), []).append(f"{column}{n}")
    for (low, high), cells in by_bounds.items():
        if high is None:
            rule = DataValidation("decimal", operator="greaterThanOrEqual", formula1=f"{low:g}")
            words = f"một số ≥ {low:g}"
        else:
            rule = DataValidation(
                "decimal", operator="between", formula1=f"{low:g}", formula2=f"{high:g}"
            )
            words = f"một số từ {low:g} đến {high:g}"
        rule.allow_blank = True
        rule.showErrorMessage = True
        rule.errorTitle = "Giá trị không hợp lệ"
        rule.error = f"Nhập {words}, theo đơn vị của dòng."
        rule.sqref = " ".join(cells)
        sheet.add_data_validation(rule)


def _instructions(sheet: Any, lang: Lang) -> None:
    from openpyxl.styles import Alignment, Font

    names = dict(zip(COLUMNS, header(lang), strict=True))
    words = {
        "form": sheet_name(lang),
        "value": names["value"],
        "source": names["source"],
        "note": names["note"],
        "unit": names["unit"],
        "target": names["target"],
        "convention": _CONVENTION_TEXT["vi"],
    }
    lines = [line.format(**words) for line in INSTRUCTIONS]
    lines += ["", "Các cột / Columns:"]
    lines += [f"• {vi} / {en}" for vi, en in zip(header("vi"), header("en"), strict=True)]
    for n, line in enumerate(lines, start=1):
        cell = sheet.cell(n, 1, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True)
    sheet.column_dimensions["A"].width = 110
    sheet.protection.sheet = True


def _metadata_sheet(sheet: Any, rows: Sequence[FormRow], meta: dict[str, str], lang: Lang) -> None:
    for n, (key, value) in enumerate(meta.items(), start=1):
        sheet.cell(n, 1, key)
        sheet.cell(n, 2, value).data_type = "s"
    sheet.cell(STRUCTURE_META_ROW, 1, "structure")
    start = STRUCTURE_META_ROW + 1
    for n, row in enumerate(rows, start=start):
        for c, value in enumerate((*row.cells(lang), *row.codes()), start=1):
            sheet.cell(n, c, value).data_type = "s"
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True
