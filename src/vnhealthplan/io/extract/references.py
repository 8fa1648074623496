"""The documents a plan cites (its căn cứ), with their numbers and dates.

Plans open by naming what they implement ("Thực hiện Quyết định số 153/QĐ-TTg ngày
27/02/2023 của Thủ tướng Chính phủ …") and cite other documents throughout. The dates of
those documents are not deadlines: they are drafted here as references, one per citation
that gives a number: the kind of document ("Quyết định", "Nghị quyết", "Kế hoạch" …), its
number, its date and issuer when the text gives them, the quote and its span. The document's
own number (read from its header) is not a reference.

Examples
--------
>>> ref = find_references(
...     "Thực hiện Quyết định số 201/QĐ-TTg ngày 19/8/2022 của Thủ tướng Chính phủ về việc …")[0]
>>> ref.kind, ref.number, ref.issued, ref.issuer
('Quyết định', '201/QĐ-TTg', datetime.date(2022, 8, 19), 'Thủ tướng Chính phủ')
>>> ref.quote
'Quyết định số 201/QĐ-TTg ngày 19/8/2022 của Thủ tướng Chính phủ'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Final

import attrs

__all__ = ["Reference", "find_references"]

Span = tuple[int, int]

_KINDS: Final = (
    "Quyết định|Nghị quyết|Nghị định|Kế hoạch|Chỉ thị|Thông tư liên tịch|Thông tư|[Cc]ông văn|"
    "[Vv]ăn bản|Luật|Kết luận|Chương trình|Đề án|Hướng dẫn|Thông báo|Tờ trình|Công điện|"
    "Pháp lệnh|Hiến pháp|Quy định|Chiến lược"
)
_NUMBER: Final = r"\d{1,5}(?:/\d{4})?[/-][A-ZĐ][A-ZĐa-z0-9]*(?:[-/][A-ZĐ][A-ZĐa-z0-9]*)*"
_DAY: Final = (
    r"(?P<day>ngày[ \t]*(?P<d>\d{1,2})[ \t]*(?:/|-|tháng)[ \t]*(?P<m>\d{1,2})[ \t]*"
    r"(?:/|-|năm)[ \t]*(?P<y>(?:19|20)\d\d))"
)
_REFERENCE: Final = re.compile(
    rf"(?P<kind>{_KINDS})[ \t]+(?:số[ \t]*:?[ \t]*)?(?P<number>{_NUMBER})"
    rf"(?:[ \t]*[⁰¹²³⁴-⁹]+)?"
    rf"(?:[ \t,]*(?:\n[ \t]*)?(?:[A-ZĐƯ]{{1,4}}[ \t,]+)?{_DAY})?"
    r"(?:[ \t,]*của[ \t]+(?P<issuer>[^\n.;:,()]{2,60}?)"
    r"(?=[ \t]+(?:về|phê duyệt|ban hành|quy định|hướng dẫn|giao|khóa|khoá|và)\b"
    r"|[ \t]*[\n.;:,()]|$))?"
)
#: A law or other document cited by its name and date, without a number.
_NAMED_DATE: Final = re.compile(rf"(?P<kind>Luật|Bộ luật|Pháp lệnh)[^\n;:]{{1,80}}?{_DAY}")


@attrs.frozen
class Reference:
    """A document the plan cites.

    Parameters
    ----------
    kind : str
        "Quyết định", "Nghị quyết", "Kế hoạch", "Luật" …
    number : str, optional
        Its number and symbol ("153/QĐ-TTg"); None for a law cited by its name.
    issued : datetime.date, optional
        Its date, where the citation gives it.
    issuer : str, optional
        Who issued it, where the citation says ("của Thủ tướng Chính phủ").
    quote : str
        The words of the citation, exactly as in the text.
    span : tuple of int
        Where :attr:`quote` stands in the text.
    reasons : tuple of str
        What could not be read: a date that is no real day ("ngày 09/20/2023") is left out
        and said here.

    Examples
    --------
    >>> Reference("Kế hoạch", "72/KH-UBND", None, None, "Kế hoạch số 72/KH-UBND", (0, 22)).code
    '72/KH-UBND'
    """

    kind: str
    number: str | None
    issued: date | None
    issuer: str | None
    quote: str
    span: Span
    reasons: tuple[str, ...] = ()

    @property
    def code(self) -> str:
        """The number, else the kind and date: what identifies the cited document."""
        if self.number:
            return self.number
        return f"{self.kind} {self.issued.isoformat() if self.issued else ''}".strip()


def _day(m: re.Match[str]) -> tuple[date | None, tuple[str, ...]]:
    if m.group("y") is None:
        return None, ()
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))), ()
    except ValueError:
        said = " ".join(m.group("day").split())
        return None, (f"{said!r} is not a real day: the cited document's date is left out",)


def find_references(text: str, own: Iterable[str] = ()) -> list[Reference]:
    """The documents *text* cites, in text order (see the module notes).

    Parameters
    ----------
    text : str
    own : iterable of str
        The document's own numbers, which are not references.

    Returns
    -------
    list of Reference

    Examples
    --------
    Đắk Lắk's plan implements a government resolution and cites four more documents:

    >>> from vnhealthplan import plans
    >>> refs = find_references(plans.source_text("dak-lak-2024"))
    >>> refs[0].number, refs[0].issued, refs[0].issuer
    ('01/NQ-CP', datetime.date(2024, 1, 5), 'Chính phủ')
    >>> sorted({r.number for r in refs})
    ['01/NQ-CP', '164/QĐ-BYT', '25-CT/TW', '2732/QĐ-UBND', '417/QĐ-UBND']
    >>> find_references("Kế hoạch số 12/KH-SYT", own=["12/KH-SYT"])
    []
    """
    skip = set(own)
    found = []
    for m in _REFERENCE.finditer(text):
        if m.group("number") in skip:
            continue
        issuer = " ".join(m.group("issuer").split()) if m.group("issuer") else None
        kind = m.group("kind")
        kind = kind[:1].upper() + kind[1:]
        issued, why = _day(m)
        found.append(Reference(kind, m.group("number"), issued, issuer, m.group(), m.span(), why))
    taken = [r.span for r in found]
    for m in _NAMED_DATE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            issued, why = _day(m)
            found.append(Reference(m.group("kind"), None, issued, None, m.group(), m.span(), why))
    return sorted(found, key=lambda r: r.span)
