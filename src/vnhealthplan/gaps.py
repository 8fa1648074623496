"""Gaps: how far an observed level is from a target, in the target's own units.

The public short path of :mod:`vnhealthplan.analysis.gaps`, where the code lives (see
:doc:`/architecture`); :func:`gaps_frame` is the multi-engine one of
:mod:`vnhealthplan.analysis.engines` (pandas frames go to the pandas implementation).
"""

from vnhealthplan.analysis.engines import gaps_frame as _any_engine
from vnhealthplan.analysis.gaps import *  # noqa: F403
from vnhealthplan.analysis.gaps import __all__ as __all__

gaps_frame = _any_engine  # the pandas one for pandas frames, the engine's own for others
