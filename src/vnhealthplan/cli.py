"""The command line: ``vnhealthplan`` (or ``python -m vnhealthplan``) and its subcommands.

The public short path of :mod:`vnhealthplan.present.cli`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.present.cli import *  # noqa: F403
from vnhealthplan.present.cli import __all__ as __all__
