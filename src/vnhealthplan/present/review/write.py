"""Write a review report by its file's suffix: :func:`write_review`.

It picks the writer: :func:`~vnhealthplan.present.review.xlsx.to_xlsx`,
:func:`~vnhealthplan.present.review.html.to_html` or
:func:`~vnhealthplan.present.review.docx.to_docx`. Given by :mod:`vnhealthplan.present.review`
on first use, so that the command line reads its arguments without loading the writers.

Examples
--------
>>> import pathlib, tempfile
>>> from datetime import date
>>> from vnhealthplan.analysis.review import review
>>> with tempfile.TemporaryDirectory() as folder:
...     path = write_review(review("dak-lak-2024", as_of=date(2026, 1, 31)),
...                         pathlib.Path(folder, "dak-lak.xlsx"))
...     path.name
'dak-lak.xlsx'
"""

from __future__ import annotations

import os
from pathlib import Path

from vnhealthplan.analysis.review import Review
from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.messages import message
from vnhealthplan.core.vocab import Lang
from vnhealthplan.present.review.docx import to_docx
from vnhealthplan.present.review.html import to_html
from vnhealthplan.present.review.xlsx import to_xlsx

__all__ = ["SUFFIXES", "write_review"]

#: The suffixes :func:`write_review` writes.
SUFFIXES = (".xlsx", ".html", ".docx")


def write_review(
    r: Review, path: str | os.PathLike[str], *, lang: Lang = "vi", charts: bool = True
) -> Path:
    """Write *r* to *path*: ``.xlsx``, ``.html`` or ``.docx`` by its suffix; return the path.

    Raises
    ------
    ValueError
        For another suffix.
    vnhealthplan.errors.MissingDependencyError
        Without openpyxl (xlsx), python-docx (docx) or matplotlib (charts).
    """
    charts = flag(charts, "write_review", "charts")
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        return to_xlsx(r, path, lang=lang)
    if suffix == ".html":
        return to_html(r, path, lang=lang, charts=charts)
    if suffix == ".docx":
        return to_docx(r, path, lang=lang, charts=charts)
    expected = message("a file ending in {suffixes}", suffixes=", ".join(SUFFIXES))
    raise ValidationError("write_review", "path", str(path), expected)
