"""Assignments written as prose: who leads each task, with whom, reporting to whom.

The implementation section ("Tổ chức thực hiện") of a plan, and a paragraph that opens with
"… giao <agency> chủ trì", give tasks to agencies in a few ways, read clause by clause (a
sentence, or its part after "; đồng thời"):

* a numbered heading naming an agency ("1. Sở Y tế", "2. Sở Kế hoạch và Đầu tư: Chủ trì,
  …") leads the lines under it;
* a clause that opens with an agency ("Ban Tuyên giáo Tỉnh uỷ chủ trì, …", "Giao Phòng Kế
  hoạch - Tài chính, Sở Y tế là đầu mối …", after an opening "Trên cơ sở …,") is that
  agency's, and the clauses after it in the paragraph are too;
* a task that another agency leads: "<A>: Phối hợp với <B>, <C> …" makes B the lead and
  A, C partners; "<A> … có trách nhiệm phối hợp thực hiện" (with no one named) makes A a
  partner of the agency the paragraph's "giao … chủ trì" put in charge;
* outside a status section, a paragraph that opens with an agency leading a task ("Sở Y tế
  chủ trì, …", "Sở Y tế - cơ quan thường trực … phối hợp với …") is that agency's; a head
  named for the agency ("Giao Giám đốc Sở Y tế chủ trì") stands for it, and lines broken
  mid-sentence (a web page's layout) are read joined, quoted as broken;
* partners are read from "phối hợp với …" (:func:`partners_of`), agency names that hold
  "và" kept whole; the body a result goes to from "báo cáo", "trình", "gửi" or "tham mưu".

The closing "Trên đây là Kế hoạch …" paragraph, and what follows it, gives no task.

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
from functools import cache, lru_cache
from typing import Any, Final

import attrs

from vnhealthplan.core.errors import ValidationError
from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.deadlines import task_periods
from vnhealthplan.io.extract.segment import Line, sentences
from vnhealthplan.model.assignment import Assignment
from vnhealthplan.model.period import Period
from vnhealthplan.model.source import Document, Source
from vnhealthplan.text import ParseError, agencies, lookup_agency
from vnhealthplan.text.names import name_key

__all__ = ["AssignmentCandidate", "partners_of", "prose_assignments", "subject_of"]

Span = tuple[int, int]

_AGENCY: Final = (
    r"(?:Sở|Ủy ban|Uỷ ban|UBND|Ban(?! hành)|Phòng(?:,? chống)?(?! chống)|Bảo hiểm xã hội|"
    r"Công an|Bộ Chỉ huy|Bộ|Hội(?! nghị| thảo| thi)|Mặt trận|Đài|Báo(?! cáo)|Trung tâm|"
    r"Bệnh viện|Chi cục|Văn phòng|Thanh tra|Liên đoàn|Tỉnh đoàn|Đoàn|Tỉnh ủy|Tỉnh uỷ|"
    r"Thủ trưởng|Giám đốc|Chủ tịch|"
    r"Các (?:cấp|sở|ban|ngành|cơ quan|đơn vị|địa phương|tổ chức|hội|đoàn thể|huyện|xã|"
    r"phòng|trung tâm|bệnh viện|Sở|Ban))"
)
_VERBS: Final = (
    r"(?:chủ trì|phối hợp|có trách nhiệm|là đầu mối|là cơ quan|căn cứ|nghiên cứu|quán triệt|"
    r"xây dựng|chỉ đạo|lãnh đạo|tổ chức|triển khai|thực hiện|tham mưu|hướng dẫn|bố trí|"
    r"chủ động|theo dõi|rà soát|đề xuất|kiểm tra|tăng cường|đẩy mạnh|phụ trách|"
    r"cân đối|bảo đảm|đảm bảo|tuyên truyền|giám sát|ưu tiên|huy động)"
)
_SUBJECT: Final = re.compile(
    rf"(?:Điều[ \t]+\d{{1,3}}[ \t]*[.:][ \t]*)?"
    rf"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)[ \t]+tỉnh[ \t]+)?"
    rf"(?:[Gg]iao[ \t]+|Đề nghị[ \t]+)?"
    rf"(?P<who>{_AGENCY}[^.;:\n]{{0,100}}?)(?<![Cc]ác)[ \t,]+{_VERBS}\b"
)
_INTRO: Final = re.compile(r"(?:Trên cơ sở|Căn cứ|Để|Nhằm|Trong)\b[^,\n]{0,120},[ \t]*")
_HEADED: Final = re.compile(
    rf"[ \t]*(?:\d{{1,2}}(?:\.\d{{1,2}})*|[a-zđ])[ \t]*[.\-–)][ \t]*"
    rf"(?:(?:Trách nhiệm|Nhiệm vụ) của[ \t]+|Đề nghị[ \t]+|Giao[ \t]+)?"
    rf"({_AGENCY}[^:\n]{{0,80}}?)[ \t]*(?::(.*))?$"
)
_BULLET: Final = re.compile(
    r"[ \t]*(?:[-–+•*][ \t]*|(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[ \t]*[.\-–)][ \t]+)?"
)
#: The first word of an agency or a group of agencies in a list.
_GROUP_START: Final = (
    r"(?:[Cc]ác|UBND|Ủy ban|Uỷ ban|Sở|Ban|Bảo hiểm|Công an|Hội|Mặt trận|Trung tâm|Bệnh viện|"
    r"Đài|Báo|Bộ|Phòng|Chi cục)\b"
)
_PARTNERS: Final = re.compile(
    r"[Pp]hối hợp(?: chặt chẽ)?(?: với)?[ \t]+(?=[A-ZĐÂỦƯ]|các\b)(.+?)"
    rf"(?<![Cc]ác)(?=[ \t,]+(?:{_VERBS}|kêu gọi|đánh giá|làm tốt|theo chức năng)\b|"
    rf";(?![ \t]*{_GROUP_START})|\.|$)"
)
_TO: Final = re.compile(
    r"\b(?:báo cáo|trình|gửi|tham mưu)(?:[ \t]+(?:kết quả|về|định kỳ))*[ \t]+"
    r"(?P<to>[^,;.()\n]{2,80}?)"
    r"(?=[ \t]+(?:để|xem xét|về|theo|ban hành|quyết định)\b|[,;.()\n]|$)"
)
_LEADS_WITH: Final = re.compile(r"^[ \t,]*phối hợp[ \t]+với[ \t]+", re.IGNORECASE)
_IMPLEMENTATION: Final = re.compile(
    r"to chuc thuc hien|phan cong (?:nhiem vu|trach nhiem)|trach nhiem (?:thuc hien|cua cac)"
)
_GIAO: Final = re.compile(rf"\b[Gg]iao[ \t]+{_AGENCY}[^.;:\n]{{0,60}}?[ \t,]+chủ trì")
#: The head of an agency given a task stands for the agency: "Giám đốc Sở Y tế" is Sở Y tế.
_HEAD_OF: Final = re.compile(
    r"^(?:Giám đốc|Chủ tịch)[ \t]+(?=(?:Sở|UBND|Ủy ban|Uỷ ban|Bệnh viện|Trung tâm|Chi cục)\b)"
)
#: An agency's role set after it by a dash: "Sở Y tế - cơ quan thường trực Ban Chỉ đạo".
_ROLE: Final = re.compile(r"[ \t]+[-–][ \t]+(?:cơ quan|đơn vị|là)\b.*$")
#: A paragraph that opens with an agency leading its own task: "Sở Y tế chủ trì, …",
#: "Sở Y tế phối hợp với …", "Sở Y tế là cơ quan thường trực …".
_OWN_TASK: Final = re.compile(r"[ \t,]*(?:chủ trì|phối hợp với|là (?:cơ quan|đầu mối))\b")
#: A line broken mid-sentence (a web page's layout): no stop at its end, lower case after.
_SOFT_BREAK: Final = re.compile(r"(?<=[^\s.;:!?])[ \t]*\n(?=[ \t]*[a-zà-ỹđ])")
_SOFT_NEWLINE: Final = re.compile(r"\n(?=[ \t]*[a-zà-ỹđ])")  # _soft_breaks: as _SOFT_BREAK
_CLOSING: Final = re.compile(r"[ \t\-–•]*Trên đây là", re.IGNORECASE)
_RECIPIENTS: Final = re.compile(r"[ \t]*Nơi nhận", re.IGNORECASE)
#: Where a list of partners is cut: commas, semicolons, and "và" before another agency.
_PIECE_CUT: Final = re.compile(rf"[,;]| và (?={_GROUP_START})")
#: A group of agencies whose kinds may follow in lower case ("UBND các huyện, thị xã").
_GROUP: Final = re.compile(r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)[ \t]+)?[Cc]ác ")
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


@lru_cache(maxsize=4096)
def _known(name: str) -> bool:
    try:  # a name whose key no agency has is unknown: no need to look for the closest ones
        if name_key(name) not in _agency_keys():
            return False
    except (ParseError, LookupError, TypeError):
        return False
    try:
        lookup_agency(name)
    except (ParseError, LookupError, TypeError):
        return False
    return True


@cache
def _agency_keys() -> frozenset[str]:
    """The keys of every name of every known agency (:func:`lookup_agency` finds only these)."""
    return frozenset(name_key(n) for agency in agencies() for n in agency.names)


def _split_and(name: str) -> list[str]:
    """Split "A và B" into two agencies unless "A và B" is one (Sở Kế hoạch và Đầu tư)."""
    if _known(name) or " và " not in name:
        return [name]
    head, tail = name.rsplit(" và ", 1)
    if _known(tail) or tail.startswith(("các ", "Các ")):
        return [*_split_and(head), tail]
    return [name]


def _pieces(words: str) -> list[str]:
    pieces = [p.strip() for p in re.split(_PIECE_CUT, words) if p.strip()]
    parts: list[str] = []
    i = 0
    while i < len(pieces):
        # the longest run of pieces that names one known agency ("UBND các huyện, thành phố"),
        # or a group whose other pieces are lower-case kinds ("các sở, ban, ngành liên quan")
        j = i + 1
        for k in range(len(pieces), i + 1, -1):
            if _known(", ".join(pieces[i:k])):
                j = k
                break
        else:
            if _GROUP.match(pieces[i]):
                while j < len(pieces) and _kind_word(pieces[j]):
                    j += 1
        parts.extend(_split_and(", ".join(pieces[i:j])))
        i = j
    return parts


def _kind_word(piece: str) -> bool:
    """A piece that goes on a group ("các sở" + "ngành liên quan"): lower case, one kind."""
    return piece[:1].islower() and not piece.startswith("các ") and " và " not in piece


def partners_of(task: str) -> tuple[str, ...]:
    """The agencies a task is done with: those after "phối hợp với", split one by one.

    Examples
    --------
    >>> partners_of("Chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Sở Tài chính, các sở, "
    ...             "ngành liên quan và UBND các huyện, thị xã, thành phố tổ chức triển khai")
    ('Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'các sở, ngành liên quan', \
'UBND các huyện, thị xã, thành phố')
    """
    m = _PARTNERS.search(task)
    return tuple(_pieces(m.group(1))) if m else ()


def subject_of(clause: str) -> tuple[str, int] | None:
    """The agency a clause opens with, and where its task starts; None if it names none.

    Examples
    --------
    >>> subject_of("UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Tài chính")
    ('Sở Y tế', 22)
    >>> subject_of("Tổ chức triển khai Kế hoạch") is None
    True
    """
    m = _SUBJECT.match(clause)
    if m is None:
        intro = _INTRO.match(clause)
        m = _SUBJECT.match(clause, intro.end()) if intro else None
    if m is None:
        return None
    who = _HEAD_OF.sub("", " ".join(m.group("who").split()).rstrip(" ,"))
    return _ROLE.sub("", who), m.end("who")


def _submitted_to(task: str) -> str | None:
    """The last body named after "báo cáo", "trình", "gửi" or "tham mưu"."""
    found = None
    for m in _TO.finditer(task):
        words = m.group("to").split()
        if " ".join(words[:4]).casefold() == "cấp có thẩm quyền":
            found = "cấp có thẩm quyền"
        for n in range(min(len(words), 9), 1, -1):
            if _known(" ".join(words[:n])):
                found = " ".join(words[:n])
                break
    return found


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


def _cuts(words: str) -> list[int]:
    """Where a clause of *words* ends: "; đồng thời", or a glued agency subject."""
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(words)]
    for m in _GLUED.finditer(words):
        before = words[: m.start()].split()
        if before and before[-1] not in _NOT_BEFORE_SUBJECT:
            cuts.append(m.start())
    return sorted(cuts)


def _clauses(text: str, line: Line) -> Iterator[Span]:
    for start, end in sentences(text, *line.span):
        at = start
        for cut in [*_cuts(text[start:end]), end - start]:
            piece = text[at : start + cut].lstrip(" \t;")
            if piece.strip():
                begin = start + cut - len(piece)
                yield begin, start + cut
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
    body = task
    named = subject_of(task)
    if named:
        body = task[named[1] :]
    # a vague group ("các sở, ngành liên quan") does not lead the task it helps with
    if (
        _LEADS_WITH.match(body)
        and partners
        and "chủ trì" not in body
        and not (named and partners[0].startswith(("các ", "Các ")))
    ):
        lead, partners = partners[0][:1].upper() + partners[0][1:], [who, *partners[1:]]
        reasons.append(f"{who} takes part; the task is led by {lead}")
    elif "phối hợp" in body and not partners and walk.main and walk.main != who:
        lead, partners = walk.main, [who]
        reasons.append(f"{who} takes part in the tasks led by {lead}")
    try:
        assignment = Assignment(
            task,
            lead=lead,
            partners=list[Any](dict.fromkeys(p for p in partners if p != lead)),
            submitted_to=_submitted_to(body),
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
    for clause in _clauses(text, line):
        words = _BULLET.sub("", text[slice(*clause)].strip(), count=1)
        if _CLOSING.match(words):
            walk.inside = False
            break
        named = subject_of(words)
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
    headed = _HEADED.match(raw)
    if not headed or line.level is None or subject_of(_BULLET.sub("", raw, count=1)):
        return None
    walk.heading, walk.level = " ".join(headed.group(1).split()), line.level
    if not (headed.group(2) and headed.group(2).strip()):
        return []
    at = line.span[0] + headed.start(2)
    made = _duty(text, (at, line.span[1]), walk.heading, walk, document, walk.heading)
    return [made] if made else []


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
    named = subject_of(_BULLET.sub("", raw, count=1))
    words = _BULLET.sub("", raw, count=1)
    return named is not None and _OWN_TASK.match(words, named[1]) is not None


def _unwrap(text: str, lines: Sequence[Line]) -> tuple[str, list[Line]]:
    """The text with its lines broken mid-sentence joined (a space for each break, so that
    spans stay), and its lines so joined."""
    soft = set(_soft_breaks(text))
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
            and text.find("\n", prev.span[1], line.span[0]) in soft
            and not (prev.cells or line.cells)
            and prev.level is None
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


def _walk(text: str, lines: Sequence[Line], document: Document) -> list[AssignmentCandidate]:
    found: list[AssignmentCandidate] = []
    walk = _Walk()
    for line in lines:
        raw = text[slice(*line.span)]
        if line.level is not None and line.level <= 2 and _IMPLEMENTATION.search(fold(raw)):
            walk = _Walk(inside=True)
            continue
        if (line.level is not None and line.level <= 1) or _RECIPIENTS.match(raw):
            walk.inside = False
        if not walk.inside and not line.cells and (_GIAO.search(raw) or _leads(raw, line)):
            walk = _Walk(inside=True)
        if not walk.inside or not raw.strip() or line.cells:
            continue
        headed = _heading(text, line, walk, document)
        if headed is not None:
            found.extend(headed)
            continue
        if line.level is not None and line.level <= walk.level:
            walk.heading, walk.level = None, 99
        found.extend(_line_duties(text, line, walk, document))
    return found
