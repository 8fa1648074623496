"""Plots of plans (matplotlib, the optional extra ``plot``): indicators over time against
their targets, provinces against national targets, and assignment timelines.

Each function draws on the Axes it is given (or on a new figure), returns the Axes and
never calls ``plt.show()``. Labels are in the package language
(:func:`vnhealthplan.options.set_language`) unless ``lang`` is given; names keep their
Vietnamese diacritics (matplotlib's default font, DejaVu Sans, has the glyphs).

The artists carry ids (``Artist.get_gid()``) that say what they show, so that code and
tests can find them: ``"target:<year>"`` (a target's line), ``"target-year:<year>"``,
``"observed"``, ``"national:<instrument>"``, ``"national-observed"``,
``"province:<name>"``, ``"assignment:<row>"``, ``"overdue:<row>"`` and ``"as-of"``.

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> from vnhealthplan import plans
>>> from vnhealthplan.plot import indicator_chart
>>> ax = indicator_chart(plans.load("thanh-hoa-2023"), "beds_per_10k", lang="vi")
>>> ax.get_title()
'Số giường bệnh trên 10.000 dân — Thanh Hóa'
>>> [line.get_ydata().tolist() for line in ax.lines if line.get_gid() == "target:2030"]
[[39.0, 39.0]]
>>> import matplotlib.pyplot as plt; plt.close("all")
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Final

from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.html import STATUSES
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.messages import message
from vnhealthplan.core.optional import require
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.today import vietnam_today
from vnhealthplan.core.vocab import Comparator, Lang, TargetKind
from vnhealthplan.data import indicators
from vnhealthplan.data.reference import compare_targets, national_observations
from vnhealthplan.model.displays import day_text
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.target import Target
from vnhealthplan.present.display import assignment_status
from vnhealthplan.text import format_number, format_unit

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["assignment_timeline", "indicator_chart", "provinces_chart"]

#: Labels by key, in English; :func:`_w` gives them in a language (Vietnamese from
#: ``core/locale/vi/plot.po``, context ``plot``).
_WORDS: Final = {
    "year": "Year",
    "target": "target",
    "observed": "reported by the plan",
    "given": "observed",
    "national_observed": "national, reported",
    "national": "national",
    "against": "provinces against national targets",
    "none_named": "(province not named)",
}
_COLOURS: Final = {"overdue": "#cf222e", "pending": "#0969da", "done": "#1a7f37",
                   "product_issued": "#1a7f37"}  # fmt: skip
_NATIONAL: Final = ("#6e7781", "#953800", "#8250df", "#1b7c83")


def _w(key: str, lang: Lang) -> str:
    return translate(_WORDS[key], lang, context="plot")


def _nfc(text: str) -> str:
    """Composed characters: the font has a glyph for "ặ", not always for "a" + two marks."""
    return unicodedata.normalize("NFC", text)


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    plt = require("matplotlib.pyplot", "plot", "vnhealthplan.plot")
    if ax is not None:
        return ax
    new: Axes = plt.subplots(figsize=size, layout="constrained")[1]
    return new


def _finish(ax: Axes, title: str, ind: Indicator, lang: Lang) -> Axes:
    """A chart of *ind* by year: its title, axis labels, whole-year ticks and legend.

    The legend stands right of the plot, where long instrument names do not hide the data.
    In Vietnamese the value axis writes its numbers the Vietnamese way ("99,5", "15.000").
    """
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.set_title(_nfc(title))
    ax.set_xlabel(_w("year", lang))
    ax.set_ylabel(_nfc(_unit(ind, lang)))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if lang == "vi":
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: _number(value, "vi")))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="x-small", frameon=False)
    ax.margins(x=0.15, y=0.1)
    return ax


def _day(day: date) -> float:
    """Matplotlib's number for a day."""
    import matplotlib.dates as mdates

    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


#: Date ticks by language, for spans of years, months and days: "07/2024" in Vietnamese.
_DATE_TICKS: Final = {"vi": ("%Y", "%m/%Y", "%d/%m/%Y"), "en": ("%Y", "%Y-%m", "%Y-%m-%d")}


def _date_axis(axes: Axes, lang: Lang) -> None:
    """A date x axis whose ticks are written as *lang* writes dates (matplotlib's own
    formats are ISO whatever the language)."""
    import matplotlib.dates as mdates

    years, months, days = _DATE_TICKS[lang]
    axes.xaxis_date()
    locator = mdates.AutoDateLocator()  # type: ignore[no-untyped-call]
    formatter = mdates.AutoDateFormatter(locator, defaultfmt=days)  # type: ignore[no-untyped-call]
    formatter.scaled = {mdates.DAYS_PER_YEAR: years, mdates.DAYS_PER_MONTH: months, 1.0: days}
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(formatter)


def _unit(indicator: Indicator, lang: Lang) -> str:
    try:
        return format_unit(indicator.unit, lang)
    except ValueError:  # a unit the text layer has no name for
        return str(indicator.unit)


def _level(t: Target) -> float:
    return float(t.value.to(t.indicator.unit).magnitude)


def _target_label(t: Target, lang: Lang) -> str:
    """Short words for a target beside its point: "≥ 95 (2025)", "duy trì 100 (2025)"."""
    value = _number(_level(t), lang)
    if t.upper is not None:
        value += "–" + _number(float(t.upper.to(t.indicator.unit).magnitude), lang)
    elif t.comparator is not Comparator.EQ:
        value = f"{t.comparator.symbol} {value}"
    if t.kind is TargetKind.MAINTAIN:
        value = f"{t.kind.label(lang)} {value}"
    return _nfc(f"{value} ({t.year})")


# ---- an indicator over time -----------------------------------------------------------------


def indicator_chart(
    plan: Plan,
    indicator: str | Indicator,
    *,
    observations: Iterable[Observation] = (),
    national: bool = False,
    ax: Axes | None = None,
    lang: Lang | None = None,
) -> Axes:
    """One indicator of a plan over time: what is observed, the targets and their years.

    Each level target is a dashed line at its value up to its year, with a dotted
    vertical line at the year and the target's words beside it ("≥ 95% (2025)"). Change
    targets are left out: they are not levels on this axis.

    Parameters
    ----------
    plan : Plan
    indicator : str or Indicator
        A code the plan sets targets on, e.g. ``"beds_per_10k"``.
    observations : iterable of Observation
        More observed values of the plan's province (the plan's own are always drawn).
    national : bool
        Also draw the national targets and reported national values
        (:mod:`vnhealthplan.reference`), in grey.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure by default.
    lang : {"en", "vi"}, optional

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        If the plan has no level target and no observation on *indicator*.
    vnhealthplan.errors.UnknownIndicatorError
        For a code neither the plan nor the catalogue knows.

    Examples
    --------
    An Giang's insurance targets (90 % by 2020, 95 % by 2025, > 95 % by 2030) from the
    76,5 % the plan reports for the end of 2017, with the national targets:

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from vnhealthplan import plans
    >>> ax = indicator_chart(plans.load("an-giang-2018"), "health_insurance_coverage",
    ...                      national=True, lang="en")
    >>> [(line.get_gid(), [float(y) for y in line.get_ydata()]) for line in ax.lines[:3]]
    [('observed', [76.5]), ('target:2020', [90.0, 90.0]), ('target-year:2020', [0.0, 1.0])]
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    national = flag(national, "indicator_chart", "national")
    language = resolve_language(lang)
    targets = [t for t in plan.targets_for(indicator) if t.kind is not TargetKind.CHANGE]
    ind = targets[0].indicator if targets else indicators.get(indicator)
    seen = [o for o in (*plan.observations, *observations) if o.indicator.code == ind.code]
    if not targets and not seen:
        expected = message("an indicator with a level target or an observation in plan "
                           "{key!r} (there is none on {code!r}): one of {codes}", key=plan.key,
                           code=ind.code, codes=[i.code for i in plan.indicators])  # fmt: skip
        raise ValidationError("indicator_chart", "indicator", indicator, expected)
    axes = _axes(ax, (9.0, 4.2))
    years = [t.year for t in targets] + [o.year for o in seen]
    if plan.document.issued is not None:
        years.append(plan.document.issued.year)
    start = min(years)
    _draw_observed(axes, seen, ind, plan, language)
    for t in targets:
        _draw_target(axes, t, start, "#0969da", f"target:{t.year}", language)
    if national:
        _draw_national(axes, ind, language)
    where = plan.province.name if plan.province else _w("none_named", language)
    return _finish(axes, f"{ind.name(language)} — {where}", ind, language)


def _draw_observed(
    ax: Axes, seen: list[Observation], ind: Indicator, plan: Plan, lang: Lang
) -> None:
    own = [o for o in seen if o in plan.observations]
    given = [o for o in seen if o not in plan.observations]
    for group, gid, label in ((own, "observed", "observed"), (given, "given", "given")):
        if group:
            group = sorted(group, key=lambda o: o.year)
            xs = [o.year for o in group]
            ys = [float(o.value.to(ind.unit).magnitude) for o in group]
            ax.plot(xs, ys, "o-", color="#1f2328", gid=gid, label=_w(label, lang))
            for x, y in zip(xs, ys, strict=True):
                ax.annotate(f"{_number(y, lang)} ({x})", (x, y), textcoords="offset points",
                            xytext=(4, -12), fontsize="small", color="#1f2328")  # fmt: skip


def _draw_target(ax: Axes, t: Target, start: int, colour: str, gid: str, lang: Lang) -> None:
    value = _level(t)
    start = min(start, t.year - 1)  # a line even when the plan's first year is the target's
    first = f"_{gid}" if any(line.get_label() == _w("target", lang) for line in ax.lines) else ""
    ax.plot([start, t.year], [value, value], "--", color=colour, gid=gid,
            label=first or _w("target", lang))  # fmt: skip
    ax.axvline(t.year, linestyle=":", color=colour, alpha=0.6, gid=f"target-year:{t.year}")
    ax.plot([t.year], [value], "D", color=colour, gid=f"target-point:{t.year}")
    if t.upper is not None:
        upper = float(t.upper.to(t.indicator.unit).magnitude)
        ax.plot([start, t.year], [upper, upper], "--", color=colour, gid=f"{gid}:upper")
    ax.annotate(_target_label(t, lang), (t.year, value), textcoords="offset points",
                xytext=(4, 4), fontsize="small", color=colour)  # fmt: skip


def _draw_national(ax: Axes, ind: Indicator, lang: Lang) -> None:
    _draw_instruments(ax, compare_targets(ind, bundled=()), lang)
    seen = national_observations(ind)
    if seen:
        xs = [o.year for o in seen]
        ys = [float(o.value.to(ind.unit).magnitude) for o in seen]
        ax.plot(xs, ys, "x", color="#6e7781", gid="national-observed",
                label=_w("national_observed", lang))  # fmt: skip


def _draw_instruments(ax: Axes, frame: pd.DataFrame, lang: Lang) -> None:
    """Dashed lines of the national rows of a :func:`compare_targets` frame."""
    national = frame[frame["source"] == "national"]
    for colour, (who, rows) in zip(_NATIONAL, national.groupby("who", sort=False), strict=False):
        label = _nfc(f"{_w('national', lang)}: {who}")
        ax.plot(rows["year"], rows["value"], "s--", color=colour, markerfacecolor="none",
                markersize=9, zorder=3, gid=f"national:{who}", label=label)  # fmt: skip


# ---- provinces against national targets ---------------------------------------------------


def provinces_chart(
    indicator: str | Indicator,
    *,
    plans: tuple[Plan, ...] | None = None,
    ax: Axes | None = None,
    lang: Lang | None = None,
) -> Axes:
    """One indicator's targets in each province's plan, against the national targets.

    The values are :func:`vnhealthplan.reference.compare_targets`: the level targets of
    the bundled plans (or of *plans*) and of the national instruments, by target year.
    Provinces are solid markers labelled with their values; national instruments dashed
    lines with hollow squares, drawn on top, so that a province that copies a national
    target (An Giang's 10 doctors per 10,000 by 2025) shows both.

    Parameters
    ----------
    indicator : str or Indicator
    plans : tuple of Plan, optional
        All bundled plans by default.
    ax : matplotlib.axes.Axes, optional
    lang : {"en", "vi"}, optional

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        If neither a plan nor a national instrument sets a level target on *indicator*.

    Examples
    --------
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> ax = provinces_chart("beds_per_10k", lang="vi")
    >>> sorted(line.get_gid() for line in ax.lines)  # doctest: +NORMALIZE_WHITESPACE
    ['national:Kế hoạch phát triển kinh tế - xã hội năm 2020', 'national:Nghị quyết 20-NQ/TW',
     'national:Quyết định 201/QĐ-TTg', 'province:(province not named)', 'province:An Giang',
     'province:Thanh Hóa', 'province:Đắk Lắk']
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    language = resolve_language(lang)
    ind = indicators.get(indicator) if isinstance(indicator, str) else indicator
    frame = compare_targets(ind, bundled=plans, lang="en")  # ids in English, labels in *lang*
    if frame.empty:
        expected = message("an indicator on which a plan or a national instrument sets a level "
                           "target (no plan and no national instrument sets one on {code!r})",
                           code=ind.code)  # fmt: skip
        raise ValidationError("provinces_chart", "indicator", ind.code, expected)
    axes = _axes(ax, (9.0, 4.5))
    _draw_instruments(axes, frame, language)
    provincial = frame[frame["source"] != "national"]
    for who, rows in provincial.groupby("who", sort=False):
        name = _w("none_named", language) if who == "(province not named)" else str(who)
        (line,) = axes.plot(rows["year"], rows["value"], "o-", linewidth=1.5,
                            gid=f"province:{who}", label=_nfc(name))  # fmt: skip
        for year, value in zip(rows["year"], rows["value"], strict=True):
            axes.annotate(_number(value, language), (year, value), textcoords="offset points",
                          xytext=(5, -3), fontsize="x-small", color=line.get_color())  # fmt: skip
    return _finish(axes, f"{ind.name(language)}: {_w('against', language)}", ind, language)


def _number(value: float, lang: Lang) -> str:
    return format_number(round(float(value), 6), lang)


# ---- assignments ----------------------------------------------------------------------------


def assignment_timeline(
    plan: Plan,
    *,
    as_of: date | None = None,
    ax: Axes | None = None,
    lang: Lang | None = None,
) -> Axes:
    """A plan's dated assignments as bars over their due periods, overdue ones marked.

    Each bar spans the period the assignment is due in ("Quý II/2024" is April to June
    2024); its colour and the word at its end say whether it is overdue, not yet due, done
    or its product issued (probably done) on *as_of*, which a vertical line marks.
    Assignments without a due date are counted in the title, not drawn.

    Parameters
    ----------
    plan : Plan
    as_of : datetime.date, optional
        The day to judge on; today in Vietnam (UTC+7, :func:`~vnhealthplan.core.today.
        vietnam_today`) by default (give one for a reproducible chart).
    ax : matplotlib.axes.Axes, optional
    lang : {"en", "vi"}, optional

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    ValueError
        If none of the plan's assignments has a due date.

    Examples
    --------
    Thanh Hóa's appendix on 1 July 2025, the day the merged provinces started work:

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from datetime import date
    >>> from vnhealthplan import plans
    >>> ax = assignment_timeline(plans.load("thanh-hoa-2023"), as_of=date(2025, 7, 1))
    >>> sorted(a.get_gid() for a in ax.texts if a.get_gid().startswith("overdue"))
    ['overdue:1', 'overdue:3']

    Rows 0 and 7 to 9 name a product issued by then (Resolution 02/2022/NQ-HĐND, …): not
    overdue, as the audit says (:meth:`~vnhealthplan.Assignment.is_overdue`).

    >>> sorted(a.get_gid() for a in ax.texts if a.get_gid().startswith("product"))
    ['product_issued:0', 'product_issued:7', 'product_issued:8', 'product_issued:9']
    >>> import matplotlib.pyplot as plt; plt.close("all")
    """
    language = resolve_language(lang)
    day = vietnam_today() if as_of is None else as_of
    dated = [(i, a) for i, a in enumerate(plan.assignments) if a.due is not None]
    if not dated:
        expected = message(
            "a plan with an assignment that has a due date (it has {count} "
            "assignments, none with a due date)",
            count=len(plan.assignments),
        )
        raise ValidationError("assignment_timeline", "plan", plan.key, expected)
    axes = _axes(ax, (9.0, 1.2 + 0.42 * len(dated)))
    labels = []
    for y, (i, a) in enumerate(dated):
        assert a.due is not None
        status = assignment_status(a, day)
        start = _day(a.due.start)
        width = _day(a.due.end) + 1 - start
        bar = axes.barh(y, width, left=start, height=0.6, color=_COLOURS[status], alpha=0.85)
        bar.patches[0].set_gid(f"assignment:{i}")
        shown = STATUSES[status].label(language)
        axes.text(start + width, y, f" {shown}", va="center", fontsize="x-small",
                  color=_COLOURS[status], gid=f"{status}:{i}",
                  fontweight="bold" if status == "overdue" else "normal")  # fmt: skip
        task = a.task if len(a.task) <= 48 else a.task[:47] + "…"
        labels.append(_nfc(f"{task} ({a.lead})"))
    axes.set_yticks(range(len(dated)), labels, fontsize="x-small")
    axes.invert_yaxis()
    axes.axvline(_day(day), color="#1f2328", linestyle="--", gid="as-of")
    _date_axis(axes, language)
    axes.margins(x=0.08)
    title = translate("Assignments — {plan}, as of {day}", language, plan=plan.key,
                      day=day_text(day, language))  # fmt: skip
    undated = len(plan.assignments) - len(dated)
    if undated:
        title += "\n" + translate("({count} without a due date, not shown)", language,
                                  count=str(undated))  # fmt: skip
    axes.set_title(_nfc(title), fontsize="medium")
    return axes
