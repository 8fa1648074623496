"""Who a clause of a plan names: the agency it opens with, those it works with, and where
its result goes.

* :func:`subject_of`: the agency a clause opens with ("Sở Y tế chủ trì, …", "UBND tỉnh giao
  Sở Y tế …", after an opening "Trên cơ sở …,"), a head named for the agency ("Giám đốc
  Sở Y tế") standing for it;
* :func:`labelled_subject`: the agency a clause names before a colon ("- Sở Tài chính:
  tham mưu …");
* :func:`partners_of`: the agencies after "phối hợp với …", split one by one, names that hold
  "và" (Sở Kế hoạch và Đầu tư) and groups ("UBND các huyện, thị xã") kept whole
  (:func:`agency_list` splits any list of agencies so);
* :func:`submitted_to`: the body a result goes to, after "báo cáo", "trình", "gửi" or
  "tham mưu".

Examples
--------
>>> subject_of("Sở Tài chính chủ trì, phối hợp với Sở Y tế bố trí kinh phí")
('Sở Tài chính', 12)
>>> submitted_to("Định kỳ báo cáo kết quả về Sở Y tế trước ngày 15/12")
'Sở Y tế'
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Final

from vnhealthplan.text import ParseError, agencies, lookup_agency
from vnhealthplan.text.names import name_key

__all__ = [
    "AGENCY",
    "OPENING",
    "TASK_VERBS",
    "agency_list",
    "labelled_subject",
    "partners_of",
    "subject_of",
    "submitted_to",
]

#: The first words of an agency's name, or of a group of agencies.
AGENCY: Final = (
    r"(?:Sở|Ủy ban|Uỷ ban|UBND|Ban(?! hành)|Phòng(?:,? chống)?(?! chống)|Bảo hiểm xã hội|"
    r"Công an|Bộ Chỉ huy|Bộ|Hội(?! nghị| thảo| thi)|Mặt trận|Đài|Báo(?! cáo)|Trung tâm|"
    r"Bệnh viện|Chi cục|Văn phòng|Thanh tra|Liên đoàn|Tỉnh đoàn|Đoàn|Tỉnh ủy|Tỉnh uỷ|"
    r"Thủ trưởng|Giám đốc|Chủ tịch|[Nn]gành(?=[ \t]+[A-ZĐ])|Chính phủ(?=[ \t]+trình\b)|"
    r"[Cc]ác (?:cấp|sở|ban|ngành|cơ quan|đơn vị|địa phương|tổ chức|hội|đoàn thể|huyện|xã|"
    r"phòng|trung tâm|bệnh viện|Sở|Ban))"
)
#: The verbs after an agency that open its task; "trình" to a higher body too ("Chính phủ
#: trình Quốc hội quyết định nguồn vốn …", "Sở Y tế trình UBND tỉnh phê duyệt …").
TASK_VERBS: Final = (
    r"(?:chủ trì|phối hợp|có trách nhiệm|là đầu mối|là cơ quan|căn cứ|nghiên cứu|quán triệt|"
    r"xây dựng|chỉ đạo|lãnh đạo|tổ chức|triển khai|thực hiện|tham mưu|hướng dẫn|bố trí|"
    r"chủ động|theo dõi|rà soát|đề xuất|kiểm tra|tăng cường|đẩy mạnh|phụ trách|"
    r"cân đối|bảo đảm|đảm bảo|tuyên truyền|giám sát|ưu tiên|huy động|nghiêm túc|khẩn trương|"
    r"tập trung|được giao|là đơn vị|chịu trách nhiệm|trình(?=[ \t]+(?:Quốc hội|Chính phủ|"
    r"Thủ tướng|Hội đồng nhân dân|HĐND|Ủy ban|Uỷ ban|UBND|Bộ trưởng|Ban Thường vụ)\b))"
)
#: A "Căn cứ …," opening before a clause's task, its parts after commas no task of their own:
#: "Căn cứ theo chức năng, nhiệm vụ, quyền hạn được giao, " (empty where there is none).
OPENING: Final = (
    rf"(?:[Cc]ăn cứ\b[^,.;:\n]{{0,100}},"
    rf"(?:(?![ \t]*{TASK_VERBS}\b)[^,.;:\n]{{1,60}},){{0,4}}[ \t]*)?"
)
#: "tổ chức" listed among bodies ("Các cơ quan, tổ chức, cá nhân", "…, tổ chức và …"): a
#: noun, not the verb of a task (the lookahead after a comma that excludes it).
_BODY_NOUN: Final = (
    r"(?!tổ chức(?:[ \t]*,|[ \t]+(?:và|cá nhân|đoàn thể|chính trị|liên quan|có liên quan)\b))"
)
_SUBJECT: Final = re.compile(
    rf"(?:Điều[ \t]+\d{{1,3}}[ \t]*[.:][ \t]*)?"
    rf"(?:(?:UBND|Ủy ban [Nn]hân dân|Uỷ ban [Nn]hân dân)[ \t]+tỉnh[ \t]+)?"
    rf"(?:[Gg]iao(?:[ \t]+cho)?[ \t]+|[Đđ]ề nghị[ \t]+|[Yy]êu cầu[ \t]+)?"
    rf"(?P<who>{AGENCY}(?:[^.;:\n]|;[ \t]*(?=UBND|Ủy ban|Uỷ ban|[Cc]ác[ \t]))"
    rf"{{0,100}}?)(?<![Cc]ác)(?:(?<![ \t,])[ \t]+|[ \t]*,[ \t]*{_BODY_NOUN})+{TASK_VERBS}\b"
)
#: An agency set before its task by a colon: "- Sở Tài chính: tham mưu bố trí kinh phí".
_LABELLED: Final = re.compile(
    rf"(?:[Đđ]ề nghị[ \t]+|[Gg]iao[ \t]+)?(?P<who>{AGENCY}[^.;:\n]{{0,80}}?)[ \t]*:[ \t]*(?=\S)"
)
_INTRO: Final = re.compile(
    r"(?:Trên cơ sở|Căn cứ|Để|Nhằm|Trong|(?P<received>Nhận được))\b[^,\n]{0,120},[ \t]*|"
    r"(?:Theo (?:đó|[Kk]ế hoạch(?: này)?)|Cụ thể|Đồng thời|Ngoài ra|Bên cạnh đó),[ \t]*"
)
#: Words that, inside the words before a task's verb, show that the agency named first gives
#: the task to the one after them: "UBND tỉnh Gia Lai giao Sở Y tế …", "Bộ Y tế đề nghị
#: các địa phương …".
_GIVES: Final = re.compile(r"^.*[ \t](?:giao|đề nghị|yêu cầu)(?:[ \t]+cho)?[ \t]+")
#: Words that make an agency's clause a report, not a task: what it has done or is doing
#: ("đã", "đang", "vừa"), or what someone said ("Giám đốc Sở Y tế … cho biết").
_NOT_A_TASK: Final = re.compile(
    r"(?:^|[ \t])(?:đã|đang|vừa|từng|cho biết|cho hay|nhấn mạnh|khẳng định|phát biểu)(?=[ \t,]|$)"
)
#: The units that receive a plan, named by no more than their kind ("Nhận được Kế hoạch
#: này, các đơn vị …"): they are the plan's recipients.
_RECIPIENT_UNITS: Final = re.compile(
    r"(?:Thủ trưởng[ \t]+)?[Cc]ác[ \t]+(?:cơ quan,[ \t]+)?đơn vị(?:,[ \t]+địa phương)?"
)
#: The first word of an agency or a group of agencies in a list.
_GROUP_START: Final = (
    r"(?:[Cc]ác|UBND|Ủy ban|Uỷ ban|Sở|Ban|Bảo hiểm|Công an|Hội|Mặt trận|Trung tâm|Bệnh viện|"
    r"Đài|Báo|Bộ|Phòng|Chi cục)\b"
)
#: Where the agencies worked with end though no task's verb follows: "phối hợp với Sở Y tế
#: trong việc tổ chức …", "… để triển khai", "… củng cố, kiện toàn bộ máy".
_PARTNERS_END: Final = r"trong (?:việc|công tác|quá trình)|để|nhằm|củng cố|kiện toàn|sắp xếp"
_PARTNERS: Final = re.compile(
    r"[Pp]hối hợp(?: chặt chẽ)?(?: với)?[ \t]+(?=[A-ZĐÂỦƯ]|các\b)(.+?)"
    rf"(?<![Cc]ác)(?=[ \t,]+(?:{TASK_VERBS}|kêu gọi|đánh giá|làm tốt|theo chức năng|"
    rf"{_PARTNERS_END})\b|"
    rf";(?![ \t]*{_GROUP_START})|\.|$)"
)
_TO: Final = re.compile(
    r"\b(?:[Bb]áo cáo|[Tt]rình|[Gg]ửi|[Tt]ham mưu)"
    r"(?:[ \t]+(?:kết quả|thực hiện|tình hình|về|cho|định kỳ|hằng năm|hàng năm))*[ \t]+"
    r"(?P<to>[^,;.()\n]{2,80}?)"
    r"(?=[ \t]+(?:để|xem xét|về|theo|ban hành|quyết định)\b|[,;.()\n]|$)"
)
#: Bodies a result goes to that no agency of the catalogue names.
_HIGHER_BODIES: Final = frozenset(
    {"Hội đồng nhân dân", "Chính phủ", "Thủ tướng Chính phủ", "Ban Thường vụ Tỉnh ủy"}
    | {"Ban Thường vụ Tỉnh uỷ", "Ban Chỉ đạo tỉnh"}
)
_TO_VERB: Final = re.compile(r"\b(?:[Bb]áo cáo|[Tt]rình|[Gg]ửi|[Tt]ham mưu)\b")
#: Where the body reported to collects the results to pass them on: "… để tổng hợp, báo cáo".
_COLLECTED: Final = re.compile(r"\bđể[ \t]+tổng hợp\b")
#: The head of an agency given a task stands for the agency: "Giám đốc Sở Y tế" is Sở Y tế.
_HEAD_OF: Final = re.compile(
    r"^(?:Giám đốc|Chủ tịch)[ \t]+(?=(?:Sở|UBND|Ủy ban|Uỷ ban|Bệnh viện|Trung tâm|Chi cục)\b)"
)
#: An agency's role set after it by a dash or in brackets: "Sở Y tế - cơ quan thường trực
#: Ban Chỉ đạo", "Sở Y tế (cơ quan thường trực)".
_ROLE: Final = re.compile(
    r"[ \t]+[-–][ \t]+(?:cơ quan|đơn vị|là)\b.*$|[ \t]*\((?:cơ quan|đơn vị|là)\b[^()]*\)"
)
#: Where a document places the agencies a clause names: "Các cơ quan, đơn vị … nêu tại Điều 1
#: Quyết định này" are those agencies; the place is not part of the name.
_PLACED_AT: Final = re.compile(
    r"[ \t,]+(?:nêu|quy định|ghi|có tên)[ \t]+(?:tại|ở)[ \t]+"
    r"(?:Điều|[Kk]hoản|[Mm]ục|[Pp]hụ lục|[Bb]iểu)\b.*$"
)
#: Everyone: a clause that gives a duty to the people as well ("… và mỗi người dân đều có
#: trách nhiệm …") states a principle, not a task an agency leads.
_EVERYONE: Final = re.compile(r"\b(?:người dân|toàn dân|toàn xã hội|mọi người|cá nhân)\b")
#: Where a list of partners is cut: commas, semicolons, and "và" before another agency.
_PIECE_CUT: Final = re.compile(rf"[,;]| và (?={_GROUP_START})")
#: A group of agencies whose kinds may follow in lower case ("UBND các huyện, thị xã").
_GROUP: Final = re.compile(
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)[ \t]+(?:các[ \t]+)?(?=huyện|xã|tỉnh|thành phố|quận)|"
    r"[Cc]ác |(?:Sở|Ban|Ngành)$"  # a bare kind in a list: "Sở, ban, ngành liên quan"
)


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


def agency_list(words: str) -> list[str]:
    """The agencies of a list, one by one ("Sở Y tế, Sở Tài chính và UBND các huyện").

    Examples
    --------
    >>> agency_list("Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh")
    ['Sở Thông tin và Truyền thông', 'Đài Phát thanh và Truyền hình tỉnh']
    """
    return _pieces(words)


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
    intro = None
    m = _SUBJECT.match(clause)
    if m is None:
        intro = _INTRO.match(clause)
        m = _SUBJECT.match(clause, intro.end()) if intro else None
    if m is None:
        return None
    who = " ".join(m.group("who").split()).rstrip(" ,")
    if _NOT_A_TASK.search(who) or _EVERYONE.search(who):
        return None
    given = _GIVES.match(who)
    if given:
        who = who[given.end() :]
        if not re.match(AGENCY, who[:1].upper() + who[1:]):
            return None
    who = _PLACED_AT.sub("", _ROLE.sub("", _HEAD_OF.sub("", who)))
    if intro and intro.group("received") and _RECIPIENT_UNITS.fullmatch(who):
        document = clause[intro.end("received") : intro.end()].strip(" \t,")
        who = f"Các đơn vị nhận {document.removesuffix(' này')}"
    return who[:1].upper() + who[1:] if who.startswith("các ") else who, m.end("who")


def labelled_subject(clause: str) -> tuple[str, int] | None:
    """The agency a clause names before a colon, and where its task starts after it.

    Examples
    --------
    >>> labelled_subject("Sở Tài chính: tham mưu UBND tỉnh bố trí kinh phí")
    ('Sở Tài chính', 14)
    """
    m = _LABELLED.match(clause)
    if m is None:
        return None
    who = " ".join(m.group("who").split())
    if _NOT_A_TASK.search(who):
        return None
    return _ROLE.sub("", _HEAD_OF.sub("", who)), m.end()


def submitted_to(task: str) -> str | None:
    """The last body named after "báo cáo", "trình", "gửi" or "tham mưu", before "để tổng
    hợp" (what that body does with the result is its own task).

    Examples
    --------
    >>> submitted_to("Tham mưu UBND tỉnh trình Hội đồng nhân dân tỉnh xem xét")
    'Hội đồng nhân dân tỉnh'
    >>> submitted_to("Báo cáo Sở Y tế để tổng hợp, báo cáo UBND tỉnh")
    'Sở Y tế'
    """
    found = None
    words_before = _COLLECTED.split(task, maxsplit=1)[0]
    # each verb is read on its own: "Báo cáo kết quả thực hiện Kế hoạch gửi UBND tỉnh"
    for at in _TO_VERB.finditer(words_before):
        m = _TO.match(words_before, at.start())
        if m is None:
            continue
        words = m.group("to").split()
        if " ".join(words[:4]).casefold() == "cấp có thẩm quyền":
            found = "cấp có thẩm quyền"
        for n in range(min(len(words), 9), 1, -1):
            if _known(" ".join(words[:n])) or " ".join(words[:n]) in _HIGHER_BODIES:
                found = " ".join(words[:n])
                break
    return found
