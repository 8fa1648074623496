"""Session 8 (tuneDP): another place's figure set beside the plan's own is a status figure.

Sentences of our own (none from a labelled text): the nation's, the world's or a region's
figure in a bracket, after a comma or a semicolon, or after a word of comparison, beside
the plan's figure of the same sentence (:mod:`vnhealthplan.io.extract.otherplace`). Each
rule has its near-misses: a national goal restated as an aim, a national plan that names
the country with its indicator, a rank among the country's provinces.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan

_HEAD = "Số: 12/KH-UBND\nKẾ HOẠCH\nChăm sóc sức khỏe nhân dân tỉnh Bình Định năm 2025\n\n"


def _roles(text: str) -> tuple[list[float], list[float]]:
    plan = draft_plan(_HEAD + text).plan
    return (
        [float(t.value.magnitude) for t in plan.targets],
        [float(o.value.magnitude) for o in plan.observations],
    )


@pytest.mark.parametrize(
    ("text", "targets", "observed"),
    [
        (
            "Mục tiêu đến năm 2025: tỷ lệ bao phủ bảo hiểm y tế đạt 95% (cả nước đạt 93%).",
            [95],
            [93],
        ),
        (
            "Phấn đấu đến năm 2025 tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới "
            "20%, trong khi bình quân toàn quốc là 19%.",
            [20],
            [19],
        ),
        (
            "Năm 2025 phấn đấu số bác sĩ đạt 12 bác sĩ/vạn dân, cao hơn mức trung bình của vùng "
            "Tây Nguyên là 9 bác sĩ/vạn dân.",
            [12],
            [9],
        ),
        (
            "Đến năm 2025, giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống 10‰ (toàn quốc 12‰).",
            [10],
            [12],
        ),
        (
            "Phấn đấu đến năm 2030 giảm số ca mắc sốt rét xuống dưới 50 ca; trên thế giới mỗi "
            "năm có hơn 200 triệu ca mắc.",
            [50],
            [200e6],
        ),
        (
            "Đến năm 2025, tỷ lệ sinh con thứ 3 trở lên giảm còn 8% (bình quân chung cả nước "
            "khoảng 7%).",
            [8],
            [7],
        ),
        (
            "Đến năm 2025 tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 98% (toàn quốc đạt "
            "trên 90%).",
            [98],
            [90],
        ),
        (
            "Đến năm 2025 tỷ lệ tiêm chủng đầy đủ đạt 97%, các tỉnh trong khu vực đạt 94%.",
            [97],
            [94],
        ),
        (
            "Năm 2025 phấn đấu tuổi thọ trung bình đạt 75 tuổi, cao hơn tuổi thọ trung bình của "
            "cả nước (tuổi thọ trung bình của cả nước là 73,6 tuổi).",
            [75],
            [73.6],
        ),
        (
            "Mục tiêu năm 2025: tỷ lệ tiêm chủng đạt 96%; các nước trong khu vực đạt 98%.",
            [96],
            [98],
        ),
    ],
)
def test_another_places_figure_is_no_target(
    text: str, targets: list[float], observed: list[float]
) -> None:
    drafted, _ = _roles(text)
    assert drafted == targets
    assert not set(observed) & set(drafted)


def test_another_places_figure_is_drafted_as_a_status_figure() -> None:
    text = "Mục tiêu đến năm 2025: tỷ lệ bao phủ bảo hiểm y tế đạt 95% (cả nước đạt 93%)."
    assert _roles(text) == ([95], [93])


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a national goal restated as an aim: a target (docs/labelling.rst)
        ("Năm 2025 tỉnh đạt 92% dân số có thẻ bảo hiểm y tế; cả nước phấn đấu đạt 95%.", [92, 95]),
        # the country named with its indicator, in a national plan
        (
            "Mục tiêu đến năm 2025: 90% trạm y tế có bác sĩ; tỷ lệ bao phủ bảo hiểm y tế toàn "
            "quốc đạt 95%.",
            [90, 95],
        ),
        # another place's goal, in a bracket: an aim, left as it is read
        (
            "Đến năm 2025 phấn đấu đạt 32 giường bệnh/vạn dân (mục tiêu toàn quốc là 30 giường "
            "bệnh/vạn dân).",
            [32, 30],
        ),
        # a rank: the place follows its figure
        ("Đến năm 2030 đạt 30 giường bệnh/vạn dân, vào tốp 10 tỉnh dẫn đầu cả nước.", [30, 10]),
        # alone in its sentence: no figure of the plan to be set beside
        ("Đến năm 2025, cả nước có 95% dân số tham gia bảo hiểm y tế.", [95]),
        # a place of the province itself is no other place
        ("Đến năm 2025, tỷ lệ sinh con thứ 3 giảm còn 8% (khu vực nông thôn 10%).", [8, 10]),
    ],
)
def test_near_misses_stay_targets(text: str, targets: list[float]) -> None:
    assert sorted(_roles(text)[0]) == sorted(targets)
