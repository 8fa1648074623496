"""The calls of the package's source by the name they call: for the tests that check every
literal template (``message``, ``reason``, ``translate``) has its translation."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import vnhealthplan

SRC = Path(vnhealthplan.__file__).parent


@cache
def _trees() -> tuple[tuple[str, ast.Module], ...]:
    """(path relative to the package, parsed module) of every source file, parsed once."""
    return tuple(
        (str(path.relative_to(SRC)), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(SRC.rglob("*.py"))
    )


def calls_named(name: str, *, methods: bool = True) -> list[tuple[str, ast.Call]]:
    """(``file:line``, call) of every call of *name* in the package: ``name(...)``, and with
    *methods* also ``obj.name(...)``."""
    found = []
    for where, tree in _trees():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            called = getattr(node.func, "id", None)
            if called is None and methods:
                called = getattr(node.func, "attr", None)
            if called == name:
                found.append((f"{where}:{node.lineno}", node))
    return found
