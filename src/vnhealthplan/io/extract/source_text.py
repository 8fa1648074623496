"""What a document reader gives (:class:`SourceText`) and the errors of reading one.

Kept apart from :mod:`~vnhealthplan.io.extract.reading` so that the readers of Word and PDF
files can use them without importing the module that dispatches to them.
"""

from __future__ import annotations

import attrs

from vnhealthplan.core.errors import VNHealthPlanError

__all__ = ["ExtractError", "ScannedPDFError", "SourceText"]


class ExtractError(VNHealthPlanError, ValueError):
    """A file that cannot be drafted from: empty, binary, too large, of an unknown kind.

    Attributes
    ----------
    source : str
        The file (or ``"<text>"``).
    reason : str
        What is wrong and what would be accepted.

    Examples
    --------
    >>> print(ExtractError("plan.bin", "binary data (a NUL byte at offset 3)"))
    plan.bin: cannot draft a plan from binary data (a NUL byte at offset 3)
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: cannot draft a plan from {reason}")


class ScannedPDFError(ExtractError):
    """A PDF whose pages carry no text layer (a scan): it needs OCR first.

    Examples
    --------
    >>> print(ScannedPDFError("scan.pdf", "a PDF without a text layer (2 pages, no text)"))
    scan.pdf: cannot draft a plan from a PDF without a text layer (2 pages, no text)
    """


@attrs.frozen
class SourceText:
    """A document's text as read, and how it was read.

    Parameters
    ----------
    text : str
        The text, in Unicode normal form C.
    name : str
        Where it came from: a file name, or ``"<text>"``.
    encoding : str
        ``"utf-8"``, ``"utf-16"``, ``"cp1258"``, ``"docx"``, ``"pdf"`` or ``"str"``.
    notes : tuple of str
        What the reader had to decide (an encoding, a page without text).

    Examples
    --------
    >>> SourceText("Quý II/2024", "<text>", "str").name
    '<text>'
    """

    text: str
    name: str
    encoding: str
    notes: tuple[str, ...] = ()


# Public path in tracebacks and pickles (the code lives in a layer, see docs/architecture).
ExtractError.__module__ = ScannedPDFError.__module__ = "vnhealthplan.extract"
