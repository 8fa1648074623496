"""Year cells of an observations table that need more than a number reader.

A year cell with words after it ("2023 (ước)") is refused with what a year cell holds, the
words pointing to the notes column. (A value typed with its per cent sign, "96,4%", is read
where every table's values are: :func:`vnhealthplan.observations.observations_from_frame`,
with :func:`vnhealthplan.text.cellnumbers.percent_text`.)

Examples
--------
>>> print(YEAR_ALONE.said("vi"))
cần chỉ ghi năm, ví dụ 2023; lời ghi thêm như '(ước)' (số ước tính) ghi ở cột 'notes' (ghi chú)
"""

from __future__ import annotations

from typing import Final

from vnhealthplan.core.messages import message

__all__ = ["YEAR_ALONE"]

#: What a year cell must hold: "2023"; words after it ("(ước)", an estimate) go to notes.
YEAR_ALONE: Final = message(
    "expected a year alone, e.g. 2023; a remark such as '(ước)' (an estimate) goes in the "
    "'notes' column"
)
