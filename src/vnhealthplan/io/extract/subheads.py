"""Two rows of headings in a flattened table: each year's column split into sub-columns.

A table of figures by year often heads each year with two or more sub-columns: what is
counted ("Năm 2019" over "Số mắc" and "Tử vong", "Năm 2020" over the same), or the plan and
its result ("Năm 2023" over "KH" and "TH"). Flattened one cell a line, the year headings
come first, then the sub-headings, the same few words again for each year, then the rows.

:func:`sub_headings` finds that second row of headings after the years: a run of short
cells of words (no number, no year) as long as a whole number of times the years, two at
least per year, the same words under most years (a typo in one, "XV" for "TV", is kept).
:func:`sub_column` reads one of them: a cue saying it holds results or aims ("TH", "Thực
hiện", "Ước", "KH", "Kế hoạch", "Mục tiêu") decides the role of its cells; a column that
compares ("So sánh", "TH/KH", "%") is left alone; other words name what the column counts,
a part of the row's indicator (its unit when they read as one: "Số ca mắc" is cases).

Examples
--------
>>> sub_headings(["HIV", "TV", "HIV", "TV", "1", "Huyện A", "12"], 2, numbered=True)
('HIV', 'TV', 'HIV', 'TV')
>>> sub_headings(["HIV", "TV", "Huyện A", "12"], 2, numbered=False)
()
>>> sub_column("Thực hiện"), sub_column("TH/KH"), sub_column("Tử vong")
(('observation', ''), None, ('', 'Tử vong'))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from vnhealthplan.core.fold import fold
from vnhealthplan.core.units import registry
from vnhealthplan.io.extract.flatcells import label_unit
from vnhealthplan.text import TargetPhrase

__all__ = ["Column", "expand_columns", "measure_unit", "sub_column", "sub_headings", "sub_row"]

Span = tuple[int, int]
#: A column of figures: its role, its year, and what a sub-column counts ("" for none).
Column = tuple[str, int, str]

#: The longest sub-heading ("Số người nhiễm HIV mới phát hiện").
_SUB_CHARS: Final = 40
#: The fewest sub-columns under each year.
_FEWEST: Final = 2
#: The most sub-columns under each year.
_MOST: Final = 6
#: The most cells before a row's figures (its number, label and unit), left empty under
#: the labels' headings in the second row of headings of a table of "|" cells.
_LEAD_CELLS: Final = 3
_LEAD_SO: Final = re.compile(r"^\s*số\s+", re.IGNORECASE)
#: A cell of figures: the first row's number or its first figure ends the sub-headings.
_NUMBER: Final = re.compile(r"[<>≤≥]?\s*\d+(?:[.,]\d+)*\s*(?:%0|%|‰)?\s*\**")
#: A row's number in capitals ("II", "A"), which a sub-heading may also read as (a typo, "XV").
_ROW_MARK: Final = re.compile(r"(?:[IVX]+|[A-ZĐ])\.?")
_DIGITS: Final = re.compile(r"\d")
_RESULTS: Final = re.compile(r"thuc hien|\buoc\b|\bth\b|ket qua|dat duoc|implemented|actual")
_AIMS: Final = re.compile(r"muc tieu|ke hoach|\bkh\b|chi tieu|phan dau|\btarget|\bplan")
_COMPARED: Final = re.compile(r"so (?:voi|sanh)|\bss\b|tang ?/? ?giam|%|/|\bty le (?:dat|th)")


def _is_word_cell(words: str) -> bool:
    """A short cell of words: no digit, not empty, not a sentence."""
    words = words.strip()
    return bool(words) and len(words) <= _SUB_CHARS and not _DIGITS.search(words)


def sub_headings(cells: Sequence[str], groups: int, *, numbered: bool) -> tuple[str, ...]:
    """The sub-headings at the start of *cells* (the cells after *groups* year headings).

    Parameters
    ----------
    cells : sequence of str
        The words of the cells that follow the year headings, in order (a few more than
        the sub-headings may be: the run stops at the first number).
    groups : int
        How many year headings there are.
    numbered : bool
        Whether each row starts with its number ("TT"): if not, the last cell of words
        before the first number is the first row's label, not a sub-heading.

    Returns
    -------
    tuple of str
        The sub-headings, stripped, or ``()`` when the cells are not such a row.

    Examples
    --------
    >>> sub_headings(["KH", "TH", "KH", "TH", "Tỷ lệ sinh con thứ 3 (%)", "12"], 2,
    ...              numbered=False)
    ('KH', 'TH', 'KH', 'TH')
    >>> sub_headings(["KH", "TH", "KH", "1", "Số xã", "12"], 2, numbered=True)  # 3 for 2 years
    ()
    >>> sub_headings(["I", "Vốn tỉnh", "3.000"], 1, numbered=True)  # the first row: "I"
    ()
    >>> sub_headings(["KH", "TH", "A", "Vốn tỉnh", "3.000"], 1, numbered=True)  # and "A"
    ('KH', 'TH')
    """
    run: list[str] = []
    for words in cells[: groups * _MOST + 1]:
        if not words.strip() or _NUMBER.fullmatch(words.strip()):
            break
        whole = groups > 0 and len(run) % groups == 0  # none yet, or a full row of them
        if numbered and whole and _ROW_MARK.fullmatch(words.strip()):
            break  # the first row's number, "I", "A" (a sub-heading may read so too: "XV")
        run.append(" ".join(words.split()))
    if not numbered:
        run = run[:-1]
    if groups < 1 or not run or len(run) % groups or len(run) // groups < _FEWEST:
        return ()
    if not all(_is_word_cell(w) for w in run):
        return ()
    width = len(run) // groups
    first = [fold(w) for w in run[:width]]
    same = sum([fold(w) for w in run[g * width : (g + 1) * width]] == first for g in range(groups))
    return tuple(run) if 2 * same > groups else ()


def sub_column(words: str) -> tuple[str, str] | None:
    """What a sub-heading says: ``(role, "")`` for a cue of results or aims, ``("", words)``
    for the name of what it counts, None for a column that compares.

    Examples
    --------
    >>> sub_column("Ước TH"), sub_column("Kế hoạch"), sub_column("So sánh (%)")
    (('observation', ''), ('target', ''), None)
    >>> sub_column("Nữ")
    ('', 'Nữ')
    """
    folded = fold(words)
    if _COMPARED.search(folded):
        return None
    if _RESULTS.search(folded):
        return "observation", ""
    if _AIMS.search(folded):
        return "target", ""
    return "", " ".join(words.split())


def measure_unit(measure: str, phrase: TargetPhrase, *, bare: bool = True) -> Any:
    """The unit of a cell under a sub-heading that names what it counts: the unit its words
    read as ("Số ca mắc": cases), else, when *bare* counts are allowed, none for a whole
    number (a count whose unit the table does not write), else None.

    Examples
    --------
    >>> from vnhealthplan.text import parse_target_phrase
    >>> str(measure_unit("Số ca mắc", parse_target_phrase("12")))
    'case'
    >>> str(measure_unit("HIV", parse_target_phrase("118")))
    'dimensionless'
    >>> measure_unit("HIV", parse_target_phrase("1,5")) is None
    True
    >>> measure_unit("HIV", parse_target_phrase("118"), bare=False) is None
    True
    """
    words = _LEAD_SO.sub("", measure).split()
    unit = label_unit(words)
    if unit is not None:
        return unit
    whole = float(getattr(phrase.value, "magnitude", phrase.value)).is_integer()
    if bare and phrase.unit is None and whole:
        return registry().Unit("dimensionless")
    return None


def sub_row(
    text: str, items: Sequence[Span], at: int, groups: int, *, numbered: bool
) -> tuple[tuple[str, ...], int]:
    """The sub-headings from item *at* (:func:`sub_headings`) and the item after them (*at*
    when there are none); the empty cells a row of "|" cells has under the labels'
    headings come first.

    Examples
    --------
    >>> text = "Nam\\nNữ\\nNam\\nNữ\\n1\\nXã A"
    >>> items = [(0, 3), (4, 6), (7, 10), (11, 13), (14, 15), (16, 20)]
    >>> sub_row(text, items, 0, 2, numbered=True)
    (('Nam', 'Nữ', 'Nam', 'Nữ'), 4)
    """
    blank = at
    while blank < min(len(items), at + _LEAD_CELLS) and not text[slice(*items[blank])].strip():
        blank += 1
    words = [text[slice(*span)] for span in items[blank : blank + 8 * groups]]
    subs = sub_headings(words, groups, numbered=numbered)
    return subs, (blank + len(subs) if subs else at)


def expand_columns(
    columns: Sequence[tuple[str, int] | None], subs: Sequence[str]
) -> list[Column | None]:
    """The columns of figures: each year's (role, year), or each of its sub-columns.

    Examples
    --------
    >>> expand_columns([("observation", 2022), ("target", 2025)], ())
    [('observation', 2022, ''), ('target', 2025, '')]
    >>> expand_columns([("observation", 2023)], ["KH", "TH", "Tỷ lệ %"])
    [('target', 2023, ''), ('observation', 2023, ''), None]
    """
    if not subs:
        return [(*c, "") if c else None for c in columns]
    width = len(subs) // len(columns)
    grid: list[Column | None] = []
    for at, words in enumerate(subs):
        column, sub = columns[at // width], sub_column(words)
        if column is None or sub is None:
            grid.append(None)
        else:
            grid.append((sub[0] or column[0], column[1], sub[1]))
    return grid
