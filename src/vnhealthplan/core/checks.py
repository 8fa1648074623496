"""attrs validators and converters that raise :class:`~vnhealthplan.errors.ValidationError`.

Every failure names the class being built, the field, the value and what was expected.
"""

from __future__ import annotations

import enum
import numbers
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from vnhealthplan.core.errors import ValidationError

E = TypeVar("E")

#: Years a plan, a target or a deadline may name.
MIN_YEAR = 1945
MAX_YEAR = 2100

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def fail(inst: Any, attribute: attrs.Attribute[Any], value: object, expected: str) -> None:
    """Raise the package's error for *attribute* of *inst*."""
    raise ValidationError(type(inst).__name__, attribute.name, value, expected)


#: Unicode category Cc (C0 and C1 controls, DEL) except tab, line feed and carriage return.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def text(*, optional: bool = False) -> Validator:
    """A non-blank string free of control characters (None allowed if *optional*)."""

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or not value.strip():
            fail(inst, attribute, value, "a non-empty string")
        if _CONTROL.search(value):
            fail(inst, attribute, value, "text without control characters")

    return check


def member_of(kind: type[Any], *, optional: bool = False) -> Validator:
    """An instance of *kind* (None allowed if *optional*)."""

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind):
            expected = _article(kind.__name__)
            if issubclass(kind, enum.Enum):
                expected += f": one of {', '.join(repr(m.value) for m in kind)}"
            fail(inst, attribute, value, expected)

    return check


def items_of(kind: type[Any]) -> Validator:
    """A tuple whose every item is an instance of *kind*."""

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            fail(inst, attribute, value, f"an iterable of {kind.__name__} objects")
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                fail(inst, attribute, item, f"{_article(kind.__name__)} at position {i}")

    return check


def year_date(*, optional: bool = False) -> Validator:
    """A :class:`datetime.date` between 1945 and 2100."""

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, date) or isinstance(value, datetime):
            fail(inst, attribute, value, "a datetime.date (not a datetime)")
        elif not MIN_YEAR <= value.year <= MAX_YEAR:
            fail(inst, attribute, value, f"a date in the years {MIN_YEAR}–{MAX_YEAR}")

    return check


def to_tuple(value: Iterable[E] | None) -> tuple[E, ...]:
    """Converter: any iterable (or None) to a tuple; a lone string is one item.

    A value that is not iterable is returned as it is, for the validator to report.
    """
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)  # type: ignore[return-value]
    try:
        return tuple(value)
    except TypeError:
        return value  # type: ignore[return-value]


def plain_number(value: Any) -> float | int | None:
    """A Python int or float for any real number (NumPy scalars, Decimal); None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real | Decimal):
        return float(value)
    return None


def _article(name: str) -> str:
    return f"{'an' if name[:1] in 'AEIOU' else 'a'} {name}"
