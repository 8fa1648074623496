"""A year the text looks back on is not the plan's own (session 10, tuneY10).

A plan without a date took its year from the first year it wrote: "Năm 1990, tỷ lệ … đạt
50%" opening a plan that aims at 2025 was drafted as a target of 1990. The phrasings are
written for these tests, not taken from a labelled text.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan
from vnhealthplan.io.extract.pastown import aimed_after, looked_back


def _drafted(text: str) -> list[tuple[str, float, str]]:
    return sorted(
        (f.kind, f.measure.value.magnitude, f.year)
        for f in draft_plan(text).findings
        if f.kind in ("target", "observation") and f.measure is not None
    )


@pytest.mark.parametrize(
    ("text", "past", "goal"),
    [
        (
            "Năm 1990, tỷ lệ tiêm chủng đầy đủ đạt 50%. Mục tiêu đến năm 2025 tỷ lệ tiêm chủng"
            " đầy đủ đạt 98%.",
            (50, "1990"),
            (98, "2025"),
        ),
        (
            "Tỷ lệ tiêm chủng năm 1990 đạt 50%; phấn đấu đến năm 2025 đạt 98%.",
            (50, "1990"),
            (98, "2025"),
        ),
        (
            "Năm 1995 tuổi thọ trung bình đạt 65 tuổi. Phấn đấu tới năm 2030 tuổi thọ trung bình"
            " đạt 75 tuổi.",
            (65, "1995"),
            (75, "2030"),
        ),
        (
            "Năm 2000, tỷ lệ hộ dùng nước sạch đạt 40%. Kế hoạch đặt mục tiêu vào năm 2025 tỷ lệ"
            " hộ dùng nước sạch đạt 95%.",
            (40, "2000"),
            (95, "2025"),
        ),
        (
            "Năm 1998 tỷ lệ trạm y tế có bác sĩ đạt 30%; đến hết năm 2025 tỷ lệ trạm y tế có"
            " bác sĩ đạt 100%.",
            (30, "1998"),
            (100, "2025"),
        ),
    ],
)
def test_a_year_before_the_aim_is_history(text: str, past: tuple, goal: tuple) -> None:
    drafted = _drafted(text)
    assert ("observation", *past) in drafted
    assert ("target", *goal) in drafted


@pytest.mark.parametrize(
    "text",
    [
        # no later year aimed at: the plan's own year keeps its target (doubted)
        "Năm 2024 tỷ lệ tiêm chủng đầy đủ đạt 95%.",
        # a later aim within a plan's span: two steps of one plan
        "Năm 2025 đạt 90% trẻ em được tiêm chủng; nâng lên 95% vào năm 2030.",
        "Năm 2021 tỷ lệ bao phủ bảo hiểm y tế đạt 91%, đến năm 2030 đạt 95%.",
        # a later year without "đến/tới/vào/trước": the list of a plan's yearly targets
        "Năm 2024 tỷ lệ tiêm chủng đạt 95%; năm 2025 đạt 98%.",
        # "Đến năm 2025 đạt": a year to reach, a target, as before
        "Đến năm 2025 tỷ lệ tiêm chủng đầy đủ đạt 98%.",
    ],
)
def test_no_aim_after_keeps_targets(text: str) -> None:
    assert all(kind == "target" for kind, _, _ in _drafted(text))


def test_a_plan_dated_before_the_figure_is_not_changed() -> None:
    text = (
        "UBND TỈNH X\nSố: 12/KH-UBND\nX, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTiêm chủng năm 2024\n"
        "Năm 2024 tỷ lệ tiêm chủng đầy đủ đạt 95%, hướng tới năm 2030 đạt 98%."
    )
    assert ("target", 95, "2024") in _drafted(text)
    titled = (
        "KẾ HOẠCH tiêm chủng năm 2024\nNăm 2024 tỷ lệ tiêm chủng đạt 95%, đến năm 2030 đạt 98%."
    )
    assert ("target", 95, "2024") in _drafted(titled)


def test_aimed_after_and_reason() -> None:
    assert aimed_after("Trước năm 2030 đạt 90%.", 2015, 0) == 2030
    assert aimed_after("Trước năm 2030 đạt 90%.", 2020, 0) is None  # within a plan's span
    assert aimed_after("Trước năm 2030 đạt 90%.", 2030, 0) is None
    assert aimed_after("Số 2030 người đạt chuẩn.", 2020, 0) is None  # a count, not a year
    assert aimed_after("Năm 2020 (1.990 người). Năm 1990 đạt 5%; đến năm 2025.", 1990, 27) == 2025
    assert looked_back(1990, 2025).said("vi") == (
        "'đạt' năm 1990, trước năm 2025 mà văn bản hướng tới: số liệu hiện trạng"
    )
