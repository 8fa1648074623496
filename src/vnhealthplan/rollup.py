"""Counts and populations: what per-capita targets mean in counts, and roll-ups to groups.

The public short path of :mod:`vnhealthplan.analysis.rollup`, where the code lives (see
:doc:`/architecture`); :func:`rollup` is the multi-engine one of
:mod:`vnhealthplan.analysis.engines` (pandas frames go to the pandas implementation).
"""

from vnhealthplan.analysis.engines import rollup as _any_engine
from vnhealthplan.analysis.rollup import *  # noqa: F403
from vnhealthplan.analysis.rollup import __all__ as __all__

rollup = _any_engine  # the pandas one for pandas frames, the engine's own for others
