"""What a review report says, in Vietnamese or English, whatever the file format.

A report is laid out the way Vietnamese departments circulate a báo cáo sơ kết / tổng
kết: a heading block (the issuing body left, the national motto right), a title, then
four sections: I. results of each target (a table), II. the resources still missing,
III. progress, IV. the sources of the figures. :func:`report_parts` gives them as plain
data (text and numbers); the writers of :mod:`vnhealthplan.present.review` lay them out.

Examples
--------
>>> from datetime import date
>>> from vnhealthplan.analysis.review import review
>>> parts = report_parts(review("dak-lak-2024", as_of=date(2026, 1, 31)), "vi")
>>> parts.left, parts.title
(('UBND TỈNH ĐẮK LẮK', 'SỞ Y TẾ'), 'BÁO CÁO')
>>> [t.title for t in parts.tables]  # doctest: +NORMALIZE_WHITESPACE
['I. Kết quả thực hiện các chỉ tiêu', 'II. Nguồn lực còn thiếu', 'III. Tiến độ',
 'IV. Nguồn số liệu']
"""

from __future__ import annotations

import math
from typing import Any, Final

import attrs

from vnhealthplan.analysis.frames.records import scope_text
from vnhealthplan.analysis.progress.method import method_said
from vnhealthplan.analysis.review import Figure, Review, ReviewRow, source_text
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.plural import counted
from vnhealthplan.core.vocab import Lang, TargetKind
from vnhealthplan.text.numbers import format_number
from vnhealthplan.text.phrases import format_target
from vnhealthplan.text.units import format_unit

__all__ = ["ReportParts", "ReportTable", "cell_text", "report_parts"]

#: Words of the report by key, in English; :func:`_w` gives them in a language (Vietnamese
#: from ``core/locale/vi/review.po``, context ``review``).
_W: Final[dict[str, str]] = {
    "motto": "SOCIALIST REPUBLIC OF VIETNAM",
    "motto2": "Independence - Freedom - Happiness",
    "title": "REPORT",
    "subtitle": "Results on the targets of {plan}",
    "plan": "Plan {plan}",
    "date": "{place}, {day}/{month}/{year}",
    "people": "{province} PROVINCIAL PEOPLE'S COMMITTEE",
    "health": "DEPARTMENT OF HEALTH",
    "reporter": "(Reporting body)",
    "t1": "I. Results on the targets",
    "t2": "II. Resources still missing",
    "t3": "III. Progress",
    "t4": "IV. Sources of the figures",
    "yes": "Met",
    "no": "Not met",
    "unknown": "No data",
    "unassessed": "Cannot be assessed",
    "whole": "Whole province",
    "country": "Whole country",
    "no_pop": "No population figure: the counts still needed are not computed.",
    "pop": "Population {value} ({year}), source: {source}",
    "method": "Progress assessed by the {method} method (needs figures of at least 2 years).",
    "left_out": "{count} figures of the files given are of another province than {province}: "
    "left out.",
    "needs_base": "{indicator} ({year}): a change is measured from the figure of {needed} or "
    "before (the plan starts in {start}); there is none, so it cannot be assessed.",
    "target": "Target",
    "observed": "Observed",
    "baseline": "Baseline",
    "population": "Population",
}

#: "left_out" for one figure (English only: Vietnamese has no plural).
_ONE_LEFT_OUT: Final = ("{count} figure of the files given is of another province than "
                        "{province}: left out.")  # fmt: skip

#: Column headings of the four tables, in English.
_HEADERS: Final[dict[str, tuple[str, ...]]] = {
    "t1": (
        "No.",
        "Indicator",
        "Scope",
        "Year",
        "Target as written",
        "Unit",
        "Baseline",
        "Baseline year",
        "Latest observed",
        "Observed year",
        "Assessment",
        "Shortfall",
    ),
    "t2": (
        "No.",
        "Indicator",
        "Year",
        "Target as written",
        "Population",
        "Population year",
        "Required",
        "Current",
        "Still needed",
        "Unit",
        "Population source",
    ),
    "t3": (
        "No.",
        "Indicator",
        "Year",
        "Target as written",
        "Base year",
        "Base value",
        "Latest year",
        "Latest value",
        "Status",
        "Method",
    ),
    "t4": ("No.", "Figure", "Value", "Year", "Source"),
}


def _needs_population(r: Review) -> bool:
    """Whether a target of the review counts per person (a ratio to the population, not a
    change): only then does a missing population leave counts uncomputed."""
    return any(row.target.kind is not TargetKind.CHANGE
               and row.target.indicator.unit.dimensionality.get("[population]", 0) == -1
               for row in r.rows)  # fmt: skip


def _w(key: str, lang: Lang, **fields: Any) -> str:
    return translate(_W[key], lang, context="review", **fields)


def _headers(key: str, lang: Lang) -> tuple[str, ...]:
    return tuple(translate(h, lang, context="review") for h in _HEADERS[key])


@attrs.frozen
class ReportTable:
    """One section's table: a title, a note, a header row, rows of text and numbers."""

    key: str
    title: str
    note: str
    header: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@attrs.frozen
class ReportParts:
    """A review report as data: heading block, title, place and date, the four tables."""

    lang: Lang
    left: tuple[str, ...]
    right: tuple[str, ...]
    place_date: str
    title: str
    subtitle: str
    tables: tuple[ReportTable, ...]


def cell_text(value: Any, lang: Lang) -> str:
    """A cell as text: numbers the Vietnamese (or English) way, NaN and None empty.

    Examples
    --------
    >>> cell_text(5130.0, "vi"), cell_text(17.6, "vi"), cell_text(2025, "vi"), cell_text(None, "vi")
    ('5.130', '17,6', '2025', '')
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool | int):
        return str(value)
    if isinstance(value, float):
        return format_number(round(value, 2), lang)
    return str(value)


def _plan_words(r: Review, lang: Lang) -> str:
    doc = r.plan.document
    if r.plan.key == "national":
        return doc.title
    number = translate("{number}", lang, context="document number", number=doc.number)
    issued = doc.issued.strftime("%d/%m/%Y") if doc.issued else ""
    when = translate(" of {date}", lang, context="review", date=issued) if issued else ""
    of = translate(" by ", lang, context="review")
    return _w("plan", lang, plan=f"{number if doc.number else ''}{when}{of}{doc.issuer}".strip())


def _heading(r: Review, lang: Lang) -> tuple[tuple[str, ...], str]:
    province = r.plan.province
    if province is None:
        left: tuple[str, ...] = (_w("reporter", lang),)
        place = translate("Ha Noi", lang, context="review")
    else:
        left = (_w("people", lang, province=province.name.upper()), _w("health", lang))
        place = province.name
    d = r.as_of
    return left, _w("date", lang, place=place, day=d.day, month=d.month, year=d.year)


def _assessment(row: ReviewRow, lang: Lang) -> str:
    if row.met is None:  # no figure, or a change without a figure to measure it from
        return _w("unknown" if row.latest is None else "unassessed", lang)
    return _w("yes" if row.met else "no", lang)


def _name(row: ReviewRow, lang: Lang) -> str:
    return row.target.indicator.name(lang)


def _results(r: Review, lang: Lang) -> tuple[tuple[Any, ...], ...]:
    whole = _w("whole" if r.plan.province else "country", lang)
    out = []
    for i, row in enumerate(r.rows, 1):
        t, b, lt = row.target, row.baseline, row.latest
        out.append((
            i, _name(row, lang), scope_text(t.scope, lang) or whole, t.year,
            format_target(t, lang),
            format_unit(t.indicator.unit, lang), b.value if b else None, b.year if b else None,
            lt.value if lt else None, lt.year if lt else None, _assessment(row, lang),
            row.shortfall if row.met is False else None,
        ))  # fmt: skip
    return tuple(out)


def _population_source(r: Review, lang: Lang) -> str:
    """The population's source in *lang*: the figure keeps its source in English ("as
    restated by …"), the observation it came from can say it in either language."""
    if r.population is None:
        return ""
    for obs in r.observations:
        if obs.indicator.code == "population" and Figure.of(obs) == r.population:
            return source_text(obs.source, lang) or r.population.source
    return r.population.source


def _needed(r: Review, lang: Lang) -> tuple[tuple[Any, ...], ...]:
    out = []
    rows = [row for row in r.rows if row.needed is not None]
    source = _population_source(r, lang)
    for i, row in enumerate(rows, 1):
        n = row.needed
        assert n is not None
        current = None if n.current is None else float(n.current.magnitude)
        additional = None if n.additional is None else max(float(n.additional.magnitude), 0.0)
        out.append((
            i, _name(row, lang), row.target.year, format_target(row.target, lang),
            float(n.population.magnitude), n.population_year, float(n.required.magnitude),
            current, additional, format_unit(n.required.units, lang), source,
        ))  # fmt: skip
    return tuple(out)


def _progress(r: Review, lang: Lang) -> tuple[tuple[Any, ...], ...]:
    out = []
    rows = [row for row in r.rows if row.progress is not None]
    for i, row in enumerate(rows, 1):
        p = row.progress
        assert p is not None
        label = p.label_vi if lang == "vi" else p.label_en  # the method's labels
        out.append((
            i, _name(row, lang), row.target.year, format_target(row.target, lang), p.base_year,
            p.base_value, p.year, p.value, label, p.method,
        ))  # fmt: skip
    return tuple(out)


def _figures(r: Review, lang: Lang) -> list[tuple[str, Figure | None, str]]:
    """Every figure the report shows: (what, figure, source)."""
    seen: list[tuple[str, Figure | None, str]] = []
    for row in r.rows:
        t = row.target
        what = f"{_w('target', lang)}: {t.indicator.name(lang)} ({t.year})"
        seen.append((what, None, source_text(t.source, lang)))
    for obs in r.observations:
        if obs.indicator.code == "population":
            what = _w("population", lang)
        else:
            what = f"{_w('observed', lang)}: {obs.indicator.name(lang)}"
        f = Figure.of(obs, lang)  # its source in lang, with its notes
        seen.append((what, f, f.source))
    if r.population is not None and r.population.year is None:
        seen.append((_w("population", lang), r.population, r.population.source))
    return seen


def _sources(r: Review, lang: Lang) -> tuple[tuple[Any, ...], ...]:
    out: list[tuple[Any, ...]] = []
    for i, (what, f, source) in enumerate(_figures(r, lang), 1):
        if f is None:  # a target: its value as written
            t = r.rows[i - 1].target
            out.append((i, what, format_target(t, lang), t.year, source))
        else:
            out.append((i, what, f.value, f.year, source))
    return tuple(out)


def report_parts(r: Review, lang: Lang = "vi") -> ReportParts:
    """The contents of a review report in *lang* ("vi", the default, or "en").

    Examples
    --------
    >>> from datetime import date
    >>> from vnhealthplan.analysis.review import review
    >>> parts = report_parts(review("national", as_of=date(2026, 1, 31)), "en")
    >>> parts.right[0], parts.subtitle[:42]
    ('SOCIALIST REPUBLIC OF VIETNAM', 'Results on the targets of Nghị quyết 20-NQ')
    >>> [cell_text(c, "en") for c in parts.tables[2].rows[7][1:9]]
    ['Doctors per 10,000 population', '2025', '10 doctors per 10,000 population', \
'2019', '8.8', '2025', '15', 'Target achieved']
    """
    left, place_date = _heading(r, lang)
    method = _w("method", lang, method=method_said(r.method, lang))
    pop = _w("no_pop", lang) if _needs_population(r) else ""
    if r.population is not None:
        year = "" if r.population.year is None else r.population.year
        pop = _w("pop", lang, value=cell_text(r.population.value, lang), year=year,
                 source=_population_source(r, lang))  # fmt: skip
    left_out = ""
    if r.ignored:
        province = r.plan.province.name if r.plan.province else r.plan.key
        left_out = counted(r.ignored, _ONE_LEFT_OUT, _W["left_out"], lang, context="review",
                           count=r.ignored, province=province)  # fmt: skip
    unmeasured = [_w("needs_base", lang, indicator=_name(row, lang), year=row.target.year,
                     needed=row.baseline_needed, start=row.target.start_year)
                  for row in r.rows if row.baseline_needed is not None]  # fmt: skip
    results_note = " ".join(n for n in (left_out, *unmeasured) if n)
    tables = (
        ReportTable("results", _w("t1", lang), results_note, _headers("t1", lang),
                    _results(r, lang)),
        ReportTable("needed", _w("t2", lang), pop, _headers("t2", lang),
                    _needed(r, lang)),
        ReportTable("progress", _w("t3", lang), method, _headers("t3", lang),
                    _progress(r, lang)),
        ReportTable("sources", _w("t4", lang), "", _headers("t4", lang),
                    _sources(r, lang)),
    )  # fmt: skip
    return ReportParts(
        lang, left, (_w("motto", lang), _w("motto2", lang)), place_date, _w("title", lang),
        _w("subtitle", lang, plan=_plan_words(r, lang)), tables,
    )  # fmt: skip
