"""The unit a table states once for all its figures: "ĐVT: triệu đồng" above it, or in its
column headings.

A table of money or of counts often writes its unit once, not in each row: a line between
its title and its first row ("ĐVT: triệu đồng", "Đơn vị tính: người", "(Đơn vị: %)"), or the
headings of its columns of figures ("Kế hoạch vốn năm 2024 (triệu đồng)", "Năm 2025
(ĐVT: giường)"). That unit is the unit of every figure of the table whose row writes none of
its own: a row's label then names the place or the item the figure is for ("HUYỆN PHÙ MỸ",
"Trường THCS Tam Quan: Nhà hiệu bộ", "Xây dựng mới Trạm y tế xã …"), not what is counted,
so the words of the label are not read as a unit ("Trường …" is not a count of schools).
A unit written in the row (a "%" in its label or its cell, a unit column) still wins.

:func:`stated_unit` reads the unit such words state; :func:`table_unit` finds it for a
table, in the lines of its caption (after the last sentence that ends before the table,
and below the rows of any table before it: a "ĐVT" of another table further up is not
its) or, failing that, in its headings, when they all write the same unit in brackets.
The readers of tables laid out as text
(:mod:`.cellrows`: cells between "|" marks, one a line, one a paragraph) and of tables
flattened between "|" lines (:mod:`.piped`) take it.

Examples
--------
>>> str(stated_unit("ĐVT: triệu đồng")), str(stated_unit("(Đơn vị tính: người)"))
('million_dong', 'person')
>>> text = "PHỤ LỤC 02\\nDANH MỤC DỰ ÁN\\nĐVT: triệu đồng\\n| STT | Danh mục | Năm 2023 |"
>>> str(table_unit(text, text.index("| STT")))
'million_dong'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.counts import is_place_count
from vnhealthplan.io.extract.headcues import holds_no_figure
from vnhealthplan.io.extract.reasons import Reason, reason
from vnhealthplan.text import ParseError, format_unit, parse_unit

__all__ = ["stated_reason", "stated_unit", "table_unit", "takes_stated"]

#: "ĐVT: X", "ĐVT X", "Đơn vị tính: X", "Đơn vị: X" (a colon after the words), X up to the
#: end of its line or bracket.
_STATED: Final = re.compile(
    r"(?<![^\W\d_])(?:đ\.?\s?v\.?\s?t\s*[:.]?|đơn\s+vị(?:\s+tính)?\s*:)\s*([^\n():;|]{1,30})",
    re.IGNORECASE,
)
#: A unit in brackets at the end of a heading ("Năm 2025 (triệu đồng)").
_BRACKETED: Final = re.compile(r"\(\s*([^()\n\d]{1,30}?)\s*\)\s*$")
#: Words of a heading that compares two figures ("So với cùng kỳ 2023 (%)", "2024/2023").
_COMPARES: Final = re.compile(r"\bso (?:voi|sanh)\b|\bss\b|tang\s*/?\s*giam|\d/(?:19|20)\d\d")
#: A row's label that counts (folded, after its numbering): "Số trạm y tế …", "Số lượng …".
_COUNTS: Final = re.compile(
    r"(?:(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[.)]\s*|\d+\s+|[-+]\s*)?"  # its numbering
    r"(?:tong )?so(?: luong)? (?!(?:so )?(?:voi|sanh)\b)"  # not "số so với": a comparison
)
#: Words of a label that make its figure a share ("Số xã đạt chuẩn (%)", "tỷ lệ").
_SHARE_WORDS: Final = re.compile(r"\b(?:ty|ti) (?:le|suat)\b|%|‰|\bphan tram\b")
#: The units that state a share, not what is counted (as a unit, or as a table row writes it).
_SHARES: Final = ("percent", "permille", "%", "‰")
#: Words after "Đơn vị:" that name the reporting unit (a facility, a station, a commune,
#: a village), not the measure: "Đơn vị: Bệnh viện" heads the rows of one hospital.
_REPORTING: Final = ("facility", "station", "commune", "village")
#: How far before a table its caption is read.
_CAPTION_CHARS: Final = 240
#: A sentence ending before the caption: what stands before it is not the table's.
_SENTENCE_END: Final = re.compile(r"[.!?;][ \t]*\n|\.[ \t]+(?=\S)")


def _unit(words: str) -> Any:
    """The unit *words* read as (as written, not folded), or None."""
    words = words.strip(" \t.:-–")
    if not words or len(words.split()) > 4:
        return None
    try:
        unit = parse_unit(words)
    except ParseError:
        return None
    return None if is_place_count(unit) else unit  # a column "Huyện" names each row's place


def stated_unit(words: str) -> Any:
    """The unit *words* state with "ĐVT", "Đơn vị tính" or "Đơn vị", or None.

    Examples
    --------
    >>> str(stated_unit("Đơn vị: %")), str(stated_unit("ĐVT : tỷ đồng."))
    ('percent', 'billion_dong')
    >>> stated_unit("đơn vị chủ trì: Sở Y tế") is None, stated_unit("Các đơn vị trạm y tế") is None
    (True, True)

    "Đơn vị: Bệnh viện" names the unit that reports (a hospital), not a unit of measure;
    "ĐVT" and "Đơn vị tính" always state the measure:

    >>> stated_unit("Đơn vị: Bệnh viện") is None, str(stated_unit("ĐVT: xã"))
    (True, 'commune')
    """
    for m in _STATED.finditer(unicodedata.normalize("NFC", words)):
        unit = _unit(m.group(1))
        if unit is None:
            continue
        reporting = str(unit) in _REPORTING
        if reporting and fold(m.group()).startswith("don vi") and "tinh" not in fold(m.group()):
            continue  # "Đơn vị: Trạm y tế", "Đơn vị: xã": who reports, not what is measured
        return unit
    return None


def takes_stated(label: str, unit: Any) -> bool:
    """Whether the row *label* takes the *unit* its table states: not a share ("ĐVT: %")
    over a row whose label counts ("Số trạm y tế có bác sĩ": a number of stations, not a
    share; "Số bác sĩ/vạn dân": a ratio its words write), unless the label writes a share
    ("Số xã đạt chuẩn (%)").

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> share = registry().Unit("percent")
    >>> takes_stated("Số trạm y tế có bác sĩ", share), takes_stated("Tỷ lệ xã đạt chuẩn", share)
    (False, True)
    >>> takes_stated("Số trạm y tế có bác sĩ", registry().Unit("station"))
    True
    """
    if str(unit) not in _SHARES:
        return True
    folded = fold(label).strip()
    return not _COUNTS.match(folded) or bool(_SHARE_WORDS.search(folded))


def _caption(text: str, start: int) -> str:
    """The lines just before *start*, back to the end of the last sentence before them."""
    before = text[max(0, start - _CAPTION_CHARS) : start]
    ends = list(_SENTENCE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before


def table_unit(text: str, start: int, headings: Sequence[str] = ()) -> Any:
    """The unit the table starting at *start* states for all its figures, or None: in its
    caption's lines ("ĐVT: triệu đồng"), else the one unit all *headings* that write one in
    brackets write ("Năm 2024 (triệu đồng)").

    Examples
    --------
    >>> text = "Bảng 2. Kinh phí theo năm\\nChỉ tiêu\\tNăm 2024 (triệu đồng)\\tNăm 2025"
    >>> str(table_unit(text, text.index("Chỉ tiêu"), ["Năm 2024 (triệu đồng)", "Năm 2025"]))
    'million_dong'
    >>> table_unit(text, text.index("Chỉ tiêu"), ["Năm 2024 (%)", "Năm 2025 (người)"]) is None
    True
    >>> table_unit(text, text.index("Chỉ tiêu"), ["Thực hiện 2024", "So với cùng kỳ (%)"]) is None
    True

    A "ĐVT" above a sentence that ends is another table's:

    >>> text = "ĐVT: người\\nBảng trên cho thấy dân số tăng.\\nChỉ tiêu | 2024"
    >>> table_unit(text, text.index("Chỉ tiêu")) is None
    True

    So is a "ĐVT" above another table's rows (no full stop between the two tables):

    >>> text = "ĐVT: triệu đồng\\n| Vốn | 1.500 |\\nPHỤ LỤC 2\\n| Huyện | 320 |"
    >>> table_unit(text, text.rindex("| Huyện")) is None
    True
    """
    own_rows = True  # the table's own heading rows, just above *start*
    for line in reversed(_caption(text, start).splitlines()):
        unit = stated_unit(line)
        if unit is not None:
            return unit
        is_row = "|" in line or "\t" in line
        if is_row and not own_rows:
            break  # another table's row: a "ĐVT" above it is that table's
        own_rows = own_rows and is_row
    units: dict[str, Any] = {}
    for heading in headings:
        if holds_no_figure(heading) or _COMPARES.search(fold(heading)):
            continue  # "So với cùng kỳ 2023 (%)": a comparison's sign, not the figures'
        written = stated_unit(heading)
        if written is None and (m := _BRACKETED.search(heading)):
            written = _unit(m.group(1))
        if written is not None:
            units[str(written)] = written
    return next(iter(units.values())) if len(units) == 1 else None


def stated_reason(unit: Any) -> Reason:
    """The reason a figure takes the unit its table states.

    Examples
    --------
    >>> from vnhealthplan.core.units import registry
    >>> print(stated_reason(registry().Unit("million_dong")))
    the unit the table states for its figures (ĐVT): triệu đồng
    """
    return reason("the unit the table states for its figures (ĐVT): {unit}", unit=format_unit(unit))
