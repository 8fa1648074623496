"""Drafted records: targets and status figures as model records, each with its finding.

Every drafted record points at the words it came from: its source quote is the exact text
at its span, and its notes give the span, a confidence from 0 to 1 and the reasons for any
doubt, so that they survive in the plan file a reviewer edits. Indicators the catalogue
does not have become draft indicators of the plan's own (``draft_01`` …), named after the
words around the value. Status figures (:mod:`.status`) become
:class:`~vnhealthplan.Observation` records, kept apart from the targets; a count of
facilities or stations the catalogue has no closer indicator for is drafted as the
catalogue's ``health_facilities`` or ``commune_stations``, with the counted words as its
scope.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_figures
>>> from vnhealthplan.model.source import Document
>>> text = "Toàn tỉnh hiện có 173 Trạm Y tế xã, phường, thị trấn."
>>> found = find_figures(text, doc_year=2023)
>>> observations, findings = draft_observations(text, found, Document("t", "i"), [])
>>> observations
[Observation(commune_stations = 173 station, 2023)]
>>> findings[0].kind, findings[0].quote
('observation', '173 Trạm Y tế')
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from typing import Any, Final

import attrs

from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.fold import ascii_name, fold
from vnhealthplan.core.options import resolve_language
from vnhealthplan.core.vocab import Comparator, Lang, TargetKind
from vnhealthplan.data import indicators
from vnhealthplan.io.extract.catalogued import counted_places
from vnhealthplan.io.extract.cellrows import with_cell_rows
from vnhealthplan.io.extract.piped import piped_figures
from vnhealthplan.io.extract.process import process_figure
from vnhealthplan.io.extract.reasons import no_indicator, reason, said
from vnhealthplan.io.extract.restated import Restatements
from vnhealthplan.io.extract.saidvalues import said_quantity, said_target
from vnhealthplan.io.extract.servicesites import service_sites
from vnhealthplan.io.extract.stacked import PART, stacked_figures, without_stacked
from vnhealthplan.io.extract.targets import Candidate
from vnhealthplan.model.indicator import Indicator
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.source import Document, Source
from vnhealthplan.model.target import Scope, Target
from vnhealthplan.text.phrases import about_words

__all__ = [
    "Finding",
    "LocalIndicators",
    "draft_observations",
    "draft_targets",
    "located",
    "note",
    "section_of",
]

Span = tuple[int, int]


@attrs.frozen
class Finding:
    """One drafted record, where it stands in the text, and how sure the draft is of it.

    Parameters
    ----------
    kind : {"document", "target", "observation", "assignment", "deadline", "reference", "unread"}
    record : str
        The document field, the indicator code (of a target or an observation), the lead
        agency, or the deadline; ``""`` for a figure the drafter did not read (:mod:`.unread`).
    value : str
        What was read, written out (a target's or a status figure's value in English;
        :meth:`said_value` writes it in another language).
    year : str
        The period code of a target, an observation or a deadline, else ``""``.
    span : tuple of int
        ``(start, end)`` of :attr:`quote` in the text.
    quote : str
        The words, exactly as in the text.
    confidence : float
        From 0 to 1.
    reasons : tuple of str
        Why the confidence is below 1.
    measure : Target or Observation, optional
        The drafted record itself, free of any language, from which :meth:`said_value`
        writes the value; ``None`` for the other kinds (not compared, not shown).

    Examples
    --------
    >>> Finding("deadline", "Quý II/2024", "2024-Q2", "2024-Q2", (10, 21), "Quý II/2024").kind
    'deadline'
    """

    kind: str
    record: str
    value: str
    year: str
    span: Span
    quote: str
    confidence: float = 1.0
    reasons: tuple[str, ...] = ()
    measure: Target | Observation | None = attrs.field(default=None, eq=False, repr=False)

    def said_value(self, lang: Lang | None = None) -> str:
        """The value in *lang* (default: the package setting), as the package's displays
        write a target (:func:`~vnhealthplan.text.format_target`) or a quantity
        (:func:`~vnhealthplan.text.format_quantity`); other kinds as read.

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> from vnhealthplan.io.extract.draft import draft_plan
        >>> finding = draft_plan(plans.source_text("dak-lak-2024")).findings[2]
        >>> finding.said_value("vi"), finding.said_value("en")
        ('đạt 17,6%', '17.6%')
        """
        lang = resolve_language(lang)
        if lang == "en" or self.measure is None:
            return self.value
        if isinstance(self.measure, Target):
            return said_target(self.measure, lang)
        return said_quantity(self.measure.value, lang)

    def said_reasons(self, lang: Lang | None = None) -> str:
        """The reasons in *lang* (default: the package setting), joined with "; ".

        Examples
        --------
        >>> from vnhealthplan import plans
        >>> from vnhealthplan.io.extract.draft import draft_plan
        >>> finding = draft_plan(plans.source_text("an-giang-2018")).findings[16]
        >>> finding.said_reasons("en")
        'the denominator is read from the end of the list (bed / ten_thousand_people)'
        >>> finding.said_reasons("vi")
        'mẫu số lấy từ cuối danh sách (bed / ten_thousand_people)'
        """
        return said(self.reasons, lang)


_LOCAL_NOTE: Any = ("Drafted from the plan's words; rename it or map it to a catalogue code.",)


class LocalIndicators:
    """Draft indicators of the plan's own, one per distinct name and unit.

    Examples
    --------
    >>> local = LocalIndicators()
    >>> local.get("Số giường bệnh tư nhân", "bed")
    Indicator('draft_01', 'bed', neutral)
    >>> local.get("số giường bệnh tư nhân", "bed").code, local.get("Số giường", "bed").code
    ('draft_01', 'draft_02')
    """

    def __init__(self) -> None:
        self.made: dict[tuple[str, str], Indicator] = {}

    def get(self, name: str, unit: Any) -> Indicator:
        key = (fold(name), str(unit))
        if key not in self.made:
            code = f"draft_{len(self.made) + 1:02d}"
            self.made[key] = Indicator(
                code,
                name or code,
                f"Draft indicator (not in the catalogue): {ascii_name(name or code)}",
                unit,
                "neutral",
                numerator=name or code,
                notes=_LOCAL_NOTE,
            )
        return self.made[key]


def note(span: Span, confidence: float, reasons: tuple[str, ...]) -> str:
    """A drafted record's notes: its span, its confidence and the reasons for any doubt.

    Examples
    --------
    >>> note((10, 21), 0.6, ("'khoảng': an approximate figure",))
    "Drafted from characters 10–21; confidence 0.60; 'khoảng': an approximate figure"
    """
    doubt = "; ".join(reasons)
    return f"Drafted from characters {span[0]}–{span[1]}; confidence {confidence:.2f}" + (
        f"; {doubt}" if doubt else ""
    )


def draft_targets(
    text: str,
    found: list[Candidate],
    document: Document,
    messages: list[str],
    local: LocalIndicators | None = None,
    locate: Callable[[Span], str] | None = None,
) -> tuple[list[Target], list[Finding]]:
    """The targets among *found* as :class:`~vnhealthplan.Target` records, with findings.

    *locate* says where a span stands in the file (:meth:`.SourceText.location`), for the
    section of each record's source.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> from vnhealthplan.model.source import Document
    >>> text = plans.source_text("dak-lak-2024")
    >>> found = find_figures(text, doc_year=2024)
    >>> targets, findings = draft_targets(text, found, Document("t", "i"), [])
    >>> len(targets), targets[0], targets[0].source.section
    (14, Target(underweight_u5 = 17.6 percent, 2024), 'I. CÁC CHỈ TIÊU: (dòng 20)')
    """
    local = LocalIndicators() if local is None else local
    targets, findings = [], []
    found = with_cell_rows(text, found, document.issued.year if document.issued else None)
    seen = Restatements(text, found)
    for c in found:
        restated = seen.first(c)
        if c.role != "target":
            continue
        quote = text[slice(*c.span)]
        if restated:
            (start, end), how = restated
            messages.append(
                f"characters {c.span[0]}–{c.span[1]} ({quote!r}) restate, {how}, "
                f"the target drafted from characters {start}–{end}: drafted once"
            )
            continue
        if why := process_figure(text, c.span, c.code):
            messages.append(f"not drafted, characters {c.span[0]}–{c.span[1]} ({quote!r}): {why}")
            continue
        indicator = indicators.get(c.code) if c.code else local.get(c.name, c.value.units)
        section = section_of(text, c, locate)
        try:
            target = Target(
                indicator,
                c.value,
                c.period,
                c.phrase.comparator,
                c.phrase.kind,
                upper=c.upper,
                scope=Scope(tier=c.tier),
                source=Source(document, section, quote),
                notes=note(c.span, c.confidence, c.reasons),
            )
        except ValidationError as err:
            messages.append(f"not drafted, characters {c.span[0]}–{c.span[1]} ({quote!r}): {err}")
            continue
        targets.append(target)
        value = said_target(target, "en")
        findings.append(
            Finding(
                "target",
                indicator.code,
                value,
                c.period.code,
                c.span,
                quote,
                c.confidence,
                c.reasons,
                target,
            )
        )
    return targets, findings


def section_of(text: str, candidate: Candidate, locate: Callable[[Span], str] | None = None) -> str:
    """The record's section: its heading, line number ("dòng 12") and place in the file.

    The place is what *locate* says of the candidate's span ("trang 3, dòng 5", "bảng 1,
    hàng 4"), when given and known.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = plans.source_text("dak-lak-2024")
    >>> first = next(c for c in find_figures(text, doc_year=2024) if c.role == "target")
    >>> section_of(text, first, lambda span: "trang 1")
    'I. CÁC CHỈ TIÊU: (dòng 20; trang 1)'
    """
    return located(text, candidate.section, candidate.span, locate)


def located(
    text: str, section: str, span: Span, locate: Callable[[Span], str] | None = None
) -> str:
    """*section* with the line number of *span* and its place in the file (see
    :func:`section_of`); the same for every kind of record (targets, assignments …).

    Examples
    --------
    >>> located("I. MỤC TIÊU\\nĐạt 95%", "I. MỤC TIÊU", (12, 19))
    'I. MỤC TIÊU (dòng 2)'
    """
    line = f"dòng {bisect.bisect_left(_line_ends(text), span[0]) + 1}"
    where = locate(span) if locate is not None else ""
    line = f"{line}; {where}" if where else line
    return f"{section} ({line})" if section else line


@functools.lru_cache(maxsize=2)
def _line_ends(text: str) -> list[int]:
    """Where each line of *text* ends (its newlines), found once per text, not per record."""
    ends, pos = [], text.find("\n")
    while pos >= 0:
        ends.append(pos)
        pos = text.find("\n", pos + 1)
    return ends


#: Counted parts of one facility (folded): its departments, not facilities of the province.
_DEPARTMENT = re.compile(r"\s*(?:khoa|phong(?! kham))\b")
#: Comparators a status figure may carry: it is a level, not a bound.
_LEVELS = (Comparator.EQ, Comparator.ABOUT)


#: Words before a status figure that make it a bound the grammar reads as a plain level:
#: "đã vượt qua con số 85%", "vượt mức 90%", "vượt ngưỡng 1.000 ca" (folded).
_PASSED: Final = re.compile(r"(?<![\w])vuot(?: qua)?(?: (?:con so|muc|nguong))?[ \t]*$")
#: The word that makes a status figure approximate, in its phrase ("đạt gần 95%"): the
#: grammar's own words (text.phrases.about_words), the longest first.
_ABOUT_WORDS: Final = (*about_words("vi"), *about_words("en"))
_ABOUT: Final = re.compile(
    r"(?<!\w)({})(?!\w)".format(
        "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _ABOUT_WORDS)
    ),
    re.IGNORECASE,
)


def _unfit(text: str, c: Candidate) -> str:
    """Why a status figure cannot be an observation (a level at a time), or ``""``.

    Every bound is refused alike, "đạt trên 73 tuổi" as "dân số có trên 746.024 nhân khẩu",
    "chiếm hơn 64%", "còn dưới 18%", "vượt qua con số 85%": an observation holds a value, and
    the bound's figure is not it (docs/labelling.rst, *Settled in session 10*).
    """
    if c.upper is not None or c.phrase.comparator not in _LEVELS:
        return f"a bound ({c.phrase.comparator.symbol}), not a level"
    if c.phrase.kind is TargetKind.CHANGE:
        return "a change, not a level"
    if c.phrase.comparator is Comparator.EQ and _PASSED.search(
        fold(text[max(0, c.span[0] - 24) : c.span[0]])
    ):
        return f"a bound ({Comparator.GT.symbol}), not a level"
    return ""


def _observation(
    text: str,
    c: Candidate,
    document: Document,
    local: LocalIndicators,
    locate: Callable[[Span], str] | None = None,
) -> tuple[Observation, tuple[str, ...]]:
    """The observation *c* reads, and the reasons for any doubt about it."""
    counted = "" if PART in c.reasons else f"{text[slice(*c.span)]} {c.name}"
    code = c.code or (counted and counted_places(c.value.units, counted))
    code = "" if code == "plan_budget" else code  # funds had or spent: not the plan's budget
    if not c.code and _DEPARTMENT.match(fold(text[c.span[1] : c.span[1] + 12])):
        code = ""  # "8 khoa", "04 phòng": the departments of one facility, not the province's
    if code == "health_facilities" and not c.code and service_sites(text, c.span):
        code = ""  # "25 cơ sở điều trị ARV", "430 cơ sở kinh doanh thực phẩm": not care places
    indicator = indicators.get(code) if code else local.get(c.name, c.value.units)
    reasons = c.reasons
    if c.phrase.comparator is Comparator.ABOUT:
        said = _ABOUT.search(text, *c.span)  # the word as written: "khoảng", "gần", "ước"
        word = said.group(1) if said else "khoảng"
        reasons = (*reasons, reason("'{word}': an approximate figure", word=word))
    words = ""
    if not c.code and code:
        words = c.name
        why = reason(
            "a count ({units}): drafted as {code}, the counted words as its scope",
            units=c.value.units,
            code=code,
        )
        reasons = tuple(why if no_indicator(r) else r for r in reasons)
    observation = Observation(
        indicator,
        c.value,
        c.period,
        scope=Scope(tier=c.tier, description=words),
        source=Source(document, section_of(text, c, locate), text[slice(*c.span)]),
        notes=note(c.span, c.confidence, reasons),
    )
    return observation, reasons


def draft_observations(
    text: str,
    found: list[Candidate],
    document: Document,
    messages: list[str],
    local: LocalIndicators | None = None,
    locate: Callable[[Span], str] | None = None,
) -> tuple[list[Observation], list[Finding]]:
    """The status figures among *found* as observations, with their findings.

    *locate*: as for :func:`draft_targets`.

    A bound ("đạt trên 73 tuổi", "dân số có trên 746.024 nhân khẩu", "chiếm hơn 64%", "vượt
    qua con số 85%"), a range or a change cannot be one level at one time: it is not
    drafted, and *messages* says so, to be recorded by hand if wanted.

    Examples
    --------
    >>> from vnhealthplan import plans
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> from vnhealthplan.model.source import Document
    >>> text = plans.source_text("an-giang-2018")
    >>> found = find_figures(text, doc_year=2018)
    >>> observations, findings = draft_observations(text, found, Document("t", "i"), [])
    >>> observations, findings[0].quote
    ([Observation(health_insurance_coverage = 76.5 percent, 2017)], 'đạt 76,5%')
    """
    local = LocalIndicators() if local is None else local
    observations, findings = [], []
    issued = document.issued.year if document.issued else None
    found = with_cell_rows(text, found, issued)
    tables = without_stacked(
        without_stacked(found, stacked_figures(text, issued)), piped_figures(text, issued)
    )
    for c in tables:
        if c.role != "observation":
            continue
        quote = text[slice(*c.span)]
        where = f"characters {c.span[0]}–{c.span[1]} ({quote!r})"
        if process := process_figure(text, c.span, c.code):
            messages.append(f"status figure not drafted, {where}: {process}")
            continue
        if why := _unfit(text, c):
            messages.append(f"status figure not drafted, {where}: {why}")
            continue
        try:
            observation, reasons = _observation(text, c, document, local, locate)
        except ValidationError as err:
            messages.append(f"status figure not drafted, {where}: {err}")
            continue
        observations.append(observation)
        shown = said_quantity(observation.value, "en")
        record = observation.indicator.code
        findings.append(
            Finding(
                "observation",
                record,
                shown,
                c.period.code,
                c.span,
                quote,
                c.confidence,
                reasons,
                observation,
            )
        )
    return observations, findings
