"""Column headings that say results or aims without a year: the year of their table.

A report's table of figures often heads its columns with what they hold and no year:
"Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ (%)", under a caption that gives the year
("Kết quả thực hiện các chỉ tiêu năm 2023"), or beside a column that does ("Kế hoạch
2024 | Ước TH | So với KH"). :func:`cue_role` reads such a heading: one of results
("Thực hiện", "TH", "Ước TH", "Kết quả", "Ước cả năm") holds status figures, one of aims
("Kế hoạch", "KH", "Mục tiêu", "Chỉ tiêu giao") targets; the labels' own heading ("Chỉ
tiêu", "Nội dung") is neither. A column comparing the two ("Tỷ lệ (%)", "% so KH",
"TH/KH", "So sánh cùng kỳ") or of notes ("Ghi chú") holds no figure of its own
(:func:`holds_no_figure`).
:func:`dated` gives each such heading the year of the nearest heading beside it that
writes one, else the caption's (:func:`caption_year`), else the document's.

Examples
--------
>>> cue_role("Kế hoạch"), cue_role("Ước TH cả năm"), cue_role("Chỉ tiêu")
('target', 'observation', None)
>>> dated([("target", 0), ("observation", 0), None], 2023)
[('target', 2023), ('observation', 2023), None]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vnhealthplan.core.fold import fold

__all__ = [
    "caption_year",
    "cue_role",
    "dated",
    "holds_no_figure",
    "is_comparison",
    "is_notes",
    "lead_columns",
]

_WHEN: Final = r"(?:\s+(?:nam|ca nam|\d+ thang(?: dau nam)?|giao|duoc giao))?"
_RESULT_HEAD: Final = re.compile(
    r"(?:uoc\s+)?(?:thuc hien(?: duoc)?|th|ket qua(?: thuc hien| dat duoc)?)|uoc(?: tinh)?"
    r"|implemented|actual"
    r"|estimated?|results?"
)
_AIM_HEAD: Final = re.compile(
    r"ke hoach|kh|muc tieu|chi tieu (?:ke hoach|giao)|du toan|plan|target"
)
_CUE_HEAD: Final = re.compile(
    rf"\s*(?:(?P<results>{_RESULT_HEAD.pattern})|(?P<aims>{_AIM_HEAD.pattern})){_WHEN}\s*[.:]?\s*"
)
#: A comparing heading (folded): "Tỷ lệ (%)", "Tỷ lệ % so với KH", "So với cùng kỳ", "% KH",
#: "TH/KH", "Tăng/giảm", "Đạt (%)"; "Tỷ lệ" followed by other words is a row's label.
_COMPARISON: Final = re.compile(
    r"\s*(?:ty le\s*(?:\(\s*%\s*\)|%)?(?:\s*(?:so voi|so sanh|so|dat|hoan thanh)\b[^\d]{0,24})?"
    r"|(?:so voi|so sanh|ss|%|tang\s*/?\s*giam)(?:\W[^\d]{0,24})?"
    r"|dat\s*\(?\s*%\s*\)?|\(\s*%\s*\)|th\s*/\s*kh(?:\s*\(?%\)?)?)\s*"
)
#: A column of notes ("Ghi chú"): its cells, when filled, are words.
_NOTES: Final = re.compile(r"\s*(?:ghi chu|note|notes|remarks?)\s*")
#: Headings of the columns before the figures' (folded): the row's number, its unit.
_NUMBER_HEAD: Final = re.compile(r"s? ?tt|so tt|so thu tu|no\.?")
_UNIT_HEAD: Final = re.compile(r"d ?vt|don vi tinh|don vi|unit")
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
#: How far before a table its caption's year is looked for.
_CAPTION_CHARS: Final = 200


def cue_role(words: str) -> str | None:
    """The role of a column whose heading says only what it holds: "observation" for
    results, "target" for aims, else None.

    Examples
    --------
    >>> [cue_role(w) for w in ("Thực hiện", "KH năm", "Ước thực hiện", "Nội dung", "Ghi chú")]
    ['observation', 'target', 'observation', None, None]
    >>> cue_role("Thực hiện / Implemented"), cue_role("TH/KH")
    ('observation', None)
    """
    roles = set()
    for part in re.split(r"[/\n]", fold(words)):  # "Mục tiêu / Target": in two languages
        m = _CUE_HEAD.fullmatch(part)
        if m is None:
            return None
        roles.add("observation" if m.group("results") else "target")
    return roles.pop() if len(roles) == 1 else None  # "TH/KH": a comparison


def is_comparison(words: str) -> bool:
    """Whether a heading names a column comparing figures ("Tỷ lệ (%)", "% so KH").

    Examples
    --------
    >>> is_comparison("Tỷ lệ % so với KH"), is_comparison("TH/KH"), is_comparison("Ghi chú")
    (True, True, False)
    """
    return _COMPARISON.fullmatch(fold(words)) is not None


def holds_no_figure(words: str) -> bool:
    """Whether a heading names a column that holds no figure of the row's own: one that
    compares (:func:`is_comparison`) or one of notes ("Ghi chú").

    Examples
    --------
    >>> holds_no_figure("Ghi chú"), holds_no_figure("So với KH"), holds_no_figure("Nội dung")
    (True, True, False)
    """
    return is_comparison(words) or is_notes(words)


def is_notes(words: str) -> bool:
    """Whether a heading names a column of notes, whose cells may hold words.

    Examples
    --------
    >>> is_notes("Ghi chú"), is_notes("Ghi chú: số liệu ước")
    (True, False)
    """
    return _NOTES.fullmatch(fold(words)) is not None


def caption_year(text: str, start: int) -> int | None:
    """The last year written in the sentence just before *start* (a table's caption).

    Examples
    --------
    >>> text = "Căn cứ Quyết định năm 2021. Kết quả các chỉ tiêu năm 2023 như sau:\\nChỉ tiêu"
    >>> caption_year(text, text.index("Chỉ tiêu"))
    2023
    >>> caption_year("Bảng 1\\nChỉ tiêu", 7) is None
    True
    """
    before = text[max(0, start - _CAPTION_CHARS) : start]
    cut = max(before.rfind(". "), before.rfind(".\n"))
    years = _YEAR.findall(before[cut + 1 :])
    return int(years[-1]) if years else None


def dated(
    columns: Sequence[tuple[str, int] | None], year: int | None
) -> list[tuple[str, int] | None]:
    """*columns* with each year 0 (a heading without one) set to that of the nearest
    heading before it that writes one, else after it, else *year*; None without any.

    Examples
    --------
    >>> dated([("target", 2024), ("observation", 0), None], 2023)
    [('target', 2024), ('observation', 2024), None]
    >>> dated([("observation", 0), ("target", 2025)], None)
    [('observation', 2025), ('target', 2025)]
    >>> dated([("observation", 0)], None)
    [None]
    """
    years = [c[1] if c and c[1] else 0 for c in columns]
    found: list[tuple[str, int] | None] = []
    for at, column in enumerate(columns):
        if column is None or column[1]:
            found.append(column)
            continue
        before = [y for y in years[:at] if y]
        after = [y for y in years[at + 1 :] if y]
        near = before[-1] if before else after[0] if after else year
        found.append((column[0], near) if near else None)
    return found


def lead_columns(names: Sequence[str]) -> tuple[bool, bool]:
    """Whether the rows start with a number column ("TT") and give a unit column ("ĐVT"),
    as the headings just before the first heading of figures (*names*, three at most) say:
    "TT" before the labels' heading, whatever that says ("Huyện/Năm", "Chỉ tiêu").

    Examples
    --------
    >>> lead_columns(["STT", "Chỉ tiêu", "ĐVT"]), lead_columns(["TT", "Huyện/Năm"])
    ((True, True), (True, False))
    >>> lead_columns(["Bảng 2", "Chỉ tiêu"]), lead_columns(["ĐVT: triệu đồng", "STT", "Đơn vị"])
    ((False, False), (True, False))
    """
    folded = [fold(n).strip(" .:") for n in names[-3:]]
    unit = bool(folded) and _UNIT_HEAD.fullmatch(folded[-1]) is not None
    if unit and len(folded) >= 2 and _NUMBER_HEAD.fullmatch(folded[-2]):
        unit = False  # "STT | Đơn vị | Năm 2024": the agencies' heading, no unit's
    before = folded[:-1] if unit else folded
    number = (
        len(before) >= 2
        and re.search(r"[^\W\d_]", before[-1]) is not None
        and _NUMBER_HEAD.fullmatch(before[-2]) is not None
    )
    return number, unit
