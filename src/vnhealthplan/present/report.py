"""Plain-text reports of a plan for the terminal: targets, implied counts, audit, gaps.

The reports render text; the data they show come from the analysis layer
(:func:`plan_gaps`, :func:`plan_observations` and :func:`plan_progress` are re-exported
from there). Every word goes through :func:`vnhealthplan.core.i18n.translate` and every
number through :func:`vnhealthplan.text.format_number`, so that ``lang="vi"`` gives
Vietnamese lines ("5.130 giường bệnh", "17,6 %"). Tables show indicator names and units as
the plans write them; ``codes=True`` adds the indicator codes as a last column. Columns are
aligned by display width and wrapped to *width* (by default the terminal's, see
:func:`vnhealthplan.core.terminal.table`).

Examples
--------
>>> from vnhealthplan import plans
>>> print(plan_report(plans.load("dak-lak-2024"), width=100))  # doctest: +ELLIPSIS
dak-lak-2024: Sở Y tế Đắk Lắk, (no number) (undated) — Đắk Lắk
...
Year  Indicator                          Target   Unit                           Note
...
2024  Hospital beds                      = 5,130  beds
2024  Hospital beds                      = 2,430  beds                           provincial
...
Implied counts for the 1,768,966 people the plan's own figures imply
  Hospital beds per 10,000 population (2024): 29 → 5,130 beds
  Doctors per 10,000 population (2024): 7.7 → 1,362 doctors
<BLANKLINE>
Audit
  info     parts_sum: total_beds 2024: 2,430 + 2,700 = 5,130 bed
  info     implied_population: 5,130 bed at 29 bed / ten_thousand_people (2024) implies ...
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from vnhealthplan.analysis.audit import Finding, audit
from vnhealthplan.analysis.planstatus import (
    plan_gaps,
    plan_observations,
    plan_progress,
    progress_targets,
)
from vnhealthplan.analysis.progress.method import method_said
from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.plural import counted
from vnhealthplan.core.terminal import table, terminal_width, wrap
from vnhealthplan.core.vocab import Lang, TargetKind
from vnhealthplan.model.displays import day_text
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.ratios import required_count
from vnhealthplan.model.target import Target
from vnhealthplan.present.auditlines import audit_lines
from vnhealthplan.present.reportnotes import baselines_note, tiers_note, unassessed_note
from vnhealthplan.present.targetcell import target_cell
from vnhealthplan.text.numbers import format_number
from vnhealthplan.text.units import format_unit

__all__ = [
    "audit_lines",
    "gaps_report",
    "plan_gaps",
    "plan_observations",
    "plan_progress",
    "plan_report",
    "progress_report",
    "summary_table",
]


def _number(value: Any, lang: Lang, decimals: int | None = None) -> str:
    return format_number(float(value), lang, decimals=decimals)


def _unit(unit: Any, lang: Lang) -> str:
    """The unit as the plans write it ("giường bệnh/vạn dân", "%"), else its pint name."""
    try:
        return format_unit(unit, lang)
    except (ValueError, AttributeError, LookupError):
        return str(unit)


def _names(plan: Plan) -> Mapping[str, Indicator]:
    """The plan's indicators by code (the frames hold codes)."""
    names = {o.indicator.code: o.indicator for o in plan.observations}
    return names | {t.indicator.code: t.indicator for t in plan.targets}


def _name(names: Mapping[str, Indicator], code: str, lang: Lang) -> str:
    indicator = names.get(code)
    return indicator.name(lang) if indicator is not None else code


def summary_table(
    plans: tuple[Plan, ...], lang: Lang | None = None, *, width: int | None = None
) -> str:
    """One line per plan: key, province, targets, observations, facilities, assignments.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> print(summary_table(plans.load_all()[:1], "vi"))  # doctest: +NORMALIZE_WHITESPACE
    Kế hoạch       Tỉnh      Chỉ tiêu  Số liệu hiện trạng  Cơ sở y tế  Nhiệm vụ
    an-giang-2018  An Giang        67                   1          12         6
    """
    lang = resolve_language(lang)
    header = [
        translate("Plan", lang, context="cli"),
        translate("Province", lang, context="cli"),
        translate("Targets", lang),
        translate("Observations", lang, context="cli"),
        translate("Facilities", lang, context="cli"),
        translate("Assignments", lang, context="cli"),
    ]
    rows = [
        [
            plan.key,
            plan.province.name if plan.province else translate("(not named)", lang, context="cli"),
            *(
                _number(len(r), lang)
                for r in (plan.targets, plan.observations, plan.facilities, plan.assignments)
            ),
        ]
        for plan in plans
    ]
    return "\n".join(table(header, rows, "Llrrrr", width=width))


def _heading(plan: Plan, lang: Lang) -> str:
    doc = plan.document
    number = doc.number or translate("(no number)", lang, context="cli")
    when = day_text(doc.issued, lang) if doc.issued else translate("undated", lang, context="cli")
    province = (
        plan.province.name
        if plan.province
        else translate("province not named", lang, context="cli")
    )
    return f"{plan.key}: {doc.issuer}, {number} ({when}) — {province}"


def plan_report(
    plan: Plan, lang: Lang | None = None, *, width: int | None = None, codes: bool = False
) -> str:
    """The report: targets by year, counts implied by the plan's own figures, audit.

    Parameters
    ----------
    plan : Plan
    lang : {"en", "vi"}, optional
        The language of every line; by default the package setting
        (:func:`vnhealthplan.options.get_language`).
    width : int, optional
        The line width; by default the terminal's.
    codes : bool
        Add the indicator codes as a last column of the targets.

    Returns
    -------
    str

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> lines = plan_report(plans.load("thanh-hoa-2023"), "vi", width=100).splitlines()
    >>> lines[0]
    'thanh-hoa-2023: Sở Y tế Thanh Hóa, 132/KH-SYT (14/10/2023) — Thanh Hóa'
    >>> print(*(line for line in lines if "giường bệnh/vạn dân" in line), sep="\\n")
    2030  Số giường bệnh trên 10.000 dân               = 39      giường bệnh/vạn dân
    2045  Số giường bệnh trên 10.000 dân               = 40      giường bệnh/vạn dân
    """
    codes = flag(codes, "plan_report", "codes")
    lang = resolve_language(lang)
    width = terminal_width() if width is None else width
    lines = [*wrap(_heading(plan, lang), width), *wrap(plan.document.title, width), ""]
    lines.append(translate("Targets", lang))
    lines += _targets_table(plan, lang, width, codes)
    findings = audit(plan)
    lines += _implied_counts(plan, findings, lang)
    lines += ["", translate("Audit", lang, context="cli")]
    lines += audit_lines(findings, lang, width=width) or [
        "  " + translate("no findings", lang, context="cli")
    ]
    return "\n".join(lines)


def _targets_table(plan: Plan, lang: Lang, width: int, codes: bool) -> list[str]:
    header = [
        translate("Year", lang, context="cli"),
        translate("Indicator", lang, context="cli"),
        translate("Target", lang, context="cli"),
        translate("Unit", lang, context="cli"),
        translate("Note", lang, context="cli"),
    ]
    rows = []
    for t in sorted(plan.targets, key=lambda t: (t.year, t.indicator.code)):
        cell = {"target": t.value.magnitude, "comparator": t.comparator.value,
                "kind": t.kind.value, "upper": t.upper.magnitude if t.upper else None}  # fmt: skip
        notes = [t.scope.tier.label(lang)] if t.scope.tier else []
        row = [
            str(t.year),
            t.indicator.name(lang),
            target_cell(cell, lang),  # as gaps writes it: "tăng 4", "duy trì 100", "< 22"
            _unit(t.value.units, lang),
            "; ".join(notes),
        ]
        rows.append([*row, t.indicator.code] if codes else row)
    if codes:
        header.append(translate("Code", lang, context="cli"))
    return table(header, rows, "LllllL", width=width)


def _implied_counts(plan: Plan, findings: tuple[Finding, ...], lang: Lang) -> list[str]:
    """Counts that per-capita targets mean for the population the plan's figures imply."""
    populations = [
        f.value for f in findings if f.check == "implied_population" and f.value is not None
    ]
    if not populations:
        return []
    people = _number(populations[0], lang, 0)
    lines = [
        "",
        translate(
            "Implied counts for the {people} people the plan's own figures imply",
            lang,
            context="cli",
            people=people,
        ),
    ]
    for t in plan.targets:
        per_person = t.indicator.unit.dimensionality.get("[population]") == -1
        if per_person and t.kind is TargetKind.LEVEL and t.scope.tier is None:
            count = required_count(t.value, populations[0])
            lines.append(
                f"  {t.indicator.name(lang)} ({t.year}): {_number(t.value.magnitude, lang)} → "
                f"{_number(count.magnitude, lang, 0)} {_unit(count.units, lang)}"
            )
    return lines


def gaps_report(
    plan: Plan,
    lang: Lang | None = None,
    *,
    observations: Sequence[Observation] | None = None,
    width: int | None = None,
    codes: bool = False,
) -> str:
    """The gaps of a plan's targets, as text: observed levels and what is still missing.

    Parameters
    ----------
    plan : Plan
    lang : {"en", "vi"}, optional
        The language of every line; by default :func:`vnhealthplan.options.get_language`.
    observations : sequence of Observation, optional
        By default :func:`plan_observations`; e.g.
        :func:`vnhealthplan.review.combine_observations` for the bundled and your own.
    width : int, optional
        The line width; by default the terminal's.
    codes : bool
        Add the indicator codes as a last column.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> print(gaps_report(plans.load("an-giang-2018"), "vi", width=100))
    an-giang-2018: so sánh với 2 số liệu hiện trạng (67 chỉ tiêu, 3 chỉ tiêu có số liệu)
    Năm   Chỉ tiêu                      Mục tiêu  Đơn vị  Số liệu (năm)  Đạt       Còn thiếu
    2020  Tỷ lệ tham gia bảo hiểm y tế  = 90      %       76,5 (2017)    chưa đạt       13,5
    2025  Tỷ lệ tham gia bảo hiểm y tế  = 95      %       76,5 (2017)    chưa đạt       18,5
    2030  Tỷ lệ tham gia bảo hiểm y tế  > 95      %       76,5 (2017)    chưa đạt       18,5
    """
    codes = flag(codes, "gaps_report", "codes")
    lang = resolve_language(lang)
    used = plan_observations(plan) if observations is None else observations
    frame = plan_gaps(plan, None if observations is None else used)
    compared = frame[frame["observed"].notna()]
    lines = [_gaps_title(plan, len(used), len(frame), len(compared), lang)]
    if not len(compared):
        return "\n".join(
            [
                *lines,
                "  "
                + translate("no target has an observation to compare with", lang, context="cli"),
                *tiers_note(plan, used, lang, width, frame),
            ]
        )
    rows = _gaps_rows(plan, frame, lang, codes)
    return "\n".join([*lines, *table(_gaps_header(lang, codes), rows, "LlLlLlrL", width=width),
                      *tiers_note(plan, used, lang, width, frame),
                      *baselines_note(plan, frame, lang, width)])  # fmt: skip


def _gaps_title(plan: Plan, observations: int, targets: int, compared: int, lang: Lang) -> str:
    """The first line of :func:`gaps_report`: what is compared with what."""
    figures = counted(observations, "{count} observation", "{count} observations", lang,
                      context="cli", count=_number(observations, lang))  # fmt: skip
    said = counted(targets, "{count} target", "{count} targets", lang, context="cli",
                   count=_number(targets, lang))  # fmt: skip
    return translate("{plan}: gaps against {observations} ({targets}, {compared} compared)",
                     lang, context="cli", plan=plan.key, observations=figures, targets=said,
                     compared=_number(compared, lang))  # fmt: skip


def _first_headings(lang: Lang) -> list[str]:
    """The headings of the first four columns of the gaps and the progress tables."""
    return [
        translate("Year", lang, context="cli"),
        translate("Indicator", lang, context="cli"),
        translate("Target", lang, context="cli"),
        translate("Unit", lang, context="cli"),
    ]


def _gaps_header(lang: Lang, codes: bool) -> list[str]:
    """The headings of :func:`gaps_report`'s table."""
    return [
        *_first_headings(lang),
        translate("Observed (year)", lang, context="cli"),
        translate("Met", lang, context="cli"),
        translate("Shortfall", lang, context="cli"),
        *([translate("Code", lang, context="cli")] if codes else []),
    ]


def _gaps_rows(plan: Plan, frame: Any, lang: Lang, codes: bool) -> list[list[str]]:
    """The rows of :func:`gaps_report`'s table: the targets of *frame* (:func:`plan_gaps`)
    compared with an observation."""
    met_words = {
        True: translate("met", lang, context="cli"),
        False: translate("not met", lang, context="cli"),
        None: translate("unknown", lang, context="cli"),
    }
    names = _names(plan)
    rows = []
    for target, row in zip(plan.targets, frame.to_dict("records"), strict=True):
        if pd_isna(row["observed"]):
            continue
        met = None if pd_isna(row["met"]) else bool(row["met"])
        shortfall = "" if pd_isna(row["shortfall"]) else _number(row["shortfall"], lang)
        cells = [
            str(row["year"]),
            _name(names, row["indicator"], lang) + _scope_suffix(target, lang),
            target_cell(row, lang),
            _unit(row["unit"], lang),
            f"{_number(row['observed'], lang)} ({row['observed_year']})",
            met_words[met],
            shortfall,
        ]
        rows.append([*cells, row["indicator"]] if codes else cells)
    return rows


def _scope_suffix(target: Target, lang: Lang) -> str:
    """The tier, else the kind of facility, of a target in brackets: " (tuyến tỉnh)";
    a table's rows of one indicator must say which is the province's and which a tier's."""
    scope = target.scope
    part = scope.tier or scope.facility_kind
    return "" if part is None else f" ({part.label(lang)})"


def pd_isna(value: Any) -> bool:
    """True for None, NaN and pandas' NA (a scalar)."""
    import pandas as pd

    return bool(pd.isna(value))


def progress_report(
    plan: Plan,
    lang: Lang | None = None,
    method: str = "opensdg",
    *,
    observations: Sequence[Observation] | None = None,
    width: int | None = None,
    codes: bool = False,
) -> str:
    """The progress of a plan's targets, as text (see :func:`plan_progress`).

    *observations* are by default :func:`plan_observations`; *width* and *codes* as for
    :func:`gaps_report`.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> print(progress_report(plans.load("an-giang-2018"), "vi", width=90))
    an-giang-2018: 3 chỉ tiêu có số liệu, tiến độ đánh giá theo thước đo tiến độ của Thống kê
    Canada (opensdg)
    Năm   Chỉ tiêu           Mục tiêu  Đơn vị  Năm gốc     Số liệu mới nhất  Đánh giá
    2020  Tỷ lệ tham gia     = 90      %       2017: 76,5  2017: 76,5        không đánh giá
          bảo hiểm y tế                                                      được
    2025  Tỷ lệ tham gia     = 95      %       2017: 76,5  2017: 76,5        không đánh giá
          bảo hiểm y tế                                                      được
    2030  Tỷ lệ tham gia     > 95      %       2017: 76,5  2017: 76,5        không đánh giá
          bảo hiểm y tế                                                      được
      3 chỉ tiêu không đánh giá được: số liệu chỉ có của một năm, trong khi đánh giá tiến độ
      cần số liệu của ít nhất hai năm
    """
    codes = flag(codes, "progress_report", "codes")
    lang = resolve_language(lang)
    frame = plan_progress(plan, lang, method, observations=observations)
    used = plan_observations(plan) if observations is None else tuple(observations)
    assessed = [t for t, _ in progress_targets(plan, used)]
    note = unassessed_note(plan, used, lang, width, frame)
    lines = [
        counted(len(frame), "{plan}: progress ({method}) of {count} target with observations",
                "{plan}: progress ({method}) of {count} targets with observations", lang,
                context="cli", plan=plan.key, method=method_said(method, lang),
                count=_number(len(frame), lang))
    ]  # fmt: skip
    if not len(frame):
        return "\n".join(
            [
                *lines,
                "  "
                + translate("no target has an observation of its indicator", lang, context="cli"),
                *note,
            ]
        )
    several = len(set(frame["document"])) > 1  # a column to tell the documents' rows apart
    header = _progress_header(lang, several, codes)
    rows = _progress_rows(plan, assessed, frame, lang, several, codes)
    align = "LlLllll" + "l" * several + "L" * codes
    return "\n".join([*lines, *table(header, rows, align, width=width), *note])


def _progress_header(lang: Lang, several: bool, codes: bool) -> list[str]:
    """The headings of :func:`progress_report`'s table; *several* documents add a column."""
    return [
        *_first_headings(lang),
        translate("Baseline", lang, context="cli"),
        translate("Latest", lang, context="cli"),
        translate("Assessment", lang, context="cli"),
        *([translate("Doc.", lang, context="cli")] if several else []),  # short: tables are full
        *([translate("Code", lang, context="cli")] if codes else []),
    ]


def _progress_rows(
    plan: Plan, assessed: list[Target], frame: Any, lang: Lang, several: bool, codes: bool
) -> list[list[str]]:
    """The rows of :func:`progress_report`'s table: the *assessed* targets, one a row of
    *frame* (:func:`plan_progress`)."""
    names = _names(plan)
    kept = _maintained(plan)
    rows = []
    for target, row in zip(assessed, frame.to_dict("records"), strict=True):
        kind = "maintain" if (row["indicator"], row["year"], row["target"]) in kept else "level"
        cells = [
            str(row["year"]),
            _name(names, row["indicator"], lang) + _scope_suffix(target, lang),
            target_cell({**row, "kind": kind, "upper": None}, lang),
            _unit(row["unit"], lang),
            f"{row['base_year']}: {_number(row['base_value'], lang)}",
            f"{row['latest_year']}: {_number(row['latest_value'], lang)}",
            str(row["label"]),
        ]
        cells += [row["document"]] if several else []
        rows.append([*cells, row["indicator"]] if codes else cells)
    return rows


def _maintained(plan: Plan) -> set[tuple[str, int, float]]:
    """(indicator, year, value) of the plan's targets that keep a level ("duy trì 100 %")."""
    return {(t.indicator.code, t.year, float(t.value.magnitude)) for t in plan.targets
            if t.kind is TargetKind.MAINTAIN}  # fmt: skip
