"""A city within a province is not the province (trial 11): "TP Thanh Hóa", the provincial
city of Thanh Hóa (thành phố thuộc tỉnh), was read as Thanh Hóa province, so a city's figure
typed in an observations table was taken for the whole province's without a word."""

from __future__ import annotations

from datetime import date

import pytest

from vnhealthplan import provinces
from vnhealthplan.errors import PlanDataError, UnknownProvinceError
from vnhealthplan.export import read_observations


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("TP Thanh Hóa", "Thanh Hóa"),
        ("TP. Thanh Hóa", "Thanh Hóa"),
        ("Thành phố Thanh Hóa", "Thanh Hóa"),
        ("thanh pho quang ngai", "Quảng Ngãi"),
    ],
)
def test_a_provincial_city_is_not_its_province(name, province):
    with pytest.raises(UnknownProvinceError) as err:
        provinces.get(name)
    assert str(err.value) == (
        f"unknown province {name!r}: the city of {province} (thành phố thuộc tỉnh) is a "
        f"unit within {province} province, not the province; a figure of the whole province "
        f"is given as {province!r}"
    )
    assert err.value.said("vi") == (
        f"không có tỉnh {name!r}: thành phố {province} (thành phố thuộc tỉnh) là một đơn vị "
        f"thuộc tỉnh {province}, không phải cả tỉnh; số liệu của cả tỉnh thì ghi {province!r}"
    )


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Tỉnh Thanh Hoá", "thanh-hoa"),
        ("Thanh Hóa", "thanh-hoa"),
        ("Thành phố Hồ Chí Minh", "ho-chi-minh"),
        ("TP Cần Thơ", "can-tho"),
        ("TP. Hà Nội", "ha-noi"),
        ("Thành phố Huế", "hue"),
    ],
)
def test_provinces_and_centrally_governed_cities_keep_their_prefixes(name, key):
    assert provinces.get(name).key == key


def test_a_centrally_governed_city_with_its_prefix_on_a_day():
    assert provinces.get("TP Đà Nẵng", on=date(2025, 8, 1)).key == "da-nang-2025"


def test_a_city_figure_in_an_observations_table_is_refused_at_its_row(tmp_path):
    path = tmp_path / "so-lieu.csv"
    path.write_text(
        "Tỉnh,Mã chỉ tiêu,Năm,Giá trị,Ghi chú\n"
        'Thanh Hóa,beds_per_10k,2024,"28,5",ví dụ: số liệu giả định\n'
        'TP Thanh Hóa,doctors_per_10k,2024,"31,2",ví dụ: số liệu giả định\n',
        encoding="utf-8",
    )
    with pytest.raises(PlanDataError) as err:
        read_observations(path)
    (problem,) = err.value.problems
    assert (problem.record, problem.field, problem.value) == ("row 3", "province", "TP Thanh Hóa")
    assert "the city of Thanh Hóa (thành phố thuộc tỉnh)" in str(problem)
    assert "thành phố Thanh Hóa (thành phố thuộc tỉnh) là một đơn vị" in problem.said("vi")
