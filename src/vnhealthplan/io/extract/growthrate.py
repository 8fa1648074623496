"""Names that are themselves a change: growth rates and yearly falls of a count.

:func:`~.changes.change_head` reads a change verb that heads a measure's name ("giảm tỷ
suất sinh thô 0,2%") and a name that is a change of a rate ("mức tăng tỷ số giới tính khi
sinh không quá 0,4%"). Two more names say a change with nouns it does not list:

* a growth rate, "tốc độ tăng trưởng" or "tốc độ tăng" of something: "tốc độ tăng trưởng
  tổng sản phẩm trong nước (GDP) bình quân 5 năm khoảng 6,5-7%", "tốc độ tăng năng suất
  lao động xã hội bình quân trên 6,5%/năm": the figure is by how much it grows, a change
  (as docs/labelling.rst labels it), not a level. "tỷ lệ tăng dân số tự nhiên 1,06%" and
  "tốc độ tăng dân số tự nhiên ở mức 1%", the names of a demographic rate, stay levels, as
  do "tốc độ tăng bình quân 7%/năm" (the growth of nothing named) and a growth rate the
  figure reaches with a verb of its own ("đạt 7%");
* "mức giảm" or "mức tăng" of a count of events or people ("duy trì mức giảm số cuộc tảo hôn
  từ 2 đến 3% hằng năm"): the figure is the fall (or rise) of the count, a change.

Examples
--------
>>> growth_head("tốc độ tăng năng suất lao động xã hội bình quân ")
'mức tăng'
>>> growth_head("duy trì mức giảm số cuộc tảo hôn ")
'mức giảm'
>>> growth_head("tỷ lệ tăng dân số tự nhiên "), growth_head("mức tăng số giường bệnh ")
('', '')
>>> growth_head("việc kiểm soát tốc độ tăng dân số tự nhiên ")
''

"""

from __future__ import annotations

import re
from typing import Final

from vnhealthplan.io.extract.stops import last_match
from vnhealthplan.io.extract.valuewords import READING_WORDS

__all__ = ["growth_head"]

#: "tốc độ tăng (trưởng)" of anything; "mức giảm/tăng" of a count of events or people.
_GROWTH: Final = re.compile(
    r"(?<![^\W\d_])(?:tốc\s+độ\s+(?P<verb>tăng)(?:\s+trưởng|(?!\s+(?:dân|bình|trung)\s))"
    r"|mức\s+(?P<count>giảm|tăng)\s+số\s+(?:cuộc|ca|vụ|trường\s+hợp|người|lượt))(?![^\W\d_])",
    re.IGNORECASE,
)
#: Words of the name after the head that give the figure a reading of its own.
_OWN: Final = re.compile(
    rf"(?<![^\W\d_])(?:{READING_WORDS}|so\s+với)(?![^\W\d_])",
    re.IGNORECASE,
)
_MAX_NAME_WORDS = 16


def growth_head(words: str) -> str:
    """The change a name that is itself one says ("mức tăng", "mức giảm"), for a figure
    after *words* (the figure's clause, up to its number), or "".

    Examples
    --------
    >>> growth_head("tốc độ tăng trưởng tổng sản phẩm bình quân 5 năm ")
    'mức tăng'
    >>> growth_head("tốc độ tăng trưởng kinh tế so với năm 2020 ")
    ''
    """
    found = last_match(_GROWTH, words)  # the last one heads the name
    if found is None:
        return ""
    name = words[found.end() :]
    if _OWN.search(name) or len(name.split()) > _MAX_NAME_WORDS:
        return ""
    return "mức " + (found.group("verb") or found.group("count")).lower()
