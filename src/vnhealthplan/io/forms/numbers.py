"""Numbers typed as text in a form or a table, read by :func:`vnhealthplan.text.parse_number`.

A form states its number convention: ``"vi"`` (5.130 = năm nghìn một trăm ba mươi, 17,6 =
mười bảy phẩy sáu) or ``"en"`` (5,130 and 17.6). Text in a number cell is read under it,
with the same answer :func:`~vnhealthplan.text.parse_number` gives everywhere; a number that
reads two ways is an error, never a guess. A table that states no convention (a plain
observations CSV) is read both ways: accepted when the two readings agree or only one is a
number, refused when they differ ("5.130": 5130 or 5.13).

Examples
--------
>>> read_number("5.130", "vi"), read_number("17,6", "vi"), read_number("5,130", "en")
(5130, 17.6, 5130)
>>> read_number("76.5", None), read_number("17,6", None), read_number("12", None)
(76.5, 17.6, 12)
>>> read_number("5.130", None)
Traceback (most recent call last):
...
vnhealthplan.text.errors.AmbiguousNumberError: ...'5.130'...
"""

from __future__ import annotations

import re
from typing import Final, Literal

from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.messages import Message, message
from vnhealthplan.text.cellnumbers import percent_text, read_cell_number, scientific
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.text.numbers import parse_number

__all__ = [
    "CONVENTIONS",
    "Convention",
    "percent_text",
    "read_number",
    "scales_by_100",
    "shows_percent",
]

Convention = Literal["vi", "en"]

#: The number conventions a form may state, and the decimal separator of each (``None``:
#: :func:`~vnhealthplan.text.parse_number`'s Vietnamese default, which refuses "3.5").
CONVENTIONS: Final[dict[str, Literal[",", "."] | None]] = {"vi": None, "en": "."}

#: "5,000" or "1,920": a decimal comma under the Vietnamese convention, but three digits
#: after one comma is how English groups thousands, and users paste English figures.
_COMMA_THOUSANDS: Final = re.compile(r"[-+−]?[1-9]\d{0,2},\d{3}")


#: What a number format shows as it is, not as a code: quoted text, an escaped character,
#: the character after "_" (a space as wide) or "*" (repeated), a [colour] or [$-locale].
_LITERAL: Final = re.compile(r'"[^"]*"|\\.|[_*].|\[[^\]]*\]')


def scales_by_100(number_format: str | None) -> bool:
    """Tell whether an Excel number format shows its number × 100 (a bare ``%``).

    A ``%`` in quotes (``0.0"%"``, as :func:`~vnhealthplan.export.to_excel` writes),
    escaped (``0.0\\%``) or after ``_`` or ``*`` is only a sign: the cell holds the figure.

    Examples
    --------
    >>> scales_by_100("0.0%"), scales_by_100("General"), scales_by_100(None)
    (True, False, False)
    >>> scales_by_100('0.0"%"'), scales_by_100("0.0\\\\%"), scales_by_100("0%;[Red]-0%")
    (False, False, True)
    """
    return "%" in _LITERAL.sub("", number_format or "")


def shows_percent(number_format: str | None) -> bool:
    """Tell whether an Excel number format shows a "%" at all: scaled (``0%``) or written
    after the figure (``0.0"%"``). Such a number is a percentage, whatever the row's unit:
    the forms and :func:`~vnhealthplan.export.read_observations` read it by this one rule.

    Examples
    --------
    >>> shows_percent("0%"), shows_percent('0.0"%"'), shows_percent("#,##0"), shows_percent(None)
    (True, True, False, False)
    """
    return "%" in (number_format or "")


def _two_ways(text: str) -> ParseError:
    body = text.strip().lstrip("+-−")
    whole, part = body.split(",")
    return ParseError(
        text, "a number", 0, len(text),
        message("one reading: {text} is {decimal} with the Vietnamese decimal comma, but "
                "{thousands} if the comma groups thousands (written the English way); write "
                "{thousands} for thousands, or {decimal} for a decimal", text=f"{whole},{part}",
                decimal=f"{whole},{part.rstrip('0') or '0'}", thousands=f"{whole}.{part}"),
    )  # fmt: skip


def _what_to_type(err: AmbiguousNumberError, convention: Convention) -> Message:
    """What a form's filler types for a number that reads two ways: each reading written the
    form's way ("type 29,5 if it is a decimal number, or 295 if it is a whole number")."""
    decimal = next((v for role, v in err.readings if role == "decimal"), err.readings[0][1])
    whole = next((v for role, v in err.readings if role != "decimal"), err.readings[-1][1])
    mark, group = (",", ".") if convention == "vi" else (".", ",")
    typed = f"{decimal:.15g}".replace(".", mark)
    if convention == "vi" and err.text.strip().count(".") == 1:  # "40.0": 40,0, as typed
        typed = err.text.strip().replace(".", ",")
    grouped = f"{whole:,.15g}".replace(",", group)
    return message("type {decimal} if it is a decimal number, or {whole} if it is a whole number",
                   decimal=typed, whole=grouped)  # fmt: skip


def read_number(text: str, convention: Convention | None) -> int | float:
    """The number *text* states under *convention*, or under either when it is None.

    Parameters
    ----------
    text : str
        A cell's text, e.g. "5.130", "17,6", "−0,2".
    convention : {"vi", "en"} or None
        The form's stated convention; None for a table that states none.

    Returns
    -------
    int or float

    Raises
    ------
    vnhealthplan.text.errors.ParseError
        For text that is not a number.
    vnhealthplan.text.errors.AmbiguousNumberError
        For a number that reads two ways (under "vi", "3.5"; with no convention, "5.130").

    Examples
    --------
    >>> read_number("857.490", "vi"), read_number("857,490", "en")
    (857490, 857490)
    >>> read_number("3.5", "vi")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.AmbiguousNumberError: ...
    >>> read_number("5,000", "vi")  # 5 with a decimal comma, or 5.000 pasted the English way?
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.ParseError: ...write 5.000 for thousands, or 5,0 for a decimal
    """
    said = scientific(text)
    if said is not None:
        raise ParseError(text, "a number", 0, len(text), said)
    if convention is not None:
        if convention not in CONVENTIONS:
            raise ValidationError(
                "read_number", "convention", convention, message("'vi' (5.130,5) or 'en' (5,130.5)")
            )
        if convention == "vi" and _COMMA_THOUSANDS.fullmatch(text.strip()):
            raise _two_ways(text)
        try:
            return parse_number(text, decimal=CONVENTIONS[convention])
        except AmbiguousNumberError as err:  # the filler is told what to type, not decimal=
            raise AmbiguousNumberError(text, err.readings, hint=_what_to_type(err, convention),
                                       start=err.start, end=err.end) from None  # fmt: skip
    return read_cell_number(text)  # no convention: the one reading both conventions agree on
