"""The package's one setting: the language of tables, reports and notebook displays.

The public short path of :mod:`vnhealthplan.core.options`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.core.options import *  # noqa: F403
from vnhealthplan.core.options import __all__ as __all__
