"""The core layer: errors, units, vocabularies, folding, checks, options and file helpers.

Nothing here knows a plan, a target or a province; every other layer builds on it.
"""
