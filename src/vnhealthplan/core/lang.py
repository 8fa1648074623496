"""The languages the package speaks: ``Lang``, the lowest module of the core.

It imports nothing of the package, so that the errors, messages and options can name a
language without importing the vocabularies (which check their arguments with
:mod:`vnhealthplan.core.checks`, and so import the errors). :data:`vnhealthplan.vocab.Lang`
is the same name.

Examples
--------
>>> from typing import get_args
>>> get_args(Lang)
('vi', 'en')
"""

from __future__ import annotations

from typing import Literal

__all__ = ["Lang"]

#: A language code: Vietnamese or English.
Lang = Literal["vi", "en"]
