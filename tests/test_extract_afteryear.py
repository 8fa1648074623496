"""A figure's own year written after it; "1 vạn dân" units; "gần" as about.

Phrases of our own making, in the ways provincial plans and news reports write them.
"""

from __future__ import annotations

import pytest

from vnhealthplan.core.vocab import Comparator
from vnhealthplan.io.extract.afteryear import own_year
from vnhealthplan.io.extract.targets import find_targets
from vnhealthplan.text import ParseError, parse_unit


def _read(text: str) -> list[tuple[float, str]]:
    return [(float(c.value.magnitude), c.period.code) for c in find_targets(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # each figure's year in brackets, after the figure
            "Kế hoạch giai đoạn 2021 - 2025. Phấn đấu chiều cao trung bình của nữ đạt "
            "155,5cm (năm 2025) và 157cm (năm 2030).",
            [(155.5, "2025"), (157, "2030")],
        ),
        (  # a bare year in brackets
            "Kế hoạch năm 2024. Tỷ lệ tiêm chủng đạt 92% (2025) và 95% (2030).",
            [(92, "2025"), (95, "2030")],
        ),
        (  # each figure's own period wins over the title's
            "Chương trình giai đoạn 2022 - 2030. Tỷ lệ xã có điểm tiêm đạt 60% trong giai "
            "đoạn 2022 - 2025; đạt 85% trong giai đoạn 2026 - 2030.",
            [(60, "2022-2025"), (85, "2026-2030")],
        ),
        (  # "đến năm", "vào năm" after the figure and its words
            "Phấn đấu đạt 28 giường bệnh/vạn dân năm 2025 và 31 giường bệnh/vạn dân đến năm 2030.",
            [(28, "2025"), (31, "2030")],
        ),
        (  # a few words between the figure and its year
            "Giai đoạn 2021 - 2030: đạt 70% người cao tuổi được khám định kỳ vào năm 2030.",
            [(70, "2030")],
        ),
    ],
)
def test_own_year_after_the_figure(text: str, expected: list[tuple[float, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "giảm 15% so với năm 2020",  # compared with
        "đạt 90%, năm 2024 là 93%",  # the next figure's year, past a comma
        "đạt 90% và năm 2024 là 93%",  # a year leading the next figure
        "năm 2022 là 88%, năm 2023 là 90%",  # a series: each year leads its figure
        "đạt 85% số xã; năm 2030 đạt 95%",  # past the clause's end
        "đạt 80% (năm 2020: 75%)",  # a bracket that reports another figure
        "đạt 40% số trạm có 2 bác sĩ vào năm 2025",  # another figure before the year
        "tỷ lệ mắc còn 12% tính đến cuối năm 2023",  # a year measured at
    ],
)
def test_near_misses_have_no_own_year(text: str) -> None:
    assert own_year(text, text.index("%") + 1) is None


@pytest.mark.parametrize(
    "unit",
    [
        "giường bệnh/1 vạn dân",
        "giường bệnh trên 1 vạn dân",
        "bác sĩ mỗi vạn dân",
        "bác sĩ trên 10.000 dân",
        "bác sĩ trên mỗi 10.000 dân",
        "giường bệnh/mỗi vạn dân",
        "bác sĩ/vạn dân",
    ],
)
def test_one_ten_thousand_people(unit: str) -> None:
    assert "ten_thousand_people" in str(parse_unit(unit))


@pytest.mark.parametrize("unit", ["bác sĩ/2 vạn dân", "bác sĩ mỗi mỗi vạn dân", "bác sĩ trên mỗi"])
def test_near_miss_units_are_not_read(unit: str) -> None:
    with pytest.raises(ParseError, match="denominator"):
        parse_unit(unit)


def test_a_ratio_written_with_each_is_drafted() -> None:
    text = "Phấn đấu đến năm 2025 đạt 12 bác sĩ trên mỗi 10.000 dân."
    assert [(c.code, float(c.value.magnitude)) for c in find_targets(text)] == [
        ("doctors_per_10k", 12.0)
    ]


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Năm 2025 có gần 1,2 triệu người tham gia bảo hiểm y tế.", Comparator.ABOUT),
        ("Phấn đấu đến năm 2025 đạt gần 95% dân số có thẻ bảo hiểm y tế.", Comparator.ABOUT),
        ("Phấn đấu đến năm 2025 đạt khoảng 95% dân số có thẻ bảo hiểm y tế.", Comparator.ABOUT),
        ("Phấn đấu đến năm 2025 đạt 95% dân số có thẻ bảo hiểm y tế.", Comparator.EQ),
    ],
)
def test_gan_is_about(text: str, comparator: Comparator) -> None:
    assert [c.phrase.comparator for c in find_targets(text)] == [comparator]
