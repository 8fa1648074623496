"""Bare figures of an indicator whose name carries its unit.

Some indicators are named with their unit, and reports then write the figure bare: "Số
giường bệnh trên vạn dân đạt 42,05", "số lượng bác sĩ trên mỗi 10.000 dân đạt mốc là 10",
"tổng tỷ suất sinh dưới 2,1 con", "nâng mức sinh … lên 1,4 vào năm 2025 và 1,6 vào năm
2030", "bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có 2,1 con" (not "có trên 2,2 con": a
group's threshold), "tuổi thọ trung bình đạt 74,6", "tỷ số giới tính khi sinh là 112". The
figures set beside it in the same sentence are bare too: "(chỉ tiêu giao đạt 42, cả nước
đạt 32)". :func:`named_figures`
finds such figures in a sentence: a number after the name, stated by a verb or a
comparator ("đạt", "là", "dưới", "còn" …), with nothing after it but the indicator's own
unit word ("con") or the end of its item; each is read in the indicator's unit. Which
indicator the figure is stays the choice of :mod:`.lexicon`: a figure of another place
("cả nước đạt 32") is given a draft indicator in that unit.

Examples
--------
>>> text = "Số giường bệnh trên vạn dân đạt 42,05 (chỉ tiêu giao đạt 42, toàn quốc đạt 32)."
>>> [(words, str(phrase.value)) for _, _, phrase, words in named_figures(text, 0, len(text))]
[('đạt 42,05', '42.05 bed / ten_thousand_people'), ('đạt 42', '42 bed / ten_thousand_people'), \
('đạt 32', '32 bed / ten_thousand_people')]
>>> named_figures("Có 17/20 chỉ tiêu đạt và vượt kế hoạch.", 0, 39)
[]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.text import ParseError, TargetPhrase, parse_target_phrase

__all__ = ["named_figures"]

_PER_POP = r"\s*(?:tren|/|cho)\s*(?:(?:1|mot|moi)\s+)?(?:van dan|10[.,]?000 dan|muoi nghin dan)\b"
#: Deaths named, then "trên" (or "mỗi") before the base: "tử vong trẻ em dưới 5 tuổi trên".
_DEATHS = r"\btu vong\b[^.;:]{0,40}?[\s(](?:tren|moi)"
#: A rate's base of live births: "(tử vong trẻ em) trên 1.000 trẻ đẻ sống"; the rate named
#: by the words (imr, u5mr, mmr) is the choice of the lexicon, the code here gives the unit.
_PER_BIRTHS = r"\s+(?:moi\s+)?{scale}[.,]?000 tre(?: em)? (?:de|sinh)(?: ra)? song\b"
#: "(bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có 2,1 con)": births per woman.
_PER_WOMAN = r"\bmoi phu nu(?: trong do tuoi sinh de)?\s+co\b"
#: "mức sinh" (fertility): a loose name, not one that reads a group's threshold.
_FERTILITY = r"\bmuc sinh\b"
#: Names that carry their unit (folded words) → the catalogue code whose unit they carry.
_NAMES: Final = tuple(
    (re.compile(pattern), code)
    for pattern, code in (
        (rf"\bgiuong(?: benh)?(?: vien)?(?: ke hoach| thuc ke)?{_PER_POP}", "beds_per_10k"),
        (rf"\bbac s[iy]{_PER_POP}", "doctors_per_10k"),
        (rf"\bduoc s[iy](?: dai hoc)?{_PER_POP}", "pharmacists_per_10k"),
        (rf"\bdieu duong(?: vien)?{_PER_POP}", "nurses_per_10k"),
        (r"\btong (?:ty|ti) suat sinh\b", "tfr"),
        (_FERTILITY, "tfr"),  # "nâng mức sinh … lên 1,4 vào năm 2025"
        (_PER_WOMAN, "tfr"),
        (r"\btuoi tho (?:trung binh|binh quan)\b", "life_expectancy"),
        (r"\b(?:ty|ti) so gioi tinh\b", "srb"),
        (_DEATHS + _PER_BIRTHS.format(scale="1"), "imr"),
        (_DEATHS + _PER_BIRTHS.format(scale="100"), "mmr"),
    )
)
#: A name whose figure follows at once, or after "từ" ("có từ 2 - 2,2 con"): with a
#: comparator ("có trên 2,2 con") the words define a group, not its level. Weak names read
#: no group's threshold.
_PLAIN: Final = re.compile(rf".*?({_PER_WOMAN})$")
_WEAK: Final = re.compile(rf"(?:{_PER_WOMAN}|{_FERTILITY})$")
#: A verb or comparator right before a bare figure, or the place or quota it is set beside
#: ("cả nước 12,5", "kế hoạch 38") (folded words).
_STATED: Final = re.compile(
    r"(?:\b(?:dat|la|co|con|duoi|tren|khoang|gan|hon|muc|xuong|len|giao|chi|toi thieu|tu|tang|giam"
    r"|ca nuoc|toan quoc|chung|ke hoach|chi tieu|va)|:)\s*$"
)
_NUMBER: Final = re.compile(r"(?<![\d.,/])\d+(?:[.,]\d+)?(?![\d/]|[.,]\d)")
#: What may follow a bare figure: the end of its item, a bracket (as written), "và", "so
#: với", "vào năm", "năm" (folded words).
_ENDS: Final = re.compile(r"\s*(?:$|[,;.)(\]…]|[-–]\s)")
_ENDS_WORDS: Final = re.compile(r"\s*(?:va|so voi|vao|nam)\b")
#: A unit word the indicator itself reads ("2,1 con"), checked by parsing with it.
_WORD: Final = re.compile(r"\s*[^\W\d_]+")


def named_figures(
    text: str, start: int, end: int, taken: tuple[tuple[int, int], ...] = ()
) -> list[tuple[tuple[int, int], tuple[int, int], TargetPhrase, str]]:
    """The bare figures of a unit-carrying indicator name in ``text[start:end]`` (a
    sentence): ``(span, number_span, phrase, words)`` each, *taken* spans left out.

    Examples
    --------
    >>> text = "Năm 2020 tổng tỷ suất sinh dưới 2,1 con."
    >>> [(span, words) for span, _, _, words in named_figures(text, 0, len(text))]
    [((27, 39), 'dưới 2,1 con')]
    >>> named_figures("Tổng tỷ suất sinh của 5 huyện miền núi còn cao.", 0, 47)
    []
    """
    part = text[start:end]
    folded = _fold_chars(part)
    named = sorted((m.end(), code) for p, code in _NAMES for m in p.finditer(folded))
    if not named:
        return []
    found = []
    ats = [at for at, _ in named]
    spans = sorted(taken)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end so far
    for m in _NUMBER.finditer(part, named[0][0]):
        begin, stop = start + m.start(), start + m.end()
        last = bisect_right(starts, begin) - 1  # in a taken span: one starts before, ends after
        if (last >= 0 and reach[last] > begin) or re.fullmatch(r"(?:19|20)\d\d", m.group()):
            continue
        code = _name_of(folded, named[: bisect_right(ats, m.start())], m.start())
        if code is None:
            continue
        verb = _STATED.search(folded, max(0, m.start() - 12), m.start())
        if verb is None:
            continue
        read = _read(text, start + verb.start(), stop, end, code)
        if read is not None:
            found.append((read[0], (begin, stop), read[1], text[read[0][0] : read[0][1]]))
    return found


def _name_of(folded: str, names: list[tuple[int, str]], number: int) -> str | None:
    """The code of the last of *names* (``(end, code)`` in order) that reads the number at
    *number* in *folded*; None when none does."""
    at, code = names[-1]
    if code != "tfr" or not _PLAIN.match(folded, max(0, at - 40), at):
        return code
    if re.fullmatch(r"\s*(?:tu\s+)?", folded[at:number]):  # "có 2,1 con", "có từ 2 - 2,2 con"
        return code
    # "mỗi phụ nữ có trên 2,2 con": a group's threshold, read only by a full name before it
    # ("tăng 10% tổng tỷ suất sinh ở các tỉnh có mức sinh thấp (… có dưới 2 con)")
    full = [c for a, c in names[:-1] if not _WEAK.search(folded, max(0, a - 40), a)]
    return full[-1] if full else None


def _fold_chars(words: str) -> str:
    """*words* folded one character for one (no diacritics, lower case, "đ" is "d"), so
    that positions in it are positions in *words*."""
    return "".join(
        base[:1] if len(base := fold(ch)) == 1 and ch.isalpha() else ch.lower() for ch in words
    )


def _read(
    text: str, head: int, stop: int, end: int, code: str
) -> tuple[tuple[int, int], TargetPhrase] | None:
    """The phrase from *head* to the number at *stop* (and the unit word the indicator
    reads after it), read in *code*'s unit; None when other words follow it."""
    ends = [stop]
    word = _WORD.match(text, stop, end)
    if word:
        ends.insert(0, word.end())
    number = _NUMBER.search(text, head, stop)
    starts = (head, number.start()) if number else (head,)  # "giao 38": the number alone
    for last in ends:
        rest = text[last : min(end, last + 12)]
        if not (_ENDS.match(rest) or _ENDS_WORDS.match(fold(rest))):
            continue
        for first in starts:
            try:
                phrase = parse_target_phrase(text[first:last], indicator=code)
            except ParseError:
                continue
            return (first + phrase.span[0], first + phrase.span[1]), phrase
    return None
