"""Errors of the text layer: what was read, where it failed, what was expected.

Examples
--------
>>> from vnhealthplan.text import parse_number
>>> parse_number("1,2,3")
Traceback (most recent call last):
...
vnhealthplan.text.errors.ParseError: cannot read '1,2,3' as a number at 3–5 (',3'): \
expected at most one decimal comma
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from vnhealthplan.core.errors import VNHealthPlanError
from vnhealthplan.core.messages import Message, message

__all__ = ["AmbiguousNumberError", "ParseError", "check_characters"]

#: Unicode categories refused anywhere in parsed text: controls, format characters (U+202E,
#: U+200B …), private use and surrogates. Tab, line feed and carriage return pass.
_BAD_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs"})

#: What a text is read as, said in Vietnamese too (any other stays as given).
_WHATS = frozenset({"a number", "a period", "a unit", "a target phrase", "a year", "a quantity"})


class ParseError(VNHealthPlanError, ValueError):
    """Text that could not be read as what was asked for.

    Attributes
    ----------
    text : str
        The input, as given.
    what : str
        What it was read as: "a number", "a unit", "a target phrase", "a period", ….
    start, end : int
        The span of the part that failed (``text[start:end]``).
    expected : str
        What would have been accepted there.
    """

    def __init__(self, text: str, what: str, start: int, end: int, expected: str) -> None:
        self.text = text
        self.what = what
        self.start = start
        self.end = end
        self.expected = expected
        part = text[start:end] if isinstance(text, str) else ""
        where = (
            message(" at {start}–{end} ({part!r})", start=start, end=end, part=part)
            if part and part != text else ""
        )  # fmt: skip
        said = message(what) if what in _WHATS else what
        super().__init__(
            message("cannot read {text!r} as {what}{where}: expected {expected}", text=text,
                    what=said, where=where, expected=expected)
        )  # fmt: skip


class AmbiguousNumberError(ParseError):
    """A number that reads two ways, such as OCR'd "40.0"; the caller must say which.

    Attributes
    ----------
    readings : tuple of (str, float)
        Each reading: ``("decimal", 40.0)`` if the dot is a decimal point,
        ``("grouping", 400)`` if it groups thousands.

    Examples
    --------
    >>> from vnhealthplan.text import parse_number
    >>> parse_number("40.0")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.AmbiguousNumberError: cannot read '40.0' as a number: expected \
one reading; it reads as 40 if '.' is the decimal point or 400 if '.' groups thousands: \
pass decimal='.' if '.' is the decimal point
    >>> parse_number("40.0", decimal=".")
    40.0
    """

    def __init__(
        self,
        text: str,
        readings: Sequence[tuple[str, float]],
        *,
        what: str = "a number",
        start: int = 0,
        end: int | None = None,
        hint: Message | None = None,
    ) -> None:
        self.readings = tuple(readings)
        parts = [
            message("{value:.15g} if '.' is the decimal point", value=value)
            if role == "decimal" else message("{value:.15g} if '.' groups thousands", value=value)
            for role, value in self.readings
        ]  # fmt: skip
        shown: Message | str = " or ".join(parts)
        if len(parts) == 2:
            shown = message("{first} or {second}", first=parts[0], second=parts[1])
        if hint is None:  # a Python caller's: the argument that settles it
            expected = message("one reading; it reads as {shown}: pass decimal='.' if '.' is "
                               "the decimal point", shown=shown)  # fmt: skip
        else:  # a form's filler's, say: what to type
            expected = message("one reading; it reads as {shown}: {hint}", shown=shown, hint=hint)
        super().__init__(text, what, start, len(text) if end is None else end, expected)


def check_characters(text: str, what: str) -> None:
    """Refuse control, format, private-use and surrogate characters anywhere in *text*.

    Tab, line feed and carriage return count as white space and pass. Every parser of the
    text layer calls this first.

    Raises
    ------
    ParseError
        Pointing at the first such character.

    Examples
    --------
    >>> check_characters("Quý II/2024\\u202e", "a period")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.ParseError: cannot read 'Quý II/2024\\u202e' as a period at \
11–12 ('\\u202e'): expected text without control or format characters (found U+202E)
    """
    for i, ch in enumerate(text):
        if ch not in "\t\n\r" and unicodedata.category(ch) in _BAD_CATEGORIES:
            expected = message("text without control or format characters (found U+{code:04X})",
                               code=ord(ch))  # fmt: skip
            raise ParseError(text, what, i, i + 1, expected)
