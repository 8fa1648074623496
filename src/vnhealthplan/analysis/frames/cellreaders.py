"""The readers of a cell of a user's table of figures: its indicator, province, period,
number and unit.

:func:`~vnhealthplan.observations.observations_from_frame` reads each cell of a row with
these, as do :func:`~vnhealthplan.gaps.gaps_frame` and
:func:`~vnhealthplan.export.read_observations`. A cell they refuse raises a
:class:`~vnhealthplan.errors.ValidationError` naming the reader, the cell and what was
expected ("read_finite.cell: got 'abc'; expected a finite number"), said in Vietnamese too.

Examples
--------
>>> read_finite("29,5"), read_period("2024-Q2").code
(29.5, '2024-Q2')
>>> try:
...     read_finite("5.130")
... except ValueError as err:
...     print(err.said("vi"))  # doctest: +ELLIPSIS
read_finite.cell: nhận giá trị '5.130'; cần một cách đọc duy nhất; số này đọc được là ...
"""

from __future__ import annotations

import math
from typing import Any, Final

import numpy as np

from vnhealthplan.core.checks import plain_number
from vnhealthplan.core.errors import (
    UnitNotInForceError,
    UnknownDistrictError,
    UnknownProvinceError,
    ValidationError,
)
from vnhealthplan.core.excelfloat import fifteen_digits
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.unitnames import unit_name
from vnhealthplan.core.units import as_unit
from vnhealthplan.data import districts, indicators, provinces
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.period import Period
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.province import Province
from vnhealthplan.text.cellnumbers import (
    NUMBER_ALONE,
    WITH_UNIT,
    percent_text,
    read_cell_number,
    scientific,
    two_readings,
)
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.text.units import parse_unit

__all__ = [
    "CELL_READERS",
    "bare",
    "indicator_unit",
    "is_blank",
    "is_missing",
    "read_finite",
    "read_indicator",
    "read_period",
    "read_province",
    "read_unit",
]

#: The owners of the readers' errors (:attr:`ValidationError.owner`).
CELL_READERS: Final = frozenset(
    {"read_finite", "read_indicator", "read_period", "read_unit", "indicator_unit"}
)

_UREG: Final = message("a unit of vnhealthplan.ureg, e.g. 'bed'")


def bare(said: Message) -> Message:
    """*said* ("expected a number alone: …") without its leading "expected ", as a
    :class:`~vnhealthplan.errors.ValidationError`'s ``expected`` is given.

    Examples
    --------
    >>> bare(message("expected a finite number")).said("vi")
    'một số hữu hạn'
    """
    return Message(said.template.removeprefix("expected "), said.fields)


def is_missing(value: Any) -> bool:
    """True for an empty cell: None, NaN, pandas' NA (text, even empty, is not missing).

    Examples
    --------
    >>> is_missing(None), is_missing(float("nan")), is_missing("")
    (True, True, False)
    """
    import pandas as pd

    return value is None or (not isinstance(value, str) and bool(np.all(pd.isna(value))))


def is_blank(cell: Any) -> bool:
    """True for a cell that gives nothing: missing (:func:`is_missing`) or text of spaces only.

    Examples
    --------
    >>> is_blank(None), is_blank("  "), is_blank(float("nan")), is_blank("Thanh Hóa"), is_blank(0)
    (True, True, True, False, False)
    """
    return is_missing(cell) or (isinstance(cell, str) and not cell.strip())


def read_indicator(cell: Any, plan: Plan | None = None) -> Indicator:
    """The indicator a cell's code names: one *plan* defines in its own file, or the catalogue's.

    Raises
    ------
    vnhealthplan.errors.UnknownIndicatorError
        For a code neither the plan nor the catalogue knows.
    vnhealthplan.errors.ValidationError
        For an empty cell.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> read_indicator("population_with_ehr", plans.load("quang-ngai-2023")).unit
    <Unit('percent')>
    >>> read_indicator("population_with_ehr")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.UnknownIndicatorError: unknown indicator 'population_with_ehr'; did you \
mean ...?
    >>> read_indicator("")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: read_indicator.cell: got ''; expected an indicator code; \
the cell is empty
    """
    if is_missing(cell) or (isinstance(cell, str) and not cell.strip()):
        raise ValidationError("read_indicator", "cell", cell,
                              message("an indicator code; the cell is empty"))  # fmt: skip
    own = {t.indicator.code: t.indicator for t in plan.targets} if plan is not None else {}
    if isinstance(cell, str) and cell in own:
        return own[cell]
    return indicators.get(cell)


def read_province(cell: Any, period: Period | None = None) -> Province | None:
    """The province a cell names in any spelling; None for an empty cell.

    With a *period*, the unit of that name that existed when it began (else when it
    ended): An Giang in 2026 is the province formed on 1 July 2025, not the one before.

    Raises
    ------
    vnhealthplan.errors.UnknownProvinceError
        For a name no province answers to.
    vnhealthplan.errors.UnitNotInForceError
        For a name no unit bore during *period* (Đắk Nông in 2026).

    Examples
    --------
    >>> read_province("Dak Lak").name, read_province("")
    ('Đắk Lắk', None)
    >>> read_province("Đắk Lắk", Period.year(2026)).key
    'dak-lak-2025'
    """
    if is_missing(cell) or cell == "":
        return None
    try:
        return _province(cell, period)
    except UnknownProvinceError as err:
        if not isinstance(cell, str) or str(err) != str(UnknownProvinceError(cell, err.close)):
            raise  # already said why ("TP Thanh Hóa", "Tổng cộng")
        try:  # "Hoằng Hóa": a district the registry knows, not a misspelt "Lạng Sơn"
            district = districts.get(cell)
        except UnknownDistrictError:
            raise err from None
        name = district.province.name
        why = message("{district} is a district of {province} province, not a province; a "
                      "figure of the whole province is given as {name!r}",
                      district=district.label, province=name, name=name)  # fmt: skip
        raise UnknownProvinceError(cell, why=why) from None


def _province(cell: Any, period: Period | None) -> Province:
    """The province *cell* names (see :func:`read_province`)."""
    if isinstance(cell, Province) or period is None:
        return cell if isinstance(cell, Province) else provinces.get(cell)
    try:
        return provinces.get(cell, on=period.start)
    except UnitNotInForceError as first:
        try:
            return provinces.get(cell, on=period.end)
        except UnitNotInForceError:
            raise first from None


def read_period(cell: Any) -> Period:
    """The period of a cell: a Period, a text such as ``"2024-Q2"``, or a whole year.

    Examples
    --------
    >>> str(read_period(2024.0)), read_period("2024-Q2").end
    ('2024', datetime.date(2024, 6, 30))
    """
    if isinstance(cell, Period):
        return cell
    if isinstance(cell, str):
        return Period.parse(cell)
    number = plain_number(cell)
    if number is None or not float(number).is_integer():
        raise ValidationError(
            "read_period",
            "cell",
            cell,
            message("a whole year, e.g. 2024, or a period such as '2024-Q2'"),
        )
    return Period.year(int(number))


def read_finite(cell: Any, unit: Any = None) -> float:
    """The finite number of a cell, as a float of 15 significant digits (as a spreadsheet
    shows it: :func:`~vnhealthplan.core.excelfloat.fifteen_digits`).

    Text is read as :func:`vnhealthplan.export.read_observations` reads it
    (:func:`~vnhealthplan.text.cellnumbers.read_cell_number`: either convention, when both
    readings agree); text that reads two ways, or a number with a unit after it, is refused.
    Text with a per cent sign ("96,4%") is read when *unit* (the row's) is per cent, and
    refused ("remove the % sign") when it is another unit, as the forms read it
    (:func:`~vnhealthplan.text.cellnumbers.percent_text`).

    Examples
    --------
    >>> read_finite(76.5), read_finite("76,5"), read_finite("8,8")
    (76.5, 76.5, 8.8)
    >>> read_finite("5.130")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: read_finite.cell: got '5.130'; expected one reading; it \
reads as 5.13 or 5130, ...
    >>> read_finite("abc")
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: read_finite.cell: got 'abc'; expected a finite number
    >>> read_finite("96,4%", "percent")
    96.4
    """
    if isinstance(cell, str) and unit is not None:
        cell, wrong = percent_text(cell, unit)
        if wrong is not None:
            raise ValidationError("read_finite", "cell", cell, wrong)
    if isinstance(cell, str):
        try:
            cell = read_cell_number(cell)
        except AmbiguousNumberError as err:
            raise ValidationError("read_finite", "cell", cell, bare(two_readings(err))) from None
        except ParseError as err:
            if scientific(cell) is not None:
                raise ValidationError("read_finite", "cell", cell, err.expected) from None
            if WITH_UNIT.match(cell):
                raise ValidationError("read_finite", "cell", cell, bare(NUMBER_ALONE)) from None
    number = plain_number(cell)
    if number is None or not math.isfinite(number):
        raise ValidationError("read_finite", "cell", cell, message("a finite number"))
    return fifteen_digits(float(number))  # as a spreadsheet shows it: 94.99999999999999 is 95


def indicator_unit(cell: Any, indicator: Indicator) -> Any:
    """The unit a cell names for *indicator*: a unit of the package registry, or the unit as
    the plans (and the package's Vietnamese tables) write it, read against the indicator.

    An empty cell is the indicator's own unit. The unit returned is not checked against the
    indicator's dimension when the registry reads it (the caller converts or refuses it).

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For text that is no unit at all, or a written unit that is not the indicator's.

    Examples
    --------
    >>> from vnhealthplan.data import indicators
    >>> str(indicator_unit("bác sĩ/vạn dân", indicators.get("doctors_per_10k")))
    'doctor / ten_thousand_people'
    >>> str(indicator_unit("‰", indicators.get("imr")))
    'death / thousand_live_births'
    """
    if is_missing(cell) or cell == "":
        return indicator.unit
    try:
        unit = read_unit(cell)
    except ValueError:
        return _written_unit(cell, indicator, None)
    if unit.dimensionality != indicator.dimensionality:
        return _written_unit(cell, indicator, unit)
    return unit


def _written_unit(cell: Any, indicator: Indicator, read: Any) -> Any:
    """The unit as the plans (and the Vietnamese tables) write it: "bác sĩ/vạn dân", "‰"."""
    try:
        return parse_unit(str(cell), indicator=indicator)
    except ParseError:
        if read is None and not _reads_as_unit(str(cell)):
            raise ValidationError("indicator_unit", "cell", cell, _UREG) from None
        unit = {"en": str(indicator.unit), "vi": unit_name(indicator.unit)}
        expected = message("a unit of {code}'s dimension, like {unit}",
                           code=indicator.code, unit=unit)  # fmt: skip
        raise ValidationError("indicator_unit", "cell", cell, expected) from None


def _reads_as_unit(text: str) -> bool:
    try:
        parse_unit(text)
    except ParseError:
        return False
    return True


def read_unit(text: Any) -> Any:
    """The unit of the package registry a cell names.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For text that is not a unit of :data:`vnhealthplan.ureg`.

    Examples
    --------
    >>> str(read_unit("bed / ten_thousand_people"))
    'bed / ten_thousand_people'
    """
    import pint

    try:
        return as_unit(text)
    except (pint.errors.PintError, AttributeError, TypeError, ValueError):
        raise ValidationError("read_unit", "text", text, _UREG) from None
