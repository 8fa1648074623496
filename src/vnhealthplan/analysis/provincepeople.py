"""The check of a population given as a province's: people, not millions of people.

A province's population typed in millions (1.5 for 1,5 triệu dân) would make the counts a
ratio target implies (``required_count``: 29 beds per 10,000 × 1.5 people) a few
thousandths of a bed, without a word. No province of Vietnam has had fewer than a few
hundred thousand people (the order of magnitude of the smallest, before and after the
2025 mergers): a province's population below :data:`LEAST_PROVINCE_PEOPLE` is refused.

Examples
--------
>>> province_people(1_768_966, "gaps_frame", "population['Đắk Lắk']")
1768966.0
>>> province_people(1.5, "gaps_frame", "population['Đắk Lắk']")
Traceback (most recent call last):
...
vnhealthplan.errors.ValidationError: gaps_frame.population['Đắk Lắk']: got 1.5; expected a \
province's population in people, at least 100000 (not in millions or thousands)
"""

from __future__ import annotations

from typing import Any, Final

from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.messages import message

__all__ = ["LEAST_PROVINCE_PEOPLE", "province_people"]

#: The fewest people a province's population may count: the order of magnitude (10⁵) of the
#: smallest province's population, so that a figure in millions or thousands is refused.
LEAST_PROVINCE_PEOPLE: Final = 100_000


def province_people(value: Any, owner: str, field: str) -> float:
    """*value* (a finite number of people) as a float, refused below
    :data:`LEAST_PROVINCE_PEOPLE`."""
    number = float(value)
    if number < LEAST_PROVINCE_PEOPLE:
        expected = message("a province's population in people, at least {least} (not in "
                           "millions or thousands)", least=LEAST_PROVINCE_PEOPLE)  # fmt: skip
        raise ValidationError(owner, field, value, expected)
    return number
