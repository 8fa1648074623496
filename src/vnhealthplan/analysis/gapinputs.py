"""Checks of the frames :func:`~vnhealthplan.gaps.gaps_frame` reads, before any arithmetic.

A targets frame is checked as fully as an observations frame: its columns, then every row
(a whole year, a comparator and kind the vocabularies know, finite numbers and never text,
levels inside each indicator's bounds). Every bad row is reported at once in one
:class:`~vnhealthplan.errors.PlanDataError`; a missing column is a
:class:`~vnhealthplan.errors.ValidationError` naming it. Text such as ``"5.130"`` is refused,
not guessed: read it with :func:`vnhealthplan.text.parse_number` (5130) first.

Examples
--------
>>> import pandas as pd
>>> frame = pd.DataFrame({"indicator": ["beds_per_10k"], "year": [2024.5],
...                       "comparator": ["="], "value": ["5.130"]})
>>> checked_targets(frame)
Traceback (most recent call last):
...
vnhealthplan.errors.PlanDataError: 2 invalid values in targets:
  targets: row 0: year = 2024.5: expected a whole year from 1945 to 2100
  targets: row 0: value = '5.130': expected a number, not text (read text with \
vnhealthplan.text.parse_number)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from vnhealthplan.core.checks import MAX_YEAR, MIN_YEAR
from vnhealthplan.core.errors import PlanDataError, Problem, ValidationError
from vnhealthplan.core.excelfloat import fifteen_digits_array
from vnhealthplan.core.messages import Message, message
from vnhealthplan.core.vocab import Comparator, Direction, TargetKind
from vnhealthplan.model.period import Period

if TYPE_CHECKING:
    import pandas as pd

    from vnhealthplan.model.indicator import Indicator

__all__ = [
    "OBSERVATION_COLUMNS",
    "TARGET_COLUMNS",
    "check_levels_in_frame",
    "checked_observations",
    "checked_targets",
    "coded",
    "factorized",
    "indicator_codes",
    "mapped",
    "recoded",
    "require_columns",
    "start_years",
    "with_columns",
]

#: The columns a targets frame must have.
TARGET_COLUMNS: Final = ("indicator", "year", "comparator", "value")
#: The columns an observations frame must have (``year`` may be a ``period`` instead).
OBSERVATION_COLUMNS: Final = ("indicator", "year", "value")

_TEXT: Final = "expected a number, not text (read text with vnhealthplan.text.parse_number)"


def mapped(
    column: Any, mapping: Mapping[Any, Any], default: Any = None, dtype: Any = object
) -> Any:
    """``column.map(mapping)`` as a NumPy array, each distinct value looked up once.

    Missing values and values *mapping* lacks give *default*. Codes are read from
    ``pandas.factorize`` (or a categorical's own codes), so a string column is never turned
    into Python objects row by row.

    Examples
    --------
    >>> import pandas as pd
    >>> mapped(pd.Series(["imr", None, "imr", "u5mr"]), {"imr": 1.0}, default=-1.0, dtype=float)
    array([ 1., -1.,  1., -1.])
    """
    import pandas as pd

    positions, uniques = factorized(column)
    table = [*(mapping.get(value, default) for value in uniques), default]  # −1: missing
    if dtype is object and default is None and all(isinstance(v, str) for v in table[:-1]):
        # text: taken from a small string array, never built from Python objects row by row
        return pd.array(table, dtype="str").take(positions)
    return np.array(table, dtype=dtype)[positions]


def factorized(column: Any) -> tuple[Any, Any]:
    """``pandas.factorize(column)``, read from a categorical's own codes when it is one.

    Its distinct values may then include categories no row uses.

    Examples
    --------
    >>> import pandas as pd
    >>> factorized(pd.Series(["imr", "u5mr", "imr"], dtype="category"))[0]
    array([0, 1, 0], dtype=int8)
    """
    import pandas as pd

    if isinstance(getattr(column, "dtype", None), pd.CategoricalDtype):
        return column.cat.codes.to_numpy(), column.cat.categories
    return pd.factorize(column)


def coded(column: pd.Series) -> pd.Series:
    """*column* as a categorical: its distinct values numbered once (by ``pandas.factorize``),
    so that every later look-up, check or comparison reads integer codes, not text.

    Examples
    --------
    >>> import pandas as pd
    >>> column = coded(pd.Series(["imr", None, "imr"]))
    >>> column.cat.codes.tolist(), list(column.cat.categories)
    ([0, -1, 0], ['imr'])
    """
    import pandas as pd

    if isinstance(column.dtype, pd.CategoricalDtype):
        return column
    positions, uniques = pd.factorize(column)
    return pd.Series(pd.Categorical.from_codes(positions, uniques), index=column.index)


def with_columns(frame: pd.DataFrame, columns: Mapping[str, Any]) -> pd.DataFrame:
    """``frame.assign(**columns)`` by one concatenation (``assign`` inserts one column at a
    time, each insertion costing about a copy of the frame's numbers); replaced columns
    move to the end.

    Examples
    --------
    >>> import pandas as pd
    >>> with_columns(pd.DataFrame({"year": [2024], "value": [5.0]}), {"year": [2025]})
       value  year
    0    5.0  2025
    """
    import pandas as pd

    replaced = [name for name in columns if name in frame.columns]
    kept = frame.drop(columns=replaced) if replaced else frame
    return pd.concat([kept, pd.DataFrame(columns, index=frame.index, copy=False)], axis=1)


def recoded(column: pd.Series, mapping: Mapping[Any, Any]) -> pd.Series:
    """A coded (categorical) column's values mapped through *mapping*, still coded: one
    look-up per category, none per row; a value *mapping* lacks becomes missing.

    Examples
    --------
    >>> import pandas as pd
    >>> recoded(coded(pd.Series(["imr", "u5mr", "imr"])), {"imr": "lower"}).tolist()
    ['lower', nan, 'lower']
    """
    import pandas as pd

    values = [mapping.get(c) for c in column.cat.categories]
    distinct = list(dict.fromkeys(v for v in values if v is not None))
    numbers = np.array([*(distinct.index(v) if v is not None else -1 for v in values), -1])
    numbered = pd.Categorical.from_codes(numbers[column.cat.codes.to_numpy()], pd.Index(distinct))
    return pd.Series(numbered, index=column.index)


def indicator_codes(frame: pd.DataFrame) -> pd.Series:
    """The frame's indicator codes: its categorical ``_ind`` copy if it has one (made once,
    so that each look-up reads integer codes), else its ``indicator`` column."""
    return frame["_ind"] if "_ind" in frame.columns else frame["indicator"]


def require_columns(frame: Any, field: str, needed: Iterable[str]) -> None:
    """Refuse a frame without one of the *needed* columns, naming every missing one.

    Examples
    --------
    >>> import pandas as pd
    >>> require_columns(pd.DataFrame({"year": [2024]}), "targets", TARGET_COLUMNS)
    Traceback (most recent call last):
    ...
    vnhealthplan.errors.ValidationError: gaps_frame.targets: got a frame with the columns \
['year']; expected the columns indicator, year, comparator, value (missing: 'indicator', \
'comparator', 'value')
    """
    needed = tuple(needed)
    names = list(frame.columns)
    twice = list(dict.fromkeys(n for i, n in enumerate(names) if n in names[:i]))
    if twice:  # which of the two to read cannot be guessed
        expected = message("one column of each name (twice: {twice})",
                           twice=", ".join(map(repr, twice)))  # fmt: skip
        raise ValidationError("gaps_frame", field, _columns(frame.columns), expected)
    missing = [name for name in needed if name not in frame.columns]
    if missing:
        expected = message(
            "the columns {columns} (missing: {missing})",
            columns=", ".join(needed),
            missing=", ".join(map(repr, missing)),
        )
        raise ValidationError("gaps_frame", field, _columns(frame.columns), expected)


def _columns(columns: Any) -> Message:
    """A frame as an error shows it: "a frame with the columns [...]", in either language."""
    return message("a frame with the columns {columns}", columns=str([str(c) for c in columns]))


def checked_targets(frame: pd.DataFrame) -> pd.DataFrame:
    """A targets frame with whole years and float numbers, or one error for every bad row.

    The text columns it checks are numbered once, as categorical copies for the look-ups
    that follow: ``_ind`` (indicator), ``_cmp`` (comparator), ``_kind`` and ``_dir`` (if
    the frame has ``kind`` and ``direction``).
    """
    require_columns(frame, "targets", TARGET_COLUMNS)
    problems: list[Problem] = []
    columns: dict[str, Any] = {"_ind": _indicators(frame, "targets", problems)}
    columns["year"] = _years(frame["year"], "targets", "year", problems)
    columns["_cmp"] = _vocab(frame, "comparator", Comparator, problems)
    columns["value"] = _numbers(frame, "value", problems)
    if "kind" in frame.columns:
        columns["_kind"] = _vocab(frame, "kind", TargetKind, problems)
    if "direction" in frame.columns:
        columns["_dir"] = _vocab(frame, "direction", Direction, problems)
    for name in ("upper", "baseline_value"):
        if name in frame.columns:
            columns[name] = _numbers(frame, name, problems, missing=True)
    if "baseline_year" in frame.columns:
        columns["baseline_year"] = _years(
            frame["baseline_year"], "targets", "baseline_year", problems, missing=True
        )
    if problems:
        raise PlanDataError(problems)
    return with_columns(frame, columns)


def checked_observations(frame: pd.DataFrame) -> dict[str, Any]:
    """Whole years and finite numeric values, or one error listing every row that has neither."""
    problems: list[Problem] = []
    _indicators(frame, "observations", problems)
    years = _years(frame["year"], "observations", "year", problems)
    values = _numbers(frame, "value", problems, file="observations")
    if problems:
        raise PlanDataError(problems)
    return {"year": years, "value": values}


def _indicators(frame: pd.DataFrame, file: str, problems: list[Problem]) -> pd.Series:
    """The indicator column, coded; every row without a code as text is a problem."""
    column = frame["indicator"]
    numbered = coded(column)
    names = numbered.cat.categories
    bad = [i for i, c in enumerate(names) if not isinstance(c, str) or not c.strip()]
    for label, code in column[_rows_of(numbered, bad)].items():
        expected = message("expected an indicator code such as 'beds_per_10k'")
        problems.append(Problem(file, message("row {row}", row=label), "indicator", code, expected))
    return numbered


def _rows_of(numbered: pd.Series, bad: list[int]) -> Any:
    """Rows of a coded column that are missing or hold one of the *bad* category numbers."""
    positions = numbered.cat.codes.to_numpy()
    return (positions < 0) | np.isin(positions, bad) if bad else positions < 0


def _years(
    column: pd.Series, file: str, name: str, problems: list[Problem], *, missing: bool = False
) -> Any:
    """Whole years from MIN_YEAR to MAX_YEAR as int64 (Int64 when *missing* is allowed)."""
    import pandas as pd

    if column.dtype.kind in "iuf":  # the common case: no cell to look at one by one
        text = np.zeros(len(column), bool)
        numbers = column.to_numpy(float, na_value=np.nan)
    else:
        text = column.map(lambda v: isinstance(v, bool | bytes | np.bool_)).to_numpy(bool)
        coerced = pd.to_numeric(column.where(~text), errors="coerce")
        numbers = coerced.to_numpy(float, na_value=np.nan)
    absent = np.isnan(numbers)
    with np.errstate(invalid="ignore"):
        wrong = (numbers != np.round(numbers)) | (numbers < MIN_YEAR) | (numbers > MAX_YEAR)
    allowed = column.isna().to_numpy(bool) if missing else np.zeros(len(column), bool)
    bad = text | (wrong & ~absent) | (absent & ~allowed)
    expected = message(
        "expected a whole year from {min_year} to {max_year}",
        min_year=str(MIN_YEAR),
        max_year=str(MAX_YEAR),
    )
    for label, raw in column[bad].items():
        problems.append(Problem(file, message("row {row}", row=label), name, raw, expected))
    if bad.any():
        return column
    return (
        pd.array(numbers, dtype="Float64").astype("Int64") if missing else numbers.astype("int64")
    )


def _numbers(
    frame: pd.DataFrame,
    name: str,
    problems: list[Problem],
    *,
    missing: bool = False,
    file: str = "targets",
) -> Any:
    """Finite floats (NaN only where *missing* is allowed); text and bools are refused."""
    import pandas as pd

    column = frame[name]
    if column.dtype.kind in "iuf":
        numbers = column.to_numpy(float, na_value=np.nan)
        if column.dtype.kind == "f" and getattr(column.dtype, "itemsize", 8) < 8:
            shown = column.to_numpy(np.float32, na_value=np.nan)  # 7.7, not 7.699999809…
            numbers = np.array([float(str(v)) for v in shown])
        text = np.zeros(len(column), bool)
    else:
        text = column.map(lambda v: isinstance(v, str | bytes | bool | np.bool_)).to_numpy(bool)
        coerced = pd.to_numeric(column.where(~text), errors="coerce")
        numbers = coerced.to_numpy(float, na_value=np.nan)
    numbers = fifteen_digits_array(numbers)  # as the sheet shows it: 94.99999999999999 is 95
    absent = np.isnan(numbers)
    bad = text | np.isinf(numbers) | (absent & (not missing))
    if not bad.any():
        return numbers
    for label, raw, is_text, is_absent in zip(
        column.index[bad], column[bad], text[bad], absent[bad], strict=True
    ):
        if is_text:
            expected = _TEXT if isinstance(raw, str) else "expected a number"
        elif is_absent and not pd.isna(raw):
            expected = message("expected a number")
        elif is_absent:
            expected = message("expected a value (drop the row or fill it in)")
        else:
            expected = message("expected a finite number")
        problems.append(Problem(file, message("row {row}", row=label), name, raw, expected))
    return numbers


def _vocab(frame: pd.DataFrame, name: str, vocab: type[Any], problems: list[Problem]) -> pd.Series:
    """The column, coded; every row that is no spelling of *vocab* is a problem."""
    column = frame[name]
    numbered = coded(column)
    bad = []
    for i, value in enumerate(numbered.cat.categories):
        try:
            vocab.parse(value)
        except (ValueError, TypeError):
            bad.append(i)
    spellings = ", ".join(repr(m.value) for m in vocab)
    for label, raw in column[_rows_of(numbered, bad)].items():
        expected = message("expected one of {spellings}", spellings=spellings)
        problems.append(Problem("targets", message("row {row}", row=label), name, raw, expected))
    return numbered


def check_levels_in_frame(
    frame: pd.DataFrame,
    columns: Iterable[str],
    lookup: Mapping[str, Indicator],
    file: str,
    *,
    rows: Any = None,
) -> None:
    """Refuse levels outside each row's indicator bounds (in the indicator's unit).

    *rows* (a boolean array) limits the check to levels: change targets may be negative.
    """
    codes = indicator_codes(frame)
    low = mapped(codes, {c: _bound(i.minimum, -np.inf) for c, i in lookup.items()}, -np.inf, float)
    high = mapped(codes, {c: _bound(i.maximum, np.inf) for c, i in lookup.items()}, np.inf, float)
    problems = []
    for name in columns:
        values = frame[name].to_numpy(float, na_value=np.nan)
        with np.errstate(invalid="ignore"):
            bad = (values < low) | (values > high)
        if rows is not None:
            bad &= rows
        for i in np.flatnonzero(bad).tolist():
            code = codes.iloc[i]
            ind = lookup[code]
            sign, limit = ("≥", low[i]) if values[i] < low[i] else ("≤", high[i])
            expected = message("expected a level {sign} {limit:g} {unit} for {code}", sign=sign,
                               limit=limit.item(), unit=str(ind.unit), code=code)  # fmt: skip
            label = frame.index[i]
            problems.append(
                Problem(file, message("row {row}", row=label), name, values[i].item(), expected)
            )
    if problems:
        raise PlanDataError(problems)


def _bound(value: Any, none: float) -> float:
    return none if value is None else float(value)


def start_years(frame: pd.DataFrame, issued: Mapping[str, int] | None = None) -> Any:
    """The year each target of a frame starts (its change is measured from the latest
    figure of that year or before), int64, never after the target's year: a ``start_year``
    cell (:func:`~vnhealthplan.frames.targets_frame` writes them); else (no column, or a
    blank cell) the year before ``period_start`` for a period of several years; else the year
    its ``plan`` was issued (*issued*: year by plan key); else the target's year (the one rule
    of :meth:`Period.measured_from <vnhealthplan.Period.measured_from>`, which
    :attr:`Target.start_year <vnhealthplan.Target.start_year>` follows too).

    Examples
    --------
    Thanh Hóa's plan of 2023: a 2025 target is measured from 2023, one of 2021–2025 from 2020;
    a start year after the target's is the target's:

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"plan": ["thanh-hoa-2023"] * 2, "year": [2025, 2025],
    ...                       "period_start": ["2025-01-01", "2021-01-01"]})
    >>> start_years(frame, {"thanh-hoa-2023": 2023}).tolist()
    [2023, 2020]
    >>> start_years(frame.assign(start_year=[2020, 2030])).tolist()
    [2020, 2025]
    >>> start_years(frame.assign(start_year=[None, 2022]), {"thanh-hoa-2023": 2023}).tolist()
    [2023, 2022]
    """
    import pandas as pd

    year = frame["year"].to_numpy(np.int64)
    first = year  # no period (or a blank cell): the target's own year
    if "period_start" in frame.columns:
        starts = pd.to_datetime(frame["period_start"], errors="coerce", format="ISO8601").dt.year
        _refuse_undated(frame["period_start"], starts.isna())
        read = starts.to_numpy(float, na_value=np.nan)
        first = np.where(read < year, read, year).astype(np.int64)  # NaN: never before
    given = np.full(len(frame), -1, np.int64)  # −1: no issue year
    if issued and "plan" in frame.columns:
        given = mapped(frame["plan"], issued, -1, np.int64)
    given = _measured_from(first, year, given)
    if "start_year" in frame.columns:  # a blank cell: the rules above
        cells, problems = frame["start_year"], list[Problem]()
        read = _years(cells.mask(_blank(cells)), "targets", "start_year", problems, missing=True)
        if problems:
            raise PlanDataError(problems)
        own = read.to_numpy(float, na_value=np.nan)
        given = np.where(np.isnan(own), given, np.minimum(own, year)).astype(np.int64)
    return given


def _measured_from(first: Any, last: Any, issued: Any) -> Any:
    """:meth:`Period.measured_from <vnhealthplan.Period.measured_from>` of each row's years
    (*issued* −1: none), worked out once for each distinct (first, last, issued)."""
    if not len(first):
        return np.zeros(0, np.int64)
    columns = [np.asarray(c, np.int64) for c in (first, last, issued)]
    lows = [int(c.min()) for c in columns]
    spans = [int(c.max()) - low + 1 for c, low in zip(columns, lows, strict=True)]
    if spans[0] * spans[1] * spans[2] >= 1 << 62:  # too wide for one integer key
        rows = np.stack(columns, axis=1)
        distinct, positions = np.unique(rows, axis=0, return_inverse=True)
    else:  # one int64 key a row: a 1-D unique, not a sort of rows
        key = ((columns[0] - lows[0]) * spans[1] + columns[1] - lows[1]) * spans[2]
        key += columns[2] - lows[2]
        keys, positions = np.unique(key, return_inverse=True)
        distinct = np.stack([keys // (spans[1] * spans[2]) + lows[0],
                             keys // spans[2] % spans[1] + lows[1],
                             keys % spans[2] + lows[2]], axis=1)  # fmt: skip
    years = [Period(date(a, 1, 1), date(b, 12, 31)).measured_from(None if c < 0 else c)
             for a, b, c in distinct.tolist()]  # fmt: skip
    return np.array(years, np.int64)[positions.reshape(-1)]


def _blank(column: pd.Series) -> Any:
    """Cells that give nothing: missing, or text of spaces only."""
    return column.isna() | (column.astype(str).str.strip() == "")


def _refuse_undated(column: pd.Series, unread: Any) -> None:
    """One error for every ``period_start`` cell that holds something not read as an ISO date
    ("01/02/2021" reads two ways); a blank cell is no date given: the next rule decides."""
    bad = column[unread & ~_blank(column)]
    if len(bad):
        expected = message("a date such as 2024-01-10 (year-month-day)")
        raise PlanDataError([Problem("targets", message("row {row}", row=str(label)),
                                     "period_start", value, expected)
                             for label, value in bad.items()])  # fmt: skip
