"""Figures the drafter never saw: a bare figure whose unit the words before it name.

"(bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có 2,1 con)", "nâng mức sinh từ 1,33 con/bà
mẹ lên 1,4 vào năm 2025 và 1,6 vào năm 2030", "số bác sĩ trên mỗi 10.000 dân đạt mốc là
10", and the sex ratio written short ("dưới 115 trai/100 gái"). Phrases of our own making
(not copied from any evaluation text), each with near-misses that must not be drafted.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan


def _targets(sentence: str) -> list[tuple[str, str, float, str]]:
    text = (
        "KẾ HOẠCH\nThực hiện công tác dân số tỉnh giai đoạn 2021 - 2030\nII. MỤC TIÊU\n"
        "2. Mục tiêu cụ thể\n- " + sentence + "\n"
    )
    return [
        (t.indicator.code, t.kind.value, float(t.value.magnitude), str(t.value.units))
        for t in draft_plan(text).plan.targets
    ]


_TFR = "live_birth / woman"


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("Đến năm 2030, giữ vững mức sinh thay thế (bình quân mỗi phụ nữ trong độ tuổi sinh "
         "đẻ có 2,1 con) trên toàn tỉnh.", "maintain", 2.1),
        ("Đến năm 2030, duy trì mức sinh thay thế (bình quân mỗi phụ nữ có 2 con).",
         "maintain", 2),
        ("Đến năm 2030, duy trì mức sinh thay thế (trung bình mỗi phụ nữ trong độ tuổi sinh "
         "đẻ có 2,05 con), quy mô dân số khoảng 1,5 triệu người.", "maintain", 2.05),
        ("Đến năm 2030, phấn đấu mỗi phụ nữ trong độ tuổi sinh đẻ có 2,1 con.", "level", 2.1),
        ("Đến năm 2025, tăng mức sinh từ 1,5 con/phụ nữ lên 1,7 vào năm 2025.", "level", 1.7),
        ("Nâng mức sinh của tỉnh từ 1,42 con/phụ nữ năm 2020 lên 1,6 vào năm 2025 và 1,8 "
         "vào năm 2030.", "level", 1.8),
    ],
)  # fmt: skip
def test_births_per_woman_named_before_the_figure(sentence: str, kind: str, value: float) -> None:
    assert ("tfr", kind, value, _TFR) in _targets(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a group's threshold, with a comparator: who the group is, not a level
        "Đến năm 2030, giảm mức sinh ở các huyện có mức sinh cao (bình quân mỗi phụ nữ có "
        "trên 2,5 con).",
        "Đến năm 2030, tăng mức sinh ở các xã có mức sinh thấp (bình quân mỗi phụ nữ trong độ "
        "tuổi sinh đẻ có dưới 1,8 con).",
        # "con" that is no birth count, or a figure of another unit after the name
        "Đến năm 2025, mỗi phụ nữ có 2 con nhỏ được hỗ trợ 500.000 đồng.",
        "Đến năm 2025, mỗi phụ nữ có thai được khám thai ít nhất 4 lần.",
        "Đến năm 2025, mỗi phụ nữ có 1 lần khám sàng lọc ung thư cổ tử cung.",
        "Đến năm 2030, duy trì mức sinh thay thế và 3 huyện có mức sinh thấp.",
        "Đến năm 2025, điều chỉnh mức sinh ở 7 huyện và 2 thành phố.",
    ],
)
def test_no_births_per_woman_in_near_misses(sentence: str) -> None:
    assert all(unit != _TFR for *_, unit in _targets(sentence))


def test_a_bare_figure_after_a_per_population_name() -> None:
    got = _targets("Đến năm 2025, số lượng bác sĩ trên mỗi 10.000 dân đạt mốc là 10.")
    assert got == [("doctors_per_10k", "level", 10, "doctor / ten_thousand_people")]
    got = _targets("Đến năm 2025, số giường bệnh trên mỗi vạn dân đạt 32.")
    assert got == [("beds_per_10k", "level", 32, "bed / ten_thousand_people")]


def test_a_ratio_written_with_a_figure_after_it_is_not_split() -> None:
    # "108,3/100": the number is 108,3 (a ratio), never 108 with ",3" left over
    got = _targets("Đến năm 2030, mức sinh đạt 1,8 con/phụ nữ (hiện là 108,3/100).")
    assert all(value != 108 for _, _, value, _ in got)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Đến năm 2025, tỷ số giới tính khi sinh dưới 110 trai/100 gái.", 110),
        ("Đến năm 2030, đưa tỷ số giới tính khi sinh về mức 107 trai/100 gái.", 107),
        ("Khống chế tỷ số giới tính khi sinh dưới 112 trai/100 gái vào năm 2025.", 112),
    ],
)
def test_a_sex_ratio_written_short(sentence: str, value: float) -> None:
    assert any(code == "srb" and v == value for code, _, v, _ in _targets(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Đến năm 2025, 300 trai và 200 gái được tư vấn tiền hôn nhân.",
        "Đến năm 2025, 50 trai tráng tham gia đội dân quân.",
    ],
)
def test_trai_alone_is_no_unit(sentence: str) -> None:
    assert all(code != "srb" for code, *_ in _targets(sentence))
