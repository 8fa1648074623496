"""Word (.docx) and PDF files as text, through the optional python-docx and pypdf.

Private: :func:`vnhealthplan.io.extract.read_text` calls these by the file's suffix. Tables of
a Word file become lines of tab-separated cells, as the OCR'd plan texts print them, so that
the same rules read both.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from vnhealthplan.core.optional import require
from vnhealthplan.io.extract.source_text import ExtractError, ScannedPDFError, SourceText

__all__ = ["read_docx", "read_pdf"]


def read_docx(path: Path) -> SourceText:
    """The paragraphs and table rows of a Word file, in document order."""
    docx = require("docx", "docx", f"reading {path.name}")
    try:
        document = docx.Document(str(path))
    except Exception as err:  # python-docx raises several kinds for a broken file
        raise ExtractError(str(path), f"a file that is not a readable .docx ({err})") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(_table_lines(block))
            lines.append("")
        else:
            lines.append(block.text)
    text = unicodedata.normalize("NFC", "\n".join(lines))
    return SourceText(text, str(path), "docx")


def _table_lines(table: Any) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:  # a merged cell is listed once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        lines.append("\t".join(cells))
    return lines


def read_pdf(path: Path) -> SourceText:
    """The text layer of a PDF's pages, pages separated by a blank line."""
    pypdf = require("pypdf", "pdf", f"reading {path.name}")
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            raise ExtractError(str(path), "an encrypted PDF (decrypt it first)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except pypdf.errors.PyPdfError as err:
        raise ExtractError(str(path), f"a file that is not a readable PDF ({err})") from None
    if not any(page.strip() for page in pages):
        count = len(pages)
        reason = (
            f"a PDF without a text layer ({count} page{'s' if count != 1 else ''}, no text): "
            "a scan needs OCR first (for example with ocrmypdf)"
        )
        raise ScannedPDFError(str(path), reason)
    notes = tuple(f"page {i} has no text" for i, page in enumerate(pages, 1) if not page.strip())
    text = unicodedata.normalize("NFC", "\n\n".join(pages))
    return SourceText(text, str(path), "pdf", notes)
