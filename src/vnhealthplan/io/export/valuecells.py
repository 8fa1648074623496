"""Value and year cells of an observations table that need more than a number reader.

A value typed with its per cent sign ("96,4%") is read in a row whose unit is per cent and
refused elsewhere ("remove the % sign"); a year cell with words after it ("2023 (ước)") is
refused with what a year cell holds, the words pointing to the notes column.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"indicator": ["underweight_u5", "total_beds"],
...                       "value": ["96,4%", "96,4%"]}, index=[2, 3], dtype=object)
>>> problems = []
>>> list(percent_values(frame, "observed.csv", problems))
['96,4', '96,4%']
>>> print(problems[0])
observed.csv: row 3: value = '96,4%': expected a number without a % sign (the row's unit is \
bed): remove the % sign
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.core.errors import Problem, VNHealthPlanError
from vnhealthplan.core.messages import Message, message
from vnhealthplan.data import indicators
from vnhealthplan.io.forms.numbers import percent_text

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["YEAR_ALONE", "percent_values"]

#: What a year cell must hold: "2023"; words after it ("(ước)", an estimate) go to notes.
YEAR_ALONE: Final = message(
    "expected a year alone, e.g. 2023; a remark such as '(ước)' (an estimate) goes in the "
    "'notes' column"
)
_PERCENT: Final = ("%", "percent", "phần trăm")


def _unit(row: pd.Series) -> Any:
    """The row's unit: its unit cell, else its indicator's unit; None when unknown."""
    given = row.get("unit")
    if isinstance(given, str) and given.strip():
        return "percent" if given.strip().casefold() in _PERCENT else given.strip()
    try:
        return indicators.get(str(row.get("indicator") or "")).unit
    except VNHealthPlanError:
        return None


def percent_values(frame: pd.DataFrame, file: str, problems: list[Problem]) -> list[Any]:
    """The value column with "96,4%" read as "96,4" in a row whose unit is per cent.

    In a row of another unit the cell is left as it is and reported in *problems*; a row
    whose unit is unknown (an unknown indicator, reported later) is left as it is.
    """
    out = []
    for label, row in frame.iterrows():
        cell = row.get("value")
        if not (isinstance(cell, str) and cell.strip().endswith("%")):
            out.append(cell)
            continue
        unit = _unit(row)
        if unit is None:
            out.append(cell)
            continue
        text, wrong = percent_text(cell, unit)
        out.append(text)
        if wrong is not None:
            expected = message("expected {expected}", expected=wrong)
            problems.append(Problem(file, _row(label), "value", cell, expected))
    return out


def _row(label: Any) -> Message:
    return message("row {row}", row=label)
