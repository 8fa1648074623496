"""The value of a cell of a flattened table, under its row's label: catalogued or its own.

A cell's number is read with the sign its row writes ("%", "‰", "(năm)": :func:`row_sign`)
as a target phrase (:func:`read_cell`), and the row's label, its abbreviations spelled out
("TYT", "BHYT"), is ranked against the catalogue: the first indicator whose unit the value
fits names it (:func:`cell_value`); else the label's or the sign's own unit, a part row's
the unit of the row above, a sub-column's its measure's.

Examples
--------
>>> phrase = read_cell("95", None)
>>> column = ("target", 2025, "")
>>> cell_value("Tỷ lệ trạm y tế có bác sĩ", "95", "%", None, (None, column), phrase)
('stations_with_doctor', <Quantity(95, 'percent')>)
"""

from __future__ import annotations

import re
from typing import Any, Final

from vnhealthplan.core.fold import fold
from vnhealthplan.core.units import registry
from vnhealthplan.data import indicators
from vnhealthplan.io.extract.flatcells import label_unit
from vnhealthplan.io.extract.lexicon import phrase_for, rank_indicators
from vnhealthplan.io.extract.subheads import Column, measure_unit
from vnhealthplan.io.extract.tableunit import takes_stated
from vnhealthplan.io.extract.values import Decimal
from vnhealthplan.text import ParseError, TargetPhrase, parse_target_phrase

__all__ = ["NUMBERING", "cell_value", "read_cell", "row_sign"]

_PART: Final = re.compile(r"^\s*trong do\b")
#: Abbreviations and signs of table labels, spelled out before the catalogue's words are
#: looked for (over folded text).
_SPELLED: Final = (
    (re.compile(r"\btyt\b"), "tram y te"),
    (re.compile(r"\bbhyt\b"), "bao hiem y te"),
    (re.compile(r"<\s*(?=\d)"), " duoi "),
    (re.compile(r">\s*(?=\d)"), " tren "),
    (re.compile(r"(?<=\d)(?=[a-z])"), " "),
)
#: Words saying a label's figure is a rate, a share or a ratio to a population.
_RATIO_WORDS: Final = re.compile(
    r"\b(?:ty|ti) (?:le|suat|so)\b|van dan|\d0 ?000|\bper\b|percentage|\brate\b|\bratio\b"
)
#: A unit written in brackets ("(năm)": years, not "nam", male, once folded).
_UNIT_SIGN: Final = re.compile(r"\(\s*(?:năm|tuổi|years?|%0?|‰)\s*\)", re.IGNORECASE)
#: A row's numbering before its label ("1.", "ii.", "a)", "-").
NUMBERING: Final = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.|[a-z]\)|[-+])\s+")


def row_sign(label: str, cell: str) -> str:
    """The unit sign the row writes: "%", "‰", " năm" or "".

    Examples
    --------
    >>> row_sign("Tỷ lệ tiêm chủng (%)", "95"), row_sign("Tuổi thọ (năm)", "74,5")
    ('%', ' năm')
    """
    if "%" in cell:
        return ""
    if "‰" in label or "%0" in label:
        return "‰"
    if "%" in label:
        return "%"
    if re.search(r"\((?:nam|tuoi|years?)\)", fold(label)):
        return " năm"
    return ""


def read_cell(words: str, decimal: Decimal | None, code: str | None = None) -> TargetPhrase | None:
    """*words* (a cell, with its sign) read as a target phrase, as *code*'s if given; or None.

    Examples
    --------
    >>> read_cell("9.06", ".").value
    9.06
    """
    if code:
        return phrase_for(words, code, decimal)
    try:
        return parse_target_phrase(words, decimal=decimal)
    except ParseError:
        return None


def _is_ratio(unit: Any) -> bool:
    """Whether *unit* is a share or a ratio ("%", "giường bệnh/vạn dân")."""
    return "/" in str(unit) or str(unit) == "percent"


def _catalogue(label: str, number: str, sign: str, decimal: Decimal | None) -> tuple[str, Any]:
    """The catalogue code and value the row's label and cell read as, or ("", None)."""
    spelled = fold(_UNIT_SIGN.sub(" ", NUMBERING.sub("", label)))
    for pattern, words in _SPELLED:
        spelled = pattern.sub(words, spelled)
    for _, code in rank_indicators(spelled, "", ""):
        indicator = indicators.get(code)
        if sign or "%" in number:
            phrase = read_cell(f"{number}{sign}", decimal, code)
            if phrase is not None:
                return code, phrase.value
            continue
        if _is_ratio(indicator.unit) and not _RATIO_WORDS.search(spelled):
            continue
        cell = read_cell(number, decimal)
        if cell is None:
            continue
        value = registry().Quantity(getattr(cell.value, "magnitude", cell.value), indicator.unit)
        if indicator.accepts(value):
            return code, value
    return "", None


def _own_unit(label: str, number: str, sign: str, decimal: Decimal | None) -> Any:
    """The unit the row's sign or its words read as (no catalogue indicator), or None."""
    if sign or "%" in number:
        phrase = read_cell(f"{number}{sign}", decimal)
        return None if phrase is None else phrase.unit
    words = NUMBERING.sub("", label).split()
    if words and fold(words[0]) == "so":
        words = words[1:]
    return label_unit(words)


def cell_value(
    words: str,
    number: str,
    sign: str,
    decimal: Decimal | None,
    above: tuple[Any, Column],
    phrase: TargetPhrase,
    table: Any = None,
) -> tuple[str, Any]:
    """The catalogue code ("" for none) and the value of a cell read as *phrase*, or ("",
    None) with no unit.

    *table* is the unit the table states for all its figures ("ĐVT: triệu đồng",
    :mod:`.tableunit`): a row that writes no sign of its own takes it, under the catalogue
    indicator its label names if that indicator's unit is of the same kind, else a draft
    one (its label then names a place or an item, not what is counted); a label that
    writes a ratio or a share ("Số bác sĩ/vạn dân", "Tỷ lệ …") keeps its indicator's unit.

    *above* is the unit of the row above (for a part row) and the cell's column: a count
    under a sub-heading naming what it counts is drafted without a unit when it reports,
    never when it aims.

    Examples
    --------
    >>> phrase = read_cell("12", None)
    >>> cell_value("Số bác sĩ/vạn dân", "12", "", None, (None, ("target", 2025, "")), phrase)
    ('doctors_per_10k', <Quantity(12, 'doctor / ten_thousand_people')>)

    Under "ĐVT: triệu đồng", a school's row is a sum of money, not a count of schools:

    >>> money = registry().Unit("million_dong")
    >>> column = (None, ("target", 2023, ""))
    >>> cell = read_cell("700", None)
    >>> cell_value("Trường THCS Tam Quan: Nhà hiệu bộ", "700", "", None, column, cell, money)
    ('', <Quantity(700, 'million_dong')>)

    Under "ĐVT: người", a row of doctors per 10,000 people keeps its ratio:

    >>> people = registry().Unit("person")
    >>> cell_value("Số bác sĩ/vạn dân", "12", "", None, column, read_cell("12", None), people)
    ('doctors_per_10k', <Quantity(12, 'doctor / ten_thousand_people')>)
    """
    unit, (role, _, measure) = above
    if table is not None and not takes_stated(words, table):
        table = None  # "Số trạm y tế có bác sĩ" under "ĐVT: %": a count, not a share
    code, value = ("", None) if measure else _catalogue(words, number, sign, decimal)
    if table is not None and not measure and not sign and "%" not in number:
        same = value is not None and value.dimensionality == table.dimensionality
        if code and (same or (value is not None and _is_ratio(value.units))):
            return code, value  # the label writes its ratio ("Số bác sĩ/vạn dân") or kind
        return "", registry().Quantity(getattr(phrase.value, "magnitude", phrase.value), table)
    if code:
        return code, value
    own = _own_unit(words, number, sign, decimal)
    if own is None and _PART.match(fold(words)):
        own = unit
    if own is None and measure:
        own = measure_unit(measure, phrase, bare=role == "observation")
    if own is None:
        return "", None
    return "", registry().Quantity(getattr(phrase.value, "magnitude", phrase.value), own)
