"""Gaps: how far an observed level is from a target, in the target's own units.

The public short path of :mod:`vnhealthplan.analysis.gaps`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.analysis.gaps import *  # noqa: F403
from vnhealthplan.analysis.gaps import __all__ as __all__
