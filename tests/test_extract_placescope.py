"""A plan of one city, town or district of a province: its catalogue figures are drafts."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.placescope import place_of
from vnhealthplan.io.extract.planscope import scoped
from vnhealthplan.io.extract.targets import find_figures


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Kế hoạch chăm sóc sức khỏe nhân dân huyện Mường Nhé năm 2024", "Mường Nhé"),
        ("Quy hoạch mạng lưới cơ sở y tế trên địa bàn TP. Long Xuyên đến năm 2030", "Long Xuyên"),
        ("Đề án phát triển y tế cơ sở thị xã Kỳ Anh giai đoạn 2021-2025", "Kỳ Anh"),
        ("UBND TX.Ninh Hòa ban hành kế hoạch tiêm chủng năm 2023", "Ninh Hòa"),
        ("Chương trình dân số của quận 8 đến năm 2030", "8"),
        ("Thành phố Thủ Đức đặt mục tiêu 95% dân số có hồ sơ sức khỏe", "Thủ Đức"),
        # a centrally governed city is a province
        ("Kế hoạch phát triển y tế thành phố Đà Nẵng năm 2024", None),
        ("Kế hoạch y tế năm 2025 của TP.HCM", None),
        ("Chương trình sức khỏe TP Hồ Chí Minh đến năm 2030", None),
        ("Kế hoạch phòng chống dịch của thành phố Huế năm 2026", None),
        # the city itself, unnamed; a place of an activity, no plan named
        ("Kế hoạch của UBND thành phố về chăm sóc người cao tuổi", None),
        ("Khám bệnh miễn phí cho người dân huyện Bảo Lâm", None),
        ("Kế hoạch phát triển y tế tỉnh Lâm Đồng năm 2024", None),
    ],
)
def test_place_of(title: str, place: str | None) -> None:
    assert place_of(title) == place


TEXT = (
    "Đến năm 2030, tuổi thọ trung bình đạt 76 tuổi; 98% trẻ em được tiêm chủng mở rộng; "
    "giảm tỷ lệ suy dinh dưỡng thể thấp còi trẻ em dưới 5 tuổi xuống 12%."
)


def test_city_plan_drafts_catalogue_figures() -> None:
    found = scoped(find_figures(TEXT), "Kế hoạch y tế trên địa bàn huyện Cát Tiên")
    assert [c.code for c in found] == ["", "", ""]
    assert "Cát Tiên" in found[0].reasons[-1]


def test_province_plan_keeps_catalogue_figures() -> None:
    codes = [c.code for c in find_figures(TEXT)]
    assert "" not in codes
    found = scoped(find_figures(TEXT), "Kế hoạch y tế thành phố Cần Thơ năm 2025")
    assert [c.code for c in found] == codes
