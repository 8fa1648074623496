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
    """A float array rounded to 15 significant digits, each distinct value once.

    Examples
    --------
    >>> import numpy as np
    >>> fifteen_digits_array(np.array([94.99999999999999, np.nan, 3.0])).tolist()
    [95.0, nan, 3.0]
    """
    import numpy as np

    numbers = np.asarray(values, dtype=float)
    with np.errstate(invalid="ignore"):
        whole = numbers == np.round(numbers)  # integers need no rounding (the common case)
    rough = ~whole & np.isfinite(numbers)
    if not rough.any():
        return numbers
    distinct, where = np.unique(numbers[rough], return_inverse=True)
    out = numbers.copy()
    out[rough] = np.array([fifteen_digits(float(v)) for v in distinct])[where]
    return out
