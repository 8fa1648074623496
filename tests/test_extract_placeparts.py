"""A part of the places over their whole ("154/164 xã đạt …") is the status figure."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan

_HEAD = "KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2024\nI. TÌNH HÌNH\n"


def _observed(text: str) -> list[tuple[float, str, str]]:
    plan = draft_plan(_HEAD + text).plan
    return [(o.value.magnitude, str(o.value.units), o.period.code) for o in plan.observations]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đến nay đã có 98/105 xã, phường có người nhiễm HIV.", (98, "commune", "2024")),
        ("Năm 2023, dịch sốt xuất huyết xảy ra tại 12/15 khu vực.", (12, "zone", "2023")),
        ("Hiện có 45/60 thôn, bản có nhân viên y tế thôn bản.", (45, "village", "2024")),
        ("Toàn huyện hiện có 11/ 12 xã/thị trấn đã có ca mắc.", (11, "commune", "2024")),
        ("Tính đến hết năm 2023 có 140/141 phường, xã đạt chuẩn.", (140, "commune", "2023")),
    ],
)
def test_the_part_of_the_places_is_drafted(text: str, want: tuple[float, str, str]) -> None:
    assert _observed(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Xã Tân Hòa hiện đạt 8/10 tiêu chí quốc gia về y tế xã.",  # criteria, not places
        "Có 7/9 huyện, thành phố đạt chỉ tiêu giao.",  # districts: no counted unit
        "Đoàn kiểm tra vào ngày 12/10 tại xã Tân Hòa.",  # a date
    ],
)
def test_no_part_of_other_things(text: str) -> None:
    assert _observed(text) == []


def test_aimed_part_is_no_status_figure() -> None:
    text = "KẾ HOẠCH\nY tế cơ sở năm 2024\nII. MỤC TIÊU\n"
    text += "Phấn đấu đến năm 2025 có 150/164 xã, phường đạt Bộ tiêu chí quốc gia về y tế."
    assert not draft_plan(text).plan.observations


def test_whole_of_facilities_is_still_the_count_there_is() -> None:
    text = "Năm 2023 đã xây dựng mới 05/27 Trung tâm y tế huyện."
    (seen,) = draft_plan(_HEAD + text).plan.observations
    assert (seen.indicator.code, seen.value.magnitude) == ("health_facilities", 27)
