"""Count nouns, grades and the year of a change's second figure (tuning round 5, tuneU).

Every phrase here is made up for the test, in the way health plans write them.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.counts import aim_verb, counts_aimed
from vnhealthplan.io.extract.targets import find_figures, find_targets
from vnhealthplan.io.extract.values import find_values
from vnhealthplan.io.extract.yearpairs import paired_year
from vnhealthplan.text import parse_quantity


@pytest.mark.parametrize(
    ("text", "magnitude", "unit"),
    [
        ("2.310 bệnh nhân", 2310, "person"),
        ("57 người bệnh", 57, "person"),
        ("04 ca", 4, "case"),
        ("12.000 lượt người", 12000, "visit"),
        ("350 hộ gia đình", 350, "household"),
        ("18 xã, phường, thị trấn", 18, "commune"),
        ("26 thôn, bản", 26, "village"),
        ("40 thuốc", 40, "medicine"),
        ("05 sinh phẩm", 5, "medicine"),
        ("03 vùng trồng", 3, "zone"),
        ("20 loài", 20, "species"),
        ("02 đề án", 2, "scheme"),
        ("06 lớp tập huấn", 6, "course"),
        ("30 buổi", 30, "session"),
        ("150 mẫu", 150, "sample"),
    ],
)
def test_parse_quantity_reads_count_nouns(text: str, magnitude: int, unit: str) -> None:
    quantity = parse_quantity(text)
    assert quantity.magnitude == magnitude
    assert str(quantity.units) == unit


@pytest.mark.parametrize(
    ("text", "value", "upper", "unit"),
    [
        ("Hình thành được 06 vùng trồng cây thuốc đạt chuẩn", 6, None, "zone"),
        ("bảo tồn 12 - 20 loài cây thuốc quý", 12, 20, "species"),
        ("nhân rộng từ 3 đến 5 mô hình điểm", 3, 5, "scheme"),
    ],
)
def test_find_values_reads_counts_and_ranges(
    text: str, value: int, upper: int | None, unit: str
) -> None:
    (found,) = find_values(text)
    assert found.phrase.value.magnitude == value
    assert (found.phrase.upper and found.phrase.upper.magnitude) == upper
    assert str(found.unit) == unit


def test_aim_verb_and_counted_units() -> None:
    assert aim_verb("Đào tạo được ") == "Đào tạo được"
    assert aim_verb("trong năm có ") == ""
    from vnhealthplan.core.units import registry

    assert counts_aimed(registry().Unit("medicine"))
    assert not counts_aimed(registry().Unit("person"))


def test_a_count_with_an_aim_verb_is_a_target() -> None:
    text = "Mục tiêu đến năm 2030: Hình thành được 06 vùng trồng cây thuốc đạt chuẩn."
    (target,) = find_targets(text, doc_year=2024)
    assert (target.value.magnitude, str(target.value.units)) == (6, "zone")
    assert target.period.code == "2030"


def test_a_count_without_a_verb_is_no_target() -> None:
    text = "Năm 2030, tỉnh có nhiều xã; hội thảo tổ chức tại 06 vùng trồng cây thuốc."
    assert [c for c in find_targets(text, doc_year=2024) if str(c.value.units) == "zone"] == []


def test_at_least_a_count_of_medicines() -> None:
    text = "Đến năm 2030, sản xuất được tối thiểu 40 thuốc generic đạt chuẩn."
    (target,) = find_targets(text, doc_year=2024)
    assert target.phrase.comparator.value == ">="
    assert target.value.magnitude == 40


def test_a_grade_written_before_its_number() -> None:
    (value,) = find_values("Hệ thống quản lý đạt mức độ 4 trở lên theo chuẩn")
    assert value.phrase.comparator.value == ">="
    assert (value.phrase.value, str(value.unit)) == (4, "grade")
    assert find_values("trang thông tin cấp độ 2 của đơn vị")[0].verb is False


def test_the_second_figure_of_a_change_takes_its_own_year() -> None:
    text = "Số người mắc mới giảm từ 250 ca năm 2016 xuống còn 31 ca trong 6 tháng\nđầu năm 2021."
    start = text.index("xuống")
    mark = paired_year(text, (start, start + 15), (0, len(text)))
    assert mark is not None
    assert mark.period.code == "2021"
    figures = find_figures(text, doc_year=2022)
    years = {c.value.magnitude: c.period.code for c in figures if c.role == "observation"}
    assert years.get(31) == "2021"


def test_a_year_before_without_a_turn_is_kept() -> None:
    text = "Năm 2020 ghi nhận 31 ca bệnh, phần lớn ở vùng cao năm 2021"
    start = text.index("31")
    assert paired_year(text, (start, start + 11), (0, len(text))) is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("1 dược sĩ/100 giường bệnh", "pharmacist / hundred_beds"),
        ("3 người/1.000 đơn thuốc", "person / thousand_prescriptions"),
        ("4 ca/1.000 phụ nữ", "case / thousand_women"),
        ("2 trường hợp/100.000 trẻ em", "case / hundred_thousand_children"),
    ],
)
def test_parse_quantity_reads_a_count_per_n_of_another(text: str, unit: str) -> None:
    assert str(parse_quantity(text).units) == unit


def test_a_staffing_norm_with_words_in_its_numerator() -> None:
    text = "Bảo đảm 02 người làm công tác dược lâm sàng/100 giường bệnh nội trú"
    (value,) = find_values(text)
    assert (float(value.phrase.value), str(value.unit)) == (2, "person / hundred_beds")
    (target,) = find_targets("Năm 2030: 1 dược sĩ lâm sàng/1.000 đơn thuốc ngoại trú.")
    assert str(target.value.units) == "pharmacist / thousand_prescriptions"


def test_a_list_item_takes_the_verb_of_the_item_before() -> None:
    text = (
        "Năm 2027 phấn đấu toàn tỉnh đạt 30 giường bệnh/vạn dân; 11 bác sĩ/vạn dân; "
        "96 trạm y tế có bác sĩ."
    )
    values = find_values(text)
    assert [v.verb for v in values] == [True, True, True]
    targets = find_targets(text, doc_year=2026)
    assert [c.value.magnitude for c in targets] == [30, 11, 96]


def test_a_list_item_takes_the_aim_verb_before() -> None:
    text = "Đến năm 2030: Hình thành được 04 vùng trồng dược liệu; 06 – 08 vùng trồng quy mô nhỏ"
    values = find_values(text)
    assert [v.aim for v in values] == ["Hình thành được", "Hình thành được"]
    found = [(c.value.magnitude, c.upper) for c in find_targets(text, doc_year=2024)]
    assert [(value, upper and upper.magnitude) for value, upper in found] == [(4, None), (6, 8)]


def test_an_item_with_words_before_its_number_keeps_its_own_reading() -> None:
    values = find_values("đạt 30 giường bệnh/vạn dân; tỉnh có khoảng 50 thôn, bản ở vùng cao")
    assert values[1].verb is True  # "khoảng": its own comparator
    values = find_values("đạt 30 giường bệnh/vạn dân; hội nghị tại 50 thôn, bản")
    assert (values[1].verb, values[1].lead) == (False, False)


def test_a_breakdown_by_sex_takes_the_count_unit() -> None:
    text = "Hiện quản lý 1.240 người bệnh lao (nam: 870, nữ: 370) tại cộng đồng"
    found = [(text[slice(*v.span)], str(v.unit)) for v in find_values(text)]
    assert found == [("1.240 người bệnh", "person"), ("870", "person"), ("370", "person")]


def test_no_breakdown_outside_its_parentheses_or_of_a_share() -> None:
    text = "có 20 người (ở 3 xã), nam: 12"
    assert [text[slice(*v.span)] for v in find_values(text)] == ["20 người", "3 xã"]
    assert len(find_values("đạt 95% (nam: 96, nữ: 94)")) == 1


def test_counts_achieved_or_only_mentioned_are_no_targets() -> None:
    text = "Trong năm 2024 đã xây dựng được 12 mô hình; năm 2025 phấn đấu có thêm 05 mô hình."
    found = [(c.value.magnitude, c.period.code) for c in find_targets(text, doc_year=2024)]
    assert found == [(5, "2025")]
    assert find_targets("Năm 2025, Kế hoạch được gửi đến 15 xã, phường.", doc_year=2024) == []
    text = "Đến năm 2025 phấn đấu có 15 xã, phường đạt tiêu chí quốc gia về y tế."
    assert [c.value.magnitude for c in find_targets(text, doc_year=2024)] == [15]
