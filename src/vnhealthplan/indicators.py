"""The bundled indicator catalogue (``data/indicators.toml``).

The public short path of :mod:`vnhealthplan.data.indicators`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.data.indicators import *  # noqa: F403
from vnhealthplan.data.indicators import __all__ as __all__
