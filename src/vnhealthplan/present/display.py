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
from vnhealthplan.analysis.gaps import Gap
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.facility import Facility
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.province import Province
from vnhealthplan.model.target import Target
from vnhealthplan.present.html_parts import (
    _ASSIGNMENT_KEYS,
    _FACILITY_KEYS,
    _STYLE,
    STATUSES,
    Status,
    _assignment_cells,
    _badge,
    _e,
    _facility_cells,
    _gap_html,
    _indicator_html,
    _legend,
    _number,
    _period,
    _province_html,
    _scope,
    _source,
    _table,
    _target_cells,
    _target_html,
    _w,
    assignment_status,
)

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


def _section(title: str, count: int, body: str, *, open_: bool = False) -> str:
    state = " open" if open_ else ""
    return f"<details{state}><summary><b>{_e(title)}</b> ({count})</summary>{body}</details>"


def _plan_targets(plan: Plan, lang: Lang) -> tuple[str, list[str]]:
    from vnhealthplan.analysis.gaps import gaps_frame

    frame = gaps_frame(plan, plan) if plan.targets else None
    keys: list[str] = []
    rows = []
    for i, t in enumerate(plan.targets):
        assert frame is not None
        key = _met_key(frame["met"].iloc[i])
        observed = frame["observed"].iloc[i]
        year = frame["observed_year"].iloc[i]
        seen = "" if observed != observed else f"{_number(observed, lang)} ({int(year)})"
        keys.append(key)
        rows.append([*_target_cells(t, lang), _e(seen), _badge(key, lang), _source(t.source, lang)])
    heads = ("indicator", "target", "period", "scope", "observed", "status", "source")
    return _table((_w(k, lang) for k in heads), rows, "vhp-targets"), keys


def _observation_cells(o: Observation, lang: Lang) -> list[str]:
    from vnhealthplan.text import format_quantity

    try:
        value = format_quantity(o.value, lang)
    except ValueError:
        value = f"{o.value.magnitude:g} {o.value.units}"
    return [
        _e(o.indicator.name(lang)),
        _e(value),
        _e(_period(o.period, lang)),
        _scope(o.scope, lang),
        _source(o.source, lang),
    ]


def _document_html(plan: Plan, lang: Lang) -> str:
    doc = plan.document
    where = plan.province.name if plan.province else _w("none_named", lang)
    number = doc.number or _w("no_number", lang)
    issued = doc.issued.strftime("%d/%m/%Y") if doc.issued else _w("undated", lang)
    return (
        f'<div class="vhp-plan-head"><b>{_e(doc.title)}</b><br>'
        f"{_e(doc.issuer)} · {_e(number)} · {_e(issued)} · {_e(where)} · "
        f"<code>{_e(plan.key)}</code></div>"
    )


def _plan_html(plan: Plan, lang: Lang, as_of: date) -> str:
    targets, keys = _plan_targets(plan, lang)
    heads = [_w(k, lang) for k in ("indicator", "value", "period", "scope", "source")]
    observations = _table(
        heads, (_observation_cells(o, lang) for o in plan.observations), "vhp-obs"
    )
    facilities = _table(
        (_w(k, lang) for k in _FACILITY_KEYS),
        (_facility_cells(f, lang) for f in plan.facilities),
        "vhp-facilities",
    )
    assignment_keys = [assignment_status(a, as_of) for a in plan.assignments]
    assignments = _table(
        (_w(k, lang) for k in _ASSIGNMENT_KEYS),
        (_assignment_cells(a, lang, as_of) for a in plan.assignments),
        "vhp-assignments",
    )
    findings = audit(plan)
    parts = [
        _document_html(plan, lang),
        _legend([*keys, *assignment_keys, *(f.severity for f in findings)], lang),
        _section(_w("targets", lang), len(plan.targets), targets, open_=True),
        _section(_w("observations", lang), len(plan.observations), observations),
        _section(_w("facilities", lang), len(plan.facilities), facilities),
        _section(
            f"{_w('assignments', lang)}, {_w('as_of', lang)} {as_of.isoformat()}",
            len(plan.assignments),
            assignments,
        ),
        _section(_w("audit", lang), len(findings), _findings_table(findings, lang)),
    ]
    return f'<div class="vhp vhp-plan">{"".join(parts)}</div>'


def _findings_table(findings: Iterable[Finding], lang: Lang) -> str:
    rows = []
    for f in findings:
        quotes = "".join(f'<li><q lang="vi">{_e(q)}</q></li>' for q in dict.fromkeys(f.quotes))
        where = _e("; ".join(dict.fromkeys(f.sections)))
        source = (
            f"<details><summary>§ {where}</summary><ul>{quotes}</ul></details>" if where else ""
        )
        rows.append(
            [_badge(f.severity, lang), f"<code>{_e(f.check)}</code>", _e(f.message), source]
        )
    heads = (_w(k, lang) for k in ("status", "check", "message", "source"))
    return _table(heads, rows, "vhp-findings")


def _met_key(met: Any) -> str:
    """Status key of a ``met`` value: True, False, or None / pandas.NA (unknown)."""
    import pandas as pd

    if met is None or met is pd.NA:
        return "unknown"
    return "met" if bool(met) else "not_met"


def _gaps_frame_html(frame: pd.DataFrame, lang: Lang) -> tuple[str, int]:
    missing = sorted({"indicator", "year", "target", "observed", "met"} - set(frame.columns))
    if missing:
        raise ValueError(
            f"show: a frame needs the columns of gaps_frame(); missing {', '.join(missing)}"
        )
    from vnhealthplan.data import indicators

    rows, keys = [], []
    for rec in frame.to_dict("records"):
        key = _met_key(rec["met"])
        keys.append(key)
        name = _indicator_name(indicators, rec["indicator"], lang)
        seen = "" if rec["observed"] != rec["observed"] else _number(rec["observed"], lang)
        if seen and rec.get("observed_year") == rec.get("observed_year"):
            seen += f" ({int(rec['observed_year'])})"
        target = f"{_e(rec.get('comparator', ''))} {_e(_number(rec['target'], lang))}"
        rows.append([
            _e(rec.get("province") or _w("none_named", lang)),
            f"{_e(name)}<br><small><code>{_e(rec['indicator'])}</code></small>",
            _e(rec["year"]),
            f"{target} <small>{_e(rec.get('unit', ''))}</small>",
            _e(seen),
            _e(_number(rec.get("shortfall", float("nan")), lang)),
            _badge(key, lang),
        ])  # fmt: skip
    heads = ("province", "indicator", "year", "target", "observed", "shortfall", "status")
    table = _table((_w(k, lang) for k in heads), rows, "vhp-gaps")
    return _legend(keys, lang) + table, len(rows)


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
        The day assignments are judged on (overdue or not); today by default.

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
    TypeError: to_html: no HTML display for int; expected a Plan, Target, Indicator, \
Province, Facility, Assignment, Observation or Gap
    """
    return _STYLE + _markup(obj, resolve_language(lang), date.today() if as_of is None else as_of)


def _markup(obj: Any, language: Lang, day: date) -> str:
    if isinstance(obj, Plan):
        return _plan_html(obj, language, day)
    if isinstance(obj, Target):
        return _target_html(obj, language)
    if isinstance(obj, Gap):
        return _gap_html(obj, language)
    if isinstance(obj, Assignment):
        heads = (_w(k, language) for k in _ASSIGNMENT_KEYS)
        return _table(heads, [_assignment_cells(obj, language, day)], "vhp-assignment")
    if isinstance(obj, Facility):
        heads = (_w(k, language) for k in _FACILITY_KEYS)
        return _table(heads, [_facility_cells(obj, language)], "vhp-facility")
    if isinstance(obj, Observation):
        heads = (_w(k, language) for k in ("indicator", "value", "period", "scope", "source"))
        return _table(heads, [_observation_cells(obj, language)], "vhp-observation")
    if isinstance(obj, Indicator):
        return _indicator_html(obj, language)
    if isinstance(obj, Province):
        return _province_html(obj, language)
    raise TypeError(
        f"to_html: no HTML display for {type(obj).__name__}; expected a Plan, Target, "
        "Indicator, Province, Facility, Assignment, Observation or Gap"
    )


def show(obj: Any, *, lang: Lang | None = None, as_of: date | None = None) -> HTML:
    """An object that notebooks display as an HTML table: for frames and lists too.

    Parameters
    ----------
    obj : pandas.DataFrame, iterable of Finding or Gap, or any object :func:`to_html` takes
        A gaps frame (:func:`vnhealthplan.gaps.gaps_frame`) gets a row per target with its
        status; findings (:func:`vnhealthplan.audit.audit`) a row each.
    lang : {"en", "vi"}, optional
    as_of : datetime.date, optional
        For assignments; today by default.

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
        markup, rows = _gaps_frame_html(obj, language)
        return HTML(_STYLE + markup, rows)
    if isinstance(obj, Iterable) and not isinstance(obj, str):
        items = list(obj)
        if all(isinstance(f, Finding) for f in items):
            legend = _legend((f.severity for f in items), language)
            return HTML(_STYLE + legend + _findings_table(items, language), len(items))
        if all(isinstance(g, Gap) for g in items):
            return HTML(_STYLE + "".join(_gap_html(g, language) for g in items), len(items))
        raise TypeError("show: expected findings, gaps, a gaps frame or a model object")
    return HTML(to_html(obj, lang=language, as_of=as_of), 1)
