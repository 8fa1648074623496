"""HTML displays for notebooks: plans, targets, indicators, provinces, facilities,

The public short path of :mod:`vnhealthplan.present.display`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.present.display import *  # noqa: F403
from vnhealthplan.present.display import __all__ as __all__
