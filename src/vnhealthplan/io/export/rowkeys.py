"""What two rows of an observations table are compared by, to refuse a row that repeats one.

A row gives again an earlier row when it names the same province (in any spelling), the
same indicator, the same period and the same scope. The period is compared as the period it
reads as: a year written 2024 and 2024.0, or given in the ``year`` column on one row and the
``period`` column on the next, is one year.

Examples
--------
>>> row_key({"province": "Dak Lak", "indicator": "imr", "year": 2024.0},
...         ("province", "indicator", "year"))
('2024', 'dak-lak', 'imr')
>>> row_key({"province": "Đắk Lắk", "indicator": "imr", "period": "2024"},
...         ("province", "indicator", "period"))
('2024', 'dak-lak', 'imr')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from vnhealthplan.analysis.frames.cellreaders import is_missing, read_period
from vnhealthplan.core.errors import VNHealthPlanError
from vnhealthplan.data import provinces

__all__ = ["PERIOD_COLUMNS", "key_text", "row_key"]

#: The columns that date a row.
PERIOD_COLUMNS: Final = ("year", "period", "period_start", "period_end")


def row_key(row: Mapping[Any, Any], columns: Iterable[str]) -> tuple[str, ...]:
    """The key of *row* over *columns*: its period first, then the other cells' texts.

    Examples
    --------
    >>> row_key({"indicator": " IMR", "year": "2024-Q2"}, ("indicator", "year"))
    ('2024-Q2', 'imr')
    """
    columns = tuple(columns)
    rest = tuple(key_text(c, row.get(c)) for c in columns if c not in PERIOD_COLUMNS)
    return (_period_key(row, columns), *rest)


def _period_key(row: Mapping[Any, Any], columns: tuple[str, ...]) -> str:
    """The code of the period the row's cells give; their texts when they give none."""
    for column in ("period", "year"):
        cell = row.get(column) if column in columns else None
        if not is_missing(cell) and cell != "":
            try:
                return read_period(cell.strip() if isinstance(cell, str) else cell).code
            except (ValueError, TypeError, LookupError):
                break  # a cell that is no period: reported as such, compared by its text
    return "/".join(key_text(c, row.get(c)) for c in PERIOD_COLUMNS if c in columns)


def key_text(column: str, cell: Any) -> str:
    """A cell as the repeated-row check compares it; a province by the one it names.

    Examples
    --------
    >>> key_text("province", "Thanh  Hoa"), key_text("indicator", "IMR ")
    ('thanh-hoa', 'imr')
    """
    text = " ".join(str(cell or "").split()).casefold()
    if column == "province" and text:
        try:
            return provinces.get(text).key
        except VNHealthPlanError:
            return text  # an unknown name is reported as such
    return text
