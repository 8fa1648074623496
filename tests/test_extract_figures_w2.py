"""Reading status figures of the genre: multipliers, densities, facility counts (wave 2)."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.targets import find_figures
from vnhealthplan.io.extract.values import find_values
from vnhealthplan.text import parse_target_phrase


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("khoảng 250 nghìn người", 250000, "person"),
        ("trên 12 ngàn trẻ em", 12000, "child"),
        ("1,5 triệu lượt", 1500000, "visit"),
        ("hơn 3 triệu người", 3000000, "person"),
        ("2 tỷ người", 2000000000, "person"),
    ],
)
def test_a_multiplier_word_scales_the_number(phrase: str, value: int, unit: str) -> None:
    read = parse_target_phrase(phrase)
    assert read.value.magnitude == value
    assert str(read.value.units) == unit


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [("450 triệu đồng", 450, "million_dong"), ("hơn 2 tỷ đồng", 2, "billion_dong")],
)
def test_money_keeps_its_scaled_unit(phrase: str, value: int, unit: str) -> None:
    read = parse_target_phrase(phrase)
    assert (read.value.magnitude, str(read.value.units)) == (value, unit)


def test_a_multiplier_before_a_share_is_no_unit() -> None:
    assert find_values("tăng 5 nghìn % so với") == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2018 cả nước có khoảng 120 nghìn người mắc mới.",
        "Năm 2018 ghi nhận trên 7 nghìn ca mắc sốt xuất huyết.",
    ],
)
def test_a_status_figure_with_a_multiplier(text: str) -> None:
    (figure,) = find_figures(text, doc_year=2020)
    assert figure.role == "observation"
    assert figure.value.magnitude in (120000, 7000)
