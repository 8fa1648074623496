"""Exports of a plan, its gaps and its audit to Excel, CSV and Parquet; observations read back.

The public short path of :mod:`vnhealthplan.io.export`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.io.export import *  # noqa: F403
from vnhealthplan.io.export import __all__ as __all__
