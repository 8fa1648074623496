"""A day given as an argument: :func:`as_date` reads a date, a datetime (an aware one in
Vietnam's time, :data:`VIETNAM`), a pandas Timestamp or a NumPy datetime64 as a
:class:`datetime.date`, and refuses text, numbers and missing days with the package's errors
(as the other argument checks of :mod:`vnhealthplan.core.checks`, which gives it too).

Examples
--------
>>> from datetime import datetime, timezone
>>> as_date(datetime(2024, 12, 31, 20, tzinfo=timezone.utc), "Period.is_past", "on")
datetime.date(2025, 1, 1)
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from typing import Any, Literal, overload

from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.today import VIETNAM_TIME

__all__ = ["VIETNAM", "as_date"]

#: Vietnam's time zone (Asia/Ho_Chi_Minh): UTC+7 all year, no daylight saving since 1975.
#: The same object as :data:`vnhealthplan.core.today.VIETNAM_TIME`, defined there.
VIETNAM = VIETNAM_TIME

#: NumPy datetime64 units of a day or finer, which :func:`as_date` reads as a day.
_DAY_OR_FINER = frozenset({"D", "h", "m", "s", "ms", "us", "ns", "ps", "fs", "as"})


@overload
def as_date(value: Any, owner: str, field: str, *, optional: Literal[False] = ...) -> date: ...
@overload
def as_date(value: Any, owner: str, field: str, *, optional: bool) -> date | None: ...
def as_date(value: Any, owner: str, field: str, *, optional: bool = False) -> date | None:
    """A day as a :class:`datetime.date`, from a date, a datetime, a Timestamp or a datetime64.

    * a :class:`datetime.date` is returned as it is;
    * a naive :class:`datetime.datetime` (or :class:`pandas.Timestamp`) gives its date; an
      aware one is first converted to Vietnam's time (UTC+7, :data:`VIETNAM`): 20:00 UTC on
      31 December 2024 is 1 January 2025 in Vietnam;
    * a :class:`numpy.datetime64` of a day or finer precision gives its date.

    Text ("2024-01-01"), numbers, lists, NaT and None (unless *optional*) are refused: read
    text with :meth:`datetime.date.fromisoformat` first.

    Examples
    --------
    >>> from datetime import date, datetime, timezone
    >>> import numpy as np
    >>> as_date(datetime(2024, 12, 31, 20, tzinfo=timezone.utc), "Period.is_past", "on")
    datetime.date(2025, 1, 1)
    >>> as_date(np.datetime64("2023-10-14T08:00"), "Period.is_past", "on")
    datetime.date(2023, 10, 14)
    >>> as_date("2023-10-14", "Period.is_past", "on")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.WrongTypeError: Period.is_past.on: got '2023-10-14'; expected a \
datetime.date (got str; read text with date.fromisoformat)
    """
    if type(value) is date:  # the common case first
        return value
    if isinstance(value, datetime):
        if value != value:  # pandas.NaT is a datetime subclass that equals nothing
            raise ValidationError(owner, field, value, message("a date, not a missing one (NaT)"))
        if value.tzinfo is not None and value.utcoffset() is not None:
            value = value.astimezone(VIETNAM)
        day: date = value.date()
        return day
    if isinstance(value, date):
        return value
    if value is None and optional:
        return None
    numpy = sys.modules.get("numpy")
    if numpy is not None and isinstance(value, numpy.datetime64):
        return _datetime64_date(numpy, value, owner, field)
    hint = message("; read text with date.fromisoformat") if isinstance(value, str) else ""
    if type(value).__name__ == "NaTType":
        raise ValidationError(owner, field, value, message("a date, not a missing one (NaT)"))
    raise WrongTypeError(
        owner,
        field,
        value,
        message("a datetime.date (got {type}{hint})", type=str(type(value).__name__), hint=hint),
    )


def _datetime64_date(numpy: Any, value: Any, owner: str, field: str) -> date:
    unit = numpy.datetime_data(value.dtype)[0]
    if numpy.isnat(value):
        raise ValidationError(owner, field, value, message("a date, not a missing one (NaT)"))
    if unit not in _DAY_OR_FINER:
        expected = message(
            "a datetime64 of a day or finer precision (got unit {unit!r})", unit=unit
        )
        raise ValidationError(owner, field, value, expected)
    day = value.astype("datetime64[D]").item()
    if not isinstance(day, date):  # beyond the years datetime.date holds
        raise ValidationError(owner, field, value, message("a date in the years 1–9999"))
    return day
