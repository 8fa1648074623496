"""Sphinx configuration for the vnhealthplan documentation.

Build with ``python -m sphinx -W --keep-going -b html docs docs/_build/html``.
The pages' ``>>>`` examples are run by pytest (``--doctest-glob=*.rst``), not by Sphinx.
"""

from __future__ import annotations

import sys
from pathlib import Path

try:
    import vnhealthplan
except ImportError:  # building from a checkout without installing the package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import vnhealthplan

# -- Project -------------------------------------------------------------------------------

project = "vnhealthplan"
author = "vnhealthplan developers"
copyright = "vnhealthplan developers"
release = vnhealthplan.__version__
version = ".".join(release.split(".")[:2])
language = "en"

# -- General -------------------------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "numpydoc",
]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
root_doc = "index"
source_suffix = {".rst": "restructuredtext"}
templates_path: list[str] = []

# Unresolved references (e.g. to pint or pandas classes, which we cannot link without
# intersphinx) are shown as plain text instead of failing the build.
nitpicky = False
default_role = "py:obj"

# -- autodoc -------------------------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "none"  # numpydoc's Parameters sections carry the types
autodoc_default_options = {"members": True}
autoclass_content = "class"

# -- numpydoc ------------------------------------------------------------------------------

numpydoc_show_class_members = False
numpydoc_show_inherited_class_members = False
numpydoc_class_members_toctree = False
numpydoc_xref_param_type = False
numpydoc_validation_checks: set[str] = set()

# -- HTML ----------------------------------------------------------------------------------

html_theme = "alabaster"
html_title = f"vnhealthplan {release}"
html_static_path: list[str] = []
html_theme_options = {
    "description": "Vietnam's provincial health plans as a sourced, unit-aware model",
    "fixed_sidebar": True,
}
