"""Tidy frames: a plan's records as pandas frames and back, and every frame's columns.

The public short path of :mod:`vnhealthplan.analysis.frames`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.analysis.frames import *  # noqa: F403
from vnhealthplan.analysis.frames import __all__ as __all__
