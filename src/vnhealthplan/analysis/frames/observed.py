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

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.analysis.frames.cellreaders import (
    CELL_READERS,
    indicator_unit,
    is_missing,
    read_finite,
    read_indicator,
    read_period,
    read_province,
    read_unit,
)
from vnhealthplan.analysis.frames.layout import tidy_frame
from vnhealthplan.analysis.slips import warn_fractions
from vnhealthplan.core.errors import (
    PlanDataError,
    Problem,
    UnknownIndicatorError,
    ValidationError,
    VNHealthPlanError,
    WrongTypeError,
)
from vnhealthplan.core.messages import Message, Unquoted, got_number, message
from vnhealthplan.core.unitnames import quantity_text
from vnhealthplan.core.units import is_quantity, registry
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.period import Period
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.province import Province
from vnhealthplan.model.source import Document, Source
from vnhealthplan.text.cellnumbers import row_unit

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "indicator_unit",
    "is_missing",
    "observation_records_frame",
    "observations_from_frame",
    "read_finite",
    "read_indicator",
    "read_period",
    "read_province",
    "read_unit",
]

_FRAME: Final = "frame"
_OWNER: Final = "observations_from_frame"


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
    frame: pd.DataFrame, *, source: Source | Document | None = None, plan: Plan | None = None
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
    plan : Plan, optional
        The plan the figures are for: an indicator its own file defines
        (``population_with_ehr`` of Quảng Ngãi's plan) is read as well as a catalogue code.

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
    twice = dict.fromkeys(c for c in frame.columns[frame.columns.duplicated()])  # which to read?
    if missing or twice:
        said = message("a second column for it")
        raise PlanDataError(
            [Problem(_FRAME, "columns", c, None, message("missing column")) for c in missing]
            + [Problem(_FRAME, "columns", c, c, said) for c in twice]
        )
    built, problems = [], []
    records: list[dict[str, Any]] = _decimal_floats(frame).to_dict("records")  # type: ignore[assignment]
    for label, row in zip(frame.index, records, strict=True):
        obs, found = _observation(row, message("row {row}", row=label), source, plan)
        problems += found
        if obs is not None:
            built.append(obs)
    if problems:
        raise PlanDataError(problems)
    warn_fractions(built, plan, stacklevel=2)  # 0,938 for 93,8 %, with no target to tell
    return tuple(built)


def _decimal_floats(frame: pd.DataFrame) -> pd.DataFrame:
    """*frame* with its float32 (float16) columns as the decimals they show: 7.7, not the
    7.699999809265137 they store, which is below a target of 7.7."""
    import numpy as np

    narrow = [i for i, dtype in enumerate(frame.dtypes) if dtype.kind == "f" and dtype.itemsize < 8]
    if not narrow:
        return frame
    frame = frame.copy()
    for i in narrow:
        shown = [float(str(v)) for v in frame.iloc[:, i].to_numpy(np.float32, na_value=np.nan)]
        frame.isetitem(i, shown)
    return frame


def _observation(
    row: dict[str, Any], record: Message, source: Source | Document | None, plan: Plan | None
) -> tuple[Observation | None, list[Problem]]:
    """One row: an Observation, or the problems of each of its fields."""
    problems: list[Problem] = []

    def check(field: str, read: Any) -> Any:
        try:
            return read(row.get(field))
        except (ValueError, LookupError, TypeError) as err:
            why = _indicator_problem(err, plan) if field == "indicator" else _reason(err)
            problems.append(Problem(_FRAME, record, field, row.get(field), why))
            return None

    indicator = check("indicator", lambda cell: read_indicator(cell, plan))
    if not is_missing(row.get("period")):
        period = check("period", read_period)
        if period is not None and not is_missing(row.get("year")):
            check("year", lambda y: _same_year(y, period))  # year 2024, period 2020: which?
    elif not (is_missing(row.get("period_start")) or is_missing(row.get("period_end"))):
        period = check("period_start", lambda s: Period(_day(s), _day(row["period_end"])))
        if period is not None and not is_missing(row.get("year")):
            check("year", lambda y: _same_year(y, period))  # the year was left unread
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
        return None, [Problem(_FRAME, record, err.field, _value_shown(err.value), expected)]


def _value_shown(value: Any) -> Any:
    """A refused value as a problem shows it: a quantity in each language ("1917.5 person",
    "1.917,5 người"), anything else as it is."""
    if not is_quantity(value):
        return value
    english = f"{got_number(float(value.magnitude), 'en')} {value.units}"  # "900,000 percent"
    said = {"en": english, "vi": quantity_text(value, "vi")}
    return Unquoted("{quantity}", {"quantity": said})


def _reason(err: Exception) -> Message | str:
    if isinstance(err, ValidationError) and err.owner in (*CELL_READERS, _OWNER):
        return message("expected {expected}", expected=err.expected)
    if isinstance(err, ValidationError) and err.owner == "Period.parse":
        return message("cannot read {text!r}; expected {expected}", text=err.value,
                       expected=err.expected)  # fmt: skip
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


def _indicator_problem(err: Exception, plan: Plan | None) -> Message | str:
    """Why a row's indicator is refused; without a plan, how to give one."""
    if plan is None and isinstance(err, UnknownIndicatorError):
        return message("{error}; an indicator a plan defines in its own file is read with that "
                       "plan: give it as plan=", error=err.as_message())  # fmt: skip
    return _reason(err)


def _same_year(cell: Any, period: Period) -> None:
    year = read_period(cell).last_year
    if not period.first_year <= year <= period.last_year:
        raise ValidationError(
            _OWNER,
            "year",
            cell,
            message("a year of the period {period}, or no year", period=str(period)),
        )


def _day(cell: Any) -> date:
    if isinstance(cell, str):
        return date.fromisoformat(cell)
    return cell.date() if isinstance(cell, datetime) else cell  # a pandas Timestamp too


def _source(row: dict[str, Any], record: str, source: Source | Document | None) -> Source | None:
    if not isinstance(source, Document):
        return source
    quote = row.get("quote")
    if is_missing(quote) or not str(quote).strip():
        raise ValidationError(
            _OWNER, "quote", quote, message("the row's verbatim quote, since source is a Document")
        )
    section = row.get("section")
    return Source(source, record if is_missing(section) else str(section), str(quote))
