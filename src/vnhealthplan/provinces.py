"""The registry of provincial units through time, and look-up by any of their names.

The public short path of :mod:`vnhealthplan.data.provinces`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.data.provinces import *  # noqa: F403
from vnhealthplan.data.provinces import __all__ as __all__
