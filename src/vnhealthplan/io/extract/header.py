"""A plan's identity from its first page: number, place, date, title, issuer, province.

Vietnamese administrative documents open with a fixed block (Nghị định 30/2020/NĐ-CP on
administrative documents): "Số: 193/KH-UBND", "Quảng Ngãi, ngày 02 tháng 11 năm 2023",
the kind of document in capitals ("KẾ HOẠCH") and its title below it. The issuer is read
from the sentence that issues the plan ("UBND tỉnh ban hành Kế hoạch", "Sở Y tế xây dựng
kế hoạch"), else from the number's symbol ("KH-UBND": the provincial People's Committee,
"KH-SYT": the Department of Health); the province from the place and the most named
bundled province. What is missing is left out (None) and said in :attr:`Header.reasons`.

Examples
--------
>>> header = read_header("Số: 193/KH-UBND\\nQuảng Ngãi, ngày 02 tháng 11 năm 2023\\n\\n"
...                      "KẾ HOẠCH\\n\\nVề việc nâng cao chất lượng khám chữa bệnh\\n\\n"
...                      "UBND tỉnh ban hành Kế hoạch như sau:")
>>> header.number, header.place, header.issued, header.title
('193/KH-UBND', 'Quảng Ngãi', datetime.date(2023, 11, 2), \
'Kế hoạch về việc nâng cao chất lượng khám chữa bệnh')
>>> header.issuer, header.province.name
('UBND tỉnh Quảng Ngãi', 'Quảng Ngãi')
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections import Counter
from datetime import date
from typing import Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.data import provinces
from vnhealthplan.io.extract.issuing import Issuing, find_issuing
from vnhealthplan.io.extract.planyear import is_plan_year
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.segment import YearMark, year_marks
from vnhealthplan.model.province import Province
from vnhealthplan.text import UnknownNameError, split_agency

__all__ = ["Header", "read_header", "title_heading"]

Span = tuple[int, int]

_HEAD_CHARS = 3000
_NUMBER: Final = re.compile(
    r"Số[ \t]*:?[ \t]*(?:\*\*)?[ \t]*(\d*)[ \t]*(?:\*\*)?[ \t]*/[ \t]*"
    r"([A-ZĐ]{1,6}(?:[-/][A-ZĐ]{1,8})+)"
)
_APPENDIX: Final = re.compile(
    r"kèm theo (?:Kế hoạch|Quyết định) số (\d+/[A-ZĐ]+(?:[-/][A-ZĐ]+)+)[ ,]*ngày (\d{1,2}) "
    r"tháng (\d{1,2}) năm (\d{4})",
    re.IGNORECASE,
)
_DATE: Final = re.compile(
    r"([^\n,:\d/*]{2,40}?),[ \t]*ngày\s*(?:\*\*)?[ \t]*(\d{1,2})?\s*(?:\*\*)?\s*"
    r"tháng[ \t]*(\d{1,2})?[ \t]*năm[ \t]*(\d{4})",  # the page's layout may break the line
    re.IGNORECASE,
)
_KIND_LINE: Final = re.compile(r"^[ \t]*KẾ HOẠCH[ \t]*$", re.MULTILINE)
_ISSUER: Final = re.compile(
    r"\b((?:Sở|Ủy ban|Uỷ ban|UBND|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Ban Chấp hành|"
    r"Ban Thường vụ|Hội đồng nhân dân|HĐND|Bộ|Chi cục)[^\n.;:,]{0,50}?)[ \t]+"
    r"(?:ban hành|xây dựng|triển khai)[ \t]+(?:các[ \t]+)?kế hoạch",
    re.IGNORECASE,
)
#: Words before an agency that make it a partner of a task ("phối hợp với Sở Tài chính triển
#: khai Kế hoạch"), not the plan's issuer.
_PARTNER: Final = re.compile(r"(?:phối hợp|\bvới)\b[^.;:\n]{0,40}$", re.IGNORECASE)
_SYMBOLS: Final = {"UBND": "UBND tỉnh", "SYT": "Sở Y tế", "TU": "Tỉnh ủy", "HĐND": "HĐND tỉnh"}
_DOC_NUMBER: Final = re.compile(
    r"\b\d{1,5}(?:/\d{4})?/[A-ZĐ]{1,6}(?:-[A-ZĐ]{1,8})+\b|\b\d{1,3}-[A-ZĐ]{2}/[A-ZĐ]{2,3}\b"
)
_PROVINCE_WORD: Final = re.compile(r"\btỉnh[ \t]+((?:[A-ZĐÂ][^\s,.;:()]*[ \t]?){1,3})")


@attrs.frozen
class Header:
    """What the first page says about the document, with spans and reasons.

    Parameters
    ----------
    title, issuer : str
    number : str, optional
    issued : datetime.date, optional
    place : str, optional
    province : Province, optional
    implements : tuple of str
    title_year : YearMark, optional
        The first year the title names.
    year : int, optional
        The document's year (from its date, even one without a day).
    spans : dict of str to span
        Where each field was read.
    reasons : tuple of str
        What could not be read, or was read from a weaker place.

    Examples
    --------
    >>> read_header("Số: /KH-SYT Đăk Lăk, ngày tháng năm 2024").reasons[:2]
    ('the number is printed blank: "Số: /KH-SYT"', 'the date is printed without its day \
or month: year 2024 only')
    """

    title: str
    issuer: str
    number: str | None = None
    issued: date | None = None
    place: str | None = None
    province: Province | None = None
    implements: tuple[str, ...] = ()
    title_year: YearMark | None = None
    year: int | None = None
    spans: dict[str, Span] = attrs.field(factory=dict, eq=False)
    reasons: tuple[str, ...] = ()


def _number(text: str, reasons: list[str], spans: dict[str, Span]) -> tuple[str | None, str]:
    m = _NUMBER.search(text, 0, _HEAD_CHARS)
    if m and m.group(1):
        spans["number"] = m.span()
        return f"{m.group(1)}/{m.group(2)}", m.group(2)
    if m:
        said = " ".join(m.group().split())
        reasons.append(reason('the number is printed blank: "{said}"', said=said))
        spans["number"] = m.span()
        return None, m.group(2)
    return None, ""


#: A web page's dateline ("Cập nhật lúc 10:35, Thứ Năm, 09/08/2018 (GMT+7)", "Ngày đăng:
#: 12/3/2021"): the date it was published, standing for the year of a text with no other.
_DATELINE: Final = re.compile(
    r"^[^\n]{0,40}?\b(?:Cập nhật|Ngày đăng|Đăng lúc|Đăng ngày|Thứ [A-ZĐ]\w*|Chủ nhật)\b"
    r"[^\n\d]{0,30}(?:\d{1,2}:\d\d[^\n\d]{0,30})?\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b",
    re.MULTILINE,
)
_DATELINE_CHARS = 600


def _dateline(text: str, reasons: list[str], spans: dict[str, Span]) -> int | None:
    m = _DATELINE.search(text, 0, _DATELINE_CHARS)
    if m is None:
        return None
    spans["dateline"] = m.span()
    reasons.append(
        reason(
            "year {year} read from the page's dateline ({dateline!r})",
            year=m.group(1),
            dateline=m.group(),
        )
    )
    return int(m.group(1))


def _date(
    text: str, reasons: list[str], spans: dict[str, Span]
) -> tuple[date | None, str | None, int | None]:
    m = _DATE.search(text, 0, _HEAD_CHARS)
    if m is None:
        return None, None, None
    spans["issued"] = m.span()
    words = m.group(1).split()
    place = " ".join(w for w in words if not re.fullmatch(r"[A-ZĐ]+(?:-[A-ZĐ]+)+", w))
    place = place.strip(" |-–—")
    year = int(m.group(4))
    if not is_plan_year(year):  # "ngày 3 tháng 2 năm 1930": history, not the plan's date
        return None, place or None, None
    if m.group(2) and m.group(3):
        try:
            return date(year, int(m.group(3)), int(m.group(2))), place or None, year
        except ValueError:
            reasons.append(reason("the date {date!r} is not a real day", date=m.group()))
            return None, place or None, year
    reasons.append(
        reason("the date is printed without its day or month: year {year} only", year=year)
    )
    return None, place or None, year


#: The title's lines: up to a blank line or the first heading of the body ("Phần 1", "I.",
#: "1.", "Căn cứ …"), which a text without blank lines runs on into.
_TITLE_BLOCK: Final = re.compile(
    r"(?:(?!(?:Phần|PHẦN|Chương|CHƯƠNG|[IVX]+\.|\d+\.|Căn cứ|CĂN CỨ)(?:\s|$))[^\n]*\S[^\n]*\n?)+"
)


def _title(text: str, reasons: list[str], spans: dict[str, Span]) -> str:
    m = _KIND_LINE.search(text, 0, _HEAD_CHARS)
    if m:
        blocks = _TITLE_BLOCK.finditer(text[m.end() : m.end() + 2000])
        block = next(blocks, None)
        if block is not None:
            body = " ".join(block.group().replace("“", '"').replace("”", '"').split())
            body = body.strip('"')
            trailing = len(block.group()) - len(block.group().rstrip())
            spans["title"] = (m.start(), m.end() + block.end() - trailing)
            first_word = body.split(" ", 1)[0]
            if not first_word.isupper():
                body = body[:1].lower() + body[1:]
            return f"Kế hoạch {body}"
    first = re.search(r"\S[^\n]*?[.;](?=\s|$)|\S[^\n]*", text)
    sentence = " ".join(first.group().split()) if first else "Kế hoạch"
    sentence = sentence if len(sentence) <= 200 else sentence[:199] + "…"
    reasons.append(reason("no title under a 'KẾ HOẠCH' line: the first sentence stands for it"))
    if first:
        spans["title"] = first.span()
    return sentence


def _upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def title_heading(text: str) -> Span | None:
    """Where the title's heading stands: the first line under the "KẾ HOẠCH" line and the
    capitalised lines that continue it; without that line, the first capitalised line of
    three words or more after the line that dates the document. None if neither is there.

    Examples
    --------
    >>> text = "KẾ HOẠCH\\nPHÒNG CHỐNG SỐT RÉT\\nGIAI ĐOẠN 2026 - 2030\\nThực hiện Quyết định …"
    >>> text[slice(*title_heading(text))]
    'PHÒNG CHỐNG SỐT RÉT\\nGIAI ĐOẠN 2026 - 2030'
    >>> text = "Số: 9/KH-UBND | Huế, ngày 2 tháng 1 năm 2026 |\\nPHÒNG, CHỐNG BỆNH SỐT RÉT NĂM 2026"
    >>> text[slice(*title_heading(text))]
    'PHÒNG, CHỐNG BỆNH SỐT RÉT NĂM 2026'
    """
    kind = _KIND_LINE.search(text, 0, _HEAD_CHARS)
    if kind is None:
        dated = _DATE.search(text, 0, _HEAD_CHARS)
        if dated is None:
            return None
        pos = text.find("\n", dated.end())
        for line in re.finditer(r"[^\n]+", text[: pos + 400] if pos >= 0 else ""):
            if line.start() > pos and _upper(line.group()) and len(line.group().split()) >= 3:
                return _with_years(text, line.span())
        return None
    lines = list(re.finditer(r"[^\n]*\S[^\n]*", text[kind.end() : kind.end() + 1000]))
    if not lines or "\n\n\n" in text[kind.end() : kind.end() + lines[0].start()]:
        return None
    end = lines[0].end()
    for before, line in itertools.pairwise(lines):
        if line.start() - before.end() > 1 or not _upper(line.group()):
            break
        end = line.end()
    return _with_years(text, (kind.end() + lines[0].start(), kind.end() + end))


#: A heading line that ends on a word whose years are on the next line ("GIAI ĐOẠN\n2020-2025").
_DANGLING: Final = re.compile(r"(?:GIAI ĐOẠN|NĂM|ĐẾN|TỪ)[ \t]*\n[ \t]*(?=(?:19|20)\d\d)")


def _with_years(text: str, span: Span) -> Span:
    """*span*, and the next line when the heading breaks between a period word and its years."""
    dangling = _DANGLING.search(text, max(span[0], span[1] - 12), span[1] + 8)
    if dangling is None or dangling.start() > span[1]:
        return span
    end = text.find("\n", dangling.end())
    return span[0], len(text) if end < 0 else end


def _province(text: str, place: str | None, reasons: list[str]) -> Province | None:
    key = " " + fold(text) + " "
    counts: Counter[str] = Counter()
    found: dict[str, int] = {}  # names that fold alike are counted once in the long text
    for province in provinces.all():
        for name in {province.name, *province.aliases}:
            needle = " " + fold(name) + " "
            if needle not in found:
                found[needle] = key.count(needle)
            counts[province.name] += found[needle]
    if place:
        with contextlib.suppress(LookupError):
            counts[provinces.get(place).name] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] == 0:
        named = sorted({" ".join(m.group(1).split()) for m in _PROVINCE_WORD.finditer(text)})
        if named:
            why = reason(
                "no bundled province is named in the text (the text names: {names})",
                names=", ".join(named[:5]),
            )
        else:
            why = reason("no bundled province is named in the text")
        reasons.append(why)
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        reasons.append(
            reason(
                "the text names {first} and {second} as often: no province",
                first=ranked[0][0],
                second=ranked[1][0],
            )
        )
        return None
    return provinces.get(ranked[0][0])


def _issuer(
    text: str, symbol: str, province: Province | None, reasons: list[str], spans: dict[str, Span]
) -> str:
    m = next(
        (
            m
            for m in _ISSUER.finditer(text, 0, 8000)
            if not text[max(0, m.start() - 4) : m.start()].casefold().startswith("của")
            and not _PARTNER.search(text, max(0, m.start() - 50), m.start())
            and " về" not in m.group(1)
            and not re.search(r"\d", m.group(1))  # "UBND ngày 15/3/2023": no issuer
        ),
        None,
    )
    issuer = None
    if m:
        said = re.sub(r"[ \t]+(?:vừa|đã|mới|ký)$", "", m.group(1).rstrip())
        issuer = " ".join(said.split())
        spans["issuer"] = m.start(1), m.start(1) + len(said)
    elif symbol:
        tail = re.split(r"[-/]", symbol)[-1]
        issuer = _SYMBOLS.get(tail)
        if issuer:
            reasons.append(reason("issuer read from the number's symbol {symbol!r}", symbol=symbol))
    if issuer is None:
        reasons.append(reason("the text does not say who issued it"))
        return "(không nêu trong văn bản / not named in the text)"
    provincial = re.match(r"(?:Sở|UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng|Tỉnh)", issuer)
    if province is not None and provincial and fold(province.name) not in fold(issuer):
        try:
            named = split_agency(issuer)[1]
        except UnknownNameError:
            named = None
        if named is None:
            issuer = f"{issuer} {province.name}"
    return issuer


def _reported(
    issuing: Issuing,
    issued: date | None,
    year: int | None,
    reasons: list[str],
    spans: dict[str, Span],
) -> tuple[str | None, str, date | None, int | None]:
    """The number, symbol, date and year a report of the plan gives ("UBND tỉnh vừa ban
    hành Kế hoạch số 68/KH-UBND …"), for a text without the document's header."""
    number = issuing.number or ""
    spans["number"] = issuing.number_span or issuing.span
    reasons.append(
        reason(
            "number read from the sentence that reports the plan ('{kind} số')", kind=issuing.kind
        )
    )
    reasons.extend(issuing.reasons)
    if issued is None and issuing.issued is not None:
        issued, year = issuing.issued, issuing.issued.year
        reasons.append(reason("date read from the sentence that reports the plan"))
        if issuing.date_span is not None:
            spans["issued"] = issuing.date_span
    elif year is None:
        year = issuing.year
    return number, number.split("/", 1)[-1], issued, year


def read_header(text: str) -> Header:
    """Read the document's identity from its text (see the module notes).

    Parameters
    ----------
    text : str

    Returns
    -------
    Header

    Examples
    --------
    An Giang's plan prints its place and date but no number:

    >>> from vnhealthplan.plans import source_text
    >>> header = read_header(source_text("an-giang-2018"))
    >>> header.place, header.issued, header.number, header.issuer
    ('Long Xuyên', datetime.date(2018, 4, 27), None, 'Tỉnh uỷ An Giang')
    """
    reasons: list[str] = []
    spans: dict[str, Span] = {}
    number, symbol = _number(text, reasons, spans)
    issued, place, year = _date(text, reasons, spans)
    appendix = _APPENDIX.search(text)
    if number is None and appendix:
        number, symbol = appendix.group(1), appendix.group(1).split("/", 1)[1]
        reasons.append(reason("number read from an appendix heading ('kèm theo Kế hoạch số …')"))
        spans["number"] = appendix.span(1)
        if issued is None and is_plan_year(appendix.group(4)):
            d, mo, y = (int(appendix.group(i)) for i in (2, 3, 4))
            issued, year = date(y, mo, d), y
            reasons.append(reason("date read from an appendix heading"))
    if year is None and number is None:
        year = _dateline(text, reasons, spans)
    issuing = find_issuing(text)
    if number is None and issuing is not None and issuing.number_span is not None:
        number, symbol, issued, year = _reported(issuing, issued, year, reasons, spans)
    title = _title(text, reasons, spans)
    province = _province(text, place, reasons)
    issuer = _issuer(text, symbol, province, reasons, spans)
    title_span = spans.get("title", (0, 0))
    marks = [m for m in year_marks(text, *title_span) if not m.reference]
    if not marks and issuing is not None:  # "ban hành Kế hoạch … giai đoạn 2021-2025"
        marks = [m for m in year_marks(text, *issuing.title_span) if not m.reference]
    own = {number} if number else set()
    preamble = text[: min(len(text), 5000)]
    implements = tuple(
        dict.fromkeys(n for n in _DOC_NUMBER.findall(preamble) if n not in own and "/KH" not in n)
    )
    return Header(
        title,
        issuer,
        number,
        issued,
        place,
        province,
        implements,
        marks[0] if marks else None,
        year if year is not None else (issued.year if issued else None),
        spans,
        tuple(reasons),
    )
