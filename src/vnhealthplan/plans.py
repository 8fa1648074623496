"""The bundled plans: the seed documents as structured, sourced data.

The public short path of :mod:`vnhealthplan.data.plans`, where the code lives (see
:doc:`/architecture`), and of the frames over every registered plan
(:mod:`vnhealthplan.analysis.frames.bundled`): :func:`targets_frame`,
:func:`observations_frame`, :func:`facilities_frame`, :func:`assignments_frame`.
"""

from vnhealthplan.analysis.frames.bundled import all_assignments_frame as assignments_frame
from vnhealthplan.analysis.frames.bundled import all_facilities_frame as facilities_frame
from vnhealthplan.analysis.frames.bundled import all_observations_frame as observations_frame
from vnhealthplan.analysis.frames.bundled import all_targets_frame as targets_frame
from vnhealthplan.data.plans import *  # noqa: F403
from vnhealthplan.data.plans import __all__ as _data_all

__all__ = [
    *_data_all,
    "assignments_frame",
    "facilities_frame",
    "observations_frame",
    "targets_frame",
]
