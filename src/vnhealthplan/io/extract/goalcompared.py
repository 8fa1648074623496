"""The goal a reported figure is measured against: its figure is a target, not a status.

A background section reports where things stand and often names, in the same clause, the
goal the figure falls short of or has reached: "con số này thấp hơn nhiều so với mục tiêu
đặt ra là 30 giường bệnh/vạn dân năm 2025", "đã đạt được mục tiêu của Chiến lược … đề ra
là giảm xuống còn 20% vào năm 2020", "vẫn chưa đạt chỉ tiêu 95% mà Bộ Y tế giao". The status
word comes first ("so với", "đạt được"), the goal's noun ("mục tiêu", "chỉ tiêu", "kế
hoạch") after it, and the value after that: the value is the goal's figure, a target, the
nearer cue deciding. :func:`compared_goal` reads this in a value's own words when

* a comparison word ("so với", "(chưa, không) đạt (được)", "thấp hơn", "cao hơn", "còn
  xa") is followed, within a few words, by the goal's noun;
* between the noun and the value there is no clause break (".", ",", ";", ":", a bracket)
  and no status word of its own ("hiện nay", "đã", "thực tế" …); and
* no verb there measures the value itself ("tăng", "giảm", "đạt", "chiếm", "bằng") unless
  an aim word before it ("đặt ra", "đề ra", "phấn đấu", "giao", "là") sets it as the goal's.

"Kết quả thực hiện các mục tiêu: tỷ lệ … đạt 95%" (no comparison), "so với kế hoạch, tỷ lệ
tiêm chủng đạt 97%" (a comma, then "đạt") and "mục tiêu … đến nay đã đạt 18,5%" (a status
word after the noun) stay status figures. The words are read once per value: linear.

Examples
--------
>>> compared_goal("con số này thấp hơn nhiều so với mục tiêu đặt ra là ")
"'thấp hơn nhiều so với mục tiêu' before the value: the goal's figure, a target"
>>> compared_goal("Kết quả thực hiện các mục tiêu: tỷ lệ bao phủ đạt ")
''
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from vnhealthplan.io.extract.reasons import reason

__all__ = ["compared_goal"]

#: A comparison word, a few words at most, then the goal's noun; the rest up to the value.
_COMPARED: Final = re.compile(
    r"(?<!\w)(?P<cue>so với|(?:chưa |không )?đạt được|chưa đạt|không đạt|thấp hơn|cao hơn"
    r"|còn xa)(?!\w)(?P<between>[^.,;:()\[\]\d]{0,30}?)(?<!\w)(?P<goal>mục tiêu|chỉ tiêu|kế hoạch)"
    r"(?!\w)(?P<rest>[^.,;:()\[\]]{0,200})$"
)
#: Words after the goal's noun that report a figure of their own: the value is a status.
_OWN_STATUS: Final = re.compile(
    r"(?<!\w)(?:hiện nay|hiện có|hiện tại|đến nay|đã|thực tế|ước|kết quả)(?!\w)"
)
#: A verb measuring the value itself, and the aim words that make it the goal's.
_MEASURE: Final = re.compile(r"(?<!\w)(?:tăng|giảm|đạt|chiếm|bằng|vượt)(?!\w)")
_AIM: Final = re.compile(r"(?<!\w)(?:đặt ra|đề ra|phấn đấu|giao|là)(?!\w)")


def compared_goal(own: str) -> str:
    """Why the value after *own* (its own words) is the figure of a goal a status is
    measured against, or "" (see the module notes).

    Parameters
    ----------
    own : str
        The value's own words: from the previous value (or its clause's start) to it.

    Returns
    -------
    str
        A reason, or "".

    Examples
    --------
    >>> compared_goal("Đến nay tỉnh vẫn chưa đạt mục tiêu ")
    "'chưa đạt mục tiêu' before the value: the goal's figure, a target"
    >>> compared_goal("mục tiêu giảm tỷ lệ thấp còi đến nay đã đạt ")
    ''
    >>> compared_goal("so với kế hoạch năm tăng ")
    ''
    """
    words = unicodedata.normalize("NFC", own[-300:]).lower()
    found = _COMPARED.search(words)
    if found is None:
        return ""
    rest = found.group("rest")
    if _OWN_STATUS.search(rest):
        return ""
    measured = _MEASURE.search(rest)
    if measured is not None and not _AIM.search(rest, 0, measured.start()):
        return ""
    tail = own[-300:]
    written = tail if len(tail) == len(words) else words
    said = " ".join(written[found.start() : found.end("goal")].split())
    return reason("'{said}' before the value: the goal's figure, a target", said=said)
