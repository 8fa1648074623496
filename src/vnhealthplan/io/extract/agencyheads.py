"""Agency headings: a numbered line that names an agency and nothing else, over its tasks.

An implementation section gives each agency its tasks under a heading of its own: "1. Sở Y
tế", "b) Sở Tài chính:", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "5. Các sở,
ban, ngành liên quan", "4. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình
tỉnh" (two agencies, the first leading). A web page or a converted file may set it in bold
("**2. Sở Tài chính**") and break it mid-name ("**2. Sở Tài\\nchính**"); it is read all the
same. A line that goes on past the agency with a task ("1. Sở Y tế chủ trì, …", "2. Sở Tài
chính: phối hợp …") is not a heading alone: :mod:`.duties` reads it as a task.

:func:`agency_heading` reads one line; :func:`opens_tasks` says whether the line after a
heading opens a task ("Chủ trì, phối hợp với …", "a) Tham mưu …"), which lets a heading
start the reading of tasks outside a section titled "Tổ chức thực hiện" (a plan that gives
its tasks under "II. Nội dung thực hiện"). :func:`implementation_heading` reads that title,
whole or broken over two lines ("**III. TỔ CHỨC\\nTHỰC HIỆN**").

Examples
--------
>>> agency_heading("**2. Sở Tài\\nchính**")
AgencyHeading(lead='Sở Tài chính', others=(), level=2)
>>> agency_heading("1. Sở Y tế chủ trì, phối hợp với các sở, ngành") is None
True
>>> opens_tasks("a) Chủ trì, phối hợp với Sở Tài chính tham mưu …")
True
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.agents import AGENCY, TASK_VERBS

__all__ = ["AgencyHeading", "agency_heading", "implementation_heading", "is_part", "opens_tasks"]

#: The title of an implementation section (folded): "Tổ chức thực hiện", "Phân công nhiệm vụ".
_IMPLEMENTATION: Final = re.compile(
    r"to chuc thuc hien|phan cong (?:nhiem vu|trach nhiem)|trach nhiem (?:thuc hien|cua cac)"
)
_TITLE_CHARS: Final = 80  # a longer line is a task that says "tổ chức thực hiện"
_REST_CHARS: Final = 40  # the longest second line of a title broken in two

_MARKUP: Final = re.compile(r"\*\*|<[^<>\n]{1,20}>")
_NUMBER: Final = re.compile(
    r"(?:(?P<roman>[IVX]{1,4})|(?P<number>\d{1,2}(?:\.\d{1,2})*)|(?P<letter>[a-zđ]))"
    r"[ \t]*[.\-–)][ \t]*"
)
_PREFIX: Final = re.compile(r"(?:(?:Trách nhiệm|Nhiệm vụ) của|Đề nghị|Giao)[ \t]+")
#: An agency's first words: those of :data:`~.agents.AGENCY`, and courts and procuracies.
_AGENCY_START: Final = re.compile(rf"{AGENCY}|Viện kiểm sát|Tòa án|Toà án|Cục|Kho bạc")
#: "tổ chức" as a noun inside a name ("các tổ chức chính trị - xã hội"), not a task's verb.
_BODIES: Final = re.compile(r"\b(?:các|và)[ \t]+tổ chức\b")
#: A task's verb inside the name: the line goes on with a task, so it is not a heading alone.
_VERB: Final = re.compile(rf"(?:^|[ \t,]){TASK_VERBS}(?=[ \t,.;:]|$)")
#: A report, not a task: "đã", "đang".
_REPORT: Final = re.compile(r"(?:^|[ \t])(?:đã|đang|vừa)(?=[ \t]|$)")
#: What the first line under a heading opens with when it gives a task.
_OPENER: Final = re.compile(
    rf"(?:[-–+•*][ \t]*|(?:\d{{1,2}}(?:\.\d{{1,2}})*|[a-zđ])[ \t]*[.)][ \t]+)?"
    rf"(?:{TASK_VERBS}|tiếp tục|ban hành|phát động|tăng cường|đẩy mạnh|làm tốt|nâng cao)\b",
    re.IGNORECASE,
)
#: A dashed line: a part of the task above it when that one ends with ":".
_DASHED: Final = re.compile(r"[ \t]*[-–+•][ \t]")
_LETTER_LEVEL: Final = 6  # as :mod:`.segment` gives an "a)" item
_LONGEST: Final = 140


@attrs.frozen
class AgencyHeading:
    """The agency a heading names (the first, where it names several), the others, and
    its level (1 for "I.", 2 for "1.", 3 for "1.1.", 6 for "a)").

    Examples
    --------
    >>> agency_heading("a) Sở Y tế:").level
    6
    """

    lead: str
    others: tuple[str, ...]
    level: int


def agency_heading(raw: str) -> AgencyHeading | None:
    """The agency heading *raw* is, or None (see the module notes).

    Examples
    --------
    >>> agency_heading("4. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình")
    AgencyHeading(lead='Sở Văn hóa, Thể thao và Du lịch', \
others=('Báo và Phát thanh, Truyền hình',), level=2)
    >>> agency_heading("5. Đề nghị các sở, ban, ngành liên quan:").lead
    'Các sở, ban, ngành liên quan'
    >>> agency_heading("2. Sở Y tế đã triển khai") is None
    True
    """
    words = " ".join(_MARKUP.sub(" ", raw).split())
    if len(words) > _LONGEST:
        return None
    number = _NUMBER.match(words)
    if number is None:
        return None
    rest = words[number.end() :]
    prefix = _PREFIX.match(rest)
    rest = rest[prefix.end() :] if prefix else rest
    rest = rest.rstrip(" .:")
    if ":" in rest or not rest or _VERB.search(_BODIES.sub("", rest)) or _REPORT.search(rest):
        return None
    names = [n.strip() for n in rest.split(";") if n.strip()]
    if not names or not all(_AGENCY_START.match(n[:1].upper() + n[1:]) for n in names):
        return None
    names = [n[:1].upper() + n[1:] for n in names]
    return AgencyHeading(names[0], tuple(names[1:]), _level(number))


def _level(number: re.Match[str]) -> int:
    if number.group("roman"):
        return 1
    if number.group("letter"):
        return _LETTER_LEVEL
    return 2 + number.group("number").count(".")


def opens_tasks(raw: str) -> bool:
    """Whether a line, the first under a heading, opens with a task's verb.

    Examples
    --------
    >>> opens_tasks("- Căn cứ chức năng, nhiệm vụ, chỉ đạo các cơ sở giáo dục")
    True
    >>> opens_tasks("- Giường bệnh: 500 giường")
    False
    """
    words = " ".join(_MARKUP.sub(" ", raw).split())
    return _OPENER.match(words) is not None


def is_part(above: str, raw: str) -> bool:
    """Whether a dashed line is a part of the task above it, which ends with ":" ("h) Chủ
    trì các dự án sau:" over "- Dự án 1: …"): not a task of its own.

    Examples
    --------
    >>> is_part("h) Chủ trì thực hiện các dự án, bao gồm:", "- Dự án 1: Phòng ngừa tội phạm.")
    True
    >>> is_part("h) Chủ trì thực hiện các dự án.", "- Dự án 1: Phòng ngừa tội phạm.")
    False
    """
    return above.rstrip().endswith(":") and _DASHED.match(raw) is not None


def implementation_heading(raw: str, after: str = "") -> int:
    """How many lines the title of an implementation section takes: 1 ("IV. TỔ CHỨC THỰC
    HIỆN"), 2 where it is broken over two lines in capitals or in one bold run ("**III. TỔ
    CHỨC" over "THỰC HIỆN**"), 0 where *raw* is no such title. *after* is the next line.

    Examples
    --------
    >>> implementation_heading("**III. TỔ CHỨC", "THỰC HIỆN**")
    2
    >>> implementation_heading("2. Tổ chức", "thực hiện các đợt truyền thông cao điểm")
    0
    """
    if len(raw.strip()) > _TITLE_CHARS:
        return 0
    if _IMPLEMENTATION.search(fold(raw)):
        return 1
    rest = after.strip()
    if not rest or len(rest) > _REST_CHARS:
        return 0
    bold = raw.lstrip().startswith("**") and rest.endswith("**")
    if not (bold or (_capitals(raw) and _capitals(rest))):
        return 0
    return 2 if _IMPLEMENTATION.search(fold(f"{raw} {rest}")) else 0


def _capitals(raw: str) -> bool:
    letters = [c for c in _MARKUP.sub("", raw) if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
