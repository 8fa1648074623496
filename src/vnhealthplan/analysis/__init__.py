"""The analysis layer: tidy frames, gaps, roll-ups, progress, audit, re-basing and
comparisons with reference values.

It imports from the text, data, model and core layers, never from io or presentation.
"""
