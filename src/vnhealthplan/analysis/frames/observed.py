"""Observations as tidy frames: to a frame, and from a user's frame.

A tidy frame of observations has one row per value: ``province, indicator, year (or
period), value, unit``, and optionally ``source`` and ``quote``. Users build one from their
own spreadsheets; :func:`observations_from_frame` checks every row and reports all the bad
ones at once.

Examples
--------
An Giang's plan reports 76,5 % insured at the end of 2017:

>>> from vnhealthplan import plans
>>> frame = observation_records_frame(plans.load("an-giang-2018"))
>>> frame[["province", "indicator", "year", "value", "unit"]]
   province                  indicator  year  value     unit
0  An Giang  health_insurance_coverage  2017   76.5  percent
>>> observations_from_frame(frame)
(Observation(health_insurance_coverage = 76.5 percent, 2017, An Giang),)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from vnhealthplan.analysis.frames.layout import tidy_frame
from vnhealthplan.core.checks import plain_number
from vnhealthplan.core.errors import (
    PlanDataError,
    Problem,
    UnitNotInForceError,
    VNHealthPlanError,
    WrongTypeError,
)
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.units import as_unit, registry
from vnhealthplan.data import indicators, provinces
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.period import Period
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Document, Source
from vnhealthplan.text.cellnumbers import (
    NUMBER_ALONE,
    WITH_UNIT,
    percent_text,
    read_cell_number,
    row_unit,
    two_readings,
)
from vnhealthplan.text.errors import AmbiguousNumberError, ParseError
from vnhealthplan.text.units import parse_unit

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "indicator_unit",
    "is_missing",
    "observation_records_frame",
    "observations_from_frame",
    "read_finite",
    "read_period",
    "read_province",
    "read_unit",
]

_FRAME: Final = "frame"


def observation_records_frame(
    observations: Plan | Iterable[Observation | Plan],
) -> pd.DataFrame:
    """Observations as a tidy frame with their citations, one row per observation.

    Parameters
    ----------
    observations : Plan or iterable of Observation and Plan
        A plan contributes its observations; those without a province take the plan's.

    Returns
    -------
    pandas.DataFrame
        Columns ``province, indicator, year, period_start, period_end, value, unit, source,
        quote``: the value in the unit the observation holds, ``source`` the citation.

    Examples
    --------
    Quảng Ngãi, 2023: "173 Trạm Y tế xã, phường, thị trấn":

    >>> from vnhealthplan import plans
    >>> frame = observation_records_frame(plans.load("quang-ngai-2023"))
    >>> frame.loc[[2], ["indicator", "year", "value", "unit", "quote"]]
              indicator  year  value     unit                               quote
    2  commune_stations  2023  173.0  station  173 Trạm Y tế xã, phường, thị trấn
    """
    items = [observations] if isinstance(observations, Plan) else list(observations)
    rows = []
    for item in items:
        pairs = (
            [(o, item.province) for o in item.observations]
            if isinstance(item, Plan)
            else [(item, None)]
        )
        for obs, fallback in pairs:
            if not isinstance(obs, Observation):
                expected = message("Observation or Plan objects")
                raise WrongTypeError("observation_records_frame", "observations", obs, expected)
            rows.append(_row(obs, obs.province or fallback))
    return tidy_frame(rows, "observation_records")


def _row(obs: Observation, province: Province | None) -> dict[str, Any]:
    return {
        "province": province.name if province else None,
        "indicator": obs.indicator.code,
        "year": obs.year,
        "period_start": obs.period.start,
        "period_end": obs.period.end,
        "value": float(obs.value.magnitude),
        "unit": str(obs.value.units),
        "source": obs.source.cite() if obs.source else None,
        "quote": obs.source.quote if obs.source else None,
    }


def observations_from_frame(
    frame: pd.DataFrame, *, source: Source | Document | None = None
) -> tuple[Observation, ...]:
    """Observations from a user's tidy frame; every bad row is reported at once.

    Parameters
    ----------
    frame : pandas.DataFrame
        Columns ``province`` (a name in any spelling; empty for none), ``indicator`` (a
        catalogue code), ``value``, and the time: ``period`` (``"2024"``, ``"2024-Q2"``,
        …), or ``period_start`` and ``period_end`` (dates), or ``year``;
        optional ``unit`` (default: the indicator's), ``section``, ``quote``, ``notes`` and
        ``source`` (a citation in words, kept in the notes when *source* is None).
    source : Source or Document, optional
        A :class:`Source` is given to every row. With a :class:`Document`, each row's
        source is that document, the row's ``section`` (or "row N") and its ``quote``,
        which every row must then have.

    Returns
    -------
    tuple of Observation

    Raises
    ------
    vnhealthplan.errors.PlanDataError
        Listing every bad value, as "frame: row N: field = value: expected …"; N is the
        frame's index label.
    vnhealthplan.errors.WrongTypeError
        If *frame* is not a pandas DataFrame.

    Examples
    --------
    An Giang's 2017 figure, and two rows typed wrong on purpose (a value that is not a
    number; a province that ended in 2008, before the registry's dates, and an indicator code
    the package does not know):

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"province": ["An Giang", "Đăk Lăk", "Paris"],
    ...                      "indicator": ["health_insurance_coverage", "imr", "beds"],
    ...                      "year": [2017, 2024, 2024], "value": [76.5, "abc", 30]})
    >>> observations_from_frame(rows)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.PlanDataError: 3 invalid values in frame:
      frame: row 1: value = 'abc': expected a finite number
      frame: row 2: province = 'Paris': unknown province 'Paris'...
      frame: row 2: indicator = 'beds': unknown indicator 'beds'...
    """
    import pandas as pd

    if not isinstance(frame, pd.DataFrame):
        expected = message("a pandas DataFrame (got {type})", type=str(type(frame).__name__))
        raise WrongTypeError("observations_from_frame", "frame", frame, expected)
    if source is not None and not isinstance(source, Source | Document):
        expected = message("a Source, a Document or None")
        raise WrongTypeError("observations_from_frame", "source", source, expected)
    missing = [c for c in ("province", "indicator", "value") if c not in frame.columns]
    if "year" not in frame.columns and "period" not in frame.columns:
        missing.append("year")
    if missing:
        raise PlanDataError(
            [Problem(_FRAME, "columns", c, None, message("missing column")) for c in missing]
        )
    built, problems = [], []
    records: list[dict[str, Any]] = frame.to_dict("records")  # type: ignore[assignment]
    for label, row in zip(frame.index, records, strict=True):
        obs, found = _observation(row, message("row {row}", row=label), source)
        problems += found
        if obs is not None:
            built.append(obs)
    if problems:
        raise PlanDataError(problems)
    return tuple(built)


def is_missing(value: Any) -> bool:
    """True for an empty cell: None, NaN, pandas' NA (text, even empty, is not missing).

    Examples
    --------
    >>> is_missing(None), is_missing(float("nan")), is_missing("")
    (True, True, False)
    """
    import pandas as pd

    return value is None or (not isinstance(value, str) and bool(np.all(pd.isna(value))))


def _observation(
    row: dict[str, Any], record: Message, source: Source | Document | None
) -> tuple[Observation | None, list[Problem]]:
    """One row: an Observation, or the problems of each of its fields."""
    from vnhealthplan.core.errors import ValidationError

    problems: list[Problem] = []

    def check(field: str, read: Any) -> Any:
        try:
            return read(row.get(field))
        except (ValueError, LookupError, TypeError) as err:
            problems.append(Problem(_FRAME, record, field, row.get(field), _reason(err)))
            return None

    indicator = check("indicator", indicators.get)
    if not is_missing(row.get("period")):
        period = check("period", read_period)
        if period is not None and not is_missing(row.get("year")):
            check("year", lambda y: _same_year(y, period))  # year 2024, period 2020: which?
    elif not (is_missing(row.get("period_start")) or is_missing(row.get("period_end"))):
        period = check("period_start", lambda s: Period(_day(s), _day(row["period_end"])))
    else:
        period = check("year", read_period)
    # the name on the row's dates: "An Giang" in 2026 is the An Giang formed on 1 July 2025
    before = len(problems)
    province = check("province", lambda cell: read_province(cell, period))
    problems[:] = problems[before:] + problems[:before]  # the province's problem first
    per = row_unit(row.get("unit"), indicator.unit if indicator is not None else None)
    value = check("value", lambda cell: read_finite(cell, per))
    unit = check("unit", lambda u: indicator_unit(u, indicator)) if indicator is not None else None
    src = check("quote", lambda _: _source(row, record, source))
    if problems:
        return None, problems
    notes = [str(row[k]) for k in ("notes",) if not is_missing(row.get(k))]
    if source is None and not is_missing(row.get("source")):
        notes.append(f"source: {row['source']}")
    try:
        return Observation(
            indicator,
            registry().Quantity(value, unit),
            period,
            province=province,
            source=src,
            notes="; ".join(notes),
        ), []
    except ValidationError as err:
        expected = message("expected {expected}", expected=err.expected)
        return None, [Problem(_FRAME, record, err.field, err.value, expected)]


def _reason(err: Exception) -> Message | str:
    if isinstance(err, VNHealthPlanError):
        said = err.as_message()
        owner = said.fields.get("owner") if isinstance(said, Message) else None
        if isinstance(said, Message) and owner in ("Period", "Province"):
            return message("got {value}; expected {expected}", value=said.fields["value"],
                           expected=said.fields["expected"])  # fmt: skip
        return said
    first = err.args[0] if err.args else None
    if isinstance(first, Message):
        return Message(first.template.removeprefix("Period: "), first.fields)
    text = str(err.args[0]) if err.args else str(err)
    return text.split(": ", 1)[1] if text.startswith(("Period", "Province")) else text


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
    if isinstance(cell, Province) or period is None:
        return cell if isinstance(cell, Province) else provinces.get(cell)
    try:
        return provinces.get(cell, on=period.start)
    except UnitNotInForceError as first:
        try:
            return provinces.get(cell, on=period.end)
        except UnitNotInForceError:
            raise first from None


def _same_year(cell: Any, period: Period) -> None:
    year = read_period(cell).last_year
    if not period.first_year <= year <= period.last_year:
        raise ValueError(message("expected a year of the period {period}, or no year",
                                 period=str(period)))  # fmt: skip


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
        raise ValueError(message("expected a whole year, e.g. 2024, or a period such as '2024-Q2'"))
    return Period.year(int(number))


def _day(cell: Any) -> date:
    if isinstance(cell, str):
        return date.fromisoformat(cell)
    return cell.date() if isinstance(cell, datetime) else cell  # a pandas Timestamp too


def read_finite(cell: Any, unit: Any = None) -> float:
    """The finite number of a cell, as a float.

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
    ValueError: expected one reading; it reads as 5.13 or 5130, ...
    >>> read_finite("abc")
    Traceback (most recent call last):
    ...
    ValueError: expected a finite number
    >>> read_finite("96,4%", "percent")
    96.4
    """
    if isinstance(cell, str) and unit is not None:
        cell, wrong = percent_text(cell, unit)
        if wrong is not None:
            raise ValueError(message("expected {expected}", expected=wrong))
    if isinstance(cell, str):
        try:
            cell = read_cell_number(cell)
        except AmbiguousNumberError as err:
            raise ValueError(two_readings(err)) from None
        except ParseError:
            if WITH_UNIT.match(cell):
                raise ValueError(NUMBER_ALONE) from None
    number = plain_number(cell)
    if number is None or not math.isfinite(number):
        raise ValueError(message("expected a finite number"))
    return float(number)


def indicator_unit(cell: Any, indicator: Indicator) -> Any:
    """The unit a cell names for *indicator*: a unit of the package registry, or the unit as
    the plans (and the package's Vietnamese tables) write it, read against the indicator.

    An empty cell is the indicator's own unit. The unit returned is not checked against the
    indicator's dimension when the registry reads it (the caller converts or refuses it).

    Raises
    ------
    ValueError
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
            raise ValueError(message("expected a unit of vnhealthplan.ureg, e.g. 'bed'")) from None
        expected = message("expected a unit of {code}'s dimension, like {unit}",
                           code=indicator.code, unit=str(indicator.unit))  # fmt: skip
        raise ValueError(expected) from None


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
    ValueError
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
        raise ValueError(message("expected a unit of vnhealthplan.ureg, e.g. 'bed'")) from None


def _source(row: dict[str, Any], record: str, source: Source | Document | None) -> Source | None:
    if not isinstance(source, Document):
        return source
    quote = row.get("quote")
    if is_missing(quote) or not str(quote).strip():
        raise ValueError(message("expected the row's verbatim quote, since source is a Document"))
    section = row.get("section")
    return Source(source, record if is_missing(section) else str(section), str(quote))
