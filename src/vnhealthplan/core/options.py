"""The package's one setting: the language of tables, reports and notebook displays.

Functions that take a ``lang`` argument use it when given; those that leave it out (or pass
``None``) use this setting. It starts as the environment variable ``VNHEALTHPLAN_LANG``
(``vi`` or ``en``, read at the first use of the setting), else English; any other value of
the variable gives a :class:`UserWarning` naming it, and English (a misspelt variable should
not stop a notebook or a script, only be reported). Set it once in a notebook with
:func:`set_language`, or for a block of code with :func:`language`; the block form is safe in
threads and asyncio tasks, since it lives in a :class:`contextvars.ContextVar`.

Examples
--------
>>> from vnhealthplan import options
>>> options.get_language()
'en'
>>> with options.language("vi"):
...     options.get_language()
'vi'
>>> options.get_language()
'en'
>>> options.resolve_language(None), options.resolve_language("vi")
('en', 'vi')
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, cast

from vnhealthplan.core.lang import Lang

__all__ = ["ENVIRONMENT_VARIABLE", "get_language", "language", "resolve_language", "set_language"]

_LANGUAGES: tuple[Lang, ...] = ("en", "vi")

#: The session-wide default, changed only by :func:`set_language`. A ContextVar alone would
#: not do here: ipykernel runs each notebook cell in a copy of the context, so a value set in
#: one cell would be gone in the next.
_default: list[Lang | None] = [None]  # None: not read from the environment yet

#: The environment variable giving the default language (``vi`` or ``en``).
ENVIRONMENT_VARIABLE = "VNHEALTHPLAN_LANG"

#: A value set by :func:`language` for the current block, thread or task.
_scoped: ContextVar[Lang | None] = ContextVar("vnhealthplan_language", default=None)


def _checked(lang: Any) -> Lang:
    if lang not in _LANGUAGES:
        raise ValueError(f"language: got {lang!r}; expected one of 'en', 'vi'")
    return cast(Lang, lang)


def _from_environment() -> Lang:
    """The language ``VNHEALTHPLAN_LANG`` names; English (with a warning) for another value."""
    raw = os.environ.get(ENVIRONMENT_VARIABLE, "")
    value = raw.strip().lower()
    if not value:
        return "en"
    if value == "vi":
        return "vi"
    if value != "en":
        warnings.warn(
            f"{ENVIRONMENT_VARIABLE}={raw!r} is not a language of vnhealthplan; expected 'vi' "
            "or 'en'; using English",
            UserWarning,
            stacklevel=3,
        )
    return "en"


def _default_language() -> Lang:
    lang = _default[0]
    if lang is None:
        lang = _default[0] = _from_environment()
    return lang


def get_language() -> Lang:
    """The language in force: the innermost :func:`language` block's, else the default.

    Returns
    -------
    {'en', 'vi'}

    Examples
    --------
    >>> get_language()
    'en'
    """
    scoped = _scoped.get()
    return _default_language() if scoped is None else scoped


def resolve_language(lang: Lang | None) -> Lang:
    """*lang* checked, or the language in force when *lang* is None.

    Parameters
    ----------
    lang : {'en', 'vi'} or None

    Returns
    -------
    {'en', 'vi'}

    Raises
    ------
    ValueError
        For any other value.

    Examples
    --------
    >>> resolve_language("vi")
    'vi'
    >>> resolve_language("fr")
    Traceback (most recent call last):
    ...
    ValueError: language: got 'fr'; expected one of 'en', 'vi'
    """
    return get_language() if lang is None else _checked(lang)


def set_language(lang: Lang) -> Lang:
    """Set the default language for the rest of the session; return the previous one.

    Parameters
    ----------
    lang : {'en', 'vi'}

    Returns
    -------
    {'en', 'vi'}
        The default before the call, so that it can be restored.

    Examples
    --------
    >>> previous = set_language("vi")
    >>> get_language()
    'vi'
    >>> set_language(previous)
    'vi'
    >>> get_language()
    'en'
    """
    checked = _checked(lang)
    previous = _default_language()
    _default[0] = checked
    return previous


@contextmanager
def language(lang: Lang) -> Iterator[Lang]:
    """Use *lang* inside a ``with`` block, restoring the previous language after it.

    Parameters
    ----------
    lang : {'en', 'vi'}

    Yields
    ------
    {'en', 'vi'}

    Examples
    --------
    >>> with language("vi"):
    ...     print(get_language())
    vi
    """
    token = _scoped.set(_checked(lang))
    try:
        yield get_language()
    finally:
        _scoped.reset(token)
