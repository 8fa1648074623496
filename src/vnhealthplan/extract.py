"""Drafting a plan from its text: targets, deadlines, assignments, the document's identity.

The public short path of :mod:`vnhealthplan.io.extract`, where the code lives (see
:doc:`/architecture`). ``python -m vnhealthplan.extract FILE`` runs the extract command.
"""

from vnhealthplan.io.extract import *  # noqa: F403
from vnhealthplan.io.extract import __all__ as __all__

if __name__ == "__main__":  # python -m vnhealthplan.extract FILE ...
    import sys

    from vnhealthplan.io.extract.cli import main

    sys.exit(main())
