"""Review reports of a plan (báo cáo sơ kết / tổng kết): Excel, HTML and Word.

:func:`write_review` picks the writer by the file's suffix: :func:`to_xlsx` (a sheet per
section), :func:`to_html` (one self-contained file, charts embedded), :func:`to_docx` (A4,
tables and charts). The contents are :func:`report_parts`, in Vietnamese (the default) or
English; numbers are written the Vietnamese way ("5.130", "17,6").

Examples
--------
>>> import pathlib, tempfile
>>> from datetime import date
>>> from vnhealthplan.analysis.review import review
>>> from vnhealthplan.present.review import write_review
>>> with tempfile.TemporaryDirectory() as folder:
...     path = write_review(review("dak-lak-2024", as_of=date(2026, 1, 31)),
...                         pathlib.Path(folder, "dak-lak.html"), charts=False)
...     path.name
'dak-lak.html'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnhealthplan.present.review.docx import to_docx
    from vnhealthplan.present.review.html import review_html, to_html
    from vnhealthplan.present.review.sections import ReportParts, ReportTable, report_parts
    from vnhealthplan.present.review.write import SUFFIXES, write_review
    from vnhealthplan.present.review.xlsx import to_xlsx

__all__ = [
    "SUFFIXES",
    "ReportParts",
    "ReportTable",
    "report_parts",
    "review_html",
    "to_docx",
    "to_html",
    "to_xlsx",
    "write_review",
]

#: Where each name lives: imported on first use (the command line imports this package to
#: read its arguments, and should not load the writers to do so).
_LAZY = {
    "to_docx": "docx", "review_html": "html", "to_html": "html", "ReportParts": "sections",
    "ReportTable": "sections", "report_parts": "sections", "to_xlsx": "xlsx",
    "SUFFIXES": "write", "write_review": "write",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
