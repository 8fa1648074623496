"""The package's exceptions.

The public short path of :mod:`vnhealthplan.core.errors`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.core.errors import *  # noqa: F403
from vnhealthplan.core.errors import __all__ as __all__
