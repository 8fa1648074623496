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

from vnhealthplan.analysis.frames import observation_records_frame, observations_from_frame

__all__ = ["observations_frame", "observations_from_frame"]

#: Observations as a tidy frame with their citations (see
#: :func:`vnhealthplan.frames.observation_records_frame`).
observations_frame = observation_records_frame
