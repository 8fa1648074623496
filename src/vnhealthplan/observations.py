"""Observations as tidy frames: to a frame, from a user's frame, and ready to join targets.

The public short path of :mod:`vnhealthplan.analysis.observations`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.analysis.observations import *  # noqa: F403
from vnhealthplan.analysis.observations import __all__ as __all__
