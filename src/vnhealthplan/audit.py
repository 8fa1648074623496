"""Consistency checks on a plan: what adds up, what is implied, what is already late.

The public short path of :mod:`vnhealthplan.analysis.audit`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.analysis.audit import *  # noqa: F403
from vnhealthplan.analysis.audit import __all__ as __all__
