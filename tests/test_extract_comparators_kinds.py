"""Comparators, kinds and signs of drafted targets (session 11, tuneK11).

Each rule is a general mechanism of the genre: a lower bound opened by "từ" with no upper
end, a compound bound "dưới/trên hoặc bằng", a lead word after a bracket, a change's verb
carried to the next figure of a series by year or to a parallel rate of its list, and names
that are themselves a change (growth rates, "mức giảm số …"). The phrasings are of our own
making (not copied from any evaluation text), each with near misses that must not change.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.values import find_values


def _targets(sentence: str) -> list[tuple[str, str, float, float | None]]:
    text = (
        "KẾ HOẠCH\nThực hiện công tác y tế tỉnh giai đoạn 2021 - 2025\nII. MỤC TIÊU\n"
        "2. Mục tiêu cụ thể\n- " + sentence + "\n"
    )
    return [
        (
            t.comparator.value,
            t.kind.value,
            float(t.value.magnitude),
            None if t.upper is None else float(t.upper.magnitude),
        )
        for t in draft_plan(text).plan.targets
    ]


def _values(text: str) -> list[tuple[str, str, float]]:
    return [
        (v.phrase.comparator.value, v.phrase.kind.value, float(v.phrase.value.magnitude))
        for v in find_values(text)
    ]


# --- "từ" with no upper end: at least the figure ---------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Bảo đảm từ 85% phụ nữ mang thai được khám thai đủ 4 lần vào năm 2025.", 85),
        ("Đảm bảo từ 70% trạm y tế xã có nữ hộ sinh vào năm 2025.", 70),
        ("Tỷ lệ xã đạt tiêu chí quốc gia về y tế đạt từ 92% vào năm 2025.", 92),
        ("Phấn đấu có từ 5 bệnh viện công lập trở lên tự chủ tài chính vào năm 2025.", 5),
        ("Xây dựng mới ít nhất từ 3 trạm y tế đạt chuẩn trở lên vào năm 2025.", 3),
        ("Có từ 4 trung tâm y tế huyện trở lên đạt chuẩn vào năm 2025.", 4),
    ],
)
def test_an_open_from_is_at_least(sentence: str, value: float) -> None:
    found = [(c, v) for c, _, v, _ in _targets(sentence)]
    assert (">=", value) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range: "từ … đến", "từ … -"
        ("đảm bảo từ 80 đến 90% trẻ em được tiêm chủng", [("range", "level", 80)]),
        ("đạt từ 85 - 90% số xã", [("range", "level", 85)]),
        # a pair from → to
        ("giảm từ 216 người xuống còn 186 người", [("=", "level", 216), ("=", "level", 186)]),
        # no aim word before "từ": who is counted
        ("số vụ ngộ độc từ 30 người mắc trở lên", [("=", "level", 30)]),
        # a weak lead word without "trở lên"
        ("có từ 5 bệnh viện tham gia", [("=", "level", 5)]),
        # all of a share
        ("đảm bảo từ 100% trạm y tế có bác sĩ", [("=", "level", 100)]),
    ],
)
def test_a_closed_or_unaimed_from_keeps_its_reading(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _values(text) == expected


def test_a_lead_word_after_a_bracket_is_read() -> None:
    assert _values("(đảm bảo 70% cơ sở khám bệnh triển khai bệnh án điện tử)") == [
        (">=", "level", 70)
    ]
    assert _values("(đảm bảo 100% cơ sở)") == [("=", "level", 100)]  # all of it
    assert _values("(70% cơ sở)") == [("=", "level", 70)]


# --- "dưới/trên hoặc bằng" --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "comparator", "value"),
    [
        ("khống chế tỷ lệ mắc dưới hoặc bằng 5 ca/100.000 dân", "<=", 5),
        ("giảm tỷ lệ suy dinh dưỡng xuống dưới hoặc bằng 12%", "<=", 12),
        ("tỷ lệ tiêm chủng trên hoặc bằng 95%", ">=", 95),
        ("tỷ lệ tiêm chủng dưới 95%", "<", 95),  # near misses: the plain bounds
        ("tỷ lệ tiêm chủng trên 95%", ">", 95),
        ("tỷ lệ bằng 10%", "=", 10),
    ],
)
def test_below_or_above_or_equal_are_inclusive_bounds(
    text: str, comparator: str, value: float
) -> None:
    assert (comparator, "level", value) in _values(text)


# --- a change's verb carried to the next figure of a series by year -------------------


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("giảm 15% số ca tai nạn năm 2025 và 30% vào năm 2030", -30),
        ("giảm 10% số ca tử vong vào năm 2025 và 25% vào năm 2030 so với năm 2020", -25),
        ("tăng 5% số người tập luyện đến năm 2025 và 10% đến năm 2030", 10),
        ("giảm 8% số vụ ngộ độc năm 2025, và 12% năm 2030", -12),
        ("giảm ít nhất 20% số ca năm 2025 và 40% năm 2030", -40),  # the bound stays behind
    ],
)
def test_a_series_by_year_shares_the_change(text: str, second: float) -> None:
    found = _values(text)
    assert found[-1] == ("=", "change", second)


@pytest.mark.parametrize(
    "text",
    [
        # the second figure names its own measure
        "giảm 10% số ca tử vong vào năm 2025 và 20% hộ gia đình biết bơi năm 2030",
        # it has a verb of its own
        "giảm 10% số ca tử vong vào năm 2025 và đạt 20% vào năm 2030",
        # the first is a level
        "giảm xuống còn 30% năm 2025 và 20% năm 2030",
        # no year after the second figure
        "giảm 10% số ca tử vong vào năm 2025 và 20% số hộ",
        # a clause break between
        "giảm 10% số ca năm 2025; 20% vào năm 2030",
    ],
)
def test_a_figure_of_its_own_after_a_change_stays_a_level(text: str) -> None:
    assert _values(text)[-1][1] == "level"


def test_parallel_rates_of_a_list_share_the_change() -> None:
    text = "mỗi năm phải tăng 2,1 giường bệnh/vạn dân, 0,4 bác sĩ/vạn dân"
    assert _values(text) == [("=", "change", 2.1), ("=", "change", 0.4)]
    # near misses: a share, a count, a clause break
    assert _values("thu ngân sách tăng 5%, 95% người dân có thẻ")[-1] == ("=", "level", 95)
    assert _values("tăng 1 giường bệnh/vạn dân, 20 bệnh viện")[-1][1] == "level"
    assert _values("tăng 1 giường bệnh/vạn dân; 9 bác sĩ/vạn dân")[-1][1] == "level"


# --- names that are themselves a change ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tốc độ tăng trưởng kinh tế bình quân 7%/năm", ("=", "change", 7)),
        ("tốc độ tăng trưởng GRDP bình quân khoảng 8-9%", ("range", "change", 8)),
        ("tốc độ tăng thu ngân sách bình quân trên 10%/năm", (">", "change", 10)),
        ("duy trì mức giảm số ca tử vong từ 3 đến 5% hằng năm", ("range", "change", -5)),
        ("mức tăng số người tập thể dục 10% mỗi năm", ("=", "change", 10)),
    ],
)
def test_a_name_that_is_a_change(text: str, expected: tuple[str, str, float]) -> None:
    assert _values(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "tỷ lệ tăng dân số tự nhiên 1,1%",
        "kiểm soát tốc độ tăng dân số tự nhiên ở mức 1%",
        "tốc độ tăng trưởng kinh tế đạt 7%",  # a verb of its own
        "mức tăng số giường bệnh 10%",  # not a count of events or people
    ],
)
def test_a_rate_name_stays_a_level(text: str) -> None:
    assert _values(text)[-1][1] == "level"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the next item opens with an aim word of its own: it keeps its level
        (
            "duy trì tỷ lệ điều trị ARV trên 95%; bảo đảm 100% người bệnh được kết nối",
            ["maintain", "level"],
        ),
        ("duy trì tỷ lệ tiêm chủng trên 95%; đạt 90% số xã đạt chuẩn", ["maintain", "level"]),
        ("giảm tỷ lệ sinh 0,2‰; phấn đấu 80% số xã có câu lạc bộ", ["change", "level"]),
        # near misses: the items of one list share the verb
        ("tăng chiều cao của trẻ: nam từ 1-2cm và nữ 1-1,5cm", ["change", "change"]),
        ("duy trì tỷ lệ tiêm chủng trên 95%, 90%", ["maintain", "maintain"]),
    ],
)
def test_an_item_with_its_own_aim_word_keeps_its_kind(text: str, kinds: list[str]) -> None:
    assert [v.phrase.kind.value for v in find_values(text)] == kinds
