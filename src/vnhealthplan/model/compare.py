"""Comparing observed levels with targets: the NumPy core of every gap.

One function, :func:`gap_arrays`, computes for whole arrays of targets and observed levels
whether each target is met, its shortfall and its signed distance. :func:`gap` (one target,
:mod:`vnhealthplan.model.gap`), :meth:`Target.is_met <vnhealthplan.Target.is_met>` and
:func:`vnhealthplan.gaps.gaps_frame` (millions of rows) all call it, so they agree. The rules
of each comparator are stated in :mod:`vnhealthplan.gaps`, the public short path.

Examples
--------
Đắk Lắk's "<22" ‰ infant mortality target, against hypothetical levels on either side of
its strict boundary:

>>> g = gap_arrays(22, None, "<", "level", "lower", [21.9, 22.0])
>>> g.met.tolist(), g.shortfall.tolist()
([True, False], [0.0, 0.0])
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np

from vnhealthplan.core.argchecks import tolerance_share
from vnhealthplan.core.checks import check_values
from vnhealthplan.core.errors import DimensionError, ShapeError, ValidationError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.units import is_any_quantity
from vnhealthplan.core.vocab import Comparator, Direction, TargetKind
from vnhealthplan.model.levels import check_levels, levels_in_unit

if TYPE_CHECKING:
    pass

__all__ = [
    "COMPARATOR_CODES",
    "DIRECTION_CODES",
    "KIND_CODES",
    "GapArrays",
    "check_levels",
    "check_tolerance",
    "codes",
    "effective_comparator",
    "gap_arrays",
    "levels_in_unit",
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

    own = isinstance(values, pd.Series | pd.Index)  # factorised in its own storage
    positions, uniques = pd.factorize(values if own else np.asarray(values, dtype=object).ravel())
    lookup = np.array([table[parse(u)] for u in uniques], dtype=np.int8)
    if (positions < 0).any():
        names = ", ".join(repr(getattr(key, "value", key)) for key in table)
        expected = message("one of {names}, with no value missing", names=names)
        raise ValidationError(vocab.__name__, "values", None, expected)
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
    """Finite floats or NaN (a missing value); infinity and non-numbers are refused."""
    if hasattr(value, "to_numpy"):
        value = value.to_numpy()
    if is_any_quantity(value):
        expected = message("plain numbers in the indicator's unit (use .magnitude)")
        raise DimensionError(name, value, expected)
    array = np.asarray(value)
    if array.dtype.kind not in "iuf":
        expected = message("numbers (got dtype {dtype})", dtype=str(array.dtype))
        raise WrongTypeError("gap_arrays", name, value, expected)
    array = array if array.dtype == np.float64 else array.astype(np.float64)
    check_values(array.reshape(-1), "gap_arrays", name)
    return array


def _code_array(value: Any, vocab: type[Any], name: str) -> np.ndarray[Any, Any]:
    if hasattr(value, "to_numpy"):
        value = value.to_numpy()
    array = np.asarray(value)
    if array.dtype.kind not in "iu":
        array = np.asarray(codes(vocab, value))
    size = len(_VOCABS[vocab])
    if array.size and (array.min() < 0 or array.max() >= size):
        bad = array[(array < 0) | (array >= size)].flat[0].item()
        expected = message("a code 0–{last} ({vocab})", last=size - 1, vocab=vocab.__name__)
        raise ValidationError("gap_arrays", name, bad, expected)
    return array


def check_tolerance(tolerance: float, owner: str = "gap_arrays") -> float:
    """The relative *tolerance* of ``"~"`` as a float, checked: a share, 0 ≤ tolerance < 1,
    by :func:`vnhealthplan.core.argchecks.tolerance_share` (a ValidationError otherwise).

    Examples
    --------
    >>> check_tolerance(0.05)
    0.05
    """
    return tolerance_share(tolerance, owner)


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
    tol = check_tolerance(tolerance)
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
        raise ShapeError(message("gap_arrays: arguments do not broadcast together: {shapes}",
                                 shapes=shapes)) from None  # fmt: skip
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
