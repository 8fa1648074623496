"""Reading a checked form's value cells as Observations: the number of each cell, one value
for an indicator, scope and year across files, and the source each figure cites."""

from __future__ import annotations

import datetime as dt
import functools
import math
from typing import Any, Final

from vnhealthplan.core.errors import Problem, VNHealthPlanError
from vnhealthplan.core.excelfloat import fifteen_digits
from vnhealthplan.core.messages import message
from vnhealthplan.core.unitnames import unit_name
from vnhealthplan.data import provinces
from vnhealthplan.io.forms._load import FORMULA, LoadedForm, PercentCell
from vnhealthplan.io.forms.layout import COLUMN_INDEX, FormRow
from vnhealthplan.io.forms.numbers import percent_text, read_number
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.period import Period
from vnhealthplan.model.source import Document, Source
from vnhealthplan.text.errors import ParseError

__all__ = ["form_observations"]


def form_observations(
    form: LoadedForm,
    rows: list[FormRow],
    seen: dict[tuple[Any, ...], tuple[str, Any]],
    problems: list[Problem],
) -> list[Observation]:
    """The Observations of a checked form's filled value cells (*rows* from
    :func:`~vnhealthplan.io.forms._structure.checked_structure`); each bad cell, and a value
    differing from one *seen* in an earlier file, is added to *problems* instead.

    Examples
    --------
    Đắk Lắk's form with one figure written the Vietnamese way and one that is no number:

    >>> import pathlib, tempfile, openpyxl
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.forms import write_form
    >>> from vnhealthplan.io.forms._load import load_form
    >>> from vnhealthplan.io.forms._structure import checked_structure
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_form(dak_lak, pathlib.Path(folder, "dak-lak.xlsx"))
    ...     book = openpyxl.load_workbook(path)
    ...     book["Biểu mẫu"]["K8"], book["Biểu mẫu"]["K3"] = "5.130", "abc"
    ...     book.save(path)
    ...     form = load_form(path, 10**6)
    >>> rows, _ = checked_structure(form, dak_lak)
    >>> problems = []
    >>> form_observations(form, rows, {}, problems)
    [Observation(total_beds = 5130 bed, 2024, Đắk Lắk)]
    >>> print(problems[0].said("vi"))
    dak-lak.xlsx: Biểu mẫu!K3: giá trị = 'abc': cần một số viết theo cách của biểu mẫu \
('vi'): chữ số, với '.' phân cách hàng nghìn và ',' trước phần thập phân
    """
    out = []
    convention = form.meta["number_convention"]
    province = provinces.get(form.meta["province"]) if form.meta.get("province") else None
    for i, (row, cells) in enumerate(zip(rows, form.rows, strict=True)):
        raw = cells[COLUMN_INDEX["value"]]
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        number, wrong = _number(raw, convention, row)
        if wrong:
            problems.append(form.problem("value", i, _shown(raw), wrong))
            continue
        key = (*row.codes(),)
        here = f"{form.file}: {form.address('value', i)}"
        if key in seen:
            there, value = seen[key]
            if value != number:
                problems.append(
                    form.problem(
                        "value",
                        i,
                        number,
                        message(
                            "one value for {code}, {year}: {there} has {value:g} for the "
                            "same indicator, scope and year",
                            code=row.indicator.code,
                            year=row.year,
                            there=there,
                            value=value,
                        ),
                    )
                )
            continue
        seen[key] = (here, number)
        obs = _observation(form, i, row, province, number, raw, problems)
        if obs is not None:
            out.append(obs)
    return out


def _shown(raw: Any) -> Any:
    if isinstance(raw, PercentCell):
        return raw.shown
    return message("a formula with no saved result") if raw is FORMULA else raw


def _number(raw: Any, convention: str, row: FormRow) -> tuple[float, str]:
    """The cell's number and "", or NaN and what was expected."""
    if raw is FORMULA:
        return math.nan, message(
            "a number; a formula is read only through the result saved with it "
            "and this one has none (open and save the file in a spreadsheet "
            "program, or type the number)"
        )
    if isinstance(raw, dt.date | dt.time | dt.timedelta):
        return math.nan, message("a number, not a date or time (format the cell as a number)")
    if isinstance(raw, PercentCell):  # what the spreadsheet shows is the figure
        if str(row.indicator.unit) != "percent":
            unit = row.indicator.unit
            return math.nan, message(
                "a number not formatted as a percentage (the unit is {unit})",
                unit={"en": str(unit), "vi": unit_name(unit)},
            )
        raw = raw.figure
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        return math.nan, message("a number")
    if isinstance(raw, str):
        raw, wrong = percent_text(raw, row.indicator.unit)
        if wrong:
            return math.nan, wrong
        try:
            raw = read_number(raw, "en" if convention == "en" else "vi")
        except ParseError as err:
            return math.nan, message("a number written the form's way ({convention!r}): {expected}",
                                     convention=convention, expected=err.expected)  # fmt: skip
    number = fifteen_digits(float(raw))  # as the sheet shows it: 94.99999999999999 is 95
    if not math.isfinite(number):
        return math.nan, message("a finite number")
    if number < 0:
        return math.nan, message("a number ≥ 0 (a level, not a change)")
    return number, ""


def _quoted(raw: Any) -> str:
    """The quote of a value cell: its text as typed; a number cell's figure as the package
    writes it, a message said in each language ("98.6", "98,6" in Vietnamese)."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, PercentCell):  # "92%", as the spreadsheet shows 0.92 formatted "0%"
        return raw.quote
    if isinstance(raw, float):
        return message("{figure:g}", figure=raw)
    return str(raw)


#: The issuer of a figure whose source cell is empty: whoever filled in the form.
_FILLER: Final = "người điền biểu mẫu"


@functools.lru_cache(maxsize=256)
def _document(file: str, issuer: str) -> Document:
    return Document(file, issuer)


def _observation(
    form: LoadedForm,
    i: int,
    row: FormRow,
    province: Any,
    number: float,
    raw: Any,
    problems: list[Problem],
) -> Observation | None:
    source_text = form.rows[i][COLUMN_INDEX["source"]]
    note = form.rows[i][COLUMN_INDEX["note"]]
    value = int(number) if number.is_integer() else number
    try:
        source = Source(
            _document(form.file, str(source_text).strip() if source_text else _FILLER),
            form.address("value", i),
            _quoted(raw),
        )
        return Observation(
            row.indicator,
            value,
            Period.year(row.year),
            province=province,
            scope=row.scope,
            source=source,
            notes="" if note is None else str(note),
        )
    except VNHealthPlanError as err:
        field = getattr(err, "field", "value")
        column = {"value": "value", "quote": "value", "notes": "note"}.get(field, "source")
        shown = value if column == "value" else form.rows[i][COLUMN_INDEX[column]]
        problems.append(form.problem(column, i, shown, getattr(err, "expected", str(err))))
        return None
