"""A change written as a fraction: "giảm 2/3 số vị thành niên có thai", "giảm một nửa".

Plans set some changes as a share of the present written as a fraction ("giảm 2/3 số vị
thành niên và thanh niên có thai ngoài ý muốn", "giảm 1/2 số ca tử vong", "giảm một nửa …").
The number before "/" is no figure of its own (a fraction, not a unit), so such a change was
never drafted. :func:`fraction_changes` reads "giảm" or "tăng" right before a fraction N/M
(M from 2 to 10, N below M, not a date: "1/4/2009") or "một nửa" (a half) as a change in
per cent, signed: "giảm 2/3" is about −66.7 % (``"~"``, the per cent rounded to one decimal),
"giảm 1/2" exactly −50 % (docs/labelling.rst: "a change of about -66.7 %, '~'").

Examples
--------
>>> from vnhealthplan.io.extract.values import find_values
>>> [(v.text, str(v.phrase.value), v.phrase.comparator.value) for v in find_values(
...     "giảm 2/3 số vị thành niên có thai ngoài ý muốn")]
[('giảm khoảng 66,7%', '-66.7 percent', '~')]
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from vnhealthplan.text import ParseError, TargetPhrase, parse_target_phrase

__all__ = ["FractionChange", "fraction_changes"]

Span = tuple[int, int]
#: A change found: its span, its fraction's span, its phrase (in per cent), its words.
FractionChange = tuple[Span, Span, TargetPhrase, str]

#: "giảm" or "tăng" (then "được" or "thêm"), then a fraction N/M with one digit over one or
#: two, no date or decimal after it ("2/3", not "1/4/2009"), or "một nửa" (a half).
_FRACTION: Final = re.compile(
    r"(?<![^\W\d_])(giảm|tăng)[ \t]+(?:(?:được|thêm)[ \t]+)?"
    r"(?:(\d)[ \t]*/[ \t]*(\d{1,2})(?![\d/.,%‰])|(một[ \t]+nửa)(?![^\W\d_]))",
    re.IGNORECASE,
)


def fraction_changes(text: str, low: int, high: int) -> list[FractionChange]:
    """The changes written as a fraction in ``text[low:high]`` (see the module notes).

    Examples
    --------
    >>> [c[3] for c in fraction_changes("tăng 1/2 số xã; giảm một nửa số ca mắc", 0, 38)]
    ['tăng 50%', 'giảm 50%']
    >>> fraction_changes("Tổng điều tra dân số 1/4/2009; giảm 5/3 lần", 0, 44)
    []
    """
    found: list[FractionChange] = []
    for m in _FRACTION.finditer(text, low, high):
        if m.group(4):
            part, whole, span = 1, 2, m.span(4)
        else:
            part, whole, span = int(m.group(2)), int(m.group(3)), (m.start(2), m.end(3))
        if not (2 <= whole <= 10 and 1 <= part < whole):
            continue
        exact = 100 * part % whole == 0
        per_cent = f"{100 * part / whole:.1f}".removesuffix(".0").replace(".", ",")
        words = f"{m.group(1).casefold()} {'' if exact else 'khoảng '}{per_cent}%"
        try:
            phrase = parse_target_phrase(words)
        except ParseError:
            continue
        phrase = attrs.evolve(phrase, span=(0, m.end() - m.start()))
        found.append((m.span(), span, phrase, words))
    return found
