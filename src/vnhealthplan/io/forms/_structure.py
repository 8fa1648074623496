"""Checking a loaded form's structure cells (metadata, header, the locked columns) against
the form it was written as, and the rows they describe."""

from __future__ import annotations

import unicodedata
from typing import Any, Final

from vnhealthplan.core.errors import Problem, VNHealthPlanError
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.vocab import FacilityKind, Tier
from vnhealthplan.data import indicators
from vnhealthplan.io.forms._load import LoadedForm, structure_copy
from vnhealthplan.io.forms.layout import (
    COLUMN_INDEX,
    FORM_VERSION,
    STRUCTURE,
    FormRow,
    checksum,
    form_rows,
    header,
)
from vnhealthplan.io.forms.numbers import CONVENTIONS
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.target import Scope

__all__ = ["checked_structure"]


def checked_structure(
    form: LoadedForm, plan: Plan | None
) -> tuple[list[FormRow] | None, list[Problem]]:
    """The rows a form asks about, or the problems that stop it from being read.

    Parameters
    ----------
    form : LoadedForm
        As :func:`~vnhealthplan.io.forms._load.load_form` read it.
    plan : Plan or None
        The plan the form must be of (its key in the metadata); None: any plan.

    Returns
    -------
    tuple
        The rows (None if the form cannot be read at all) and the problems found: the
        layout's, the metadata's, each edited structure cell, row added or removed.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.forms import write_form
    >>> from vnhealthplan.io.forms._load import load_form
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     form = load_form(write_form(dak_lak, pathlib.Path(folder, "dak-lak.xlsx")), 10**6)
    >>> rows, problems = checked_structure(form, dak_lak)
    >>> len(rows), problems, rows[1].indicator.code, rows[1].year
    (14, [], 'imr', 2024)
    >>> rows, problems = checked_structure(form, plans.load("thanh-hoa-2023"))
    >>> rows, [p.said("vi") for p in problems]
    (None, ["dak-lak.xlsx: siêu dữ liệu: kế hoạch = 'dak-lak-2024': cần biểu mẫu của kế \
hoạch 'thanh-hoa-2023' (biểu mẫu này của kế hoạch khác)"])
    """
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


def _cell_text(value: Any) -> str:
    """A structure cell as text: NFC, without the spaces around it ("Đắk Lắk " is Đắk Lắk)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unicodedata.normalize("NFC", str(value)).strip()


def _expected(form: LoadedForm, plan: Plan | None) -> list[list[str]] | None:
    """The structure the form was written with: its copy, or the plan's form again."""
    lang = form.lang
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
                problems.append(form.problem(column, i, got, said))
    rows = len(expected) - 1
    for i in range(rows, len(shown) - 1):
        extra = message("no row here: the form has {rows} rows (a row was added or copied)",
                        rows=rows)  # fmt: skip
        problems.append(form.problem("indicator", i, shown[i + 1][0], extra))
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
    lang = form.lang
    code = cells[COLUMN_INDEX["indicator"]]
    try:
        indicator = known.get(code) or indicators.get(code)
    except VNHealthPlanError as err:
        problems.append(form.problem("indicator", i, code,
                                 message("an indicator of the plan or the catalogue ({error}); "
                                         "pass the form's plan as plan=", error=err.as_message()
                                         )))  # fmt: skip
        return None
    tiers, kinds = _LABELS[lang]
    at = COLUMN_INDEX
    scope = Scope(
        tier=tiers[cells[at["tier"]]] if cells[at["tier"]] else None,
        facility_kind=kinds[cells[at["facility_kind"]]] if cells[at["facility_kind"]] else None,
        description=cells[at["scope_description"]],
    )
    return FormRow(indicator, cells[at["province"]], scope, int(cells[at["year"]]), "")
