"""Counts and populations: what per-capita targets mean in counts, and roll-ups to groups.

The public short path of :mod:`vnhealthplan.analysis.rollup`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.analysis.rollup import *  # noqa: F403
from vnhealthplan.analysis.rollup import __all__ as __all__
