"""The bundled plans: the seed documents as structured, sourced data.

The public short path of :mod:`vnhealthplan.data.plans`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.data.plans import *  # noqa: F403
from vnhealthplan.data.plans import __all__ as __all__
