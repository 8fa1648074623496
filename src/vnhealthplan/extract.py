"""Drafting a plan from its text: targets, deadlines, assignments, the document's identity.

The public short path of :mod:`vnhealthplan.io.extract`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.io.extract import *  # noqa: F403
from vnhealthplan.io.extract import __all__ as __all__
