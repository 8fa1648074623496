"""Progress status: is an indicator on track to reach its target by the target year?

The public short path of :mod:`vnhealthplan.analysis.progress`, where the code lives (see
:doc:`/architecture`), and of :func:`~vnhealthplan.analysis.engines.progress_frame`, the
status of many rows of a frame of any engine.
"""

from vnhealthplan.analysis.engines import PROGRESS_COLUMNS as PROGRESS_COLUMNS
from vnhealthplan.analysis.engines import progress_frame as progress_frame
from vnhealthplan.analysis.progress import *  # noqa: F403
from vnhealthplan.analysis.progress import __all__ as _progress_all

__all__ = [*_progress_all, "PROGRESS_COLUMNS", "progress_frame"]
