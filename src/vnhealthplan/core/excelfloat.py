"""Numbers as a spreadsheet shows them: to 15 significant digits.

Excel keeps 15 significant digits and saves a formula's result with up to 17: ``=B2/C2*100``
is saved as 94.99999999999999 and shown, compared and printed by Excel as 95. A figure read
from a user's table is rounded to the 15 digits the user saw, so that it meets a target of
95 as it does on the sheet.

Examples
--------
>>> fifteen_digits(94.99999999999999), fifteen_digits(7.7), fifteen_digits(0.1 + 0.2)
(95.0, 7.7, 0.3)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

__all__ = ["fifteen_digits", "fifteen_digits_array"]


def fifteen_digits(value: float) -> float:
    """*value* rounded to 15 significant digits; NaN and infinities as they are.

    Examples
    --------
    >>> fifteen_digits(85.00000000000001), fifteen_digits(123456789012345.6)
    (85.0, 123456789012346.0)
    """
    return float(f"{value:.15g}")


def fifteen_digits_array(values: Any) -> np.ndarray[Any, Any]:
    """A float array rounded to 15 significant digits: :func:`fifteen_digits` of each value,
    worked out with array arithmetic.

    A value ``v`` of 15 digits before the point after scaling (``v × 10^k``, ``k`` ≤ 22, so
    ``10^k`` is exact) is rounded to the nearest whole number with the scaled value's
    rounding error kept apart (Dekker's exact product), and divided back: the nearest float
    to the 15-digit decimal, which is what :func:`fifteen_digits` parses. The few values this
    cannot settle (a tie, or outside ``1e-8 ≤ |v| < 1e15``) are formatted one by one.

    Examples
    --------
    >>> import numpy as np
    >>> fifteen_digits_array(np.array([94.99999999999999, np.nan, 3.0, 0.1 + 0.2])).tolist()
    [95.0, nan, 3.0, 0.3]
    """
    import numpy as np

    numbers = np.asarray(values, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        whole = numbers == np.round(numbers)  # integers need no rounding (the common case)
        rough = np.flatnonzero(~whole & np.isfinite(numbers))
        if not len(rough):
            return numbers
        numbers = numbers.copy()  # the caller's array is left as it is
        value = numbers[rough]
        k = 14 - np.floor(np.log10(np.abs(value))).astype(np.int64)
        inside = (k >= 0) & (k <= 22)
        scale = 10.0 ** np.clip(k, 0, 22)
        scaled = value * scale
        error = _product_error(value, scale, scaled)  # value × scale = scaled + error, exactly
        mantissa = np.rint(scaled)
        rest = (scaled - mantissa) + error  # what rint left off, the error included
        mantissa += (rest > 0.5).astype(float) - (rest < -0.5)
        settled = inside & (np.abs(np.abs(rest) - 0.5) > 1e-12)  # not a tie
        settled &= (np.abs(mantissa) >= 1e14) & (np.abs(mantissa) < 1e15)  # 15 digits
        numbers[rough[settled]] = mantissa[settled] / scale[settled]
    for at in rough[~settled]:
        numbers[at] = fifteen_digits(float(numbers[at]))
    return numbers


def _product_error(a: Any, b: Any, product: Any) -> Any:
    """The rounding error of ``product = a × b`` (floats), exactly: Dekker's two-product,
    each factor split into halves of 26 bits."""

    def halves(x: Any) -> tuple[Any, Any]:
        spread = 134217729.0 * x  # 2**27 + 1
        high = spread - (spread - x)
        return high, x - high

    a_high, a_low = halves(a)
    b_high, b_low = halves(b)
    return ((a_high * b_high - product) + a_high * b_low + a_low * b_high) + a_low * b_low
