"""The indicator catalogue the model resolves codes against, handed down by the data layer.

The model may not read the bundled catalogue (it sits below the data layer), yet
:meth:`Plan.targets_for <vnhealthplan.Plan.targets_for>` must tell a code the plan does not
use ("mmr": no targets) from a typo ("beds_per_10": an error listing close codes). The data
layer's catalogue (:mod:`vnhealthplan.indicators`) registers its look-up here when it is
imported; until then only the codes a plan uses are known.

Examples
--------
>>> from vnhealthplan import indicators
>>> lookup("imr").code
'imr'
>>> lookup("beds_per_10")
Traceback (most recent call last):
...
vnhealthplan.errors.UnknownIndicatorError: unknown indicator 'beds_per_10'; did you \
mean 'beds_per_10k'...?
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable

from vnhealthplan.core.errors import UnknownIndicatorError
from vnhealthplan.model.indicator import Indicator

__all__ = ["lookup", "use_catalogue"]

_CATALOGUE: list[Callable[[str], Indicator]] = []


def use_catalogue(get: Callable[[str], Indicator]) -> None:
    """Resolve codes with *get* from now on (it raises UnknownIndicatorError for a typo).

    Called once by :mod:`vnhealthplan.data.indicators` when it is imported.

    Examples
    --------
    >>> from vnhealthplan.data import indicators
    >>> use_catalogue(indicators.get)
    >>> lookup("u5mr").name_en
    'Under-five mortality rate'
    """
    _CATALOGUE[:] = [get]


def lookup(code: str, known: Iterable[str] = ()) -> Indicator:
    """The catalogue's indicator with *code*.

    Parameters
    ----------
    code : str
    known : iterable of str
        Codes to suggest when no catalogue is registered yet (a plan's own).

    Raises
    ------
    vnhealthplan.errors.UnknownIndicatorError
        If the catalogue has no such code (or none is registered); it lists close codes.

    Examples
    --------
    >>> lookup("beds_per_10k").unit
    <Unit('bed / ten_thousand_people')>
    """
    if _CATALOGUE:
        return _CATALOGUE[0](code)
    close = difflib.get_close_matches(str(code), list(known), n=3, cutoff=0.6)
    raise UnknownIndicatorError(str(code), close)
