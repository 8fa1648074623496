"""The package's single pint unit registry and small helpers around it.

The registry is built once, at import, from ``units.txt`` shipped inside the package.
Use :data:`ureg` (also exposed as ``vnhealthplan.ureg``) for every quantity you want to
combine with the library's own: quantities from two registries cannot be mixed.

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

from importlib import resources
from typing import Any, Final

import pint

__all__ = ["DEFINITIONS_FILE", "Quantity", "Unit", "as_unit", "is_quantity", "ureg"]

#: Name of the definitions file shipped inside the package.
DEFINITIONS_FILE: Final = "units.txt"


def _build_registry() -> pint.UnitRegistry:
    registry = pint.UnitRegistry(
        None,  # none of pint's default units: only the ones planners use, loaded below
        autoconvert_offset_to_baseunit=False,
        cache_folder=None,
    )
    text = resources.files(__package__).joinpath(DEFINITIONS_FILE).read_text(encoding="utf-8")
    registry.load_definitions(text.splitlines())
    return registry


#: The one registry of the package. Build your quantities with it.
ureg: Final[pint.UnitRegistry] = _build_registry()

#: Shorthand for ``ureg.Quantity``.
Quantity: Final = ureg.Quantity

#: Shorthand for ``ureg.Unit``.
Unit: Final = ureg.Unit


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
    >>> is_quantity(ureg.Quantity(39, "bed / ten_thousand_people"))
    True
    >>> is_quantity(39)
    False
    """
    return isinstance(value, pint.Quantity) and value._REGISTRY is ureg


def as_unit(unit: Any) -> pint.Unit:
    """Turn a unit name, a :class:`pint.Unit` or a quantity's units into a registry unit.

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
        If the name is not defined in ``units.txt``.
    TypeError
        If *unit* is neither a string nor a unit.

    Examples
    --------
    Thanh Hóa's 2030 target is written "Số bác sĩ 10.000 dân: 15 bác sĩ":

    >>> as_unit("doctor / ten_thousand_people")
    <Unit('doctor / ten_thousand_people')>
    >>> as_unit("%")
    <Unit('percent')>
    """
    if isinstance(unit, pint.Unit):
        if unit._REGISTRY is ureg:
            return unit
        return ureg.Unit(str(unit))
    if isinstance(unit, str):
        return ureg.Unit(unit)
    raise TypeError(f"expected a unit name or a pint.Unit, got {type(unit).__name__}: {unit!r}")
