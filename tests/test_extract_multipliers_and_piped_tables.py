"""Reading status figures of the genre: multipliers, densities, facility counts (wave 2)."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.targets import find_figures
from vnhealthplan.io.extract.values import find_values
from vnhealthplan.text import parse_target_phrase


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("khoảng 250 nghìn người", 250000, "person"),
        ("trên 12 ngàn trẻ em", 12000, "child"),
        ("1,5 triệu lượt", 1500000, "visit"),
        ("hơn 3 triệu người", 3000000, "person"),
        ("2 tỷ người", 2000000000, "person"),
    ],
)
def test_a_multiplier_word_scales_the_number(phrase: str, value: int, unit: str) -> None:
    read = parse_target_phrase(phrase)
    assert read.value.magnitude == value
    assert str(read.value.units) == unit


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [("450 triệu đồng", 450, "million_dong"), ("hơn 2 tỷ đồng", 2, "billion_dong")],
)
def test_money_keeps_its_scaled_unit(phrase: str, value: int, unit: str) -> None:
    read = parse_target_phrase(phrase)
    assert (read.value.magnitude, str(read.value.units)) == (value, unit)


def test_a_multiplier_before_a_share_is_no_unit() -> None:
    assert find_values("tăng 5 nghìn % so với") == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2018 cả nước có khoảng 120 nghìn người mắc mới.",
        "Năm 2018 ghi nhận trên 7 nghìn ca mắc sốt xuất huyết.",
    ],
)
def test_a_status_figure_with_a_multiplier(text: str) -> None:
    (figure,) = find_figures(text, doc_year=2020)
    assert figure.role == "observation"
    assert figure.value.magnitude in (120000, 7000)


def _piped(*cells: str) -> str:
    return "\n|\n".join(cells) + "\n"


def test_a_piped_table_of_population_by_sex() -> None:
    from vnhealthplan.io.extract.piped import piped_figures

    text = "Cơ cấu dân số huyện năm 2022\n" + _piped(
        "Nhóm", "Tổng số", "Nam", "Nữ", "Tổng", "52.310", "25.900", "26.410"
    )
    found = piped_figures(text)
    assert [(c.value.magnitude, c.period.code) for c in found] == [
        (52310, "2022"),
        (25900, "2022"),
        (26410, "2022"),
    ]
    assert {str(c.value.units) for c in found} == {"person"}
    assert text[slice(*found[1].span)] == "Tổng\n|\n52.310\n|\n25.900"


def test_a_piped_table_takes_its_years_from_the_headings() -> None:
    from vnhealthplan.io.extract.piped import piped_figures

    text = _piped("Chỉ số", "2021", "2022", "Tỷ lệ tiêm chủng đầy đủ (%)", "95,1", "96,4")
    found = piped_figures(text, 2023)
    assert [(c.value.magnitude, str(c.value.units), c.period.code) for c in found] == [
        (95.1, "percent", "2021"),
        (96.4, "percent", "2022"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        _piped("SỞ Y TẾ TỈNH Y", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 45/KH-SYT"),
        "Chỉ tiêu kế hoạch đến năm 2025\n" + _piped("Nội dung", "Số người", "Tổng", "1.500"),
        _piped("Nội dung", "Ghi chú", "Tổng", "1.500"),  # no unit anywhere
        _piped("Chỉ số", "2025", "2030", "Số giường bệnh", "1.400", "1.600"),  # years to come
    ],
)
def test_piped_tables_without_figures(text: str) -> None:
    from vnhealthplan.io.extract.piped import piped_figures

    assert piped_figures(text, 2020) == []


def test_a_piped_cell_repeating_an_earlier_figure_is_not_drafted_again() -> None:
    from vnhealthplan.io.extract.piped import piped_figures

    text = "Dân số 41.250 người.\nDân số năm 2020\n" + _piped(
        "Nhóm", "Tổng số", "Nam", "Tổng", "41.250", "20.100"
    )
    assert [c.value.magnitude for c in piped_figures(text)] == [20100]


@pytest.mark.parametrize(
    ("phrase", "value", "unit", "written"),
    [
        ("dưới 5 gam/người/ngày", 5, "gram / day / person", "g/người/ngày"),
        ("đạt 400 g/người/ngày", 400, "gram / day / person", "g/người/ngày"),
        ("dưới 6 lít/người/năm", 6, "liter / person / year", "lít/người/năm"),
        ("380 người/km2", 380, "person / square_kilometer", "người/km²"),
        ("250 ml/người/ngày", 250, "milliliter / day / person", "ml/người/ngày"),
    ],
)
def test_intakes_per_head_per_day_and_densities(
    phrase: str, value: int, unit: str, written: str
) -> None:
    from vnhealthplan.text import format_unit, parse_unit

    read = parse_target_phrase(phrase)
    assert (read.value.magnitude, str(read.value.units)) == (value, unit)
    assert format_unit(read.value.units) == written
    assert parse_unit(written) == read.value.units


def test_an_intake_target_is_read_in_running_text() -> None:
    text = "Phấn đấu đến năm 2030 giảm lượng muối ăn trung bình còn dưới 5 gam/người/ngày."
    (figure,) = find_figures(text, doc_year=2024)
    assert (figure.role, figure.value.magnitude, figure.period.code) == ("target", 5, "2030")


def test_a_network_generation_is_no_mass() -> None:
    (value,) = find_values("phủ sóng 5G tại 100% xã")
    assert value.phrase.value.magnitude == 100
