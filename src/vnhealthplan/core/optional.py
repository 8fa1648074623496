"""Optional dependencies, imported when first needed, with an error naming the extra."""

from __future__ import annotations

import importlib
from types import ModuleType

from vnhealthplan.core.errors import MissingDependencyError

__all__ = ["require"]


def require(module: str, extra: str, what: str) -> ModuleType:
    """Import *module*, or raise MissingDependencyError naming the extra that installs it.

    Examples
    --------
    >>> require("json", "none", "the standard library").__name__
    'json'
    >>> require("vnhealthplan_no_such_module", "plot", "vnhealthplan.plot")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.MissingDependencyError: vnhealthplan.plot needs \
vnhealthplan_no_such_module, which is not installed: pip install "vnhealthplan[plot]"
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(module.split(".")[0], extra, what) from None
