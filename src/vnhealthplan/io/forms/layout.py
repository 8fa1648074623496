"""What a form holds: its rows (indicator, scope, year), its columns, its metadata.

One row per indicator, scope and year; the structure columns (everything but value, source
and note) are fixed when the form is written, and a checksum of them is kept with the form
so that an edited structure cell is found when the form is read back.

Examples
--------
>>> from vnhealthplan import plans
>>> rows = form_rows(plans.load("dak-lak-2024"))
>>> len(rows), rows[1].cells("vi")[:2], rows[1].target_text
(14, ('imr', 'Tỷ suất tử vong trẻ em dưới 1 tuổi'), '< 22‰')
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from vnhealthplan.core.checks import year as checked_year
from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import Comparator, Lang, TargetKind
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.period import Period
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.target import Scope, Target
from vnhealthplan.text.numbers import format_number
from vnhealthplan.text.units import format_quantity, format_unit

__all__ = [
    "COLUMNS",
    "COLUMN_INDEX",
    "FORM_VERSION",
    "META_SHEET",
    "STRUCTURE",
    "FormRow",
    "checksum",
    "form_rows",
    "header",
    "plan_years",
    "sheet_name",
]

#: The version of the layout; a reader refuses a form of another version.
FORM_VERSION: Final = 1

#: The columns of the form, in order; the last three are the ones users fill in.
COLUMNS: Final = (
    "indicator",
    "name_vi",
    "name_en",
    "unit",
    "province",
    "tier",
    "facility_kind",
    "scope_description",
    "year",
    "target",
    "value",
    "source",
    "note",
)

#: The structure columns: locked, and covered by the checksum.
STRUCTURE: Final = COLUMNS[:-3]

#: Each column's place in a row of :data:`COLUMNS`.
COLUMN_INDEX: Final = {name: i for i, name in enumerate(COLUMNS)}

#: The hidden sheet of metadata (plan key, version, language, convention, checksum).
META_SHEET: Final = "vnhealthplan"

_HEADERS: Final = {
    "vi": (
        "Mã chỉ tiêu",
        "Chỉ tiêu",
        "Chỉ tiêu (tiếng Anh)",
        "Đơn vị tính",
        "Tỉnh",
        "Tuyến",
        "Loại cơ sở",
        "Phạm vi",
        "Năm",
        "Mục tiêu của kế hoạch",
        "Giá trị thực hiện",
        "Nguồn số liệu",
        "Ghi chú",
    ),
    "en": (
        "Indicator code",
        "Indicator (Vietnamese)",
        "Indicator",
        "Unit",
        "Province",
        "Tier",
        "Facility kind",
        "Scope",
        "Year",
        "Plan target",
        "Value",
        "Source",
        "Note",
    ),
}

_SHEETS: Final = {"vi": ("Biểu mẫu", "Hướng dẫn"), "en": ("Form", "Instructions")}


def header(lang: Lang) -> tuple[str, ...]:
    """The column headers in *lang*.

    Examples
    --------
    >>> header("vi")[-3:]
    ('Giá trị thực hiện', 'Nguồn số liệu', 'Ghi chú')
    """
    return _HEADERS[lang]


def sheet_name(lang: Lang, which: str = "form") -> str:
    """The title of the form sheet (``which="form"``) or of the instructions sheet.

    Examples
    --------
    >>> sheet_name("vi"), sheet_name("en", "instructions")
    ('Biểu mẫu', 'Instructions')
    """
    return _SHEETS[lang][0 if which == "form" else 1]


@attrs.frozen
class FormRow:
    """One row of a form: what is asked for (indicator, scope, year) and the target.

    Parameters
    ----------
    indicator : Indicator
    province : str
        The province's name, empty for a plan that names none.
    scope : Scope
        Tier, kind of facility and description (no province: that is *province*).
    year : int
    target_text : str
        The plan's target for reference, e.g. "< 22‰" or "= 39 giường bệnh/vạn dân (2030)".
    """

    indicator: Indicator
    province: str
    scope: Scope
    year: int
    target_text: str

    def cells(self, lang: Lang) -> tuple[str, ...]:
        """The structure cells as the form writes them (all text)."""
        ind, scope = self.indicator, self.scope
        return (
            ind.code,
            ind.name("vi"),
            ind.name("en"),
            format_unit(ind.unit, lang),
            self.province,
            scope.tier.label(lang) if scope.tier else "",
            scope.facility_kind.label(lang) if scope.facility_kind else "",
            scope.description,
            str(self.year),
            self.target_text,
        )

    def codes(self) -> tuple[str, ...]:
        """The row as codes, for the metadata: indicator, province, tier, kind, text, year."""
        scope = self.scope
        return (
            self.indicator.code,
            self.province,
            scope.tier.value if scope.tier else "",
            scope.facility_kind.value if scope.facility_kind else "",
            scope.description,
            str(self.year),
        )


def plan_years(plan: Plan) -> tuple[int, int]:
    """The years a form may ask about: from the year the plan was issued, or its targets'
    first year if earlier, to the targets' last year.

    A plan issued in November 2023 "đến năm 2025", whose targets are all due in 2025, is
    monitored year by year from its issue: its forms may ask for 2023, 2024 and 2025.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> plan_years(plans.load("thanh-hoa-2023"))
    (2021, 2045)
    >>> plan_years(plans.load("quang-ngai-2023"))  # 193/KH-UBND of 02/11/2023, targets 2025
    (2023, 2025)
    """
    if not plan.targets:
        expected = message("a plan with targets: a form asks about targets")
        raise ValidationError("write_form", "plan", plan.key, expected)
    first = min(t.period.first_year for t in plan.targets)
    issued = plan.document.issued
    return (
        first if issued is None else min(first, issued.year),
        max(t.period.last_year for t in plan.targets),
    )


def form_rows(plan: Plan, years: Iterable[int] | None = None, lang: Lang = "vi") -> list[FormRow]:
    """The rows of *plan*'s form: one per indicator, scope and year, in the plan's order.

    Parameters
    ----------
    plan : Plan
    years : iterable of int, optional
        By default the years the plan's targets are due, each (indicator, scope) only in
        its own years. Given, every (indicator, scope) the plan targets, in each year.
    lang : {"vi", "en"}
        The language of the target text.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a year outside the plan's period (:func:`plan_years`).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> rows = form_rows(plans.load("thanh-hoa-2023"), years=[2024, 2025])
    >>> [(r.indicator.code, r.year, r.target_text) for r in rows][4:6]
    [('beds_per_10k', 2024, '= 39 giường bệnh/vạn dân (2030)'), ('beds_per_10k', 2025, \
'= 39 giường bệnh/vạn dân (2030)')]
    """
    first, last = plan_years(plan)
    by_key: dict[tuple[str, Scope], list[Target]] = {}
    for t in plan.targets:
        by_key.setdefault((t.indicator.code, attrs.evolve(t.scope, province=None)), []).append(t)
    province = str(plan.province.name) if plan.province else ""
    chosen = None if years is None else sorted({checked_year(y, "form", "years") for y in years})
    if chosen is not None:
        outside = [y for y in chosen if not first <= y <= last]
        if outside or not chosen:
            raise ValidationError(
                "form", "years", outside or chosen,
                message("years within the period of plan {key!r}, {period}",
                        key=plan.key, period=str(Period.years(first, last))),
            )  # fmt: skip
    rows = []
    for (_, scope), targets in by_key.items():
        due = sorted({t.year for t in targets})
        for year in due if chosen is None else chosen:
            text = _target_text(targets, year, lang)
            rows.append(FormRow(targets[0].indicator, province, scope, year, text))
    return rows


def _target_text(targets: list[Target], year: int, lang: Lang) -> str:
    """The targets due in *year*, else those due next, else the last ones, as text."""
    due = sorted({t.year for t in targets})
    when = next((y for y in due if y >= year), due[-1])
    texts = [_one_target(t, lang) for t in targets if t.year == when]
    suffix = "" if when == year else f" ({when})"
    return "; ".join(texts) + suffix


_WORDS: Final = {
    "vi": {"up": "tăng", "down": "giảm", "maintain": "duy trì"},
    "en": {"up": "increase", "down": "decrease", "maintain": "maintain"},
}


def _one_target(t: Target, lang: Lang) -> str:
    unit = t.indicator.unit
    value = t.value.to(unit)
    words = _WORDS[lang]
    if t.upper is not None:
        low = format_number(float(value.magnitude), lang)
        return f"{low}–{format_quantity(t.upper.to(unit), lang)}"
    if t.kind is TargetKind.CHANGE:
        word = words["down" if value.magnitude < 0 else "up"]
        return f"{word} {format_quantity(abs(value), lang)}"
    prefix = words["maintain"] + " " if t.kind is TargetKind.MAINTAIN else ""
    symbol = "" if t.comparator is Comparator.EQ and prefix else t.comparator.symbol + " "
    return f"{prefix}{symbol}{format_quantity(value, lang)}"


def checksum(rows: Iterable[Sequence[object]]) -> str:
    """A SHA-256 of the structure cells, row by row (the header first).

    Examples
    --------
    >>> checksum([("imr", "2024")]) == checksum([["imr", "2024"]])
    True
    >>> checksum([("imr", "2024")]) == checksum([("imr", "2025")])
    False
    """
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\x1f".join("" if c is None else str(c) for c in row).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()
