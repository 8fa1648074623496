"""The presentation layer: notebook displays, plots, text reports and the command line.

It is the top layer: it may import from every layer below, and nothing imports from it.
"""
