"""Words of aspect that say where things stand now: "vẫn", "mới chỉ", "đang", "hiện".

A background names the present state with an aspect word before the verb, not with a
date: "tỷ lệ sinh con thứ 3 trở lên vẫn chiếm khoảng 12%", "vùng miền núi mới chỉ đạt 6,5
bác sĩ/vạn dân", "tỷ lệ tiêm chủng đầy đủ đang đạt 93%", "cả nước hiện đạt trên 92%",
"tỷ lệ thấp còi còn ở mức 24,1%", "… vẫn còn cao (22,5%)". A target is never said so: it
is aimed at ("phấn đấu", "đến năm 2030"). :func:`present_aspect` reads such a word in a
value's own words when

* it is one of "vẫn (còn, chiếm, ở mức, là, đạt, có)", "mới chỉ (đạt, có, là)", "chỉ
  (đạt, có, còn, ghi nhận)", "đang (đạt, ở mức, chiếm, là, có)", "hiện (đạt, chiếm, ở
  mức, là)", "còn ở mức", "còn (khá, rất) cao/thấp" (not "mới đạt" alone: "mới" is as
  often "new", "số người nhiễm HIV phát hiện mới đạt dưới 70 người");
* no clause break (".", ";", ":") stands between it and the value, at most 80 characters.

A value in brackets right after such words ("vẫn còn cao (22,5%)") is read with the words
before its bracket. :func:`~vnhealthplan.io.extract.status.read_role` takes the word as a
status cue only where the value's words carry no target cue ("phấn đấu", "mục tiêu", a
year after the plan's): "phấn đấu đến năm 2030 chỉ còn 5%" stays a target. "giảm (xuống)
còn 15%" is a target's level and no aspect word. Read once per value: linear.

Examples
--------
>>> present_aspect("Khu vực miền núi mới chỉ đạt ", "")
'mới chỉ đạt'
>>> present_aspect("giảm tỷ lệ suy dinh dưỡng xuống còn ", "")
''
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["present_aspect"]

#: An aspect word of the present, then up to 80 characters with no clause break, to the end.
_ASPECT: Final = re.compile(
    r"(?<!\w)(?P<word>vẫn (?:còn|chiếm|ở mức|là|đạt|có)|mới chỉ(?: đạt| có| là)?"
    r"|chỉ (?:đạt|có|còn|ghi nhận)|đang (?:đạt|ở mức|chiếm|là|có)|hiện (?:đạt|chiếm|ở mức|là)"
    r"|còn ở mức|còn (?:khá |rất )?(?:cao|thấp))(?!\w)(?P<rest>[^.;:\n]{0,80})$"
)
#: "vẫn duy trì", "vẫn giữ": the plan keeps a level, a target's words.
_KEEP: Final = re.compile(r"(?<!\w)(?:duy trì|giữ)(?!\w)")
#: The words before a bracket that holds the value: back to the clause's break.
_BEFORE_BRACKET: Final = re.compile(r"([^.;:()\n]{0,120})\(\s*$")


def present_aspect(own: str, before: str) -> str:
    """The aspect word of the present before a value, as written, or "" (see the notes).

    Parameters
    ----------
    own : str
        The value's own words: from the previous value (or its clause's start) to it.
    before : str
        The text right before the value (a line's worth): read when the value opens a
        bracket ("vẫn còn cao (22,5%)").

    Returns
    -------
    str

    Examples
    --------
    >>> present_aspect("tỷ lệ tiêm chủng đầy đủ đang đạt ", "")
    'đang đạt'
    >>> present_aspect("", "Tỷ lệ thấp còi vẫn còn khá cao (")
    'vẫn còn'
    >>> present_aspect("Tỷ lệ thấp còi vẫn duy trì ở mức ", "")
    ''
    """
    words = _normal(own[-200:])
    found = _ASPECT.search(words)
    if found is None and not words.strip(" \t("):
        bracket = _BEFORE_BRACKET.search(_normal(before[-200:]))
        found = _ASPECT.search(bracket.group(1).rstrip()) if bracket else None
        if found is not None and (_KEEP.search(found.group("word")) is None):
            return found.group("word")
        return ""
    if found is None or _KEEP.search(found.group("rest")):
        return ""
    return found.group("word")


def _normal(words: str) -> str:
    return " ".join(unicodedata.normalize("NFC", words).lower().split())
