"""A line a page's layout broke in the middle of a sentence is read with the line above."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.brokenlines import line_spans
from vnhealthplan.io.extract.targets import find_targets
from vnhealthplan.io.extract.values import find_values


def _lines(text: str) -> list[str]:
    return [text[a:b] for a, b in line_spans(text)]


@pytest.mark.parametrize(
    ("text", "number", "comparator", "code"),
    [
        # the comparator at the end of one line, the figure at the start of the next
        (
            "Mục tiêu đến năm 2025:\n- Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới\n"
            "12‰ vào năm 2025.",
            "12‰",
            "<",
            "imr",
        ),
        (
            "Mục tiêu đến năm 2025:\n- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi còn\n"
            "dưới 20% vào năm 2025.",
            "20%",
            "<",
            "stunting_u5",
        ),
        # the indicator's name on the line above the figure's
        (
            "Mục tiêu đến năm 2030:\n- Tỷ suất tử vong trẻ em dưới 5 tuổi giảm\n"
            "xuống dưới 15‰ vào năm 2030.",
            "15‰",
            "<",
            "u5mr",
        ),
        (
            "Phấn đấu đến năm 2025, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ "
            "các loại vắc xin đạt\ntrên 95%.",
            "95%",
            ">",
            "full_immunisation_u1",
        ),
    ],
)
def test_a_figure_keeps_the_words_of_the_line_above(
    text: str, number: str, comparator: str, code: str
) -> None:
    at = text.index(number)
    found = [c for c in find_targets(text) if c.span[0] <= at < c.span[1]]
    assert [(c.phrase.comparator.value, c.code) for c in found] == [(comparator, code)]


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ trẻ được tiêm chủng đạt 95%.\nTỷ lệ bà mẹ được khám thai đạt 90%.",  # closed
        "Các chỉ tiêu chủ yếu:\ntỷ lệ tiêm chủng đạt 95%",  # ":" closes the lead-in
        "- Tỷ lệ tiêm chủng đạt 95%\n- tỷ lệ khám thai đạt 90%",  # an item of its own
        "a) Tỷ lệ tiêm chủng đạt 95%\nb) tỷ lệ khám thai đạt 90%",  # a lettered item
        "Tỷ lệ tiêm chủng\t95%\ntỷ lệ khám thai\t90%",  # rows of a table
        "Năm 2024 toàn tỉnh có\n12 trạm y tế đạt chuẩn",  # a figure after a word asking none
        "Tỷ lệ tiêm chủng đạt 95%\n\ndưới 2 tuổi",  # a blank line between
    ],
)
def test_lines_that_do_not_go_on_are_kept_apart(text: str) -> None:
    assert len(_lines(text)) == text.count("\n") + 1


def test_broken_lines_are_joined_over_their_breaks() -> None:
    text = "Số người nhiễm HIV phát hiện\ndưới 1.000 ca mỗi năm. Tỷ lệ người\nnhiễm HIV tử vong"
    assert _lines(text) == [text]
    text = "Giảm tỷ lệ hút thuốc xuống còn\r\n30% vào năm 2030."
    assert _lines(text) == [text]


def test_the_text_is_read_once() -> None:
    text = "tỷ lệ đạt\n" * 50_000
    assert _lines(text) == [text[:-1], ""]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Năm 2015 có trên 11.000 trường\nhợp tử vong do sốt xuất huyết.", "death"),
        ("Số ca mắc tăng cao (24.459\nca) so với cùng kỳ.", "case"),
        (
            "Tỷ số giới tính khi sinh là 112,5 bé\n    trai/100 bé gái.",
            "male_birth / hundred_female_births",
        ),
        ("Toàn tỉnh có 1.250\nngười nhiễm HIV còn sống.", "person"),
    ],
)
def test_a_unit_broken_onto_the_next_line_is_read(text: str, unit: str) -> None:
    assert [str(v.unit) for v in find_values(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "Số bác sĩ năm 2024: 120\nNgười dân được khám: 80%",  # the next line starts anew
        "Tổng số: 45\n- trẻ em dưới 5 tuổi",  # an item of its own
    ],
)
def test_a_unit_is_not_read_from_a_new_line(text: str) -> None:
    assert all(str(v.unit) != "person" and "\n" not in v.text for v in find_values(text))
