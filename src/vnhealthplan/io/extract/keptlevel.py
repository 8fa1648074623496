"""A level kept: "duy trì" at the head of a target's own words, before what it measures.

Plans put the verb before the indicator: "duy trì tỷ số giới tính khi sinh từ 103 đến 107
bé trai/100 bé gái", "Tiếp tục duy trì tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế trên 90%",
"duy trì tỷ lệ trẻ có cân nặng sơ sinh thấp dưới 5%". The value's own phrase ("từ 103 đến
107 …") has no verb, so it reads as a level; docs/labelling.rst makes a figure "duy trì"
governs a **maintain**. "duy trì" governs the value when it stands in the value's own words
(from the figure or clause before), within a bounded window, with no clause break or other
verb of change or of building ("duy trì các chuỗi … và xây dựng mới 2 chuỗi": what is built
is a new level) between (the numbers of its qualifiers, "dưới 5 tuổi", "02 đợt/năm", may
stand there; a share may not): not "được duy trì" (a state: "90% số người được duy trì điều trị
ARV"), not "duy trì và nâng cao …" (another aim), not after the value. A level held "qua
các năm" or "trong các năm tiếp theo" right after the value ("đạt ít nhất 95% qua các năm")
is kept too. "giữ vững" and "giữ ổn định" (hold steady) keep a level as "duy trì" does;
the value may stand in parentheses right after what is kept ("duy trì mức sinh thay thế
(2,1 con/phụ nữ)", "duy trì mức sinh thay thế (bình quân mỗi phụ nữ có 2,1 con)"), and
"trở lên" (and above: "sinh con thứ 3 trở lên") moves nothing.

Examples
--------
>>> from vnhealthplan.io.extract.targets import find_targets
>>> text = "Năm 2025 duy trì tỷ số giới tính khi sinh từ 103 đến 107 bé trai/100 bé gái."
>>> [(c.phrase.kind.value, c.value.magnitude, c.upper.magnitude) for c in find_targets(text)]
[('maintain', 103, 107)]
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import attrs

from vnhealthplan.core.vocab import TargetKind
from vnhealthplan.io.extract.candidate import Candidate
from vnhealthplan.io.extract.reasons import reason

__all__ = ["kept_level"]

#: How far back from the value "duy trì" is looked for (its sentence's lead).
_BACK_CHARS: Final = 240
#: "duy trì" (not "được duy trì"), then the words up to the value: no clause break, no
#: other figure (a number naming the measure is allowed: "dưới 5 tuổi", "6-36 tháng tuổi",
#: "02 đợt/năm", "dưới 2.500 gam"), no verb that moves the level, within a bounded window.
_KEPT: Final = re.compile(
    r"(?<!được )(?<!\w)(?:duy trì|giữ vững|giữ ổn định)(?! và)(?!\w)"
    r"((?:(?!(?<!\w)(?:giảm|tăng(?![ \t]+(?:trưởng|cường))|nâng|hạ|xuống|(?<!trở )lên"
    r"|đến năm|vào năm|xây dựng|thành lập|hình thành|phát triển)(?!\w))[^,;:.!?()\d\n]"
    r"|\([^()\n]{0,60}\)|\d(?![\d.,]*[ \t]*[%‰])|(?<=\d)[.,](?=\d)){0,200})"
    r"(?:\([ \t]*(?:(?:bình quân|trung bình)(?!\w)[^()\d\n]{0,60})?)?$"
)

#: Right after the value: held over the years.
_EVERY_YEAR: Final = re.compile(
    r"[ \t]*(?:qua các năm|(?:trong|cho)? ?các năm (?:tiếp theo|sau|tới))(?!\w)", re.IGNORECASE
)


def kept_level(text: str, found: Candidate, start: int) -> Candidate:
    """*found* as a maintained level when "duy trì" governs it from its own words, which
    start at *start* (see the module notes); else *found*.

    Examples
    --------
    >>> from vnhealthplan.io.extract.targets import find_targets
    >>> text = "Đến năm 2025, 90% số người được duy trì điều trị ARV liên tục."
    >>> [c.phrase.kind.value for c in find_targets(text)]
    ['level']
    """
    if found.role != "target" or found.phrase.kind is not TargetKind.LEVEL:
        return found
    # back past the figures that name the measure ("vitamin A 02 đợt/năm"), not past others
    back = min(start, max(0, found.span[0] - _BACK_CHARS))
    words = unicodedata.normalize("NFC", text[back : found.span[0]]).lower()
    if _KEPT.search(words):
        why = reason("'duy trì' governs the value from its own words: a level kept")
    elif held := _EVERY_YEAR.match(text, found.span[1]):
        why = reason("'{words}' after the value: a level kept", words=held.group().strip())
    else:
        return found
    phrase = attrs.evolve(found.phrase, kind=TargetKind.MAINTAIN)
    return attrs.evolve(found, phrase=phrase, reasons=(*found.reasons, why))
