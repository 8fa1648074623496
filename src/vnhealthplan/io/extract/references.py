"""The documents a plan cites (its căn cứ), with their numbers and dates.

Plans open by naming what they implement ("Thực hiện Quyết định số 153/QĐ-TTg ngày
27/02/2023 của Thủ tướng Chính phủ …") and cite other documents throughout. The dates of
those documents are not deadlines: they are drafted here as references, one per citation
that gives a number or, for a law cited by its name, a date: the kind of document ("Quyết
định", "Nghị quyết", "Kế hoạch", "Luật" …), its number, its date and issuer when the text
gives them, the quote and its span. The citation is read in all the shapes the genre prints:
broken over a line end ("Căn cứ Nghị\nquyết số …"), a date in words ("ngày 14 tháng 8 năm
2020"), a joint symbol ("16/2013/TTLT-BYT-BNN&PTNT"), Party documents ("21-NQ/TW",
"25-CT/TW", "12-KL/TW", "287-kh/tu" in lower case), a stray space ("21- NQ/TW", kept out of
the number), a law with its number ("Luật … số 03/2007/QH12 ngày 21/11/2007"). The
document's own number (read from its header) is not a reference; :func:`one_per_document`
keeps one reference per document cited, however often it recurs.

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

from vnhealthplan.io.extract.planyear import is_plan_year
from vnhealthplan.io.extract.reasons import reason

__all__ = ["Reference", "find_references", "one_per_document"]

Span = tuple[int, int]

_KINDS: Final = (
    "Quyết định|Nghị quyết liên tịch|Nghị quyết|Nghị định|Kế hoạch|Chỉ thị|Thông tư liên tịch|"
    "Thông tư|Công văn|Văn bản|Luật|Kết luận|Chương trình|Đề án|Hướng dẫn|Thông báo|Tờ trình|"
    "Công điện|Pháp lệnh|Hiến pháp|Quy định|Chiến lược"
)
#: Words of a citation may break over one line end ("Căn cứ Nghị\nquyết số …").
_GAP: Final = r"[ \t]*[ \t\n][ \t]*"
_OPT: Final = r"[ \t]*\n?[ \t]*"


def _flexible(kinds: str) -> str:
    """Each kind with either case of its first letter and any one-line-break gap."""
    return "|".join(
        f"[{k[0]}{k[0].lower()}]" + _GAP.join(k[1:].split(" ")) for k in kinds.split("|")
    )


_KIND: Final = _flexible(_KINDS)
#: "153/QĐ-TTg", "16/2013/TTLT-BYT-BNN&PTNT", "21- NQ/TW" (a stray space, or a line break
#: after the hyphen), and the lower-case symbols some portals print ("287-kh/tu").
_NUMBER: Final = (
    r"\d{1,5}(?:/\d{4})?(?:[ \t]?[/-](?:[ \t]|\n[ \t]*)?[A-ZĐ][A-ZĐa-z0-9&]*"
    r"(?:[-/](?:\n[ \t]*)?[A-ZĐ][A-ZĐa-z0-9&]*)*"
    r"|[/-][a-zđ]{2,}(?:[-/][a-zđ0-9]+)*(?![\w&]))"
)
_DAY: Final = (
    r"(?P<day>ngày[ \t\n]*(?P<d>\d{1,2})[ \t\n]*(?:/|-|tháng)[ \t\n]*(?P<m>\d{1,2})[ \t\n]*"
    r"(?:/|-|năm)[ \t\n]*(?P<y>(?:19|20)\d\d))"
)
_DATED: Final = rf"(?:[ \t,]*(?:\n[ \t]*)?(?:[A-ZĐƯ]{{1,4}}[ \t,]+)?{_DAY})?"
_REFERENCE: Final = re.compile(
    rf"(?P<kind>{_KIND})[ \t]*[ \t\n][ \t]*(?:số{_OPT}:?{_OPT})?(?P<number>{_NUMBER})"
    rf"(?:[ \t]*[⁰¹²³⁴-⁹]+)?{_DATED}"
    r"(?:[ \t,]*của[ \t]+(?P<issuer>[^\n.;:,()]{2,60}?)"
    r"(?=[ \t]+(?:về|phê duyệt|ban hành|quy định|hướng dẫn|giao|khóa|khoá|và)\b"
    r"|[ \t]*[\n.;:,()]|$))?"
)
#: The name of a law: it never runs into another numbered citation nor a new căn cứ.
_NAME: Final = rf"(?:(?!(?:{_KIND}){_GAP}(?:số|\d)|[Cc]ăn cứ|ngày)[^;:]){{1,160}}?"
_LAWS: Final = r"Luật|Bộ luật|Pháp lệnh"
#: A law cited by its name and number ("Luật Phòng, chống bệnh truyền nhiễm số 03/2007/QH12").
_NAMED_NUMBER: Final = re.compile(
    rf"(?P<kind>{_LAWS})\b{_NAME}\bsố{_OPT}(?P<number>{_NUMBER}){_DATED}"
)
#: A law or other document cited by its name and date, without a number.
_NAMED_DATE: Final = re.compile(rf"(?P<kind>{_LAWS})\b{_NAME}{_DAY}")


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
    if m.group("y") is None or not is_plan_year(m.group("y")):  # none, or historical
        return None, ()
    try:
        return date(int(m.group("y")), int(m.group("m")), int(m.group("d"))), ()
    except ValueError:
        said = " ".join(m.group("day").split())
        why = reason("{date!r} is not a real day: the cited document's date is left out", date=said)
        return None, (why,)


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
    skip = {_compact(n) for n in own}
    found: list[Reference] = []
    for pattern in (_REFERENCE, _NAMED_NUMBER, _NAMED_DATE):
        taken = [r.span for r in found]
        for m in pattern.finditer(text):
            number = _compact(m.group("number")) if "number" in m.re.groupindex else None
            if number in skip or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            found.append(_reference(m, number))
    return sorted(found, key=lambda r: r.span)


def _compact(number: str) -> str:
    return "".join(number.split())


def _reference(m: re.Match[str], number: str | None) -> Reference:
    issuer = m.groupdict().get("issuer")
    kind = " ".join(m.group("kind").split())
    issued, why = _day(m)
    return Reference(
        kind[:1].upper() + kind[1:],
        number,
        issued,
        " ".join(issuer.split()) if issuer else None,
        m.group(),
        m.span(),
        why,
    )


def one_per_document(references: Iterable[Reference]) -> list[Reference]:
    """One reference per document cited, in text order: a căn cứ list names each document once,
    and a document cited again later ("thực hiện Chỉ thị số 05-CT/TU" twice) is still one.

    The citation kept is the fullest (a date and an issuer), else the first. A number is the
    same whatever its spaces or case ("21- NQ/TW" is "21-NQ/TW"); a law cited by name alone is
    the same document when its date is.

    Examples
    --------
    >>> text = ("Căn cứ Nghị quyết số 21-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương; "
    ...         "Kế hoạch thực hiện Nghị quyết số 21- NQ/TW và Quyết định số 1679/QĐ-TTg.")
    >>> [r.number for r in one_per_document(find_references(text))]
    ['21-NQ/TW', '1679/QĐ-TTg']
    """
    best: dict[str, Reference] = {}
    for ref in references:
        key = ref.code.casefold()
        known = best.get(key)
        if known is None or _blanks(ref) < _blanks(known):
            best[key] = ref
    return sorted(best.values(), key=lambda r: r.span)


def _blanks(ref: Reference) -> int:
    return (ref.issued, ref.issuer).count(None)
