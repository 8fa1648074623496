"""The catalogue's indicator named by the variant words plans use: "thấp còi" without "suy
dinh dưỡng", the abbreviation "SDD", "chiều cao/tuổi", "mức sinh thay thế" and "số con
bình quân của một phụ nữ" for total fertility; near-misses keep a draft indicator. Phrases
of our own making (not copied from any evaluation text).
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan


def _codes(sentence: str) -> list[str]:
    text = (
        "KẾ HOẠCH\nThực hiện công tác y tế tỉnh giai đoạn 2021 - 2025\nII. MỤC TIÊU\n"
        "2. Mục tiêu cụ thể\n- " + sentence + "\n"
    )
    return [t.indicator.code for t in draft_plan(text).plan.targets]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Tỷ lệ trẻ dưới 5 tuổi thấp còi giảm còn 20% vào năm 2025.", "stunting_u5"),
        ("Tỷ lệ thấp còi ở trẻ em dưới 5 tuổi dưới 19% vào năm 2025.", "stunting_u5"),
        ("Tỷ lệ trẻ em dưới 5 tuổi bị thấp còi giảm xuống 21% vào năm 2025.", "stunting_u5"),
        ("Tỷ lệ SDD thể thấp còi ở trẻ dưới 5 tuổi còn 22% vào năm 2025.", "stunting_u5"),
        ("Giảm tỷ lệ SDD thấp còi (chiều cao/tuổi) ở trẻ em dưới 5 tuổi xuống 23% vào năm"
         " 2025.", "stunting_u5"),
        ("Tỷ lệ SDD thể nhẹ cân ở trẻ dưới 5 tuổi còn 9% vào năm 2025.", "underweight_u5"),
        ("Tỷ lệ trẻ em dưới 5 tuổi SDD cân nặng theo tuổi dưới 10% vào năm 2025.",
         "underweight_u5"),
        ("Mức sinh thay thế 2,1 con/phụ nữ vào năm 2025.", "tfr"),
        ("Đạt mức sinh thay thế 2,1 con/phụ nữ vào năm 2025.", "tfr"),
    ],
)  # fmt: skip
def test_a_variant_names_the_catalogue_indicator(sentence: str, code: str) -> None:
    assert _codes(sentence) == [code]


@pytest.mark.parametrize(
    "sentence",
    [
        # not children under five: pupils, newborns, another age
        "Tỷ lệ học sinh thấp còi giảm còn 15% vào năm 2025.",
        "Tỷ lệ trẻ từ 5 - 10 tuổi thấp còi giảm còn 14% vào năm 2025.",
        "Tỷ lệ trẻ sơ sinh nhẹ cân dưới 5% vào năm 2025.",
        # wasting, not stunting
        "Tỷ lệ SDD thể gầy còm ở trẻ dưới 5 tuổi dưới 5% vào năm 2025.",
        # "mức sinh thay thế" in a share, not a number of children
        "Tỷ lệ xã đạt mức sinh thay thế 60% vào năm 2025.",
    ],
)
def test_a_near_miss_keeps_a_draft_indicator(sentence: str) -> None:
    codes = _codes(sentence)
    assert codes
    assert all(code.startswith("draft_") for code in codes)
