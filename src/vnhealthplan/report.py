"""A plain-text report of a plan: its targets, what they imply, and its audit.

The public short path of :mod:`vnhealthplan.present.report`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.present.report import *  # noqa: F403
from vnhealthplan.present.report import __all__ as __all__
