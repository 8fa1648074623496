"""A status figure of an undated page with no year near it: the latest year it reports."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan

_AIMS = (
    "Huyện Ninh Hòa xây dựng các chỉ tiêu dân số. "
    "Phấn đấu đến cuối năm 2024, tỷ lệ sinh giảm 0,5%.\n"
)


def _observed(text: str) -> set[tuple[float, str]]:
    return {(o.value.magnitude, o.period.code) for o in draft_plan(text).plan.observations}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            _AIMS + "Ngày 10-7, huyện Vạn Ninh sơ kết công tác dân số 6 tháng đầu năm 2024.\n"
            "Trong 6 tháng, huyện có 3.100 người mới áp dụng biện pháp tránh thai.",
            (3100, "2024"),
        ),
        (
            _AIMS + "Hội nghị tổng kết công tác y tế năm 2023 diễn ra sáng 5-1.\n"
            "Toàn huyện hiện có 46 bác sĩ làm việc tại trạm y tế.",
            (46, "2023"),
        ),
        (
            _AIMS + "Theo báo cáo kết quả năm 2022 của Trung tâm Y tế huyện,\n"
            "Đến nay có 1.250 phụ nữ được khám sàng lọc.",
            (1250, "2022"),
        ),
    ],
)
def test_the_latest_year_reported(text: str, want: tuple[float, str]) -> None:
    assert want in _observed(text)


@pytest.mark.parametrize(
    "text",
    [
        # no year reported as present or past: still no year to give the figure
        _AIMS + "Toàn huyện hiện có 46 bác sĩ làm việc tại trạm y tế.",
        "Mục tiêu đến năm 2030. Hiện nay toàn huyện có 46 bác sĩ.",
    ],
)
def test_no_reported_year_no_figure(text: str) -> None:
    assert not [v for v, _ in _observed(text) if v == 46]


def test_a_dated_plan_keeps_its_issue_year() -> None:
    text = "KẾ HOẠCH\nCông tác dân số năm 2025\nHà Tĩnh, ngày 10 tháng 01 năm 2025\n"
    text += "Tổng kết năm 2023 đã xong.\nHiện nay toàn tỉnh có 46 bác sĩ làm việc tại trạm."
    assert (46, "2025") in _observed(text)
