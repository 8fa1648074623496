"""Re-basing a plan's targets onto the provincial unit that exists today.

The public short path of :mod:`vnhealthplan.analysis.rebase`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.analysis.rebase import *  # noqa: F403
from vnhealthplan.analysis.rebase import __all__ as __all__
