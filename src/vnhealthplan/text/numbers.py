"""Numbers as Vietnamese documents write them: "5.130", "17,6", "857.490", "0,2".

Vietnamese uses a decimal comma and groups thousands with dots (babel locale ``vi``).
Parsing is strict: a string that could be read two ways is an error unless the caller
says which separator is the decimal one.

Examples
--------
>>> parse_number("5.130"), parse_number("17,6"), parse_number("0,2"), parse_number("100.000")
(5130, 17.6, 0.2, 100000)
"""

from __future__ import annotations

import re
from typing import Literal

from .errors import AmbiguousNumberError, ParseError

__all__ = ["parse_number"]

Decimal = Literal[",", "."]

_SIGN = "+-−"  # ASCII plus/minus and U+2212 MINUS SIGN
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 5.130, 1.892, 100.000
_PLAIN = re.compile(r"\d+")
_VI_DECIMAL = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+),(\d+)")  # 17,6 · 857.490,5
_DOT_DECIMAL = re.compile(r"(\d+)\.(\d+)")  # 40.0, 3.5 (OCR or English)
_EN_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def parse_number(text: str, *, decimal: Decimal | None = None) -> int | float:
    """Read a number written the Vietnamese way.

    Parameters
    ----------
    text : str
        For example "5.130", "17,6", "0,2", "857.490", "−0,2", "01".
    decimal : {",", "."}, optional
        The decimal separator. By default "," is the decimal separator and "." groups
        thousands; a dot followed by other than groups of three digits ("40.0", "3.5")
        is ambiguous and raises :class:`AmbiguousNumberError` listing both readings.
        Pass ``decimal="."`` for text written the English way.

    Returns
    -------
    int or float
        An int when the text has no decimal part.

    Raises
    ------
    ParseError
        For anything that is not one number: empty text, letters, stray units, two
        decimal commas ("1,2,3"), mixed separators, control characters.
    AmbiguousNumberError
        For a number that reads two ways and no *decimal* given.

    Examples
    --------
    The budget of the unattributed plan, "857.490 triệu đồng", and Đắk Lắk's "7,7":

    >>> parse_number("857.490"), parse_number("7,7")
    (857490, 7.7)
    >>> parse_number("3.5", decimal=".")  # Thanh Hóa's OCR'd "3.5 dược sĩ"
    3.5
    >>> parse_number("1.892", decimal=".")  # read the English way on request
    1.892
    >>> parse_number("12 %")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.ParseError: cannot read '12 %' as a number at 2–4 (' %'): \
expected digits with '.' grouping thousands and ',' before decimals
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number: expected a string, got {type(text).__name__}")
    body = text.strip()
    offset = len(text) - len(text.lstrip())
    if not body:
        raise ParseError(text, "a number", 0, len(text), "digits, e.g. '5.130' or '17,6'")
    sign = -1 if body[0] in "-−" else 1
    if body[0] in _SIGN:
        body, offset = body[1:], offset + 1
    if decimal not in (None, ",", "."):
        raise ValueError(f"parse_number: decimal must be ',' or '.', got {decimal!r}")
    value = _unsigned(text, body, offset, decimal)
    return sign * value if value else value


def _unsigned(text: str, body: str, offset: int, decimal: Decimal | None) -> int | float:
    if _PLAIN.fullmatch(body):
        return int(body)
    if decimal == ".":
        if _EN_GROUPED.fullmatch(body) or _DOT_DECIMAL.fullmatch(body):
            plain = body.replace(",", "")
            return float(plain) if "." in plain else int(plain)
        raise _bad(text, body, offset, "digits with ',' grouping thousands and '.' before decimals")
    if _GROUPED.fullmatch(body):
        return int(body.replace(".", ""))
    match = _VI_DECIMAL.fullmatch(body)
    if match:
        return float(f"{match.group(1).replace('.', '')}.{match.group(2)}")
    if decimal is None and _DOT_DECIMAL.fullmatch(body):
        readings = [("decimal", float(body)), ("grouping", float(body.replace(".", "")))]
        raise AmbiguousNumberError(text, readings)
    if body.count(",") > 1:
        second = body.index(",", body.index(",") + 1)
        raise ParseError(text, "a number", offset + second, len(text), "at most one decimal comma")
    return _raise_bad(text, body, offset)


def _raise_bad(text: str, body: str, offset: int) -> int:
    raise _bad(text, body, offset, "digits with '.' grouping thousands and ',' before decimals")


def _bad(text: str, body: str, offset: int, expected: str) -> ParseError:
    """An error pointing at the first character that does not belong to a number."""
    for i, ch in enumerate(body):
        if not (ch.isdigit() and ch.isascii()) and ch not in ".,":
            return ParseError(text, "a number", offset + i, len(text), expected)
    return ParseError(text, "a number", offset, len(text), expected)
