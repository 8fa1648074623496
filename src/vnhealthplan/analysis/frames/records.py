"""A plan's records as tidy frames: targets, observations, facilities, assignments.

Each function takes one plan or several (their rows one after another) and gives one row
per record, with the columns of :func:`~vnhealthplan.frames.columns`.

Examples
--------
The Đắk Lắk 2024 plan's bed rows, built by hand (the bundled plans come later):

>>> from vnhealthplan import Document, Plan, Period, Source, Target, indicators, provinces
>>> doc = Document("Kế hoạch thực hiện Nghị quyết số 01/NQ-CP năm 2024 - Lĩnh vực Y tế",
...                "Sở Y tế Đắk Lắk")
>>> quote = "Số giường bệnh/vạn dân (không tính giường bệnh trạm y tế)\\tGiường bệnh\\t29"
>>> beds = Target(indicators.get("beds_per_10k"), 29, Period.year(2024), "=",
...               source=Source(doc, "I.8", quote))
>>> plan = Plan("dak-lak-2024", doc, province=provinces.get("Đắk Lắk"), targets=[beds])
>>> targets_frame(plan)[["province", "year", "indicator", "comparator", "value", "unit"]]
  province  year     indicator comparator  value                       unit
0  Đắk Lắk  2024  beds_per_10k          =   29.0  bed / ten_thousand_people
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from vnhealthplan.analysis.frames.layout import SOURCE_COLUMNS, tidy_frame, vocab_value
from vnhealthplan.core.errors import WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.facility import Facility
from vnhealthplan.model.notes import notes_in
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Source
from vnhealthplan.model.target import Scope, Target
from vnhealthplan.text.units import format_unit

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "assignments_frame",
    "facilities_frame",
    "observations_frame",
    "scope_text",
    "source_columns",
    "targets_frame",
    "unit_as_written",
]


def _plans(plans: Plan | Iterable[Plan], name: str) -> Iterator[Plan]:
    for plan in [plans] if isinstance(plans, Plan) else plans:
        if not isinstance(plan, Plan):
            raise WrongTypeError(name, "plans", plan, message("a Plan or Plan objects"))
        yield plan


def _rows(
    plans: Plan | Iterable[Plan], name: str, row: Callable[[Plan, Any], dict[str, Any]], what: str
) -> Iterator[dict[str, Any]]:
    for plan in _plans(plans, name):
        yield from (row(plan, record) for record in getattr(plan, what))


def source_columns(source: Source | None) -> dict[str, str | None]:
    """The ``section, quote, reading`` columns of a record's source (None without one).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> source_columns(plans.load("dak-lak-2024").targets[0].source)["section"]
    'I. CÁC CHỈ TIÊU, dòng 1'
    """
    if source is None:
        return dict.fromkeys(SOURCE_COLUMNS)
    return {"section": source.section, "quote": source.quote, "reading": source.reading}


def unit_as_written(unit: Any, lang: Lang | None = None) -> str:
    """A unit as a frame's ``unit`` column shows it in *lang*.

    In Vietnamese as the plans write it ("giường bệnh/vạn dân"); in English the spelling
    of the package's unit registry ("bed / ten_thousand_people"), which reads back with
    :func:`vnhealthplan.units.as_unit`.

    Examples
    --------
    >>> from vnhealthplan.units import as_unit
    >>> unit = as_unit("bed / ten_thousand_people")
    >>> unit_as_written(unit, "vi"), unit_as_written(unit, "en")
    ('giường bệnh/vạn dân', 'bed / ten_thousand_people')
    """
    if resolve_language(lang) == "vi":
        try:
            return format_unit(unit, "vi")
        except ValueError:  # a unit the text layer has no name for: its registry spelling
            return str(unit)
    return str(unit)


def scope_text(scope: Scope, lang: Lang | None = None) -> str:
    """A target's or observation's scope as its ``scope`` column shows it in *lang*.

    Its province, tier and kind of facility (labels in *lang*) and its description (as
    the plan wrote it), joined with "; " (empty for the whole plan).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> beds = plans.load("dak-lak-2024").targets_for("total_beds")[2]
    >>> scope_text(beds.scope, "vi")
    'tuyến huyện; Tuyến huyện, thành phố, TX; không tính giường bệnh trạm y tế'
    >>> scope_text(beds.scope, "en") == str(beds.scope)
    True
    """
    chosen = resolve_language(lang)
    parts = [
        str(scope.province) if scope.province else "",
        scope.tier.label(chosen) if scope.tier else "",
        scope.facility_kind.label(chosen) if scope.facility_kind else "",
        scope.description,
    ]
    return "; ".join(p for p in parts if p)


def _measure(
    plan: Plan, record: Target | Observation, province: Province | None, lang: Lang
) -> dict[str, Any]:
    """The columns targets and observations share: plan, place, indicator, time."""
    province = province or plan.province
    return {
        "plan": plan.key,
        "province": province.name if province else None,
        "indicator": record.indicator.code,
        "indicator_name": record.indicator.name(lang),
        "year": record.year,
        "period_start": record.period.start,
        "period_end": record.period.end,
    }


def targets_frame(plans: Plan | Iterable[Plan], lang: Lang | None = "en") -> pd.DataFrame:
    """The targets of one plan or several as a tidy frame, one row per target.

    Values are in each indicator's own unit, so that one indicator's rows compare.

    Parameters
    ----------
    plans : Plan or iterable of Plan
    lang : {"en", "vi"} or None
        Language of the values: ``indicator_name``, ``unit`` (as written in Vietnamese,
        the registry's spelling in English), ``kind`` and ``comparator`` (codes in
        English, labels in Vietnamese). English by default, whatever the package
        language, so that code reading the frame keeps working when the language
        changes; None: the package language (:func:`vnhealthplan.options.set_language`).
        Column names are the same codes in every language
        (:func:`~vnhealthplan.frames.labelled` heads them for people).

    Returns
    -------
    pandas.DataFrame
        Columns ``plan, province, indicator, indicator_name, year, period_start,
        period_end, kind, comparator, value, upper, unit, scope, baseline_value,
        baseline_year, start_year, notes, section, quote, reading``; ``start_year`` is
        :attr:`Target.start_year <vnhealthplan.Target.start_year>`, the year a change target
        is measured from (:func:`~vnhealthplan.gaps.gaps_frame` reads it back); ``notes``
        are the curator's, in *lang* (:func:`~vnhealthplan.model.notes.notes_in`).

    Examples
    --------
    Thanh Hóa's bed targets, "39 giường bệnh" by 2030 and 40 by 2045:

    >>> from vnhealthplan import plans
    >>> frame = targets_frame(plans.load("thanh-hoa-2023"))
    >>> beds = frame.loc[frame.indicator == "beds_per_10k"]
    >>> print(beds[["year", "comparator", "value", "section"]].to_string(index=False))
     year comparator  value  section
     2030          =   39.0 II.1.2.a
     2045          =   40.0 II.1.2.b
    """

    lang = resolve_language(lang)

    def row(plan: Plan, t: Target) -> dict[str, Any]:
        unit = t.indicator.unit
        return {
            **_measure(plan, t, t.scope.province, lang),
            "kind": vocab_value("targets", "kind", t.kind, lang),
            "comparator": vocab_value("targets", "comparator", t.comparator, lang),
            "value": float(t.value.to(unit).magnitude),
            "upper": None if t.upper is None else float(t.upper.to(unit).magnitude),
            "unit": unit_as_written(unit, lang),
            "scope": scope_text(t.scope, lang),
            "baseline_value": None
            if t.baseline is None
            else float(t.baseline.value.to(unit).magnitude),
            "baseline_year": None if t.baseline is None else t.baseline.period.last_year,
            "start_year": t.start_year,  # a change is measured from its figure (gaps_frame)
            "notes": notes_in(t, lang),
            **source_columns(t.source),
        }

    return tidy_frame(_rows(plans, "targets_frame", row, "targets"), "targets", lang)


def observations_frame(plans: Plan | Iterable[Plan], lang: Lang | None = "en") -> pd.DataFrame:
    """The status figures one plan or several report, one row per observation.

    Values are in each indicator's own unit; an observation without a province takes its
    plan's.

    Returns
    -------
    pandas.DataFrame
        Columns ``plan, province, indicator, indicator_name, year, period_start,
        period_end, value, unit, scope, notes, section, quote, reading``.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> frame = observations_frame(plans.load("an-giang-2018"))
    >>> print(frame[["indicator", "year", "value", "unit", "quote"]].to_string(index=False))
                    indicator  year  value    unit                                       quote
    health_insurance_coverage  2017   76.5 percent đến cuối năm 2017, chỉ mới đạt 76,5% dân số
    """

    lang = resolve_language(lang)

    def row(plan: Plan, o: Observation) -> dict[str, Any]:
        return {
            **_measure(plan, o, o.province, lang),
            "value": float(o.value.to(o.indicator.unit).magnitude),
            "unit": unit_as_written(o.indicator.unit, lang),
            "scope": scope_text(o.scope, lang),
            "notes": notes_in(o, lang),
            **source_columns(o.source),
        }

    return tidy_frame(_rows(plans, "observations_frame", row, "observations"), "observations", lang)


def facilities_frame(plans: Plan | Iterable[Plan], lang: Lang | None = "en") -> pd.DataFrame:
    """The facilities of one plan or several as a frame, one row per facility.

    Returns
    -------
    pandas.DataFrame
        Columns ``plan, province, name, kind, tier, rank, ownership, beds,
        autonomy_group, notes, section, quote, reading``; vocabulary columns hold labels
        in *lang*.

    Examples
    --------
    Thanh Hóa's plan lists nine hospitals at rank I ("09 bệnh viện Hạng I") by 2025:

    >>> from vnhealthplan import plans
    >>> frame = facilities_frame(plans.load("thanh-hoa-2023"), lang="vi")
    >>> rank_one = frame.loc[frame["rank"] == "hạng I", "name"]
    >>> len(rank_one), rank_one.head(3).tolist()
    (9, ['Bệnh viện Đa khoa tỉnh', 'Bệnh viện Mắt', 'Bệnh viện Ung bướu'])
    """

    lang = resolve_language(lang)

    def row(plan: Plan, f: Facility) -> dict[str, Any]:
        province = f.province or plan.province
        return {
            "plan": plan.key,
            "province": province.name if province else None,
            "name": f.name,
            "kind": vocab_value("facilities", "kind", f.kind, lang),
            "tier": vocab_value("facilities", "tier", f.tier, lang),
            "rank": vocab_value("facilities", "rank", f.rank, lang),
            "ownership": vocab_value("facilities", "ownership", f.ownership, lang),
            "beds": f.beds,
            "autonomy_group": int(f.autonomy_group) if f.autonomy_group else None,
            "notes": notes_in(f, lang),
            **source_columns(f.source),
        }

    return tidy_frame(_rows(plans, "facilities_frame", row, "facilities"), "facilities", lang)


def assignments_frame(plans: Plan | Iterable[Plan], lang: Lang | None = "en") -> pd.DataFrame:
    """The assignments of one plan or several as a frame, one row per assignment.

    Parameters
    ----------
    plans : Plan or iterable of Plan
    lang : {"en", "vi"} or None
        Language of the ``notes`` (the rest is the plan's own Vietnamese text); English
        by default, as in :func:`targets_frame`.

    Returns
    -------
    pandas.DataFrame
        Columns ``plan, task, lead, partners, submitted_to, due_start, due_end, product,
        completed, notes, section, quote, reading``; ``partners`` joins the partner
        agencies with "; ".

    Examples
    --------
    Thanh Hóa's appendix, due "Quý IV/2022" and "Quý II/2024":

    >>> from vnhealthplan import plans
    >>> frame = assignments_frame(plans.load("thanh-hoa-2023"))
    >>> print(frame[["lead", "due_start", "due_end", "section"]].head(2).to_string(index=False))
           lead  due_start    due_end         section
     Phòng TCVH 2022-10-01 2022-12-31 Phụ lục, dòng 1
    Phòng KH-TC 2024-04-01 2024-06-30 Phụ lục, dòng 2
    """

    def row(plan: Plan, a: Assignment) -> dict[str, Any]:
        return {
            "plan": plan.key,
            "task": a.task,
            "lead": a.lead,
            "partners": "; ".join(a.partners),
            "submitted_to": a.submitted_to,
            "due_start": a.due.start if a.due else None,
            "due_end": a.due.end if a.due else None,
            "product": a.product,
            "completed": a.completed,
            "notes": notes_in(a, chosen),
            **source_columns(a.source),
        }

    chosen = resolve_language(lang)
    return tidy_frame(_rows(plans, "assignments_frame", row, "assignments"), "assignments")
