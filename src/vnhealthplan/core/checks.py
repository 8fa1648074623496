"""Checks of input values, in one place: attrs validators, and checks of function arguments.

Every failure raises :class:`~vnhealthplan.errors.ValidationError` (or its subclass
:class:`~vnhealthplan.errors.WrongTypeError`, also a :class:`TypeError`, for a value of the
wrong type) naming the class or function, the field or argument, the value and what was
expected.

The argument checks (:func:`finite_number`, :func:`non_negative`, :func:`year`,
:func:`as_date`, :func:`check_values`) take the *owner* (a class or function name) and the
*field* (the argument) to name in the error, and return the value in its plain Python form;
:func:`per_size` checks the argument ``per`` of the ratio and roll-up functions. (The day
check :func:`as_date` lives in :mod:`vnhealthplan.core.daycheck`; it is given here too.)

Examples
--------
>>> finite_number(float("inf"), "per_capita", "population")
Traceback (most recent call last):
...
vnhealthplan.errors.ValidationError: per_capita.population: got inf; expected a finite \
number (not NaN or infinity)
>>> year("2024", "Period.year", "year")
Traceback (most recent call last):
...
vnhealthplan.errors.WrongTypeError: Period.year.year: got '2024'; expected a year as an int \
such as 2024 (got str)
"""

from __future__ import annotations

import enum
import math
import numbers
import os
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeVar

import attrs

from vnhealthplan.core.daycheck import VIETNAM as VIETNAM
from vnhealthplan.core.daycheck import as_date as as_date
from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.messages import message

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
            fail(inst, attribute, value, message("a non-empty string"))
        if _CONTROL.search(value):
            fail(inst, attribute, value, message("text without control characters"))

    return check


def member_of(kind: type[Any], *, optional: bool = False) -> Validator:
    """An instance of *kind* (None allowed if *optional*)."""

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, kind):
            expected = _article(kind.__name__)
            if issubclass(kind, enum.Enum):
                values = ", ".join(repr(m.value) for m in kind)
                expected = message("{kind}: one of {values}", kind=expected, values=values)
            fail(inst, attribute, value, expected)

    return check


def one_of(*values: object) -> Validator:
    """One of *values* (compared with ``==``)."""

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value not in values:
            fail(
                inst,
                attribute,
                value,
                message("one of {values}", values=", ".join(map(repr, values))),
            )

    return check


def items_of(kind: type[Any]) -> Validator:
    """A tuple whose every item is an instance of *kind*."""

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            fail(
                inst, attribute, value, message("an iterable of {name} objects", name=kind.__name__)
            )
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                fail(
                    inst,
                    attribute,
                    item,
                    message("{kind} at position {i}", kind=_article(kind.__name__), i=i),
                )
            if isinstance(item, str) and not item.strip():  # a blank name matches nothing
                fail(inst, attribute, item, message("a non-empty string at position {i}", i=i))

    return check


def year_date(*, optional: bool = False) -> Validator:
    """A :class:`datetime.date` between 1945 and 2100."""

    def check(inst: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, date) or isinstance(value, datetime):
            fail(inst, attribute, value, message("a datetime.date (not a datetime)"))
        elif not MIN_YEAR <= value.year <= MAX_YEAR:
            fail(
                inst,
                attribute,
                value,
                message("a date in the years {low}–{high}", low=MIN_YEAR, high=MAX_YEAR),
            )

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
    """A Python int or float for any real number (NumPy, Decimal; a float32 as shown); or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real | Decimal):
        return float(str(value)) if getattr(value, "itemsize", 8) < 8 else float(value)
    return None


def _article(name: str) -> str:
    return (
        message("an {name}", name=name) if name[:1] in "AEIOU" else message("a {name}", name=name)
    )


# -- Checks of function arguments ----------------------------------------------------------


def _type_name(value: object) -> str:
    return type(value).__name__


def finite_number(value: Any, owner: str, field: str) -> int | float:
    """*value* as a Python int or float, refusing NaN, infinity, bools, strings and None.

    NumPy scalars and :class:`decimal.Decimal` are accepted and returned as int or float.

    Raises
    ------
    WrongTypeError
        For a value that is not a real number (a str, a bool, None, a list, …).
    ValidationError
        For NaN or ±infinity.

    Examples
    --------
    >>> import numpy as np
    >>> finite_number(np.int64(5130), "f", "beds"), finite_number(17.6, "f", "share")
    (5130, 17.6)
    >>> finite_number(True, "required_count", "population")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: required_count.population: got True; expected a \
number, not a bool
    """
    number = plain_number(value)
    if number is None:
        if isinstance(value, bool):
            raise WrongTypeError(owner, field, value, message("a number, not a bool"))
        hint = (
            message(" (read text with vnhealthplan.text.parse_number)")
            if isinstance(value, str)
            else ""
        )
        raise WrongTypeError(
            owner,
            field,
            value,
            message("a number (got {type}){hint}", type=str(_type_name(value)), hint=hint),
        )
    if isinstance(number, float) and not math.isfinite(number):
        raise ValidationError(owner, field, value, message("a finite number (not NaN or infinity)"))
    return number


def non_negative(value: Any, owner: str, field: str, *, zero: bool = True) -> int | float:
    """A finite number ≥ 0 (> 0 when *zero* is False), as :func:`finite_number` returns it.

    Examples
    --------
    >>> non_negative(0, "required_count", "population")
    0
    >>> non_negative(-39, "required_count", "ratio")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: required_count.ratio: got -39; expected a number ≥ 0
    >>> non_negative(0, "per_capita", "population", zero=False)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: per_capita.population: got 0; expected a number > 0
    """
    number = finite_number(value, owner, field)
    if number < 0 or (number == 0 and not zero):
        raise ValidationError(
            owner, field, value, message("a number ≥ 0") if zero else message("a number > 0")
        )
    return number


def year(value: Any, owner: str, field: str) -> int:
    """A year as a Python int between :data:`MIN_YEAR` and :data:`MAX_YEAR`.

    Python and NumPy integers are accepted; strings ("2024"), floats (2024.0, 2024.5) and
    bools are refused: a year is counted, not measured.

    Examples
    --------
    >>> import numpy as np
    >>> year(np.int32(2030), "Period.year", "year")
    2030
    >>> year(2024.5, "Period.year", "year")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: Period.year.year: got 2024.5; expected a year as an \
int such as 2024 (got float)
    >>> year(20240, "Period.year", "year")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: Period.year.year: got 20240; expected a year from \
1945 to 2100
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        expected = message("a year as an int such as 2024 (got {type})", type=_type_name(value))
        raise WrongTypeError(owner, field, value, expected)
    number = int(value)
    if not MIN_YEAR <= number <= MAX_YEAR:
        raise ValidationError(
            owner,
            field,
            value,
            message(
                "a year from {min_year} to {max_year}",
                min_year=str(MIN_YEAR),
                max_year=str(MAX_YEAR),
            ),
        )
    return number


def per_size(value: Any, owner: str, *, positive: bool = True) -> int:
    """A ratio's denominator size (10,000: "vạn dân") as a Python int: a Python or NumPy
    integer, not a bool, and > 0 unless *positive* is False (for a caller that checks it
    against the sizes it knows, with a message naming them).

    Examples
    --------
    >>> import numpy as np
    >>> per_size(np.int64(10_000), "rollup")
    10000
    >>> per_size(0, "rollup")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: rollup.per: got 0; expected a whole number > 0, \
such as 10000
    >>> per_size(True, "per_capita", positive=False)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: per_capita.per: got True; expected a whole number > \
0, such as 10000
    """
    expected = message("a whole number > 0, such as 10000")
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise WrongTypeError(owner, "per", value, expected)
    if positive and value <= 0:
        raise ValidationError(owner, "per", value, expected)
    return int(value)


Least = Literal["any", "zero", "positive"]


def within(low: Any, high: Any, least: Least) -> bool:
    """Whether values from *low* to *high* (NaN ignored) pass :func:`check_values`.

    For callers that find the extremes themselves (chunk by chunk, while the data is in
    the processor's cache) and call :func:`check_values` only to report a failure.

    Examples
    --------
    >>> within(0.0, 3.0, "zero"), within(0.0, 3.0, "positive"), within(1.0, float("inf"), "any")
    (True, False, False)
    """
    if high == math.inf or low == -math.inf:
        return False
    if least == "any":
        return True
    return not (low < 0 or (least == "positive" and low == 0))


def check_values(values: Any, owner: str, field: str, *, least: Least = "any") -> None:
    """Refuse infinite and out-of-range numbers in a float or a NumPy array, in one pass each.

    A scalar (a Python float or int) must be finite: NaN is refused too. In an array ±inf is
    refused and NaN passes, standing for a missing value that the result keeps missing.
    *least* sets the bound: ``"zero"`` refuses negative numbers, ``"positive"`` zero too.

    Raises
    ------
    ValidationError
        Naming the first bad value and, for an array, its position (``population[1]``).

    Examples
    --------
    >>> import numpy as np
    >>> check_values(np.array([1.0e6, np.nan]), "per_capita", "population", least="positive")
    >>> check_values(np.array([1.0e6, np.inf]), "per_capita", "population")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: per_capita.population[1]: got inf; expected finite \
numbers (NaN stands for a missing value; infinity is refused)
    """
    import numpy as np

    if not isinstance(values, np.ndarray):
        if least == "any":
            finite_number(values, owner, field)
        else:
            non_negative(values, owner, field, zero=least == "zero")
        return
    if values.size == 0:
        return
    low = np.fmin.reduce(values, axis=None)  # NaN ignored; NaN only if all are NaN
    high = np.fmax.reduce(values, axis=None) if values.dtype.kind == "f" else 0
    if within(low, high, least):
        return
    if high == math.inf or low == -math.inf:
        bad = np.isinf(values)
        expected = message("finite numbers (NaN stands for a missing value; infinity is refused)")
    else:
        bad = values <= 0 if least == "positive" else values < 0
        expected = message("numbers > 0") if least == "positive" else message("numbers ≥ 0")
    position = int(np.argmax(bad, axis=None))
    shown = values.flat[position].item()
    where = position if values.ndim == 1 else np.unravel_index(position, values.shape)
    raise ValidationError(owner, f"{field}[{_position(where)}]", shown, expected)


def _position(where: Any) -> str:
    return str(where) if isinstance(where, int) else ", ".join(str(int(i)) for i in where)


def file_suffix(
    path: str | os.PathLike[str], owner: str, suffixes: Iterable[str], *, bare: bool = False
) -> Path:
    """*path* as a :class:`~pathlib.Path`, checked to end in one of *suffixes* (any case),
    or in none if *bare* (a plain name such as ``draft``).

    A writer calls it before it writes anything (no workbook is written to ``plan.toml``).

    Examples
    --------
    >>> file_suffix("KeHoach.XLSX", "to_excel", [".xlsx"]).name
    'KeHoach.XLSX'
    >>> file_suffix("plan.xlsx", "write_plan", [".toml"])
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: write_plan.path: got 'plan.xlsx'; expected a file \
ending in .toml
    """
    file = Path(path)
    allowed = tuple(suffixes)
    if file.suffix.lower() not in allowed and not (bare and not file.suffix):
        raise ValidationError(owner, "path", str(path), message(
            "a file ending in {suffixes}",
            suffixes={"en": " or ".join(allowed), "vi": " hoặc ".join(allowed)}))  # fmt: skip
    return file
