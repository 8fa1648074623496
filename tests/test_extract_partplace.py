"""A figure of one named part of the province (a district, town, city, commune) takes no
catalogue indicator; the province's own figure keeps it. Phrases of our own making (not
copied from any evaluation text).
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.partplace import named_part


def _codes(sentence: str) -> list[str]:
    text = (
        "KẾ HOẠCH\nThực hiện công tác y tế tỉnh giai đoạn 2021 - 2025\nII. MỤC TIÊU\n"
        "2. Mục tiêu cụ thể\n- " + sentence + "\n"
    )
    return [t.indicator.code for t in draft_plan(text).plan.targets]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tỷ suất tử vong trẻ em dưới 1 tuổi ở huyện Krông Pắc giảm xuống 14‰ vào năm 2025.",
        "Tỷ lệ bao phủ bảo hiểm y tế tại thành phố Pleiku đạt 98% vào năm 2025.",
        "Tỷ lệ trạm y tế xã có bác sĩ của huyện Mường Tè đạt 100% vào năm 2025.",
        "Tỷ lệ tham gia bảo hiểm y tế trên địa bàn thị xã Sơn Tây đạt 96% vào năm 2025.",
        "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ ở quận 8 đạt 97% vào năm 2025.",
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 99% tại thành phố Thủ Dầu Một vào năm 2025.",
        "Tỷ lệ trạm y tế có bác sĩ ở thị trấn Phong Thổ đạt 100% vào năm 2025.",
        "Tỷ lệ tham gia bảo hiểm y tế của phường Tân Định đạt 100% vào năm 2025.",
    ],
)
def test_a_named_part_of_the_province_takes_a_draft_indicator(sentence: str) -> None:
    codes = _codes(sentence)
    assert codes
    assert all(code.startswith("draft_") for code in codes)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Tỷ lệ trạm y tế xã có bác sĩ đạt 100% vào năm 2025.", "stations_with_doctor"),
        ("Tỷ lệ bao phủ bảo hiểm y tế tại thành phố Hà Nội đạt 95% vào năm 2025.",
         "health_insurance_coverage"),
        ("Tỷ lệ trạm y tế xã có bác sĩ ở tất cả các huyện, thị xã, thành phố đạt 100% vào năm"
         " 2025.", "stations_with_doctor"),
        ("Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống 12‰ vào năm 2025, thấp nhất là huyện"
         " Krông Pắc.", "imr"),
        ("Duy trì 100% xã đạt Bộ tiêu chí quốc gia về y tế xã đến năm 2025.",
         "communes_meeting_criteria"),
    ],
)  # fmt: skip
def test_the_province_and_all_its_parts_keep_the_catalogue_indicator(
    sentence: str, code: str
) -> None:
    assert code in _codes(sentence)


@pytest.mark.parametrize(
    ("own", "after", "part"),
    [
        ("ở huyện Krông Bông giảm xuống ", "", "huyện Krông Bông"),
        ("Tỷ lệ bao phủ ", " tại TP. Bà Rịa vào năm 2025", "TP. Bà Rịa"),
        ("tại thành phố Bà Rịa - Vũng Tàu đạt ", "", ""),
        ("Tỷ lệ trạm y tế xã đạt ", " xã đạt chuẩn", ""),
        ("Xã đạt ", "", ""),
        ("tại TP. Hồ Chí Minh đạt ", "", ""),
        ("trên địa bàn thị xã Sơn Tây đạt ", "", "thị xã Sơn Tây"),
        ("đạt ", ", cao nhất là huyện Ea Súp", ""),
    ],
)
def test_named_part(own: str, after: str, part: str) -> None:
    assert named_part(own, after) == part
