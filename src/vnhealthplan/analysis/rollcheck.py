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

import unicodedata
from typing import TYPE_CHECKING, Any

import numpy as np

from vnhealthplan.core.errors import ShapeError, ValidationError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import is_quantity

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "distinct_labels",
    "finite_sums",
    "float_numbers",
    "number_columns",
    "paired_by_position",
]


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


def number_columns(frame: pd.DataFrame, names: list[str], owner: str = "rollup") -> None:
    """Refuse a column of *names* that is not one column of numbers (True/False is no count).

    A name the frame has twice (two "population" columns, as a pasted header gives) is
    refused: which one to add cannot be guessed.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame([[10, 100, 200]], columns=["beds", "population", "population"])
    >>> number_columns(frame, ["beds", "population"])
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: rollup.population: got 'population'; expected one \
column of that name (the frame has 2)
    """
    import pandas as pd

    for name in dict.fromkeys(names):
        column = frame[name]
        if isinstance(column, pd.DataFrame):
            expected = message("one column of that name (the frame has {count})",
                               count=str(column.shape[1]))  # fmt: skip
            raise ValidationError(owner, name, name, expected)
        if not pd.api.types.is_numeric_dtype(column):
            raise WrongTypeError(owner, name, str(column.dtype), message("a column of numbers"))
        if pd.api.types.is_bool_dtype(column):  # True/False is no count
            raise WrongTypeError(owner, name, column.dtype, message("a column of numbers"))


def finite_sums(columns: dict[str, Any], index: pd.Index, owner: str = "rollup") -> None:
    """Refuse a group's sum or ratio that overflowed to infinity (its inputs were finite).

    Examples
    --------
    >>> import pandas as pd
    >>> finite_sums({"beds": np.array([1.0, np.inf])}, pd.Index(["a", "b"]))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: rollup.beds: got 'b'; expected a finite sum for \
each group: this group's overflows (beyond about 1.8e308)
    """
    for name, values in columns.items():
        infinite = np.isinf(values)
        if infinite.any():
            group = index[int(np.argmax(infinite))]
            expected = message("a finite sum for each group: this group's overflows (beyond "
                               "about 1.8e308)")  # fmt: skip
            raise ValidationError(owner, name, group, expected)


def distinct_labels(index: pd.Index, owner: str = "rollup") -> None:
    """Refuse two text group labels that differ only in Unicode form, spacing or case.

    "Đắk Lắk" typed on one sheet and pasted (decomposed, NFD) from another would be two
    groups, each with part of the province's counts: the labels are to be written alike.

    Examples
    --------
    >>> import pandas as pd
    >>> distinct_labels(pd.Index(["Đắk Lắk", "đắk lắk "]))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: rollup.by: got ['Đắk Lắk', 'đắk lắk ']; expected \
labels written alike: these differ only in Unicode form, spaces or case, and would be two groups
    """
    if index.dtype.kind not in "OSUT" and str(index.dtype) != "string":
        return
    seen: dict[str, Any] = {}
    for label in index:
        if not isinstance(label, str):
            continue
        key = " ".join(unicodedata.normalize("NFC", label).casefold().split())
        if key in seen:
            expected = message("labels written alike: these differ only in Unicode form, "
                               "spaces or case, and would be two groups")  # fmt: skip
            raise ValidationError(owner, "by", [seen[key], label], expected)
        seen[key] = label
