"""Reading filled forms back as Observations; every bad cell reported at once."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from vnhealthplan.analysis.slips import warn_slips
from vnhealthplan.core.errors import PlanDataError, Problem, VNHealthPlanError
from vnhealthplan.data import plans
from vnhealthplan.io.forms._load import (
    FormLoadError,
    LoadedForm,
    load_form,
)
from vnhealthplan.io.forms._structure import checked_structure
from vnhealthplan.io.forms._values import form_observations
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan

__all__ = ["MAX_BYTES", "read_form"]

#: The largest form :func:`read_form` reads by default: 50 MB.
MAX_BYTES: Final = 50_000_000


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
    problems: list[Problem] = []
    seen: dict[tuple[Any, ...], tuple[str, Any]] = {}
    out: list[Observation] = []
    slips: list[tuple[Plan, list[Observation]]] = []
    for file in _form_files(path_or_paths):
        read = _form_read(file, plan, max_bytes, seen, problems)
        if read is not None:
            of, mine = read
            out += mine
            slips += [(of, mine)] if of is not None else []
    if problems:
        raise PlanDataError(problems)
    for of, mine in slips:
        warn_slips(of, mine, stacklevel=2, reading=True)  # said once: not again at gaps
    return tuple(out)


def _form_files(
    path_or_paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> list[Path]:
    """The files to read: one path, or each of several."""
    if isinstance(path_or_paths, str | os.PathLike):
        return [Path(path_or_paths)]
    return [Path(p) for p in path_or_paths]


def _form_read(
    file: Path,
    plan: Plan | None,
    max_bytes: int,
    seen: dict[tuple[Any, ...], tuple[str, Any]],
    problems: list[Problem],
) -> tuple[Plan | None, list[Observation]] | None:
    """One form's observations and the plan they are checked against (*plan*, else the
    bundled plan of the form's key); None for a form that does not load or whose structure
    was edited, its problems added to *problems* (as those of its cells are)."""
    try:
        form = load_form(file, max_bytes)
    except FormLoadError as err:
        problems.append(err.problem)
        return None
    of = plan if plan is not None else _bundled(form)
    rows, found = checked_structure(form, of)
    problems += found
    if rows is None or found:
        return None
    return of, form_observations(form, rows, seen, problems)


def _bundled(form: LoadedForm) -> Plan | None:
    """The bundled plan of the form's key, if there is one."""
    try:
        return plans.load(form.meta.get("plan", ""))
    except VNHealthPlanError:
        return None
