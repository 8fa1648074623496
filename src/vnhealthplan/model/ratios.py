"""Per-capita ratios: counts per 10,000 people ("vạn dân"), per 1,000 live births, ….

Three functions, each the inverse of the others:

* :func:`per_capita` — a count and a population give a ratio;
* :func:`required_count` — a ratio and a population give the count it means;
* :func:`implied_population` — a count and a ratio give the population they imply.

Each takes plain numbers, pint quantities, NumPy arrays or pandas Series (and mixes of
them), and returns a :class:`pint.Quantity`. One implementation serves scalars and
vectors: the arithmetic is NumPy's, the units are worked out once per call. Series must
share their index; the result then wraps a NumPy array in that index's order.

No silent wrong answers: a scalar must be a finite number, so NaN and ±infinity are
refused (``per_capita(5130, inf)`` would otherwise be 0 beds per 10,000). In an array or a
Series ±infinity is refused too, while NaN stands for a missing value and gives NaN in that
row of the result. Counts, populations and ratios may not be negative, and a population or
ratio divided by may not be zero. Each refusal is a
:class:`~vnhealthplan.errors.ValidationError` naming the function, the argument, the
value and, in an array, its position (``per_capita.population[3]``). The checks run chunk by
chunk with the arithmetic, at no extra pass through memory.

Examples
--------
Đắk Lắk's 2024 table plans 5.130 beds (station beds excluded) at 29 beds per 10,000:

>>> from vnhealthplan import ureg
>>> beds = ureg.Quantity(5130, "bed")
>>> ratio = ureg.Quantity(29, "bed / ten_thousand_people")
>>> implied_population(beds, ratio)
<Quantity(1768965.52, 'person')>
>>> per_capita(beds, implied_population(beds, ratio))
<Quantity(29.0, 'bed / ten_thousand_people')>
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any, Final, NamedTuple

import numpy as np

from vnhealthplan.core.checks import check_values, per_size, within
from vnhealthplan.core.errors import DimensionError, ShapeError, ValidationError, WrongTypeError
from vnhealthplan.core.messages import message
from vnhealthplan.core.unitnames import said_quantity, said_unit
from vnhealthplan.core.units import is_any_quantity, is_quantity, registry

__all__ = ["implied_population", "per_capita", "required_count"]

_POPULATION: Final = "[population]"
_LIVE_BIRTHS: Final = "[live_births]"

#: The denominators a ratio can be "per": (base unit, per) → unit name in units.txt.
PER_UNITS: Final = MappingProxyType(
    {
        ("person", 1): "person",
        ("person", 100): "hundred_people",
        ("person", 1_000): "thousand_people",
        ("person", 10_000): "ten_thousand_people",
        ("person", 100_000): "hundred_thousand_people",
        ("live_birth", 1): "live_birth",
        ("live_birth", 1_000): "thousand_live_births",
        ("live_birth", 100_000): "hundred_thousand_live_births",
    }
)


class _Arg(NamedTuple):
    magnitude: Any  # float or numpy.ndarray
    unit: Any  # pint.Unit
    index: Any  # pandas.Index or None


def _split(value: Any, name: str, default_unit: Any, owner: str) -> _Arg:
    """Magnitude (float or ndarray), unit and pandas index (or None) of an argument."""
    index = None
    if is_quantity(value):
        magnitude, unit = value.magnitude, value.units
    elif is_any_quantity(value):
        raise DimensionError(
            name, value, message("a quantity of vnhealthplan.ureg (another registry was used)")
        )
    else:
        magnitude, unit = value, registry().Unit(default_unit)
    if hasattr(magnitude, "index") and hasattr(magnitude, "to_numpy"):  # a pandas Series
        index = magnitude.index
        magnitude = magnitude.to_numpy()
    if magnitude is None or isinstance(magnitude, bool | str | bytes):
        expected = message(
            "a number, array or Series (got {type})", type=str(type(magnitude).__name__)
        )
        raise WrongTypeError(owner, name, magnitude, expected)
    array = np.asarray(magnitude)
    if array.dtype.kind not in "iuf":
        raise WrongTypeError(
            owner,
            name,
            magnitude,
            message("numbers (got values of dtype {dtype})", dtype=str(array.dtype)),
        )
    return _Arg(float(array) if array.ndim == 0 else array, unit, index)


def _line_up(names: tuple[str, str], first: _Arg, second: _Arg) -> None:
    if (
        first.index is not None
        and second.index is not None
        and not first.index.equals(second.index)
    ):
        raise ShapeError(
            message(
                "{name} and {name2} are Series with different indexes",
                name=str(names[0]),
                name2=str(names[1]),
            )
        )
    shape_a, shape_b = np.shape(first.magnitude), np.shape(second.magnitude)
    if shape_a and shape_b and shape_a != shape_b:
        raise ShapeError(
            message(
                "{name} has shape {shape_a} but {name2} has shape {shape_b}",
                name=str(names[0]),
                shape_a=str(shape_a),
                name2=str(names[1]),
                shape_b=str(shape_b),
            )
        )


def _denominator_base(unit: Any, name: str, value: Any) -> str:
    dims = unit.dimensionality
    if dims == registry().Unit("person").dimensionality:
        return "person"
    if dims == registry().Unit("live_birth").dimensionality:
        return "live_birth"
    shown = said_quantity(value, dimensions=True) if is_quantity(value) else f"{value!r}"
    raise DimensionError(name, shown, message("a count of people or of live births"))


#: Values per chunk when checking and computing together (the chunk stays in the cache).
_CHUNK: Final = 65_536


def _apply(
    op: Any, first: _Arg, second: _Arg, factor: float, owner: str, checks: tuple[Any, ...]
) -> Any:
    """``op(first, second) * factor`` in floats, refused when it overflows (see :func:`_checked`).

    Integers are computed as floats (an int64 product wraps round without a word), and a
    result beyond the largest float (about 1.8e308, ``1e308 beds`` per one person) is
    refused rather than given as infinity.
    """
    try:
        with np.errstate(over="raise"):
            return _checked(op, first, second, factor, owner, checks)
    except FloatingPointError:
        names = f"{checks[0][0]}, {checks[1][0]}"
        shown = f"{_largest(first.magnitude)}, {_largest(second.magnitude)}"
        expected = message("numbers whose result is finite: it overflows (beyond about 1.8e308)")
        raise ValidationError(owner, names, shown, expected) from None


def _largest(magnitude: Any) -> Any:
    """A scalar as it is, the largest absolute value of an array (NaN left out)."""
    if not isinstance(magnitude, np.ndarray):
        return magnitude
    return float(np.nanmax(np.abs(magnitude))) if magnitude.size else magnitude


def _checked(
    op: Any, first: _Arg, second: _Arg, factor: float, owner: str, checks: tuple[Any, ...]
) -> Any:
    """``op(first, second) * factor``, each argument checked as *checks* says.

    *checks* is ``((name, least), (name, least))``: a scalar must be finite (NaN refused),
    an array may hold NaN (a missing value, which stays missing) but not ±inf, and neither
    may go below *least* (see :func:`~vnhealthplan.core.checks.check_values`). Arrays are
    checked chunk by chunk as they are computed, so that the check costs no extra pass
    through memory; a failure is then reported by ``check_values``.
    """
    args = (first.magnitude, second.magnitude)
    for value, (name, least) in zip(args, checks, strict=True):
        if not isinstance(value, np.ndarray):
            check_values(value, owner, name, least=least)
    arrays = [(v, c) for v, c in zip(args, checks, strict=True) if isinstance(v, np.ndarray)]
    if not arrays:
        return float(op(*args) * factor)
    if not all(v.flags.c_contiguous for v, _ in arrays) or len({v.shape for v, _ in arrays}) > 1:
        for value, (name, least) in arrays:
            check_values(value, owner, name, least=least)
        return _scaled(op(*args, dtype=np.float64), factor)
    out = np.empty(arrays[0][0].shape, dtype=np.result_type(*args, 1.0))
    flat = [a.reshape(-1) if isinstance(a, np.ndarray) else a for a in args]
    with np.errstate(divide="ignore", invalid="ignore"):  # bad values are reported below
        extremes = _compute_in_chunks(op, flat, out.reshape(-1), factor)
    for value, (name, least), (low, high) in zip(args, checks, extremes, strict=True):
        if isinstance(value, np.ndarray) and not within(low, high, least):
            check_values(value, owner, name, least=least)
    return out


def _compute_in_chunks(op: Any, args: list[Any], out: Any, factor: float) -> list[tuple[Any, Any]]:
    """Fill *out* with ``op(*args) * factor``; return each argument's (fmin, fmax)."""
    fmin, fmax = np.fmin.reduce, np.fmax.reduce
    extremes: list[list[Any]] = [[np.inf, -np.inf] for _ in args]
    for start in range(0, out.size, _CHUNK):
        chunk = slice(start, start + _CHUNK)
        parts = [a[chunk] if isinstance(a, np.ndarray) else a for a in args]
        target = out[chunk]
        op(*parts, out=target, dtype=np.float64)
        target *= factor
        for part, extreme in zip(parts, extremes, strict=True):
            if isinstance(part, np.ndarray) and part.size:
                low = fmin(part)
                extreme[0] = low if not low >= extreme[0] else extreme[0]  # NaN kept
                if part.dtype.kind == "f":
                    high = fmax(part)
                    extreme[1] = high if not high <= extreme[1] else extreme[1]
    return [(low, high) for low, high in extremes]


def _scaled(quotient: Any, factor: float) -> Any:
    """Multiply by *factor* in place when *quotient* is a fresh array (saves a copy)."""
    if isinstance(quotient, np.ndarray) and quotient.dtype.kind == "f":
        quotient *= factor
        return quotient
    return quotient * factor


def _per_unit(base: str, per: int, owner: str) -> Any:
    try:
        return registry().Unit(PER_UNITS[(base, per)])
    except KeyError:
        sizes = sorted(n for b, n in PER_UNITS if b == base)
        raise ValidationError(
            owner,
            "per",
            per,
            message("one of {sizes} for {base}", sizes=str(sizes), base=str(base)),
        ) from None


def per_capita(count: Any, population: Any, per: int = 10_000) -> Any:
    """A count per *per* people (or live births): ``count / population × per``.

    Parameters
    ----------
    count : float, array-like, pandas.Series or pint.Quantity
        What is counted, e.g. beds. Plain numbers are dimensionless counts.
    population : float, array-like, pandas.Series or pint.Quantity
        People (plain numbers are people) or live births. Must be > 0; in an array or
        Series NaN is a missing value and gives NaN.
    per : int
        The denominator's size: 1, 100, 1,000, 10,000 (default, "vạn dân") or 100,000
        for people; 1, 1,000 or 100,000 for live births.

    Returns
    -------
    pint.Quantity
        E.g. in ``bed / ten_thousand_people``.

    Raises
    ------
    vnhealthplan.errors.DimensionError
        If *population* is not people or live births, or *count* is already a ratio per
        people.
    vnhealthplan.errors.ShapeError
        If array or Series arguments do not line up.
    vnhealthplan.errors.ValidationError
        If a count is negative, a population zero or negative, a value infinite (or a
        scalar NaN), or *per* is not one of the sizes above.
    vnhealthplan.errors.WrongTypeError
        If an argument is not numbers (text, a bool, None).

    Examples
    --------
    Đắk Lắk's 2024 table: 2.430 provincial and 2.700 district beds, for the 1.77 million
    people its own totals imply:

    >>> import numpy as np
    >>> from vnhealthplan import ureg
    >>> per_capita(ureg.Quantity(np.array([2430, 2700]), "bed"), 1_768_966)
    <Quantity([13.73684 15.26315], 'bed / ten_thousand_people')>

    Infant deaths per 1,000 live births:

    >>> per_capita(ureg.Quantity(44, "death"), ureg.Quantity(2000, "live_birth"), per=1000)
    <Quantity(22.0, 'death / thousand_live_births')>
    """
    owner = "per_capita"
    per = per_size(per, owner, positive=False)  # _per_unit names the sizes
    c = _split(count, "count", "dimensionless", owner)
    dims = c.unit.dimensionality
    if dims.get("[population]", 0) < 0 or dims.get("[live_births]", 0) < 0:
        # 30 beds per 10,000 "per 10,000" again would be bed / ten_thousand_people ** 2
        raise DimensionError(
            "count", f"{count}", message("a count such as beds, not a ratio per people")
        )
    p = _split(population, "population", "person", owner)
    _line_up(("count", "population"), c, p)
    per_unit = _per_unit(_denominator_base(p.unit, "population", population), per, owner)
    unit = c.unit / per_unit
    factor = registry().Quantity(1, c.unit / p.unit).to(unit).magnitude
    checks = (("count", "zero"), ("population", "positive"))
    return registry().Quantity(_apply(np.divide, c, p, factor, owner, checks), unit)


def required_count(ratio: Any, population: Any, per: int = 10_000) -> Any:
    """The count a ratio means for a population: ``ratio × population``.

    Parameters
    ----------
    ratio : pint.Quantity, float, array-like or pandas.Series
        E.g. 39 ``bed / ten_thousand_people``. A plain number is taken per *per* people
        and gives a dimensionless count.
    population : pint.Quantity, float, array-like or pandas.Series
        People (plain numbers) or live births, matching the ratio's denominator.
    per : int
        The denominator's size for a plain-number *ratio*; ignored for quantities.

    Returns
    -------
    pint.Quantity
        In the ratio's numerator unit, e.g. ``bed``.

    Raises
    ------
    vnhealthplan.errors.DimensionError
        If the ratio is not per people or per live births, or its denominator does not
        match the population's.
    vnhealthplan.errors.ValidationError
        If the ratio is negative, the population zero or negative, or a value infinite
        (or a scalar NaN): ``required_count(-39, 1e6)`` is not -3,900 beds.

    Examples
    --------
    Beds Thanh Hóa's 2030 target of 39 per 10,000 means for 3,764,241 people (GSO,
    end of 2024):

    >>> from vnhealthplan import ureg
    >>> required_count(ureg.Quantity(39, "bed / ten_thousand_people"), 3_764_241)
    <Quantity(14680.5399, 'bed')>
    """
    owner = "required_count"
    per = per_size(per, owner, positive=False)  # _per_unit names the sizes
    default = None if is_quantity(ratio) else _per_unit("person", per, owner) ** -1
    r = _split(ratio, "ratio", default, owner)
    p = _split(population, "population", "person", owner)
    _line_up(("ratio", "population"), r, p)
    _denominator_base(p.unit, "population", population)
    product = r.unit * p.unit
    if any(d in (_POPULATION, _LIVE_BIRTHS) for d in product.dimensionality):
        raise DimensionError(
            "ratio",
            said_quantity(ratio, dimensions=True)
            if is_quantity(ratio)
            else f"{ratio} ({r.unit.dimensionality})",
            message("a ratio per {unit} to go with the population given", unit=said_unit(p.unit)),
        )
    unit = _numerator(r.unit, product)
    factor = registry().Quantity(1, product).to(unit).magnitude
    checks = (("ratio", "zero"), ("population", "positive"))
    return registry().Quantity(_apply(np.multiply, r, p, factor, owner, checks), unit)


def implied_population(count: Any, ratio: Any, per: int = 10_000) -> Any:
    """The population a count and a ratio imply: ``count / ratio``.

    Parameters
    ----------
    count : pint.Quantity, float, array-like or pandas.Series
        E.g. 5.130 beds.
    ratio : pint.Quantity, float, array-like or pandas.Series
        E.g. 29 beds per 10,000 people, in units of the count per people or live births.
        Must be > 0. A plain number is taken per *per* people.
    per : int
        The denominator's size for a plain-number *ratio*; ignored for quantities.

    Returns
    -------
    pint.Quantity
        In ``person`` or ``live_birth``.

    Raises
    ------
    vnhealthplan.errors.DimensionError
        If count and ratio do not leave a population when divided.
    vnhealthplan.errors.ValidationError
        If the count or the ratio is zero, negative or infinite (or a scalar NaN): an
        infinite ratio does not imply 0 people.

    Examples
    --------
    >>> from vnhealthplan import ureg
    >>> beds, ratio = ureg.Quantity(5130, "bed"), ureg.Quantity(29, "bed / ten_thousand_people")
    >>> implied_population(beds, ratio)
    <Quantity(1768965.52, 'person')>
    >>> implied_population(5130, 29)  # plain numbers: a ratio per 10,000 people
    <Quantity(1768965.52, 'person')>
    """
    owner = "implied_population"
    per = per_size(per, owner, positive=False)  # _per_unit names the sizes
    c = _split(count, "count", "dimensionless", owner)
    default = None if is_quantity(ratio) else _per_unit("person", per, owner) ** -1
    r = _split(ratio, "ratio", default, owner)
    _line_up(("count", "ratio"), c, r)
    quotient = c.unit / r.unit
    try:
        base = _denominator_base(quotient, "count / ratio", f"{count} / {ratio}")
    except DimensionError:
        raise DimensionError(
            "ratio",
            said_quantity(ratio),
            message("a ratio of {unit} per people or per live births", unit=said_unit(c.unit)),
        ) from None
    factor = registry().Quantity(1, quotient).to(base).magnitude
    checks = (("count", "positive"), ("ratio", "positive"))
    people = _apply(np.divide, c, r, factor, owner, checks)
    return registry().Quantity(people, registry().Unit(base))


def _numerator(ratio_unit: Any, product: Any) -> Any:
    """The ratio's numerator unit (e.g. bed in bed/ten_thousand_people), if it fits."""
    numerator = registry().Unit("dimensionless")
    for name, power in ratio_unit._units.items():
        if float(power) > 0:
            numerator *= registry().Unit(name) ** power
    if numerator.dimensionality == product.dimensionality:
        return numerator
    return registry().Quantity(1, product).to_root_units().units
