"""The notes under the terminal's gaps and progress tables: the targets with figures that
a table leaves out, and why.

Every word goes through :func:`vnhealthplan.core.i18n.translate` (or
:func:`vnhealthplan.core.plural.counted`), every number through
:func:`vnhealthplan.text.format_number`; lines are wrapped to the width given, else the
terminal's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vnhealthplan.analysis.progress.method import methods
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.plural import counted
from vnhealthplan.core.terminal import terminal_width, wrap
from vnhealthplan.core.vocab import Lang, TargetKind
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.text.numbers import format_number

__all__ = ["baselines_note", "tiers_note", "unassessed_note"]


def _number(value: Any, lang: Lang) -> str:
    return format_number(float(value), lang)


def tiers_note(
    plan: Plan,
    observations: Sequence[Observation],
    lang: Lang,
    width: int | None,
    frame: Any = None,
) -> list[str]:
    """A line on the targets of one tier or kind of facility with figures of their own that
    the gaps table leaves out: those *frame* (:func:`~vnhealthplan.analysis.planstatus.plan_gaps`)
    compared with none of them, their figures being all of later years.

    Examples
    --------
    >>> from vnhealthplan import Observation, Period, plans
    >>> from vnhealthplan.model.target import Scope
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> beds = next(t.indicator for t in dak_lak.targets if t.indicator.code == "total_beds")
    >>> later = Observation(beds, 2820, Period.year(2025), scope=Scope(tier="district"))
    >>> for line in tiers_note(dak_lak, [later], "en", 80):
    ...     print(line)
      target(s) of one tier or kind of facility with figures of their own, none up
      to the target's year, not compared here: 1
    """
    observed = {(o.indicator.code, o.scope.tier, o.scope.facility_kind) for o in observations}
    unmatched = [True] * len(plan.targets) if frame is None else frame["observed"].isna()
    count = sum((t.indicator.code, t.scope.tier, t.scope.facility_kind) in observed
                for t, left_out in zip(plan.targets, unmatched, strict=True)
                if left_out and (t.scope.tier is not None
                                 or t.scope.facility_kind is not None))  # fmt: skip
    if not count:
        return []
    note = translate("target(s) of one tier or kind of facility with figures of their own, "
                     "none up to the target's year, not compared here: {count}",
                     lang, context="cli", count=_number(count, lang))  # fmt: skip
    width = terminal_width() if width is None else width
    return ["  " + line for line in wrap(note, max(20, width - 2))]


def unassessed_note(
    plan: Plan, observations: Sequence[Observation], lang: Lang, width: int | None, frame: Any
) -> list[str]:
    """Lines on the targets with figures that the progress table leaves out, changes (a
    target of one tier or kind of facility is assessed with its own figures), and on its rows
    "unable to assess" for want of a second year's figures; *frame* is
    :func:`~vnhealthplan.analysis.planstatus.plan_progress`'s.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.analysis.planstatus import plan_observations, plan_progress
    >>> an_giang = plans.load("an-giang-2018")
    >>> frame = plan_progress(an_giang, "vi")
    >>> for line in unassessed_note(an_giang, plan_observations(an_giang), "vi", 80, frame):
    ...     print(line)
      3 chỉ tiêu không đánh giá được: số liệu chỉ có của một năm, trong khi đánh giá
      tiến độ cần số liệu của ít nhất hai năm
    """
    observed = {(o.indicator.code, o.scope.tier, o.scope.facility_kind) for o in observations}
    count = sum(t.kind is TargetKind.CHANGE
                and (t.indicator.code, t.scope.tier, t.scope.facility_kind) in observed
                for t in plan.targets)  # fmt: skip
    unassessed = {m.unassessed.key for m in methods().values()}  # "not_assessed" for unsd
    one_year = sum(r["base_year"] == r["latest_year"] and r["status"] in unassessed
                   for r in frame.to_dict("records"))  # fmt: skip
    notes = [counted(count, "{count} target with figures is not assessed here: it sets a change, "
                     "which 'vnhealthplan gaps' compares",
                     "{count} targets with figures are not assessed here: they set a change, "
                     "which 'vnhealthplan gaps' compares", lang, context="cli",
                     count=_number(count, lang))] if count else []  # fmt: skip
    notes += [counted(one_year, "{count} target is not assessed: its figures are of one year, "
                      "and progress needs two years or more", "{count} targets are not "
                      "assessed: their figures are of one year, and progress needs two years or "
                      "more", lang, context="cli", count=_number(one_year, lang))
              ] if one_year else []  # fmt: skip
    width = terminal_width() if width is None else width
    return ["  " + line for note in notes for line in wrap(note, max(20, width - 2))]


def baselines_note(plan: Plan, frame: Any, lang: Lang, width: int | None) -> list[str]:
    """A line for each change target of *frame* (:func:`~vnhealthplan.analysis.planstatus.
    plan_gaps`, in the plan's order) without a figure of the year its plan starts, or an
    earlier one, to be measured from: which year's figure it needs.

    Examples
    --------
    Thanh Hóa's four more rank-I hospitals by 2025 (plan of 2023), with *hypothetical*
    counts of 2024 and 2025 only:

    >>> from vnhealthplan import Observation, Period, plans
    >>> from vnhealthplan.analysis.planstatus import plan_gaps
    >>> thanh_hoa = plans.load("thanh-hoa-2023")
    >>> ind = thanh_hoa.targets_for("rank_one_hospitals")[1].indicator
    >>> seen = [Observation(ind, n, Period.year(y), province=thanh_hoa.province)
    ...         for y, n in ((2024, 7), (2025, 9))]
    >>> for line in baselines_note(thanh_hoa, plan_gaps(thanh_hoa, seen), "vi", 90):
    ...     print(line)
      Số bệnh viện hạng I (2025): mức thay đổi được tính từ số liệu năm 2023 trở về trước
      (kế hoạch bắt đầu từ năm 2023); chưa có số liệu đó nên chưa so sánh được
    """
    notes = []
    for row, needed in frame.attrs.get("baselines_needed", {}).items():
        t = plan.targets[row]
        notes.append(translate("{indicator} ({year}): a change is measured from the figure of "
                               "{needed} or before (the plan starts in {start}); there is none, "
                               "so it is not compared", lang, context="cli",
                               indicator=t.indicator.name(lang), year=t.year, needed=needed,
                               start=t.start_year))  # fmt: skip
    width = terminal_width() if width is None else width
    return ["  " + line for note in notes for line in wrap(note, max(20, width - 2))]
