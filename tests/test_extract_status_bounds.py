"""A status figure stated as a bound is not an observation (docs/labelling.rst, session 10).

"dân số có trên 746.024 nhân khẩu", "chiếm hơn 64%", "còn dưới 18%", "vượt qua con số 85%":
an observation holds a value, not a bound, and a missing value is better than a guessed one.
Every such figure is refused the way "đạt trên 73 tuổi" always was: no observation, a message
naming the bound, and the figure listed among the unread for the reviewer. "khoảng", "ước" and
"gần" figures stay observations at their figure; the words "trên", "dưới", "hơn", "vượt"
elsewhere in the sentence change nothing; targets with bounds are untouched.
"""

from __future__ import annotations

import pytest

from vnhealthplan.core.vocab import Comparator
from vnhealthplan.io.extract import draft_plan

#: A plan of 2025, issued in 2025 (its status figures of earlier years).
YEAR_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\n"
    "An Giang, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện công tác dân số năm 2025\n\n"
)


def _status(sentence: str) -> str:
    return YEAR_PLAN + f"I. THỰC TRẠNG\n{sentence}\n"


#: Status figures stated as bounds: sentence, the figure's words the reviewer is shown.
BOUNDS = [
    ("Toàn tỉnh có 9 huyện, với dân số có trên 746.024 nhân khẩu.", "746.024"),
    ("Năm 2024, người dân tộc thiểu số chiếm hơn 64% dân số.", "64%"),
    ("Năm 2024, tỷ lệ suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi còn dưới 18%.", "18%"),
    ("Năm 2024, tỷ lệ bao phủ bảo hiểm y tế đã vượt qua con số 85%.", "85%"),
    ("Năm 2024, toàn tỉnh có hơn 3.000 người nhiễm HIV.", "3.000"),
    ("Năm 2024, tỷ lệ người dân hài lòng đạt hơn 90%.", "90%"),
    ("Năm 2024, có trên 95% số xã đạt Bộ tiêu chí quốc gia về y tế xã.", "95%"),
    ("Năm 2024, tỷ lệ tiêm chủng đầy đủ đạt 95% trở lên.", "95%"),
    ("Năm 2024, số ca mắc sốt xuất huyết vượt ngưỡng 1.000 ca.", "1.000"),
    ("Năm 2024, tỷ lệ sinh con thứ 3 trở lên ở mức dưới 10%.", "10%"),
    ("Năm 2024, toàn tỉnh có trên 1.200 nhân viên y tế thôn bản.", "1.200"),
    ("Năm 2024, tỷ lệ bao phủ bảo hiểm y tế vượt mức 85%.", "85%"),
]


@pytest.mark.parametrize(("sentence", "figure"), BOUNDS)
def test_a_bounded_status_figure_is_refused_and_shown_to_the_reviewer(
    sentence: str, figure: str
) -> None:
    draft = draft_plan(_status(sentence))
    assert not draft.plan.observations
    assert not draft.plan.targets
    assert any("status figure not drafted" in m and "a bound" in m for m in draft.messages)
    (unread,) = draft.unread
    assert figure in unread.quote
    assert "a bound" in unread.said_reasons("en")


def test_a_reached_bound_stays_refused() -> None:
    """The case the rule generalises: the curated An Giang plan's "đạt trên 73 tuổi"."""
    draft = draft_plan(_status("Năm 2024, tuổi thọ trung bình đạt trên 73 tuổi."))
    assert not draft.plan.observations
    assert any("a bound (>)" in m for m in draft.messages)


#: Near-misses: the bound words are elsewhere, or the figure is an estimate; each is drafted.
LEVELS = [
    ("Năm 2024, trên địa bàn tỉnh có 120 trạm y tế xã.", "commune_stations", 120),
    ("Năm 2024, dưới sự chỉ đạo của UBND tỉnh, tỷ lệ tiêm chủng đầy đủ đạt 95%.", "", 95),
    ("Năm 2024, tỉnh có 8,5 bác sĩ trên 1 vạn dân.", "doctors_per_10k", 8.5),
    ("Hơn nữa, năm 2024 tỷ lệ tiêm chủng đầy đủ đạt 95%.", "", 95),
    ("Năm 2024, tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96%.", "", 96),
    ("Năm 2024, tỷ lệ bao phủ bảo hiểm y tế đạt 85%, vượt chỉ tiêu.", "", 85),
    ("Năm 2024, tỷ lệ bao phủ bảo hiểm y tế đạt 91%, cao hơn mức bình quân cả nước.", "", 91),
    ("Năm 2024, số người trên 60 tuổi là 120.000 người.", "", 120000),
    ("Năm 2024, tỷ lệ tiêm chủng đầy đủ đạt khoảng 95%.", "", 95),
    ("Ước năm 2024 tỷ lệ tham gia bảo hiểm y tế đạt 92%.", "health_insurance_coverage", 92),
    ("Năm 2024, tỷ lệ tiêm chủng đầy đủ đạt gần 95%.", "", 95),
]


@pytest.mark.parametrize(("sentence", "code", "value"), LEVELS)
def test_a_level_near_bound_words_is_still_an_observation(
    sentence: str, code: str, value: float
) -> None:
    (seen,) = draft_plan(_status(sentence)).plan.observations
    assert seen.value.magnitude == pytest.approx(value)
    assert not code or seen.indicator.code == code
    assert seen.period.code == "2024"


def test_targets_with_bounds_are_untouched() -> None:
    body = (
        "II. MỤC TIÊU\nĐến năm 2030, tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%; tuổi thọ trung "
        "bình đạt trên 75 tuổi; quy mô dân số dưới 2 triệu người.\n"
    )
    targets = draft_plan(YEAR_PLAN + body).plan.targets
    assert [(t.indicator.code, t.comparator) for t in targets] == [
        ("health_insurance_coverage", Comparator.GT),
        ("life_expectancy", Comparator.GT),
        ("population", Comparator.LT),
    ]
