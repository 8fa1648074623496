"""HTML displays for notebooks: plans, targets, indicators, provinces, facilities,
assignments, gaps and audit findings, in Vietnamese or English.

Jupyter shows a model object with its ``_repr_html_``, which calls :func:`to_html` in the
package's language (:func:`vnhealthplan.options.set_language`). Frames and tuples have
HTML displays of their own, so :func:`show` wraps a gaps frame
(:func:`vnhealthplan.gaps.gaps_frame`) or an audit's findings in an object that notebooks
display the same way.

Every text from a plan is escaped (quotes are untrusted text). Each record's source is one
click away: its section opens a ``<details>`` row with the verbatim quote, the corrected
reading and the citation, and hovering the section shows the quote (``title=``). Statuses
are coloured badges with a symbol and a word, so they read without colour too; a legend
lists the ones a table uses.

Examples
--------
>>> from vnhealthplan import plans
>>> from vnhealthplan.display import to_html
>>> target = plans.load("dak-lak-2024").targets_for("imr")[0]
>>> markup = to_html(target, lang="vi")
>>> "Tỷ suất tử vong trẻ em dưới 1 tuổi" in markup, "&lt; 22‰" in markup
(True, True)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from vnhealthplan.analysis.audit import Finding, audit
from vnhealthplan.analysis.gaps import gaps_frame
from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.html import (
    STATUSES,
    STYLE,
    Badge,
    Cell,
    Displayable,
    Legend,
    Quote,
    Section,
    Status,
    Table,
    render,
    word,
)
from vnhealthplan.core.messages import message
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.today import vietnam_today
from vnhealthplan.core.vocab import Lang
from vnhealthplan.data import indicators
from vnhealthplan.model.displays import assignment_status, number, plan_parts
from vnhealthplan.model.gap import Gap
from vnhealthplan.model.plan import Plan
from vnhealthplan.present.targetcell import target_cell, unit_text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["HTML", "STATUSES", "Status", "assignment_status", "show", "to_html"]


@attrs.frozen
class HTML:
    """Markup that notebooks display as HTML (what :func:`show` returns).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.audit import audit
    >>> shown = show(audit(plans.load("dak-lak-2024")), lang="en")
    >>> shown
    HTML(<table>, 2 rows)
    >>> shown._repr_html_() == shown.markup
    True
    """

    markup: str
    rows: int = 0

    def _repr_html_(self) -> str:
        return self.markup

    def __str__(self) -> str:
        return self.markup

    def __repr__(self) -> str:
        return f"HTML(<table>, {self.rows} rows)"


# ---- many records ---------------------------------------------------------------------------


def _plan_parts(plan: Plan, lang: Lang, as_of: date) -> tuple[Any, ...]:
    """The plan's own description, with the statuses of its targets and its audit."""
    statuses = []
    if plan.targets:
        frame = gaps_frame(plan, plan)
        for i in range(len(plan.targets)):
            observed, year = frame["observed"].iloc[i], frame["observed_year"].iloc[i]
            seen = "" if observed != observed else f"{number(observed, lang)} ({int(year)})"
            statuses.append((seen, _met_key(frame["met"].iloc[i])))
    findings = audit(plan)
    section = Section(word("audit", lang), len(findings), [_findings_table(findings, lang)])
    keys = tuple(f.severity for f in findings)
    return plan_parts(plan, lang, as_of, statuses=statuses, extra=(section,), extra_keys=keys)


def _findings_table(findings: Iterable[Finding], lang: Lang) -> Table:
    rows = []
    for f in findings:
        where = "; ".join(dict.fromkeys(f.sections))
        source = Cell(quote=Quote(where, f.quotes)) if where else Cell()
        rows.append([Cell(badge=Badge(f.severity)), Cell(f.check, code=True), Cell(f.text(lang)),
                     source])  # fmt: skip
    return Table("vhp-findings", ("status", "check", "message", "source"), rows)


def _met_key(met: Any) -> str:
    """Status key of a ``met`` value: True, False, or None / pandas.NA (unknown)."""
    import pandas as pd

    if met is None or met is pd.NA:
        return "unknown"
    return "met" if bool(met) else "not_met"


def _gaps_frame_parts(frame: pd.DataFrame, lang: Lang) -> tuple[tuple[Any, ...], int]:
    missing = sorted({"indicator", "year", "target", "observed", "met"} - set(frame.columns))
    if missing:
        expected = message("a frame with the columns of gaps_frame(); it lacks {columns}",
                           columns=", ".join(map(repr, missing)))  # fmt: skip
        raise ValidationError("show", "frame", list(frame.columns), expected)

    rows, keys = [], []
    for rec in frame.to_dict("records"):
        key = _met_key(rec["met"])
        keys.append(key)
        name = _indicator_name(indicators, rec["indicator"], lang)
        seen = "" if rec["observed"] != rec["observed"] else number(rec["observed"], lang)
        if seen and rec.get("observed_year") == rec.get("observed_year"):
            seen += f" ({int(rec['observed_year'])})"
        target = target_cell(rec, lang) if "comparator" in rec else number(rec["target"], lang)
        rows.append([
            Cell(rec.get("province") or word("none_named", lang)),
            Cell(name, note=rec["indicator"], note_code=True),
            Cell(rec["year"]),
            Cell(target, note=unit_text(rec.get("unit", ""), lang), inline=True),
            Cell(seen),
            Cell(number(rec.get("shortfall", float("nan")), lang)),
            Cell(badge=Badge(key)),
        ])  # fmt: skip
    heads = ("province", "indicator", "year", "target", "observed", "shortfall", "status")
    return (Legend(keys), Table("vhp-gaps", heads, rows)), len(rows)


def _indicator_name(catalogue: Any, code: str, lang: Lang) -> str:
    try:
        return str(catalogue.get(code).name(lang))
    except LookupError:  # a plan's own indicator: not in the catalogue
        return code


# ---- entry points ---------------------------------------------------------------------------


def to_html(obj: Any, *, lang: Lang | None = None, as_of: date | None = None) -> str:
    """HTML markup of a model object, in *lang* (the package language by default).

    Parameters
    ----------
    obj : Plan, Target, Indicator, Province, Facility, Assignment, Observation or Gap
        The record to show.
    lang : {"en", "vi"}, optional
        Labels and names in this language; quotes stay as printed (Vietnamese).
    as_of : datetime.date, optional
        The day assignments are judged on (overdue or not); today in Vietnam (UTC+7) by
        default.

    Returns
    -------
    str

    Raises
    ------
    TypeError
        For an object without an HTML display.

    Examples
    --------
    Thanh Hóa's appendix row 2, due "Quý II/2024", on 1 July 2024:

    >>> from datetime import date
    >>> from vnhealthplan import plans
    >>> row = plans.load("thanh-hoa-2023").assignments[1]
    >>> markup = to_html(row, lang="vi", as_of=date(2024, 7, 1))
    >>> "Quý II/2024" in markup, 'data-status="overdue"' in markup, "quá hạn" in markup
    (True, True, True)
    >>> to_html(42)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: to_html.obj: got 42; expected a Plan, Target, Indicator, \
Province, Facility, Assignment, Observation or Gap (there is no HTML display for int)
    """
    language = resolve_language(lang)
    day = vietnam_today() if as_of is None else as_of
    if isinstance(obj, Plan):
        return STYLE + render(_plan_parts(obj, language, day), language)
    if isinstance(obj, Displayable) and not isinstance(obj, type):
        return STYLE + render(obj.display_parts(language, day), language)
    expected = message(
        "a Plan, Target, Indicator, Province, Facility, Assignment, Observation "
        "or Gap (there is no HTML display for {kind})",
        kind=type(obj).__name__,
    )
    raise WrongTypeError("to_html", "obj", obj, expected)


def show(obj: Any, *, lang: Lang | None = None, as_of: date | None = None) -> HTML:
    """An object that notebooks display as an HTML table: for frames and lists too.

    Parameters
    ----------
    obj : pandas.DataFrame, iterable of Finding or Gap, or any object :func:`to_html` takes
        A gaps frame (:func:`vnhealthplan.gaps.gaps_frame`) gets a row per target with its
        status; findings (:func:`vnhealthplan.audit.audit`) a row each.
    lang : {"en", "vi"}, optional
    as_of : datetime.date, optional
        For assignments; today in Vietnam (UTC+7) by default.

    Returns
    -------
    HTML

    Raises
    ------
    ValueError
        For a frame without the columns of a gaps frame.
    TypeError
        For anything else without an HTML display.

    Examples
    --------
    An Giang's targets against the plan's own end-2017 figure (76,5 % insured):

    >>> from vnhealthplan import plans
    >>> from vnhealthplan.gaps import gaps_frame
    >>> an_giang = plans.load("an-giang-2018")
    >>> shown = show(gaps_frame(an_giang, an_giang), lang="vi")
    >>> shown.rows, shown.markup.count('data-status="not_met"') - 1  # minus the legend's
    (67, 3)
    """
    language = resolve_language(lang)
    if hasattr(obj, "columns") and hasattr(obj, "to_dict"):
        parts, rows = _gaps_frame_parts(obj, language)
        return HTML(STYLE + render(parts, language), rows)
    if isinstance(obj, Iterable) and not isinstance(obj, str):
        items = list(obj)
        if all(isinstance(f, Finding) for f in items):
            parts = (Legend(f.severity for f in items), _findings_table(items, language))
            return HTML(STYLE + render(parts, language), len(items))
        if all(isinstance(g, Gap) for g in items):
            parts = tuple(g.display_parts(language, vietnam_today()) for g in items)
            return HTML(STYLE + render(parts, language), len(items))
        expected = message("findings, gaps, a gaps frame or a model object")
        raise WrongTypeError("show", "obj", obj, expected)
    return HTML(to_html(obj, lang=language, as_of=as_of), 1)
