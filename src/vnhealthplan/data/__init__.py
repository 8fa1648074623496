"""The data layer: the bundled data (plans, indicators, provinces, districts, agencies,
populations, reference values) and the plan-file format they are written in.

It imports only from the model and core layers.
"""
