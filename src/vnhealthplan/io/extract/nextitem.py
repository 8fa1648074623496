"""The words after a value that name the next item of a list, not this one.

In "tỷ lệ tiêm chủng đầy đủ 95%, tỷ lệ trạm y tế có bác sĩ 100%, tỷ lệ người dân có hồ sơ
sức khỏe 80%" each item names its indicator BEFORE its figure; the words after a figure, up
to the next one, are the next item's name ("tỷ lệ trạm y tế có bác sĩ"), not this one's. An
item whose own words name it ("tỷ lệ …", "số …") has its words after cut at a comma or ";"
that opens the next item's name; an item that names itself after its figure ("95% trạm y tế
xã có bác sĩ") keeps them.

Examples
--------
>>> own_after("tỷ lệ tiêm chủng đầy đủ ", ", tỷ lệ trạm y tế có bác sĩ ")
''
>>> own_after("đạt ", " trạm y tế xã có bác sĩ, ")
' trạm y tế xã có bác sĩ, '
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["names_itself", "own_after"]

#: The words an item's name starts with: "tỷ lệ …", "số …", "tổng số …".
_NAME: Final = r"(?:tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|số|tổng số)"
#: Own words that name the item before its figure.
_NAMED: Final = re.compile(rf"(?<!\w){_NAME}[ \t]+\w", re.I)
#: A comma or ";", then the next item's name.
_NEXT_NAME: Final = re.compile(rf"[,;][ \t]*(?:và[ \t]+)?{_NAME}(?!\w)", re.I)


def names_itself(own: str) -> bool:
    """Whether an item's *own* words (from the figure before it) name it: "tỷ lệ …", "số …".
    Such an item is not named by the list's earlier items ("tỷ lệ A 95%, tỷ lệ B 100%": B's
    head is not A's words).

    Examples
    --------
    >>> names_itself(", tỷ lệ trạm y tế có bác sĩ "), names_itself(", nông thôn ")
    (True, False)
    """
    return bool(_NAMED.search(own))


def own_after(own: str, after: str) -> str:
    """*after* without the next item's name, when *own* names the item (see the notes).

    Examples
    --------
    >>> own_after("Số bác sĩ/vạn dân ", "; số giường bệnh/vạn dân ")
    ''
    """
    if not names_itself(own):
        return after
    found = _NEXT_NAME.search(after)
    return after[: found.start()] if found else after
