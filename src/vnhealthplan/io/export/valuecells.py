"""Year and province cells of an observations table that need more than a cell reader.

A year cell with words after it ("2023 (ước)") is refused with what a year cell holds, the
words pointing to the notes column. (A value typed with its per cent sign, "96,4%", is read
where every table's values are: :func:`vnhealthplan.observations.observations_from_frame`,
with :func:`vnhealthplan.text.cellnumbers.percent_text`.) A province left empty on some rows
of a table that names it on others is refused (:func:`blank_provinces`).

Examples
--------
>>> print(YEAR_ALONE.said("vi"))
cần chỉ ghi năm, ví dụ 2023; lời ghi thêm như '(ước)' (số ước tính) ghi ở cột 'notes' (ghi chú)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from vnhealthplan.analysis.frames.cellreaders import is_blank
from vnhealthplan.core.errors import Problem
from vnhealthplan.core.messages import message
from vnhealthplan.io.export.csvtable import row_record

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["REMARK_ALONE", "YEAR_ALONE", "blank_provinces"]

#: What a value cell with a remark in brackets after it ("28,5 (ước)") must hold instead.
REMARK_ALONE: Final = message(
    "expected a number alone; a remark such as '(ước)' (an estimate) goes in the 'notes' column"
)

#: What a year cell must hold: "2023"; words after it ("(ước)", an estimate) go to notes.
YEAR_ALONE: Final = message(
    "expected a year alone, e.g. 2023; a remark such as '(ước)' (an estimate) goes in the "
    "'notes' column"
)


def blank_provinces(frame: pd.DataFrame, file: str) -> tuple[list[Any], list[Problem]]:
    """The rows of *frame* whose province is empty while other rows name theirs.

    A province typed once above a group of rows, as on paper, is not carried down: an empty
    cell would be taken for the plan's province (that of a table naming none at all), the
    figure of another province compared with the plan's targets.

    Returns
    -------
    (list, list of Problem)
        The labels (row numbers) of those rows, and a problem for each, naming the nearest
        row above that names its province (else the first below).

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"province": ["Thanh Hóa", None]}, index=[2, 3])
    >>> labels, (problem,) = blank_provinces(frame, "so-lieu.csv")
    >>> labels, problem.said("vi")[:60]
    ([3], 'so-lieu.csv: dòng 3: tỉnh: cần tên tỉnh, như ở các dòng khác')
    >>> blank_provinces(pd.DataFrame({"province": [None, None]}), "so-lieu.csv")
    ([], [])
    """
    if "province" not in frame.columns:
        return [], []
    cells = list(frame["province"].items())
    named = [(label, cell) for label, cell in cells if not is_blank(cell)]
    if not named or len(named) == len(cells):
        return [], []
    labels, problems, above = [], [], named[0]
    for label, cell in cells:
        if not is_blank(cell):
            above = (label, cell)
            continue
        labels.append(label)
        problems.append(Problem(file, row_record(label), "province", None, message(
            "expected a province, as on the other rows (row {row} names {name!r}): a province "
            "typed once above a group of rows is not carried down; type it on every row (figures "
            "of the whole country go in a file of their own, naming no province)",
            row=above[0], name=str(above[1]).strip())))  # fmt: skip
    return labels, problems
