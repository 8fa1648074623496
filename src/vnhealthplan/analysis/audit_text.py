"""The words of audit findings, in English or Vietnamese: one function per kind of message.

:mod:`vnhealthplan.analysis.audit` computes what a check finds; the functions here say it.
Each takes the language first and the raw figures after, and formats the figures the way the
language writes them: "5,130 bed" and "2024-04-27" in English (the messages the package has
always given), "5.130 giường bệnh" and "27/04/2024" in Vietnamese. The Vietnamese texts are
in ``core/locale/vi/audit.po``.

Examples
--------
>>> parts_sum("vi", "total_beds", Period.year(2024), [2430.0, 2700.0], True, 5130.0, "bed")
'Tổng số giường bệnh (total_beds) năm 2024: 2.430 + 2.700 = 5.130 giường bệnh'
>>> parts_sum("en", "total_beds", Period.year(2024), [2430.0, 2700.0], True, 5130.0, "bed")
'total_beds 2024: 2,430 + 2,700 = 5,130 bed'
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from vnhealthplan.core.i18n import translate
from vnhealthplan.core.unitnames import unit_name
from vnhealthplan.core.vocab import Direction, Lang
from vnhealthplan.data import indicators
from vnhealthplan.model.period import Period
from vnhealthplan.model.wording import period_text
from vnhealthplan.text.numbers import format_number

__all__ = [
    "contradiction",
    "day",
    "implied_population",
    "national",
    "number",
    "parts_sum",
    "past_assignment",
    "past_target",
    "period",
    "population_spread",
    "product_before_plan",
    "stated_count",
    "unit",
    "weaker_than_baseline",
]


def indicator(code: str, lang: Lang) -> str:
    """An indicator as a message names it: its code in English, its Vietnamese name with the
    code in parentheses in Vietnamese (a code not in the catalogue as it is).

    Examples
    --------
    >>> indicator("total_beds", "en"), indicator("total_beds", "vi")
    ('total_beds', 'Tổng số giường bệnh (total_beds)')
    """
    if lang == "en" or code not in indicators.catalogue():
        return code
    return f"{indicators.get(code).name('vi')} ({code})"


def number(value: float, lang: Lang, spec: str = "g") -> str:
    """*value* in English with the format *spec*, or the Vietnamese way.

    Examples
    --------
    >>> number(1768966.4, "en", ",.0f"), number(1768966.4, "vi", ",.0f"), number(7.7, "vi")
    ('1,768,966', '1.768.966', '7,7')
    """
    if lang == "en":
        return format(value, spec)
    return format_number(round(value) if spec.endswith(".0f") else value, "vi")


def unit(value: Any, lang: Lang) -> str:
    """A pint unit as pint writes it (English) or by its Vietnamese name.

    Examples
    --------
    >>> unit("bed / ten_thousand_people", "vi"), unit("bed", "en")
    ('giường bệnh/vạn dân', 'bed')
    """
    if lang == "en":
        return str(value)
    try:
        return unit_name(value, "vi")
    except ValueError:
        return str(value)


def _due(value: Period, lang: Lang) -> str:
    """A deadline: its code in English (``2022-Q4``), as the plans write it in Vietnamese
    (``Quý IV/2022``)."""
    return value.code if lang == "en" else period_text(value, "vi")


def period(value: Period, lang: Lang) -> str:
    """A period: ``2024`` in English (its ``str``), ``năm 2024`` in Vietnamese."""
    return str(value) if lang == "en" else period_text(value, "vi")


def day(value: date, lang: Lang) -> str:
    """A date: ISO in English, dd/mm/yyyy in Vietnamese.

    Examples
    --------
    >>> day(date(2018, 4, 27), "en"), day(date(2018, 4, 27), "vi")
    ('2018-04-27', '27/04/2018')
    """
    return value.isoformat() if lang == "en" else value.strftime("%d/%m/%Y")


def parts_sum(
    lang: Lang, code: str, when: Period, parts: Iterable[float], ok: bool, total: float, of: Any
) -> str:
    """The largest count target against the sum of the others."""
    shown = " + ".join(number(v, lang, ",.6g") for v in parts)
    return translate(
        "{code} {period}: {parts} {sign} {total} {unit}", lang, context="audit",
        code=indicator(code, lang), period=when.code if lang == "en" else period(when, lang),
        parts=shown,
        sign="=" if ok else "≠",
        total=number(total, lang, ",.6g"), unit=unit(of, lang),
    )  # fmt: skip


def implied_population(lang: Lang, count: Any, ratio: Any, when: Period, people: Any) -> str:
    """The population a count target and a per-capita target imply."""
    return translate(
        "{count} {count_unit} at {ratio} {ratio_unit} ({period}) implies {people} {people_unit}",
        lang, count=number(count.magnitude, lang, ",.6g"), count_unit=unit(count.units, lang),
        ratio=number(ratio.magnitude, lang), ratio_unit=unit(ratio.units, lang),
        period=period(when, lang), people=number(people.magnitude, lang, ",.0f"),
        people_unit=unit(people.units, lang),
    )  # fmt: skip


def population_spread(lang: Lang, low: float, high: float, spread: float) -> str:
    """Pairs of targets implying populations far apart."""
    share = f"{spread:.0%}" if lang == "en" else f"{number(round(spread * 100), lang)} %"
    return translate(
        "count and ratio targets imply populations from {low} to {high} ({spread} apart)",
        lang, low=number(low, lang, ",.0f"), high=number(high, lang, ",.0f"), spread=share,
    )  # fmt: skip


def stated_count(lang: Lang, when: Period, stated: float, listed: int) -> str:
    """A stated number of rank-I hospitals against those listed."""
    return translate(
        "rank_one_hospitals {period}: the plan states {stated}; it lists {listed} facilities "
        "at rank I",
        lang, period=period(when, lang), stated=number(stated, lang), listed=str(listed),
    )  # fmt: skip


def past_assignment(lang: Lang, due: Period, issued: date, task: str) -> str:
    """An assignment due before the plan was issued."""
    return translate(
        "assignment due {due} (ends {end}) is before the plan's issue date {issued}: {task}",
        lang, due=_due(due, lang), end=day(due.end, lang), issued=day(issued, lang), task=task,
    )  # fmt: skip


def past_target(lang: Lang, code: str, due: Period, issued: date) -> str:
    """A target due before the plan was issued."""
    return translate(
        "target {code} for {period} is due before the plan's issue date {issued}",
        lang, code=indicator(code, lang), period=due.code if lang == "en" else period(due, lang),
        issued=day(issued, lang),
    )  # fmt: skip


def product_before_plan(
    lang: Lang, due: Period, product: str, when: tuple[date, str], issued: date, task: str
) -> str:
    """A task due before the plan whose product was issued before it."""
    on, phrase = when
    if lang == "vi":
        phrase = (
            translate("on {date}", lang, context="audit", date=day(on, lang))
            if phrase.startswith("on ")
            else translate("in {year} (its number)", lang, year=str(on.year))
        )
    return translate(
        "assignment due {due} (ends {end}) names as its product {product}, issued {when}, "
        "before the plan's issue date {issued}: the task may be done (the plan records no "
        "completion date), so it is not reported as late: {task}",
        lang, due=_due(due, lang), end=day(due.end, lang), product=product, when=phrase,
        issued=day(issued, lang), task=task,
    )  # fmt: skip


def weaker_than_baseline(
    lang: Lang, code: str, when: Period, value: float, base: float, since: Period, way: Direction
) -> str:
    """A target worse than the plan's own baseline."""
    fields = {
        "code": indicator(code, lang), "period": period(when, lang), "value": number(value, lang),
        "base": number(base, lang), "base_period": period(since, lang),
        "direction": way.label(lang),
    }  # fmt: skip
    if way is Direction.HIGHER:
        return translate(
            "{code} {period}: target {value} is below the baseline {base} ({base_period}) "
            "though {direction}",
            lang, **fields,
        )  # fmt: skip
    return translate(
        "{code} {period}: target {value} is above the baseline {base} ({base_period}) "
        "though {direction}",
        lang, **fields,
    )  # fmt: skip


def national(
    lang: Lang, head: tuple[str, int, str, str, bool], instrument: str | None,
    since: date | None, issued: date | None,
) -> str:  # fmt: skip
    """A target weaker than a national one: *head* is (code, year, ours, theirs, below)."""
    code, year, ours, theirs, below = head
    fields = {"code": indicator(code, lang), "year": str(year), "ours": ours, "theirs": theirs}
    named = instrument or translate("national", lang, context="audit")
    if since is not None and issued is not None and since > issued:
        later = {**fields, "instrument": named, "since": day(since, lang)}
        if below:
            return translate(
                "{code} {year}: target {ours} is below {theirs} set later by {instrument}, of "
                "{since}, after the plan's issue date {issued}",
                lang, issued=day(issued, lang), **later,
            )  # fmt: skip
        return translate(
            "{code} {year}: target {ours} is above {theirs} set later by {instrument}, of "
            "{since}, after the plan's issue date {issued}",
            lang, issued=day(issued, lang), **later,
        )  # fmt: skip
    if below:
        text = translate("{code} {year}: target {ours} is below {theirs} set by {instrument}",
                         lang, instrument=named, **fields)  # fmt: skip
    else:
        text = translate("{code} {year}: target {ours} is above {theirs} set by {instrument}",
                         lang, instrument=named, **fields)  # fmt: skip
    if issued is None:
        text += translate(
            " (the plan is undated: whether it was in force when the plan was issued is not known)",
            lang,
        )
    elif since is None:
        text += translate(
            " (the national instrument is undated: whether it was in force when the plan was "
            "issued is not known)",
            lang,
        )
    return text


def contradiction(lang: Lang, code: str, when: str, settings: Iterable[tuple[Any, float]]) -> str:
    """Targets on one indicator, period and scope that set different values."""
    shown = "; ".join(f"{c.symbol} {number(v, lang)}" for c, v in settings)
    return translate(
        "{code} {period}: the plan sets different targets: {shown}",
        lang, code=indicator(code, lang), period=when, shown=shown,
    )  # fmt: skip
