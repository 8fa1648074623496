"""The array rounding to 15 significant digits gives, value by value, the scalar rounding
(``float(f"{v:.15g}")``) for every value it rounds: ties, neighbours of short decimals, values
near powers of ten, tiny and huge magnitudes, both signs."""

from __future__ import annotations

import numpy as np
import pytest

from vnhealthplan.core.excelfloat import fifteen_digits, fifteen_digits_array

RNG = np.random.default_rng(20261205)
_SHORT = np.round(RNG.uniform(-1000, 1000, 20_000), 6)
SAMPLES = {
    "formula results": RNG.integers(1, 10**6, 20_000) / RNG.integers(1, 10**6, 20_000) * 100,
    "magnitudes": RNG.standard_normal(20_000) * 10.0 ** RNG.integers(-12, 15, 20_000),
    "tiny and huge": RNG.standard_normal(4_000) * 10.0 ** RNG.integers(-300, 300, 4_000),
    "neighbours": np.concatenate(
        [np.nextafter(_SHORT, np.inf), np.nextafter(_SHORT, -np.inf), _SHORT]
    ),
    "ties": (RNG.integers(10**14, 10**15, 20_000) * 10 + 5) / 10.0 ** RNG.integers(1, 22, 20_000),
    "edges": np.array([94.99999999999999, 0.30000000000000004, 9.999999999999998,
                       0.9999999999999999, 99.99999999999999, 1e15 - 0.5, 5e-324, -2.5e-9,
                       1.0000000000000002, 12345.67890123455, np.nan, np.inf, -np.inf]),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_array_rounding_is_the_scalar_rounding_of_each_value(name: str) -> None:
    values = SAMPLES[name]
    rounded = fifteen_digits_array(values)
    whole = values == np.round(values)  # whole numbers are left as they are
    expected = np.array(
        [
            v if w or not np.isfinite(v) else fifteen_digits(v)
            for v, w in zip(values, whole, strict=True)
        ]
    )
    assert np.array_equal(rounded, expected, equal_nan=True)


def test_the_callers_array_is_left_as_it_is() -> None:
    values = np.array([94.99999999999999, 2.0])
    assert fifteen_digits_array(values).tolist() == [95.0, 2.0]
    assert values[0] == 94.99999999999999
