"""Rows of a user's frame of figures that :func:`~vnhealthplan.gaps.gaps_frame` would drop
or date in silence.

``gaps_frame`` leaves out rows about indicators and provinces no target is about (a
nationwide sheet). A row whose indicator code is no indicator at all ("IMR", a trailing
space) or whose province is a misspelling of a target's province ("Dak Lak Province") is
not such a row: it was meant for a target, and leaving it out said "no figure". Nor is a
frame naming no province at all when every target names one (:func:`province_needed`). Nor
may a row's year fall outside the period its ``period`` (or ``period_start``/``period_end``)
cells give: which of the two was meant cannot be told.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"province": ["Dak Lak Provinse"], "indicator": ["IMR"],
...                       "year": [2024], "period": ["2023"], "value": [12.0]})
>>> for problem in unplaced_rows(frame, {"imr"}, {"Đắk Lắk"}) + misdated_rows(frame):
...     print(problem)
observations: row 0: indicator = 'IMR': unknown indicator 'IMR'
observations: row 0: province = 'Dak Lak Provinse': unknown province 'Dak Lak Provinse'; did you \
mean 'Đắk Lắk'?
observations: row 0: year = 2024: expected a year of the period 2023, or no year
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.analysis.frames.cellreaders import is_blank
from vnhealthplan.core.errors import (
    Problem,
    UnknownProvinceError,
    ValidationError,
    VNHealthPlanError,
)
from vnhealthplan.core.fold import fold
from vnhealthplan.core.messages import Message, message
from vnhealthplan.data import indicators, provinces
from vnhealthplan.model.period import Period

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["misdated_rows", "province_needed", "unplaced_rows"]

_FILE: Final = "observations"
#: How alike a name and a target's province must be, folded, to be a misspelling of it.
_ALIKE: Final = 0.8


def province_needed(frame: Any, codes: Iterable[str], keys: set[tuple[str, str]]) -> None:
    """Refuse figures naming no province (a frame without a ``province`` column) when every
    target names one: none of them would be read, and every target would be left unknown
    without a word. Figures of the targets' indicators only (*codes*) count.

    Examples
    --------
    >>> import pandas as pd
    >>> figures = pd.DataFrame({"indicator": ["imr"], "year": [2024], "value": [20.0]})
    >>> province_needed(figures, ["imr"], {("Đắk Lắk", "imr")})
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: gaps_frame.observations: got a frame without a \
province column; expected a province column: the targets are of Đắk Lắk
    >>> province_needed(figures, ["imr"], {("", "imr")})  # a national target: read as it is
    """
    provinces = {province for province, _ in keys}
    if not provinces or "" in provinces or not frame["indicator"].isin(list(codes)).any():
        return
    expected = message("a province column: the targets are of {provinces}",
                       provinces=", ".join(sorted(provinces)))  # fmt: skip
    got = message("a frame without a province column")
    raise ValidationError("gaps_frame", "observations", got, expected)


def unplaced_rows(
    frame: pd.DataFrame, codes: Collection[str], wanted: Collection[str]
) -> list[Problem]:
    """Rows naming an indicator no catalogue or plan knows, or misspelling a province of
    *wanted* (the targets' provinces, by their bundled names); *codes* are the targets'
    indicator codes.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"province": ["Cả nước", "Thanh Hóa"],
    ...                       "indicator": ["imr", "nurses_per_10k"]})
    >>> unplaced_rows(frame, {"imr"}, {"Hà Nội"})  # a national row, another indicator
    []
    """
    import pandas as pd

    bad: dict[tuple[str, Any], Message | str] = {}
    for code in pd.unique(frame["indicator"]):
        if isinstance(code, str) and code not in codes:
            try:
                indicators.get(code)
            except VNHealthPlanError as err:
                bad["indicator", code] = err.as_message()
    if "province" in frame.columns:
        for name in pd.unique(frame["province"]):
            said = _misspelt(name, wanted) if isinstance(name, str) and name.strip() else None
            if said is not None:
                bad["province", name] = said
    if not bad:
        return []
    problems = []
    for field in ("indicator", "province"):
        cells = frame[field] if field in frame.columns else pd.Series(dtype=object)
        for label, cell in cells.items():
            if isinstance(cell, str) and (field, cell) in bad:
                record = message("row {row}", row=label)
                problems.append(Problem(_FILE, record, field, cell, bad[field, cell]))
    return problems


def _misspelt(name: str, wanted: Collection[str]) -> Message | str | None:
    """Why *name* is refused when no province answers to it and it is close to one of
    *wanted* ("Dak Lak Province" for Đắk Lắk); None otherwise ("Cả nước", "Tây Nguyên")."""
    try:
        provinces.get(name)
    except UnknownProvinceError as err:
        folded = fold(name)
        for close in err.close:
            near = fold(close)
            if close in wanted and (
                near in folded or SequenceMatcher(None, near, folded).ratio() >= _ALIKE
            ):
                return err.as_message()
    return None


def misdated_rows(frame: pd.DataFrame) -> list[Problem]:
    """Rows whose year is not a year of the period their ``period`` cell (or their
    ``period_start`` and ``period_end`` cells) gives.

    Examples
    --------
    >>> import pandas as pd
    >>> misdated_rows(pd.DataFrame({"year": [2024], "period": ["2024-Q2"]}))
    []
    """
    dated = "period_start" in frame.columns and "period_end" in frame.columns
    if "year" not in frame.columns or not ("period" in frame.columns or dated):
        return []
    problems = []
    for label, row in frame.iterrows():
        year = row["year"]
        if is_blank(year):
            continue
        try:
            period = _period(row)
            if period is None:
                continue
            last = Period.parse(str(year).strip()).last_year if isinstance(year, str) else year
            inside = period.first_year <= float(last) <= period.last_year
        except (ValueError, TypeError, LookupError):
            continue  # a cell that is no year or period: the readers name it
        if not inside:
            said = message("expected {expected}", expected=message(
                "a year of the period {period}, or no year", period=str(period)))  # fmt: skip
            problems.append(Problem(_FILE, message("row {row}", row=label), "year", year, said))
    return problems


def _period(row: pd.Series) -> Period | None:
    """The period a row's ``period`` cell, or its ``period_start`` and ``period_end`` cells,
    give; None without them."""
    if not is_blank(row.get("period")):
        cell = row["period"]
        return cell if isinstance(cell, Period) else Period.parse(str(cell).strip())
    start, end = row.get("period_start"), row.get("period_end")
    if is_blank(start) or is_blank(end):
        return None
    return Period(_day(start), _day(end))


def _day(cell: Any) -> date:
    if isinstance(cell, str):
        return date.fromisoformat(cell.strip())
    return cell.date() if isinstance(cell, datetime) else cell
