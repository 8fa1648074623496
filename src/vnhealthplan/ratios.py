"""Per-capita ratios: counts per 10,000 people ("vạn dân"), per 1,000 live births, ….

The public short path of :mod:`vnhealthplan.model.ratios`, where the code lives (see
:doc:`/architecture`).
"""

from vnhealthplan.model.ratios import PER_UNITS, implied_population, per_capita, required_count

__all__ = ["PER_UNITS", "implied_population", "per_capita", "required_count"]
