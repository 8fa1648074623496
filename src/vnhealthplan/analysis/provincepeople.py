"""The check of a population given as a province's: people, not millions of people.

A province's population typed in millions (1.5 for 1,5 triệu dân) would make the counts a
ratio target implies (``required_count``: 29 beds per 10,000 × 1.5 people) a few
thousandths of a bed, without a word. No province of Vietnam has had fewer than a few
hundred thousand people (the order of magnitude of the smallest, before and after the
2025 mergers): a province's population below :data:`LEAST_PROVINCE_PEOPLE` is refused.
A population given for no province the registry knows (a target whose scope names none: a
district's, an island's or a commune's plan, the unattributed plan) has no such floor, only
:data:`LEAST_PLACE_PEOPLE`: Lý Sơn's 22,000 people are a real population.

Examples
--------
>>> province_people(1_768_966, "gaps_frame", "population['Đắk Lắk']")
1768966.0
>>> province_people(1.5, "gaps_frame", "population['Đắk Lắk']")
Traceback (most recent call last):
...
vnhealthplan.errors.ValidationError: gaps_frame.population['Đắk Lắk']: got 1.5; expected a \
province's population in people, at least 100,000 (not in millions or thousands)
>>> province_people(22_000, "gaps_frame", "population['']", province=False)
22000.0
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.analysis.frames import read_finite, read_province
from vnhealthplan.core.checks import plain_number
from vnhealthplan.core.errors import DimensionError, ValidationError
from vnhealthplan.core.messages import got_number, message
from vnhealthplan.core.unitnames import said_quantity
from vnhealthplan.core.units import is_quantity, registry

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "LEAST_PLACE_PEOPLE",
    "LEAST_PROVINCE_PEOPLE",
    "MOST_GROWTH",
    "MOST_PROVINCE_PEOPLE",
    "growth_rate",
    "people_by_name",
    "people_for",
    "province_people",
]

#: The fewest people a province's population may count: the order of magnitude (10⁵) of the
#: smallest province's population, so that a figure in millions or thousands is refused.
LEAST_PROVINCE_PEOPLE: Final = 100_000

#: The fewest people a population given for no known province may count (one person): a
#: district, an island or a commune may count a few hundred or thousand people.
LEAST_PLACE_PEOPLE: Final = 1

#: The most people a population given for a province (or the whole country) may count:
#: twice the country's (about 100 million), so that a figure with digits too many (or
#: 1e300) is refused rather than turned into billions of beds needed.
MOST_PROVINCE_PEOPLE: Final = 200_000_000

#: The largest yearly growth rate a population is projected by (20 %; a province's is a
#: few per cent at most): 1.5 typed for 1,5 % would be 150 % a year.
MOST_GROWTH: Final = 0.2


def province_people(
    value: Any, owner: str, field: str, *, province: bool = True, lift: str = ""
) -> float:
    """*value* (a finite number of people) as a float, refused below
    :data:`LEAST_PROVINCE_PEOPLE` (:data:`LEAST_PLACE_PEOPLE` when not *province*: the
    population of a place the registry does not know as a province) or above
    :data:`MOST_PROVINCE_PEOPLE`. *lift* says how to give a district's population instead.

    Examples
    --------
    >>> province_people(3_764_241, "gaps_frame", "population['Thanh Hóa']")
    3764241.0
    >>> province_people(22_000, "counts_needed", "population", province=False)
    22000.0
    """
    number = float(value)
    if province and number < LEAST_PROVINCE_PEOPLE:
        expected = message("a province's population in people, at least {least:,} (not in "
                           "millions or thousands)", least=LEAST_PROVINCE_PEOPLE)  # fmt: skip
        if lift:
            expected = message("a province's population in people, at least {least:,} (not in "
                               "millions or thousands; a district's or an island's: {lift})",
                               least=LEAST_PROVINCE_PEOPLE, lift=lift)  # fmt: skip
        raise ValidationError(owner, field, value, expected)
    if number < LEAST_PLACE_PEOPLE:
        expected = message("a population in people, at least one person")
        raise ValidationError(owner, field, value, expected)
    if number > MOST_PROVINCE_PEOPLE:
        expected = message("a province's population in people, at most {most:,} (the whole "
                           "country has about 100 million)", most=MOST_PROVINCE_PEOPLE)  # fmt: skip
        raise ValidationError(owner, field, value, expected)
    return number


def people_by_name(
    population: Mapping[str, Any] | pd.Series | pd.DataFrame, none: str
) -> dict[str, float]:
    """People by the registry's province name (*none* for a name that is no province's).

    *population* maps province names to people: a mapping, a Series, or a table with
    ``province`` and ``population`` columns (one row a province).

    Quantities must count people; a province's is refused below
    :data:`LEAST_PROVINCE_PEOPLE`, the one of *none* (targets naming no province: a
    district's or an island's plan) only below :data:`LEAST_PLACE_PEOPLE`. Two entries of
    one province (its name typed and pasted in two Unicode forms, "Dak Lak" and "Đắk Lắk",
    a Series with the name twice) that give different numbers are refused: which is meant
    cannot be guessed.

    Examples
    --------
    >>> people_by_name({"Đắk Lắk": 1_800_000, "Dak Lak": 900_000}, "")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: gaps_frame.population['Dak Lak']: got 900,000; \
expected one population for Đắk Lắk: population['Đắk Lắk'] gives 1,800,000
    >>> people_by_name({"": 22_000}, "")
    {'': 22000.0}
    """
    people: dict[str, float] = {}
    fields: dict[str, str] = {}
    for name, value in _by_province(population).items():
        key, field = read_province(name), f"population[{name!r}]"
        if is_quantity(value) and value.dimensionality != registry().Unit("person").dimensionality:
            raise DimensionError(field, said_quantity(value), message("a number of people"))
        try:
            number = read_finite(value.to("person").magnitude if is_quantity(value) else value)
        except ValidationError as err:  # said of the entry, not of the cell reader
            raise ValidationError("gaps_frame", field, err.value, err.expected) from None
        number = province_people(number, "gaps_frame", field, province=key is not None)
        place = key.name if key else none
        if place in people and people[place] != number:
            expected = message(
                "one population for {province}: {other} gives {number}",
                province=place,
                other=fields[place],
                number={lang: got_number(people[place], lang) for lang in ("en", "vi")},
            )
            raise ValidationError("gaps_frame", field, number, expected)
        people[place], fields[place] = number, field
    return people


def _by_province(population: Any) -> Any:
    """A table with ``province`` and ``population`` columns as a Series of people by province;
    a mapping or a Series as it is. A table without those columns is refused, naming its
    columns (it was read by its column names, "province" taken for a province's name).

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"province": ["Đắk Lắk"], "population": [1_918_000]})
    >>> _by_province(table).to_dict()
    {'Đắk Lắk': 1918000}
    >>> _by_province(pd.DataFrame({"tinh": ["Đắk Lắk"], "dan_so": [1_918_000]}))
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: gaps_frame.population: got ['tinh', 'dan_so']; \
expected a mapping or Series of people by province, or a table with the columns 'province' \
and 'population'
    """
    columns = getattr(population, "columns", None)
    if columns is None:
        return population
    names = [str(column) for column in columns]
    if not {"province", "population"} <= set(names):
        expected = message(
            "a mapping or Series of people by province, or a table with the columns "
            "'province' and 'population'"
        )
        raise ValidationError("gaps_frame", "population", names, expected)
    import pandas as pd

    return pd.Series(list(population["population"]), index=list(population["province"]))


def people_for(population: Any, owner: str, *, province: bool = True) -> Any:
    """*population* as a quantity (plain numbers are people); a number of people outside
    a province's size is refused, as :func:`province_people` refuses it (live births,
    fewer, are not checked). Not for a *province* (a district's or an island's target),
    only a population below one person or beyond the most is refused.

    Examples
    --------
    >>> people_for(1_768_966, "counts_needed")
    <Quantity(1768966, 'person')>
    >>> people_for(1.8, "counts_needed")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: counts_needed.population: got 1.8; expected a \
province's population in people, at least 100,000 (not in millions or thousands; a \
district's or an island's: province=False)
    >>> people_for(22_000, "counts_needed", province=False)
    <Quantity(22000, 'person')>
    """
    people = population if is_quantity(population) else registry().Quantity(population, "person")
    if people.dimensionality == registry().Unit("person").dimensionality:
        number = plain_number(people.to("person").magnitude)
        if number is not None and math.isfinite(number) and number > 0:  # ≤ 0: refused later
            province_people(number, owner, "population", province=province, lift="province=False")
    return people


def growth_rate(rate: Any, owner: str) -> float:
    """A yearly growth rate as a float, refused beyond ±:data:`MOST_GROWTH`.

    Examples
    --------
    >>> growth_rate(0.008, "counts_needed")
    0.008
    >>> growth_rate(1.5, "counts_needed")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: counts_needed.growth_rate: got 1.5; expected a yearly \
rate between -0.2 and 0.2, e.g. 0.01 for 1 % a year
    """
    number = plain_number(rate)
    if number is None or not math.isfinite(number) or not -MOST_GROWTH <= number <= MOST_GROWTH:
        expected = message("a yearly rate between -0.2 and 0.2, e.g. 0.01 for 1 % a year")
        raise ValidationError(owner, "growth_rate", rate, expected)
    return float(number)
