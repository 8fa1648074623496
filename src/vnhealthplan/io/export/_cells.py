"""Text cells a spreadsheet will never run as a formula.

Spreadsheet programs read a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or a carriage return) as a formula. A plan's quote such as "- Tỷ lệ ..." or a
user's note beginning with "=" must stay text (the OWASP "CSV injection" advice).

* **CSV** has no cell types, so such text gets a leading apostrophe, as OWASP recommends:
  ``=1+1`` is written ``'=1+1``. Text that already begins with an apostrophe gets one more,
  so that reading strips exactly one and gives back the original (:func:`unescape_text`).
* **Excel** cells have types: such text is stored as a string cell (never as a formula,
  which openpyxl would otherwise make of a string beginning with ``=``) with Excel's own
  "quote prefix" flag, the flag Excel sets when a user types a leading apostrophe. The cell
  shows and reads back the text exactly; editing it does not turn it into a formula.

Numbers are never touched: ``-0.2`` stays a number, only text is escaped.

Examples
--------
>>> escape_text("=HYPERLINK(\\"http://x\\")"), escape_text("- Tỷ lệ trạm y tế có bác sĩ")
('\\'=HYPERLINK("http://x")', "'- Tỷ lệ trạm y tế có bác sĩ")
>>> escape_text("Đắk Lắk"), escape_text(-0.2)
('Đắk Lắk', -0.2)
>>> unescape_text(escape_text("'quoted")) == "'quoted"
True
"""

from __future__ import annotations

from typing import Any, Final

__all__ = ["FORMULA_TRIGGERS", "escape_text", "needs_quote_prefix", "unescape_text"]

#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_TRIGGERS: Final = frozenset("=+-@\t\r")


def needs_quote_prefix(value: Any) -> bool:
    """True for text a spreadsheet would read as a formula.

    Examples
    --------
    >>> needs_quote_prefix("+84 236"), needs_quote_prefix("84"), needs_quote_prefix(-1)
    (True, False, False)
    """
    return isinstance(value, str) and value[:1] in FORMULA_TRIGGERS


def escape_text(value: Any) -> Any:
    """*value* as written to a CSV cell: text that could run as a formula gets a ``'``.

    Text beginning with ``'`` gets one more, so that :func:`unescape_text` is its exact
    inverse. Anything that is not text is returned unchanged.

    Examples
    --------
    >>> escape_text("@SUM(A1)"), escape_text("'A"), escape_text(5130)
    ("'@SUM(A1)", "''A", 5130)
    """
    if isinstance(value, str) and (value[:1] in FORMULA_TRIGGERS or value[:1] == "'"):
        return "'" + value
    return value


def unescape_text(value: Any) -> Any:
    """The inverse of :func:`escape_text`: one leading ``'`` removed from text.

    Examples
    --------
    >>> unescape_text("'=1+1"), unescape_text("''A"), unescape_text("An Giang")
    ('=1+1', "'A", 'An Giang')
    """
    if isinstance(value, str) and value[:1] == "'":
        return value[1:]
    return value
