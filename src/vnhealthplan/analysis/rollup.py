"""Counts and populations: what per-capita targets mean in counts, and roll-ups to groups.

Ratios of groups are never averaged: a region's beds per 10,000 is the region's beds over
its people, Σcount / Σpopulation × 10,000. :func:`rollup` adds counts and populations
by group (regions, the nation, merged provinces); :func:`weighted_mean` says its weights.
:func:`counts_needed` turns a per-capita target into the beds, doctors … it means.

Examples
--------
The beds two plans' targets mean, for the populations stated (Đắk Lắk: the 1,768,966
people its 2024 table implies; Thanh Hóa: 3,764,241, GSO end of 2024), pooled: the
combined ratio is the population-weighted mean of 29 and 39, not their plain mean 34.

>>> import pandas as pd
>>> frame = pd.DataFrame({"province": ["Đắk Lắk", "Thanh Hóa"],
...                       "beds": [5130.0014, 14680.5399],
...                       "population": [1_768_966, 3_764_241]})
>>> rollup(frame, None, count="beds")
           beds  population  beds_per_10000  rows
all  19810.5413   5533207.0          35.803     2
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np

from vnhealthplan.analysis.provincepeople import growth_rate, people_for
from vnhealthplan.analysis.rollcheck import distinct_labels, finite_sums, number_columns
from vnhealthplan.analysis.weighted import WeightedMean, weighted_mean
from vnhealthplan.core.checks import check_values, per_size, year
from vnhealthplan.core.errors import DimensionError, ShapeError, ValidationError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import TargetKind
from vnhealthplan.model import ratios
from vnhealthplan.model.gap import level_in_unit
from vnhealthplan.model.target import Target

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CountsNeeded", "WeightedMean", "counts_needed", "rollup", "weighted_mean"]


@attrs.frozen(repr=False)
class CountsNeeded:
    """The count a per-capita target means for a population, and what must be added.

    Attributes
    ----------
    target : Target
    population : pint.Quantity
        The population given (people, or live births for per-birth ratios).
    population_year : int or None
        When the population was counted.
    growth_rate : float or None
        Yearly growth rate used to project the population (0.01 = 1 % a year).
    projected_population : pint.Quantity
        The population in the target year: ``P·(1+r)^(T−t)``, or *population* itself.
    required : pint.Quantity
        The count the target means: target ratio × projected population.
    current : pint.Quantity or None
        The count at the observed ratio: observed ratio × population.
    additional : pint.Quantity or None
        ``required − current``; negative when the count already exceeds the target's.
    method : str
        The computation, in words.

    Examples
    --------
    Thanh Hóa's 2030 target, 15 doctors per 10,000, for its 3,764,241 people (GSO, end of
    2024), with no projection:

    >>> from vnhealthplan import plans
    >>> doctors = plans.load("thanh-hoa-2023").targets_for("doctors_per_10k", 2030)[0]
    >>> needed = counts_needed(doctors, 3_764_241, population_year=2024)
    >>> needed.required
    <Quantity(5646.3615, 'doctor')>
    >>> needed.method
    'population (2024) used for 2030 without projection; required = 15 doctor / \
ten_thousand_people × 3,764,241 person'
    """

    target: Target
    population: Any
    population_year: int | None
    growth_rate: float | None
    projected_population: Any
    required: Any
    current: Any
    additional: Any
    method: str

    def __repr__(self) -> str:
        extra = "" if self.additional is None else f", additional {self.additional:.1f~}"
        return (
            f"CountsNeeded({self.target.indicator.code} {self.target.year}: "
            f"required {self.required:.1f~} for {self.projected_population:.0f~}{extra})"
        )


def counts_needed(
    target: Target,
    population: Any,
    *,
    observed: Any = None,
    population_year: int | None = None,
    growth_rate: float | None = None,
    province: bool = True,
) -> CountsNeeded:
    """The beds, doctors, pharmacists, nurses … a per-capita target means, and those to add.

    Parameters
    ----------
    target : Target
        A level or maintain target on a per-capita indicator (for a range, its lower bound
        is used).
    population : pint.Quantity or float
        People (plain numbers), or live births for per-birth indicators.
    observed : pint.Quantity or float, optional
        The observed ratio for *population*; gives :attr:`~CountsNeeded.current` and
        :attr:`~CountsNeeded.additional`.
    population_year : int, optional
        The year of *population*; needed with *growth_rate*.
    growth_rate : float, optional
        Yearly growth rate (0.01 = 1 %): the population is projected to the target year
        as ``P·(1+r)^(T−t)``.
    province : bool, default True
        False for a district's or an island's *population*: fewer than one person is
        refused, not fewer than 100,000 (a province's typed in millions).

    Returns
    -------
    CountsNeeded

    Raises
    ------
    vnhealthplan.errors.DimensionError
        If the target is not per-capita, or *observed* has another dimension.
    vnhealthplan.errors.WrongTypeError
        If *target* is not a Target, *population* is text or a bool, or *population_year*
        is not a whole year (also when no growth rate is given).
    ValueError
        For a change target, a growth rate without *population_year*, a rate beyond ±0.2
        (1.5 typed for 1.5 %), or people beyond a province's size (1.8 for 1.8 million).

    Examples
    --------
    Đắk Lắk's 2024 table: 29 beds and 7.7 doctors per 10,000, for the 1,768,966 people its
    own figures imply (5,130 beds ÷ 29 per 10,000):

    >>> from vnhealthplan import plans
    >>> dak_lak = plans.load("dak-lak-2024")
    >>> beds, doctors = dak_lak.targets_for("beds_per_10k")[0], dak_lak.targets_for(
    ...     "doctors_per_10k")[0]
    >>> counts_needed(beds, 1_768_966)
    CountsNeeded(beds_per_10k 2024: required 5130.0 bed for 1768966 person)
    >>> round(counts_needed(doctors, 1_768_966).required.magnitude, 1)
    1362.1
    """
    if not isinstance(target, Target):
        raise WrongTypeError("counts_needed", "target", target, message("a Target"))
    if population_year is not None:  # else "population (x) used for 2030" in the method
        population_year = year(population_year, "counts_needed", "population_year")
    if population is None or isinstance(population, bool | str | bytes):
        raise WrongTypeError(
            "counts_needed", "population", population, message("a number of people")
        )
    ind = target.indicator
    if not ind.is_ratio:
        raise DimensionError("target", f"{ind.code} [{ind.unit}]", message("a per-capita target"))
    if target.kind is TargetKind.CHANGE:
        expected = message("a level target (this is a change target on {code})", code=ind.code)
        raise ValidationError("counts_needed", "target", target.kind.value, expected)
    people = people_for(population, "counts_needed", province=province)  # 1.8 (millions)
    projected, how = _project(people, target.year, population_year, growth_rate)
    required = ratios.required_count(target.value, projected)
    lower = " (the range's lower bound)" if target.upper is not None else ""
    steps = [
        how,
        f"required = {target.value:g~}{lower} × {projected.magnitude:,.0f} {projected.units}",
    ]
    current = additional = None
    if observed is not None:
        level = level_in_unit(ind, observed, "observed", "counts_needed")
        current = ratios.required_count(level, people)
        additional = required - current
        steps.append(f"current = observed ratio × {people.magnitude:,.0f} {people.units}")
        steps.append("additional = required − current")
    return CountsNeeded(
        target, people, population_year, growth_rate, projected, required, current, additional,
        "; ".join(s for s in steps if s),
    )  # fmt: skip


def _project(people: Any, year: int, since: int | None, rate: float | None) -> tuple[Any, str]:
    """The population in *year*, projected from *since* at *rate*, and the method in words."""
    if rate is None:
        when = "" if since is None else f" ({since})"
        return people, f"population{when} used for {year} without projection"
    number = growth_rate(rate, "counts_needed")  # 1.5 typed for 1,5 % is refused
    if since is None or isinstance(since, bool) or not isinstance(since, int):
        expected = message("the year of the population, to project it by growth_rate")
        raise ValidationError("counts_needed", "population_year", since, expected)
    factor = (1 + number) ** (year - since)
    method = (
        f"population projected from {since} to {year} as P·(1+r)^(T−t) with r = {number:.2%}: "
        f"{people.magnitude:,.0f} × {1 + number:g}^{year - since} = "
        f"{people.magnitude * factor:,.0f}"
    )
    return people * factor, method


# ---- roll-ups -----------------------------------------------------------------------------


def rollup(
    frame: pd.DataFrame,
    by: str | Sequence[str] | pd.Series | np.ndarray[Any, Any] | None,
    *,
    count: str | Sequence[str] = "count",
    population: str = "population",
    per: int = 10_000,
) -> pd.DataFrame:
    """Add counts and populations by group, and the group's ratio Σcount / Σpopulation.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per unit (a province, a district …) with counts and populations.
    by : str, list of str, pandas.Series, numpy.ndarray or None
        Column name(s) to group by, or one group label per row (e.g.
        ``frame["province"].map(regions)``); None puts every row in one group, ``"all"``
        (the nation). Rows without a group label are left out. A categorical column is
        grouped by its codes, without hashing.
    count : str or list of str
        The count column(s), e.g. ``"beds"`` or ``["beds", "doctors"]``.
    population : str
        The population column (people).
    per : int
        The ratio's denominator size (10,000: "vạn dân").

    Returns
    -------
    pandas.DataFrame
        Indexed by group: the summed counts, the summed population, one
        ``<count>_per_<per>`` column per count, and ``rows``. A NaN count or population
        makes its group's sums NaN (nothing is skipped silently); a group with no people
        has a NaN ratio.

    Raises
    ------
    vnhealthplan.errors.ValidationError
        For a negative or infinite count or population (−50 people would cancel 50), or a
        *per* that is not a whole number > 0.
    TypeError
        For a column that does not hold numbers (True/False included).

    Examples
    --------
    Đắk Lắk's 2024 bed target as counts by tier: 2.430 provincial and 2.700 district beds,
    for the 1,768,966 people the plan's own figures imply. The tiers share one population,
    so they are added as counts, then divided once:

    >>> import pandas as pd
    >>> tiers = pd.DataFrame({"province": ["Đắk Lắk"], "provincial": [2430.0],
    ...                       "district": [2700.0], "population": [1_768_966]})
    >>> rollup(tiers, "province", count=["provincial", "district"])[
    ...     ["provincial_per_10000", "district_per_10000"]]
              provincial_per_10000  district_per_10000
    province
    Đắk Lắk               13.73684            15.26315
    """
    import pandas as pd

    columns = [count] if isinstance(count, str) else list(count)
    missing = [name for name in [*columns, population] if name not in frame.columns]
    if missing:
        expected = message("the columns {missing} (the frame has {columns})", missing=missing,
                           columns=list(frame.columns))  # fmt: skip
        raise ValidationError("rollup", "frame", missing, expected)
    number_columns(frame, [*columns, population])  # one column each, of numbers
    per = per_size(per, "rollup")
    labels, index, unlabelled = _groups(frame, by)
    distinct_labels(index)  # "Đắk Lắk" and its NFD spelling are one group, not two
    names = [*columns, population]
    weights = [frame[n].to_numpy(np.float64) for n in names]
    for name, values in zip(names, weights, strict=True):  # −50 people would cancel 50
        check_values(values, "rollup", name, least="zero")
    sums, rows = _bincounts(labels, weights, len(index), missing=unlabelled)
    out: dict[str, Any] = dict(zip(names, sums, strict=True))
    out["rows"] = rows
    people = out[population]
    with np.errstate(divide="ignore", invalid="ignore"):
        for name in columns:
            out[f"{name}_per_{per}"] = np.where(people > 0, out[name] / people * per, np.nan)
    present = out["rows"] > 0
    finite_sums({k: out[k][present] for k in out if k != "rows"}, index[present])
    order = [*columns, population, *(f"{c}_per_{per}" for c in columns), "rows"]
    result = pd.DataFrame({k: out[k][present] for k in order}, index=index[present])
    result.attrs["method"] = f"Σcount / Σ{population} × {per}, by group"
    return result


#: Rows per block in :func:`_bincounts`: a block's labels and weights stay in the CPU cache.
_BLOCK: Final = 1 << 17


def _bincounts(
    labels: np.ndarray[Any, Any], weights: list[np.ndarray[Any, Any]], size: int, *, missing: bool
) -> tuple[list[np.ndarray[Any, Any]], np.ndarray[Any, Any]]:
    """Σweights and the row count by label (labels < 0, if *missing*, left out), by blocks.

    numpy.bincount wants writable intp labels and weights, and reads its labels twice (their
    range, then the sums): on whole columns that is a converted copy of the labels and of
    every read-only (pandas) column, and passes over memory for every sum. Blocks of
    :data:`_BLOCK` rows are converted while in cache, so the extra memory is a few blocks
    whatever the size of the frame.
    """
    shift = int(missing)  # bin 0: rows without a group
    sums = [np.zeros(size + shift) for _ in weights]
    rows = np.zeros(size + shift, dtype=np.intp)
    weights = [_readable(column) for column in weights]
    direct = labels.dtype == np.intp and not shift  # blocks bincount reads as they are
    labels = _readable(labels) if direct else labels
    for start in range(0, len(labels), _BLOCK):
        block = labels[start : start + _BLOCK]
        if not direct:
            block = block.astype(np.intp)  # a copy, in cache
            if shift:
                np.maximum(block, -1, out=block)  # any negative label: no group
                block += 1
        rows += np.bincount(block, minlength=size + shift)
        for total, column in zip(sums, weights, strict=True):
            total += np.bincount(block, column[start : start + _BLOCK], minlength=size + shift)
    return [total[shift:] for total in sums], rows[shift:]


def _readable(values: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """*values*, or a writable view of them: numpy.bincount, which only reads its weights,
    copies read-only ones (pandas hands out read-only views)."""
    if values.flags.writeable:
        return values
    view = values.view()
    try:
        view.flags.writeable = True
    except ValueError:  # memory that is really read-only: bincount copies it, block by block
        return values
    return view


def _groups(frame: pd.DataFrame, by: Any) -> tuple[np.ndarray[Any, Any], pd.Index, bool]:
    """Integer group label of each row (−1: none), the index of the labels, and whether
    some row has no label."""
    import pandas as pd

    if by is None:
        return np.zeros(len(frame), dtype=np.int8), pd.Index(["all"]), False
    if isinstance(by, str) or (isinstance(by, list) and len(by) == 1):
        by = frame[by if isinstance(by, str) else by[0]]
    if isinstance(by, list):
        grouped = frame.groupby(by, sort=True, observed=True)
        index = grouped.size().index
        return _labelled(grouped.ngroup().to_numpy(np.float64, na_value=-1).astype(np.intp), index)
    if len(by) != len(frame):
        raise ShapeError(
            message(
                "by has {count} labels but the frame has {count2} rows",
                count=str(len(by)),
                count2=str(len(frame)),
            )
        )
    name = getattr(by, "name", None)
    if isinstance(getattr(by, "dtype", None), pd.CategoricalDtype):
        return _labelled(by.cat.codes.to_numpy(), pd.Index(by.cat.categories, name=name))
    dtype = getattr(by, "dtype", None)
    if dtype is None or dtype.kind in "iu":
        values = by.to_numpy() if hasattr(by, "to_numpy") else np.asarray(by)
        if values.dtype.kind in "iu" and len(values):
            low, high = _range(values)
            if low >= 0 and high < max(len(values), 1 << 16):  # small labels: bins directly
                return values, pd.RangeIndex(0, high + 1, name=name), False
        by = values
    # Text (and anything else) is factorised once, in its own storage: a string column is
    # never turned into Python objects first.
    labels, uniques = pd.factorize(by, sort=True)
    return _labelled(labels, pd.Index(np.asarray(uniques), name=name))


def _labelled(
    labels: np.ndarray[Any, Any], index: pd.Index
) -> tuple[np.ndarray[Any, Any], pd.Index, bool]:
    return labels, index, bool(len(labels) and labels.min() < 0)


def _range(values: np.ndarray[Any, Any]) -> tuple[int, int]:
    """The smallest and largest of integer *values*, reading them from memory once."""
    low, high = values[0], values[0]
    for start in range(0, len(values), _BLOCK):
        block = values[start : start + _BLOCK]
        low, high = min(low, block.min()), max(high, block.max())
    return int(low), int(high)
