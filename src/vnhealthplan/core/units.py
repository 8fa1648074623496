"""The package's single pint unit registry and small helpers around it.

The registry is built once, on first use, from ``units.txt`` shipped inside the package
(pint is imported then too, so ``import vnhealthplan`` stays fast). Use :data:`ureg`
(also exposed as ``vnhealthplan.ureg``) for every quantity you want to combine with the
library's own: quantities from two registries cannot be mixed.

Every kind of thing a planner counts is its own base dimension (people, live births,
deaths, beds, doctors, pharmacists, nurses, health workers, facilities, communes,
stations), so arithmetic across kinds fails loudly.

Examples
--------
Đắk Lắk's 2024 plan sets 29 beds per 10,000 population ("giường bệnh/vạn dân"):

>>> from vnhealthplan.units import ureg
>>> ratio = ureg.Quantity(29, "bed / ten_thousand_people")
>>> ratio.to("bed / thousand_people")
<Quantity(2.9, 'bed / thousand_people')>

Beds and doctors do not add up:

>>> ureg.Quantity(5130, "bed") + ureg.Quantity(10, "doctor")
Traceback (most recent call last):
...
pint.errors.DimensionalityError: Cannot convert from 'bed' ([beds]) to 'doctor' ([doctors])

Per mille and percent are both pure numbers and convert:

>>> ureg.Quantity(0.2, "permille").to("percent")
<Quantity(0.02, 'percent')>
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.core.errors import WrongTypeError
from vnhealthplan.core.messages import message

if TYPE_CHECKING:
    import pint

    #: The one registry of the package. Build your quantities with it.
    ureg: pint.UnitRegistry[Any]
    #: Shorthand for ``ureg.Quantity``.
    Quantity: Any
    #: Shorthand for ``ureg.Unit``.
    Unit: Any

__all__ = [
    "DEFINITIONS_FILE",
    "Quantity",
    "Unit",
    "as_unit",
    "is_any_quantity",
    "is_quantity",
    "registry",
    "ureg",
]

#: Name of the definitions file shipped inside the package.
DEFINITIONS_FILE: Final = "units.txt"


@cache
def registry() -> pint.UnitRegistry[Any]:
    """The package's unit registry, built from ``units.txt`` on the first call.

    Every call returns the same registry; ``ureg`` is this registry.

    Examples
    --------
    >>> registry() is registry()
    True
    """
    import pint

    built: pint.UnitRegistry[Any] = pint.UnitRegistry(
        None,  # none of pint's default units: only the ones planners use, loaded below
        autoconvert_offset_to_baseunit=False,
        cache_folder=None,
    )
    text = resources.files(__package__).joinpath(DEFINITIONS_FILE).read_text(encoding="utf-8")
    built.load_definitions(text.splitlines())
    return built


def __getattr__(name: str) -> Any:
    if name == "ureg":
        return registry()
    if name in ("Quantity", "Unit"):
        return getattr(registry(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_any_quantity(value: object) -> bool:
    """Tell whether *value* is a pint quantity of any registry (without importing pint).

    Examples
    --------
    >>> is_any_quantity(3.5)
    False
    """
    pint = sys.modules.get("pint")
    return pint is not None and isinstance(value, pint.Quantity)


def is_quantity(value: object) -> bool:
    """Tell whether *value* is a quantity of the package registry.

    Parameters
    ----------
    value : object
        Anything.

    Returns
    -------
    bool
        True for a :class:`pint.Quantity` built with :data:`ureg`.

    Examples
    --------
    >>> is_quantity(registry().Quantity(39, "bed / ten_thousand_people"))
    True
    >>> is_quantity(39)
    False
    """
    return is_any_quantity(value) and value._REGISTRY is registry()  # type: ignore[attr-defined]


def as_unit(unit: Any) -> Any:
    """Turn a unit name or a :class:`pint.Unit` into a unit of the package registry.

    Parameters
    ----------
    unit : str or pint.Unit
        For example ``"bed / ten_thousand_people"`` or ``"%"``.

    Returns
    -------
    pint.Unit
        The unit, from :data:`ureg`.

    Raises
    ------
    pint.UndefinedUnitError
        If the name is not defined in ``units.txt``, or is no unit expression at all
        (``"bed/"``).
    vnhealthplan.errors.WrongTypeError
        If *unit* is neither a string nor a unit (also a :class:`TypeError`).

    Examples
    --------
    Thanh Hóa's 2030 target is written "Số bác sĩ 10.000 dân: 15 bác sĩ":

    >>> as_unit("doctor / ten_thousand_people")
    <Unit('doctor / ten_thousand_people')>
    >>> as_unit("%")
    <Unit('percent')>
    """
    import pint

    ureg = registry()
    if isinstance(unit, pint.Unit):
        return unit if unit._REGISTRY is ureg else ureg.Unit(str(unit))
    if isinstance(unit, str):
        try:
            return ureg.Unit(unit)
        except (AssertionError, ArithmeticError, SyntaxError, pint.errors.DefinitionSyntaxError):
            # pint's parser fails on malformed names ("bed/", "1/0") with these
            raise pint.UndefinedUnitError(unit) from None
    expected = message("a unit name or a pint.Unit (got {type})", type=str(type(unit).__name__))
    raise WrongTypeError("as_unit", "unit", unit, expected)
