"""A number written in a table cell that states no number convention, read either way.

A user's CSV or Excel file, or a pandas frame, does not say whether "5.130" means 5130 or
5.13. A cell is read with "." as the decimal point and with "." grouping thousands: when
both readings agree ("17,6", "76.5", "5130") that is the number; when they differ the cell
is refused (:class:`~vnhealthplan.text.errors.AmbiguousNumberError`), not guessed. Both
:func:`vnhealthplan.observations.observations_from_frame` and
:func:`vnhealthplan.export.read_observations` read value cells with :func:`read_cell_number`,
so the two read a cell the same way.

Examples
--------
>>> read_cell_number("8,8"), read_cell_number("80,1"), read_cell_number("5130")
(8.8, 80.1, 5130)
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.messages import Message, message
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.text.numbers import parse_number

__all__ = ["NUMBER_ALONE", "WITH_UNIT", "read_cell_number", "two_readings"]

#: A number followed by words: "27,4 giường" (a unit that belongs in the unit column).
WITH_UNIT: Final = re.compile(r"\s*[-+]?\d[\d.,]*\s*[^\d\s.,]")
#: What a value cell with a unit after its number should be.
NUMBER_ALONE: Final = message(
    "expected a number alone: a unit goes in the 'unit' column, not in the value"
)


def read_cell_number(text: str) -> int | float:
    """The number *text* states under either convention, when both readings agree.

    Raises
    ------
    vnhealthplan.text.errors.ParseError
        For text that is not a number.
    vnhealthplan.text.errors.AmbiguousNumberError
        For a number that reads two ways ("5.130": 5130 or 5.13).

    Examples
    --------
    >>> read_cell_number("5.130")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.AmbiguousNumberError: ...
    """
    readings: dict[str, int | float] = {}
    first: ParseError | None = None
    for role, decimal in (("decimal", "."), ("grouping", ",")):
        try:
            readings[role] = parse_number(text, decimal=decimal)  # type: ignore[arg-type]
        except ParseError as err:
            first = first or err
    values = set(readings.values())
    if not values:
        assert first is not None
        raise first
    if len(values) > 1:
        raise AmbiguousNumberError(text, list(readings.items()))
    return readings.popitem()[1]


def two_readings(err: AmbiguousNumberError) -> Message:
    """What a cell that reads two ways should be instead, naming both readings.

    Examples
    --------
    >>> try:
    ...     read_cell_number("5.130")
    ... except AmbiguousNumberError as err:
    ...     print(two_readings(err))
    expected one reading; it reads as 5.13 or 5130, and the file states no number \
convention: write it so that it reads one way (5130, 5.13), or use a form
    """
    readings = message("{first} or {second}", first=f"{err.readings[0][1]:.15g}",
                       second=f"{err.readings[-1][1]:.15g}")  # fmt: skip
    return message("expected one reading; it reads as {readings}, and the file states no "
                   "number convention: write it so that it reads one way (5130, 5.13), or "
                   "use a form", readings=readings)  # fmt: skip
