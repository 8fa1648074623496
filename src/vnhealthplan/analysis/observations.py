"""Observations as tidy frames: to a frame, and from a user's frame.

The code lives in :mod:`vnhealthplan.analysis.frames` (:doc:`/architecture`); here,
:func:`observations_frame` is the citation layout of
:func:`vnhealthplan.frames.observation_records_frame`: ``province, indicator, year,
period_start, period_end, value, unit, source, quote``.

Examples
--------
An Giang's plan reports 76,5 % insured at the end of 2017:

>>> from vnhealthplan import plans
>>> frame = observations_frame(plans.load("an-giang-2018"))
>>> frame[["province", "indicator", "year", "value", "unit"]]
   province                  indicator  year  value     unit
0  An Giang  health_insurance_coverage  2017   76.5  percent
>>> observations_from_frame(frame)
(Observation(health_insurance_coverage = 76.5 percent, 2017, An Giang),)
"""

from __future__ import annotations

from typing import Any

import numpy as np

from vnhealthplan.analysis.frames import observation_records_frame, observations_from_frame
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.target import _levels_in_unit

__all__ = ["observations_frame", "observations_from_frame"]

#: Observations as a tidy frame with their citations (see
#: :func:`vnhealthplan.frames.observation_records_frame`).
observations_frame = observation_records_frame


def _in_unit(indicator: Indicator, value: Any, name: str) -> Any:
    """One *value* as a quantity in the indicator's unit (plain numbers are in it)."""
    level = _levels_in_unit(indicator, value, name)
    if np.ndim(level) != 0:
        raise TypeError(
            f"{name}: expected one value, got an array of {np.size(level)} "
            "(use gap_arrays or gaps_frame for many)"
        )
    return indicator.quantity(level)
