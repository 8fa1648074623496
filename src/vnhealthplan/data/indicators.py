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
import tomllib
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from vnhealthplan.core.errors import UnknownIndicatorError
from vnhealthplan.model.catalogue import use_catalogue
from vnhealthplan.model.indicator import Indicator

__all__ = ["all", "catalogue", "get"]


@cache
def catalogue() -> MappingProxyType[str, Indicator]:
    """The catalogue as a read-only mapping from code to :class:`Indicator`.

    Parsed from the package data on first use and cached.

    Examples
    --------
    >>> "imr" in catalogue()
    True
    """
    raw = resources.files("vnhealthplan").joinpath("data/indicators.toml").read_text("utf-8")
    table: dict[str, dict[str, Any]] = tomllib.loads(raw)
    return MappingProxyType(
        {
            code: Indicator(
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
            )
            for code, row in table.items()
        }
    )


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
