"""Which indicator a count of places takes, and numbers with a multiplier word inside, on
phrases of our own making (not copied from any evaluation text).

* a count of "cơ sở" is the catalogue's ``health_facilities`` unless its words name another
  kind of place: food businesses, the sites of HIV and drug programmes, schools, social
  protection centres are counted under a draft indicator of the plan's own;
* "1 triệu 7.139 người" is 1007139 people and "2 tỷ 500 triệu đồng" 2500 million dong;
  "1 triệu, 7.139 người" is two figures.
"""

from __future__ import annotations

import pytest

from vnhealthplan.core.units import registry
from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.catalogued import counted_places
from vnhealthplan.io.extract.qualifiers import facility_kinds, foreign_qualifiers
from vnhealthplan.io.extract.values import find_values
from vnhealthplan.text import ParseError, parse_target_phrase

# ---- the kind of place a count counts -----------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "Toàn tỉnh hiện có 312 cơ sở kinh doanh dịch vụ ăn uống",
        "Năm 2023 kiểm tra 1.250 cơ sở sản xuất, chế biến thực phẩm",
        "Hiện có 14 cơ sở điều trị Methadone và 6 điểm cấp phát thuốc",
        "Tỉnh duy trì 9 cơ sở điều trị ARV cho người nhiễm HIV",
        "có 48 cơ sở giáo dục mầm non tổ chức bếp ăn",
        "Toàn tỉnh có 5 cơ sở bảo trợ xã hội",
        "Hiện có 120 cơ sở giết mổ gia súc, gia cầm",
    ],
)
def test_a_count_of_other_places_is_no_health_facility_count(words: str) -> None:
    assert counted_places(registry().Unit("facility"), words) == ""


@pytest.mark.parametrize(
    "words",
    [
        "Toàn tỉnh có 1.020 cơ sở hành nghề y, dược tư nhân",
        "Hiện có 35 cơ sở khám, chữa bệnh công lập",
        "có 420 nhà thuốc, quầy thuốc đạt chuẩn",
        "có 12 cơ sở y tế tham gia điều trị ARV",  # health facilities that also treat HIV
        "có 28 cơ sở y tế tuyến huyện",
        "226 cơ sở thuộc hệ thống y tế",  # "thuộc" (belongs to) is no "thuốc" (medicine)
        "Toàn tỉnh có 40 cơ sở",  # nothing says what kind: the catalogue's count
    ],
)
def test_health_facilities_keep_the_catalogue_count(words: str) -> None:
    assert counted_places(registry().Unit("facility"), words) == "health_facilities"


def test_the_kind_of_place_does_not_rule_out_other_indicators() -> None:
    # a share of people treated with ARV is not a count of places: no facility family
    words = "tỷ lệ người nhiễm HIV được điều trị ARV tại cơ sở"
    assert facility_kinds(words) == {"facility:HIV or drug programme"}
    foreign = foreign_qualifiers(words, "population_health_managed")
    assert not any(q.startswith("facility:") for q in foreign)
    assert counted_places(registry().Unit("bed"), "cơ sở kinh doanh thực phẩm") == ""


def test_a_drafted_count_of_food_businesses_is_a_draft_indicator() -> None:
    text = "Báo cáo kết quả năm 2024. Hiện có 530 cơ sở sản xuất, kinh doanh thực phẩm."
    codes = [o.indicator.code for o in draft_plan(text).plan.observations]
    assert codes
    assert all(code.startswith("draft_") for code in codes)
    text = "Báo cáo kết quả năm 2024. Toàn tỉnh hiện có 1.020 cơ sở hành nghề y tư nhân."
    codes = [o.indicator.code for o in draft_plan(text).plan.observations]
    assert codes == ["health_facilities"]


# ---- numbers with a multiplier word inside ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("đạt 1 triệu 7.139 người", 1_007_139, "person"),
        ("khoảng 2 triệu 150 nghìn người", 2_150_000, "person"),
        ("1 triệu 50 nghìn lượt", 1_050_000, "visit"),
        ("2 tỷ 500 triệu đồng", 2500, "million_dong"),
        ("3 nghìn 200 người", 3200, "person"),
        ("khoảng 1,2 triệu người", 1_200_000, "person"),
        ("dưới 1,4 triệu người", 1_400_000, "person"),
    ],
)
def test_a_number_with_a_multiplier_word_inside(phrase: str, value: float, unit: str) -> None:
    read = parse_target_phrase(phrase)
    assert read.value.magnitude == value
    assert str(read.value.units) == unit


@pytest.mark.parametrize(
    "phrase",
    [
        "1 triệu 2.000.000 người",  # the second number is no part of the first's millions
        "1 triệu 5%",  # a share after a count
        "500 triệu 2 năm",  # a time after money
        "1 triệu, 7.139 người",  # two figures
    ],
)
def test_near_misses_are_no_compound_number(phrase: str) -> None:
    with pytest.raises(ParseError):
        parse_target_phrase(phrase)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Dân số toàn tỉnh đạt 1 triệu 7.139 người", [("đạt 1 triệu 7.139 người", 1_007_139)]),
        ("Tổng kinh phí là 2 tỷ 500 triệu đồng", [("2 tỷ 500 triệu đồng", 2500)]),
        ("dân số 1 triệu, 7.139 người", [("7.139 người", 7139)]),
        ("kinh phí 500 triệu 2 năm đầu", [("2 năm", 2)]),
        ("đạt 1 triệu 5% dân số", [("5%", 5)]),
    ],
)
def test_values_in_prose(text: str, found: list[tuple[str, float]]) -> None:
    values = find_values(text)
    assert [(text[slice(*v.span)], v.phrase.value.magnitude) for v in values] == found
