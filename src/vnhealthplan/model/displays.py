"""What each model record shows in a notebook: its description for :mod:`vnhealthplan.core.html`.

Each record's ``display_parts(lang, as_of)`` returns the description built here, and its
``_repr_html_`` renders it with :func:`vnhealthplan.core.html.display`. Periods, units and
targets are written as the text layer writes them (:mod:`vnhealthplan.model.wording`).

Examples
--------
>>> from datetime import date
>>> from vnhealthplan import plans
>>> row = plans.load("thanh-hoa-2023").assignments[1]
>>> assignment_status(row, date(2024, 6, 30)), assignment_status(row, date(2024, 7, 1))
('pending', 'overdue')
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from vnhealthplan.core import numformat
from vnhealthplan.core.html import (
    Badge,
    Cell,
    Fields,
    Head,
    Legend,
    Note,
    Quote,
    Section,
    Table,
    display,
    word,
)
from vnhealthplan.core.messages import said, said_day
from vnhealthplan.core.unitnames import quantity_text, unit_name
from vnhealthplan.core.vocab import Lang
from vnhealthplan.model.gap_text import explain
from vnhealthplan.model.notes import notes_in
from vnhealthplan.model.wording import period_text, target_text

if TYPE_CHECKING:
    from vnhealthplan.model.assignment import Assignment
    from vnhealthplan.model.facility import Facility
    from vnhealthplan.model.gap import Gap
    from vnhealthplan.model.indicator import Indicator
    from vnhealthplan.model.observation import Observation
    from vnhealthplan.model.plan import Plan
    from vnhealthplan.model.province import Province
    from vnhealthplan.model.source import Source
    from vnhealthplan.model.target import Scope, Target

__all__ = [
    "ASSIGNMENT_KEYS",
    "FACILITY_KEYS",
    "OBSERVATION_KEYS",
    "ShownInNotebooks",
    "assignment_cells",
    "assignment_parts",
    "assignment_status",
    "day_text",
    "facility_cells",
    "facility_parts",
    "gap_parts",
    "indicator_parts",
    "number",
    "observation_cells",
    "observation_parts",
    "plan_parts",
    "province_parts",
    "source_quote",
    "target_cells",
    "target_parts",
]

FACILITY_KEYS = ("name", "kind", "tier", "rank", "ownership", "beds", "autonomy", "source")
ASSIGNMENT_KEYS = ("task", "lead", "partners", "submitted_to", "period", "product", "status")
OBSERVATION_KEYS = ("indicator", "value", "period", "scope", "source")


def number(value: float, lang: Lang) -> str:
    """A number as *lang* writes it (at most 6 decimals kept); empty for NaN.

    Examples
    --------
    >>> number(13.5, "vi"), number(float("nan"), "en")
    ('13,5', '')
    """
    if value != value:
        return ""
    style = numformat.style(lang, None)
    return numformat.write(str(round(float(value), 6)), style, numformat.digit_limit())


def day_text(day: date, lang: Lang) -> str:
    """A date as *lang* writes it: ISO in English, dd/mm/yyyy in Vietnamese.

    Examples
    --------
    >>> day_text(date(2024, 2, 27), "vi"), day_text(date(2024, 2, 27), "en")
    ('27/02/2024', '2024-02-27')
    """
    return said_day(day)["en" if lang == "en" else "vi"]


def source_quote(source: Source | None, lang: Lang = "en") -> Quote | None:
    """The :class:`~vnhealthplan.core.html.Quote` of a source (None for none).

    Its citation is :meth:`Source.cite <vnhealthplan.Source.cite>` in English; in
    Vietnamese, the missing number and date are said in Vietnamese and the date is written
    dd/mm/yyyy.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> source = plans.load("dak-lak-2024").targets[0].source
    >>> source_quote(source, "vi").citation
    'Sở Y tế Đắk Lắk, (không số) (không ghi ngày), I. CÁC CHỈ TIÊU, dòng 1'
    >>> source_quote(source, "en").citation == source.cite()
    True
    """
    if source is None:
        return None
    return Quote(
        said(source.section, lang), (source.quote,), source.reading or "", _cite(source, lang)
    )


def _cite(source: Source, lang: Lang) -> str:
    if lang == "en":
        return source.cite()
    doc = source.document
    number = doc.number or f"({word('no_number', lang)})"
    when = day_text(doc.issued, lang) if doc.issued else word("undated", lang)
    return f"{doc.issuer}, {number} ({when}), {said(source.section, lang)}"


def _period(period: Any, lang: Lang) -> str:
    return "" if period is None else period_text(period, lang)


def _scope(scope: Scope, lang: Lang) -> Cell:
    parts = [
        scope.tier.label(lang) if scope.tier else "",
        scope.facility_kind.label(lang) if scope.facility_kind else "",
    ]
    return Cell(", ".join(p for p in parts if p), note=scope.description, note_lang="vi")


def _target_text(t: Target, lang: Lang) -> str:
    try:
        return target_text(t, lang)
    except ValueError:  # a unit with no name
        return t.value_text()


def province_parts(p: Province, lang: Lang) -> Fields:
    """A province's fields: name, code, other names, validity."""
    days = " – ".join(day_text(d, lang) if d else "…" for d in (p.valid_from, p.valid_until))
    others = ", ".join(n for n in (p.ascii_name, *p.aliases) if n != p.name)
    undated = p.valid_from is None and p.valid_until is None
    return Fields("vhp-province", [
        ("province", Cell(p.name, bold=True)),
        ("code", Cell(p.code)),
        ("aliases", Cell(others)),
        ("period", Cell("" if undated else days)),
    ])  # fmt: skip


def indicator_parts(ind: Indicator, lang: Lang) -> Fields:
    """An indicator's fields: names in both languages, code, unit, direction, notes.

    Examples
    --------
    >>> from vnhealthplan.data import indicators
    >>> parts = indicator_parts(indicators.get("doctors_per_10k"), "vi")
    >>> dict(parts.rows)["notes"].text
    'Định nghĩa của TCTK: số bác sĩ × 10.000 ÷ dân số cùng thời điểm.'
    """
    other: Lang = "en" if lang == "vi" else "vi"
    try:
        unit = Cell(unit_name(ind.unit, lang), note=f"({ind.unit})", inline=True)
    except ValueError:
        unit = Cell(ind.unit)
    return Fields("vhp-indicator", [
        ("indicator", Cell(ind.name(lang), note=ind.name(other), bold=True)),
        ("code", Cell(ind.code, code=True)),
        ("unit", unit),
        ("direction", Cell(ind.direction.label(lang))),
        ("notes", Cell("\n".join(notes_in(ind, lang)))),
    ])  # fmt: skip


def target_cells(t: Target, lang: Lang) -> list[Cell]:
    """Indicator, target, due period and scope of a target."""
    return [
        Cell(t.indicator.name(lang), note=t.indicator.code, note_code=True),
        Cell(_target_text(t, lang), note=notes_in(t, lang)),
        Cell(_period(t.period, lang)),
        _scope(t.scope, lang),
    ]


def target_parts(t: Target, lang: Lang) -> Table:
    """A target's row, with its source."""
    keys = ("indicator", "target", "period", "scope", "source")
    return Table(
        "vhp-target", keys, [[*target_cells(t, lang), Cell(quote=source_quote(t.source, lang))]]
    )


def facility_cells(f: Facility, lang: Lang) -> list[Cell]:
    """A facility's row (see :data:`FACILITY_KEYS`).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> cells = facility_cells(plans.load("thanh-hoa-2023").facilities[0], "vi")
    >>> len(cells) == len(FACILITY_KEYS), cells[0].bold
    (True, True)
    """
    return [
        Cell(f.name, note=notes_in(f, lang), bold=True),
        Cell(f.kind.label(lang)),
        Cell(f.tier.label(lang) if f.tier else ""),
        Cell(f.rank.label(lang) if f.rank else ""),
        Cell(f.ownership.label(lang) if f.ownership else ""),
        Cell("" if f.beds is None else f.beds),
        Cell(f.autonomy_group.label(lang) if f.autonomy_group else ""),
        Cell(quote=source_quote(f.source, lang)),
    ]


def facility_parts(f: Facility, lang: Lang) -> Table:
    """A facility's row."""
    return Table("vhp-facility", FACILITY_KEYS, [facility_cells(f, lang)])


def assignment_status(assignment: Assignment, as_of: date) -> str:
    """The status key of an assignment on *as_of*: done, overdue, product_issued, pending
    or no_date.

    ``product_issued``: past due with no completion recorded, but the product it names had
    been issued by then, so probably done and not overdue (the rule of
    :meth:`~vnhealthplan.Assignment.is_overdue`, which the audit follows too).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> first, second = plans.load("thanh-hoa-2023").assignments[:2]
    >>> assignment_status(first, date(2025, 7, 1)), assignment_status(second, date(2025, 7, 1))
    ('product_issued', 'overdue')
    """
    if assignment.completed is not None and assignment.completed <= as_of:
        return "done"
    if assignment.due is None:
        return "no_date"
    if assignment.is_overdue(as_of):
        return "overdue"
    return "product_issued" if assignment.is_past_due(as_of) else "pending"


def assignment_cells(a: Assignment, lang: Lang, as_of: date) -> list[Cell]:
    """An assignment's row on *as_of* (see :data:`ASSIGNMENT_KEYS`).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> a = plans.load("thanh-hoa-2023").assignments[1]
    >>> cells = assignment_cells(a, "vi", date(2025, 7, 1))
    >>> cells[4].text, cells[-1].badge.key
    ('Quý II/2024', 'overdue')
    """
    hint = f"{word('as_of', lang)} {day_text(as_of, lang)}"
    status = Badge(assignment_status(a, as_of), hint)
    return [
        Cell(a.task, note=notes_in(a, lang)),
        Cell(a.lead),
        Cell("; ".join(a.partners)),
        Cell(a.submitted_to or ""),
        Cell(_period(a.due, lang)),
        Cell(a.product or ""),
        Cell(badge=status, quote=source_quote(a.source, lang)),
    ]


def assignment_parts(a: Assignment, lang: Lang, as_of: date) -> Table:
    """An assignment's row on *as_of*."""
    return Table("vhp-assignment", ASSIGNMENT_KEYS, [assignment_cells(a, lang, as_of)])


def observation_cells(o: Observation, lang: Lang) -> list[Cell]:
    """An observation's row (see :data:`OBSERVATION_KEYS`)."""
    try:
        value = quantity_text(o.value, lang)
    except ValueError:
        value = f"{o.value.magnitude:g} {o.value.units}"
    return [
        Cell(o.indicator.name(lang)),
        Cell(value, note=notes_in(o, lang)),
        Cell(_period(o.period, lang)),
        _scope(o.scope, lang),
        Cell(quote=source_quote(o.source, lang)),
    ]


def observation_parts(o: Observation, lang: Lang) -> Table:
    """An observation's row."""
    return Table("vhp-observation", OBSERVATION_KEYS, [observation_cells(o, lang)])


def gap_parts(g: Gap, lang: Lang) -> tuple[Table, Note]:
    """A gap's row (observed, shortfall, status with the reading on hover) and its method."""
    key = {True: "met", False: "not_met", None: "unknown"}[g.met]
    method = explain(g.target, g.observed.magnitude, g.baseline, g.tolerance, lang)
    cells = [
        *target_cells(g.target, lang)[:3],
        Cell(number(g.observed.magnitude, lang)),
        Cell(number(g.shortfall.magnitude, lang)),
        Cell(badge=Badge(key, method), quote=source_quote(g.target.source, lang)),
    ]
    keys = ("indicator", "target", "period", "observed", "shortfall", "status")
    return Table("vhp-gap", keys, [cells]), Note("method", method)


def plan_parts(
    plan: Plan,
    lang: Lang,
    as_of: date,
    *,
    statuses: list[tuple[str, str]] | None = None,
    extra: tuple[Section, ...] = (),
    extra_keys: tuple[str, ...] = (),
) -> tuple[Any, ...]:
    """A plan: its document, then sections of targets, figures, facilities, assignments.

    *statuses* (observed text, status key), one per target, add the observed and status
    columns; *extra* sections (and the badge keys they use) come last.
    """
    doc = plan.document
    facts = (
        doc.issuer,
        doc.number or word("no_number", lang),
        doc.issued.strftime("%d/%m/%Y") if doc.issued else word("undated", lang),
        plan.province.name if plan.province else word("none_named", lang),
    )
    heads = ["indicator", "target", "period", "scope", "source"]
    rows = [
        [*target_cells(t, lang), Cell(quote=source_quote(t.source, lang))] for t in plan.targets
    ]
    keys: list[str] = []
    if statuses is not None:
        heads[4:4] = ["observed", "status"]
        for row, (seen, key) in zip(rows, statuses, strict=True):
            row[4:4] = [Cell(seen), Cell(badge=Badge(key))]
            keys.append(key)
    assignment_keys = [assignment_status(a, as_of) for a in plan.assignments]
    observations = [observation_cells(o, lang) for o in plan.observations]
    facilities = [facility_cells(f, lang) for f in plan.facilities]
    assignments = [assignment_cells(a, lang, as_of) for a in plan.assignments]
    doings = f"{word('assignments', lang)}, {word('as_of', lang)} {day_text(as_of, lang)}"
    return (
        "vhp-plan",
        Head(doc.title, facts, plan.key),
        Legend((*keys, *assignment_keys, *extra_keys)),
        Section(word("targets", lang), len(rows), [Table("vhp-targets", heads, rows)], True),
        Section(word("observations", lang), len(observations),
                [Table("vhp-obs", OBSERVATION_KEYS, observations)]),
        Section(word("facilities", lang), len(facilities),
                [Table("vhp-facilities", FACILITY_KEYS, facilities)]),
        Section(doings, len(assignments), [Table("vhp-assignments", ASSIGNMENT_KEYS, assignments)]),
        *extra,
    )  # fmt: skip


class ShownInNotebooks:
    """A record whose notebook display (``_repr_html_``) is :func:`display` of its
    ``display_parts``: the one ``_repr_html_`` of every model record.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> markup = plans.load("dak-lak-2024").province._repr_html_()
    >>> markup.startswith("<style>")
    True
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        """The notebook display, in the package language (:func:`vnhealthplan.display.to_html`)."""
        return display(self)  # type: ignore[arg-type]  # the subclass has display_parts
