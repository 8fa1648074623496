"""The package's single pint unit registry and small helpers around it.

The public short path of :mod:`vnhealthplan.core.units`, where the code lives (see
:doc:`/architecture`). The registry is still built on first use.
"""

from typing import TYPE_CHECKING, Any

from vnhealthplan.core import units as _units
from vnhealthplan.core.units import (
    DEFINITIONS_FILE,
    as_unit,
    is_any_quantity,
    is_quantity,
    registry,
)

if TYPE_CHECKING:
    from vnhealthplan.core.units import Quantity, Unit, ureg

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


def __getattr__(name: str) -> Any:
    return getattr(_units, name)
