"""The Vietnamese text layer: numbers, units, target phrases, periods and names, in and out.

Parsing is strict: ambiguous input is an error that says what was read, where it failed
and what was expected (:class:`ParseError`, a :class:`ValueError`).

Examples
--------
>>> from vnhealthplan.text import parse_number
>>> parse_number("5.130")
5130
"""

from .errors import AmbiguousNumberError, ParseError
from .numbers import parse_number

__all__ = ["AmbiguousNumberError", "ParseError", "parse_number"]
