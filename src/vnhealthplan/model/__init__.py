"""The model layer: frozen, validated records (provinces, indicators, targets, facilities,
assignments, observations, periods, sources, documents and plans) and the arithmetic that
belongs to them (per-capita ratios, comparing an observed value with a target).

The model imports only from :mod:`vnhealthplan.core`.
"""
