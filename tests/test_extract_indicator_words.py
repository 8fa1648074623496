"""Which indicator a report's figure is, on phrases of our own making (not copied from any
evaluation text): abbreviated sub-populations, figures of another place, the genre's
spellings of the catalogue's indicators, and a figure named only by its sentence.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.qualifiers import foreign_qualifiers, qualifiers


def _records(text: str) -> list[tuple[str, float, str]]:
    plan = draft_plan(text).plan
    found = [*plan.targets, *plan.observations]
    return [
        ("draft" if r.indicator.code.startswith("draft_") else r.indicator.code,
         round(float(r.value.magnitude), 4), r.period.code)
        for r in found
    ]  # fmt: skip


# ---- abbreviated sub-populations -----------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("100% NCT được khám sức khỏe định kỳ", "age:elderly"),
        ("tỷ lệ HS có thẻ BHYT", "age:pupil"),
        ("90% HSSV tham gia bảo hiểm y tế", "age:pupil"),
        ("95% PNMT được xét nghiệm HIV", "population:pregnant"),
        ("80% PNCT được tiêm phòng uốn ván", "population:pregnant"),
        ("tỷ lệ NKT được chăm sóc tại cộng đồng", "population:disabled"),
        ("đồng bào DTTS được cấp thẻ BHYT", "population:ethnic minority"),
        ("70% NLĐ được khám sức khỏe", "population:workers"),
        ("80% người NCMT được điều trị Methadone", "population:key population"),
        ("tỷ lệ nhiễm HIV trong nhóm MDM", "population:key population"),
        ("tỷ lệ ĐTNC được tiếp cận bơm kim tiêm", "population:key population"),
    ],
)
def test_abbreviations_are_their_families(words: str, expected: str) -> None:
    assert expected in qualifiers(words)


def test_an_abbreviated_group_is_not_the_whole_population() -> None:
    assert foreign_qualifiers("100% NCT có thẻ bảo hiểm y tế", "health_insurance_coverage")
    assert not foreign_qualifiers("95% dân số có thẻ bảo hiểm y tế", "health_insurance_coverage")
    assert _records("Đến năm 2030, phấn đấu 100% NCT có thẻ BHYT.")[0][0] == "draft"


def test_words_that_only_look_like_abbreviations_are_not_qualifiers() -> None:
    assert qualifiers("trạm y tế xã có bác sĩ") == frozenset()
    assert qualifiers("tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế") == frozenset()


# ---- figures of another place ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tỷ suất tử vong trẻ em dưới 1 tuổi là 5,2‰ (toàn quốc 12,1‰).",
        "Năm 2024, tỷ suất tử vong trẻ em dưới 1 tuổi là 5,2‰, cả nước là 12,1‰.",
        "Năm 2024, tỷ suất tử vong trẻ em dưới 1 tuổi là 5,2‰ (bình quân chung cả nước 12,1‰).",
        "Năm 2024, tỷ suất tử vong trẻ em dưới 1 tuổi là 5,2‰ (mức trung bình của khu vực 12,1‰).",
        "Năm 2024, tỷ suất tử vong trẻ em dưới 1 tuổi là 5,2‰ (vùng Tây Nguyên 12,1‰).",
        "Năm 2024, tỷ suất tử vong trẻ em dưới 1 tuổi là 5,2‰; các tỉnh trong khu vực 12,1‰.",
    ],
)
def test_another_places_figure_is_not_the_provinces_indicator(text: str) -> None:
    records = _records(text)
    assert ("imr", 5.2, "2024") in records
    assert ("draft", 12.1, "2024") in records


def test_a_national_plan_names_the_country_with_its_indicator() -> None:
    text = "Năm 2025, tỷ lệ bao phủ bảo hiểm y tế toàn quốc đạt 95%."
    assert _records(text) == [("health_insurance_coverage", 95.0, "2025")]


def test_the_province_and_its_parts_are_not_elsewhere() -> None:
    text = "Năm 2024, tỷ suất tử vong trẻ em dưới 1 tuổi toàn tỉnh là 5,2‰."
    assert _records(text) == [("imr", 5.2, "2024")]


# ---- bare figures of a name that carries its unit ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đến năm 2025, số giường bệnh trên vạn dân đạt 35.", ("beds_per_10k", 35.0, "2025")),
        ("Đến năm 2025, số giường bệnh/vạn dân đạt 35.", ("beds_per_10k", 35.0, "2025")),
        ("Đến năm 2025, số bác sĩ trên 10.000 dân đạt 12.", ("doctors_per_10k", 12.0, "2025")),
        ("Đến năm 2025, số dược sĩ đại học/vạn dân đạt 3,5.", ("pharmacists_per_10k", 3.5, "2025")),
        ("Đến năm 2030, tổng tỷ suất sinh dưới 2,1 con.", ("tfr", 2.1, "2030")),
        ("Đến năm 2030, tổng tỷ suất sinh duy trì ở mức 2,1.", ("tfr", 2.1, "2030")),
        ("Đến năm 2030, tuổi thọ trung bình đạt 75,5.", ("life_expectancy", 75.5, "2030")),
        ("Đến năm 2030, tỷ số giới tính khi sinh dưới 109.", ("srb", 109.0, "2030")),
    ],
)
def test_a_name_that_carries_its_unit_reads_a_bare_figure(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert _records(text) == [expected]


def test_the_figures_set_beside_a_bare_figure_take_its_unit() -> None:
    text = "Năm 2024, số giường bệnh trên vạn dân đạt 38,2 (kế hoạch giao 38, cả nước đạt 30)."
    records = _records(text)
    assert ("beds_per_10k", 38.2, "2024") in records
    assert ("beds_per_10k", 38.0, "2024") in records
    assert ("draft", 30.0, "2024") in records


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tổng tỷ suất sinh của 5 huyện miền núi còn cao.",
        "Năm 2024, tuổi thọ trung bình tăng, 17/20 chỉ tiêu đạt kế hoạch.",
        "Năm 2024, số giường bệnh trên vạn dân tăng ở 3 bệnh viện tuyến huyện.",
    ],
)
def test_a_number_that_is_not_the_named_figure_is_left_alone(text: str) -> None:
    assert _records(text) == []


# ---- the genre's spellings of the catalogue's indicators ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đến năm 2030, quy mô dân số dưới 2,5 triệu người.", ("population", 2.5e6, "2030")),
        ("Đến năm 2030, quy mô dân số không quá 2,5 triệu người.", ("population", 2.5e6, "2030")),
        ("Đến năm 2030, dân số của tỉnh ở mức 1.600.000 người.", ("population", 1.6e6, "2030")),
        ("Năm 2021, dân số thành phố khoảng 980.000 người.", ("population", 9.8e5, "2021")),
        ("Năm 2021, dân số tỉnh Nam Định là 1.780.000 người.", ("population", 1.78e6, "2021")),
        ("Năm 2021, tỷ suất sinh thô là 15,2‰.", ("crude_birth_rate", 15.2, "2021")),
        ("Năm 2021, tỷ số giới tính khi sinh là 112 bé trai/100 bé gái.", ("srb", 112.0, "2021")),
        ("Năm 2021, tỷ suất tử vong trẻ em dưới 1 tuổi là 9,5‰.", ("imr", 9.5, "2021")),
    ],
)
def test_the_genres_spellings_name_the_catalogue_indicator(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert _records(text) == [expected]


def test_a_growth_of_the_population_is_not_its_size() -> None:
    text = "Năm 2021, quy mô dân số tăng thêm 15.000 người."
    assert [code for code, *_ in _records(text)] == ["draft"]


# ---- children with no age band -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân giảm còn 12,5%.",
        "Năm 2023, tỉnh có 12,5% trẻ suy dinh dưỡng thể thấp còi.",
        "Năm 2023, tỷ lệ trẻ mầm non suy dinh dưỡng thể thấp còi là 12,5%.",
    ],
)
def test_children_with_no_age_band_are_not_the_under_fives(text: str) -> None:
    assert [code for code, *_ in _records(text)] == ["draft"]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi là 12,5%.",
        "Năm 2023, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi là 12,5%.",
        "Năm 2023, tỷ lệ suy dinh dưỡng thể thấp còi là 12,5%.",
    ],
)
def test_the_under_fives_keep_their_indicator(text: str) -> None:
    assert [code for code, *_ in _records(text)] == ["stunting_u5"]


# ---- funds had or spent are not the plan's budget -------------------------------------------


def test_a_budget_reported_as_had_is_not_the_plans_budget() -> None:
    plan = draft_plan("Năm 2019, kinh phí thực hiện kế hoạch hiện có 23 tỷ đồng.").plan
    assert [o.indicator.code[:6] for o in plan.observations] == ["draft_"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2023, số bác sĩ/vạn dân đạt 11,5 (bình quân cả nước 12,5).",
            [("doctors_per_10k", 11.5, "2023"), ("draft", 12.5, "2023")],
        ),
        (
            "Năm 2023, số giường bệnh trên vạn dân đạt 31 (kế hoạch 30, bình quân chung 29,5).",
            [
                ("beds_per_10k", 31.0, "2023"),
                ("beds_per_10k", 30.0, "2023"),
                ("draft", 29.5, "2023"),
            ],
        ),
        ("Năm 2023, tổng tỷ suất sinh giảm 0,1 con.", [("tfr", -0.1, "2023")]),
    ],
)
def test_figures_beside_and_changes_of_a_named_figure(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _records(text) == expected


def test_wasting_is_not_underweight() -> None:
    text = "Đến năm 2025, tỷ lệ suy dinh dưỡng thể nhẹ cân dưới 10%, thể gầy còm dưới 5%."
    assert [code for code, *_ in _records(text)] == ["underweight_u5", "draft"]
