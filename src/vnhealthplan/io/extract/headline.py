"""A news page's headline target and its body's restatement of it, drafted once.

A news or portal report of a plan puts its main figure in its headline ("Yên Bái đặt mục
tiêu 98,5% trẻ dưới 1 tuổi được tiêm chủng đầy đủ") and states it again in its body, in
other words and often with more of it: a comparator the headline drops ("ít nhất 98,5%"),
the year ("phấn đấu đến năm 2025 ... còn dưới 35%"). The two readings rarely share enough
words, or even the comparator, for :mod:`.restated`; this module pairs them.

The headline is the page's first lines (at most two, each short, none ending a sentence
with ".", ";" or ":", none a list item). A target of the body restates a headline target
when they have the same value (in one unit), kind and last year, comparators that agree
(or one of them is a bare "="), no two different catalogue indicators, and the headline's
words name what the body's words name (:func:`same_subject`). The target is drafted once:
at the headline, its first statement (docs/labelling.rst, "Once only"), with the body's
period and comparator when the body is the fuller statement; when the headline has the
bare value and the body a comparator, the body's reading is kept instead. One pass over
the figures, each compared with the headline's few targets: linear.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> text = ("Tỉnh phấn đấu 95% người dân có thẻ bảo hiểm y tế\\n"
...         "Theo kế hoạch, đến năm 2025 tỷ lệ người dân có thẻ bảo hiểm y tế đạt trên 95%.")
>>> found = find_figures(text)
>>> [(c.span, c.phrase.comparator.value) for c in found if c.role == "target"]
[((14, 17), '='), ((125, 137), '>')]
>>> kept, notes = headline_once(text, found)
>>> [(c.span, c.phrase.comparator.value, c.period.code) for c in kept]
[((125, 137), '>', '2025')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.candidate import Candidate

__all__ = ["headline_lines", "headline_once", "same_subject"]

Span = tuple[int, int]

#: How far into a text its headline may reach, and how long one of its lines may be.
_HEAD_CHARS: Final = 400
_HEAD_LINE: Final = 200
#: A line that is a list item or a document's parts, not a headline.
_NOT_HEAD: Final = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\)|[IVX]+[.\-]|số\s*:)", re.I)
#: Words that name nothing of a target's subject: verbs, comparators, years, place words.
_FILLER: Final = frozenset(
    (
        "dat", "la", "con", "xuong", "len", "tang", "giam", "tren", "duoi", "hon", "khoang",
        "it", "nhat", "toi", "thieu", "phan", "dau", "muc", "tieu", "chi", "nam", "vao",
        "den", "trong", "cua", "va", "o", "tai", "co", "ty", "ti", "le", "so", "voi", "tinh",
        "thanh", "pho", "se", "duoc", "ra", "cac", "nhung", "cho", "the", "theo",
        "ke", "hoach", "tu", "tro", "nguoi", "dan", "mot", "nay", "de", "khi", "ve",
    )
)  # fmt: skip
#: How many subject words the headline and the body must share, and what part of the
#: headline's they must be.
_SHARED: Final = 3
_PART: Final = 0.4
#: How far before and after a body value its words are read.
_BEFORE: Final = 90
_AFTER: Final = 90


def headline_lines(text: str) -> list[Span]:
    """The spans of *text*'s headline lines (see the module notes); none for a text that
    opens with a document's header, a list or a paragraph.

    Examples
    --------
    >>> text = "Chuyển đổi số ngành Y tế\\nPhấn đấu 80% hồ sơ được xử lý trực tuyến\\n\\nUBND …"
    >>> [text[slice(*s)] for s in headline_lines(text)]
    ['Chuyển đổi số ngành Y tế', 'Phấn đấu 80% hồ sơ được xử lý trực tuyến']
    >>> headline_lines("- 95% trạm y tế có bác sĩ\\n- 100% xã đạt chuẩn")
    []
    """
    spans: list[Span] = []
    start = 0
    while len(spans) < 2 and start < min(len(text), _HEAD_CHARS):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end].strip()
        if line:
            if len(line) > _HEAD_LINE or line[-1] in ".;:" or _NOT_HEAD.match(line):
                break
            spans.append((start, end))
        start = end + 1
    return spans


def same_subject(head: str, body: str) -> bool:
    """Whether a headline's words and a body figure's words name the same thing: enough
    subject words (not verbs, comparators, years or "tỷ lệ") shared.

    Examples
    --------
    >>> same_subject("98,5% trẻ dưới 1 tuổi được tiêm chủng đầy đủ",
    ...              "tiêm chủng đầy đủ cho ít nhất 98,5% trẻ dưới 1 tuổi trên toàn tỉnh")
    True
    >>> same_subject("95% người dân có thẻ bảo hiểm y tế", "95% trạm y tế xã có bác sĩ")
    False
    """
    own = _subject(head)
    shared = own & _subject(body)
    return len(shared) >= _SHARED and len(shared) >= _PART * len(own)


def headline_once(text: str, found: Sequence[Candidate]) -> tuple[list[Candidate], list[str]]:
    """*found* with each headline target drafted once (see the module notes), and a message
    for each restatement dropped.

    Examples
    --------
    >>> headline_once("", [])
    ([], [])
    """
    heads = headline_lines(text)
    if not heads:
        return list(found), []
    end = heads[-1][1]
    first = [c for c in found if c.role == "target" and c.span[1] <= end]
    if not first:
        return list(found), []
    pairs: dict[Span, Candidate] = {}  # a headline target's span: the body's first restatement
    dropped: set[Span] = set()
    for c in found:
        if c.role != "target" or c.span[0] < end:
            continue
        for head in first:
            if _restates(text, head, c, heads):
                pairs.setdefault(head.span, c)
                dropped.add(c.span)
                break
    merged = {}  # a headline target kept, read with its body's year: by its span
    for head in first:
        body = pairs.get(head.span)
        if body is None:
            continue
        keep = _merged(head, body)
        if keep is body:  # the body's fuller reading, where the body states it
            dropped.discard(body.span)
            dropped.add(head.span)
        else:
            merged[head.span] = keep
    kept, notes = [], []
    for c in found:
        if c.role == "target" and c.span in dropped:
            notes.append(
                f"characters {c.span[0]}–{c.span[1]} ({text[slice(*c.span)]!r}) restate the "
                "headline's target (its body states it again): drafted once"
            )
        elif c.role == "target" and c.span in merged:
            kept.append(merged[c.span])
        else:
            kept.append(c)
    return kept, notes


def _merged(head: Candidate, body: Candidate) -> Candidate:
    """The one reading of a headline target and its body restatement: the body's when the
    headline has the bare value and the body a comparator; else the headline's, with the
    body's period (the body says the year; the headline's is read from around it)."""
    if head.phrase.comparator.value == "=" and body.phrase.comparator.value != "=":
        return body
    if head.period == body.period:
        return head
    return attrs.evolve(head, period=body.period)


def _restates(text: str, head: Candidate, body: Candidate, heads: list[Span]) -> bool:
    """Whether *body* states again the headline's target *head* (see the module notes)."""
    if head.code and body.code and head.code != body.code:
        return False
    if head.phrase.kind != body.phrase.kind or head.period.last_year != body.period.last_year:
        return False
    one, other = head.phrase.comparator.value, body.phrase.comparator.value
    if one != other and "=" not in (one, other):
        return False
    if (_base(head.value), _base(head.upper)) != (_base(body.value), _base(body.upper)):
        return False
    line = next(s for s in heads if s[0] <= head.span[0] < s[1] + 1)
    around = text[max(0, body.span[0] - _BEFORE) : body.span[1] + _AFTER]
    return same_subject(text[slice(*line)], _sentence(around, body.span[0] - max(0, body.span[0] - _BEFORE)))


def _sentence(words: str, at: int) -> str:
    """The part of *words* in the sentence and line of the position *at*."""
    cut = max(words.rfind(". ", 0, at), words.rfind("\n", 0, at), words.rfind("; ", 0, at))
    stop = [i for i in (words.find(". ", at), words.find("\n", at), words.find("; ", at)) if i >= 0]
    return words[cut + 1 : min(stop) if stop else len(words)]


def _subject(words: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", fold(words)) if w not in _FILLER}


def _base(quantity: Any) -> tuple[object, ...] | None:
    """A quantity in base units, rounded ("95 %" is 0.95, as is "95,00%")."""
    if quantity is None:
        return None
    try:
        q = quantity.to_base_units()
    except (TypeError, ValueError):  # a unit pint cannot reduce: as written
        q = quantity
    return float(f"{float(q.magnitude):.9g}"), str(q.units)
