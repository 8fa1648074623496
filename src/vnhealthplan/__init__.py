"""vnhealthplan: Vietnam's provincial health plans as a sourced, unit-aware domain model.

The classes and calculators are attributes of the package; so is every public submodule,
loaded on first use (``vhp.plans``, ``vhp.gaps``, ``vhp.progress``, ``vhp.export``, …), so
``import vnhealthplan`` stays fast.

Examples
--------
>>> import vnhealthplan as vhp
>>> target = vhp.Target(vhp.indicators.get("beds_per_10k"), 29, vhp.Period.year(2024), "=")
>>> target.required_count(vhp.ureg.Quantity(1_768_966, "person"))
<Quantity(5130.0014, 'bed')>
>>> vhp.plans.load("dak-lak-2024").key
'dak-lak-2024'
"""

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

from vnhealthplan._version import __version__
from vnhealthplan.core.errors import (
    DimensionError,
    DistrictNotInForceError,
    LikelySlipWarning,
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
    WrongTypeError,
)
from vnhealthplan.core.units import registry
from vnhealthplan.core.vocab import (
    AutonomyGroup,
    Comparator,
    Direction,
    FacilityKind,
    Ownership,
    Rank,
    TargetKind,
    Tier,
)
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.facility import Facility
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.period import Period
from vnhealthplan.model.plan import Plan
from vnhealthplan.model.province import Province
from vnhealthplan.model.ratios import implied_population, per_capita, required_count
from vnhealthplan.model.source import Citation, Document, Source
from vnhealthplan.model.target import Baseline, Scope, Target

if TYPE_CHECKING:
    from vnhealthplan import (
        audit,
        cli,
        display,
        districts,
        export,
        extract,
        forms,
        frames,
        gaps,
        indicators,
        names,
        observations,
        options,
        planfile,
        plans,
        plot,
        progress,
        provinces,
        ratios,
        rebase,
        reference,
        report,
        rollup,
        text,
        units,
        vocab,
    )
    from vnhealthplan.core.units import ureg

#: The public submodules, each loaded on first use (PEP 562).
SUBMODULES = (
    "audit",
    "cli",
    "display",
    "districts",
    "errors",
    "export",
    "extract",
    "forms",
    "frames",
    "gaps",
    "indicators",
    "names",
    "observations",
    "options",
    "planfile",
    "plans",
    "plot",
    "progress",
    "provinces",
    "ratios",
    "rebase",
    "reference",
    "report",
    "review",
    "rollup",
    "text",
    "units",
    "vocab",
)

__all__ = [
    "Assignment",
    "AutonomyGroup",
    "Baseline",
    "Citation",
    "Comparator",
    "DimensionError",
    "Direction",
    "DistrictNotInForceError",
    "Document",
    "Facility",
    "FacilityKind",
    "Indicator",
    "LikelySlipWarning",
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
    "WrongTypeError",
    "__version__",
    "audit",
    "cli",
    "display",
    "districts",
    "errors",
    "export",
    "extract",
    "forms",
    "frames",
    "gaps",
    "implied_population",
    "indicators",
    "names",
    "observations",
    "options",
    "per_capita",
    "planfile",
    "plans",
    "plot",
    "progress",
    "provinces",
    "ratios",
    "rebase",
    "reference",
    "report",
    "required_count",
    "review",
    "rollup",
    "text",
    "units",
    "ureg",
    "vocab",
]


def __getattr__(name: str) -> Any:
    if name == "ureg":
        # The unit registry (and pint with it) is built on first use: see vnhealthplan.units.
        return registry()
    if name in SUBMODULES:
        module: ModuleType = importlib.import_module(f"{__name__}.{name}")
        return module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
