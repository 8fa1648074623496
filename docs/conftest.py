"""The doctests of cycle.rst read the sample form in examples/ from the repository's root."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _from_the_repository_root(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Run cycle.rst from the repository's root, as its reader does, wherever pytest runs."""
    if request.node.path.name == "cycle.rst":
        monkeypatch.chdir(ROOT)
