"""District-level units named in the bundled plans, and their facilities, as historical units.

The public short path of :mod:`vnhealthplan.data.districts`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.data.districts import *  # noqa: F403
from vnhealthplan.data.districts import __all__ as __all__
