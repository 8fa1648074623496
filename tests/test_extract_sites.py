"""Counts of a programme's service sites or of businesses are no health-facility counts."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.servicesites import service_sites

_HEAD = "KẾ HOẠCH\nPhòng, chống HIV/AIDS năm 2024\nI. TÌNH HÌNH\n"


def _codes(text: str) -> dict[float, str]:
    observations = draft_plan(_HEAD + text).plan.observations
    return {o.value.magnitude: o.indicator.code for o in observations}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hiện nay toàn tỉnh có 14 cơ sở điều trị Methadone đang hoạt động.", 14),
        ("Đến nay đã có 7 cơ sở xét nghiệm khẳng định HIV được công nhận.", 7),
        ("Hiện có 1.250 cơ sở kinh doanh dịch vụ ăn uống trên địa bàn.", 1250),
        ("Năm 2023 đã kiểm tra 812 cơ sở sản xuất thực phẩm.", 812),
        ("Hiện nay, công tác điều trị ARV được triển khai tại 11 cơ sở.", 11),
        ("Đến nay có 18 cơ sở điều trị ARV, trong đó 15 cơ sở y tế công lập.", 15),
        ("Hiện có 3 cơ sở cấp phát thuốc Methadone tại xã.", 3),
    ],
)
def test_service_sites_are_draft_indicators(text: str, value: int) -> None:
    assert _codes(text)[value].startswith("draft_")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Toàn tỉnh hiện có 640 cơ sở hành nghề y, dược tư nhân.", 640),
        ("Hiện nay có 31 cơ sở khám bệnh, chữa bệnh công lập.", 31),
        ("Đến nay toàn tỉnh có 22 cơ sở y tế tuyến huyện.", 22),
    ],
)
def test_care_places_stay_health_facilities(text: str, value: int) -> None:
    assert _codes(text)[value] == "health_facilities"


def test_programme_named_in_another_sentence_does_not_count() -> None:
    text = "Công tác điều trị ARV tiếp tục được duy trì. Toàn tỉnh có 27 cơ sở y tế."
    start = text.index("27")
    assert not service_sites(text, (start, start + 8))


def test_treatment_in_general_before_the_count_does_not_count() -> None:
    text = "Để nâng cao chất lượng khám, chữa bệnh và điều trị, tỉnh có 12 cơ sở y tế."
    start = text.index("12")
    assert not service_sites(text, (start, start + 8))
