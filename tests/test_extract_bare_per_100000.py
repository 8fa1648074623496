"""A rate written "N/100.000" with no noun after it: one in a hundred thousand.

"tỷ lệ người dân chết do bị bệnh sốt rét dưới 0,02/100.000" and "giảm tỷ suất … xuống còn
15/100.000 vào năm 2030" write the rate's base without saying of whom; "/1.000" with no noun
was already read as per mille. The text layer reads "/100.000" alone as the pure number
per_hundred_thousand (1e-5), and against an indicator whose unit is "X per 100,000 Y" as that
unit. Phrases of our own making, with near-misses whose reading must not change.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.text import format_quantity, parse_quantity, parse_unit


def _targets(sentence: str) -> list[tuple[str, float, str]]:
    text = "KẾ HOẠCH\nPhòng, chống bệnh truyền nhiễm\nII. MỤC TIÊU\n- " + sentence + "\n"
    return [
        (t.comparator.value, float(t.value.magnitude), str(t.value.units))
        for t in draft_plan(text).plan.targets
    ]


@pytest.mark.parametrize(
    ("sentence", "comparator", "value"),
    [
        ("Đến năm 2030, tỷ lệ tử vong do bệnh dại dưới 0,05/100.000.", "<", 0.05),
        ("Giảm tỷ suất mắc sởi xuống còn 10/100.000 vào năm 2025.", "=", 10),
        ("Đến năm 2030 khống chế tỷ lệ mắc sốt xuất huyết dưới 80/ 100.000.", "<", 80),
        ("Phấn đấu đến năm 2025 tỷ lệ mắc lao giảm còn 120/100000.", "=", 120),
        ("Năm 2030: tỷ suất tai nạn thương tích trẻ em đạt 450/100.000.", "=", 450),
    ],
)
def test_a_bare_base_of_100000_is_a_rate(sentence: str, comparator: str, value: float) -> None:
    assert _targets(sentence) == [(comparator, value, "per_hundred_thousand")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [  # near-misses: a noun after the base, and per mille, read as before
        (
            "Đến năm 2030, tỷ lệ mắc lao dưới 20/100.000 dân.",
            "1 / hundred_thousand_people",
        ),
        (
            "Giảm tỷ suất trẻ em bị tai nạn thương tích xuống 550/100.000 trẻ em vào năm 2025.",
            "1 / hundred_thousand_children",
        ),
        ("Đến năm 2030, tỷ lệ mắc sốt rét dưới 0,15/1.000.", "permille"),
    ],
)
def test_a_base_with_its_noun_is_read_as_before(sentence: str, unit: str) -> None:
    assert [u for _, _, u in _targets(sentence)] == [unit]


def test_the_text_layer_reads_and_writes_it() -> None:
    quantity = parse_quantity("0,02/100.000")
    assert str(quantity.units) == "per_hundred_thousand"
    assert format_quantity(quantity) == "0,02/100.000"
    assert format_quantity(quantity, "en") == "0.02 per 100,000"
    assert str(parse_unit("/100.000", indicator="mmr")) == "death / hundred_thousand_live_births"
    assert str(parse_unit("/10.000 dân")) == "1 / ten_thousand_people"  # unchanged


def test_numbers_that_are_no_rate_stay_unread() -> None:
    # a fraction of a count and a document number: no rate
    assert _targets("Đến năm 2025, 154/164 xã đạt chuẩn quốc gia về y tế.") != [
        ("=", 154, "per_hundred_thousand")
    ]
    assert _targets("Thực hiện Quyết định số 100/100.000 ngày 5/3/2020.") == []
