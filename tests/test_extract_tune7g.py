"""Comparators, changes and units the drafter reads (session 7, tuneG).

Each rule is tested on phrasings of the genre written for these tests (not copied from a
labelled text), with near-misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.segment import year_marks
from vnhealthplan.io.extract.values import find_values


def _targets(text: str) -> list[tuple[str, str, float, float | None, str]]:
    """(kind, comparator, value, upper, period) of each drafted target."""
    out = []
    for t in draft_plan(text).plan.targets:
        upper = None if t.upper is None else float(t.upper.magnitude)
        value = float(t.value.magnitude)
        out.append((t.kind.value, t.comparator.value, value, upper, t.period.code))
    return out


# ---- a year compared with is a base, not the figure's year --------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("giảm 8% số ca mắc so với bình quân giai đoạn 2018-2022", True),
        ("giảm 5% số ca so với trung bình giai đoạn năm 2015 – 2019", True),
        ("tăng 3% so với cùng kỳ năm 2023", True),
        ("giảm 10% so với mức trung bình giai đoạn 2017-2021", True),
        ("giảm 4% so với bình quân 5 năm 2016-2020", True),
        ("giảm 6% so với số mắc trung bình năm giai đoạn 2019-2023", True),
        ("giảm 2% so với năm 2022", True),
        # near-misses: a quota's year, a year to reach after the comparison
        ("đạt 96% so với kế hoạch năm 2024", False),
        ("đạt 90% so với chỉ tiêu năm 2024", False),
        ("giảm so với năm trước và đến năm 2026 đạt 5%", False),
        ("Giai đoạn 2021-2025 giảm 10% số ca mắc", False),
    ],
)
def test_a_compared_year_is_a_base(text: str, base: bool) -> None:
    assert year_marks(text)[-1].reference is base


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch năm 2024.\n\nMục tiêu cụ thể: giảm 12% số ca mắc sởi so với bình quân giai "
        "đoạn 2019-2023; giảm 6% số ca mắc thủy đậu so với giai đoạn 2019-2023.",
        "Kế hoạch năm 2024.\n\nMột số chỉ tiêu: giảm 12% ca mắc sởi/100.000 dân so với trung "
        "bình giai đoạn năm 2019 - 2023, giảm 6% số ca mắc thủy đậu so với cùng kỳ năm 2023.",
    ],
)
def test_a_change_from_a_base_period_is_a_target(text: str) -> None:
    assert [(k, v, y) for k, _, v, _, y in _targets(text)] == [
        ("change", -12, "2024"),
        ("change", -6, "2024"),
    ]


# ---- a range whose two ends each carry the unit --------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đến năm 2030, chiều cao trung bình của nam 18 tuổi tăng từ 2 cm - 3 cm.",
         [("change", "range", 2, 3, "2030")]),
        ("Đến năm 2030, cân nặng sơ sinh trung bình tăng từ 100 gam đến 150 gam.",
         [("change", "range", 100, 150, "2030")]),
        ("Mục tiêu đến năm 2026: tỷ lệ hài lòng đạt từ 85% - 90%.",
         [("level", "range", 85, 90, "2026")]),
        ("Đến năm 2030, giảm tỷ lệ hút thuốc từ 2% đến 3% so với năm 2025.",
         [("change", "range", -3, -2, "2030")]),
    ],
)  # fmt: skip
def test_a_range_with_the_unit_at_each_end(text: str, want: list[tuple[object, ...]]) -> None:
    assert _targets(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # two figures, not a range: words stand between the dash and the second number
        "Mục tiêu đến năm 2026: tỷ lệ A đạt 85% - tỷ lệ B đạt 90%.",
        # a figure that rose from one level to another
        "Năm 2023, chiều cao trung bình tăng từ 163 cm lên 165 cm.",
        # another unit after the dash
        "Mục tiêu đến năm 2026: đạt 85% - 90 người.",
    ],
)
def test_two_figures_with_a_dash_are_not_a_range(text: str) -> None:
    assert all(t[1] != "range" for t in _targets(text))


# ---- comparator words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đến năm 2030, tỷ lệ tử vong do AIDS nhỏ hơn 1/100.000 dân.", ("<", 1)),
        ("Đến năm 2030, tỷ lệ lây truyền HIV từ mẹ sang con ít hơn 2%.", ("<", 2)),
        ("Đến năm 2030, tỷ lệ tiêm chủng đầy đủ lớn hơn 95%.", (">", 95)),
        ("Đến năm 2030, tỷ lệ mổ lấy thai không cao hơn 30%.", ("<=", 30)),
        ("Đến năm 2030, tỷ lệ bao phủ bảo hiểm y tế không thấp hơn 95%.", (">=", 95)),
        ("Đến năm 2030, tỷ lệ nhiễm khuẩn bệnh viện không vượt 5%.", ("<=", 5)),
        ("Năm 2026, giảm số người chết do sốt rét xuống dưới tỷ lệ 0,1/100.000 dân.", ("<", 0.1)),
        ("Năm 2026, khống chế tỷ lệ béo phì ở trẻ em dưới mức 10%.", ("<", 10)),
        ("Năm 2026, khống chế tỷ lệ nhiễm HIV trong cộng đồng dưới ngưỡng 0,3%.", ("<", 0.3)),
        ("Năm 2026, tỷ lệ khám sàng lọc đảm bảo từ 90% trở lên.", (">=", 90)),
        ("Năm 2026, số ca mắc sởi tối đa 2/100.000 dân.", ("<=", 2)),
    ],
)
def test_comparator_words(text: str, want: tuple[str, float]) -> None:
    assert [(c, v) for _, c, v, _, _ in _targets(text)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a verb, then the measure's name: not a comparator of the value
        "Năm 2026, giảm tỷ lệ sinh con thứ ba 0,5%.",
        # "tỷ lệ" names the indicator before the value, with no comparator
        "Năm 2026, đạt tỷ lệ 95% trẻ được tiêm chủng.",
    ],
)
def test_a_measure_word_without_a_comparator_adds_none(text: str) -> None:
    assert all(c in ("=",) for _, c, _, _, _ in _targets(text))


# ---- "duy trì" over the numbers of the indicator's qualifiers -----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đến năm 2027, duy trì tỷ lệ trẻ em 6-36 tháng tuổi được uống vitamin A 2 lần/năm "
         "đạt trên 98%.", [("maintain", ">", 98)]),
        ("Đến năm 2027, duy trì tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gam ở mức dưới 6%.",
         [("maintain", "<", 6)]),
        ("Đến năm 2027, duy trì tỷ lệ phụ nữ 15-49 tuổi được khám phụ khoa đạt 70%.",
         [("maintain", "=", 70)]),
        # near-misses: a verb that moves the level, a second figure of the list
        ("Đến năm 2027, duy trì kết quả tiêm chủng, tăng tỷ lệ trẻ 12 tháng tuổi được tiêm "
         "đủ lên 97%.", [("level", "=", 97)]),
        ("Đến năm 2027, duy trì tỷ lệ trẻ 24 tháng tuổi được tiêm đủ 95% và tỷ lệ phụ nữ có "
         "thai được tiêm phòng uốn ván 90%.", [("maintain", "=", 95), ("level", "=", 90)]),
    ],
)  # fmt: skip
def test_kept_over_qualifier_numbers(text: str, want: list[tuple[str, str, float]]) -> None:
    assert [(k, c, v) for k, c, v, _, _ in _targets(text)] == want


# ---- a weight bound that names whom an indicator counts ------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đến năm 2028, giảm tỷ lệ trẻ sơ sinh có cân nặng dưới 2.500 gam xuống dưới 7%.",
         [("level", "<", 7)]),
        ("Đến năm 2028, tỷ lệ trẻ có cân nặng sơ sinh thấp (< 2500 gam) dưới 6%.",
         [("level", "<", 6)]),
        ("Đến năm 2028, khống chế tỷ lệ trẻ sinh ra có cân nặng lúc sinh (dưới 2500 gram) "
         "ở mức dưới 8%.", [("level", "<", 8)]),
        # near-miss: a weight that is the target itself
        ("Đến năm 2028, cân nặng trung bình của trẻ sơ sinh đạt 3.100 gam.",
         [("level", "=", 3100)]),
    ],
)  # fmt: skip
def test_a_weight_bound_is_part_of_the_name(text: str, want: list[tuple[str, str, float]]) -> None:
    assert [(k, c, v) for k, c, v, _, _ in _targets(text)] == want


# ---- units: "mỗi" as "per", salt per head per day -------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đến năm 2030, số người nhiễm HIV mới phát hiện dưới 800 ca mỗi năm.", "case / year"),
        ("Đến năm 2030, số ca mắc sởi dưới 500 trường hợp mỗi năm.", "case / year"),
        ("Đến năm 2030, giảm lượng muối ăn xuống dưới 7 gam muối/người/ngày.",
         "gram / day / person"),
        ("Đến năm 2030, giảm lượng muối ăn xuống dưới 6 gram/người/ngày.", "gram / day / person"),
        ("Đến năm 2030, lượng muối tiêu thụ trung bình dưới 7g/người/ngày.", "gram / day / person"),
        ("Đến năm 2030, lượng muối tiêu thụ trung bình dưới 5 g/người/ngày.",
         "gram / day / person"),
        # near-miss: "4G" is a network, not 4 grams
        ("Đến năm 2030, 100% trạm y tế được phủ sóng 4G.", "percent"),
    ],
)  # fmt: skip
def test_unit_words(text: str, unit: str) -> None:
    assert [str(t.value.units) for t in draft_plan(text).plan.targets] == [unit]


# ---- "… trở lên" without "từ", a comparator before "đạt", "đến" only after "từ" ------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Đến năm 2027, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95% trở lên.",
         [(">=", 95)]),
        ("Đến năm 2027, tỷ lệ người dân được quản lý sức khỏe đạt 90% trở lên.", [(">=", 90)]),
        ("Đến năm 2027, tỷ lệ nhiễm khuẩn bệnh viện ở mức 5% trở xuống.", [("<=", 5)]),
        ("Đến năm 2027, tỷ lệ hài lòng của người bệnh tối thiểu đạt 90%.", [(">=", 90)]),
        ("Đến năm 2027, tỷ lệ hộ gia đình dùng nước sạch ít nhất đạt 85%.", [(">=", 85)]),
        # near-miss: the age group of the indicator, not a figure
        ("Đến năm 2027, 95% người từ 60 tuổi trở lên được khám sức khỏe định kỳ.", [("=", 95)]),
    ],
)  # fmt: skip
def test_upward_and_comparator_before_verb(text: str, want: list[tuple[str, float]]) -> None:
    assert [(c, v) for _, c, v, _, _ in _targets(text)] == want


def test_two_shares_joined_by_den_without_tu_keep_the_first() -> None:
    # "đến" closes a range only after "từ": the first share is still read
    found = find_values("Năm 2027, tỷ lệ B đạt 90% đến 95%")
    first = found[0].phrase
    assert (first.comparator.value, float(first.value.magnitude)) == ("=", 90)


# ---- a year after "năm" is a date, whatever noun follows ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2026 giảm ít nhất 15% so với năm 2021 số người mắc mới.",
        "Đến năm 2026, so với năm 2022 số trẻ em suy dinh dưỡng giảm 10%.",
        "Đến năm 2026, tăng 5% so với năm 2023 người dân được khám sàng lọc.",
    ],
)
def test_a_year_is_no_count(text: str) -> None:
    draft = draft_plan(text)
    values = [float(r.value.magnitude) for r in (*draft.plan.targets, *draft.plan.observations)]
    assert not [v for v in values if 1945 <= v <= 2100]


def test_a_count_of_people_is_still_read() -> None:
    assert [v for _, _, v, _, _ in _targets("Đến năm 2026, khám sàng lọc cho 2025 người.")] == [
        2025
    ]


def test_higher_than_the_level_of_a_year_is_no_bound() -> None:
    # "cao hơn mức X của năm Y": X is another figure (Y's), not a bound on this one
    found = find_values("tỷ lệ đạt 26,35% (cao hơn mức 25,56% của năm 2019)")
    assert [(v.phrase.comparator.value, float(v.phrase.value.magnitude)) for v in found] == [
        ("=", 26.35),
        ("=", 25.56),
    ]
