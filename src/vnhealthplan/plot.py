"""Plots of plans (matplotlib, the optional extra ``plot``): indicators over time against

The public short path of :mod:`vnhealthplan.present.plot`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.present.plot import *  # noqa: F403
from vnhealthplan.present.plot import __all__ as __all__
