"""The machinery behind :func:`~vnhealthplan.text.numbers.format_number(s)`.

babel's ``format_decimal(value, locale=lang)`` does, per value (``NumberPattern.apply``)::

    d = Decimal(str(value)).scaleb(0); negative = d.is_signed()
    d = abs(d).normalize().quantize(Decimal(10) ** -frac_max)   # the thread's context
    "-" if negative, then the integer digits grouped, then the decimals without trailing zeros

so it rounds half to even (the default context's rounding) on the *shortest decimal
form* of a float (``str(2.0005)`` is "2.0005", a tie, written "2"), keeps the sign of a
negative number that rounds to zero ("-0"), and raises ``decimal.InvalidOperation`` once
the rounded number has more digits than the context's precision (28: 1e25).

Here the same output comes from two paths, both checked against babel by the tests:

* :func:`write`, one value from its ``str()``: digit-string arithmetic for plain
  numbers, and babel's own decimal steps (:func:`_round`) for the rest;
* :func:`write_vector`, a float64 or integer array at once with NumPy: see there.

The locale's symbols and pattern are read from babel once per (locale, decimals).
"""

from __future__ import annotations

import decimal
import functools
import re
from typing import Any, cast

import attrs
import numpy as np
from numpy.typing import NDArray

from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.messages import message

#: The most decimals the vectorised path writes from a table (10**4 entries).
_TABLE_DECIMALS = 4
#: The vectorised path needs the context to hold 20 integer digits and the decimals.
_VECTOR_DIGITS = 20 + _TABLE_DECIMALS
#: Below this, |x| × 10**decimals and its distance to the nearest tie are exact enough.
_VECTOR_LIMIT = 2.0**50


class Unwritable(Exception):
    """A value babel would not write as a plain number (NaN, ±inf, too many digits)."""

    def __init__(self, expected: str) -> None:
        super().__init__(expected)
        self.expected = expected


@attrs.frozen(eq=False)
class Style:
    """How a locale writes numbers: its symbols and decimal pattern, read from babel once."""

    decimal: str
    group: str
    grouping: tuple[int, int]
    int_min: int
    frac_min: int
    frac_max: int
    prefix: tuple[str, str]  # (positive, negative)
    suffix: tuple[str, str]
    #: Groups of three, no zero padding: Python's "," format groups the digits.
    common_grouping: bool
    #: The decimals as written, by value: ``fractions[600]`` is ",6" in vi (3 decimals).
    fractions: NDArray[np.str_] | None


@functools.lru_cache(maxsize=64)
def style(lang: str, decimals: int | None) -> Style:
    """*lang*'s decimal pattern (with *decimals* fixed decimals if given) and symbols.

    Examples
    --------
    >>> vi = style("vi", 1)
    >>> vi.decimal, vi.group, vi.frac_min, vi.frac_max
    (',', '.', 1, 1)
    """
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol, parse_pattern

    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError) as err:
        expected = message("a locale babel knows, e.g. 'vi', 'en'")
        raise ValidationError("format_number", "lang", lang, expected) from err
    pattern = locale.decimal_formats[None]
    if decimals is not None:
        pattern = parse_pattern(fixed_pattern(pattern.pattern, decimals))
    point, group = get_decimal_symbol(locale), get_group_symbol(locale)
    if pattern.scale or pattern.exp_prec or "@" in pattern.pattern or "'" in point + group:
        expected = message("a locale that writes plain decimals (it writes {pattern!r})",
                           pattern=pattern.pattern)  # fmt: skip
        raise ValidationError("format_number", "lang", lang, expected)
    low, high = pattern.frac_prec
    fractions = None
    if high <= _TABLE_DECIMALS:
        digits = (f"{i:0{high}d}"[:high].rstrip("0").ljust(low, "0") for i in range(10**high))
        fractions = np.array([point + d if d else "" for d in digits], dtype=str)
    return Style(
        decimal=point,
        group=group,
        grouping=pattern.grouping,
        int_min=pattern.int_prec[0],
        frac_min=low,
        frac_max=high,
        prefix=(_unquote(pattern.prefix[0]), _unquote(pattern.prefix[1])),
        suffix=(_unquote(pattern.suffix[0]), _unquote(pattern.suffix[1])),
        common_grouping=pattern.grouping == (3, 3) and pattern.int_prec[0] <= 1,
        fractions=fractions,
    )


def fixed_pattern(pattern: str, decimals: int) -> str:
    """*pattern* with exactly *decimals* decimals: "#,##0.###" → "#,##0.00" for 2."""
    fraction = "." + "0" * decimals if decimals else ""
    return re.sub(r"0(\.[0#]*)?(?![0#,.])", lambda m: "0" + fraction, pattern)


def _unquote(affix: str) -> str:
    """babel's last step: 'quoted' text loses its quotes, '' is a quote."""
    return re.sub(r"'([^']*)'", lambda m: m.group(1) or "'", affix)


def digit_limit() -> int:
    """How many digits the fast paths may handle under the thread's decimal context.

    babel rounds with the thread's context: its precision bounds the digits, and only its
    default rounding (half to even) is what the fast paths do; otherwise 0 (no fast path).
    """
    context = decimal.getcontext()
    return context.prec if context.rounding == decimal.ROUND_HALF_EVEN else 0


# -- One value ----------------------------------------------------------------------------


def write(text: str, style: Style, limit: int) -> str:
    """The number whose ``str()`` is *text*, written in *style*, as babel writes it.

    Plain digits ("-12.5", "5130", "2.0005") short enough for the context (*limit*, see
    :func:`digit_limit`) are rounded half to even on the digit string, as ``quantize``
    would; anything else ("1e+16", "nan", long numbers) takes babel's decimal steps.
    """
    negative = text[:1] == "-"
    whole, _, frac = (text[1:] if negative else text).partition(".")
    frac = frac.rstrip("0")
    if (
        whole.isdigit()
        and text.isascii()
        and (frac.isdigit() or not frac)
        and len(whole) + max(len(frac), style.frac_max + 1) <= limit
    ):
        if len(frac) > style.frac_max:
            whole, frac = _round_half_even(whole, frac, style.frac_max)
    else:
        negative, whole, frac = _round(text, style)
    if style.common_grouping:
        number = f"{int(whole):,}"
        if style.group != ",":
            number = number.replace(",", style.group)
    else:
        number = _group(whole, style)
    frac = frac.ljust(style.frac_min, "0")
    if frac:
        number += style.decimal + frac
    return style.prefix[negative] + number + style.suffix[negative]


def _round_half_even(whole: str, frac: str, places: int) -> tuple[str, str]:
    """*whole*.*frac* (*frac* without trailing zeros) rounded half to even to *places*."""
    digits, rest = whole + frac[:places], frac[places:]
    if rest > "5" or (rest == "5" and digits[-1] in "13579"):  # rest == "5": a tie
        digits = str(int(digits) + 1).rjust(len(digits), "0")
    cut = len(digits) - places
    return digits[:cut], digits[cut:].rstrip("0")


def _round(text: str, style: Style) -> tuple[bool, str, str]:
    """Sign, integer digits and decimals of *text*, by babel's decimal steps."""
    try:
        value = decimal.Decimal(text).scaleb(0)
        if value.is_nan():
            raise Unwritable(
                "a number, not NaN (babel would write 'NaN', which parse_number does not read)"
            )
        if value.is_infinite():
            raise Unwritable(
                "a finite number (babel would write '∞', which parse_number does not read)"
            )
        negative = value.is_signed()
        rounded = abs(value).normalize().quantize(decimal.Decimal(10) ** -style.frac_max)
    except decimal.DecimalException:
        rounded = decimal.Decimal("NaN")
    if not rounded.is_finite():  # raised, or NaN if the context does not trap
        raise Unwritable(
            f"a number of at most {decimal.getcontext().prec} significant digits once "
            f"rounded to {style.frac_max} decimals (babel raises decimal.InvalidOperation)"
        )
    whole, _, frac = f"{rounded:f}".partition(".")
    return negative, whole, frac.rstrip("0")


def _group(whole: str, style: Style) -> str:
    """babel's ``NumberPattern._format_int``: pad to the minimum width, group from the right."""
    whole = whole.lstrip("0").rjust(max(style.int_min, 1), "0")
    size, groups = style.grouping[0], ""
    while len(whole) > size:
        groups = style.group + whole[-size:] + groups
        whole, size = whole[:-size], style.grouping[1]
    return whole + groups


# -- Many values --------------------------------------------------------------------------


def vectorisable(array: NDArray[Any], style: Style, limit: int) -> bool:
    """Whether :func:`write_vector` writes *array* in *style* under the context's *limit*."""
    numeric = array.dtype == np.float64 or array.dtype.kind in "iu"
    return (
        numeric
        and style.fractions is not None
        and style.common_grouping
        and len(style.group) == 1
        and limit >= _VECTOR_DIGITS
    )


def write_vector(x: NDArray[Any], style: Style) -> tuple[list[str], NDArray[np.bool_]]:
    """Write a float64 or integer array with NumPy; return the text and the rows left over.

    A float *x* is written from ``r = rint(|x| × 10**d)`` (d the decimals written). babel
    rounds the shortest decimal form *q* of *x* instead; *q* and the float product are
    both within ``|x| × 10**d × 2**-53`` of the exact product, so when ``|x| × 10**d`` is
    below 2**50 and more than twice that from a tie (``n + ½``) both round to *r*. The
    other rows (near ties such as 2.0005, large or non-finite values) are left to
    :func:`write`: the returned mask marks them, and their text is a placeholder.
    Integers are exact. The digits are laid out as code points, grouped, and stripped.
    """
    assert style.fractions is not None
    scale = 10**style.frac_max
    if x.dtype.kind == "f":
        with np.errstate(invalid="ignore", over="ignore"):
            y = np.abs(x) * scale
            fast = (y < _VECTOR_LIMIT) & (np.abs(y - np.floor(y) - 0.5) > y * 2.0**-51)
        whole, frac = np.divmod(np.rint(np.where(fast, y, 0.0)).astype(np.uint64), scale)
        negative = np.signbit(x)
    else:
        negative = x < 0
        unsigned = x.astype(np.uint64)
        whole = np.where(negative, ~unsigned + np.uint64(1), unsigned)  # |x|, also for int64 min
        frac = np.zeros(x.shape, dtype=np.intp)
        fast = np.ones(x.shape, dtype=bool)
    body = np.char.add(_grouped(whole, fast, style.group), style.fractions[frac])
    text = _affixed(body, negative, style)
    return text.tolist(), ~fast


def _grouped(whole: NDArray[np.uint64], fast: NDArray[np.bool_], group: str) -> NDArray[Any]:
    """Non-negative integers as text grouped by three, laid out as UCS-4 code points."""
    digits = len(str(int(whole[fast].max()))) if fast.any() else 1
    width = digits + (digits - 1) // 3
    codes = np.full((whole.size, width), ord(group), dtype=np.uint32)
    rest = whole.copy()
    for place in range(digits):
        codes[:, width - 1 - place - place // 3] = rest % 10 + ord("0")
        rest //= 10
    padded = cast("NDArray[np.str_]", codes.view(np.dtype(("U", width))).ravel())
    text = np.char.lstrip(padded, "0" + group)
    text[text == ""] = "0"
    return text


def _affixed(body: NDArray[Any], negative: NDArray[np.bool_], style: Style) -> NDArray[Any]:
    """*body* with the pattern's positive or negative prefix and suffix."""
    (plus, minus), (plus_end, minus_end) = style.prefix, style.suffix
    signed = np.char.add(np.char.add(minus, body), minus_end) if negative.any() else body
    if plus or plus_end:
        body = np.char.add(np.char.add(plus, body), plus_end)
    return np.where(negative, signed, body)
