"""National reference targets and statistics, and the comparison of plans against them.

The public short path of :mod:`vnhealthplan.data.reference`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.data.reference import *  # noqa: F403
from vnhealthplan.data.reference import __all__ as __all__
