"""The sdist and the wheel carry the whole package: every module and every data file.

``python -m build --no-isolation`` builds the sdist, then the wheel from the sdist (the path
a release takes), from a copy of the checkout in a temporary directory, without the network:
it uses the build backend installed here. It needs ``build`` and a setuptools that satisfies
``[build-system] requires`` (both in the ``test`` extra); without them the test is skipped,
saying which is missing. About 5 to 10 seconds.
"""

from __future__ import annotations

import fnmatch
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

pytest.importorskip("build")
requirements = pytest.importorskip("packaging.requirements")

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "vnhealthplan"
# What a checkout may hold that is not part of the project.
NOT_SOURCES = shutil.ignore_patterns(
    ".git",
    ".venv",
    ".ci-venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.py[cod]",
    "_build",
    ".hypothesis",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
)


def _backend_missing() -> str | None:
    """Why the installed build backend cannot build this project offline, or None."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for line in pyproject["build-system"]["requires"]:
        requirement = requirements.Requirement(line)
        try:
            installed = metadata.version(requirement.name)
        except metadata.PackageNotFoundError:
            return f"{requirement.name} is not installed (pip install '.[test]')"
        if not requirement.specifier.contains(installed, prereleases=True):
            return f"{requirement.name} {installed} does not satisfy {line} (pip install '.[test]')"
    return None


def _package_files() -> set[str]:
    """Every file of src/vnhealthplan (modules and data), as paths inside a wheel."""
    return {
        path.relative_to(PACKAGE.parent).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = _backend_missing()
    if reason:
        pytest.skip(reason)
    tmp = tmp_path_factory.mktemp("packaging")
    checkout = tmp / "checkout"
    shutil.copytree(ROOT, checkout, ignore=NOT_SOURCES)
    out = tmp / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(checkout)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, f"python -m build failed:\n{result.stdout}\n{result.stderr}"
    return out


def _declared(path: str, patterns: list[str]) -> bool:
    """Whether a path inside the package matches one of package-data's glob patterns."""
    parts = path.split("/")
    globs = [glob.split("/") for glob in patterns]
    return any(
        len(glob) == len(parts) and all(map(fnmatch.fnmatchcase, parts, glob)) for glob in globs
    )


def test_every_data_file_is_declared_in_package_data() -> None:
    # Runs without `build`: a new kind of data file must be added to pyproject's package-data.
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["vnhealthplan"]
    files = _package_files()
    data = sorted(p.removeprefix("vnhealthplan/") for p in files if not p.endswith(".py"))
    assert {"py.typed", "core/units.txt", "data/indicators.toml"} <= set(data)
    undeclared = [p for p in data if not _declared(p, patterns)]
    assert undeclared == [], f"add to [tool.setuptools.package-data] in pyproject: {undeclared}"


def test_wheel_holds_every_module_and_data_file(dist: Path) -> None:
    (wheel,) = dist.glob("vnhealthplan-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (meta,) = (n for n in names if n.endswith(".dist-info/METADATA"))
        metadata_text = archive.read(meta).decode("utf-8")
    missing = sorted(_package_files() - names)
    assert missing == [], f"not in the wheel (add them to package-data): {missing}"
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "License-Expression: MIT" in metadata_text.splitlines()
    assert "Requires-Python: >=3.11" in metadata_text.splitlines()
    assert "Description-Content-Type: text/markdown" in metadata_text.splitlines()


def test_sdist_holds_the_package_and_what_its_tests_need(dist: Path) -> None:
    (sdist,) = dist.glob("vnhealthplan-*.tar.gz")
    with tarfile.open(sdist) as archive:
        # vnhealthplan-0.1.0/src/... -> src/...
        names = {name.partition("/")[2] for name in archive.getnames()}
    missing = sorted(f"src/{p}" for p in _package_files() if f"src/{p}" not in names)
    assert missing == [], f"not in the sdist: {missing}"
    for path in ("LICENSE", "README.md", "CHANGELOG.md", "pyproject.toml"):
        assert path in names
    for folder in ("tests", "docs", "examples", "benchmarks"):
        expected = {
            path.relative_to(ROOT).as_posix()
            for path in (ROOT / folder).rglob("*")
            if path.is_file()
            and path.suffix != ".pyc"
            and not {"__pycache__", "_build"} & set(path.parts)
        }
        assert expected - names == set(), f"not in the sdist (see MANIFEST.in): {folder}/"
