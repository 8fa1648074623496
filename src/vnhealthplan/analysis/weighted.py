"""Weighted means that say what they were weighted by.

A population-weighted mean of per-capita ratios equals Σcount / Σpopulation, the ratio
:func:`vnhealthplan.rollup.rollup` gives for a group; an unweighted mean of ratios does not.
(Public path: :mod:`vnhealthplan.rollup`.)

Examples
--------
The bed targets of Đắk Lắk (29, 2024) and Thanh Hóa (39, 2030), weighted by their people:

>>> float(weighted_mean([29, 39], [1_768_966, 3_764_241], weighted_by="population"))
35.803...
"""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np

from vnhealthplan.analysis.rollcheck import float_numbers, paired_by_position
from vnhealthplan.core.checks import check_values
from vnhealthplan.core.errors import ShapeError, ValidationError
from vnhealthplan.core.messages import message

__all__ = ["WeightedMean", "weighted_mean"]


@attrs.frozen
class WeightedMean:
    """A weighted mean, with what it was weighted by.

    Attributes
    ----------
    value : float
        Σ(value × weight) / Σweight.
    weighted_by : str
        What the weights are, e.g. ``"population"``.
    total_weight : float
        Σweight.
    count : int
        How many values were averaged.

    Examples
    --------
    >>> float(WeightedMean(35.803, "population", 5_533_207.0, 2))
    35.803
    """

    value: float
    weighted_by: str
    total_weight: float
    count: int

    def __float__(self) -> float:
        return self.value


def weighted_mean(values: Any, weights: Any, *, weighted_by: str | None = None) -> WeightedMean:
    """The mean of *values* weighted by *weights*, saying what the weights are.

    A population-weighted mean of per-capita ratios equals Σcount / Σpopulation, the
    ratio :func:`~vnhealthplan.rollup.rollup` gives; an unweighted mean of ratios does not.

    Parameters
    ----------
    values, weights : array-like or pandas.Series
        Of the same length; weights ≥ 0 with a positive sum. A NaN makes the mean NaN.
    weighted_by : str, optional
        What the weights are; by default the name of a *weights* Series, else
        ``"the weights given"``.

    Returns
    -------
    WeightedMean

    Raises
    ------
    vnhealthplan.errors.ShapeError
        If the lengths differ, or two Series have different indexes (they are paired by
        position).
    vnhealthplan.errors.WrongTypeError
        For text, True/False or a pint quantity (its unit would be dropped).
    ValueError
        For a negative or infinite weight or value, or weights that sum to zero.

    Examples
    --------
    The bed targets of Đắk Lắk (29, 2024) and Thanh Hóa (39, 2030) weighted by the
    populations stated in :mod:`vnhealthplan.rollup`'s example:

    >>> import pandas as pd
    >>> people = pd.Series([1_768_966, 3_764_241], name="population")
    >>> weighted_mean([29, 39], people)
    WeightedMean(value=35.803..., weighted_by='population', total_weight=5533207.0, count=2)
    """
    paired_by_position(values, weights)
    v, w = float_numbers(values, "values"), float_numbers(weights, "weights")
    if v.shape != w.shape:
        raise ShapeError(
            message(
                "values has shape {shape} but weights has shape {shape2}",
                shape=str(v.shape),
                shape2=str(w.shape),
            )
        )
    if (w < 0).any():
        raise ValidationError("weighted_mean", "weights", weights, message("weights ≥ 0"))
    check_values(v, "weighted_mean", "values")  # ±inf refused; NaN stays missing
    check_values(w, "weighted_mean", "weights")
    total = float(w.sum())
    if total == 0:
        expected = message("weights with a positive sum")
        raise ValidationError("weighted_mean", "weights", weights, expected)
    name = weighted_by or getattr(weights, "name", None) or "the weights given"
    return WeightedMean(float(np.dot(v, w) / total), str(name), total, int(v.size))
