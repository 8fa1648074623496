"""Data-collection forms (biểu mẫu): a plan's form to fill in, read back as Observations.

The public short path of :mod:`vnhealthplan.io.forms`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.io.forms import *  # noqa: F403
from vnhealthplan.io.forms import __all__ as __all__
