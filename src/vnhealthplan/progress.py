"""Progress status: is an indicator on track to reach its target by the target year?

The public short path of :mod:`vnhealthplan.analysis.progress`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.analysis.progress import *  # noqa: F403
from vnhealthplan.analysis.progress import __all__ as __all__
