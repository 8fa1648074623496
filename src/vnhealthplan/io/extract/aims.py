"""Whether a figure outside a targets section is aimed at, or reported.

A plan's background ("Thực trạng", "Sự cần thiết", a news report's opening) is full of
figures that describe what is or was: "dân tộc Khmer chiếm 7,65 %", "đã ghi nhận trên
46.000 trường hợp mắc", "Ước tính mỗi năm có khoảng 6000 bệnh nhân". A careful reader takes
a figure as a **target** only when something sets it as an aim: a targets section (left to
:func:`~vnhealthplan.io.extract.status.read_role`), or an aim word in its sentence —
"phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "đạt", "bảo đảm", "duy trì", "tối
thiểu", "ít nhất", "không quá", "khống chế", "nâng", "hạ", "giảm … xuống/còn", "tăng …
lên", "đến năm/vào năm" … A figure with no aim word whose sentence reports ("chiếm", "ghi
nhận", "đã", "hiện nay", "ước tính", "theo <a source>, …", "so với cùng kỳ")
or whose section describes the background ("Sự cần thiết", "Đặc điểm", "Vị trí địa lý,
điều kiện tự nhiên", "Tình hình", "Thực trạng", "Bối cảnh") is a status figure. A figure
with neither keeps the reading it had (many plans list targets with no verb).

In a report of results (a review, a yearbook, news of results: :mod:`.results`) "đạt",
"là", "xuống còn" say what was reached: a figure is a status figure unless an explicit aim
governs it or its words name a year after the report's. In any text, a figure reached from
an earlier one of the same unit ("giảm từ 27,5% xuống còn 25,7%") with no aim and no later
year is a status figure.

The sentence is read across wrapped lines (a page's text often breaks lines mid-sentence),
back to its start and on to its end, each within a bounded window: linear in the text.

Examples
--------
>>> from vnhealthplan.io.extract.segment import layout
>>> from vnhealthplan.io.extract.role import Role
>>> text = "Dân tộc Kinh chiếm 89,99 %, dân tộc Khmer chiếm 7,65 %."
>>> aimed(Role("target"), text, (48, 54), layout(text)[0], 2020).kind
'observation'
>>> text = "Phấn đấu tỷ lệ người dân có kiến thức đúng đạt 60%."
>>> aimed(Role("target"), text, (47, 50), layout(text)[0], 2020).kind
'target'
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.listed import continued_list
from vnhealthplan.io.extract.namedgoal import named_goal
from vnhealthplan.io.extract.paragraphs import closes_line
from vnhealthplan.io.extract.reasons import reason
from vnhealthplan.io.extract.results import governing, reached_pair, reported
from vnhealthplan.io.extract.role import Role
from vnhealthplan.io.extract.segment import Line
from vnhealthplan.io.extract.stops import SENTENCE_END as _END
from vnhealthplan.io.extract.stops import last_match

__all__ = [
    "aim_cue",
    "aimed",
    "objective_item",
    "report_cue",
    "reported_date",
    "sentence_aim",
    "to_reach",
]

Span = tuple[int, int]

#: Words that set a figure as an aim (read on the lower-cased text: folded, "đạt" would be
#: "đất", "hạ" "Hà", "cần" "căn"). "giảm"/"tăng" alone are not: "giảm 5,3% so với năm 2017"
#: reports; "giảm xuống", "giảm còn", "tăng lên" aim.
_AIM: Final = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu|không để|chỉ tiêu|kế hoạch|định hướng|hướng tới|nhằm|(?<!đã )đạt"
    r"|bảo đảm|đảm bảo|duy trì|tối thiểu|ít nhất|không quá|không vượt|khống chế|nâng"
    r"|hạ (?:thấp|xuống)|xuống|lên|còn dưới|giảm còn|phải|cần|sẽ|giao(?! thông| tiếp| lưu)"
    r"|dự kiến|đề xuất|kinh phí|phân bổ|bố trí|ngân sách)(?!\w)"
)
#: "đến năm 2025", "vào năm 2030": an aim when the year is not before the plan's ("tính đến
#: năm 2015", "từ năm 2013 đến năm 2023" report).
_BY_YEAR: Final = re.compile(r"(?<!tính )(?:đến|vào|tới) (?:hết |cuối )?năm (\d{4})")
#: Words of a sentence that reports what is or was.
_REPORT: Final = re.compile(
    r"(?<!\w)(?:chiếm|(?<!được )(?<!bị )ghi nhận|đã|hiện nay|hiện có|hiện tại"
    r"|tính đến|năm qua|cùng kỳ|bùng phát|hoành hành|xảy ra"
    r"|ước tính(?= (?:có|khoảng|mỗi|cả|toàn|hơn|trên|gần|là|\d)))(?!\w)"
    r"|^\W*theo [^,]{3,80},"
    # a sentence opened by "Hiện" ("Hiện tỷ lệ này của tỉnh là 93,1%"), not "Hiện đại hóa …"
    r"|(?:(?<=^)|(?<=^\W)|(?<=^\W\W)|(?<=^\W\W\W))hiện"
    r"(?! (?:đại|thực|tượng|hành|vật|diện|lên|ra|có|nay|tại|đang)(?!\w))(?=,? \w)"
)
#: Headings of a plan's background (folded).
_BACKGROUND: Final = re.compile(
    r"\b(?:su can thiet|dac diem|vi tri dia ly|dieu kien tu nhien|tinh hinh|thuc trang"
    r"|boi canh|khai quat|tong quan)\b"
)
#: Geography, never a status figure (docs/labelling.rst): the number of a province's
#: administrative units ("64 đơn vị cấp xã", "10 phường", "07 huyện").
_UNITS_OF_LAND: Final = re.compile(
    r"^\D{0,12}\d[\d.,]*\W{0,3}(?:đơn vị (?:cấp|hành chính)|xã|phường|thị trấn|thị xã|huyện"
    r"|quận|thành phố|ấp|thôn|bản|tổ dân phố|khóm)(?!\w)(?! \w*\s*(?:có|đạt|được))",
    re.IGNORECASE,
)
_BACK_CHARS = 300
#: A comma and a space after a figure close its clause: an aim word past it ("… tại 36 cơ sở,
#: bảo đảm cho …") governs the next figure, not this one.
_NEXT_CLAUSE: Final = re.compile(r",\s")
_ON_CHARS = 200


def _land(text: str, value_span: Span) -> bool:
    return bool(_UNITS_OF_LAND.match(text[value_span[0] : value_span[1] + 25]))


def _lower(words: str) -> str:
    return unicodedata.normalize("NFC", words).lower()


def _start(text: str, at: int) -> int:
    """Where the sentence holding *at* starts: a wrapped line is read on into the line above
    unless that one closes its sentence or is a heading."""
    floor = max(0, at - _BACK_CHARS)
    while True:
        line_start = text.rfind("\n", floor, at) + 1 or floor
        end = last_match(_END, text, line_start, at)
        if end:
            return end.end()
        above = text.rfind("\n", floor, max(floor, line_start - 1)) + 1 or floor
        if line_start <= floor or closes_line(text[above : line_start - 1]):
            return line_start
        at = line_start - 1


def _end(text: str, at: int) -> int:
    """Where the sentence holding *at* ends: on into the next line while that one goes on
    in lower case (a wrapped sentence)."""
    ceiling = min(len(text), at + _ON_CHARS)
    while True:
        found = _END.search(text, at, ceiling)
        line_end = text.find("\n", at, ceiling)
        if found and (line_end < 0 or found.start() < line_end):
            return found.start()
        if line_end < 0:
            return ceiling
        following = text[line_end + 1 : line_end + 2]
        if not (following.islower() or following.isdigit()):
            return line_end
        at = line_end + 1


def _sentence(text: str, span: Span) -> str:
    """The value's sentence, across wrapped lines, within a bounded window each way."""
    return text[_start(text, span[0]) : _end(text, span[1])]


def aim_cue(words: str, doc_year: int | None = None) -> str:
    """The first word of *words* that sets a figure as an aim, lower-cased ("" if none).

    Examples
    --------
    >>> aim_cue("Phấn đấu đến năm 2025, 95% dân số")
    'phấn đấu'
    >>> aim_cue("Năm 2018, tỷ lệ nhiễm HIV là 6,4%, giảm 5,3% so với năm 2017")
    ''
    """
    lower = _lower(words)
    found = _AIM.search(lower)
    if found:
        return found.group()
    for by in _BY_YEAR.finditer(lower):
        if doc_year is None or int(by.group(1)) >= doc_year:
            return by.group()
    return ""


def sentence_aim(text: str, value_span: Span) -> str:
    """The aim word of the sentence holding *value_span* (:func:`aim_cue`; "" if none).

    Examples
    --------
    >>> text = "Tỉnh có 12 bệnh viện. Theo đó, phấn đấu có ít nhất 1 bệnh viện hạng I."
    >>> sentence_aim(text, (8, 20)), sentence_aim(text, (51, 62))
    ('', 'phấn đấu')

    "đang phải" (is facing), "mới đạt" (has only reached) and "kế hoạch hóa gia đình"
    (family planning) set no aim:

    >>> sentence_aim("Tỉnh đang phải đối mặt với tỷ lệ thấp còi cao (21%).", (48, 51))
    ''
    >>> sentence_aim("Vùng núi mới chỉ đạt 7,2 bác sĩ.", (21, 31))
    ''
    """
    return aim_cue(_NOT_AIMS.sub(" ", _lower(_sentence(text, value_span))))


#: Words that hold an aim word but set no aim: "đang phải" (is facing), "kế hoạch hóa",
#: "mới đạt", "chỉ đạt" (has only reached).
_NOT_AIMS: Final = re.compile(
    r"(?<!\w)(?:đang phải|kế hoạch hóa|kế hoạch hoá|(?:mới|chỉ)(?: chỉ)? đạt)(?!\w)"
)


def report_cue(words: str) -> str:
    """The first word of *words* that reports a present or past state, lower-cased ("" if none).

    Examples
    --------
    >>> report_cue("Tỉnh đã ghi nhận 02 trường hợp mắc")
    'đã'
    >>> report_cue("Theo Trung tâm Kiểm soát Bệnh tật, năm 2018, tỷ lệ là 6,4%")
    'theo trung tâm kiểm soát bệnh tật,'
    >>> report_cue("100% trạm y tế xã có bác sĩ")
    ''
    >>> report_cue("Hiện tỷ lệ này của tỉnh là 93,1%"), report_cue("Hiện đại hóa 100% trạm")
    ('hiện', '')
    """
    found = _REPORT.search(_lower(words))
    return found.group().strip() if found else ""


def aimed(role: Role, text: str, value_span: Span, line: Line, doc_year: int | None) -> Role:
    """*role*, or a status figure's role when a target outside a targets section has no aim
    word in its sentence and reports or sits in the background (see the module notes).

    Parameters
    ----------
    role : Role
        The role read from the value's own words.
    text : str
    value_span : tuple of int
    line : Line
    doc_year : int, optional
        The plan's year: "đến năm Y" aims only if Y is not before it.

    Returns
    -------
    Role

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "Ước tính mỗi năm có khoảng 6000 bệnh nhân lao kháng đa thuốc."
    >>> aimed(Role("target"), text, (20, 41), layout(text)[0], 2015).reasons
    ("'ước tính' in its sentence, which sets no aim: a status figure",)
    """
    if role.kind == "observation":
        return objective_item(to_reach(role, text, value_span), text, value_span, line)
    if role.kind != "target" or line.in_targets:
        return role
    read = _unaimed(role, text, value_span, line, doc_year)
    if read.kind == "observation" and (
        goal := named_goal(text, value_span) or continued_list(text, value_span)
    ):
        return Role("target", (*role.reasons, goal), role.cost)
    return read


def _unaimed(role: Role, text: str, value_span: Span, line: Line, doc_year: int | None) -> Role:
    """A target's *role*, or a status figure's when nothing in its sentence aims."""
    start, end = _start(text, value_span[0]), _end(text, value_span[1])
    sentence = text[start:end]
    lead = governing(text[start : value_span[0]], "")
    words = lead + governing("", text[value_span[0] : _own_end(text, value_span, end)])
    if (result := reported(text, words, doc_year, value_span[0])) and not _land(text, value_span):
        return Role("observation", (result,))
    if reached := reached_pair(lead, words[len(lead) :], doc_year):
        return Role("observation", (reached,))
    if aim_cue(sentence, doc_year) or _land(text, value_span):
        return role
    said = report_cue(_without_asides(sentence, value_span[0] - start))
    if said:
        words = said.rstrip(",") if said.startswith("theo") else said
        why = reason("'{words}' in its sentence, which sets no aim: a status figure", words=words)
        return Role("observation", (why,))
    if _BACKGROUND.search(fold(line.section)):
        why = reason(
            "its section describes the background ({section!r}) and nothing aims",
            section=line.section,
        )
        return Role("observation", (why,))
    return role


#: A bracketed aside: "dưới 2% (hiện nay 6%)" reports the present in the brackets only.
_ASIDE: Final = re.compile(r"\([^()]*\)")


def _without_asides(sentence: str, at: int) -> str:
    """*sentence* with its bracketed asides blanked, except one holding the position *at*."""
    return _ASIDE.sub(lambda m: m[0] if m.start() <= at < m.end() else " " * len(m[0]), sentence)


#: Words before a date that make it a task's due date, whatever the sentence reports.
_DUE: Final = re.compile(r"(?<!\w)(?:trước|chậm nhất|hạn|hoàn thành)(?!\w)", re.IGNORECASE)


def reported_date(text: str, span: Span, doc_year: int | None = None) -> bool:
    """Whether the date at *span* sits in a sentence that reports and aims at nothing
    ("Tính đến hết tháng 9/2019, thành phố đã phát hiện …", "từ cuối năm 2015 đến hết
    tháng 3/2016, dịch … đã xảy ra tại 61 quốc gia"): a date of the background, not a
    deadline. A date after "trước", "chậm nhất", "hạn" is a task's, always.

    Examples
    --------
    >>> text = "Tính đến hết tháng 6/2022, toàn tỉnh đã ghi nhận 15 ca mắc."
    >>> reported_date(text, (17, 25))
    True
    >>> text = "Sở Y tế tổng hợp, báo cáo UBND tỉnh trước tháng 6/2022."
    >>> reported_date(text, (43, 54))
    False
    """
    if _DUE.search(text, max(0, span[0] - 20), span[0] + 12):
        return False
    sentence = _sentence(text, span)
    return bool(report_cue(sentence)) and not aim_cue(sentence, doc_year)


def _own_end(text: str, value_span: Span, end: int) -> int:
    """Where the words after a value that govern it end: at most 80 characters on, before
    its sentence's end and the next clause (a comma and a space)."""
    end = min(end, value_span[1] + 80)
    found = _NEXT_CLAUSE.search(text, value_span[1], end)
    return found.start() if found else end


#: "đạt được" that something is still to reach: after a word of purpose or need ("để đạt
#: được mục tiêu trên, cần …", "cần đạt được đến năm 2030", "phải đạt được"), not what was
#: reached ("đã đạt được", "kết quả đạt được", "để đạt được kết quả trên, tỉnh đã …").
_TO_REACH: Final = re.compile(
    r"(?<!\w)(?:để|cần|phải|nhằm|sẽ|phấn đấu)(?: (?:có thể|phải|cần|sớm))? đạt được"
    r"(?! (?:những |các |một số )?(?:kết quả|thành tích|thành tựu|thành công))(?!\w)"
)
#: Words after it that report something done after all.
_DONE: Final = re.compile(r"(?<!\w)(?:đã|đạt được)(?!\w)")
#: The status word (:attr:`.Role.word`) of a figure "đạt được" before it.
_REACHED: Final = "đạt được"


def to_reach(role: Role, text: str, value_span: Span) -> Role:
    """*role*, or a target's when a status figure's only cue is an "đạt được" its sentence
    sets out to reach ("để đạt được mục tiêu trên, cần … đạt 80% vào năm 2030"): a word of
    purpose or need before it, nothing done after it.

    Examples
    --------
    >>> reached = Role("observation", ("'đạt được' before the value",), word="đạt được")
    >>> text = "Để đạt được mục tiêu, cần nâng tỷ lệ tiêm chủng đạt 95%."
    >>> to_reach(reached, text, (48, 55)).kind
    'target'
    >>> text = "Tỉnh đã đạt được 95% tiêm chủng."
    >>> to_reach(reached, text, (17, 20)).kind
    'observation'
    """
    if role.word != _REACHED:
        return role
    words = _lower(text[_start(text, value_span[0]) : value_span[0]])
    found = last_match(_TO_REACH, words)
    last = words.rfind("đạt được")
    if found is None or found.end() != last + len("đạt được"):
        return role
    if _DONE.search(words, found.end()):
        return role
    why = reason("'{cue}': an aim still to reach, not a status figure", cue=found.group())
    return Role("target", (why,), 0.2)


#: Status cues that say nothing of tense: a base a change is measured from ("So với năm
#: 2024, giảm 10% số ca mắc"), a level to reach ("Tỷ lệ tiêm chủng đạt được 95%").
_TENSELESS: Final = frozenset({"so với", "cùng kỳ", _REACHED})
#: Words of the item that do say it was done, or is now.
_DONE_OR_NOW: Final = re.compile(
    r"(?<!\w)(?:đã|hiện nay|hiện có|hiện tại|hiện đang|đến nay|tính đến|năm qua)(?!\w)"
)


def objective_item(role: Role, text: str, value_span: Span, line: Line) -> Role:
    """*role*, or a target's when an item of a plan's objectives (a section that sets
    targets and reports nothing) is a status figure only by a cue that says nothing of
    tense ("so với" a base year or "cùng kỳ", "đạt được") and no word of its sentence says
    it was done or is now ("đã", "hiện nay" …): the section aims, the item follows it.

    Examples
    --------
    >>> from vnhealthplan.io.extract.segment import layout
    >>> text = "2. Chỉ tiêu cụ thể\\n- So với năm 2024, giảm 10% số ca mắc."
    >>> role = Role("observation", ("'so với' before the value", "its section aims"),
    ...             word="so với", section_aims=True)
    >>> objective_item(role, text, (38, 46), layout(text)[1]).kind
    'target'
    """
    if not line.in_targets or line.in_status or len(role.reasons) != 2:
        return role  # one status cue, then the doubt its section raises
    if role.word not in _TENSELESS or not role.section_aims:
        return role
    if _DONE_OR_NOW.search(_lower(text[_start(text, value_span[0]) : value_span[1]])):
        return role
    why = reason(
        "{cue} in a section that sets targets says no tense: a target", cue=f"'{role.word}'"
    )
    return Role("target", (why,), 0.2)
