"""The input/output layer: exports to spreadsheets and files, and drafting a plan from its
text (:mod:`vnhealthplan.io.extract`).

It imports from analysis and the layers below it, never from presentation.
"""
