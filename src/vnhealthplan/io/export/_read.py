"""Reading observations from the CSV and Excel files users keep them in.

Examples
--------
Write An Giang's observations, read them back:

>>> import tempfile
>>> from vnhealthplan import plans
>>> from vnhealthplan.export import to_csv
>>> an_giang = plans.load("an-giang-2018")
>>> with tempfile.TemporaryDirectory() as folder:
...     paths = to_csv(an_giang, folder, lang="vi", gaps=False, audit=False)
...     read_observations(paths[2], source=an_giang.document)
(Observation(health_insurance_coverage = 76.5 percent, 2017, An Giang),)
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from vnhealthplan.analysis.observations import observations_from_frame
from vnhealthplan.analysis.slips import warned_at_reading
from vnhealthplan.core.errors import (
    PlanDataError,
    Problem,
    ValidationError,
    VNHealthPlanError,
    WrongTypeError,
)
from vnhealthplan.core.messages import Message, message
from vnhealthplan.io.export._headers import canonical_column, header_unit
from vnhealthplan.io.export.csvtable import read_csv_table, row_record
from vnhealthplan.io.export.rowkeys import row_key
from vnhealthplan.io.export.valuecells import REMARK_ALONE, YEAR_ALONE, blank_provinces
from vnhealthplan.io.export.xlsxtable import read_xlsx_table
from vnhealthplan.io.forms import is_form, read_form
from vnhealthplan.io.forms._load import unopened
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.source import Document, Source
from vnhealthplan.model.target import Scope
from vnhealthplan.text.cellnumbers import (
    NUMBER_ALONE,
    WITH_UNIT,
    read_cell_number,
    scientific,
    two_readings,
)
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["read_observation_rows", "read_observations"]

_NUMERIC: Final = ("value", "year")
_SCOPE: Final = ("tier", "facility_kind", "scope_description")
#: The columns that say what a row measures: two rows may not share them.
_KEY: Final = ("province", "indicator", "year", "period", "period_start", "period_end", *_SCOPE)


def read_observations(
    path: str | os.PathLike[str],
    *,
    sheet: str | int | None = None,
    source: Source | Document | None = None,
    plan: Plan | None = None,
) -> tuple[Observation, ...]:
    """Observations from a ``.csv`` or ``.xlsx`` file in the tidy layout; all bad rows at once.

    The layout is the one :func:`to_csv` and :func:`to_excel` write for observations, or any
    table with the columns :func:`vnhealthplan.observations.observations_from_frame` reads
    (``province, indicator, value`` and ``year`` or ``period`` or ``period_start`` and
    ``period_end``; optional ``unit, section, quote, notes, source``), with the scope in
    ``tier, facility_kind, scope_description``. Headers may be the column names or their
    labels in Vietnamese or English, a unit in brackets after them ("Giá trị (‰)").

    CSV files are read as UTF-8 (with or without a byte-order mark); a text cell's leading
    apostrophe, put there against formulas (:func:`~vnhealthplan.export.escape_text`), is
    removed. Numbers as text are read by :func:`vnhealthplan.text.parse_number`, both ways
    (such a table states no number convention): "76.5", "17,6" and "5130" are read; text that
    reads two ways ("5.130": 5130 or 5.13), text that is no number and a number with its unit
    ("27,4 giường") are reported, not guessed. A value with a per cent sign ("96,4%") is
    read in a row whose unit is per cent and refused in another ("remove the % sign"); a year
    with a remark ("2023 (ước)") is refused, the remark belonging in ``notes``. The cells are
    separated by commas, or by semicolons when the header has semicolons and no comma (as Excel
    set to Vietnamese saves a CSV file). Blank rows are skipped but keep their numbers; a row
    with more cells than the header (a decimal comma outside double quotes splits a cell) and a
    row that gives again the province, indicator, period and scope of an earlier row are
    reported.

    A filled data-collection form (:func:`vnhealthplan.forms.write_form`) is read by
    :func:`vnhealthplan.forms.read_form`, with its own number convention and checks (its
    observations carry the form as their source; *sheet* and *source* are not used).

    Parameters
    ----------
    path : str or path-like
    sheet : str or int, optional
        The Excel sheet: a name or a 0-based position. By default the sheet titled
        "observations" (in either language), else the only sheet.
    source : Source or Document, optional
        As :func:`~vnhealthplan.observations.observations_from_frame` takes it.
    plan : Plan, optional
        The plan the figures are for: the indicators its own file defines are read as well as
        the catalogue's (``population_with_ehr`` of ``quang-ngai-2023``). Without it, such a
        code is refused with the hint to give the plan. (A form knows its plan by its key.)

    Returns
    -------
    tuple of Observation

    Raises
    ------
    vnhealthplan.errors.PlanDataError
        Listing every bad value, as "file: row N: field = value: expected …", N the row
        number a spreadsheet shows (the header is row 1); also for a file that cannot be
        read: a path with no file or a folder, an .xlsx file that cannot be opened, a CSV file
        that is empty, not UTF-8 or with a quote left open; a formula cell saved without its
        result; a hidden row (refused as a form refuses it: unhide it to read it, delete it
        to leave it out), a hidden column holding a figure's value, province, indicator,
        period, unit or scope, and a hidden sheet found by its title (name it with *sheet* to
        read it).
    vnhealthplan.errors.ValidationError
        For a file that is neither ``.csv`` nor ``.xlsx``, or an Excel file without the sheet.

    Warns
    -----
    vnhealthplan.errors.LikelySlipWarning
        For each other sheet of an Excel file laid out as the one read (the same columns: a
        second year's figures, say), when *sheet* is not given: it is not read.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "observed.csv")
    ...     _ = path.write_text("Tỉnh,Mã chỉ tiêu,Năm,Giá trị\\n"
    ...                         "Thanh Hóa,beds_per_10k,2024,30.5\\n"
    ...                         "Thanh Hóa,imr,2024,'=1+1\\n"
    ...                         "Thanh Hóa,doctors,2024,12\\n", encoding="utf-8")
    ...     read_observations(path)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: 2 invalid values in observed.csv:
      observed.csv: row 3: value = '=1+1': expected a finite number
      observed.csv: row 4: indicator = 'doctors': unknown indicator 'doctors'...
    """
    return tuple(obs for _, obs in read_observation_rows(path, sheet=sheet, source=source,
                                                         plan=plan))  # fmt: skip


def read_observation_rows(
    path: str | os.PathLike[str],
    *,
    sheet: str | int | None = None,
    source: Source | Document | None = None,
    plan: Plan | None = None,
) -> tuple[tuple[int | None, Observation], ...]:
    """:func:`read_observations`, each observation with its row number (None in a form,
    whose observations cite their cell): blank rows keep their numbers.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "so-lieu.csv")
    ...     _ = path.write_text("province,indicator,year,value\\n\\n"
    ...                         "Thanh Hóa,beds_per_10k,2024,30.5\\n", encoding="utf-8")
    ...     [(row, obs.indicator.code) for row, obs in read_observation_rows(path)]
    [(3, 'beds_per_10k')]
    """
    file = _readable_file(path)
    if file.suffix.lower() in (".csv", ".xlsx") and is_form(file):
        return tuple((None, obs) for obs in read_form(file))
    frame, ragged = _table(file, sheet)
    frame, cells = _canonical(frame, file.name)
    rows = ragged + _row_problems(frame, file.name)
    observations = _observations(frame, file.name, rows, cells, source=source, plan=plan)
    scoped = _with_scopes(observations, frame, file.name)
    return tuple(zip((int(label) for label in frame.index), scoped, strict=True))


def _readable_file(path: Any) -> Path:
    """*path* as a Path, refused unless a path, and unless a file that opens when its suffix
    is one read (a path with no file or a folder)."""
    if not isinstance(path, str | os.PathLike):
        expected = message("a path to a .csv or .xlsx file")
        raise WrongTypeError("read_observations", "path", path, expected)
    file = Path(path)
    unread = unopened(file) if file.suffix.lower() in (".csv", ".xlsx") else None
    if unread is not None:
        raise PlanDataError([unread])
    return file


def _table(file: Path, sheet: str | int | None) -> tuple[pd.DataFrame, list[Problem]]:
    """*file*'s table by its suffix, and its rows with more cells than the header (CSV)."""
    suffix = file.suffix.lower()
    if suffix == ".csv":
        return read_csv_table(file)
    if suffix == ".xlsx":
        return read_xlsx_table(file, sheet), []
    raise ValidationError("read_observations", "path", str(file),
                          message("a .csv or .xlsx file"))  # fmt: skip


def _row_problems(frame: pd.DataFrame, file: str) -> list[Problem]:
    """The rows without a province, then those repeating an earlier row (not the blank)."""
    blank, unnamed = blank_provinces(frame, file)
    return unnamed + _repeated(frame.drop(index=blank), file)


def _observations(
    frame: pd.DataFrame,
    file: str,
    rows: list[Problem],
    cells: list[Problem],
    *,
    source: Source | Document | None,
    plan: Plan | None,
) -> tuple[Observation, ...]:
    """The frame's observations, or every problem of the file at once in row order: *rows*
    (the table's), *cells* (numbers that read two ways) and the frame's own."""
    try:
        observations = observations_from_frame(frame, source=source, plan=plan)
    except PlanDataError as err:
        found = [p._replace(file=file) for p in err.problems]
        raise PlanDataError(_in_order(rows + _merged(cells, found))) from None
    if rows or cells:
        raise PlanDataError(_in_order(rows + cells))
    return observations


def _in_order(problems: list[Problem]) -> list[Problem]:
    """*problems* in the order of their rows (those of the file or header first)."""

    def row(problem: Problem) -> int:
        number = str(problem.record).removeprefix("row ")
        return int(number) if number.isdigit() else 0

    return sorted(problems, key=row)


def _repeated(frame: pd.DataFrame, file: str) -> list[Problem]:
    """Rows that give again the province, indicator, period and scope of an earlier row."""
    if "province" not in frame.columns or "indicator" not in frame.columns:
        return []  # the missing column is the problem, reported as such
    columns = [c for c in _KEY if c in frame.columns]
    first: dict[tuple[str, ...], Any] = {}
    problems = []
    for label, row in frame[columns].iterrows():
        key = row_key(row.to_dict(), columns)
        if key in first:
            problems.append(
                Problem(
                    file,
                    row_record(label),
                    "indicator",
                    row.get("indicator"),
                    message(
                        "expected one row for each province, indicator, "
                        "period and scope; row {first} gives this one "
                        "already (delete one of them)",
                        first=first[key],
                    ),
                )
            )
        first.setdefault(key, label)
    return problems


def _number(cell: Any) -> Any:
    """A number for text that states one either way; the cell itself otherwise.

    Text that is no number is reported later; text that reads two ways raises
    :class:`~vnhealthplan.text.errors.AmbiguousNumberError`.
    """
    if not isinstance(cell, str):
        return cell
    try:
        return read_cell_number(cell)
    except AmbiguousNumberError:
        raise
    except ParseError:
        return cell


def _numbers(column: pd.Series, name: str, file: str, problems: list[Problem]) -> list[Any]:
    """*column*'s cells with text read as numbers; ambiguous text, or a number with words
    after it, reported in *problems*."""
    out = []
    for label, cell in column.items():
        try:
            out.append(_number(cell))
        except AmbiguousNumberError as err:
            problems.append(Problem(file, row_record(label), name, cell, two_readings(err)))
            out.append(cell)
            continue
        percent = name == "value" and isinstance(cell, str) and cell.strip().endswith("%")
        if scientific(cell) is not None:
            continue  # named by the frame's reader (read_finite), as every reader names it
        if name == "year" and isinstance(out[-1], float) and not out[-1].is_integer():
            problems.append(Problem(file, row_record(label), name, cell, YEAR_ALONE))  # 2024.5
            continue
        if isinstance(cell, str) and out[-1] is cell and WITH_UNIT.match(cell) and not percent:
            remark = cell.rstrip().endswith(")")  # "28,5 (ước)": a remark, not a unit
            alone = YEAR_ALONE if name == "year" else REMARK_ALONE if remark else NUMBER_ALONE
            problems.append(Problem(file, row_record(label), name, cell, alone))
    return out


def _merged(ambiguous: list[Problem], found: list[Problem]) -> list[Problem]:
    """The frame's problems, an ambiguous number's own problem in place of its cell's."""
    mine = {(p.record, p.field): p for p in ambiguous}
    out = [mine.pop((p.record, p.field), p) for p in found]
    return out + list(mine.values())


def _canonical(frame: pd.DataFrame, file: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Columns renamed to the package's names; numbers read; header units checked.

    Returns the frame and the numbers that read two ways (their cells left as text).
    """
    import pandas as pd

    names: dict[Any, str] = {}
    problems = []
    for column in frame.columns:
        name = canonical_column(column)
        if name is None:
            continue
        if name in names.values():
            problems.append(Problem(file, "header", name, column,
                                    message("a second column for it")))  # fmt: skip
        names[column] = name
    frame = frame.rename(columns=names)
    value_header = next((c for c, n in names.items() if n == "value"), None)
    unit = header_unit(value_header)
    if unit is not None and "unit" not in frame.columns:
        problems.append(
            Problem(
                file,
                "header",
                "value",
                value_header,
                message(
                    "a unit in the header needs a 'unit' column giving each "
                    "row's unit (e.g. 'bed / ten_thousand_people')"
                ),
            )
        )
    if "scope" in frame.columns:
        for label, text in frame["scope"].items():
            if isinstance(text, str) and text.strip():
                problems.append(Problem(file, row_record(label), "scope", text,
                                        message("a scope is read from the columns tier, "
                                                "facility_kind and scope_description, not from "
                                                "its text")))  # fmt: skip
    if problems:
        raise PlanDataError(problems)
    for name in _NUMERIC:
        if name in frame.columns:
            frame[name] = pd.Series(_numbers(frame[name], name, file, problems),
                                    index=frame.index, dtype=object)  # fmt: skip
    return frame, problems


def _with_scopes(
    observations: tuple[Observation, ...], frame: pd.DataFrame, file: str
) -> tuple[Observation, ...]:
    """The observations with the scope their row's tier/facility_kind/description gives."""
    if not any(c in frame.columns for c in _SCOPE):
        return observations
    out, problems = [], []
    for obs, (label, row) in zip(observations, frame.iterrows(), strict=True):
        cells = {c: row.get(c) for c in _SCOPE}
        cells = {c: v for c, v in cells.items() if isinstance(v, str) and v.strip()}
        try:
            scope = Scope(tier=cells.get("tier"), facility_kind=cells.get("facility_kind"),
                          description=str(cells.get("scope_description", "")))  # fmt: skip
        except (ValueError, LookupError) as err:
            field = next((c for c in ("tier", "facility_kind") if c in str(err)), "tier")
            said = err.as_message() if isinstance(err, VNHealthPlanError) else _vocab(err)
            problems.append(Problem(file, row_record(label), field, cells.get(field), said))
            continue
        scoped = attrs.evolve(obs, scope=scope)
        out.append(scoped)
        if warned_at_reading(obs):  # the same figure, warned of as it was read
            warned_at_reading(scoped, now=True)
    if problems:
        raise PlanDataError(problems)
    return tuple(out)


#: A vocabulary's refusal (:meth:`vnhealthplan.vocab.Tier.parse`): "Tier: unknown value …".
_UNKNOWN_VALUE: Final = re.compile(r"\w+: unknown value (.+); expected one of (.+)", re.DOTALL)


def _vocab(err: Exception) -> Message | str:
    """The words of a vocabulary's refusal, said in either language where it is one."""
    text = str(err.args[0]) if err.args else str(err)
    found = _UNKNOWN_VALUE.fullmatch(text)
    if found is None:
        return text
    return message("unknown value {value}; expected one of {accepted}", value=found[1],
                   accepted=found[2])  # fmt: skip
