"""Sums in US dollars: "GDP bình quân đầu người … 4.700-5.000 USD", "3.318 triệu USD".

Socio-economic plans set their aims in US dollars as well as in dong. The text layer reads
"USD", "triệu USD", "tỷ USD" (and "US$", "đô la Mỹ") as a currency of their own (core/units.txt:
usd, million_usd, billion_usd), never converted to dong; money keeps its unit as written
(docs/labelling.rst). Phrases of our own making, with near-misses that must not change.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.text import ParseError, format_quantity, parse_quantity, parse_unit


def _targets(sentence: str) -> list[tuple[float, float | None, str, int]]:
    text = "KẾ HOẠCH\nPhát triển kinh tế - xã hội giai đoạn 2021 - 2025\nII. MỤC TIÊU\n- "
    return [
        (
            float(t.value.magnitude),
            None if t.upper is None else float(t.upper.magnitude),
            str(t.value.units),
            t.period.last_year,
        )
        for t in draft_plan(text + sentence + "\n").plan.targets
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("GDP bình quân đầu người đến năm 2025 đạt 5.000 USD.", (5000, None, "usd", 2025)),
        (
            "Kim ngạch xuất khẩu đến năm 2025 đạt 2.500 triệu USD.",
            (2500, None, "million_usd", 2025),
        ),
        ("Thu hút vốn FDI đến năm 2025 đạt 1,5 tỷ USD.", (1.5, None, "billion_usd", 2025)),
        ("Đến năm 2025, kim ngạch nhập khẩu đạt khoảng 900 triệu USD.", None),
        ("GRDP bình quân đầu người đến năm 2025 đạt 4.200 - 4.500 USD.", (4200, 4500, "usd", 2025)),
    ],
)
def test_a_sum_in_dollars_is_read(
    sentence: str, expected: tuple[float, float | None, str, int] | None
) -> None:
    drafted = _targets(sentence)
    if expected is None:  # "khoảng": about, the same sum
        assert [(v, unit) for v, _, unit, _ in drafted] == [(900, "million_usd")]
    else:
        assert drafted == [expected]


def test_dollars_are_not_dong() -> None:
    assert str(parse_unit("USD")) == "usd"
    assert str(parse_unit("triệu USD")) == "million_usd"
    assert str(parse_unit("tỷ USD")) == "billion_usd"
    assert str(parse_unit("US$")) == str(parse_unit("đô la Mỹ")) == "usd"
    assert str(parse_unit("triệu đồng")) == "million_dong"  # unchanged
    quantity = parse_quantity("3.318 triệu USD")
    assert format_quantity(quantity) == "3.318 triệu USD"
    assert format_quantity(quantity, "en") == "3,318 million USD"
    # a dollar is no dong: they have different dimensions, never converted
    assert quantity.dimensionality != parse_quantity("5 triệu đồng").dimensionality


@pytest.mark.parametrize(
    "words",
    ["USDT", "triệu USDs", "đô"],  # near-misses: no currency the layer knows
)
def test_near_misses_are_no_unit(words: str) -> None:
    with pytest.raises(ParseError):
        parse_unit(words)
