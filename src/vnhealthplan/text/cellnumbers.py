"""A number written in a table cell that states no number convention, read either way.

A user's CSV or Excel file, or a pandas frame, does not say whether "5.130" means 5130 or
5.13. A cell is read with "." as the decimal point and with "." grouping thousands: when
both readings agree ("17,6", "76.5", "5130") that is the number; when they differ the cell
is refused (:class:`~vnhealthplan.text.errors.AmbiguousNumberError`), not guessed. Both
:func:`vnhealthplan.observations.observations_from_frame` and
:func:`vnhealthplan.export.read_observations` read value cells with :func:`read_cell_number`,
so the two read a cell the same way; a value typed with its per cent sign ("96,4%") is read
by :func:`percent_text` in the frames, the tables and the forms alike.

Examples
--------
>>> read_cell_number("8,8"), read_cell_number("80,1"), read_cell_number("5130")
(8.8, 80.1, 5130)
"""

from __future__ import annotations

import math
import re
from typing import Any, Final

from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.unitnames import unit_name
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.text.numbers import parse_number

__all__ = [
    "NUMBER_ALONE",
    "PERCENT_WORDS",
    "WITH_UNIT",
    "percent_text",
    "read_cell_number",
    "row_unit",
    "scientific",
    "two_readings",
]

#: A number followed by words: "27,4 giường" (a unit that belongs in the unit column).
WITH_UNIT: Final = re.compile(r"\s*[-+]?\d[\d.,]*\s*[^\d\s.,]")
#: What a value cell with a unit after its number should be.
NUMBER_ALONE: Final = message(
    "expected a number alone: a unit goes in the 'unit' column, not in the value"
)

#: A number in scientific notation: "1e3", "2,5E1", "1.5e-2".
_SCIENTIFIC: Final = re.compile(r"\s*([-+−]?\d[\d.,]*)[eE]([-+−]?\d+)\s*")


def scientific(text: Any) -> Message | None:
    """What a cell in scientific notation ("1e3") should be instead; None for other text.

    Every reader of a cell refuses it by this one rule (the tables, the frames and the
    forms): "1e3" is no unit after a number, and "2,5E1" may not be read as the writer meant.

    Examples
    --------
    >>> scientific("1e3").said("vi")
    'một số viết đầy đủ, không ở dạng khoa học (1e3): ghi 1000'
    >>> scientific("2,5E1"), scientific("27,4 giường")
    ('a number written out in full, not in scientific notation (2,5E1): write 25', None)
    >>> scientific("1e400")  # no float: said without a number to write
    'a number written out in full, not in scientific notation (1e400)'
    """
    found = _SCIENTIFIC.fullmatch(text) if isinstance(text, str) else None
    if found is None:
        return None
    mantissa, exponent = found[1].replace("−", "-"), found[2].replace("−", "-")
    marks = mantissa.count(",") + mantissa.count(".")
    # read as one float: "1e999999999" is inf at once, not a power of ten computed digit by digit
    full = float(f"{mantissa.replace(',', '.')}e{exponent}") if marks <= 1 else math.nan
    if not math.isfinite(full) or (full == 0 and float(mantissa.replace(",", ".")) != 0):
        return message("a number written out in full, not in scientific notation ({text})",
                       text=text.strip())  # fmt: skip
    if abs(full) < 1e15 and float(full).is_integer():  # 1000, not "1.000" (an int as it is)
        return message("a number written out in full, not in scientific notation ({text}): "
                       "write {full}", text=text.strip(), full=int(full))  # fmt: skip
    return message("a number written out in full, not in scientific notation ({text}): write "
                   "{full:.15g}", text=text.strip(), full=full)  # fmt: skip


#: A unit cell that says per cent.
PERCENT_WORDS: Final = ("%", "percent", "phần trăm")


def read_cell_number(text: str) -> int | float:
    """The number *text* states under either convention, when both readings agree.

    Raises
    ------
    vnhealthplan.text.errors.ParseError
        For text that is not a number, or a number in scientific notation (:func:`scientific`).
    vnhealthplan.text.errors.AmbiguousNumberError
        For a number that reads two ways ("5.130": 5130 or 5.13).

    Examples
    --------
    >>> read_cell_number("5.130")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.AmbiguousNumberError: ...
    """
    said = scientific(text)
    if said is not None:
        raise ParseError(text, "a number", 0, len(text), said)
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


def percent_text(text: str, unit: Any) -> tuple[str, Message | None]:
    """*text* without a trailing "%" when *unit* is percent; a refusal when it is not.

    Parameters
    ----------
    text : str
        A value cell's text, e.g. "96,4%".
    unit : pint.Unit or str
        The unit of the cell's row.

    Returns
    -------
    tuple of (str, Message or None)
        The text to read as a number, and what was expected instead (None when fine).

    Examples
    --------
    >>> percent_text("96,4 %", "percent")
    ('96,4', None)
    >>> percent_text("96,4%", "bed")[1].said("vi")
    'một số không có dấu % (đơn vị của dòng là giường bệnh): bỏ dấu %'
    >>> percent_text("5.130", "bed")
    ('5.130', None)
    """
    body = text.strip()
    if not body.endswith("%"):
        return text, None
    if str(unit) == "percent":
        return body[:-1].strip(), None
    return text, message("a number without a % sign (the row's unit is {unit}): remove the % sign",
                         unit={"en": str(unit), "vi": unit_name(unit)})  # fmt: skip


def row_unit(cell: Any, default: Any) -> Any:
    """The unit a row's value is in: its unit cell when it has text ("%" and "phần trăm" are
    per cent), else *default* (the indicator's unit).

    Examples
    --------
    >>> row_unit("%", "bed"), row_unit(" giường ", "percent"), row_unit(None, "percent")
    ('percent', 'giường', 'percent')
    """
    if isinstance(cell, str) and cell.strip():
        return "percent" if cell.strip().casefold() in PERCENT_WORDS else cell.strip()
    return default
