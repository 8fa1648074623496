"""Dates the audit reads from text: a product's issue date, a national instrument's date.

Plans name the documents a task produces ("Nghị quyết số 02/2022/NQ-HĐND", "Nghị quyết
311/NQ-HĐND ngày 27/8/2022"), and national targets name their instrument ("Quyết định
201/QĐ-TTg ngày 27/02/2024"). The audit needs their dates to tell a late task from a done
one, and a national target in force from a later one. The reading of a product's date is
:mod:`vnhealthplan.core.writtendates`' (the assignments' own rule uses it too).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from vnhealthplan.core.writtendates import product_issued, written_day

__all__ = ["instrument_date", "product_issued", "written_day"]


def instrument_date(document: Any) -> date | None:
    """The day a national instrument was issued: its ``issued`` date, else the first
    d/m/yyyy date of its title ("Nghị quyết 20-NQ/TW ngày 25/10/2017"); None if neither.

    Examples
    --------
    >>> from vnhealthplan import Document
    >>> instrument_date(Document("Quyết định 201/QĐ-TTg ngày 27/02/2024", "Thủ tướng Chính phủ"))
    datetime.date(2024, 2, 27)
    """
    if document is None:
        return None
    if document.issued is not None:
        issued: date = document.issued
        return issued
    return written_day(document.title)
