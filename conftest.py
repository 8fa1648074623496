"""Session set-up for every test, doctest and docs page: caches go to a temporary folder.

The unit registry caches its parsed definitions in the user's cache folder; the test
suite must not write outside a temporary folder, so it points the cache (and any process
the tests start) at one that is removed at the end.
"""

from __future__ import annotations

import os
import shutil
import tempfile

_CACHE = tempfile.mkdtemp(prefix="vnhealthplan-cache-")
os.environ["VNHEALTHPLAN_CACHE_DIR"] = _CACHE


def pytest_unconfigure(config: object) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)
