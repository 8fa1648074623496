"""A status figure with no year of its own holds in the year its paragraph opens with."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.paragraphs import paragraph_start, paragraph_year
from vnhealthplan.io.extract.targets import find_figures


def _at(text: str, number: str) -> tuple[int, int]:
    at = text.index(number)
    return at, at + len(number)


@pytest.mark.parametrize(
    ("text", "number", "year"),
    [
        # the year opens the paragraph; the lines wrap mid-sentence
        (
            "Năm 2017, tình hình dịch tả diễn biến phức tạp tại châu Phi,\n"
            "Yemen có trên 500.000 ca nghi mắc.",
            "500.000",
            "2017",
        ),
        # the year broken over a line
        (
            "Theo báo cáo của Cục Y tế dự phòng, trong năm\n2018 cả nước có\n"
            "hơn 120.000 ca mắc sốt xuất huyết.",
            "120.000",
            "2018",
        ),
        # a month and year, in a news report
        ("Tính đến hết tháng 6/2019, tỉnh có 3.400 người nhiễm HIV còn sống.", "3.400", "2019"),
    ],
)
def test_a_figure_takes_its_paragraphs_year(text: str, number: str, year: str) -> None:
    mark = paragraph_year(text, _at(text, number), 2020)
    assert mark is not None
    assert mark.period.code == year


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Năm 2017 có 40 ca mắc. Hiện nay toàn tỉnh có 12 cơ sở điều trị.", "12"),  # present
        ("Phấn đấu đến năm 2025 có 95% trạm y tế có bác sĩ.", "95%"),  # a year to reach
        ("Tỷ lệ giảm 3% so với năm 2016.", "3%"),  # a year compared with
        ("Trong năm 2030 toàn quốc có 20 trung tâm.", "20"),  # after the plan's year
    ],
)
def test_no_paragraph_year_where_the_year_is_not_the_figures(text: str, number: str) -> None:
    assert paragraph_year(text, _at(text, number), 2020) is None


def test_a_paragraph_stops_at_a_closed_line_or_a_heading() -> None:
    text = "I. TÌNH HÌNH CHUNG\nTrong năm 2015 có 10 ca.\nTỉnh có\n25 bệnh viện"
    assert text[paragraph_start(text, text.index("25")) :].startswith("Tỉnh có")
    text = "KẾ HOẠCH Y TẾ NĂM 2016\nToàn tỉnh ghi nhận\n70 ca mắc sởi"
    assert text[paragraph_start(text, text.index("70")) :].startswith("Toàn tỉnh")


def test_in_a_draft_a_wrapped_background_paragraph_gives_its_year() -> None:
    text = (
        "Theo thông báo của Bộ Y tế, trong năm 2019 dịch sởi bùng phát tại nhiều nước,\n"
        "châu Âu đã ghi nhận trên 90.000 ca mắc và\n"
        "70 ca tử vong.\n"
    )
    seen = [(c.role, c.value.magnitude, c.period.code) for c in find_figures(text, doc_year=2020)]
    assert ("observation", 90000, "2019") in seen
