"""Exports of a plan, its gaps and its audit to Excel, CSV and Parquet; observations read back.

One set of tables (:func:`export_tables`) is written by every format:

* :func:`to_excel`: one sheet per table, headers in Vietnamese or English with units, the
  header row bold and frozen, columns as wide as their contents (needs openpyxl:
  ``pip install "vnhealthplan[excel]"``);
* :func:`to_csv`: one UTF-8 file per table in a folder;
* :func:`to_parquet`: one Parquet file per table, typed, headers in the metadata (needs
  pyarrow: ``pip install "vnhealthplan[parquet]"``);
* :func:`export`: any of them, the format from the suffix or ``format=``; it dispatches
  through the registry of formats (:func:`formats`, :func:`register_format`), so a new
  format is one module with its writer and one registration.

Text that a spreadsheet would run as a formula (beginning with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return) never runs: in CSV it gets a leading apostrophe, as OWASP
recommends (:func:`escape_text`; text already beginning with an apostrophe gets one more, so
that :func:`unescape_text` gives back the original exactly); in Excel it is a text cell
with Excel's quote-prefix flag. Numbers stay numbers. Every file is written atomically.

:func:`read_observations` reads observations back from CSV or Excel, reporting every bad
row at once with the row number a spreadsheet shows.

Examples
--------
>>> import pathlib, tempfile
>>> from vnhealthplan import plans
>>> from vnhealthplan.export import read_observations, to_excel
>>> an_giang = plans.load("an-giang-2018")
>>> with tempfile.TemporaryDirectory() as folder:
...     path = to_excel(an_giang, pathlib.Path(folder, "an-giang.xlsx"), lang="vi")
...     back = read_observations(path, source=an_giang.document)
>>> [(o.indicator.code, o.year, o.value, o.province.name) for o in back]
[('health_insurance_coverage', 2017, <Quantity(76.5, 'percent')>, 'An Giang')]
>>> back[0].source.quote == an_giang.observations[0].source.quote
True
"""

from vnhealthplan.io.export._cells import (
    FORMULA_TRIGGERS,
    escape_text,
    needs_quote_prefix,
    unescape_text,
)
from vnhealthplan.io.export._read import read_observations
from vnhealthplan.io.export._tables import ExportTable, export_tables, observation_table
from vnhealthplan.io.export._writers import MissingDependencyError, to_csv, to_excel, to_parquet
from vnhealthplan.io.export.formats import (
    FORMATS,
    ExportFormat,
    export,
    format_for,
    formats,
    get_format,
    register_format,
    unregister_format,
)

__all__ = [
    "FORMATS",
    "FORMULA_TRIGGERS",
    "ExportFormat",
    "ExportTable",
    "MissingDependencyError",
    "escape_text",
    "export",
    "export_tables",
    "format_for",
    "formats",
    "get_format",
    "needs_quote_prefix",
    "observation_table",
    "read_observations",
    "register_format",
    "to_csv",
    "to_excel",
    "to_parquet",
    "unescape_text",
    "unregister_format",
]
