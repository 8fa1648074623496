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
