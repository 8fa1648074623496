"""A review report as a Word document (needs python-docx: the ``docx`` extra), A4.

Examples
--------
>>> import pathlib, tempfile, docx
>>> from datetime import date
>>> from vnhealthplan.analysis.review import review
>>> with tempfile.TemporaryDirectory() as folder:
...     path = to_docx(review("national", as_of=date(2026, 1, 31)),
...                    pathlib.Path(folder, "review.docx"), charts=False)
...     document = docx.Document(str(path))
>>> len(document.tables), document.tables[0].cell(0, 1).text.splitlines()
(5, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'])
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from vnhealthplan.analysis.review import Review
from vnhealthplan.core.argchecks import flag
from vnhealthplan.core.atomic import atomic_open
from vnhealthplan.core.checks import file_suffix
from vnhealthplan.core.optional import require
from vnhealthplan.core.vocab import Lang
from vnhealthplan.present.review.charts import review_charts
from vnhealthplan.present.review.sections import ReportParts, ReportTable, cell_text, report_parts

__all__ = ["to_docx"]


def _heading_block(document: Any, parts: ReportParts) -> None:
    grid = document.add_table(rows=1, cols=2)
    left, right = grid.rows[0].cells
    left.text = "\n".join(parts.left)
    right.text = "\n".join(parts.right)
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.alignment = 1  # centre
            for run in paragraph.runs:
                run.bold = True
    date = document.add_paragraph(parts.place_date)
    date.alignment = 2  # right
    title = document.add_paragraph()
    title.alignment = 1
    title.add_run(parts.title).bold = True
    subtitle = document.add_paragraph()
    subtitle.alignment = 1
    subtitle.add_run(parts.subtitle).bold = True


def _table(document: Any, table: ReportTable, lang: Lang) -> None:
    document.add_heading(table.title, level=2)
    if table.note:
        document.add_paragraph(table.note)
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
    grid.style = "Table Grid"
    for j, name in enumerate(table.header):
        cell = grid.cell(0, j)
        cell.text = name
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for i, row in enumerate(table.rows, 1):
        for j, value in enumerate(row):
            grid.cell(i, j).text = cell_text(value, lang)


def to_docx(
    r: Review, path: str | os.PathLike[str], *, lang: Lang = "vi", charts: bool = True
) -> Path:
    """Write *r* as a ``.docx`` file on A4 paper (atomically); return its path."""
    charts = flag(charts, "to_docx", "charts")
    target = file_suffix(path, "vnhealthplan.review.to_docx", [".docx"])
    docx = require("docx", "docx", "vnhealthplan.review.to_docx")
    shared = require("docx.shared", "docx", "vnhealthplan.review.to_docx")
    parts = report_parts(r, lang)
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = shared.Mm(210), shared.Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, shared.Mm(20))
    _heading_block(document, parts)
    for table in parts.tables:
        _table(document, table, lang)
        if table.key == "progress" and charts:
            for _, title, png in review_charts(r, lang):
                document.add_picture(io.BytesIO(png), width=shared.Mm(165))
                document.add_paragraph(title).alignment = 1
    with atomic_open(target, "wb") as handle:
        document.save(handle)
    return target
