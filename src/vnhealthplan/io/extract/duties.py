"""Assignments written as prose: who leads each task, with whom, reporting to whom.

The implementation section ("Tổ chức thực hiện") of a plan, and a paragraph that opens with
"… giao <agency> chủ trì", give tasks to agencies in a few ways, read clause by clause (a
sentence, or its part after "; đồng thời"):

* a numbered heading naming an agency ("1. Sở Y tế", "2. Sở Kế hoạch và Đầu tư: Chủ trì,
  …") leads the lines under it;
* a clause that opens with an agency ("Ban Tuyên giáo Tỉnh uỷ chủ trì, …", "Giao Phòng Kế
  hoạch - Tài chính, Sở Y tế là đầu mối …", after an opening "Trên cơ sở …,") is that
  agency's, and the clauses after it in the paragraph are too;
* a task that another agency leads: "<A>: Phối hợp với <B>, <C> …" (after a "Căn cứ …,"
  opening or "chủ động" too) makes B the lead and A, C partners; "<A> … có trách nhiệm
  phối hợp thực hiện" (with no one named) makes A a partner of the agency the paragraph's
  "giao … chủ trì" put in charge;
* a bullet that names its agency before a colon ("- Sở Tài chính: tham mưu …") is that
  agency's;
* outside a status section, a paragraph that opens with an agency leading a task ("Sở Y tế
  chủ trì, …", "Sở Y tế - cơ quan thường trực … phối hợp với …", "UBND các huyện chỉ đạo
  …", "Sở Y tế được giao …") or gives one ("UBND tỉnh giao ngành Y tế thực hiện …") is
  that agency's: its own sentence only, not the sentences after it; a head named for the
  agency ("Giao Giám đốc Sở Y tế chủ trì") stands for it, and lines broken mid-sentence (a
  web page's layout) are read joined, quoted as broken;
* "Nhận được Kế hoạch này, các đơn vị …" gives a task to the plan's recipients ("Các đơn
  vị nhận Kế hoạch");
* partners, the agencies' names and the body a result goes to are read by
  :mod:`.agents`.

What an agency has done, is doing or said ("đã", "đang", "cho biết") is no task. The closing
"Trên đây là Kế hoạch …" paragraph, and what follows it, gives no task, nor "Trong quá trình
thực hiện, nếu có khó khăn, vướng mắc …", nor a bare "nghiêm túc triển khai thực hiện".

Examples
--------
>>> from vnhealthplan import Document
>>> from vnhealthplan.io.extract.segment import layout
>>> text = ("IV. TỔ CHỨC THỰC HIỆN\\n3. Sở Tài chính: Phối hợp với Sở Y tế và các cơ quan "
...         "có liên quan tham mưu cấp có thẩm quyền phân bổ ngân sách.\\n"
...         "Trên đây là Kế hoạch của UBND tỉnh.")
>>> [(c.assignment.lead, c.assignment.partners, c.assignment.submitted_to)
...  for c in prose_assignments(text, layout(text), Document("Kế hoạch", "UBND tỉnh"))]
[('Sở Y tế', ('Sở Tài chính', 'các cơ quan có liên quan'), 'cấp có thẩm quyền')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any, Final

import attrs

from vnhealthplan.core.errors import ValidationError
from vnhealthplan.io.extract.agencyheads import (
    agency_heading,
    implementation_heading,
    is_part,
    opens_tasks,
)
from vnhealthplan.io.extract.agents import (
    AGENCY,
    OPENING,
    TASK_VERBS,
    agency_list,
    labelled_subject,
    partners_of,
    subject_of,
    submitted_to,
)
from vnhealthplan.io.extract.deadlines import task_periods
from vnhealthplan.io.extract.hardwraps import hard_wraps
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.segment import Line
from vnhealthplan.io.extract.stops import sentences
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.period import Period
from vnhealthplan.model.source import Document, Source

__all__ = ["AssignmentCandidate", "partners_of", "prose_assignments", "subject_of"]

Span = tuple[int, int]

_HEADED: Final = re.compile(
    rf"[ \t]*(?:\d{{1,2}}(?:\.\d{{1,2}})*|[a-zđ])[ \t]*[.\-–)][ \t]*"
    rf"(?:(?:Trách nhiệm|Nhiệm vụ) của[ \t]+|Đề nghị[ \t]+|Giao[ \t]+)?"
    rf"({AGENCY}[^:\n]{{0,80}}?)[ \t]*(?::(.*))?$"
)
_BULLET: Final = re.compile(
    r"[ \t]*(?:[-–+•*][ \t]*|(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[ \t]*[.\-–)][ \t]+)?"
)
_AGENCY_ALONE: Final = re.compile(
    rf"(?:(?:Trách nhiệm|Nhiệm vụ) của[ \t]+|Đề nghị[ \t]+|Giao[ \t]+)?"
    rf"({AGENCY}[^.;:\n]{{0,80}}?)[ \t]*:[ \t]*$"
)
#: An item "Phối hợp với X …" (after a "Căn cứ …," opening, or "chủ động"): X leads.
_LEADS_WITH: Final = re.compile(
    rf"^[ \t,]*{OPENING}(?:chủ động[ \t]+)?phối hợp[ \t]+với[ \t]+", re.I
)
_GIAO: Final = re.compile(rf"\b[Gg]iao[ \t]+(?:cho[ \t]+)?{AGENCY}[^.;:\n]{{0,60}}?[ \t,]+chủ trì")
#: A task given to an agency in a sentence of its own: "UBND tỉnh giao ngành Y tế thực hiện
#: …", "Nhận được Kế hoạch này, các đơn vị căn cứ …".
_GIVEN: Final = re.compile(
    rf"\b[Gg]iao[ \t]+(?:cho[ \t]+)?{AGENCY}[^.;:\n]{{0,60}}?[ \t,]+{TASK_VERBS}\b"
)
_RECEIVED: Final = re.compile(
    r"[ \t]*Nhận được[ \t]+(?:[Kk]ế hoạch|[Cc]ông văn|[Qq]uyết định|[Cc]hỉ thị)[ \t]+này,"
)
#: A paragraph that opens with an agency leading its own task: "Sở Y tế chủ trì, …",
#: "Sở Y tế phối hợp với …", "Sở Y tế là cơ quan thường trực …", "UBND các huyện chỉ đạo
#: …", "Các sở, ngành có trách nhiệm …".
_OWN_TASK: Final = re.compile(
    r"[ \t,]*(?:được giao[ \t]+)?"
    r"(?:[Cc]hủ trì|[Pp]hối hợp với|là (?:cơ quan|đơn vị|đầu mối)|chỉ đạo|có trách nhiệm|"
    r"chịu trách nhiệm|căn cứ (?:vào )?(?:chức năng|nhiệm vụ)|trình[ \t]+(?:Quốc hội|Chính phủ|"
    r"Thủ tướng))\b"
)
#: What a closing paragraph says to every unit, with no task of its own: "nghiêm túc triển
#: khai thực hiện", "tổ chức thực hiện".
_BOILERPLATE: Final = re.compile(
    r"[ \t,]*(?:chịu trách nhiệm[ \t]+)?(?:nghiêm túc|khẩn trương|chủ động)?[ \t]*"
    r"(?:triển khai|tổ chức|thi hành)?[ \t]*(?:thực hiện)?[ \t]*"
    r"(?:(?:Kế hoạch|Quyết định|Chỉ thị)(?: này)?|có hiệu quả|nghiêm túc)?[ \t./]*$"
)
#: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …": the plan's closing words.
_DIFFICULTIES: Final = re.compile(
    r"[ \t\-–•]*Trong quá trình[^,.;\n]{0,40},[ \t]*(?:nếu )?(?:có )?(?:phát sinh )?"
    r"(?:khó khăn|vướng mắc)",
    re.IGNORECASE,
)
#: A line broken mid-sentence (a web page's layout): no stop at its end, lower case after.
_SOFT_BREAK: Final = re.compile(r"(?<=[^\s.;:!?])[ \t]*\n(?=[ \t]*[a-zà-ỹđ])")
_SOFT_NEWLINE: Final = re.compile(r"\n(?=[ \t]*[a-zà-ỹđ])")  # _soft_breaks: as _SOFT_BREAK
_CLOSING: Final = re.compile(r"[ \t\-–•*_]*Trên đây là", re.IGNORECASE)
_RECIPIENTS: Final = re.compile(r"[ \t|*_]*Nơi nhận", re.IGNORECASE)
_CLAUSE_CUT: Final = re.compile(r";[ \t]*(?=đồng thời\b)")
#: An agency that leads a clause glued to the words before it, with no stop between.
_GLUED: Final = re.compile(
    r"(?<=[a-zà-ỹ])[ \t]+(?=(?:UBND|Ủy ban|Uỷ ban|Sở)\b[^.;:]{0,60}?[ \t]+"
    r"(?:phối hợp|chủ trì|có trách nhiệm)\b)"
)
_NOT_BEFORE_SUBJECT: Final = frozenset(
    {"giao", "với", "và", "của", "cho", "tỉnh", "hợp", "trình", "gửi", "tại", "theo"}
    | {"đạo", "hoặc", "cùng", "là", "do", "đốc", "tịch"}
)


@attrs.frozen
class AssignmentCandidate:
    """A drafted assignment with its span, confidence and reasons.

    Examples
    --------
    >>> from vnhealthplan import Assignment
    >>> AssignmentCandidate((0, 5), Assignment("Báo cáo", lead="Sở Y tế")).confidence
    1.0
    """

    span: Span
    assignment: Assignment
    confidence: float = 1.0
    reasons: tuple[str, ...] = ()
    due_span: Span | None = None


def _due(task: str) -> Period | None:
    found = task_periods(task)
    return found[0].period if found else None


@attrs.define
class _Walk:
    """Where the walk through the lines stands."""

    inside: bool = False
    heading: str | None = None
    level: int = 99
    main: str | None = None
    #: A walk started by one paragraph outside the implementation section: it ends with the
    #: paragraph, and only clauses that name their agency, or go on its sentence, are tasks.
    one_line: bool = False
    #: The other agencies the heading names after its lead: partners of its tasks.
    others: tuple[str, ...] = ()
    #: The last task line under the heading: a list's head when it ends with ":".
    above: str = ""


def _cuts(words: str) -> list[int]:
    """Where a clause of *words* ends: "; đồng thời", or a glued agency subject."""
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(words)]
    for m in _GLUED.finditer(words):
        before = words[: m.start()].split()
        if before and before[-1] not in _NOT_BEFORE_SUBJECT:
            cuts.append(m.start())
    return sorted(cuts)


def _clauses(text: str, line: Line) -> Iterator[tuple[Span, bool]]:
    """The clauses of a line, each with whether it opens its sentence."""
    for start, end in sentences(text, *line.span):
        at = start
        for cut in [*_cuts(text[start:end]), end - start]:
            piece = text[at : start + cut].lstrip(" \t;")
            if piece.strip():
                begin = start + cut - len(piece)
                yield (begin, start + cut), at == start
            at = start + cut


def _duty(
    text: str, span: Span, who: str, walk: _Walk, document: Document, section: str
) -> AssignmentCandidate | None:
    raw = text[slice(*span)]
    quote = raw.strip()
    if len(quote) < 8:
        return None
    start = span[0] + raw.index(quote)
    task = _BULLET.sub("", quote, count=1).rstrip(" .;/")
    task = task[:1].upper() + task[1:]
    lead, partners, reasons = who, list(partners_of(task)), []
    if who == walk.heading:
        partners += [p for p in walk.others if p not in partners]
    body = task
    named = subject_of(task) or labelled_subject(task)
    if named:
        body = task[named[1] :]
    # a vague group ("các sở, ngành liên quan") does not lead the task it helps with
    if (
        _LEADS_WITH.match(body)
        and partners
        and "chủ trì" not in body
        and not (named and partners[0].startswith(("các ", "Các ")))
    ):
        lead = partners[0][:1].upper() + partners[0][1:]
        partners = [*agency_list(who), *partners[1:]]
        reasons.append(reason("{who} takes part; the task is led by {lead}", who=who, lead=lead))
    elif named and _BOILERPLATE.fullmatch(body):
        return None  # "Nhận được Kế hoạch này, yêu cầu các đơn vị nghiêm túc thực hiện"
    elif "phối hợp" in body and not partners and walk.main and walk.main != who:
        lead, partners = walk.main, [who]
        reasons.append(reason("{who} takes part in the tasks led by {lead}", who=who, lead=lead))
    try:
        assignment = Assignment(
            task,
            lead=lead,
            partners=list[Any](dict.fromkeys(p for p in partners if p != lead)),
            submitted_to=submitted_to(body),
            due=_due(task),
            source=Source(document, section or "Tổ chức thực hiện", quote),
        )
    except ValidationError:
        return None
    confidence = 0.8 if reasons else 1.0
    return AssignmentCandidate((start, start + len(quote)), assignment, confidence, tuple(reasons))


def _line_duties(
    text: str, line: Line, walk: _Walk, document: Document
) -> list[AssignmentCandidate]:
    found, who = [], walk.heading
    bulleted = _BULLET.match(text, line.span[0])
    is_bullet = bulleted is not None and bulleted.end() > line.span[0]
    if not is_bullet and walk.heading is None:
        who = None
    for n, (clause, opens) in enumerate(_clauses(text, line)):
        words = _BULLET.sub("", text[slice(*clause)].strip(), count=1)
        if _CLOSING.match(words) or _DIFFICULTIES.match(words):
            walk.inside = False
            break
        named = subject_of(words) or labelled_subject(words)
        if n and opens and not named and who is not None and who == walk.heading:
            continue  # a later sentence of an item under an agency's heading: the same task
        if walk.one_line and opens and not named:
            who = None  # a later sentence of a paragraph outside the section: not its task
        if named:
            who = named[0]
            if walk.main is None and _GIAO.search(words):
                walk.main = who
        if who is None:
            continue
        made = _duty(text, clause, who, walk, document, line.section)
        found.extend([made] if made else [])
    return found


def _heading(
    text: str, line: Line, walk: _Walk, document: Document
) -> list[AssignmentCandidate] | None:
    raw = text[slice(*line.span)]
    over = _over_list(_BULLET.sub("", raw, count=1))
    if over is not None:
        walk.heading, walk.level = over, 99 if line.level is None else line.level
        walk.others = ()
        return []
    headed = _HEADED.match(raw)
    if not headed or line.level is None or subject_of(_BULLET.sub("", raw, count=1)):
        return None
    walk.heading, walk.level = " ".join(headed.group(1).split()), line.level
    walk.others = ()
    if not (headed.group(2) and headed.group(2).strip()):
        return []
    at = line.span[0] + headed.start(2)
    made = _duty(text, (at, line.span[1]), walk.heading, walk, document, walk.heading)
    return [made] if made else []


def _over_list(words: str) -> str | None:
    """The agency a line ending in a colon names, whose tasks the lines under it list:
    "Sở Y tế có trách nhiệm:", "- Sở Giáo dục và Đào tạo:"."""
    if not words.rstrip().endswith(":"):
        return None
    named = subject_of(words)
    if named:
        return named[0]
    alone = _AGENCY_ALONE.match(words)
    return " ".join(alone.group(1).split()) if alone else None


def prose_assignments(
    text: str, lines: Sequence[Line], document: Document
) -> list[AssignmentCandidate]:
    """The assignments written as prose (see the module notes), in text order.

    Parameters
    ----------
    text : str
    lines : sequence of Line
        :func:`~vnhealthplan.io.extract.segment.layout` of *text*.
    document : Document
        For the assignments' sources.

    Returns
    -------
    list of AssignmentCandidate

    Examples
    --------
    An Giang's plan gives its six tasks in three numbered paragraphs:

    >>> from vnhealthplan import plans
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = plans.source_text("an-giang-2018")
    >>> found = prose_assignments(text, layout(text), plans.load("an-giang-2018").document)
    >>> [c.assignment.lead for c in found][2:]
    ['Ban cán sự đảng Uỷ ban nhân dân tỉnh', 'Ban cán sự đảng Uỷ ban nhân dân tỉnh', \
'Ban Tuyên giáo Tỉnh uỷ', 'Các ban đảng và cơ quan có liên quan']
    """
    flat, lines = _unwrap(text, lines)
    found = _walk(flat, lines, document)
    if flat == text:
        return found
    return [_requoted(text, c) for c in found]


def _leads(raw: str, line: Line) -> bool:
    """Whether a paragraph outside a status section opens with an agency leading a task."""
    if line.in_status or line.level is not None:
        return False
    words = _BULLET.sub("", raw, count=1)
    named = subject_of(words) or labelled_subject(words)
    return named is not None and _OWN_TASK.match(words, named[1]) is not None


def _unwrap(text: str, lines: Sequence[Line]) -> tuple[str, list[Line]]:
    """The text with its lines broken mid-sentence joined (a space for each break, so that
    spans stay), and its lines so joined."""
    hard = set(hard_wraps(text))
    soft = set(_soft_breaks(text)) | hard
    if not soft:
        return text, list(lines)
    parts, last = [], 0
    for i in sorted(soft):
        parts += [text[last:i], " "]
        last = i + 1
    flat = "".join([*parts, text[last:]])
    joined: list[Line] = []
    for line in lines:
        prev = joined[-1] if joined else None
        if (
            prev is not None
            and (at := text.find("\n", prev.span[1], line.span[0])) in soft
            and not (prev.cells or line.cells)
            and (prev.level is None or at in hard)
            and line.level is None
        ):
            joined[-1] = attrs.evolve(prev, span=(prev.span[0], line.span[1]))
        else:
            joined.append(line)
    return flat, joined


def _soft_breaks(text: str) -> Iterator[int]:
    """Where ``_SOFT_BREAK`` matches, its newline: found from the newline (a fast search),
    then the blanks and the character before it."""
    for m in _SOFT_NEWLINE.finditer(text):
        before = m.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        if before > 0 and not text[before - 1].isspace() and text[before - 1] not in ".;:!?":
            yield m.start()


def _requoted(text: str, made: AssignmentCandidate) -> AssignmentCandidate:
    """*made* quoting the words as the text breaks them."""
    source = made.assignment.source
    if source is None:
        return made
    quote = text[slice(*made.span)]
    return attrs.evolve(
        made, assignment=attrs.evolve(made.assignment, source=attrs.evolve(source, quote=quote))
    )


def _headed(text: str, lines: Sequence[Line], i: int, walk: _Walk) -> bool:
    """Whether line *i* is an agency's heading (:mod:`.agencyheads`), inside the walk or
    over a task that starts one; *walk* then goes on under it."""
    line = lines[i]
    head = None if line.cells else agency_heading(text[slice(*line.span)])
    if head is None:
        return False
    if not walk.inside:
        nxt = next((n for n in lines[i + 1 : i + 3] if text[slice(*n.span)].strip()), None)
        if line.in_status or nxt is None or not opens_tasks(text[slice(*nxt.span)]):
            return False
        walk.inside, walk.one_line, walk.main = True, False, None
    walk.heading, walk.level = head.lead, head.level
    walk.others = head.others
    walk.above = ""
    return True


def _walk(text: str, lines: Sequence[Line], document: Document) -> list[AssignmentCandidate]:
    found: list[AssignmentCandidate] = []
    walk, title_end = _Walk(), -1
    for i, line in enumerate(lines):
        raw = text[slice(*line.span)]
        if i <= title_end:
            continue  # the second line of a title broken in two
        after = text[slice(*lines[i + 1].span)] if i + 1 < len(lines) else ""
        if line.level is not None and line.level <= 2 and (n := implementation_heading(raw, after)):
            walk, title_end = _Walk(inside=True), i + n - 1
            continue
        if (line.level is not None and line.level <= 1) or _RECIPIENTS.match(raw):
            walk.inside = False
        if _headed(text, lines, i, walk):
            continue
        if not line.cells and not line.in_status and _RECEIVED.match(raw):
            walk = _Walk(inside=True, one_line=not walk.inside, main=walk.main)
        elif walk.one_line:
            walk = _Walk()
        if not walk.inside and not line.cells and _GIAO.search(raw):
            walk = _Walk(inside=True)
        elif (
            not walk.inside
            and not line.cells
            and ((_GIVEN.search(raw) and not line.in_status) or _leads(raw, line))
        ):
            walk = _Walk(inside=True, one_line=True)
        if not walk.inside or not raw.strip() or line.cells:
            continue
        headed = _heading(text, line, walk, document)
        if headed is not None:
            found.extend(headed)
            walk.above = ""
            continue
        if line.level is not None and line.level <= walk.level:
            walk.heading, walk.level, walk.others = None, 99, ()
        if walk.heading is not None and is_part(walk.above, raw):
            continue  # "- Dự án 1: …" under "h) Chủ trì các dự án, bao gồm:"
        walk.above = raw
        found.extend(_line_duties(text, line, walk, document))
    return found
