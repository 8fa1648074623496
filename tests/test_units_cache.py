"""The unit registry's cache of parsed definitions: where it goes, and that it is optional.

Each case runs in a fresh process (the registry is built once a process), with the cache
pointed into pytest's temporary folder.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pint

SCRIPT = (
    "from vnhealthplan.core.units import registry; r = registry(); "
    "q = r.Quantity(29, 'bed / ten_thousand_people').to('bed / thousand_people'); "
    "print(r.cache_folder, round(q.magnitude, 6))"
)


def run(cache: str) -> str:
    env = {**os.environ, "VNHEALTHPLAN_CACHE_DIR": cache}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, check=True)  # fmt: skip
    return done.stdout.strip()


def test_cache_folder_is_named_after_the_definitions_and_pint(tmp_path: Path) -> None:
    data = resources.files("vnhealthplan.core").joinpath("units.txt").read_bytes()
    key = hashlib.sha256(data + pint.__version__.encode()).hexdigest()[:24]
    first = run(str(tmp_path))
    assert first == f"{tmp_path / f'units-{key}'} 2.9"
    assert any((tmp_path / f"units-{key}").iterdir())  # pint wrote its cache
    assert run(str(tmp_path)) == first  # read back: the same registry


def test_no_cache_when_the_variable_is_empty(tmp_path: Path) -> None:
    assert run("") == "None 2.9"


def test_no_cache_when_the_folder_cannot_be_made(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    assert run(str(blocker / "cache")) == "None 2.9"
