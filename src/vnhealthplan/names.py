"""Folding Vietnamese names for comparison: case, diacritics, đ and spacing.

The public short path of :mod:`vnhealthplan.core.fold`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.core.fold import *  # noqa: F403
from vnhealthplan.core.fold import __all__ as __all__
