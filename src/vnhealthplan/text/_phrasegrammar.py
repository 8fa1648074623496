"""The grammar of target phrases (private: see :mod:`.phrases`).

Tokens, the tables of verbs, comparators, frames and number words, and the reading of a
phrase or a table row into its parts. Failures are :class:`._unitgrammar._Fail` at a
span of the normalised text.
"""

from __future__ import annotations

import itertools
import re
from typing import Any, Final

import attrs

from vnhealthplan.core.messages import message
from vnhealthplan.core.reasons import reason
from vnhealthplan.core.units import registry
from vnhealthplan.core.vocab import Comparator, TargetKind
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.text._unitgrammar import (
    MULTIPLIERS,
    Decimal,
    NoReading,
    bounded_number,
    check_english_number,
    read_scaled_unit,
    read_unit,
    resolve_unit,
    scaled_number,
)

_TOKEN = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)|(?P<cmp><=|>=|[<>=≤≥≈~])|(?P<dash>[-–—−])"
    r"|(?P<word>[^\W\d_]+)|(?P<sym>\S)"
)
_LEVEL, _CHANGE, _MAINTAIN = TargetKind.LEVEL, TargetKind.CHANGE, TargetKind.MAINTAIN
#: Verbs: words → (kind, sign of the change: -1 down, 1 up, 0 signed, None for levels).
_VERBS: Final[dict[tuple[str, ...], tuple[TargetKind, int | None, str]]] = {
    **dict.fromkeys([("đạt",), ("còn",), ("giảm", "còn"), ("tăng", "lên")], (_LEVEL, None, "vi")),
    **dict.fromkeys(
        [("giảm", "xuống", "còn"), ("xuống", "còn"), ("giảm", "xuống"), ("xuống",)],
        (_LEVEL, None, "vi"),
    ),
    ("duy", "trì"): (_MAINTAIN, None, "vi"),
    **dict.fromkeys([("mức", "giảm"), ("giảm",), ("giảm", "thêm")], (_CHANGE, -1, "vi")),
    **dict.fromkeys([("mức", "tăng"), ("tăng",), ("tăng", "thêm"), ("thêm",)], (_CHANGE, 1, "vi")),
    ("thay", "đổi"): (_CHANGE, 0, "vi"),
    **dict.fromkeys([("reach",), ("reduce", "to"), ("increase", "to")], (_LEVEL, None, "en")),
    ("maintain",): (_MAINTAIN, None, "en"),
    **dict.fromkeys([("reduce", "by"), ("decrease", "by")], (_CHANGE, -1, "en")),
    **dict.fromkeys([("increase", "by"), ("add",)], (_CHANGE, 1, "en")),
    ("change", "by"): (_CHANGE, 0, "en"),
}
_LT, _LE, _GT, _GE = Comparator.LT, Comparator.LE, Comparator.GT, Comparator.GE
COMPARATOR_WORDS: Final[dict[tuple[str, ...], tuple[Comparator, str]]] = {
    **dict.fromkeys([("dưới",), ("ít", "hơn"), ("thấp", "hơn"), ("nhỏ", "hơn")], (_LT, "vi")),
    **dict.fromkeys(
        [("không", "quá"), ("tối", "đa"), ("dưới", "hoặc", "bằng"), ("không", "vượt", "quá")]
        + [("không", *w) for w in (("vượt",), ("cao", "hơn"), ("lớn", "hơn"), ("nhiều", "hơn"))],
        (_LE, "vi"),
    ),
    **dict.fromkeys(
        [("trên",), ("hơn",), ("cao", "hơn"), ("nhiều", "hơn"), ("lớn", "hơn")], (_GT, "vi")
    ),
    **dict.fromkeys(
        [("tối", "thiểu"), ("ít", "nhất"), ("không", "dưới"), ("trên", "hoặc", "bằng")]
        + [("không", w, "hơn") for w in ("thấp", "ít", "nhỏ")],
        (_GE, "vi"),
    ),
    **dict.fromkeys([("khoảng",), ("xấp", "xỉ"), ("gần",)], (Comparator.ABOUT, "vi")),
    # "Ước …" (estimated): a figure given as about so much
    **dict.fromkeys(
        [
            ("ước",),
            ("ước", "tính"),
            ("ước", "đạt"),
            ("ước", "khoảng"),
            ("ước", "tính", "đạt"),
            ("ước", "tính", "khoảng"),
        ],
        (Comparator.ABOUT, "vi"),
    ),
    **dict.fromkeys([("below",), ("less", "than"), ("under",)], (_LT, "en")),
    **dict.fromkeys([("at", "most"), ("no", "more", "than")], (_LE, "en")),
    **dict.fromkeys([("above",), ("more", "than"), ("over",)], (_GT, "en")),
    **dict.fromkeys([("at", "least"), ("no", "less", "than")], (_GE, "en")),
    **dict.fromkeys([("about",), ("approximately",), ("around",)], (Comparator.ABOUT, "en")),
}
#: What a comparator may name before its number: "xuống dưới tỷ lệ 15/100.000", "dưới mức 5%";
#: or the verb it comes before: "tối thiểu đạt 90%", "ít nhất là 95%", "tối đa ở mức 12‰".
_MEASURES: Final = dict.fromkeys(
    [("tỷ", "lệ"), ("tỉ", "lệ"), ("mức",), ("ngưỡng",), ("đạt",), ("là",), ("ở", "mức")]
)
_SYMBOLS: Final = {"<": _LT, "<=": _LE, "≤": _LE, ">": _GT, ">=": _GE, "≥": _GE}
_SYMBOLS_MORE: Final = {"=": Comparator.EQ, "≈": Comparator.ABOUT, "~": Comparator.ABOUT}
#: Frames opened before the number → the words that may close them with a range.
_Words = tuple[str, ...]
_FRAMES: Final[dict[_Words, tuple[str, str]]] = {
    ("từ",): ("từ", "vi"),
    ("from",): ("from", "en"),
    ("between",): ("between", "en"),
}
_RANGE_WORDS: Final[dict[str | None, tuple[str, ...]]] = {
    "từ": ("đến", "-"),
    "from": ("to",),
    "between": ("and",),
    None: ("-",),
}
_CLOSINGS: Final[dict[_Words, Comparator]] = {("trở", "lên"): _GE, ("trở", "xuống"): _LE}
#: Lead words → the comparator they give a phrase with no other ("đảm bảo 70%": at least 70 %).
_LEADS: Final[dict[_Words, Comparator | None]] = {
    ("phấn", "đấu"): None,
    ("có",): None,
    ("là",): None,
    ("đảm", "bảo"): _GE,
    ("bảo", "đảm"): _GE,
}
_NUMBER_WORDS: Final[dict[_Words, tuple[int, str]]] = {
    **{
        (w,): (n, "vi")
        for n, w in enumerate(
            ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"], 1
        )
    },
    **{
        (w,): (n, "en")
        for n, w in enumerate(
            ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], 1
        )
    },
}
_LABEL_LEADS: Final[tuple[_Words, ...]] = (("mức", "giảm"), ("mức", "tăng"), ("duy", "trì"))
_LABEL_ENDS: Final[tuple[_Words, ...]] = (
    ("giảm", "xuống", "còn"),
    ("giảm", "còn"),
    ("còn",),
    ("đạt",),
)
_EXPECT_START: Final = message(
    "a number, a comparator ('<', 'dưới', 'tối thiểu' …) or a verb ('đạt', 'giảm còn', 'duy trì' …)"
)


@attrs.frozen
class _Tok:
    kind: str
    start: int
    end: int
    text: str

    @property
    def word(self) -> str:
        return self.text.casefold() if self.kind == "word" else self.text


@attrs.define
class _Read:
    """What has been read of a phrase so far (local to one call)."""

    verb: tuple[TargetKind, int | None, str] | None = None
    verb_words: tuple[str, ...] = ()
    comparator: Comparator | None = None
    lead: Comparator | None = None
    lead_tok: _Tok | None = None
    frame: str | None = None
    frame_tok: _Tok | None = None
    closing: Comparator | None = None
    numbers: list[tuple[_Tok, int | None]] = attrs.Factory(list)
    units: list[tuple[int, int] | None] = attrs.Factory(list)
    row_unit: tuple[int, int] | None = None
    is_range: bool = False
    start: int | None = None
    last: _Tok | None = None
    langs: set[str] = attrs.Factory(set)
    glued: list[str] = attrs.Factory(list)
    scale: int = 1  # a multiplier word before the unit ("180 nghìn người")
    wholes: dict[int, tuple[_Tok, int]] = attrs.Factory(dict)  # "1 triệu 7.139": 1, 10**6

    def took(self, tok: _Tok, lang: str = "") -> None:
        self.start = tok.start if self.start is None else self.start
        self.last = tok
        self.langs.add(lang)


def _tokens(norm: str, start: int, end: int) -> list[_Tok]:
    toks: list[_Tok] = []
    for match in _TOKEN.finditer(norm, start, end):
        kind = match.lastgroup or "sym"
        prev = toks[-1] if toks else None
        signed = prev is not None and prev.text in "-−+" and prev.end == match.start()
        if kind == "num" and prev and signed and (len(toks) < 2 or toks[-2].kind != "num"):
            toks[-1] = _Tok("num", prev.start, match.end(), norm[prev.start : match.end()])
        else:
            toks.append(_Tok(kind, match.start(), match.end(), match.group()))
    return toks


def _match(toks: list[_Tok], i: int, table: Any) -> tuple[tuple[str, ...], int] | None:
    """The longest key of *table* (tuples of folded words) read at token *i*."""
    for size in (3, 2, 1):
        key = tuple(t.word for t in toks[i : i + size] if t.kind == "word")
        if len(key) == size and key in table:
            return key, i + size
    return None


def _comparator_at(toks: list[_Tok], i: int) -> tuple[Comparator, str, int] | None:
    if i < len(toks) and toks[i].kind == "cmp":
        comparator = _SYMBOLS.get(toks[i].text) or _SYMBOLS_MORE[toks[i].text]
        return comparator, "", i + 1
    found = _match(toks, i, COMPARATOR_WORDS)
    if found:
        comparator, lang = COMPARATOR_WORDS[found[0]]
        return comparator, lang, found[1]
    return None


def _skip_prefix(toks: list[_Tok], i: int, r: _Read) -> int:
    """Skip an age group ("dưới 05 tuổi") before a verb or comparator, and lead words.

    The first lead word that gives a comparator ("đảm bảo": at least) is kept in *r*.
    """
    age = toks[i : i + 3]
    if (
        len(age) == 3
        and age[0].word in ("dưới", "trên")
        and age[1].kind == "num"
        and age[2].word == "tuổi"
        and (_match(toks, i + 3, _VERBS) or _comparator_at(toks, i + 3))
    ):
        i += 3
    while found := _match(toks, i, _LEADS):
        if r.lead is None and _LEADS[found[0]] is not None:
            r.lead, r.lead_tok = _LEADS[found[0]], toks[i]
        i = found[1]
    return i


def _read_head(toks: list[_Tok], i: int, r: _Read) -> int:
    """The verb and the comparator or frame, if any."""
    found = _match(toks, i, _VERBS)
    if found:
        if r.verb is not None:
            raise NoReading(
                toks[i].start, toks[found[1] - 1].end, "one verb: the row's label has one"
            )
        r.verb, r.verb_words = _VERBS[found[0]], found[0]
        r.took(toks[i], r.verb[2])
        r.last = toks[found[1] - 1]
        i = found[1]
    comparator = _comparator_at(toks, i)
    frame = _match(toks, i, _FRAMES)
    if comparator:
        r.comparator = comparator[0]
        r.took(toks[i], comparator[1])
        r.last = toks[comparator[2] - 1]
        measure = _match(toks, comparator[2], _MEASURES)  # "dưới tỷ lệ 15/100.000"
        if measure and r.last.word != "hơn":  # "cao hơn mức 25% của năm 2019": another figure
            return measure[1]
        return comparator[2]
    if frame:
        r.frame, lang = _FRAMES[frame[0]]
        r.frame_tok = toks[i]
        r.took(toks[i], lang)
        return frame[1]
    return i


def _stops(toks: list[_Tok], j: int) -> bool:
    """Whether the unit after a number ends before token *j*."""
    tok = toks[j]
    if tok.kind == "dash":
        return j + 1 == len(toks) or toks[j + 1].kind == "num"
    if tok.word in ("đến", "to", "and"):
        return True
    return _match(toks, j, _CLOSINGS) is not None


def _read_value(toks: list[_Tok], i: int, r: _Read) -> int:
    """A number (digits or a number word) and the unit after it."""
    word = _match(toks, i, _NUMBER_WORDS)
    if i >= len(toks) or not (toks[i].kind == "num" or word):
        if r.last is None:
            tok = toks[i] if i < len(toks) else None
            raise NoReading(tok.start if tok else 0, tok.end if tok else 0, _EXPECT_START)
        where = toks[i] if i < len(toks) else r.last
        raise NoReading(where.start, where.end, "a number after {text!r}", text=r.last.text)
    if not word and _whole_at(toks, i):  # "1 triệu 7.139 người": the millions, then 7.139
        r.took(toks[i])
        r.wholes[len(r.numbers)] = (toks[i], MULTIPLIERS[toks[i + 1].word])
        i += 2
    if word:
        number, lang = _NUMBER_WORDS[word[0]]
        r.numbers.append((toks[i], number))
    else:
        r.numbers.append((toks[i], None))
        lang = ""
    r.took(toks[i], lang)
    j = i + 1
    while j < len(toks) and not _stops(toks, j):
        j += 1
    if j > i + 1 and toks[i + 1].kind == "num":
        expected = message("a range word ('đến', '-') between two numbers")
        raise NoReading(toks[i + 1].start, toks[i + 1].end, expected)
    r.units.append((toks[i + 1].start, toks[j - 1].end) if j > i + 1 else None)
    if j > i + 1:
        r.last = toks[j - 1]
    return j


_NOT_WHOLE: Final = ("percent", "per_mille")


def _whole_at(toks: list[_Tok], i: int) -> bool:
    """Whether a whole number of a multiplier word and another number start at token *i*
    ("1 triệu 7.139", "2 tỷ 500 triệu"; not "1 triệu, 7.139": two figures)."""
    if i + 2 >= len(toks) or toks[i + 2].kind != "num" or toks[i + 1].word not in MULTIPLIERS:
        return False
    return toks[i].text.isdigit() and len(toks[i].text) <= 3


def _with_whole(norm: str, r: _Read, k: int, number: int | float, unit: Any) -> int | float:
    """The *k*-th number with the whole multiples written before it, in its unit's scale:
    "1 triệu 7.139 người" is 1007139, "2 tỷ 500 triệu đồng" 2500 (triệu đồng); only for
    counts and money, not shares or times ("500 triệu 2 năm" is no figure)."""
    tok, factor = r.wholes[k]
    if unit is None or str(unit) in _NOT_WHOLE or unit.dimensionality.get("[time]"):
        raise NoReading(tok.start, r.numbers[k][0].end, "one number before a share or a time")
    span = r.units[k] or next((u for u in reversed(r.units) if u), None)
    first = norm[span[0] : span[1]].split()[0].casefold() if span else ""
    base = r.scale if r.scale != 1 else MULTIPLIERS.get(first, 1)
    if factor <= base or not 0 <= number * base < factor:
        word = norm[tok.end : r.numbers[k][0].start].strip()
        raise NoReading(tok.start, r.numbers[k][0].end, "a number below {w!r} after it", w=word)
    return int(tok.text) * (factor // base) + number


def _read_tail(toks: list[_Tok], i: int, r: _Read) -> None:
    """A range, or the closing of "từ … trở lên", then the end."""
    if i < len(toks) and (toks[i].kind == "dash" or toks[i].word in ("đến", "to", "and")):
        if ("-" if toks[i].kind == "dash" else toks[i].word) not in _RANGE_WORDS[r.frame]:
            said = [repr(w) for w in _RANGE_WORDS[r.frame]]
            words = said[0] if len(said) == 1 else message("{first} or {second}", first=said[0],
                                                            second=said[1])  # fmt: skip
            hint = message(", or 'từ' before the first (từ … đến …)") if r.frame is None else ""
            raise NoReading(toks[i].start, toks[i].end, "{words} between the two numbers{hint}",
                            words=words, hint=hint)  # fmt: skip
        if r.comparator is not None:
            expected = message(
                "the end of the phrase: {symbol!r} and a range do not go together",
                symbol=r.comparator.symbol,
            )
            raise NoReading(toks[i].start, toks[-1].end, expected)
        r.is_range, r.frame = True, None
        r.took(toks[i])
        i = _read_value(toks, i + 1, r)
    elif r.frame in ("từ", None) and not r.comparator and (found := _match(toks, i, _CLOSINGS)):
        r.closing, r.frame = _CLOSINGS[found[0]], None
        r.took(toks[found[1] - 1])
        i = found[1]
    elif r.frame == "từ" and r.verb_words == ("đạt",) and i == len(toks):
        r.comparator, r.frame = _GE, None  # "đạt từ 98%": reach 98 % or more
    if r.frame is not None and r.frame_tok is not None:
        ranged = message("'đến …', '- …' or '… trở lên'")
        closers = ranged if r.frame == "từ" else message("a range")
        raise NoReading(r.frame_tok.start, r.frame_tok.end, "{closers} after {text!r}",
                        closers=closers, text=r.frame_tok.text)  # fmt: skip
    if i < len(toks):
        raise NoReading(toks[i].start, toks[-1].end, "the end of the phrase")


def _read_label(norm: str, start: int, end: int, r: _Read) -> None:
    """The verb at the start or end of a table row's label, if any."""
    toks = _tokens(norm, start, end)
    words = tuple(t.word for t in toks)
    for key in _LABEL_LEADS:
        if words[: len(key)] == key:
            r.verb, r.start = _VERBS[key], toks[0].start
            return
    for key in _LABEL_ENDS:
        if len(words) >= len(key) and words[-len(key) :] == key:
            r.verb, r.start = _VERBS[key], toks[-len(key)].start
            return


def read_phrase(norm: str) -> _Read:
    r = _Read()
    cells, start = [], 0
    for part in norm.split("\t"):
        cells.append((start, start + len(part)))
        start += len(part) + 1
    if len(cells) > 3:
        raise NoReading(cells[3][0], len(norm), "at most three cells: label, unit and value")
    if len(cells) == 3:
        _read_label(norm, *cells[0], r)
    if len(cells) >= 2:
        cell = norm[cells[-2][0] : cells[-2][1]]
        if cell.strip():
            first = cells[-2][0] + len(cell) - len(cell.lstrip())
            r.row_unit = (first, cells[-2][0] + len(cell.rstrip()))
            r.start = first if r.start is None else r.start
    toks = _tokens(norm, *cells[-1])
    for word, number in itertools.pairwise(toks):
        if word.kind == "word" and number.kind == "num" and word.end == number.start:
            r.glued.append(  # "dưới18,5‰", a typo: read as "dưới 18,5‰"
                reason(
                    "{said!r}: the word {word!r} is glued to its number (a typo), read apart",
                    said=norm[word.start : number.end],
                    word=word.text,
                )
            )
    i = _read_head(toks, _skip_prefix(toks, 0, r), r)
    _read_tail(toks, _read_value(toks, i, r), r)
    return r


def _units(norm: str, r: _Read, indicator: Indicator | None) -> tuple[Any, str, set[str]]:
    """The unit of the phrase (None if it writes none), what it counts, the languages."""
    units: list[tuple[Any, tuple[int, int]]] = []
    counted, langs = "", set[str]()
    for span in r.units:
        if span is None:
            continue
        try:
            reading, r.scale = read_scaled_unit(norm, *span)
        except NoReading:
            if r.closing is None:
                raise
            counted = " ".join(norm[span[0] : span[1]].split())
            continue
        if r.row_unit is not None:
            raise NoReading(*span, "no unit beside the number: the row's unit cell gives it")
        units.append((resolve_unit(reading, indicator, *span), span))
        langs |= reading.langs
    if r.row_unit is not None:
        reading = read_unit(norm, *r.row_unit)
        units.append((resolve_unit(reading, indicator, *r.row_unit), r.row_unit))
        langs |= reading.langs
    if len(units) == 2 and units[0][0] != units[1][0]:
        start, end = units[1][1]
        raise NoReading(start, end, "the unit of the lower bound, {unit}", unit=str(units[0][0]))
    return (units[0][0] if units else None), counted, langs


def _lead_applies(r: _Read, number: float, unit: Any) -> bool:
    """Whether a lead word's comparator is the phrase's: "đảm bảo 70%" is at least 70 %.

    Not with a verb other than "đạt" ("đảm bảo duy trì", "đảm bảo giảm còn"), and not for
    100 % ("đảm bảo 100%" is all of it: nothing is above a whole share).
    """
    if r.lead is None or r.verb_words not in ((), ("đạt",)):
        return False
    return not (number == 100 and unit is not None and str(unit) == "percent")


def build_phrase(norm: str, r: _Read, indicator: Indicator | None, decimal: Decimal | None) -> Any:
    kind, sign, _ = r.verb or (_LEVEL, None, "")
    if r.verb_words == ("giảm",) and r.comparator is _LT:  # "giảm dưới 5%": down to under 5 %
        kind, sign = _LEVEL, None
    unit, counted, langs = _units(norm, r, indicator)
    numbers: list[int | float] = []
    reasons: list[str] = list(r.glued)
    for k, (tok, word) in enumerate(r.numbers):
        if sign in (1, -1) and tok.text[0] in "+-−":
            raise NoReading(
                tok.start, tok.end, "a number without a sign after a verb that gives one"
            )
        if word is not None:
            numbers.append(scaled_number(word, r.scale))
            continue
        number, reason = bounded_number(norm, tok.start, tok.end, decimal, unit, indicator)
        number = _with_whole(norm, r, k, number, unit) if k in r.wholes else number
        numbers.append(scaled_number(number, r.scale))
        reasons += [reason] if reason else []
    spans = [(tok.start, tok.end) for tok, word in r.numbers if word is None]
    if {"vi", "en"} <= r.langs | langs:
        raise NoReading(r.start or 0, len(norm), "a phrase written in one language")
    check_english_number(r.langs | langs, spans, norm, decimal)
    if r.is_range and numbers[1] < numbers[0]:
        tok = r.numbers[1][0]
        raise NoReading(tok.start, tok.end, "an upper bound ≥ the lower bound {n:g}", n=numbers[0])
    comparator = Comparator.RANGE if r.is_range else r.closing or r.comparator
    shown = unit if unit is not None or indicator is None else indicator.unit
    if comparator is None and _lead_applies(r, numbers[0], shown):
        comparator, r.start = r.lead, r.lead_tok.start if r.lead_tok else r.start
    comparator = comparator or Comparator.EQ
    if sign == -1:
        numbers = [-n for n in reversed(numbers)]
        comparator = comparator.negated
    ureg = registry()

    def quantity(number: int | float) -> Any:
        if unit is not None:
            return ureg.Quantity(number, unit)
        return indicator.quantity(number) if indicator is not None else number

    upper = quantity(numbers[1]) if r.is_range else None
    span = (r.start or 0, r.last.end if r.last else len(norm))
    return quantity(numbers[0]), upper, comparator, kind, unit, span, counted, tuple(reasons)
