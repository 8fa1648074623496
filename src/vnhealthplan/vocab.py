"""Closed vocabularies of the domain: comparators, target kinds, tiers, ranks, ownership.

The public short path of :mod:`vnhealthplan.core.vocab`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.core.vocab import *  # noqa: F403
from vnhealthplan.core.vocab import __all__ as __all__
