"""Review a plan against observations, and write the review report (xlsx, html, docx).

The public short path of :mod:`vnhealthplan.analysis.review` (the review) and
:mod:`vnhealthplan.present.review` (its report), where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.analysis.review import *  # noqa: F403
from vnhealthplan.analysis.review import __all__ as _analysis
from vnhealthplan.present.review import *  # noqa: F403
from vnhealthplan.present.review import __all__ as _present
from vnhealthplan.present.review.commands import read_observation_files

__all__ = [*_analysis, *_present, "read_observation_files"]
