"""How a gap's comparison is read, in words of either language (:attr:`Gap.method`).

:func:`explain` says which rules :func:`vnhealthplan.gaps.gap` applied to a target: how an
"=" is read, strict bounds, tolerances, ranges, "maintain" and change targets. English is
what :attr:`Gap.method` holds; the notebook display and the review show it in the language
asked for (Vietnamese from ``core/locale/vi/display.po``).

Examples
--------
>>> from vnhealthplan import plans
>>> imr = plans.load("dak-lak-2024").targets_for("imr")[0]
>>> explain(imr, 21.0, None, 0.05, "en")
"strict '<': a level equal to 22 is not met"
>>> explain(imr, 21.0, None, 0.05, "vi")
"'<' ngặt: mức bằng 22 là chưa đạt"
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from vnhealthplan.core import numformat
from vnhealthplan.core.i18n import translate
from vnhealthplan.core.unitnames import unit_name
from vnhealthplan.core.vocab import Comparator, Lang, TargetKind
from vnhealthplan.model.compare import effective_comparator

if TYPE_CHECKING:
    from vnhealthplan.model.target import Target

__all__ = ["explain"]


def _n(value: float, lang: Lang) -> str:
    if lang == "en":
        return f"{value:g}"
    style = numformat.style("vi", None)
    return numformat.write(str(round(float(value), 6)), style, numformat.digit_limit())


def _share(tolerance: float, lang: Lang) -> str:
    return f"{tolerance:.0%}" if lang == "en" else f"{_n(round(tolerance * 100), lang)} %"


def _equals(target: Target, eff: Comparator, value: float, tolerance: float, lang: Lang) -> str:
    """How an "=" target is read."""
    n, sign = _n(value, lang), int(np.sign(value))
    if target.kind is TargetKind.CHANGE and sign != 0:
        return translate("'=' on a change of {value}: met by a change {symbol} {value}", lang,
                         value=n, symbol=eff.symbol)  # fmt: skip
    if eff is Comparator.ABOUT:
        return translate("'=' read as within ±{share}: no preferred direction", lang,
                         share=_share(tolerance, lang))  # fmt: skip
    if eff is Comparator.GE:
        return translate("'=' (đạt) read as '{symbol}': higher is better for {code}", lang,
                         symbol=eff.symbol, code=target.indicator.code)  # fmt: skip
    return translate("'=' (đạt) read as '{symbol}': lower is better for {code}", lang,
                     symbol=eff.symbol, code=target.indicator.code)  # fmt: skip


def explain(
    target: Target, observed: float, baseline: Any, tolerance: float, lang: Lang = "en"
) -> str:
    """How *target*'s comparison with *observed* is read, in *lang*; notes joined by "; "."""
    ind, value = target.indicator, target.value.to(target.indicator.unit).magnitude
    eff = effective_comparator(target.comparator, target.kind, ind.direction, int(np.sign(value)))
    n = _n(value, lang)
    notes = []
    if target.comparator is Comparator.EQ:
        notes.append(_equals(target, eff, value, tolerance, lang))
    if eff in (Comparator.LT, Comparator.GT):
        notes.append(translate("strict '{symbol}': a level equal to {value} is not met", lang,
                               symbol=eff.symbol, value=n))  # fmt: skip
    if target.comparator is Comparator.ABOUT:
        low, high = value - tolerance * abs(value), value + tolerance * abs(value)
        notes.append(translate("'~' read as within ±{share} of {value}: {low}–{high}", lang,
                               share=_share(tolerance, lang), value=n, low=_n(low, lang),
                               high=_n(high, lang)))  # fmt: skip
    if eff is Comparator.RANGE:
        notes.append(translate("range: met inside the bounds, bounds included", lang))
    if target.kind is TargetKind.MAINTAIN:
        notes.append(translate("maintain: compared as a level", lang))
    if target.kind is TargetKind.CHANGE:
        if baseline is None:
            notes.append(translate("unknown: a change target needs a baseline", lang))
        else:
            notes.append(translate("change: observed − baseline ({value} {unit})", lang,
                                   value=_n(baseline.magnitude, lang),
                                   unit=_unit(baseline.units, lang)))  # fmt: skip
    if math.isnan(observed):
        notes.append(translate("unknown: no observed value", lang))
    return "; ".join(notes) or translate("'{symbol}' as written", lang, symbol=eff.symbol)


def _unit(unit: Any, lang: Lang) -> str:
    if lang == "en":
        return str(unit)
    try:
        return unit_name(unit, "vi")
    except ValueError:
        return str(unit)
