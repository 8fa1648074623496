"""A news report of a campaign dates its figures by the campaign's year; clubs are counted."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.ownyear import programme_year
from vnhealthplan.io.extract.targets import find_targets


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Tháng hành động vì an toàn thực phẩm năm 2023 được phát động tại huyện.", "2023"),
        (
            "Tháng Hành động quốc gia phòng, chống\nHIV/AIDS năm 2022 được triển khai.",
            "2022",
        ),
        ("Chiến dịch tiêm vắc xin sởi - rubella năm 2024 diễn ra tại 20 xã.", "2024"),
        (
            "Theo đó, Chiến dịch truyền thông dân số trong năm 2021 tập trung vào vùng sâu.",
            "2021",
        ),
        ("Kế hoạch phòng, chống dịch bệnh\nnăm 2025 của tỉnh đặt mục tiêu giảm số ca mắc.", "2025"),
    ],
)
def test_a_campaign_names_the_reports_year(text: str, year: str) -> None:
    mark = programme_year(text)
    assert mark is not None
    assert mark.period.code == year


@pytest.mark.parametrize(
    "text",
    [
        "hưởng ứng Chiến dịch của Bộ Y tế. Năm 2024 toàn tỉnh có 30 ca.",  # the sentence ends
        "góp phần thực hiện Chiến dịch quốc gia năm 2024",  # a campaign the plan carries out
        "Tháng hành động giai đoạn 2021 - 2025 của tỉnh",  # a span of years
        "Chiến dịch tiêm chủng đạt 95% so với năm 2020",  # a base year
    ],
)
def test_no_campaign_year(text: str) -> None:
    assert programme_year(text) is None


@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Tỉnh đặt mục tiêu thành lập 70 câu lạc bộ đến 2035.", 70, "2035"),
        ("Phấn đấu đến năm 2030 có 120 câu lạc bộ liên thế hệ tự giúp nhau.", 120, "2030"),
        ("Mục tiêu năm 2026: duy trì 45 câu lạc bộ không sinh con thứ ba.", 45, "2026"),
    ],
)
def test_clubs_are_counted(text: str, value: int, year: str) -> None:
    found = [(c.value.magnitude, str(c.value.units), c.period.code) for c in find_targets(text)]
    assert found == [(value, "club", year)]


def test_a_club_without_an_aim_is_no_target() -> None:
    assert find_targets("Hội viên sinh hoạt tại 12 câu lạc bộ của xã.") == []
