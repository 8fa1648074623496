"""Finding a plan's quantified targets: in target tables and in running text.

A value found by :func:`~vnhealthplan.io.extract.values.find_values` is a status figure
when its words, its year or its section report it as reached, current or estimated
(:mod:`.status`: "hiện có", "chỉ mới", "ước", a year before the plan's own …); those are
kept, as observations, by :func:`find_figures`. Otherwise it becomes a target when

* a verb or comparator states it ("đạt", "dưới", "giảm còn" …), or its section sets
  targets ("mục tiêu", "chỉ tiêu"), or its sentence names the year it is due, or it is a
  share (plans state shares as targets; this last reason lowers its confidence). Counts
  ("04 bệnh viện") need a verb or lead word and a target section, a dated section or a
  year in their own sentence; a verb that adds facilities makes them a change, and a list
  of counts shares its first item's verb (:mod:`.counts`); a count or sum with neither, in a
  sentence that sets targets, is drafted with a lower confidence (:mod:`.promoted`). The
  whole of a part written over it ("05/27 Trung tâm y tế huyện") is a status figure.

Kept levels ("vào năm 2025 và duy trì đến năm 2030") and changes from a base year ("+ 0,1 ‰
so với năm 2022") are read by :mod:`.candidate` (``maintained``, ``baseline_change``).

Its indicator is the best-ranked catalogue indicator (:mod:`.lexicon`) whose unit the
value fits; failing that, a draft indicator of the plan's own, named after the words. Its
year is, in this order: a year right after it ("70% năm 2025"), the nearest year before it
in its sentence, the nearest after it, an earlier year of its paragraph, its section's year,
the title's year, the plan's period from its objectives, the issue year
(:func:`~vnhealthplan.io.extract.candidate.value_year`). Each step after the second lowers
the confidence and says so.

Examples
--------
>>> found = find_targets("2.1- Mục tiêu đến năm 2025\\n- Tỉ lệ béo phì dưới 12%.")
>>> [(c.code, c.phrase.comparator.value, c.value.magnitude, c.period.code) for c in found]
[('adult_obesity', '<', 12, '2025')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.core.units import registry
from vnhealthplan.io.extract import counts
from vnhealthplan.io.extract.aims import aimed
from vnhealthplan.io.extract.baseline import past_base
from vnhealthplan.io.extract.baseyear import base_year
from vnhealthplan.io.extract.budgetlines import (
    budget_code,
    budget_line,
    funded_role,
    is_money,
    share_period,
)
from vnhealthplan.io.extract.builtcounts import built_level
from vnhealthplan.io.extract.candidate import (
    EARLIER,
    Candidate,
    YearContext,
    baseline_change,
    due_after,
    maintained,
    plan_period,
    reference_year,
    value_year,
)
from vnhealthplan.io.extract.catalogued import indicator_reading, tier_of
from vnhealthplan.io.extract.counts import is_place_count, read_count
from vnhealthplan.io.extract.goalyear import served_goal
from vnhealthplan.io.extract.heads import LONG_HEAD, LongHead, value_name
from vnhealthplan.io.extract.horizon import goals_year
from vnhealthplan.io.extract.horizonaim import horizon_aim
from vnhealthplan.io.extract.keptlevel import kept_level
from vnhealthplan.io.extract.keptto import kept_to
from vnhealthplan.io.extract.leadspan import lead_period
from vnhealthplan.io.extract.lexicon import STAFF_AND_BEDS
from vnhealthplan.io.extract.nextitem import names_itself, own_after
from vnhealthplan.io.extract.nextyear import leads_next
from vnhealthplan.io.extract.notplan import plan_figures
from vnhealthplan.io.extract.nowyear import present_year
from vnhealthplan.io.extract.phases import carried_phases
from vnhealthplan.io.extract.placeparts import is_part
from vnhealthplan.io.extract.planyear import of_history
from vnhealthplan.io.extract.promoted import ASIDE, promote
from vnhealthplan.io.extract.ratiobase import is_ratio_base
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.results import document_year
from vnhealthplan.io.extract.segment import Line, YearMark, layout
from vnhealthplan.io.extract.status import Role, read_role
from vnhealthplan.io.extract.statusyear import observation_year
from vnhealthplan.io.extract.stops import clause_bounds, sentences
from vnhealthplan.io.extract.tablefigures import table_figures
from vnhealthplan.io.extract.tables import table_rows
from vnhealthplan.io.extract.thresholds import defines_subject, year_read_as_count
from vnhealthplan.io.extract.unitrange import range_lead
from vnhealthplan.io.extract.values import Value, find_values
from vnhealthplan.io.extract.yearpairs import paired_year

__all__ = ["Candidate", "YearContext", "find_figures", "find_targets"]

Span = tuple[int, int]

_PER_POPULATION = ("[population]", "[live_births]")
_COUNT_DIMS: Final = STAFF_AND_BEDS


_SHARE: Final = reason("a share or rate without a target verb, section or year: read as a target")


def _is_target(
    value: Value,
    unit: Any,
    line: Line,
    has_year: bool,
    own_sentence: bool = True,
    *,
    budget: str = "",
) -> tuple[bool, str]:
    """Whether a value states a target, and the reason when it is only likely.

    *unit* is the unit the value is read in (a count read against a ratio indicator, as
    in "Số giường bệnh 10.000 dân: 39 giường", is a ratio). Status figures are told apart
    before (:func:`~vnhealthplan.io.extract.status.read_role`). A count needs a verb or
    lead word, and a target section, a dated section or a year in its own sentence
    (*own_sentence*: not one taken from an earlier sentence). A *budget* line
    (:mod:`.budgetlines`) states the plan's funding.
    """
    if str(unit) == "rank":  # aimed (:mod:`.ranks`), or who is rewarded, where one stood
        return value.verb, ""
    if _counted(unit):
        dated = line.in_targets or (has_year and own_sentence) or line.section_year is not None
        return (value.verb and counts.aimed(unit)) or ((value.verb or value.lead) and dated), ""
    if value.verb or line.in_targets or has_year or budget:
        return True, ""
    if str(unit) == "percent" or counts.per_count(unit):
        return True, _SHARE
    return False, ""


def _counted(unit: Any) -> bool:
    """Whether *unit* counts things (staff, beds, facilities …)."""
    dims = unit.dimensionality if unit is not None else {}
    return (len(dims) == 1 and any(d in dims for d in _COUNT_DIMS)) or counts.counts_aimed(unit)


def _shared_denominator(values: list[Value], text: str) -> dict[int, Any]:
    """Units of list items that take the denominator written at the list's end."""
    promoted: dict[int, Any] = {}
    last = values[-1] if values else None
    if last is None or last.unit is None:
        return promoted
    dims = last.unit.dimensionality
    if not any(dims.get(d, 0) == -1 for d in _PER_POPULATION):
        return promoted
    denominator = registry().Unit("dimensionless")
    for name, power in last.unit._units.items():
        if power < 0:
            denominator = denominator * registry().Unit(name) ** power
    for i in range(len(values) - 2, -1, -1):
        item, gap = values[i], text[values[i].span[1] : values[i + 1].span[0]]
        if re.sub(r"[\s,;]|\bvà\b", "", gap) or item.unit is None:
            break
        item_dims = item.unit.dimensionality
        if len(item_dims) != 1 or not any(d in item_dims for d in _COUNT_DIMS):
            break
        promoted[i] = item.unit * denominator
    return promoted


#: How far back a ratio's base of people ("cứ mỗi 10.000 người dân thì có") is read.
_BASE_CHARS: Final = 60
_AGE_NAME: Final = 200


def _is_age(value: Value, text: str, clause_start: int) -> bool:
    if "tuổi" not in value.text.casefold() or str(value.unit) != "year":
        return False
    # "tuổi thọ trung bình đạt 74 tuổi": the name, read back a bounded way
    return "tuoi tho" not in fold(
        text[max(clause_start, value.span[0] - _AGE_NAME) : value.span[0]]
    )


def _prose(text: str, line: Line, years: YearContext, doc_year: int | None) -> list[Candidate]:
    found: list[Candidate] = []
    for sentence in sentences(text, *line.span):
        values = find_values(text, *sentence)
        clauses: dict[Span, list[Value]] = {}
        heads: dict[Span, Span | None] = {}
        for value in values:
            clause, head = clause_bounds(text, sentence, value.number_span[0])
            if (
                _is_age(value, text, clause[0])
                or defines_subject(text, value, sentence[0])
                or year_read_as_count(text, value)
            ):
                continue
            clauses.setdefault(clause, []).append(value)
            heads[clause] = head
        for clause, items in clauses.items():
            found.extend(
                _clause(text, clause, heads[clause], items, sentence, line, years, doc_year)
            )
    return found


def _clause(
    text: str,
    clause: Span,
    paren: Span | None,
    items: list[Value],
    sentence: Span,
    line: Line,
    years: YearContext,
    doc_year: int | None,
) -> list[Candidate]:
    promoted = _shared_denominator(items, text)
    # the head of a parenthesis, read back no further than a long head is (a parenthesis in
    # a sentence with no ";" before it would read the sentence again for each value)
    outer = text[max(paren[0], paren[1] - LONG_HEAD) : paren[1]] if paren else ""
    found: list[Candidate] = []
    long: LongHead | None = None
    for i, value in enumerate(items):
        own_start = items[i - 1].span[1] if i else clause[0]
        own = text[own_start : value.span[0]]
        head: str | tuple[LongHead, int]
        if i and names_itself(own):  # "…, tỷ lệ B 100%": not the items before it
            head = " " + outer
        elif own_start - clause[0] > LONG_HEAD:  # read once for all the clause's values
            long = long or LongHead(text, clause, outer)
            head = (long, own_start)
        else:
            head = text[clause[0] : own_start] + " " + outer
        after = text[value.span[1] : items[i + 1].span[0] if i + 1 < len(items) else clause[1]]
        after = own_after(own, after)  # not the next item's name
        lead = text[own_start : value.number_span[0]]  # with its verb: 'đã đạt', 'ước đạt'
        value, counted = read_count(value, items[:i], lead)
        role, year, near, due = _role_and_year(
            text, value, range_lead(past_base(lead) if i else lead, value.phrase), after,
            sentence, line, years, doc_year,
        )  # fmt: skip
        unit = promoted.get(i, value.unit)
        extra = (_denominator(unit),) if i in promoted else ()
        made = _made(text, value, unit, (own, after, head, outer), lead, role, year, near, line,
                     years, (counted, extra))  # fmt: skip
        at = None if year[0] is None else year[0].span  # a figure of a historical year: left
        if made is not None and not of_history(text, sentence, value.span, at, line.section):
            found.extend(_and_kept(text, made, value, own_start, due, clause))
    return found


def _denominator(unit: Any) -> str:
    return reason("the denominator is read from the end of the list ({unit})", unit=unit)


def _made(
    text: str,
    value: Value,
    unit: Any,
    words: tuple[str, str, str | tuple[LongHead, int], str],
    lead: str,
    role: Role,
    year: tuple[YearMark | None, str, float],
    near: bool,
    line: Line,
    years: YearContext,
    said: tuple[tuple[str, ...], tuple[str, ...]],
) -> Candidate | None:
    """The candidate one value of a clause makes, or None (no year, no reading, no aim)."""
    own, after, head, outer = words
    mark, year_reason, year_cost = year
    counted, extra = said
    before = text[max(0, value.span[0] - _BASE_CHARS) : value.span[0]]  # "cứ 10.000 dân …"
    drafted = indicator_reading(value, unit, own, after, head, before=before)
    if mark is None or drafted is None or is_ratio_base(lead):  # "cứ 100 bé gái": a base
        return None
    unit_read = drafted[1][0].units  # provinces, districts: "gồm 9 huyện", "tại 17 huyện"
    if is_place_count(unit_read, *((text, value.number_span[0]) if role.kind == "target" else ())):
        return None
    code, reading, why, cost = drafted
    reading, counted = built_level(code, reading, counted, lead)
    budget = budget_line(own, outer) if is_money(reading[0].units) else ""
    code, why = budget_code(budget, code, why)
    target_reason = ""
    if role.kind == "target":
        aim = horizon_aim(text, value.span, year_reason, years.issue_year)
        ok, target_reason = _is_target(
            value, reading[0].units, line, near or aim, aim or year_reason != EARLIER,
            budget=budget,
        )  # fmt: skip
        if not ok and not (_counted(reading[0].units) or is_money(reading[0].units)):
            return None
        role = role if ok else Role(ASIDE, role.reasons, role.cost)  # .promoted decides
    reasons = [r for r in (year_reason, target_reason) if r]
    reasons += [*role.reasons, *counted, *why, *extra]
    cost += year_cost + role.cost + 0.1 * bool(target_reason)
    cost += 0.3 * bool(value.decimal) + 0.2 * any("footnote" in r for r in value.reasons)
    return Candidate(
        value.span,
        code,
        value_name(own, after, head),
        reading[0],
        reading[1],
        reading[2],
        mark.period,
        tier_of(fold(own + " " + after)),
        line.section,
        round(max(0.05, 1.0 - cost), 2),
        (*value.reasons, *reasons),
        role=role.kind,
    )


def _and_kept(
    text: str, made: Candidate, value: Value, own_start: int, due: Any, clause: Span
) -> list[Candidate]:
    """*made* read against what follows it: a baseline, a level kept, "… và duy trì đến Y"."""
    made = baseline_change(text, made, value.number_span[0], clause[0])
    made = kept_level(text, made, own_start)
    kept = maintained(text, made, due, len(text)) if due is not None else None
    if kept is None:  # "… vào năm 2025 và duy trì đến năm 2030" closing the clause
        made, kept = kept_to(text, made, clause)
    return [made, kept] if kept else [made]


def _apart(text: str, mark: YearMark | None, start: int) -> bool:
    """Whether *mark* is cut off from the value at *start* (by ".", ";", ":" or a line end)."""
    if mark is None or mark.span[0] >= start:
        return True
    return mark.span[1] > start or bool(re.search(r"[.;:\n]", text[mark.span[1] : start]))


def _role_and_year(
    text: str,
    value: Value,
    lead: str,
    after: str,
    sentence: Span,
    line: Line,
    years: YearContext,
    doc_year: int | None,
) -> tuple[Role, tuple[YearMark | None, str, float], bool, YearMark | None]:
    """Whether the value is a target or a status figure, its year (mark, reason, cost),
    whether that year is written near it, and for a target the year its own words set
    after it ("… vào năm 2025")."""
    when = value_year(text, value.span, sentence, line, years)
    mark, cost = when[0], when[2]
    near = mark is not None and mark is not line.section_year and cost <= 0.1
    issued = years.issue_year is not None and years.issue_year == doc_year
    role = read_role(text, lead, line, mark, value.span, doc_year, near=near, issued=issued)
    role = funded_role(aimed(role, text, value.span, line, doc_year), lead, value.unit, years)
    if value.fraction and not is_part(value):
        role = Role("observation", (_whole_reason(value, after),))
    if role.kind == "observation":
        # "năm 2019 có …" is a figure of the year written before it, whatever the plan's year
        had = any(r.startswith("'năm ") for r in role.reasons[:1])
        when = observation_year(text, value.span, sentence, line, None if had else doc_year)
        paired = paired_year(text, value.span, sentence)  # "từ A năm X xuống B năm Y": Y
        when = (paired, "", 0.0) if paired else when
        when = present_year(text, lead, value.span, when, doc_year) or when  # "(hiện là 76,2)"
        return role, base_year(text, value.span, when), near, None  # "(19 ca)": .baseyear
    due = due_after(text, value.span[1], value.span[1] + len(after), line.span[1])
    if due is not None and (served_goal(text, due) or leads_next(text, value.span[1], due)):
        due = None  # "góp phần … vào năm 2030", "giảm 1%; đến năm 2025 còn 15%"
    if due is not None and _apart(text, mark, value.span[0]):
        return role, (due, "", 0.0), True, due
    return role, when, near, due


def _whole_reason(value: Value, after: str) -> str:
    part = value.fraction.split("/")[0].strip()
    noun = " ".join(after.split()[:5]).strip(" ,;:")
    return reason(
        "'{fraction} {noun}': {whole} is the number there are (a status figure), "
        "{part} those the plan acts on",
        fraction=value.fraction,
        noun=noun,
        whole=value.text,
        part=part,
    )


def find_figures(
    text: str,
    lines: Sequence[Line] | None = None,
    years: YearContext | None = None,
    doc_year: int | None = None,
) -> list[Candidate]:
    """The targets and status figures of a plan's text, in text order.

    The same as :func:`find_targets`, with the status figures (:attr:`Candidate.role`
    ``"observation"``) kept.

    Examples
    --------
    >>> text = "Năm 2023 đạt 8,5 bác sĩ/vạn dân; phấn đấu năm 2024 đạt 9 bác sĩ/vạn dân."
    >>> [(c.role, c.value.magnitude, c.period.code) for c in find_figures(text, doc_year=2024)]
    [('observation', 8.5, '2023'), ('target', 9, '2024')]
    """
    lines = layout(text) if lines is None else lines
    years = YearContext(None, None) if years is None else years
    if years.title is None and years.plan is None:
        years = attrs.evolve(years, plan=plan_period(text, lines, years.issue_year))
    if years.title is None and years.plan is None and years.issue_year is None:
        years = attrs.evolve(years, plan=goals_year(text) or lead_period(text))  # undated
    if doc_year is None:  # no issue date: the start of the title's period stands for it
        doc_year = document_year(text, reference_year(text, years.title))
    years = attrs.evolve(years, phases=carried_phases(text, lines, doc_year), doc_year=doc_year)
    found: list[Candidate] = []
    rows = {row.line.span: row for row in table_rows(text, lines)}
    parent: Candidate | None = None
    for line in lines:
        row = rows.get(line.span)
        if row is not None:
            if row.kind != "targets":
                continue
            drafted = table_figures(text, row, years, parent)
            targets = [c for c in drafted if c.role == "target"]
            if targets and not row.is_sub_row:
                parent = targets[0]
            found.extend(drafted)
        elif not line.cells:
            found.extend(_prose(text, line, years, doc_year))
    return share_period(plan_figures(text, promote(text, found, doc_year)))


def find_targets(
    text: str,
    lines: Sequence[Line] | None = None,
    years: YearContext | None = None,
    doc_year: int | None = None,
) -> list[Candidate]:
    """The targets of a plan's text, in text order (see the module notes).

    Parameters
    ----------
    text : str
    lines : sequence of Line, optional
        :func:`~vnhealthplan.io.extract.segment.layout` of *text* (computed if not given).
    years : YearContext, optional
        The title's year and the issue year, for values whose text gives none.
    doc_year : int, optional
        The plan's year: explicit years before it are figures of the past, not targets.

    Returns
    -------
    list of Candidate

    Examples
    --------
    Đắk Lắk's table (its first row):

    >>> text = ("TT\\tCHỈ TIÊU\\tDVT\\tKế hoạch năm 2024\\n"
    ...         "2\\tTỷ suất tử vong trẻ em dưới 1 tuổi\\t‰\\t<22")
    >>> [(c.code, f"{c.phrase.comparator.symbol} {c.value}", c.period.code)
    ...  for c in find_targets(text)]
    [('imr', '< 22 death / thousand_live_births', '2024')]
    """
    return [c for c in find_figures(text, lines, years, doc_year) if c.role == "target"]
