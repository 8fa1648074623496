"""vnhealthplan: Vietnam's provincial health plans as a sourced, unit-aware domain model.

Examples
--------
>>> import vnhealthplan as vhp
>>> target = vhp.Target(vhp.indicators.get("beds_per_10k"), 29, vhp.Period.year(2024), "=")
>>> target.required_count(vhp.ureg.Quantity(1_768_966, "person"))
<Quantity(5130.0014, 'bed')>
"""

from typing import TYPE_CHECKING, Any

from . import districts, indicators, options, provinces, units
from ._version import __version__
from .assignment import Assignment
from .errors import (
    DimensionError,
    DistrictNotInForceError,
    MissingDependencyError,
    PlanDataError,
    Problem,
    ShapeError,
    UnitNotInForceError,
    UnknownDistrictError,
    UnknownIndicatorError,
    UnknownProvinceError,
    ValidationError,
    VNHealthPlanError,
)
from .facility import Facility
from .indicator import Indicator
from .observation import Observation
from .period import Period
from .plan import Plan
from .province import Province
from .ratios import implied_population, per_capita, required_count
from .source import Document, Source
from .target import Baseline, Scope, Target

if TYPE_CHECKING:
    from .units import ureg
from .vocab import (
    AutonomyGroup,
    Comparator,
    Direction,
    FacilityKind,
    Ownership,
    Rank,
    TargetKind,
    Tier,
)

__all__ = [
    "Assignment",
    "AutonomyGroup",
    "Baseline",
    "Comparator",
    "DimensionError",
    "Direction",
    "DistrictNotInForceError",
    "Document",
    "Facility",
    "FacilityKind",
    "Indicator",
    "MissingDependencyError",
    "Observation",
    "Ownership",
    "Period",
    "Plan",
    "PlanDataError",
    "Problem",
    "Province",
    "Rank",
    "Scope",
    "ShapeError",
    "Source",
    "Target",
    "TargetKind",
    "Tier",
    "UnitNotInForceError",
    "UnknownDistrictError",
    "UnknownIndicatorError",
    "UnknownProvinceError",
    "VNHealthPlanError",
    "ValidationError",
    "__version__",
    "districts",
    "implied_population",
    "indicators",
    "options",
    "per_capita",
    "provinces",
    "required_count",
    "ureg",
]


def __getattr__(name: str) -> Any:
    # The unit registry (and pint with it) is built on first use: see vnhealthplan.units.
    if name == "ureg":
        return units.registry()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
