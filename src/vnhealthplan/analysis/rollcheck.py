"""Checks of the arguments of :func:`~vnhealthplan.rollup.rollup` and its kin.

A roll-up adds numbers without looking at them; these checks make sure that what it adds
is what the caller meant: numbers that are numbers, and two Series paired as their labels
say (its denominator size is checked by :func:`~vnhealthplan.core.checks.per_size`, as
:func:`~vnhealthplan.ratios.per_capita`'s is).

Examples
--------
>>> import pandas as pd
>>> paired_by_position(pd.Series([29, 39], index=[0, 1]), pd.Series([1, 2], index=[1, 0]))
Traceback (most recent call last):
...
vnhealthplan.errors.ShapeError: weights: got the index [1, 0]; expected the index of \
values [0, 1], in the same order
"""

from __future__ import annotations

from typing import Any

import numpy as np

from vnhealthplan.core.errors import ShapeError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import is_quantity

__all__ = ["float_numbers", "paired_by_position"]


def paired_by_position(values: Any, weights: Any) -> None:
    """Two Series are paired by position: refuse them if their labels say otherwise.

    Examples
    --------
    >>> import pandas as pd
    >>> paired_by_position(pd.Series([29, 39]), pd.Series([1, 2]))
    """
    index_v: Any = getattr(values, "index", None)
    index_w: Any = getattr(weights, "index", None)
    if not hasattr(index_v, "equals") or not hasattr(index_w, "equals"):
        return  # not two Series (a list's .index is a method)
    if index_v.equals(index_w):
        return
    expected = message(
        "the index of values {index}, in the same order", index=str(list(index_v[:5]))
    )
    raise ShapeError(
        message(
            "weights: got the index {index}; expected {expected}",
            index=str(list(index_w[:5])),
            expected=expected,
        )
    )


def float_numbers(given: Any, name: str, owner: str = "weighted_mean") -> np.ndarray[Any, Any]:
    """A flat float array of *given*, refusing text, True/False and quantities.

    Examples
    --------
    >>> float_numbers(["29", "39"], "values")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: weighted_mean.values: got '29'; expected numbers \
(got <U2 values)
    """
    if is_quantity(given):  # its unit would be dropped without a word
        raise WrongTypeError(owner, name, given, message("plain numbers (take .magnitude)"))
    array = np.asarray(getattr(given, "to_numpy", lambda: given)())
    if array.dtype.kind not in "iuf" and array.size:
        first = array.flat[0]
        shown = first.item() if isinstance(first, np.generic) else first
        raise WrongTypeError(
            owner, name, shown, message("numbers (got {dtype} values)", dtype=str(array.dtype))
        )
    return array.astype(np.float64).ravel()
