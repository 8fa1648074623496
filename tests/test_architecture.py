"""The package's structure: layers (checked by lint-imports in the test command), no private
names across modules, public submodules reachable from the package and loaded lazily."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import vnhealthplan

SRC = Path(vnhealthplan.__file__).parent
LAYERS = ("core", "model", "data", "text", "analysis", "io", "present")


def _modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(path: Path, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = _module_name(path).split(".")
    if path.name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _private_imports() -> list[str]:
    found = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            source = _absolute(path, node)
            if not source.startswith("vnhealthplan"):
                continue
            for alias in node.names:
                name = alias.name
                if name.startswith("_") and not (name.startswith("__") and name.endswith("__")):
                    found.append(f"{path.relative_to(SRC)}:{node.lineno}: {name} from {source}")
    return found


def _is_module(name: str) -> bool:
    path = SRC.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _private_attributes() -> list[str]:
    """``module._name`` where *module* is another module of the package, imported here."""
    found = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                source = _absolute(path, node)
                for alias in node.names:
                    if source.startswith("vnhealthplan") and _is_module(f"{source}.{alias.name}"):
                        modules.add(alias.asname or alias.name)
            elif isinstance(node, ast.Import):
                modules |= {a.asname for a in node.names if a.asname and _is_module(a.name)}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in modules
                and node.attr.startswith("_")
                and not node.attr.endswith("__")
            ):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_private_name_is_imported_from_another_module():
    assert _private_imports() == []


def test_no_private_name_of_another_module_is_used():
    assert _private_attributes() == []


def test_code_lives_in_the_layer_folders():
    top = sorted(p.name for p in SRC.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert top == sorted(LAYERS)
    # Every top-level module other than the package's own is a short path: a re-export of a
    # layer module that defines nothing of its own.
    for path in sorted(SRC.glob("*.py")):
        if path.name in ("__init__.py", "__main__.py", "_version.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = [n for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)]
        assert [n.name for n in defined if n.name != "__getattr__"] == [], path.name


def test_no_module_is_over_500_lines():
    long = {
        str(p.relative_to(SRC)): n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}


@pytest.mark.parametrize("name", vnhealthplan.SUBMODULES)
def test_every_public_submodule_is_an_attribute_of_the_package(name):
    module = getattr(vnhealthplan, name)
    assert module is importlib.import_module(f"vnhealthplan.{name}")
    assert name in dir(vnhealthplan)


def test_submodules_are_loaded_on_first_use_only():
    code = (
        "import sys, vnhealthplan\n"
        "heavy = {'pandas', 'pint', 'matplotlib', 'openpyxl'} & set(sys.modules)\n"
        "upper = sorted(m for m in sys.modules if m.startswith(\n"
        "    ('vnhealthplan.analysis', 'vnhealthplan.io', 'vnhealthplan.present',\n"
        "     'vnhealthplan.text')))\n"
        "print(sorted(heavy), upper)\n"
        "vnhealthplan.plans.load('dak-lak-2024')\n"
        "print('vnhealthplan.plans' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["[] []", "True"]


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'gapz'"):
        vnhealthplan.gapz  # noqa: B018
