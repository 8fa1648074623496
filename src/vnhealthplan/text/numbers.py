"""Numbers as Vietnamese documents write them: "5.130", "17,6", "857.490", "0,2".

Vietnamese uses a decimal comma and groups thousands with dots (babel locale ``vi``).
Parsing is strict: a string that could be read two ways is an error unless the caller
says which separator is the decimal one. Formatting writes what babel's
``format_decimal`` writes, byte for byte, without calling babel once per value.

Examples
--------
>>> parse_number("5.130"), parse_number("17,6"), parse_number("0,2"), parse_number("100.000")
(5130, 17.6, 0.2, 100000)
>>> format_number(5130), format_number(17.6), format_number(17.6, "en")
('5.130', '17,6', '17.6')
"""

from __future__ import annotations

import decimal
import functools
import math
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, overload

import numpy as np
from numpy.typing import NDArray

from vnhealthplan.core import numformat as fmt
from vnhealthplan.core.errors import ValidationError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["format_number", "format_numbers", "parse_number"]

Decimal = Literal[",", "."]

_SIGN = "+-−"  # ASCII plus/minus and U+2212 MINUS SIGN
# re.ASCII: \d is 0-9 only, so "١٢" (Arabic-Indic) or "１２" (full-width) are not read as 12.
# A grouped number's first group has 1-3 digits and no leading 0: "0.130" or "012.345" is
# not a thousands grouping (Vietnamese never writes zeros before a grouped number).
_GROUPED = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+", re.ASCII)  # 5.130, 1.892, 100.000
_PLAIN = re.compile(r"\d+", re.ASCII)
_VI_DECIMAL = re.compile(r"([1-9]\d{0,2}(?:\.\d{3})+|\d+),(\d+)", re.ASCII)  # 17,6 · 857.490,5
_DOT_DECIMAL = re.compile(r"(\d+)\.(\d+)", re.ASCII)  # 40.0, 3.5 (OCR or English)
_EN_GROUPED = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?", re.ASCII)
#: Groups after a first group starting with 0 ("0.130.000", "0.130,5", "0,130" in English).
_ZERO_GROUPED = re.compile(r"0\d{0,2}(?:[.,]\d{3})+(?:[.,]\d+)?", re.ASCII)
#: The white space stripped around a number: str.isspace() minus the control characters it
#: counts as space (\x0b, \x0c, \x1c-\x1f, \x85), which are errors like any other.
_SPACE = " \t\n\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(
    map(chr, range(0x2000, 0x200B))
)


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
        decimal commas ("1,2,3"), mixed separators, control characters, thousands groups
        after a leading 0 ("0.130.000", "0.130,5").
    AmbiguousNumberError
        For a number that reads two ways and no *decimal* given: one dot followed by other
        than three digits ("5.13", "40.0"), or one dot after a first group starting with 0
        ("0.130", "00.130", "-0.130", "012.345"). Vietnamese writes no zero before a
        thousands group, so "0.130" is not 130; it is 0.13 written the English way, or a
        misprint.
    WrongTypeError
        For *text* that is not a string (a :class:`TypeError` too).

    Notes
    -----
    The grouping rule: a dot groups thousands when every group after it has exactly three
    digits and the first group has one to three digits, the first of them not 0.
    Leading zeros are allowed only in a number without groups ("01", "007,5").

    Examples
    --------
    The budget of the unattributed plan, "857.490 triệu đồng", and Đắk Lắk's "7,7":

    >>> parse_number("857.490"), parse_number("7,7")
    (857490, 7.7)
    >>> parse_number("3.5", decimal=".")  # Thanh Hóa's OCR'd "3.5 dược sĩ"
    3.5
    >>> parse_number("1.892", decimal=".")  # read the English way on request
    1.892

    A leading 0 group is not a thousands group:

    >>> parse_number("0.130")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.AmbiguousNumberError: cannot read '0.130' as a number: expected \
one reading; it reads as 0.13 if '.' is the decimal point or 130 if '.' groups thousands: \
pass decimal='.' if '.' is the decimal point
    >>> parse_number("12 %")
    Traceback (most recent call last):
    ...
    vnhealthplan.text.errors.ParseError: cannot read '12 %' as a number at 2–4 (' %'): \
expected digits with '.' grouping thousands and ',' before decimals
    """
    if not isinstance(text, str):
        expected = message("a string such as '5.130' (got {type})", type=str(type(text).__name__))
        raise WrongTypeError("parse_number", "text", text, expected)
    body = text.strip(_SPACE)
    offset = len(text) - len(text.lstrip(_SPACE))
    if not body:
        raise ParseError(text, "a number", 0, len(text), message("digits, e.g. '5.130' or '17,6'"))
    sign = -1 if body[0] in "-−" else 1
    if body[0] in _SIGN:
        body, offset = body[1:], offset + 1
    if decimal not in (None, ",", "."):
        raise ValidationError("parse_number", "decimal", decimal, message("',' or '.' (or None)"))
    try:
        value = _unsigned(text, body, offset, decimal)
    except AmbiguousNumberError as err:
        if sign > 0:
            raise
        raise AmbiguousNumberError(text, [(role, -v) for role, v in err.readings]) from None
    return sign * value if value else value


def _unsigned(text: str, body: str, offset: int, decimal: Decimal | None) -> int | float:
    most = sys.get_int_max_str_digits()  # int(str) refuses more (4300 by default)
    if most and len(body) - body.count(".") - body.count(",") > most:
        raise ParseError(
            text, "a number", offset, len(text), message("at most {most} digits", most=most)
        )
    if _PLAIN.fullmatch(body):
        return int(body)
    if decimal == ".":
        if _EN_GROUPED.fullmatch(body) or _DOT_DECIMAL.fullmatch(body):
            plain = body.replace(",", "")
            return _float(text, plain, offset) if "." in plain else int(plain)
        if _ZERO_GROUPED.fullmatch(body):
            raise _zero_grouped(text, body, offset)
        raise _bad(
            text,
            body,
            offset,
            message("digits with ',' grouping thousands and '.' before decimals"),
        )
    if _GROUPED.fullmatch(body):
        return int(body.replace(".", ""))
    match = _VI_DECIMAL.fullmatch(body)
    if match:
        return _float(text, f"{match.group(1).replace('.', '')}.{match.group(2)}", offset)
    if decimal is None and _DOT_DECIMAL.fullmatch(body):
        readings = [("decimal", float(body)), ("grouping", float(body.replace(".", "")))]
        raise AmbiguousNumberError(text, readings)
    if body.count(",") > 1:
        second = body.index(",", body.index(",") + 1)
        raise ParseError(
            text, "a number", offset + second, len(text), message("at most one decimal comma")
        )
    if _ZERO_GROUPED.fullmatch(body):
        raise _zero_grouped(text, body, offset)
    return _raise_bad(text, body, offset)


def _zero_grouped(text: str, body: str, offset: int) -> ParseError:
    expected = message("no thousands group after a first group starting with 0 ('0.130' is not "
                       "130)")  # fmt: skip
    return ParseError(text, "a number", offset, offset + len(body), expected)


def _float(text: str, digits: str, offset: int) -> float:
    """*digits* as a float; a value beyond the float range is an error, not ``inf``."""
    value = float(digits)
    if math.isinf(value):
        raise ParseError(text, "a number", offset, len(text), message("a number below 1.8e308"))
    return value


def _raise_bad(text: str, body: str, offset: int) -> int:
    raise _bad(text, body, offset,
               message("digits with '.' grouping thousands and ',' before decimals"))  # fmt: skip


def _bad(text: str, body: str, offset: int, expected: str) -> ParseError:
    """An error pointing at the first character that does not belong to a number."""
    for i, ch in enumerate(body):
        if not (ch.isdigit() and ch.isascii()) and ch not in ".,":
            return ParseError(text, "a number", offset + i, len(text), expected)
    return ParseError(text, "a number", offset, len(text), expected)


# -- Formatting ---------------------------------------------------------------------------


def format_number(value: Any, lang: str = "vi", *, decimals: int | None = None) -> str:
    """Write a number the way babel's ``format_decimal`` writes it for *lang*.

    The output is byte for byte ``babel.numbers.format_decimal(value, locale=lang)``:
    at most three decimals, rounded half to even on the number's shortest decimal form
    (``str(value)``, as babel reads it), trailing zeros dropped, "-" before negative
    numbers (also before one that rounds to zero: ``-0.0004`` is "-0"). The locale's
    symbols and pattern are read from babel once per *lang*, not per call.

    Parameters
    ----------
    value : int, float, decimal.Decimal or a NumPy number
        A finite number.
    lang : str, default "vi"
        A babel locale identifier: "vi" writes "5.130" and "17,6", "en" writes "5,130"
        and "17.6".
    decimals : int, optional
        Write exactly this many decimals (rounded half to even), as
        ``format_decimal(value, format="#,##0.00", locale=lang)`` does for
        ``decimals=2``: the locale's pattern with its fraction made *decimals* zeros.

    Returns
    -------
    str
        The number as *lang* writes it. :func:`parse_number` reads "vi" text back, and
        "en" text with ``decimal="."``, to the same number whenever nothing was rounded.

    Raises
    ------
    TypeError
        For a value that is not a number: a bool, or a str (read text with
        :func:`parse_number`).
    ValidationError
        For NaN and ±infinity, refused rather than written: babel would write "NaN" and
        "∞", text no parser of this package reads back. Also for a number with more
        significant digits than decimal's context holds once rounded (28 by default:
        1e25 with three decimals), where babel raises ``decimal.InvalidOperation``.
    ValueError
        For *decimals* other than None or an int ≥ 0, or a *lang* babel does not know.

    Examples
    --------
    Đắk Lắk's 2024 table, "Tổng số giường bệnh ... 5.130" and "Số bác sỹ/vạn dân ...
    7,7"; the unattributed plan's budget, "857.490 triệu đồng":

    >>> format_number(5130), format_number(7.7), format_number(857490)
    ('5.130', '7,7', '857.490')
    >>> format_number(5130, "en"), format_number(17.6, "en")
    ('5,130', '17.6')
    >>> format_number(1234.5675), format_number(2.0005), format_number(-0.0004)
    ('1.234,568', '2', '-0')
    >>> format_number(40, decimals=1), format_number(3.5, "en", decimals=2)
    ('40,0', '3.50')
    >>> parse_number(format_number(17.6))
    17.6
    >>> format_number(float("nan"))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: format_number.value: got nan; expected a number, \
not NaN (babel would write 'NaN', which parse_number does not read)
    """
    if not _is_number(value):
        expected = message("a number (read text with parse_number)" if isinstance(value, str)
                           else "a number")  # fmt: skip
        raise WrongTypeError("format_number", "value", value, expected)
    style = fmt.style(_check_lang(lang), _check_decimals(decimals))
    try:
        return fmt.write(str(value), style, fmt.digit_limit())
    except fmt.Unwritable as err:
        raise ValidationError("format_number", "value", value, err.expected) from None


@overload
def format_numbers(
    values: pd.Series[Any], lang: str = ..., *, decimals: int | None = ..., na_rep: str | None = ...
) -> pd.Series[str]: ...
@overload
def format_numbers(
    values: Any, lang: str = ..., *, decimals: int | None = ..., na_rep: str | None = ...
) -> NDArray[np.str_]: ...
def format_numbers(
    values: Any, lang: str = "vi", *, decimals: int | None = None, na_rep: str | None = None
) -> pd.Series[str] | NDArray[np.str_]:
    """Write many numbers at once, each exactly as :func:`format_number` (and babel) would.

    babel is asked for the locale's symbols and pattern once. Float64 and integer values
    are then written by NumPy, without a Python loop over rows; the few values NumPy cannot
    round safely (within a relative 2**-51 of a tie such as 2.0005, or at or beyond
    2**50 / 10**decimals)
    and other dtypes go through :func:`format_number`'s code, value by value. The output
    is ``[format_decimal(v, locale=lang) for v in values]`` byte for byte, values taken as
    iterating *values* yields them (a float32 Series yields Python floats, a float32 array
    NumPy float32 scalars; babel writes ``str(v)`` of each).

    Parameters
    ----------
    values : pandas.Series or array-like
        Numbers: integer, float or object dtype, nullable ``Int64``/``Float64`` too; any
        shape. Booleans, text and dates are refused.
    lang : str, default "vi"
        A babel locale identifier, as for :func:`format_number`.
    decimals : int, optional
        A fixed number of decimals, as for :func:`format_number`.
    na_rep : str, optional
        The text written for missing values (NaN, None, ``pd.NA``). Without it a missing
        value is an error: babel would write "NaN".

    Returns
    -------
    pandas.Series or numpy.ndarray
        For a Series, a Series of str with the same index and name; otherwise a NumPy
        array of str of the same shape.

    Raises
    ------
    TypeError
        For values of a non-numeric dtype, or an object array holding a non-number.
    ValidationError
        For a missing value without *na_rep*, ±infinity, or a number too long to round
        (see :func:`format_number`); the error names the first such value's label.

    Examples
    --------
    Đắk Lắk's 2024 targets by table row ("17,6" %, "<22" ‰, ..., "5.130" beds):

    >>> import pandas as pd
    >>> targets = pd.Series([17.6, 22, 33, 5130, 29, 7.7, 0.2], index=[1, 2, 3, 7, 8, 9, 12])
    >>> format_numbers(targets).tolist()
    ['17,6', '22', '33', '5.130', '29', '7,7', '0,2']
    >>> format_numbers(targets, "en").loc[[7, 9]].tolist()
    ['5,130', '7.7']
    >>> import numpy as np
    >>> format_numbers(np.array([857490, 289900, 567590]))
    array(['857.490', '289.900', '567.590'], dtype='<U7')
    >>> format_numbers(pd.Series([40.0, float("nan")]), decimals=1, na_rep="–").tolist()
    ['40,0', '–']
    >>> format_numbers(pd.Series([40.0, float("nan")], index=["beds", "pharmacists"]))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: format_numbers.values['pharmacists']: got nan; \
expected a number, not a missing value (1 of 2 are missing); pass na_rep='' (or other \
text) to write them
    """
    import pandas as pd

    style = fmt.style(_check_lang(lang), _check_decimals(decimals))
    if na_rep is not None and not isinstance(na_rep, str):
        raise WrongTypeError("format_numbers", "na_rep", na_rep, message("a str"))
    if isinstance(values, pd.Series):
        _check_dtype(values.dtype)
        array, missing = _numeric_array(values), values.isna().to_numpy()
        source: Any = values
        label: Callable[[int], object] = values.index.__getitem__
        shape: tuple[int, ...] = (len(values),)
    else:
        source = np.asarray(values)
        shape, source = source.shape, source.ravel()
        _check_dtype(source.dtype)
        array, missing = _numeric_array(source), np.asarray(pd.isna(source), dtype=bool)
        label = functools.partial(_position, shape)
    text = _write_many(source, array, missing, style, na_rep, label)
    if isinstance(values, pd.Series):
        return pd.Series(text, index=values.index, name=values.name, dtype=str)
    return np.array(text, dtype=str).reshape(shape)


def _numeric_array(values: Any) -> NDArray[Any] | None:
    """A float64 or integer Series or array as a NumPy array (missing values 0), else None."""
    dtype: Any = getattr(values.dtype, "numpy_dtype", values.dtype)  # Int64 → int64
    if dtype == np.float64 or dtype.kind in "iu":
        return np.asarray(
            values.to_numpy(dtype=dtype, na_value=0) if dtype != values.dtype else values
        )
    return None


def _position(shape: tuple[int, ...], i: int) -> object:
    """The position of the *i*-th value of a flattened array of *shape*: 3, or (1, 0)."""
    return i if len(shape) == 1 else tuple(int(k) for k in np.unravel_index(i, shape))


def _write_many(
    values: Any,
    array: NDArray[Any] | None,
    missing: NDArray[np.bool_],
    style: fmt.Style,
    na_rep: str | None,
    label: Callable[[int], object],
) -> list[str]:
    """Each value written as babel writes it; *na_rep* where *missing*."""
    if na_rep is None and missing.any():
        first, count = int(np.argmax(missing)), int(missing.sum())
        expected = message(
            "a number, not a missing value ({count} of {size} are missing); pass "
            "na_rep='' (or other text) to write them",
            count=count,
            size=int(missing.size),
        )
        gap = values.iloc[first] if hasattr(values, "iloc") else values[first]
        raise ValidationError("format_numbers", f"values[{label(first)!r}]", gap, expected)
    limit = fmt.digit_limit()
    items: Any
    if array is not None and fmt.vectorisable(array, style, limit):
        text, left = fmt.write_vector(array, style)
        items = array  # float64 or int: .item() of a row is the value babel gets
    else:
        text, left = [""] * missing.size, np.ones(missing.size, dtype=bool)
        items = list(values)  # the values as iterating them yields them, as babel gets them
    for i in np.flatnonzero(left & ~missing).tolist():
        value = items[i].item() if isinstance(items, np.ndarray) else items[i]
        if not _is_number(value):
            raise WrongTypeError("format_numbers", f"values[{label(i)!r}]", value,
                                 message("numbers"))  # fmt: skip
        try:
            text[i] = fmt.write(str(value), style, limit)
        except fmt.Unwritable as err:
            field = f"values[{label(i)!r}]"
            raise ValidationError("format_numbers", field, value, err.expected) from None
    for i in np.flatnonzero(missing).tolist():
        text[i] = na_rep or ""
    return text


_NUMBER_TYPES = (int, float, decimal.Decimal, np.integer, np.floating)


def _is_number(value: object) -> bool:
    return isinstance(value, _NUMBER_TYPES) and not isinstance(value, bool)


def _check_dtype(dtype: Any) -> None:
    if getattr(dtype, "kind", "O") not in "iufO":
        raise WrongTypeError("format_numbers", "values", str(dtype), message("numbers"))


def _check_lang(lang: object) -> str:
    if not isinstance(lang, str) or not lang:
        raise ValidationError("format_number", "lang", lang, message("a locale such as 'vi'"))
    return lang


def _check_decimals(decimals: object) -> int | None:
    if decimals is None:
        return None
    if isinstance(decimals, bool) or not isinstance(decimals, int | np.integer) or decimals < 0:
        raise ValidationError("format_number", "decimals", decimals, message("None or an int ≥ 0"))
    return int(decimals)
