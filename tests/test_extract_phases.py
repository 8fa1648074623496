"""A phase a paragraph opens with is carried over the paragraphs of goals after it."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.phases import carried_phases
from vnhealthplan.io.extract.segment import YearMark, layout
from vnhealthplan.io.extract.targets import YearContext, find_figures
from vnhealthplan.model.period import Period

_TITLE = YearMark(Period.year(2030), (0, 0))


def _year_of(text: str, number: str, doc_year: int = 2023) -> str | None:
    at = text.index(number)
    for c in find_figures(text, years=YearContext(_TITLE, doc_year), doc_year=doc_year):
        if c.span[0] <= at < c.span[1] and c.role == "target":
            return c.period.code
    return None


@pytest.mark.parametrize(
    ("text", "number", "year"),
    [
        # a phase, then a paragraph of goals with no year of its own
        (
            "Giai đoạn 2023 - 2025, giảm tỷ lệ hút thuốc ở nam giới xuống dưới 40%.\n"
            "Giảm tỷ lệ hút thuốc thụ động tại nơi công cộng xuống dưới 50%.",
            "50%",
            "2023-2025",
        ),
        # a few words before the phase
        (
            "Theo kế hoạch, giai đoạn 2024 – 2026 tăng tỷ lệ tiêm chủng lên 95%.\n"
            "Tỷ lệ trẻ được uống vitamin A đạt trên 98%; tỷ lệ bà mẹ được khám thai đạt 90%.",
            "90%",
            "2024-2026",
        ),
        # a year to reach opens the paragraph
        (
            "Đến năm 2025, tỷ lệ trạm y tế có bác sĩ đạt 100%.\n"
            "Tỷ lệ dân số được quản lý sức khỏe đạt trên 90%.",
            "trên 90%",
            "2025",
        ),
        # carried over two paragraphs, and a blank line
        (
            "Mục tiêu giai đoạn 2023-2025: giảm tỷ lệ suy dinh dưỡng thấp còi dưới 20%.\n"
            "Tỷ lệ trẻ bú mẹ hoàn toàn đạt 45%.\n\n"
            "95% người dân biết về dinh dưỡng hợp lý.",
            "95%",
            "2023-2025",
        ),
        # the next phase takes over
        (
            "Giai đoạn 2023 - 2025, giảm tỷ lệ hút thuốc xuống dưới 40%.\n"
            "Giai đoạn 2026 - 2030, giảm tỷ lệ hút thuốc xuống dưới 36%.\n"
            "Giảm tỷ lệ hút thuốc thụ động tại nhà hàng dưới 65%.",
            "65%",
            "2026-2030",
        ),
    ],
)
def test_a_paragraph_takes_the_phase_an_earlier_one_opens_with(
    text: str, number: str, year: str
) -> None:
    assert _year_of(text, number) == year


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the year is far into its sentence: something the sentence speaks of, not a phase
        (
            "UBND tỉnh vừa có văn bản gửi Bộ Y tế về việc tiếp nhận dự án viện trợ "
            "giai đoạn 2024-2029 tại tỉnh.\nTỷ lệ người dân được tư vấn đạt 95%.",
            "95%",
        ),
        # a figure comes before the year
        (
            "Tỷ lệ tiêm chủng đạt 95% vào năm 2025.\nTỷ lệ bà mẹ được khám thai đạt 90%.",
            "90%",
        ),
        # a background paragraph of the past: not carried
        (
            "Năm 2021, toàn tỉnh đã có 300 ca mắc sốt xuất huyết.\n"
            "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92%.",
            "92%",
        ),
        # a heading ends the phase
        (
            "Giai đoạn 2023 - 2025, giảm tỷ lệ hút thuốc xuống dưới 40%.\n"
            "II. CHỈ TIÊU KHÁC\nTỷ lệ người dân hiểu biết về tác hại thuốc lá đạt 95%.",
            "95%",
        ),
        # a list item's own year is its own, not a phase for the lines after it
        (
            "- Năm 2024: tỷ lệ tiêm chủng đạt 95%;\n- Tỷ lệ bà mẹ được khám thai đạt 90%.",
            "90%",
        ),
    ],
)
def test_no_phase_is_carried(text: str, number: str) -> None:
    assert _year_of(text, number) == "2030"


def test_the_lines_are_read_once_in_order() -> None:
    text = "Giai đoạn 2023 - 2025, đạt 40%.\n" + "Tỷ lệ đạt 50%.\n" * 2000
    phases = carried_phases(text, layout(text), 2023)
    assert len(phases) == 2000
    assert {m.period.code for m in phases.values()} == {"2023-2025"}
