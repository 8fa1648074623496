"""Checks of arguments of the public API: a flag, a choice, a language and a tolerance.

A flag is a bool (``to_excel(gaps="no")`` is refused, not taken as true); a choice is one
of a few names, exactly; a language is "vi" or "en"; a relative tolerance is a share below
1 (5 typed for 5 % is refused). All raise the package's errors with their Vietnamese, like
:mod:`vnhealthplan.core.checks`; the vocabularies use them (``Comparator.holds``).

Examples
--------
>>> flag(True, "to_excel", "gaps"), tolerance_share(0.05, "gaps_frame")
(True, 0.05)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from vnhealthplan.core.checks import non_negative
from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.lang import Lang
from vnhealthplan.core.messages import message

__all__ = ["choice", "flag", "language_code", "tolerance_share"]


def flag(value: Any, owner: str, field: str) -> bool:
    """A yes-or-no argument as a Python bool: True or False (a NumPy bool too), nothing
    else. A truthy string ("no", "false") or a number is refused, not taken as true.

    Examples
    --------
    >>> flag(False, "to_excel", "gaps")
    False
    >>> flag("no", "to_excel", "gaps")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: to_excel.gaps: got 'no'; expected True or False
    """
    if isinstance(value, bool):
        return value
    if getattr(value, "dtype", None) is not None and value.dtype.kind == "b" and not value.shape:
        return bool(value)
    raise WrongTypeError(owner, field, value, message("True or False"))


def choice(value: Any, allowed: Iterable[str], owner: str, field: str) -> str:
    """A name-valued argument that must be one of *allowed*, exactly.

    Examples
    --------
    >>> choice("target", ("target", "deadline"), "evaluate", "kind")
    'target'
    >>> choice("targets", ("target", "deadline"), "evaluate", "kind")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: evaluate.kind: got 'targets'; expected one of \
'target', 'deadline'
    """
    names = tuple(allowed)
    if isinstance(value, str) and value in names:
        return value
    raise ValidationError(
        owner, field, value, message("one of {values}", values=", ".join(map(repr, names)))
    )


def tolerance_share(value: Any, owner: str) -> float:
    """A relative tolerance as a float: a share, 0 ≤ value < 1 (``5`` typed for 5 % is
    refused: ±500 % would make nearly any level "about" its target).

    Examples
    --------
    >>> tolerance_share(0.05, "Comparator.holds")
    0.05
    >>> tolerance_share(5, "Comparator.holds")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: Comparator.holds.tolerance: got 5; expected a share \
below 1 (0.05 for 5 %)
    """
    number = float(non_negative(value, owner, "tolerance"))
    if number >= 1:
        raise ValidationError(owner, "tolerance", value, message("a share below 1 (0.05 for 5 %)"))
    return number


def language_code(value: Any, owner: str) -> Lang:
    """A *lang* argument that must be "vi" or "en" (no other language has the words).

    Examples
    --------
    >>> language_code("vi", "format_unit")
    'vi'
    >>> language_code("fr", "format_unit")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: format_unit.lang: got 'fr'; expected 'vi' or 'en'
    """
    if value not in ("vi", "en"):
        raise ValidationError(owner, "lang", value, message("'vi' or 'en'"))
    return cast(Lang, value)
