"""Reading filled forms back as Observations; every bad cell reported at once."""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from vnhealthplan.analysis.slips import warn_slips
from vnhealthplan.core.errors import PlanDataError, Problem, VNHealthPlanError
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.vocab import FacilityKind, Lang, Tier
from vnhealthplan.io.forms._load import (
    FORMULA,
    FormLoadError,
    LoadedForm,
    PercentCell,
    load_form,
    structure_copy,
)
from vnhealthplan.io.forms.layout import (
    COLUMNS,
    FORM_VERSION,
    STRUCTURE,
    FormRow,
    checksum,
    form_rows,
    header,
)
from vnhealthplan.io.forms.numbers import CONVENTIONS, percent_text, read_number
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.period import Period
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.source import Document, Source
from vnhealthplan.model.target import Scope
from vnhealthplan.text.errors import ParseError

__all__ = ["MAX_BYTES", "read_form"]

#: The largest form :func:`read_form` reads by default: 50 MB.
MAX_BYTES: Final = 50_000_000

_INDEX: Final = {name: i for i, name in enumerate(COLUMNS)}


def read_form(
    path_or_paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    plan: Plan | None = None,
    *,
    max_bytes: int = MAX_BYTES,
) -> tuple[Observation, ...]:
    """Observations from filled forms (:func:`write_form`); every bad cell at once.

    Each filled value cell gives one Observation: the row's indicator, province, scope and
    year, the value in the row's unit; its source is the form file, the cell address
    ("Biểu mẫu!K7"), the cell as written, with the source column as the issuer (or "người
    điền biểu mẫu", whoever filled the form, when it is empty); the note column is its
    notes. Rows without a value are not observations (a note alone, "chưa có số liệu", is
    fine).

    Numbers: a numeric cell is taken as it is; text is read by
    :func:`vnhealthplan.text.parse_number` under the form's stated number convention ("vi":
    "5.130" is 5130, "17,6" is 17.6), and text that reads two ways is an error. A formula
    cell is read only through the result the spreadsheet program saved with it, and refused
    when there is none; it is never evaluated.

    Several files (one a year, say) are merged; the same indicator, scope and year in two
    files is read once when the values agree and refused, naming both cells, when not.

    Parameters
    ----------
    path_or_paths : str, path-like, or an iterable of them
    plan : Plan, optional
        The plan the forms must be of: a form of another plan is refused. A CSV form's
        edited structure cells are found by comparing with the plan's form (without it,
        with the bundled plan of the form's key, else reported as a checksum mismatch).
    max_bytes : int
        A larger file is refused unread (default 50 MB).

    Returns
    -------
    tuple of Observation
        In file order, row order.

    Raises
    ------
    vnhealthplan.errors.PlanDataError
        Listing every bad cell of every file, as "file: Sheet!K7: field = value: expected
        …": a value that is not a number (text, a date, a formula without a saved result),
        negative, infinite, a percentage above 100, beyond the indicator's bounds; an edited
        structure cell (the unit, the province, the year, the indicator; found by the
        checksum), an added or removed row, merged cells, hidden rows; a form of another
        plan or version, a file that is not a form, a damaged workbook, a file over
        *max_bytes*, a path with no file or a folder; two different values for one
        indicator, scope and year.

    Warns
    -----
    vnhealthplan.errors.LikelySlipWarning
        For a value about 10, 100 or 1000 times above or below its targets (and baseline)
        in the plan (*plan*, else the bundled plan of the form's key): a per-1,000 figure
        in a per-10,000 row, 0,938 for 93,8 %. Read all the same: a real value may be so.

    Examples
    --------
    Đắk Lắk's 2024 form, filled in with openpyxl (the 2024 figures here are made up for
    the example): a number cell, text in the Vietnamese way, and a percentage over 100:

    >>> import pathlib, tempfile, openpyxl
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.forms import read_form, write_form
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_form(dak_lak, pathlib.Path(folder, "dak-lak-2024.xlsx"))
    ...     book = openpyxl.load_workbook(path)
    ...     sheet = book["Biểu mẫu"]
    ...     sheet["K3"], sheet["K8"] = 21.5, "5.130"
    ...     sheet["L8"] = "Báo cáo thống kê năm 2024"
    ...     book.save(path)
    ...     observed = read_form(path, dak_lak)
    ...     sheet["K2"] = 117
    ...     book.save(path)
    ...     read_form(path, dak_lak)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: 1 invalid value in dak-lak-2024.xlsx:
      dak-lak-2024.xlsx: Biểu mẫu!K2: value = 117: expected a level ≤ 100 percent for \
underweight_u5
    >>> observed
    (Observation(imr = 21.5 death / thousand_live_births, 2024, Đắk Lắk), \
Observation(total_beds = 5130 bed, 2024, Đắk Lắk))
    >>> observed[1].source.section, observed[1].source.quote, observed[1].source.document.issuer
    ('Biểu mẫu!K8', '5.130', 'Báo cáo thống kê năm 2024')
    >>> [target.gap(observed[1].value).met for target in dak_lak.targets_for("total_beds")]
    [True, True, True]
    """
    if isinstance(path_or_paths, str | os.PathLike):
        files = [Path(path_or_paths)]
    else:
        files = [Path(p) for p in path_or_paths]
    problems: list[Problem] = []
    seen: dict[tuple[Any, ...], tuple[str, Any]] = {}
    out: list[Observation] = []
    slips: list[tuple[Plan, list[Observation]]] = []
    for file in files:
        try:
            form = load_form(file, max_bytes)
        except FormLoadError as err:
            problems.append(err.problem)
            continue
        of = plan if plan is not None else _bundled(form)
        rows, found = _checked_structure(form, of)
        problems += found
        if rows is not None and not found:
            mine = _observations(form, rows, seen, problems)
            out += mine
            slips += [(of, mine)] if of is not None else []
    if problems:
        raise PlanDataError(problems)
    for of, mine in slips:
        warn_slips(of, mine, stacklevel=2)
    return tuple(out)


def _problem(form: LoadedForm, column: str, index: int, value: Any, what: str) -> Problem:
    expected = message("expected {expected}", expected=what)
    return Problem(form.file, form.address(column, index), column, value, expected)


def _checked_structure(
    form: LoadedForm, plan: Plan | None
) -> tuple[list[FormRow] | None, list[Problem]]:
    """The rows a form asks about, or the problems that stop it from being read."""
    meta, file = form.meta, form.file
    problems = list(form.problems)
    if meta.get("form_version") != str(FORM_VERSION):
        return None, [
            Problem(
                file,
                "metadata",
                "form_version",
                meta.get("form_version"),
                message("expected form version {version}", version=FORM_VERSION),
            )
        ]
    if plan is not None and meta.get("plan") != plan.key:
        return None, [
            Problem(
                file,
                "metadata",
                "plan",
                meta.get("plan"),
                message(
                    "expected a form of plan {key!r} (this form is of another plan)", key=plan.key
                ),
            )
        ]
    lang = meta.get("lang")
    if lang not in ("vi", "en") or meta.get("number_convention") not in CONVENTIONS:
        return None, [
            Problem(
                file,
                "metadata",
                "lang/number_convention",
                (lang, meta.get("number_convention")),
                message("expected 'vi' or 'en' for each"),
            )
        ]
    structure = [row[: len(STRUCTURE)] for row in form.rows]
    shown = [form.header[: len(STRUCTURE)], *([_cell_text(c) for c in row] for row in structure)]
    if checksum(shown) != meta.get("checksum"):
        problems += _structure_problems(form, shown, _expected(form, plan))
    if problems:
        return None, problems
    known = {t.indicator.code: t.indicator for t in plan.targets} if plan is not None else {}
    rows = [_row(form, i, cells, known, problems) for i, cells in enumerate(shown[1:])]
    return (None if problems else rows), problems  # type: ignore[return-value]


def _bundled(form: LoadedForm) -> Plan | None:
    """The bundled plan of the form's key, if there is one."""
    from vnhealthplan.data import plans

    try:
        return plans.load(form.meta.get("plan", ""))
    except VNHealthPlanError:
        return None


def _lang(form: LoadedForm) -> Lang:
    return "en" if form.meta.get("lang") == "en" else "vi"


def _cell_text(value: Any) -> str:
    """A structure cell as text: NFC, without the spaces around it ("Đắk Lắk " is Đắk Lắk)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFC", str(value)).strip()


def _expected(form: LoadedForm, plan: Plan | None) -> list[list[str]] | None:
    """The structure the form was written with: its copy, or the plan's form again."""
    lang = _lang(form)
    head = list(header(lang)[: len(STRUCTURE)])
    if form.workbook is not None:
        copy = [head, *structure_copy(form.workbook)]
        return copy if checksum(copy) == form.meta.get("checksum") else None
    if plan is None:
        return None
    years = form.meta.get("years") or None
    chosen = [int(y) for y in years.split(",")] if years else None
    try:
        rows = form_rows(plan, chosen, lang)
    except ValueError:
        return None
    return [head, *(list(r.cells(lang)) for r in rows)]


_MESSAGES: Final = {
    "unit": "the form's unit {want!r}: a value in another unit is not read (convert it; "
    "structure cells are locked)",
    "province": "the plan's province {want!r}: a province outside the plan is not read",
    "year": "the form's year {want} (within the plan's period {period}); structure cells "
    "are locked",
}
# The messages above and _LOCKED below are said through the catalogue (context "error").
_SAID: Final = (
    message("the form's unit {want!r}: a value in another unit is not read (convert it; "
            "structure cells are locked)", want=""),
    message("the plan's province {want!r}: a province outside the plan is not read", want=""),
    message("the form's year {want} (within the plan's period {period}); structure cells "
            "are locked", want="", period=""),
    message("the form's text {want!r}; structure cells are locked", want=""),
)  # fmt: skip


def _structure_problems(
    form: LoadedForm, shown: list[list[str]], expected: list[list[str]] | None
) -> list[Problem]:
    """Each edited structure cell, added or removed row; or the checksum alone."""
    if expected is None:
        why = message(
            "expected the checksum of the structure cells as written: the header or a "
            "structure cell was edited, or a row added or removed"
        )
        return [Problem(form.file, "metadata", "checksum", form.meta.get("checksum"), why)]
    where = f"{form.sheet}!" if form.sheet else ""
    problems = [
        Problem(form.file, f"{where}{chr(ord('A') + c)}1", "header", got,
                message("expected the form's header {want!r}", want=want))
        for c, (got, want) in enumerate(zip(shown[0], expected[0], strict=False))
        if got != want
    ]  # fmt: skip
    first, _, last = form.meta.get("period", "").partition("-")
    period = first if last in ("", first) else f"{first}–{last}"  # "2024", not "2024–2024"
    for i, (got_row, want_row) in enumerate(zip(shown[1:], expected[1:], strict=False)):
        for column, got, want in zip(STRUCTURE, got_row, want_row, strict=True):
            if got != want:
                said = Message(_MESSAGES.get(column, _LOCKED), {"want": want, "period": period})
                problems.append(_problem(form, column, i, got, said))
    rows = len(expected) - 1
    for i in range(rows, len(shown) - 1):
        extra = message("no row here: the form has {rows} rows (a row was added or copied)",
                        rows=rows)  # fmt: skip
        problems.append(_problem(form, "indicator", i, shown[i + 1][0], extra))
    if len(shown) - 1 < rows:
        fewer = message("expected the form's {rows} rows (rows were removed)", rows=rows)
        problems.append(Problem(form.file, f"{where}rows", "rows", len(shown) - 1, fewer))
    return problems


_LOCKED: Final = "the form's text {want!r}; structure cells are locked"


_LABELS: Final = {
    lang: ({t.label(lang): t for t in Tier}, {k.label(lang): k for k in FacilityKind})
    for lang in ("vi", "en")
}


def _row(
    form: LoadedForm,
    i: int,
    cells: list[str],
    known: dict[str, Indicator],
    problems: list[Problem],
) -> FormRow | None:
    """The row a verified structure's cells describe (its indicator from the plan first)."""
    from vnhealthplan.data import indicators

    lang = _lang(form)
    code = cells[_INDEX["indicator"]]
    try:
        indicator = known.get(code) or indicators.get(code)
    except VNHealthPlanError as err:
        problems.append(_problem(form, "indicator", i, code,
                                 message("an indicator of the plan or the catalogue ({error}); "
                                         "pass the form's plan as plan=", error=err.as_message()
                                         )))  # fmt: skip
        return None
    tiers, kinds = _LABELS[lang]
    at = _INDEX
    scope = Scope(
        tier=tiers[cells[at["tier"]]] if cells[at["tier"]] else None,
        facility_kind=kinds[cells[at["facility_kind"]]] if cells[at["facility_kind"]] else None,
        description=cells[at["scope_description"]],
    )
    return FormRow(indicator, cells[at["province"]], scope, int(cells[at["year"]]), "")


def _observations(
    form: LoadedForm,
    rows: list[FormRow],
    seen: dict[tuple[Any, ...], tuple[str, Any]],
    problems: list[Problem],
) -> list[Observation]:
    from vnhealthplan.data import provinces

    out = []
    convention = form.meta["number_convention"]
    province = provinces.get(form.meta["province"]) if form.meta.get("province") else None
    for i, (row, cells) in enumerate(zip(rows, form.rows, strict=True)):
        raw = cells[_INDEX["value"]]
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        number, wrong = _number(raw, convention, row)
        if wrong:
            problems.append(_problem(form, "value", i, _shown(raw), wrong))
            continue
        key = (*row.codes(),)
        here = f"{form.file}: {form.address('value', i)}"
        if key in seen:
            there, value = seen[key]
            if value != number:
                problems.append(
                    _problem(
                        form,
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
                "a number not formatted as a percentage (the unit is {unit})", unit=str(unit)
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
    number = float(raw)
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
    source_text = form.rows[i][_INDEX["source"]]
    note = form.rows[i][_INDEX["note"]]
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
        shown = value if column == "value" else form.rows[i][_INDEX[column]]
        problems.append(_problem(form, column, i, shown, getattr(err, "expected", str(err))))
        return None
