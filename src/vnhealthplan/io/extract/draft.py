"""The draft: a :class:`~vnhealthplan.Plan` built from the text, and its review table.

Every drafted record points at the words it came from: its source quote is the exact text
at its span, and its notes give the span, a confidence from 0 to 1 and the reasons for any
doubt, so that they survive in the plan file a reviewer edits. Indicators the catalogue
does not have become draft indicators of the plan's own (``draft_01`` …), named after the
words around the value, to be renamed or mapped by the reviewer. Status figures the text
reports ("năm 2023 đạt 8,5 bác sĩ/vạn dân") become the plan's observations, kept apart from
its targets (:mod:`.status`, :mod:`.records`).

Examples
--------
>>> draft = draft_plan("Số: 12/KH-SYT\\nKẾ HOẠCH\\nChăm sóc sức khỏe năm 2025\\n\\n"
...                    "Năm 2023 đã đạt 8,5 bác sĩ/vạn dân. "
...                    "Phấn đấu đến năm 2025 đạt 10 bác sĩ/vạn dân.")
>>> draft.plan.targets
(Target(doctors_per_10k = 10 doctor / ten_thousand_people, 2025),)
>>> draft.plan.observations
(Observation(doctors_per_10k = 8.5 doctor / ten_thousand_people, 2023),)
>>> print(draft.review_frame()[["kind", "record", "year", "quote"]].to_string())
          kind           record  year                                 quote
0     document           number                               Số: 12/KH-SYT
1     document            title        KẾ HOẠCH\\nChăm sóc sức khỏe năm 2025
3  observation  doctors_per_10k  2023                đạt 8,5 bác sĩ/vạn dân
4     deadline         năm 2025  2025                              năm 2025
2       target  doctors_per_10k  2025                 đạt 10 bác sĩ/vạn dân
"""

from __future__ import annotations

import functools
import html
import os
import re
from typing import TYPE_CHECKING, Any

import attrs

from vnhealthplan.core.errors import WrongTypeError
from vnhealthplan.core.fold import ascii_name
from vnhealthplan.core.messages import message
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Lang
from vnhealthplan.data.planfile import write_plan
from vnhealthplan.io.extract.assignments import find_assignments
from vnhealthplan.io.extract.deadlines import Deadline
from vnhealthplan.io.extract.findings import (
    assignment_findings,
    deadline_finding,
    draft_document,
    governing_deadlines,
    header_findings,
    reference_finding,
)
from vnhealthplan.io.extract.findings import (
    citations as citations,  # kept importable from here
)
from vnhealthplan.io.extract.header import read_header
from vnhealthplan.io.extract.ownyear import programme_year
from vnhealthplan.io.extract.reading import (
    MAX_BYTES,
    SourceText,
    check_controls,
    check_path,
    read_text,
)
from vnhealthplan.io.extract.records import (
    Finding,
    LocalIndicators,
    draft_observations,
    draft_targets,
)
from vnhealthplan.io.extract.references import Reference, find_references, one_per_document
from vnhealthplan.io.extract.reprinted import printed_once
from vnhealthplan.io.extract.reread import reread
from vnhealthplan.io.extract.reviewbook import write_review
from vnhealthplan.io.extract.reviewrows import kind_said, record_said
from vnhealthplan.io.extract.segment import layout
from vnhealthplan.io.extract.targets import YearContext, find_figures
from vnhealthplan.io.extract.unread import UNREAD, unread_findings
from vnhealthplan.model.plan import Plan

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Draft", "Finding", "draft_file", "draft_plan"]

Span = tuple[int, int]

_COLUMNS = {
    "en": ("kind", "record", "value", "year", "confidence", "reasons", "quote", "start", "end",
           "location"),
    "vi": ("loại", "bản ghi", "giá trị", "năm", "độ tin cậy", "lý do", "trích dẫn", "từ", "đến",
           "vị trí"),
}  # fmt: skip


@attrs.frozen
class Draft:
    """A plan drafted from its text, with the findings a reviewer checks.

    Parameters
    ----------
    plan : Plan
    findings : tuple of Finding
        Document fields, targets, assignments and deadlines, in text order within each kind;
        last the figures the drafter did not read (kind "unread", :attr:`unread`).
    messages : tuple of str
        What the reader and the drafter could not decide, and "no targets found" when so.
    source : SourceText
    deadlines : tuple of Deadline
        The periods that govern a task or a target (:mod:`.deadlines`), in text order.
    references : tuple of Reference
        The documents the text cites (its căn cứ, :mod:`.references`), one each, in text order.

    Examples
    --------
    >>> draft = draft_plan("Kế hoạch không có chỉ tiêu.")
    >>> draft.plan.targets, draft.messages[-1]
    ((), 'no quantified targets found in the text')
    """

    plan: Plan
    findings: tuple[Finding, ...]
    messages: tuple[str, ...]
    source: SourceText
    deadlines: tuple[Deadline, ...] = ()
    references: tuple[Reference, ...] = ()

    @property
    def text(self) -> str:
        """The text drafted from."""
        return self.source.text

    @property
    def unread(self) -> tuple[Finding, ...]:
        """The figures of the text the drafter did not read (:mod:`.unread`), in text order.

        Examples
        --------
        >>> draft = draft_plan("Đến năm 2025 đạt 10 bác sĩ/vạn dân. Toàn tỉnh có 173 trạm y tế xã.")
        >>> [(f.value, f.confidence) for f in draft.unread]
        [('173 trạm y tế', 0.0)]
        """
        return tuple(f for f in self.findings if f.kind == UNREAD)

    def review_frame(self, lang: Lang | None = None) -> pd.DataFrame:
        """The findings as a table to review: one row each, the doubtful ones first.

        Rows are sorted by confidence, lowest first, then in text order; the index is the
        row's stable id, its position in :attr:`findings` (the review workbook's "id").

        Parameters
        ----------
        lang : {"en", "vi"}, optional
            Column names, kinds, values and reasons in English or Vietnamese (default: the package
            setting when the table is made); a target's value is written as
            :func:`~vnhealthplan.text.format_target` writes it ("17,6%" / "17.6%").

        Returns
        -------
        pandas.DataFrame
            Columns ``kind, record, value, year, confidence, reasons, quote, start, end,
            location`` (where the quote stands in the file: "trang 3, dòng 5", "bảng 1,
            hàng 4", "đoạn 9"; :meth:`~.source_text.SourceText.location`).

        Examples
        --------
        >>> draft = draft_plan("Mục tiêu đến năm 2030: tỉ lệ hài lòng đạt trên 90%.")
        >>> draft.review_frame("vi").columns[:4].tolist()
        ['loại', 'bản ghi', 'giá trị', 'năm']
        >>> draft = draft_plan("KẾ HOẠCH\\nY tế năm 2025\\n\\nĐến năm 2025 đạt 10 bác sĩ/vạn dân; "
        ...                    "100% trạm y tế xã có tủ thuốc.")
        >>> draft.review_frame()[["kind", "record", "confidence"]]  # the doubtful row first
               kind           record  confidence
        2    target         draft_01         0.7
        0  document            title         1.0
        3  deadline         năm 2025         1.0
        1    target  doctors_per_10k         1.0
        """
        import pandas as pd

        chosen = resolve_language(lang)
        names = _COLUMNS[chosen]
        rows = [
            (
                f.kind if chosen == "en" else kind_said(f.kind, chosen),  # "observation" kept
                record_said(f, chosen),
                f.said_value(lang),
                f.year,
                f.confidence,
                f.said_reasons(lang),
                f.quote,
                f.span[0],
                f.span[1],
                self.source.location(f.span, lang),
            )
            for f in self.findings
        ]
        frame = pd.DataFrame(rows, columns=list(names))
        last = [f.kind == UNREAD for f in self.findings]  # the figures not read: last
        order = sorted(range(len(rows)), key=lambda i: (last[i], rows[i][4], rows[i][7], i))
        frame = frame.iloc[order] if rows else frame
        return frame.astype({names[4]: float, names[7]: int, names[8]: int})

    def _repr_html_(self) -> str:
        frame = self.review_frame()
        head = html.escape(
            f"Draft {self.plan.key}: {len(self.plan.targets)} targets, "
            f"{len(self.plan.observations)} status figures, "
            f"{len(self.plan.assignments)} assignments"
        )
        notes = "".join(f"<li>{html.escape(m)}</li>" for m in self.messages)
        table = frame.to_html(index=False, escape=True)
        return f"<div><p><b>{head}</b></p><ul>{notes}</ul>{table}</div>"

    def to_file(self, path: str | os.PathLike[str]) -> None:
        """Write the drafted plan to a plan file (atomically), for review and reloading.

        Examples
        --------
        >>> import pathlib, tempfile
        >>> from vnhealthplan.planfile import read_plan
        >>> draft = draft_plan("Phấn đấu đến năm 2025 đạt 10 bác sĩ/vạn dân.")
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = pathlib.Path(folder, "draft.toml")
        ...     draft.to_file(path)
        ...     read_plan(path) == draft.plan
        True
        """
        write_plan(self.plan, path)

    def to_review_workbook(self, path: str | os.PathLike[str], lang: Lang | None = None) -> None:
        """Write the review table as an Excel workbook to correct and read back.

        See :func:`vnhealthplan.io.extract.reviewbook.write_review` (which this calls) and
        :func:`~vnhealthplan.io.extract.reviewbook.read_review`.
        """
        write_review(self, path, lang)


def _slug(words: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", ascii_name(words).casefold())) or "draft"


def draft_plan(text: str | SourceText, *, key: str | None = None, name: str = "<text>") -> Draft:
    """Draft a plan from its text: document, targets, assignments, deadlines.

    Parameters
    ----------
    text : str or SourceText
        The plan's text (:func:`~vnhealthplan.io.extract.read_text` reads files).
    key : str, optional
        The plan's key; by default the province and year ("quang-ngai-2023"), else
        "draft".
    name : str
        Where the text came from, for messages.

    Returns
    -------
    Draft
        With no targets and a message saying so when the text has none: not an error.

    Raises
    ------
    WrongTypeError
        For *text* that is neither a str nor a SourceText (bytes: decode them or pass the
        file to :func:`draft_file`), or a *key* or *name* that is not a str.
    ExtractError
        For text holding control characters (binary data).

    Examples
    --------
    Quảng Ngãi's plan, drafted from its shipped text:

    >>> from vnhealthplan import plans
    >>> draft = draft_plan(plans.source_text("quang-ngai-2023"))
    >>> draft.plan.key, draft.plan.document.cite()
    ('quang-ngai-2023', 'UBND tỉnh Quảng Ngãi, 193/KH-UBND (2023-11-02)')
    >>> draft.plan.targets[1]
    Target(stations_with_doctor maintain = 100 percent, 2025)
    >>> draft.plan.targets[1].source.quote
    'duy trì 100%'
    >>> draft.plan.targets[0].indicator.code  # a share the catalogue has no indicator for
    'draft_01'

    """
    source = _source_text(text, key, name)
    body = source.text
    messages = list(source.notes)
    header = read_header(body)
    references = one_per_document(find_references(body, [header.number] if header.number else ()))
    document = draft_document(header, references)
    messages.extend(header.reasons)
    lines = layout(body)
    own = header.title_year or (None if header.year else programme_year(body))
    years = YearContext(own, header.year)
    found = printed_once(body, find_figures(body, lines, years, header.year))
    found = reread(body, found, header.title)
    local = LocalIndicators()
    locate = functools.partial(source.location, lang="vi")  # as the plan file's "dòng"
    targets, target_findings = draft_targets(body, found, document, messages, local, locate)
    observations, observation_findings = draft_observations(
        body, found, document, messages, local, locate
    )
    drafted = find_assignments(body, lines, document, locate)
    assignments = [c.assignment for c in drafted]
    deadlines = governing_deadlines(body, header, references, target_findings, targets, drafted)
    if not targets:
        messages.append("no quantified targets found in the text")
    year = header.year or (targets[0].period.first_year if targets else None)
    if key is None:
        parts = [header.province.name if header.province else "", str(year or "")]
        key = _slug(" ".join(p for p in parts if p)) if header.province else "draft"
    plan = Plan(
        key,
        document,
        province=header.province,
        targets=list[Any](targets),
        assignments=list[Any](assignments),
        observations=list[Any](observations),
    )
    findings = (
        *header_findings(body, header),
        *target_findings,
        *observation_findings,
        *assignment_findings(body, drafted),
        *(deadline_finding(d) for d in deadlines),
        *(reference_finding(r) for r in references),
    )
    findings = (*findings, *unread_findings(body, lines, findings, messages))
    return Draft(
        plan, tuple(findings), tuple(messages), source, tuple(deadlines), tuple(references)
    )


def draft_file(
    path: str | os.PathLike[str],
    *,
    key: str | None = None,
    encoding: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Draft:
    """Read a plan's file (.txt, .docx, .pdf) and draft it (:func:`draft_plan`).

    Raises
    ------
    ExtractError
        For an empty, binary or too large file; ScannedPDFError for a PDF without text.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> from vnhealthplan import plans
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "dak-lak.txt")
    ...     _ = path.write_text(plans.source_text("dak-lak-2024"), encoding="utf-16")
    ...     draft = draft_file(path)
    >>> draft.source.encoding, draft.plan.key, len(draft.plan.targets)
    ('utf-16', 'dak-lak-2024', 14)
    """
    file = check_path(path, "draft_file")
    source = read_text(file, encoding=encoding, max_bytes=max_bytes)
    return draft_plan(source, key=key, name=str(path))


def _source_text(text: object, key: object, name: object) -> SourceText:
    """The text to draft from, its type and characters checked."""
    if not isinstance(name, str):
        raise WrongTypeError("draft_plan", "name", name, message("a str such as 'plan.txt'"))
    if key is not None and not isinstance(key, str):
        raise WrongTypeError("draft_plan", "key", key, message("a plan key (a str) or None"))
    if isinstance(text, SourceText):
        return text
    if isinstance(text, str):
        check_controls(text, name)
        return SourceText(text, name, "str")
    if isinstance(text, bytes | bytearray | memoryview):
        expected = message(
            "a str or a SourceText, not bytes: decode them first "
            "(text.decode('utf-8'), or "
            "vnhealthplan.io.extract.reading.decode(data), which detects the "
            "encoding) or pass the file's path to draft_file"
        )
        raise WrongTypeError("draft_plan", "text", bytes(text[:40]), expected)
    expected = message(
        "a str or a SourceText (got {type}); read a file with draft_file",
        type=str(type(text).__name__),
    )
    raise WrongTypeError("draft_plan", "text", text, expected)
