"""The bundled indicator catalogue (``data/indicators.toml``).

Examples
--------
>>> from vnhealthplan import indicators
>>> len(indicators.all()) >= 30
True
>>> indicators.get("stations_with_doctor").denominator
'commune health stations (trạm y tế)'
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from vnhealthplan.core.errors import Problem, UnknownIndicatorError, ValidationError
from vnhealthplan.core.messages import message
from vnhealthplan.data import loader
from vnhealthplan.model.catalogue import use_catalogue
from vnhealthplan.model.indicator import Indicator

__all__ = ["all", "catalogue", "get", "problems"]


@cache
def catalogue() -> MappingProxyType[str, Indicator]:
    """The catalogue as a read-only mapping from code to :class:`Indicator`.

    Parsed from the package data on first use and cached; every bad entry of the file is
    reported at once (:class:`~vnhealthplan.errors.PlanDataError`).

    Examples
    --------
    >>> "imr" in catalogue()
    True
    """
    table = loader.read_toml("indicators.toml", problems)
    return MappingProxyType({code: _indicator(code, row) for code, row in table.items()})


def _indicator(code: str, row: Mapping[str, Any]) -> Indicator:
    return Indicator(
        code,
        row["name_vi"],
        row["name_en"],
        row["unit"],
        row["direction"],
        numerator=row["numerator"],
        denominator=row.get("denominator"),
        minimum=row.get("minimum"),
        maximum=row.get("maximum"),
        notes=row.get("notes", ()),
        notes_vi=row.get("notes_vi", ()),
    )


_FIELDS: dict[str, type | tuple[type, ...]] = {
    "name_vi": str,
    "name_en": str,
    "unit": str,
    "direction": str,
    "numerator": str,
}
_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "denominator": str,
    "minimum": (int, float),
    "maximum": (int, float),
    "notes": tuple,
    "notes_vi": tuple,
}


def problems(data: Mapping[str, Any], file: str = "indicators.toml") -> list[Problem]:
    """Every invalid entry of an indicator catalogue file (empty when it is sound).

    Each entry is a table named by the indicator's code; its fields must make an
    :class:`Indicator` (a known unit, a direction, bounds in order).

    Examples
    --------
    >>> problems({"x": {"name_vi": "X", "name_en": "X", "unit": "bed", "direction": "sideways",
    ...                 "numerator": "beds", "colour": "red"}})  # doctest: +NORMALIZE_WHITESPACE
    [Problem(file='indicators.toml', record='x', field='colour', value='red',
     message='an unknown field; known: name_vi, name_en, unit, direction, numerator,
     denominator, minimum, maximum, notes, notes_vi'),
     Problem(file='indicators.toml', record='x', field='direction', value='sideways',
     message="expected a Direction: one of 'higher', 'lower', 'neutral'")]
    """
    found: list[Problem] = []
    for code, row in data.items():
        shape = loader.fields(file, code, row, _FIELDS, _OPTIONAL, closed=True)
        found += shape
        if any(p.field in _FIELDS or p.field in _OPTIONAL for p in shape):
            continue  # an Indicator cannot be built to check the rest
        try:
            _indicator(code, row)
        except ValidationError as err:
            expected = message("expected {expected}", expected=err.expected)
            found.append(Problem(file, code, err.field, err.value, expected))
    return found


def all() -> tuple[Indicator, ...]:
    """Every catalogued indicator, in file order.

    Examples
    --------
    >>> all()[0].code
    'beds_per_10k'
    """
    return tuple(catalogue().values())


def get(code: str | Indicator) -> Indicator:
    """Look an indicator up by its code (an :class:`Indicator` is returned as it is).

    Parameters
    ----------
    code : str or Indicator

    Returns
    -------
    Indicator

    Raises
    ------
    UnknownIndicatorError
        If no indicator has the code; the error lists the closest codes.

    Examples
    --------
    >>> get("u5mr").name_en
    'Under-five mortality rate'
    """
    if isinstance(code, Indicator):
        return code
    table = catalogue()
    try:
        return table[code]
    except KeyError:
        close = difflib.get_close_matches(str(code), table, n=3, cutoff=0.6)
        raise UnknownIndicatorError(str(code), close) from None


use_catalogue(get)  # Plan.targets_for tells the codes a plan does not use from typos
