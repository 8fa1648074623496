"""Where a figure comes from: the document, its section, and its words.

Examples
--------
>>> from datetime import date
>>> doc = Document(
...     title="Kế hoạch về việc tiếp tục thực hiện một số nhiệm vụ, giải pháp trọng tâm "
...     "nhằm nâng cao chất lượng khám chữa bệnh cho nhân dân trên địa bàn tỉnh Quảng Ngãi "
...     "đến năm 2025",
...     issuer="UBND tỉnh Quảng Ngãi",
...     number="193/KH-UBND",
...     issued=date(2023, 11, 2),
...     place="Quảng Ngãi",
... )
>>> src = Source(doc, "III.5", "duy trì 100% Trạm y tế xã, phường, thị trấn có bác sĩ")
>>> src.cite()
'UBND tỉnh Quảng Ngãi, 193/KH-UBND (2023-11-02), III.5'
"""

from __future__ import annotations

import re
from datetime import date

import attrs

from vnhealthplan.core.checks import items_of, member_of, text, to_tuple, year_date

__all__ = ["Citation", "Document", "Source"]


@attrs.frozen
class Citation:
    """A document that another document cites (one of its căn cứ), as the citation gives it.

    Parameters
    ----------
    kind : str
        "Quyết định", "Nghị quyết", "Kế hoạch", "Luật" …
    number : str, optional
        Its number and symbol, e.g. "153/QĐ-TTg"; None for a law cited by its name.
    issued : datetime.date, optional
        Its date, where the citation gives it.
    issuer : str, optional
        Who issued it, where the citation says ("của Thủ tướng Chính phủ").
    quote : str, optional
        The words of the citation.

    Examples
    --------
    Thanh Hóa's plan (132/KH-SYT) implements the national health network plan:

    >>> from vnhealthplan import plans
    >>> from vnhealthplan.extract import draft_plan
    >>> document = draft_plan(plans.source_text("thanh-hoa-2023")).plan.document
    >>> document.references[0]
    Citation(kind='Quyết định', number='153/QĐ-TTg', issued=datetime.date(2023, 2, 27), \
issuer='Thủ tướng Chính phủ', quote='Quyết định số 153/QĐ-TTg ngày 27/02/2023 của Thủ tướng \
Chính phủ')
    """

    kind: str = attrs.field(validator=text())
    number: str | None = attrs.field(default=None, validator=text(optional=True))
    issued: date | None = attrs.field(default=None, validator=year_date(optional=True))
    issuer: str | None = attrs.field(default=None, validator=text(optional=True))
    quote: str | None = attrs.field(default=None, validator=text(optional=True))


@attrs.frozen
class Document:
    """A plan or other official document, as identified on its first page.

    Parameters
    ----------
    title : str
        The title as printed, e.g. "Kế hoạch Triển khai thực hiện Quy hoạch ...".
    issuer : str
        Who issued it, e.g. "Sở Y tế Thanh Hóa" or "Tỉnh ủy An Giang".
    number : str, optional
        Its number and symbol, e.g. "132/KH-SYT". None when the print leaves it blank
        (Đắk Lắk's 2024 plan is a draft: "Số: /KH-SYT").
    issued : datetime.date, optional
        The issue date; None when the print leaves it blank.
    place : str, optional
        The place in the header, e.g. "Long Xuyên".
    implements : tuple of str
        Instruments the document says it implements, e.g. ``("20-NQ/TW",)``.
    notes : str
        Anything else worth keeping, e.g. why the issuer is not named.
    notes_vi : str
        The notes in Vietnamese (keyword only; see
        :func:`vnhealthplan.model.notes.notes_in`).
    references : tuple of Citation
        The documents it cites (its căn cứ), with their dates: the dates of cited
        documents are not deadlines. Left out of the repr, which stays short.

    Examples
    --------
    >>> from datetime import date
    >>> Document("Kế hoạch thực hiện Nghị quyết số 20-NQ/TW", "Tỉnh ủy An Giang",
    ...          issued=date(2018, 4, 27), place="Long Xuyên", implements=["20-NQ/TW"])
    ... # doctest: +ELLIPSIS
    Document(title='Kế hoạch thực hiện Nghị quyết số 20-NQ/TW', issuer='Tỉnh ủy An Giang', ...)
    """

    title: str = attrs.field(validator=text())
    issuer: str = attrs.field(validator=text())
    number: str | None = attrs.field(default=None, validator=text(optional=True))
    issued: date | None = attrs.field(default=None, validator=year_date(optional=True))
    place: str | None = attrs.field(default=None, validator=text(optional=True))
    implements: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=items_of(str)
    )
    notes: str = attrs.field(default="")
    references: tuple[Citation, ...] = attrs.field(
        default=(), converter=to_tuple, validator=items_of(Citation), repr=False
    )
    notes_vi: str = attrs.field(default="", kw_only=True, validator=member_of(str))

    def cite(self) -> str:
        """A short citation: issuer, number and date, as far as they are known.

        Examples
        --------
        >>> Document("Kế hoạch năm 2024", "Sở Y tế Đắk Lắk").cite()
        'Sở Y tế Đắk Lắk, (no number) (undated)'
        """
        number = self.number or "(no number)"
        when = self.issued.isoformat() if self.issued else "undated"
        return f"{self.issuer}, {number} ({when})"

    @property
    def short(self) -> str:
        """Its kind and number in a few characters ("QĐ 201", "NQ 20"), for a table column.

        From *number*, else from the title; without either, the title up to its date
        (" ngày ") or its first bracket.

        Examples
        --------
        >>> Document("Quyết định 201/QĐ-TTg ngày 27/02/2024", "Thủ tướng Chính phủ").short
        'QĐ 201'
        >>> Document("Kế hoạch năm 2024", "Sở Y tế Đắk Lắk", number="/KH-SYT").short
        'Kế hoạch năm 2024'
        """
        for words in (self.number or "", self.title):
            if found := _NUMBER.search(words):
                return f"{found['kind']} {found['number']}"
        return self.title.split(" ngày ")[0].split(" (")[0]


#: A document's number and symbol: "201/QĐ-TTg", "20-NQ/TW" (its number, then its kind).
_NUMBER = re.compile(r"\b(?P<number>\d+)\s*[-/]\s*(?P<kind>[A-ZĐ]{2,})\b")


@attrs.frozen
class Source:
    """The provenance of one record: document, section and the verbatim quote.

    Parameters
    ----------
    document : Document
        The document the record comes from.
    section : str
        Where in the document, as numbered there (e.g. "III.2.1", "Phụ lục, dòng 2").
    quote : str
        The words as printed, OCR errors included.
    reading : str, optional
        The corrected reading, where the print is garbled (e.g. the print says
        "Hàng I", the reading is "Hạng I").

    Examples
    --------
    >>> doc = Document("Kế hoạch triển khai Quy hoạch ngành y tế", "Sở Y tế Thanh Hóa",
    ...                number="132/KH-SYT")
    >>> src = Source(doc, "II.2.5", "đạt tiêu chí bệnh viện Hàng I",
    ...              reading="đạt tiêu chí bệnh viện Hạng I")
    >>> src.text
    'đạt tiêu chí bệnh viện Hạng I'
    """

    document: Document = attrs.field(validator=member_of(Document))
    section: str = attrs.field(validator=text())
    quote: str = attrs.field(validator=text())
    reading: str | None = attrs.field(default=None, validator=text(optional=True))

    @property
    def text(self) -> str:
        """The corrected reading if there is one, else the quote."""
        return self.reading or self.quote

    def cite(self) -> str:
        """The document's citation followed by the section.

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> target = plans.load("thanh-hoa-2023").targets_for("beds_per_10k", 2030)[0]
        >>> target.source.cite()
        'Sở Y tế Thanh Hóa, 132/KH-SYT (2023-10-14), II.1.2.a'
        """
        return f"{self.document.cite()}, {self.section}"
