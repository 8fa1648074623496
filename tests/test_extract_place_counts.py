"""Counts of provinces and districts a plan aims at, and the geography it only describes.

"Có từ 02 huyện trở lên đạt chuẩn quốc gia về nông thôn mới", "40 tỉnh trong giai đoạn đề
phòng bệnh sốt rét quay trở lại": the text layer reads "tỉnh" (and "tỉnh, thành phố") and
"huyện" (and "quận, huyện", "huyện, thị xã, thành phố") as counts of provinces and districts.
Like communes, such a count is a target only where a verb or an aim sets it, and it is never
a status figure: "tỉnh có 9 huyện", "lưu hành ở 56 tỉnh, thành phố" describe the country
(docs/labelling.rst: geography is not labelled). Phrases of our own making, with near-misses.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.text import parse_unit


def _draft(sentence: str) -> tuple[list[tuple[str, float, str]], list[float]]:
    text = "KẾ HOẠCH\nPhòng, chống sốt rét giai đoạn 2021 - 2025\nII. MỤC TIÊU\n- " + sentence
    plan = draft_plan(text + "\n").plan
    targets = [
        (t.comparator.value, float(t.value.magnitude), str(t.value.units)) for t in plan.targets
    ]
    return targets, [float(o.value.magnitude) for o in plan.observations]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Đến năm 2025, có từ 03 huyện trở lên đạt chuẩn quốc gia về y tế.", (">=", 3, "district")),
        (
            "Phấn đấu đến năm 2025 có 12 tỉnh, thành phố loại trừ bệnh sốt rét.",
            ("=", 12, "province"),
        ),
        (
            "Đến năm 2025 có ít nhất 5 huyện, thị xã đạt tiêu chí an toàn thực phẩm.",
            (">=", 5, "district"),
        ),
        (
            "Phấn đấu đến năm 2025 có 4 quận, huyện được công nhận loại trừ bệnh phong.",
            ("=", 4, "district"),
        ),
        ("Đến năm 2025 có 20 tỉnh được công nhận loại trừ sốt rét.", ("=", 20, "province")),
    ],
)
def test_a_count_of_places_aimed_at_is_a_target(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    assert _draft(sentence)[0] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [  # near-misses: geography and places of an activity, never a figure
        "Năm 2020, toàn tỉnh có 9 huyện và 1 thành phố.",
        "Hiện nay bệnh sốt xuất huyết lưu hành ở 56 tỉnh, thành phố trong cả nước.",
        "Dự án đã triển khai tại 17 huyện, thị xã, thành phố của tỉnh.",
        "Gửi báo cáo về 11 huyện để theo dõi.",
        "Đến năm 2025 có thêm 50 trạm y tế của 12 quận, huyện thực hiện mô hình bác sĩ gia đình.",
        "Phấn đấu đến năm 2025, triển khai mô hình tại 8 huyện, thị xã.",
    ],
)
def test_geography_is_no_figure(sentence: str) -> None:
    targets, observations = _draft(sentence)
    assert not [t for t in targets if t[2] in ("district", "province")]
    assert observations == []


def test_lists_of_provinces_and_districts_are_unit_words() -> None:
    assert str(parse_unit("tỉnh, thành phố")) == "province"
    assert str(parse_unit("quận, huyện")) == "district"
    assert str(parse_unit("huyện, thị xã, thành phố")) == "district"
    assert str(parse_unit("xã, phường")) == "commune"  # unchanged
