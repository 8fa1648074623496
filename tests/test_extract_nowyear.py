"""A figure said of the present never holds in a year to reach (session 10, obs10).

Blind-time error of sets 8 and 9: a report states a target ("đến năm 2025 …") and then
where things stand now ("hiện là …", "vẫn chiếm …"); the status figure took the target's
year. The phrasings below are written for these tests, not taken from a labelled text.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.nowyear import present_year
from vnhealthplan.io.extract.segment import year_marks
from vnhealthplan.io.extract.targets import find_figures


def _figures(text: str, doc_year: int | None) -> list[tuple[str, float, str]]:
    return [
        (c.role, c.value.magnitude, c.period.code)
        for c in find_figures(text, doc_year=doc_year)
        if c.role in ("target", "observation")
    ]


#: A news page's dateline: the year the page states as present (no plan year is known).
_DATELINE = "Vân Khánh - 09:23, 11/12/2021\n\n"


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        # the present figure, after a year to reach: the page's year
        (
            "Mục tiêu đến năm 2025 giảm xuống dưới 20%. "
            "Tuy nhiên, hiện tỷ lệ này vẫn chiếm trên 24%.",
            24,
            "2021",
        ),
        ("Phấn đấu đến năm 2025 đạt 95%; hiện nay tỷ lệ bao phủ là 91,2%.", 91.2, "2021"),
        (
            "Tỉnh đặt mục tiêu tới năm 2030 có 30 giường bệnh/vạn dân; "
            "đến nay mới có 26,4 giường bệnh/vạn dân.",
            26.4,
            "2021",
        ),
        (
            "Chương trình đến năm 2030 đã triển khai; tỷ lệ tiêm chủng đầy đủ đang đạt 93%.",
            93,
            "2021",
        ),
        # near-misses: a past year stands
        ("Năm 2020 tỷ lệ tiêm chủng hiện đạt 93%.", 93, "2020"),
        ("Năm 2019, tỷ lệ này vẫn chiếm 12%.", 12, "2019"),
    ],
)
def test_present_figure_holds_now(text: str, value: float, want: str) -> None:
    found = [(role, year) for role, v, year in _figures(_DATELINE + text, None) if v == value]
    assert found == [("observation", want)]


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        # targets stay targets of their year
        ("Đến năm 2025 tỷ lệ bao phủ đạt 95%.", 95, ("target", "2025")),
        ("Phấn đấu đến năm 2030 chỉ còn 5%.", 5, ("target", "2030")),
        ("Đến năm 2030 hiện đại hóa 100% trạm y tế xã.", 100, ("target", "2030")),
    ],
)
def test_targets_untouched(text: str, value: float, want: tuple[str, str]) -> None:
    assert [(r, y) for r, v, y in _figures(_DATELINE + text, None) if v == value] == [want]


def test_no_known_present_keeps_the_year() -> None:
    text = "đến năm 2030 là 77 (hiện là 76,2)"
    mark = year_marks(text)[0]
    assert present_year(text, "77 (hiện là ", (28, 32), (mark, "", 0.0), None) is None


def test_aim_after_present_word_is_no_present() -> None:
    text = "đến năm 2030 hiện nay phấn đấu đạt 90%"
    mark = year_marks(text)[0]
    own = "hiện nay phấn đấu đạt "
    assert present_year(text, own, (35, 38), (mark, "", 0.0), 2024) is None


def test_the_year_of_its_own_clause_stands() -> None:
    """ "đến năm 2015 chỉ còn 8 xã": a year reached in the value's own clause, not one to reach."""
    text = "Năm 2010 có 20 xã bị ảnh hưởng, thì đến năm 2015 chỉ còn 8 xã."
    assert [(r, y) for r, v, y in _figures(text, None) if v == 8] == [("observation", "2015")]
