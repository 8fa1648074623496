"""Gaps: how far an observed level is from a target, in the target's own units.

A gap has three parts, computed by one NumPy core, :func:`gap_arrays`, for one target
(:func:`gap`, :meth:`Target.gap <vnhealthplan.Target.gap>`) or for millions of rows
(:func:`gaps_frame`):

* ``met`` — whether the observed level satisfies the target under its comparator;
* ``distance`` — signed, in the target's unit and good direction: positive is still to
  improve, negative is ahead of the target;
* ``shortfall`` — ``max(distance, 0)``: how far the level is from satisfying the target.

How each comparator is read:

* ``"="`` ("đạt", reach) follows the indicator's good direction: ``≥`` when higher is
  better, ``≤`` when lower is better, equality within the relative *tolerance* when the
  indicator has no preferred direction. For a change target the sign of the change gives
  the direction ("mức giảm 0,2‰" is −0.2: met by a change ≤ −0.2).
* ``"<"`` and ``">"`` are strict: at the boundary the shortfall and distance are 0, yet the
  target is not met (IMR "<22‰": 22.0 is not met). This is the one case where
  ``met`` is False with a zero shortfall.
* ``"≤"`` and ``"≥"`` include the boundary ("≥95%": 95 is met).
* ``"range"`` is met inside ``[value, upper]``; the distance is
  ``max(value − x, x − upper)``.
* ``"~"`` ("khoảng") is met within ±*tolerance* × ``abs(value)`` (5 % by default); the
  distance is ``abs(x − value) − tolerance × abs(value)``.

``maintain`` targets are read as levels of the maintained value. ``change`` targets compare
the observed change, observed − baseline, with the signed target change; without a
baseline the answer is *unknown*.

Unknown answers (no observed value, or a change target without a baseline) are never a
silent False: ``met`` is a :class:`numpy.ma.MaskedArray` whose data is False and whose mask
is True there; :func:`gaps_frame` gives a nullable ``boolean`` column (``<NA>``); a scalar
:class:`Gap` has ``met=None``. Shortfall and distance are NaN there.

Examples
--------
Đắk Lắk's 2024 table: infant mortality "<22" ‰. The observed values here are hypothetical,
chosen to show the strict boundary:

>>> from vnhealthplan import plans
>>> imr = plans.load("dak-lak-2024").targets_for("imr")[0]
>>> g = imr.gap(22.0)
>>> g.met, g.shortfall.magnitude, g.distance.magnitude
(False, 0.0, 0.0)
>>> imr.gap(21.9).met
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np

from vnhealthplan.analysis.frames import columns
from vnhealthplan.analysis.gapsframe import (
    count_columns,
    join_observations,
    observation_table,
    target_table,
)
from vnhealthplan.analysis.observations import _in_unit
from vnhealthplan.analysis.rollup import CountsNeeded, counts_needed
from vnhealthplan.core.checks import plain_number
from vnhealthplan.core.errors import DimensionError, ShapeError
from vnhealthplan.core.units import is_any_quantity
from vnhealthplan.core.vocab import Comparator, Direction, TargetKind
from vnhealthplan.model.target import Baseline, Target

if TYPE_CHECKING:
    import pandas as pd

    from vnhealthplan.model.plan import Plan

__all__ = [
    "COMPARATOR_CODES",
    "DIRECTION_CODES",
    "KIND_CODES",
    "CountsNeeded",
    "Gap",
    "GapArrays",
    "codes",
    "counts_needed",
    "effective_comparator",
    "gap",
    "gap_arrays",
    "gaps_frame",
]

#: Integer code of each comparator, as :func:`gap_arrays` reads them.
COMPARATOR_CODES: Final = MappingProxyType({c: i for i, c in enumerate(Comparator)})
#: Integer code of each target kind.
KIND_CODES: Final = MappingProxyType({k: i for i, k in enumerate(TargetKind)})
#: Integer code of each direction.
DIRECTION_CODES: Final = MappingProxyType({d: i for i, d in enumerate(Direction)})

_VOCABS: Final = {Comparator: COMPARATOR_CODES, TargetKind: KIND_CODES, Direction: DIRECTION_CODES}
_CHUNK: Final = 1 << 16  # rows per block: keeps temporaries in cache and memory small
_CHANGE: Final = KIND_CODES[TargetKind.CHANGE]
_ABOUT: Final = COMPARATOR_CODES[Comparator.ABOUT]


def effective_comparator(
    comparator: Comparator, kind: TargetKind, direction: Direction, sign: int = 1
) -> Comparator:
    """The comparison a target really makes, once ``"="`` is read in its good direction.

    Parameters
    ----------
    comparator, kind, direction
        As the plan wrote them, and the indicator's good direction.
    sign : {-1, 0, 1}
        Sign of the target value; it decides ``"="`` for change targets.

    Returns
    -------
    Comparator
        ``GE``, ``LE``, ``ABOUT`` (within tolerance) for ``"="``; any other comparator as
        it is.

    Examples
    --------
    >>> effective_comparator(Comparator.EQ, TargetKind.LEVEL, Direction.LOWER)
    <Comparator.LE: '<='>
    >>> effective_comparator(Comparator.EQ, TargetKind.CHANGE, Direction.NEUTRAL, -1)
    <Comparator.LE: '<='>
    """
    if comparator is not Comparator.EQ:
        return comparator
    if kind is TargetKind.CHANGE and sign != 0:
        return Comparator.LE if sign < 0 else Comparator.GE
    return {Direction.HIGHER: Comparator.GE, Direction.LOWER: Comparator.LE}.get(
        direction, Comparator.ABOUT
    )


def _tables() -> tuple[np.ndarray[Any, Any], ...]:
    """Look-up tables: (comparator, kind, direction, sign) → effective comparator → traits."""
    shape = (len(Comparator), len(TargetKind), len(Direction), 3)
    resolve = np.empty(shape, dtype=np.intp)
    for c in Comparator:
        for k in TargetKind:
            for d in Direction:
                for s in (-1, 0, 1):
                    eff = effective_comparator(c, k, d, s)
                    resolve[COMPARATOR_CODES[c], KIND_CODES[k], DIRECTION_CODES[d], s + 1] = (
                        COMPARATOR_CODES[eff]
                    )
    sign = np.zeros(len(Comparator))  # distance = sign × (value − x) for one-sided ones
    for c, s in ((Comparator.GE, 1), (Comparator.GT, 1), (Comparator.LE, -1), (Comparator.LT, -1)):
        sign[COMPARATOR_CODES[c]] = s
    strict = np.zeros(len(Comparator), dtype=bool)
    strict[[COMPARATOR_CODES[Comparator.LT], COMPARATOR_CODES[Comparator.GT]]] = True
    two_sided = np.zeros(len(Comparator), dtype=bool)
    two_sided[[COMPARATOR_CODES[Comparator.ABOUT], COMPARATOR_CODES[Comparator.RANGE]]] = True
    return resolve.ravel(), sign, strict, two_sided


_RESOLVE, _SIGN, _STRICT, _TWO_SIDED = _tables()


def codes(vocab: type[Comparator | TargetKind | Direction], values: Any) -> Any:
    """The integer codes :func:`gap_arrays` reads, for any spellings of a vocabulary.

    Parameters
    ----------
    vocab : {Comparator, TargetKind, Direction}
    values : member, str, array-like or pandas.Series
        Members or their spellings (``">="``, ``"tối thiểu"``, ``"change"``, …). Each
        distinct value is parsed once.

    Returns
    -------
    int or numpy.ndarray of int8

    Raises
    ------
    ValueError
        If a value is not a spelling of the vocabulary.

    Examples
    --------
    >>> codes(Comparator, ["<", ">=", "đạt"])
    array([1, 4, 0], dtype=int8)
    >>> codes(TargetKind, "change")
    1
    """
    table: Mapping[Any, int] = _VOCABS[vocab]
    parse: Any = vocab.parse
    if isinstance(values, str | Comparator | TargetKind | Direction):
        return table[parse(values)]
    import pandas as pd

    positions, uniques = pd.factorize(np.asarray(values, dtype=object).ravel())
    lookup = np.array([table[parse(u)] for u in uniques], dtype=np.int8)
    if (positions < 0).any():
        raise ValueError(f"{vocab.__name__}: missing value; expected one of {list(table)}")
    return lookup[positions].reshape(np.shape(values))


@attrs.frozen(eq=False, repr=False)
class GapArrays:
    """Gaps for many rows at once, as :func:`gap_arrays` returns them.

    Attributes
    ----------
    met : numpy.ma.MaskedArray of bool
        True where the target is met. Masked (and False underneath) where the answer is
        unknown: no observed value, or a change target without a baseline.
    shortfall : numpy.ndarray of float
        ``max(distance, 0)``, ≥ 0; NaN where unknown.
    distance : numpy.ndarray of float
        Signed: positive is still to improve, negative is ahead; NaN where unknown.
    tolerance : float
        The relative tolerance used for ``"~"`` (and for ``"="`` with no direction).

    Examples
    --------
    Đắk Lắk's "<22" ‰ and "≥95" % targets, each against a hypothetical observed value on
    its boundary:

    >>> g = gap_arrays([22, 95], None, ["<", ">="], "level", ["lower", "higher"], [22, 95])
    >>> g.met.tolist(), g.shortfall.tolist()
    ([False, True], [0.0, 0.0])
    """

    met: Any
    shortfall: Any
    distance: Any
    tolerance: float

    @property
    def unknown(self) -> Any:
        """Boolean array: True where the answer is unknown (the mask of :attr:`met`)."""
        return np.ma.getmaskarray(self.met)

    def met_nullable(self) -> Any:
        """:attr:`met` as a pandas nullable ``boolean`` array (``<NA>`` where unknown).

        Examples
        --------
        Đắk Lắk's "mức giảm 0,2‰" without and with a (hypothetical) baseline:

        >>> g = gap_arrays(-0.2, None, "=", "change", "neutral", [14.0, 14.0], [np.nan, 14.3])
        >>> g.met_nullable()
        <BooleanArray>
        [<NA>, True]
        Length: 2, dtype: boolean
        """
        import pandas as pd

        data = np.ma.getdata(self.met)
        return pd.arrays.BooleanArray(np.atleast_1d(data), np.atleast_1d(self.unknown))

    def __repr__(self) -> str:
        return (
            f"GapArrays(rows={np.size(self.distance)}, met={int(self.met.sum())}, "
            f"unknown={int(self.unknown.sum())}, tolerance={self.tolerance:g})"
        )


def _float_array(value: Any, name: str) -> np.ndarray[Any, Any]:
    if hasattr(value, "to_numpy"):
        value = value.to_numpy()
    if is_any_quantity(value):
        raise DimensionError(name, value, "plain numbers in the indicator's unit (use .magnitude)")
    array = np.asarray(value)
    if array.dtype.kind not in "iuf":
        raise TypeError(f"{name}: expected numbers, got values of dtype {array.dtype}")
    return array if array.dtype == np.float64 else array.astype(np.float64)


def _code_array(value: Any, vocab: type[Any], name: str) -> np.ndarray[Any, Any]:
    if hasattr(value, "to_numpy"):
        value = value.to_numpy()
    array = np.asarray(value)
    if array.dtype.kind not in "iu":
        array = np.asarray(codes(vocab, value))
    size = len(_VOCABS[vocab])
    if array.size and (array.min() < 0 or array.max() >= size):
        bad = array[(array < 0) | (array >= size)].flat[0]
        raise ValueError(f"{name}: got code {bad}; expected 0–{size - 1} ({vocab.__name__})")
    return array


def _check_tolerance(tolerance: float) -> float:
    number = plain_number(tolerance)
    if number is None or not math.isfinite(number) or number < 0:
        raise ValueError(f"tolerance: got {tolerance!r}; expected a finite number ≥ 0")
    return float(number)


def gap_arrays(
    value: Any,
    upper: Any,
    comparator: Any,
    kind: Any,
    direction: Any,
    observed: Any,
    baseline: Any = None,
    *,
    tolerance: float = 0.05,
) -> GapArrays:
    """Met, shortfall and distance for arrays of targets and observed levels.

    All arguments broadcast together (scalars apply to every row). Values are plain
    numbers in each row's indicator unit; convert first (:func:`gaps_frame` does).

    Parameters
    ----------
    value : array-like
        Target value; for a change target the signed change; for a range the lower bound.
    upper : array-like or None
        Upper bound of range targets (NaN or None elsewhere).
    comparator, kind, direction : array-like
        Integer codes (:data:`COMPARATOR_CODES`, :data:`KIND_CODES`,
        :data:`DIRECTION_CODES`), or members or spellings (parsed once per distinct value).
    observed : array-like
        The observed level; NaN where there is none.
    baseline : array-like, optional
        The level change targets start from; NaN (or None) where unknown.
    tolerance : float
        Relative tolerance for ``"~"`` and direction-less ``"="`` (default 5 %).

    Returns
    -------
    GapArrays
        ``met`` (masked where unknown), ``shortfall``, ``distance``, ``tolerance``.

    Raises
    ------
    vnhealthplan.errors.ShapeError
        If the arrays do not broadcast together.
    ValueError
        For an unknown code or spelling, or a negative tolerance.

    Examples
    --------
    Đắk Lắk's 2024 targets "≥95" % full immunisation and "<22" ‰ infant mortality, and
    its "mức giảm 0,2‰" birth-rate change, against hypothetical observed values:

    >>> g = gap_arrays(value=[95, 22, -0.2], upper=None, comparator=[">=", "<", "="],
    ...                kind=["level", "level", "change"],
    ...                direction=["higher", "lower", "neutral"],
    ...                observed=[94.0, 21.0, 14.1], baseline=[np.nan, np.nan, 14.4])
    >>> g.met
    masked_array(data=[False, True, True], mask=[False, False, False], fill_value=True)
    >>> g.distance.round(3).tolist()
    [1.0, -1.0, -0.1]
    """
    tol = _check_tolerance(tolerance)
    arrays = [
        _float_array(value, "value"),
        _float_array(np.nan if upper is None else upper, "upper"),
        _code_array(comparator, Comparator, "comparator"),
        _code_array(kind, TargetKind, "kind"),
        _code_array(direction, Direction, "direction"),
        _float_array(observed, "observed"),
        _float_array(np.nan if baseline is None else baseline, "baseline"),
    ]
    try:
        shape = np.broadcast_shapes(*(a.shape for a in arrays))
    except ValueError:
        shapes = ", ".join(str(a.shape) for a in arrays)
        raise ShapeError(f"gap_arrays: arguments do not broadcast together: {shapes}") from None
    flat = [np.broadcast_to(a, shape).reshape(-1) if a.shape != shape else a.reshape(-1)
            for a in arrays]  # fmt: skip
    distance = np.empty(len(flat[0]))
    met = np.empty(len(flat[0]), dtype=bool)
    unknown = np.empty(len(flat[0]), dtype=bool)
    with np.errstate(invalid="ignore", over="ignore"):  # inf − inf and the like: unknown
        for start in range(0, len(distance), _CHUNK):
            block = slice(start, start + _CHUNK)
            outputs = (distance[block], met[block], unknown[block])
            _gap_block([a[block] for a in flat], tol, outputs)
    shortfall = np.maximum(distance, 0.0)
    return GapArrays(
        met=np.ma.MaskedArray(met.reshape(shape), mask=unknown.reshape(shape)),
        shortfall=shortfall.reshape(shape),
        distance=distance.reshape(shape),
        tolerance=tol,
    )


def _gap_block(inputs: list[Any], tol: float, out: tuple[Any, Any, Any]) -> None:
    """One block of rows: the arithmetic of :func:`gap_arrays`, written into *out*."""
    v, up, c, k, dr, obs, base = inputs
    distance, met, unknown = out
    change = k == _CHANGE
    if change.any():
        x = np.where(change, obs - base, obs)
        sign = (v > 0).astype(np.intp) - (v < 0) + 1  # only read for change targets
    else:
        x, sign = obs, 1
    eff = _RESOLVE[((c.astype(np.intp) * len(TargetKind) + k) * len(Direction) + dr) * 3 + sign]
    np.subtract(v, x, out=distance)
    distance *= _SIGN[eff]
    two_sided = _TWO_SIDED[eff]
    if two_sided.any():
        rows = np.flatnonzero(two_sided)
        xs, vs = x[rows], v[rows]
        about = eff[rows] == _ABOUT
        distance[rows] = np.where(
            about, np.abs(xs - vs) - tol * np.abs(vs), np.maximum(vs - xs, xs - up[rows])
        )
    np.less_equal(distance, 0.0, out=met)
    strict = _STRICT[eff]
    if strict.any():
        met &= ~(strict & (distance == 0.0))
    np.isnan(distance, out=unknown)


# ---- one target ----------------------------------------------------------------------------


@attrs.frozen(repr=False)
class Gap:
    """How far one observed level is from one target.

    Attributes
    ----------
    target : Target
    observed : pint.Quantity
        The observed level, in the indicator's unit (NaN if there is none).
    met : bool or None
        None when unknown: no observed value, or a change target without a baseline.
    shortfall : pint.Quantity
        ≥ 0, in the indicator's unit; 0 when met (and at a strict boundary); NaN if unknown.
    distance : pint.Quantity
        Signed: positive is still to improve, negative is ahead.
    baseline : pint.Quantity or None
        The baseline a change target was measured from.
    tolerance : float
        Relative tolerance used for ``"~"`` and direction-less ``"="``.
    method : str
        How the comparison was read, in words.

    Examples
    --------
    An Giang's 2020 target, 90 % insured, against the plan's own end-2017 figure, 76,5 %:

    >>> from vnhealthplan import plans
    >>> target = plans.load("an-giang-2018").targets_for("health_insurance_coverage", 2020)[0]
    >>> g = target.gap(76.5)
    >>> g
    Gap(health_insurance_coverage = 90 percent, 2020: observed 76.5 → not met, shortfall 13.5 \
percent)
    >>> g.method
    "'=' (đạt) read as '≥': higher is better for health_insurance_coverage"
    """

    target: Target
    observed: Any
    met: bool | None
    shortfall: Any
    distance: Any
    baseline: Any
    tolerance: float
    method: str

    @property
    def known(self) -> bool:
        """True when :attr:`met` is known."""
        return self.met is not None

    def __repr__(self) -> str:
        t = self.target
        head = f"{t.indicator.code}{'' if t.kind is TargetKind.LEVEL else ' ' + t.kind.value}"
        status = {True: "met", False: "not met", None: "unknown"}[self.met]
        return (
            f"Gap({head} {t._value_text()}, {t.period}: observed {self.observed.magnitude:g} → "
            f"{status}, shortfall {self.shortfall.magnitude:g} {self.shortfall.units})"
        )

    def _repr_html_(self) -> str:
        """The notebook display: :func:`vnhealthplan.display.to_html` in the package language."""
        from vnhealthplan.present.display import to_html

        return to_html(self)


def gap(target: Target, observed: Any, *, baseline: Any = None, tolerance: float = 0.05) -> Gap:
    """The gap between *target* and an *observed* level (see :meth:`Target.gap`).

    Parameters
    ----------
    target : Target
    observed : pint.Quantity or float
        The observed level (for a change target too); a quantity is converted to the
        indicator's unit, a plain number is taken in it; NaN means "not observed".
    baseline : Baseline, pint.Quantity or float, optional
        For change targets: the level the change starts from; by default the target's
        own :attr:`~Target.baseline`.
    tolerance : float
        Relative tolerance for ``"~"`` and direction-less ``"="`` (default 5 %).

    Returns
    -------
    Gap

    Raises
    ------
    vnhealthplan.errors.DimensionError
        If *observed* or *baseline* is a quantity of another dimension.

    Examples
    --------
    Đắk Lắk's "Mức giảm tỷ suất sinh ... 0,2 ‰" needs a baseline; without one the answer is
    unknown. With a hypothetical baseline of 14.4 ‰ and a hypothetical 14.1 ‰ observed:

    >>> from vnhealthplan import plans
    >>> birth = plans.load("dak-lak-2024").targets_for("crude_birth_rate")[0]
    >>> gap(birth, 14.1).met is None
    True
    >>> g = gap(birth, 14.1, baseline=14.4)
    >>> g.met, round(g.distance.magnitude, 3)
    (True, -0.1)
    """
    ind = target.indicator
    obs = _in_unit(ind, observed, "observed")
    base = target.baseline if baseline is None else baseline
    base_q = None
    if base is not None:
        base_q = _in_unit(ind, base.value if isinstance(base, Baseline) else base, "baseline")
    unit = ind.unit
    upper = np.nan if target.upper is None else target.upper.to(unit).magnitude
    arrays = gap_arrays(
        target.value.to(unit).magnitude,
        upper,
        COMPARATOR_CODES[target.comparator],
        KIND_CODES[target.kind],
        DIRECTION_CODES[ind.direction],
        obs.magnitude,
        np.nan if base_q is None else base_q.magnitude,
        tolerance=tolerance,
    )
    unknown = bool(arrays.unknown)
    return Gap(
        target=target,
        observed=obs,
        met=None if unknown else bool(np.ma.getdata(arrays.met)),
        shortfall=ind.quantity(float(arrays.shortfall)),
        distance=ind.quantity(float(arrays.distance)),
        baseline=base_q,
        tolerance=arrays.tolerance,
        method=_method(target, obs.magnitude, base_q, arrays.tolerance),
    )


def _method(target: Target, observed: float, baseline: Any, tolerance: float) -> str:
    """How a target's comparison is read, in words (for :attr:`Gap.method`)."""
    ind, value = target.indicator, target.value.to(target.indicator.unit).magnitude
    sign = int(np.sign(value))
    eff = effective_comparator(target.comparator, target.kind, ind.direction, sign)
    notes = []
    if target.comparator is Comparator.EQ:
        if target.kind is TargetKind.CHANGE and sign != 0:
            notes.append(f"'=' on a change of {value:g}: met by a change {eff.symbol} {value:g}")
        elif eff is Comparator.ABOUT:
            notes.append(f"'=' read as within ±{tolerance:.0%}: no preferred direction")
        else:
            better = "higher" if eff is Comparator.GE else "lower"
            notes.append(f"'=' (đạt) read as '{eff.symbol}': {better} is better for {ind.code}")
    if eff in (Comparator.LT, Comparator.GT):
        notes.append(f"strict '{eff.symbol}': a level equal to {value:g} is not met")
    if target.comparator is Comparator.ABOUT:
        low, high = value - tolerance * abs(value), value + tolerance * abs(value)
        notes.append(f"'~' read as within ±{tolerance:.0%} of {value:g}: {low:g}–{high:g}")
    if eff is Comparator.RANGE:
        notes.append("range: met inside the bounds, bounds included")
    if target.kind is TargetKind.MAINTAIN:
        notes.append("maintain: compared as a level")
    if target.kind is TargetKind.CHANGE:
        if baseline is None:
            notes.append("unknown: a change target needs a baseline")
        else:
            notes.append(f"change: observed − baseline ({baseline.magnitude:g} {baseline.units})")
    if math.isnan(observed):
        notes.append("unknown: no observed value")
    return "; ".join(notes) or f"'{eff.symbol}' as written"


# ---- many targets --------------------------------------------------------------------------


def gaps_frame(
    targets: Target | Plan | Iterable[Target | Plan] | pd.DataFrame,
    observations: Any,
    *,
    population: Mapping[str, Any] | pd.Series | None = None,
    tolerance: float = 0.05,
) -> pd.DataFrame:
    """Gaps of many targets against observations, one row per target, vectorised.

    Targets and observations are joined on (province, indicator). For each target the
    observation used is the **latest observed year ≤ the target year**. Change targets
    without a baseline of their own take the **earliest observation before that year**.
    Values are converted to each indicator's unit once per (indicator, unit), and the gap is
    computed by :func:`gap_arrays` on whole columns. A target with a narrow scope (a tier)
    is compared with the province's observations of its indicator: filter the frames first
    if your observations are for a part.

    Parameters
    ----------
    targets : Target, Plan, iterable of them, or pandas.DataFrame
        A frame is read as :func:`vnhealthplan.frames.targets_frame` writes it (``indicator, year,
        comparator, value``; optional ``plan, province, scope, kind, upper, unit,
        baseline_value, baseline_year, direction``).
    observations : Observation, Plan, iterable of them, or pandas.DataFrame
        A tidy frame with ``province, indicator, year, value`` (``unit`` optional, default
        the indicator's). Only rows about a target's province and indicator are read (a
        nationwide sheet is fine; a misspelt province simply matches no target, and its
        targets show no observation). Those rows need a whole year and a number: every
        row that lacks one is reported at once in a PlanDataError.
    population : mapping or pandas.Series, optional
        People by province name: adds ``population, count_unit, required_count,
        additional_count`` for per-person targets (``additional = required − observed
        ratio × population``, negative when ahead).
    tolerance : float
        For ``"~"`` and direction-less ``"="``; recorded in ``frame.attrs["tolerance"]``.

    Returns
    -------
    pandas.DataFrame
        ``plan, province, indicator, scope, year, comparator, kind, target, upper, unit,
        observed, observed_year, baseline, baseline_year, met, shortfall, distance``; ``met``
        is nullable (``<NA>`` where unknown).

    Raises
    ------
    vnhealthplan.errors.PlanDataError
        If two observations of one (province, indicator, year) differ.
    vnhealthplan.errors.DimensionError
        If an observation's unit does not fit its indicator.

    Examples
    --------
    An Giang's insurance targets against the end-2017 level the plan itself reports:

    >>> from vnhealthplan import plans
    >>> an_giang = plans.load("an-giang-2018")
    >>> frame = gaps_frame(an_giang, an_giang)
    >>> cols = ["year", "comparator", "target", "observed", "observed_year", "met", "shortfall"]
    >>> frame[frame.indicator == "health_insurance_coverage"][cols]
        year comparator  target  observed  observed_year    met  shortfall
    1   2020          =    90.0      76.5           2017  False       13.5
    21  2025          =    95.0      76.5           2017  False       18.5
    45  2030          >    95.0      76.5           2017  False       18.5
    """
    tol = _check_tolerance(tolerance)
    table, lookup = target_table(targets)
    keys = table[["_prov", "indicator"]].drop_duplicates()
    obs = observation_table(observations, lookup, set(zip(*map(keys.get, keys), strict=True)))
    table = join_observations(table, obs)
    gaps = gap_arrays(
        table["target"].to_numpy(float),
        table["upper"].to_numpy(float),
        codes(Comparator, table["comparator"]),
        codes(TargetKind, table["kind"]),
        codes(Direction, table["direction"]),
        table["observed"].to_numpy(float),
        table["baseline"].to_numpy(float),
        tolerance=tol,
    )
    table["met"] = gaps.met_nullable()
    table["shortfall"], table["distance"] = gaps.shortfall, gaps.distance
    names = list(columns("gaps"))
    if population is not None:
        count_columns(table, population, lookup)
        names += columns("gap_counts")
    frame = table[names].reset_index(drop=True)
    frame.attrs["tolerance"] = tol
    return frame
