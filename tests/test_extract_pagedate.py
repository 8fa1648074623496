"""A news page's update line dates its text: past dates are not due; 'năm nay' is its year."""

from __future__ import annotations

from datetime import date

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.pagedate import page_date, relative_deadlines

_UPDATE_LINES = [
    ("Cập nhật: 18:42, 04/09/2024 (GMT+7)", date(2024, 9, 4)),
    ("Cập nhật lúc 00:27, Thứ Hai, 13/07/2020 (GMT+7)", date(2020, 7, 13)),
    ("Cập nhật lúc 9:05, Chủ nhật, 01-12-2024", date(2024, 12, 1)),
    ("cập nhật 10h30, ngày 15/3/2023", date(2023, 3, 15)),
]


@pytest.mark.parametrize(("line", "posted"), _UPDATE_LINES)
def test_the_update_line_is_the_page_s_date(line: str, posted: date) -> None:
    assert page_date(f"Tin y tế\n{line}\nNội dung bài viết.") == posted


def test_today_s_date_of_a_portal_is_not_the_page_s() -> None:
    assert page_date("Chủ nhật, Ngày 27/10/2024\nKế hoạch 84/KH-UBND năm 2022") is None


_AHEAD = [
    ("Những tháng cuối năm nay, ngành sẽ mở rộng đối tượng tham gia.", "2020-H2"),
    ("Trong năm tới, tỉnh phấn đấu giảm tỷ lệ suy dinh dưỡng.", "2021"),
    ("Sở Y tế tập trung triển khai tiêm chủng trong 6 tháng cuối năm nay.", "2020-H2"),
    ("Kế hoạch năm nay đặt ra nhiều nhiệm vụ trọng tâm.", "2020"),
    ("Dự kiến 3 tháng cuối năm nay sẽ hoàn thành cấp thẻ.", "2020-Q4"),
]
_NOT_AHEAD = [
    "Năm nay, tỉnh ghi nhận 33 ổ dịch sốt xuất huyết.",
    "Từ đầu năm nay đến hết tháng 6, toàn tỉnh đã cấp 192.441 thẻ.",
    "Những tháng đầu năm nay, số ca mắc tăng cao.",
]


@pytest.mark.parametrize(("text", "code"), _AHEAD)
def test_a_relative_period_looked_ahead_to_is_due(text: str, code: str) -> None:
    assert [p.code for p, _, _ in relative_deadlines(text, date(2020, 7, 13))] == [code]


@pytest.mark.parametrize("text", _NOT_AHEAD)
def test_a_relative_period_of_what_happened_is_not(text: str) -> None:
    assert relative_deadlines(text, date(2020, 7, 13)) == []


def test_no_page_date_no_relative_period() -> None:
    assert relative_deadlines("Năm tới tỉnh sẽ triển khai.", None) == []


def test_a_date_before_the_page_was_posted_is_not_a_deadline() -> None:
    text = (
        "Tiếp nhận dự án phòng, chống HIV\n\nCập nhật: 18:42, 04/09/2024 (GMT+7)\n\n"
        "Đến cuối tháng 6/2024, trên địa bàn tỉnh có 3.278 người nhiễm HIV được quản lý.\n"
        "Sở Y tế báo cáo kết quả trước ngày 15/12/2024.\n"
    )
    assert [d.period.code for d in draft_plan(text).deadlines] == ["2024-12-15"]


# A page's time stamp without an update line: the earliest one near the top.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Thứ 5, 20/11/2025 03:23:56 GMT+7\nXã hội 19:48, 02/08/2019 GMT+7\n", date(2019, 8, 2)),
        ("Thứ 6, 02/08/2019 | 19:48:00 110 lượt xem\n", date(2019, 8, 2)),
        ("Tin tức\n- 15:27 - 21/12/2022\nKon Tum triển khai …", date(2022, 12, 21)),
        ("17/09/2015 - 04:30\nLong An …", date(2015, 9, 17)),
        ("thứ sáu 7-1-2022 17:25:46 +07:00 0 bình luận", date(2022, 1, 7)),
    ],
)
def test_a_time_stamp_dates_the_page(text: str, day: date) -> None:
    assert page_date(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "Chủ nhật, Ngày 27/10/2024\nKế hoạch …",  # today's date alone: when it was read
        "Tỷ lệ đạt 12,30% ngày 5/6/2024 …",  # a figure, no time
        "Báo cáo số 12/BC-SYT ngày 5/6/2024 lúc giao ban",
    ],
)
def test_a_date_without_a_time_does_not_date_the_page(text: str) -> None:
    assert page_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Trong vòng 10 năm tới, ngành sẽ đặt chỉ tiêu cụ thể về dinh dưỡng.",
        "Những năm tới, tỉnh sẽ tập trung đầu tư y tế cơ sở.",
        "Vài năm sau, dự kiến dân số sẽ già hóa nhanh.",
    ],
)
def test_several_years_ahead_are_not_the_next_one(text: str) -> None:
    assert relative_deadlines(text, date(2022, 1, 7)) == []
