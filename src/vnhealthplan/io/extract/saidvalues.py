"""A drafted target's or status figure's value in words, in the language it is shown in.

The review table (:meth:`~vnhealthplan.io.extract.draft.Draft.review_frame`) and the
extract command show each finding's value as the package's own displays write it:
:func:`~vnhealthplan.text.format_target` for a target, :func:`~vnhealthplan.text.format_quantity`
for a status figure ("17,6%", "< 22‰" in Vietnamese; "17.6%", "< 22 per 1,000 live births"
in English). A unit without a name is written with its symbols.

Examples
--------
>>> from vnhealthplan import plans
>>> target = plans.load("dak-lak-2024").targets[1]
>>> said_target(target, "vi"), said_target(target, "en")
('< 22‰', '< 22 per 1,000 live births')
"""

from __future__ import annotations

from typing import Any

from vnhealthplan.core.unitnames import join_unit
from vnhealthplan.core.vocab import Lang
from vnhealthplan.model.target import Target
from vnhealthplan.text import format_number, format_quantity, format_target, format_unit

__all__ = ["said_quantity", "said_target"]

_WORDS: dict[tuple[Any, ...], str] = {}


def said_target(target: Target, lang: Lang) -> str:
    """The target's value in *lang* (kept per value and language: plans repeat their values).

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> underweight = plans.load("dak-lak-2024").targets[0]
    >>> said_target(underweight, "vi"), said_target(underweight, "en")
    ('đạt 17,6%', '17.6%')
    """
    key = (lang, target.comparator, target.kind, _value_key(target.value))
    key += _value_key(target.upper)
    words = _WORDS.get(key)
    if words is None:
        try:
            words = format_target(target, lang)
        except ValueError:  # a unit without a name: its symbols, both bounds of a range
            words = _symbols(target, lang)
        if len(_WORDS) >= 4096:
            _WORDS.clear()
        _WORDS[key] = words
    return words


def _symbols(target: Target, lang: Lang) -> str:
    """The target's value with its unit's symbols (English as the findings always said it)."""
    value, upper = target.value, target.upper
    if lang == "en":
        if upper is not None:
            return f"{value.magnitude:g} – {upper:~P}"
        return f"{target.comparator.symbol} {value:~P}"
    low = format_number(value.magnitude, lang)
    if upper is not None:
        return f"{low} – {format_number(upper.magnitude, lang)} {upper.units:~P}"
    return f"{target.comparator.symbol} {low} {value.units:~P}"


def said_quantity(value: Any, lang: Lang) -> str:
    """A status figure's value in *lang*.

    Examples
    --------
    >>> from vnhealthplan import ureg
    >>> stations = ureg.Quantity(1173, "station")
    >>> said_quantity(stations, "vi"), said_quantity(stations, "en")
    ('1.173 trạm', '1173 stations')
    """
    try:
        if lang == "en":  # as the findings have always said it, "76.5%" joined as elsewhere
            return join_unit(f"{value.magnitude:g}", format_unit(value.units, "en"))
        return format_quantity(value, lang)
    except ValueError:  # a unit without a name
        if lang == "en":
            return f"{value:~P}"
        return f"{format_number(value.magnitude, lang)} {value.units:~P}"


def _value_key(value: Any) -> tuple[Any, ...]:
    """A key telling values apart by number, number type and unit (not pint's equality of
    quantities, which converts; units are equal only when written alike)."""
    magnitude = getattr(value, "magnitude", value)
    return (type(magnitude), magnitude, getattr(value, "units", None))
