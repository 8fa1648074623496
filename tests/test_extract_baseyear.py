"""The year of a figure bracketed after its comparison's base (vnhealthplan.io.extract.baseyear)."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.baseyear import base_year
from vnhealthplan.io.extract.segment import YearMark
from vnhealthplan.model.period import Period

_WHEN = (YearMark(Period.year(2024), (0, 0)), "", 0.0)

# (sentence, the bracketed figure, the year it holds in)
_BASES = [
    ("Năm 2024 ghi nhận 812 ca sởi, tăng 35% so với cùng kỳ 2023 (601 ca).", "601 ca", 2023),
    ("Số ca tử vong là 03 ca, giảm 4 ca so với năm 2023 (07 ca).", "07 ca", 2023),
    ("Số mắc sốt rét giảm mạnh so với cùng kỳ năm 2022 (1.240 ca).", "1.240 ca", 2022),
    ("Tỷ lệ tiêm chủng đạt 96%, cao hơn so cùng kỳ 2023 (92%).", "92%", 2023),
    ("Không có ca tử vong, bằng so với cùng kỳ (0 ca).", "0 ca", 2023),
    ("Số ca mắc tăng nhẹ so với năm trước (215 ca).", "215 ca", 2023),
    ("Số ca tay chân miệng giảm 20% so với cùng kì năm 2023 ( 450 ca).", "450 ca", 2023),
]

# (sentence, a figure that is not the base's)
_NOT_BASES = [
    ("Số ca mắc là 120 ca so với năm 2023 (tăng 15%).", "15%"),
    ("Tỷ lệ đạt 85% so với kế hoạch (90%).", "90%"),
    ("So với năm 2023, toàn tỉnh có 37 ca (giảm 5 ca).", "5 ca"),
    ("Năm 2023 (601 ca) số ca mắc cao nhất.", "601 ca"),
    ("Tăng 20% so với cùng kỳ 2023 và 15 ca tử vong (năm 2024).", "15 ca"),
]


@pytest.mark.parametrize(("text", "figure", "year"), _BASES)
def test_a_figure_bracketed_after_the_base_is_the_base_year(
    text: str, figure: str, year: int
) -> None:
    at = text.index(figure)
    mark = base_year(text, (at, at + len(figure)), _WHEN)[0]
    assert mark is not None
    assert mark.period.last_year == year


@pytest.mark.parametrize(("text", "figure"), _NOT_BASES)
def test_other_bracketed_figures_keep_their_year(text: str, figure: str) -> None:
    at = text.index(figure)
    assert base_year(text, (at, at + len(figure)), _WHEN) is _WHEN


def test_a_drafted_report_dates_the_bracketed_figure_by_its_base() -> None:
    text = (
        "I. TÌNH HÌNH DỊCH BỆNH NĂM 2024\n"
        "Trong năm 2024, toàn tỉnh ghi nhận 1.520 ca sốt xuất huyết, giảm 12% so với cùng "
        "kỳ 2023 (1.727 ca); số tử vong là 02 ca, giảm 3 ca so với cùng kỳ 2023 (05 ca).\n"
    )
    years = {o.value.magnitude: o.period.last_year for o in draft_plan(text).plan.observations}
    assert years.get(1727) == 2023
    assert years.get(5) == 2023
    assert years.get(1520) == 2024
