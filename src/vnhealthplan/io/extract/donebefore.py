"""A sentence that reports what was done: "đã" before its verb governs the counts it lists.

Reports and the background of plans list what was done in one sentence, the past marker
"đã" written once before the first verb: "Về mạng lưới y tế cơ sở đã phát triển 103 phòng
khám bác sĩ gia đình, đầu tư xây mới 29 trạm y tế, sửa chữa nâng cấp 35 trạm y tế";
"trong năm 2017, Sở Y tế đã vận hành 70 dịch vụ công …, thành phố triển khai 16 dịch vụ
công"; "TP đã phát hiện gần 61.250 người nhiễm HIV, 11.659 người tử vong". Every figure of
such a sentence, the first and those that follow it, is a status figure. :func:`done_before`
finds the marker for a value when

* "đã" (or "đã và đang") stands before the value in its sentence (back to the last sentence
  or item end, :data:`.stops.ITEM_END`, at most 300 characters), with only commas and "và"
  between clauses (no ":", "(", line end) and at most 160 characters from "đã" to the
  value;
* nothing in the sentence aims: no "phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "định
  hướng", "sẽ", "dự kiến", "cần", "phải", "nhằm", "tiếp tục", "để" before the value, and no
  year after the plan's;
* "đã" is not inside a noun's description, the value's own object: "nhân rộng mô hình đã
  triển khai ra 20 xã" opens with a task verb, and "các xã đã đạt chuẩn" after a measure
  word ("100% các xã đã …") is :mod:`.status`'s "đã" after the value. A sentence that opens
  with a task verb ("Nhân rộng", "Mở rộng", "Duy trì", "Triển khai", "Tăng cường" …, the
  plan's imperatives) is left as it is.

:func:`~vnhealthplan.io.extract.status.read_role` asks only where the value's own words
carry neither a status nor a target cue. Read once per value within 300 characters: linear.

Examples
--------
>>> text = "Về y tế cơ sở đã phát triển 103 phòng khám, đầu tư xây mới 29 trạm y tế."
>>> from vnhealthplan.io.extract.segment import layout
>>> done_before(text, layout(text)[0], text.index("29"), 2018)
"'đã phát triển' earlier in its sentence: what was done, a status figure"
>>> text = "Phấn đấu đến năm 2025 đã có 100% trạm y tế, 95% xã đạt chuẩn."
>>> done_before(text, layout(text)[0], text.index("95%"), 2021)
''
"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.segment import Line, year_marks
from vnhealthplan.io.extract.stops import ITEM_END, last_match

__all__ = ["done_before"]

Span = tuple[int, int]

#: How far back the start of the value's sentence is looked for.
_OPENING_CHARS: Final = 300
#: How far "đã" may stand before the value.
_REACH: Final = 160
#: "đã" (or "đã và đang") and the verb after it, as written.
_DONE: Final = re.compile(r"(?<!\w)đã(?: và đang)?\s+(?!được\b)[^\W\d]+(?:\s+[^\W\d]+)?", re.I)
#: A place, then "(hiện) có", right before the value: what the place has now (folded).
_PLACE_HAS: Final = re.compile(
    r"\b(?:toan (?:tinh|thanh pho|huyen|nganh|quoc)|ca nuoc|tren dia ban(?: (?:tinh|thanh pho"
    r"|huyen|thi xa|quan|xa))?)(?: hien)? co\b"
)
#: Words of a sentence that aims, plans or asks (folded).
_AIMS: Final = re.compile(
    r"\b(?:phan dau|muc tieu|chi tieu|ke hoach|dinh huong|se|du kien|can|phai|nham|tiep tuc"
    r"|de|giao|yeu cau)\b"
)
#: A sentence opening with a task verb: the plan's imperative, not a report (folded).
_TASK_OPENING: Final = re.compile(
    r"^\W*(?:[a-z0-9]{1,3}[.)]\s*)?(?:nhan rong|mo rong|duy tri|trien khai|tang cuong|cung co"
    r"|nang cao|day manh|xay dung|thuc hien|to chuc|phat huy|hoan thien|bao dam|dam bao"
    r"|kien toan|ho tro|uu tien|tap trung)\b"
)
#: A year to reach: "đến (hết) năm 2025", "vào năm 2030", "tới năm", "trước năm" (folded).
_YEAR_TO_REACH: Final = re.compile(
    r"(?<!tinh )\b(?:den|vao|toi|truoc)(?: cuoi| het)? nam (\d{4})\b"
)
#: What breaks a list of clauses between "đã" and the value.
_BREAK: Final = re.compile(r"[:()\n]")


def done_before(text: str, line: Line, start: int, doc_year: int | None) -> str:
    """The reason a report's sentence gives the value at *start* as a status figure, or "".

    Parameters
    ----------
    text : str
    line : Line
        The value's line: a value in a section that sets targets is left alone.
    start : int
        Where the value starts.
    doc_year : int, optional
        The plan's year: a year after it in the sentence makes it aim.

    Returns
    -------
    str

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "Năm 2020, TP đã phát hiện 61.250 người nhiễm HIV, 11.659 người tử vong."
    >>> done_before(text, layout(text)[0], text.index("11.659"), 2021)[:19]
    "'đã phát hiện' earl"
    >>> text = "Trên địa bàn thành phố có 6861 cơ sở hành nghề dược và 3497 cơ sở hành nghề y."
    >>> done_before(text, layout(text)[0], text.index("3497"), 2018)
    "'Trên địa bàn thành phố có' earlier in its sentence: what the place has, a status figure"
    >>> text = "Nhân rộng mô hình đã triển khai ra 20 xã."
    >>> done_before(text, layout(text)[0], text.index("20"), 2021)
    ''
    """
    if line.in_targets:
        return ""
    begin = max(line.span[0], start - _OPENING_CHARS)
    end = last_match(ITEM_END, text, begin, start)
    low = end.end() if end else begin
    opening = text[low:start]
    folded = fold(opening)
    if _AIMS.search(folded) or _TASK_OPENING.search(folded):
        return ""
    if _aims_later(text, low, start, doc_year):
        return ""
    return _done(opening) or _place_has(text, line, low, opening)


def _done(opening: str) -> str:
    """The reason for an "đã" and its verb that reaches the value at the end of *opening*."""
    done = last_match(_DONE, opening)
    if done is None or not _near(opening, done.start()):
        return ""
    words = " ".join(done.group().split())
    return reason("'{words}' earlier in its sentence: what was done, a status figure", words=words)


def _place_has(text: str, line: Line, low: int, opening: str) -> str:
    """The reason for a place's "(hiện) có" that reaches the value at the end of *opening*
    (the sentence from *low*), unless the paragraph before it aims."""
    place = last_match(_PLACE_HAS, _plain(opening))
    if place is None or not _near(opening, place.start()) or _aimed_before(text, line, low):
        return ""
    words = " ".join(opening[place.start() : place.end()].split()).rstrip(" ,")
    return reason(
        "'{words}' earlier in its sentence: what the place has, a status figure", words=words
    )


def _aimed_before(text: str, line: Line, low: int) -> bool:
    """Whether the paragraph before the sentence at *low* (at most 300 characters back) aims
    ("Đến năm 2025 đạt 10 bác sĩ/vạn dân. Toàn tỉnh có 173 trạm y tế xã.": the inventory may
    be the aim's too): a place's "có" is then left as it was."""
    before = fold(text[max(line.span[0], low - _OPENING_CHARS) : low])
    return bool(_AIMS.search(before) or _YEAR_TO_REACH.search(before))


def _aims_later(text: str, low: int, start: int, doc_year: int | None) -> bool:
    """Whether the sentence from *low* (to its end past *start*) names a year after the
    plan's, or a year to reach ("đến năm 2025", "vào năm 2030") not before the plan's (any,
    the plan's year unknown); "tính đến năm 2023" is a date, not a year to reach."""
    limit = min(len(text), start + _OPENING_CHARS)  # bounded: linear in the text's length
    end = ITEM_END.search(text, start, limit)
    sentence = text[low : end.start() if end else limit]
    reach = [int(m.group(1)) for m in _YEAR_TO_REACH.finditer(fold(sentence))]
    if doc_year is None:
        return bool(reach)
    if any(year >= doc_year for year in reach):  # "Đến năm 2025, cả nước có" in a 2025 plan
        return True
    return any(m.period.last_year > doc_year for m in year_marks(sentence))


def _plain(words: str) -> str:
    """*words* folded letter by letter (lower case, no marks, "đ" as "d"): the same length."""
    return "".join(_letter(c) for c in words)


def _letter(char: str) -> str:
    folded = fold(char) if char.isalpha() else ""
    return folded if len(folded) == 1 else " "


def _near(opening: str, at: int) -> bool:
    """Whether the cue at *at* reaches the value at the end of *opening*: within the reach
    and no ":", bracket or line end between."""
    return len(opening) - at <= _REACH and _BREAK.search(opening, at) is None
