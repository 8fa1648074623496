"""Settings for every test and doctest the suite collects (tests/, src/, docs/, README.md)."""

import os

from vnhealthplan.core.terminal import DEFAULT_WIDTH

# The command line writes its tables as wide as the terminal (COLUMNS first, else the
# terminal's width, else DEFAULT_WIDTH when the output is not a terminal). The doctests show
# DEFAULT_WIDTH columns, so every run gets that, whatever terminal (or CI runner) starts it.
os.environ["COLUMNS"] = str(DEFAULT_WIDTH)
