"""A plan's parts ("Phần I" over its title) hold for their numbered sections."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.segment import Line, layout

_HEAD = "KẾ HOẠCH\nPhát triển y tế cơ sở đến năm 2025\n"


def _line(text: str, words: str) -> Line:
    return next(line for line in layout(text) if text[slice(*line.span)].startswith(words))


@pytest.mark.parametrize(
    "part",
    [
        "Phần I\n\nTHỰC TRẠNG Y TẾ CƠ SỞ ĐẾN NĂM 2021",
        "PHẦN 1\nĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2021",
        "Phần thứ nhất\n\nKẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2016 - 2021",
        "Chương I\nTHỰC TRẠNG MẠNG LƯỚI Y TẾ NĂM 2021",
        "PHẦN I. THỰC TRẠNG Y TẾ CƠ SỞ NĂM 2021",
    ],
)
def test_a_part_holds_for_its_sections(part: str) -> None:
    text = _HEAD + part + "\n\nI. MẠNG LƯỚI\n\n1. Tuyến xã\n\nToàn tỉnh có 71 trạm y tế xã.\n"
    line = _line(text, "Toàn tỉnh")
    assert line.in_status
    assert line.section_year is not None
    assert line.section_year.period.code[-4:] == "2021"


def test_status_figure_of_the_part_year() -> None:
    text = _HEAD + "Phần I\n\nTHỰC TRẠNG Y TẾ CƠ SỞ ĐẾN NĂM 2021\n\nI. MẠNG LƯỚI\n\n"
    text += "a) Tuyến huyện: gồm 06 bệnh viện đa khoa với quy mô 420 giường bệnh.\n"
    seen = {(o.value.magnitude, o.period.code) for o in draft_plan(text).plan.observations}
    assert (420, "2021") in seen


def test_the_next_part_closes_it() -> None:
    text = _HEAD + "Phần I\nTHỰC TRẠNG NĂM 2021\nI. MẠNG LƯỚI\nCó 71 trạm.\n"
    text += "Phần II\nMỤC TIÊU ĐẾN NĂM 2025\nI. MỤC TIÊU CHUNG\nĐạt 95%.\n"
    line = _line(text, "Đạt 95%")
    assert line.in_targets
    assert not line.in_status


@pytest.mark.parametrize(
    "line",
    [
        "Chương trình mục tiêu quốc gia về y tế",
        "Phần lớn các xã đã đạt chuẩn",
        "Phần 2 kinh phí do ngân sách tỉnh bố trí",
        "Chương 3 của Luật quy định",
    ],
)
def test_prose_is_no_part(line: str) -> None:
    (read,) = layout(line)
    assert read.level != 0


def test_roman_section_after_a_bare_marker_is_no_title() -> None:
    text = "Phần I\nI. TÌNH HÌNH CHUNG\n1. Dân số\n"
    assert [line.level for line in layout(text)] == [0, 1, 2, None]
