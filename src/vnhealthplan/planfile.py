"""Reading and writing plans as TOML files (the schema of the bundled plans).

The public short path of :mod:`vnhealthplan.data.planfile`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.data.planfile import *  # noqa: F403
from vnhealthplan.data.planfile import __all__ as __all__
