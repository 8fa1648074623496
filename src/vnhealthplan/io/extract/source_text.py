"""What a document reader gives (:class:`SourceText`) and the errors of reading one.

A :class:`SourceText` knows, for every character of its text, where that character stands
in the file it was read from (:class:`Place`): the page of a PDF, the paragraph of a Word
file or a table's row and cell, the paragraph of a text file. :meth:`SourceText.location`
says it in words, so that a reviewer can find a drafted record's words in the file.

Kept apart from :mod:`~vnhealthplan.io.extract.reading` so that the readers of Word and PDF
files can use them without importing the module that dispatches to them.

Examples
--------
>>> source = SourceText("Mục tiêu\\n\\nGiảm tỷ suất chết mẹ.\\nĐạt 95%.", "<text>", "str")
>>> source.location((30, 38), "vi"), source.location((30, 38), "en")
('đoạn 2', 'paragraph 2')
"""

from __future__ import annotations

import bisect
import re
from typing import Final

import attrs

from vnhealthplan.core.errors import VNHealthPlanError
from vnhealthplan.core.messages import message
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang

__all__ = ["ExtractError", "Place", "ScannedPDFError", "SourceText", "text_places"]

Span = tuple[int, int]


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
        super().__init__(
            message("{source}: cannot draft a plan from {reason}", source=source, reason=reason)
        )


class ScannedPDFError(ExtractError):
    """A PDF whose pages carry no text layer (a scan): it needs OCR first.

    Examples
    --------
    >>> print(ScannedPDFError("scan.pdf", "a PDF without a text layer (2 pages, no text)"))
    scan.pdf: cannot draft a plan from a PDF without a text layer (2 pages, no text)
    """


@attrs.frozen
class Place:
    """Where a stretch of a document's text stands in its file, from character :attr:`start` on.

    Each field is 1-based and None where it does not apply: a PDF has pages and lines on the
    page; a Word file has body paragraphs (counting those that hold text) and tables, rows
    and cells (counted as the reader sees them: a merged cell is one cell; a nested table is
    numbered after the table that holds it); a text file has paragraphs (blocks of lines
    between blank lines).

    Examples
    --------
    >>> Place(120, table=1, row=4, cell=2).describe("vi")
    'bảng 1, hàng 4, ô 2'
    >>> Place(0, page=3, line=12).describe("en")
    'page 3, line 12'
    """

    start: int
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    def parts(self) -> tuple[tuple[str, int], ...]:
        """The place's (field, number) pairs, outermost first."""
        fields = ("page", "paragraph", "line", "table", "row", "cell")
        values = (self.page, self.paragraph, self.line, self.table, self.row, self.cell)
        return tuple((f, v) for f, v in zip(fields, values, strict=True) if v is not None)

    def describe(self, lang: Lang | None = None) -> str:
        """The place in words ("trang 3, dòng 12", "bảng 1, hàng 4, ô 2")."""
        words = _WORDS[resolve_language(lang)]
        return ", ".join(f"{words[f]} {v}" for f, v in self.parts())


#: The words of a place, in English and Vietnamese.
_WORDS: Final = {
    "en": {"page": "page", "paragraph": "paragraph", "line": "line", "table": "table",
           "row": "row", "cell": "cell"},
    "vi": {"page": "trang", "paragraph": "đoạn", "line": "dòng", "table": "bảng",
           "row": "hàng", "cell": "ô"},
}  # fmt: skip

_BLOCK: Final = re.compile(r"(?:^|\n)[ \t]*(?=[^\s])")
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")


def text_places(text: str) -> tuple[Place, ...]:
    """The paragraphs of a plain text, numbered from 1: blocks of lines between blank lines,
    or, in a text without any blank line, its lines.

    Examples
    --------
    >>> [(p.start, p.paragraph) for p in text_places("Mục tiêu\\n\\n- Đạt 95%.\\n- Giảm 5%.")]
    [(0, 1), (10, 2)]
    >>> [(p.start, p.paragraph) for p in text_places("Mục tiêu\\n- Đạt 95%.\\n- Giảm 5%.")]
    [(0, 1), (9, 2), (20, 3)]
    """
    by_line = _BLANK_LINE.search(text) is None
    places: list[Place] = []
    previous_end = -1
    for match in _BLOCK.finditer(text):
        start = match.start() + (1 if match.group().startswith("\n") else 0)
        if by_line or not places or text.count("\n", previous_end, start) >= 2:
            places.append(Place(start, paragraph=len(places) + 1))
        newline = text.find("\n", match.end())
        previous_end = len(text) if newline < 0 else newline
    return tuple(places)


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
    places : tuple of Place
        Where each stretch of the text stands in the file, in text order (each from its
        :attr:`Place.start` to the next one's). The readers of Word and PDF files give
        them; for text read any other way they are the paragraphs (:func:`text_places`),
        found when first asked for.

    Examples
    --------
    >>> SourceText("Quý II/2024", "<text>", "str").name
    '<text>'
    """

    text: str
    name: str
    encoding: str
    notes: tuple[str, ...] = ()
    places: tuple[Place, ...] = attrs.field(default=(), repr=False)
    _index: tuple[tuple[int, ...], tuple[Place, ...]] | None = attrs.field(
        init=False, default=None, eq=False, repr=False
    )

    def place(self, offset: int) -> Place | None:
        """The place of the character at *offset* (None before the first place, or no text).

        Examples
        --------
        >>> SourceText("Mục tiêu\\n\\nĐạt 95%.", "<text>", "str").place(12).paragraph
        2
        """
        starts, places = self._places()
        i = bisect.bisect_right(starts, offset) - 1
        return places[i] if i >= 0 else None

    def location(self, span: Span, lang: Lang | None = None) -> str:
        """Where the characters of *span* stand in the file, in words (``""`` if unknown).

        Parameters
        ----------
        span : tuple of int
            ``(start, end)`` in :attr:`text`.
        lang : {"en", "vi"}, optional
            Default: the package setting.

        Returns
        -------
        str
            For instance ``"trang 3, dòng 12"``, ``"bảng 1, hàng 4"`` (a quote across the
            cells of a row), ``"trang 3–4"`` (a quote across two pages), ``"đoạn 2"``.

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> source = SourceText(plans.source_text("dak-lak-2024"), "dak-lak-2024", "str")
        >>> start = source.text.index("Tỷ suất tử vong trẻ em dưới 1 tuổi")
        >>> source.location((start, start + 10), "en")
        'paragraph 9'
        """
        first, last = self.place(span[0]), self.place(max(span[0], span[1] - 1))
        if first is None or last is None:
            return ""
        words = _WORDS[resolve_language(lang)]
        one, two = first.parts(), last.parts()
        shown = []
        for i, (field, value) in enumerate(one):
            other = two[i] if i < len(two) else None
            if other == (field, value):
                shown.append(f"{words[field]} {value}")
                continue
            if other is not None and other[0] == field:
                shown.append(f"{words[field]} {value}–{other[1]}")
            elif not shown:  # nothing in common: both places in full
                return f"{first.describe(lang)} – {last.describe(lang)}"
            break
        return ", ".join(shown)

    def _places(self) -> tuple[tuple[int, ...], tuple[Place, ...]]:
        if self._index is None:
            places = self.places or text_places(self.text)
            index = (tuple(p.start for p in places), places)
            object.__setattr__(self, "_index", index)
            return index
        return self._index


# Public path in tracebacks and pickles (the code lives in a layer, see docs/architecture).
ExtractError.__module__ = ScannedPDFError.__module__ = "vnhealthplan.extract"
