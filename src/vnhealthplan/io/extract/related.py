"""A news page's links to other articles: their headlines' figures are not the plan's.

A report copied from a news site or portal often ends (or is broken) by a box of links to
other articles, under a line of its own: "Tin liên quan", "Bài viết liên quan", "Tin cùng
chuyên mục", "Các tin khác", "Xem thêm", "Có thể bạn quan tâm" …; or one link after
"Xem thêm:" on the line itself. The headlines in it carry figures of other provinces' or
other programmes' plans ("Đà Nẵng đặt mục tiêu 90% người dân có hồ sơ sức khỏe điện tử").
The box runs over the lines after its title that read as headlines: short, not closed by a
full stop, ";" or ":", and not an item or a heading of a plan ("- 95% …", "II. NHIỆM VỤ");
a bullet may stand before a headline that opens with a capital ("- Hà Tĩnh: 98% trẻ em …").
The first line that reads as running text ends it, as do more lines than a box holds.
A box flattened into one line glues its headlines together: a line read as a headline where
a second one starts mid-line with a province and a colon, the way news headlines open
("… trong năm 2022 Đắk Lắk: Hỗ trợ đồng bào …"), is a row of links as a whole.

Examples
--------
>>> text = "Đạt 95% trẻ em được tiêm chủng.\\nTin liên quan\\nHà Nội: 98% trẻ em được tiêm"
>>> [text[slice(*span)] for span in related_blocks(text)]
['Hà Nội: 98% trẻ em được tiêm']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.text import UnknownNameError, lookup_province

__all__ = ["outside_related", "related_blocks"]

Span = tuple[int, int]

#: The title of a box of links, folded, as a line of its own (a ":" or "»" may close it).
_TITLES: Final = frozenset(
    (
        "tin lien quan", "bai viet lien quan", "bai lien quan", "tin bai lien quan",
        "cac tin lien quan", "cac bai lien quan", "tin tuc lien quan", "tin cung chuyen muc",
        "bai cung chuyen muc", "cung chuyen muc", "tin khac", "cac tin khac", "cac bai khac",
        "tin da dua", "cac tin da dua", "xem them", "doc them", "co the ban quan tam",
        "ban co the quan tam", "co the ban muon xem", "tin moi", "tin moi nhat", "tin moi hon",
        "tin cu hon", "cac tin cu hon", "tin doc nhieu", "tin xem nhieu", "doc nhieu nhat",
        "tin noi bat", "video lien quan",
    )
)  # fmt: skip
#: One link on the line itself: "Xem thêm: …", ">> Đọc thêm: …", "Tin liên quan: …".
_INLINE: Final = re.compile(
    r"[ \t>»•*-]*(?:xem them|doc them|tin lien quan|bai lien quan|bai viet lien quan)"
    r"[ \t]*(?::|>>|»)"
)
_MARKS: Final = re.compile(r"^[\s>»•*:|-]+|[\s>»•*:|-]+$")
#: A line that is running text or a plan's own item or heading, not a headline.
_ITEM: Final = re.compile(r"[ \t]*(?:[-+•*–]|[IVXLC]+[.)]|\d+(?:\.\d+)*[.)]|[a-zđ]\))[ \t]")
_HEADLINE_CHARS = 200
#: A bullet before a link's headline, which opens with a capital.
_BULLET: Final = re.compile(r"[ \t]*[-+•*–][ \t]+")
#: A headline that starts mid-line: "… năm 2022 Đắk Lắk: Hỗ trợ …" (a place, a colon, a
#: capital), after a word, a figure or a bracket, not after punctuation.
_SECOND: Final = re.compile(r"(?<=[\w%)])((?:[ \t]+[^\W\d][\w’']*){1,4})[ \t]*:[ \t]+(\w)")
#: Words that put a province in the sentence before it, not at the start of a headline.
_PLACE_WORDS: Final = frozenset(
    ("tinh", "thanh", "pho", "tp", "cua", "tai", "o", "toi", "den", "va", "cho", "ve", "voi",
     "tu", "theo", "nhu", "la")
)  # fmt: skip
#: More lines than a box of links holds.
_MOST_LINKS = 12


def _headline(line: str) -> bool:
    stripped = line.strip()
    return (
        len(stripped) <= _HEADLINE_CHARS
        and not stripped.endswith((".", ";", ":", "…"))
        and not _ITEM.match(line)
        and "\t" not in stripped
    )


def _bulleted_headline(line: str) -> bool:
    """Whether *line*, in a box of links, is a headline after a bullet: "- Hà Tĩnh: 98% …"
    (a capital after the bullet; a plan's item "- 95% …" or "- tỷ lệ …" is none)."""
    bullet = _BULLET.match(line)
    rest = line[bullet.end() :] if bullet is not None else ""
    return rest[:1].isupper() and _headline(rest)


def _glued(line: str) -> bool:
    """Whether *line* is headlines glued together: a second starts with a province."""
    if not _headline(line):
        return False
    for second in _SECOND.finditer(line):
        words = second.group(1).split()
        name = list(words)
        while name and not all(w[0].isupper() for w in name):
            name = name[1:]
        before = fold(" ".join([line[: second.start(1)], *words[: len(words) - len(name)]]))
        if before.split()[-1:] and before.split()[-1] in _PLACE_WORDS:
            continue  # "… của tỉnh Đắk Lắk: Tỷ lệ …" names the place in running text
        if name and second.group(2).isupper() and _province(" ".join(name)):
            return True
    return False


def _province(name: str) -> bool:
    try:
        lookup_province(name)
    except UnknownNameError:
        return False
    return True


def related_blocks(text: str) -> list[Span]:
    """The spans of *text* that are boxes of links to other articles (see the module notes).

    Examples
    --------
    >>> text = ("Mục tiêu năm 2025 đạt 95%.\\nXem thêm: Bắc Ninh phấn đấu 100% trạm y tế có "
    ...         "bác sĩ\\nII. NHIỆM VỤ")
    >>> [text[slice(*span)] for span in related_blocks(text)]
    ['Bắc Ninh phấn đấu 100% trạm y tế có bác sĩ']
    >>> text = "Gần 2.000 người được hỗ trợ năm 2022 Gia Lai: Khám cho 500 trẻ em\\nHết."
    >>> [text[slice(*span)] for span in related_blocks(text)]
    ['Gần 2.000 người được hỗ trợ năm 2022 Gia Lai: Khám cho 500 trẻ em']
    """
    blocks: list[Span] = []
    pos, links = 0, -1  # links: headlines still to take after a box's title; -1 outside one
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        folded = fold(line)
        if links >= 0 and line.strip():
            if links and (_headline(line) or _bulleted_headline(line)):
                blocks.append((pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())))
                links -= 1
            else:
                links = -1
        if links < 0 and folded.strip():
            inline = _INLINE.match(folded) if len(folded) == len(line) else None
            if _MARKS.sub("", folded) in _TITLES:
                links = _MOST_LINKS
            elif _glued(line):
                blocks.append((pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())))
            elif inline and _headline(line[inline.end() :]) and line[inline.end() :].strip():
                rest = line[inline.end() :]
                start = pos + inline.end() + len(rest) - len(rest.lstrip())
                blocks.append((start, pos + len(line.rstrip())))
        pos = end + 1
    return blocks


def outside_related(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """*found* without the figures that stand in a box of links to other articles.

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_figures
    >>> text = ("Mục tiêu đến năm 2025 đạt 95% trẻ em được tiêm chủng.\\nTin liên quan\\n"
    ...         "Đà Nẵng đặt mục tiêu 90% người dân có hồ sơ sức khỏe điện tử")
    >>> [str(c.value) for c in outside_related(text, find_figures(text))]
    ['95 percent']
    """
    blocks = related_blocks(text)
    if not blocks:
        return list(found)
    return [c for c in found if not any(s <= c.span[0] < e for s, e in blocks)]
