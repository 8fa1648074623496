"""Task dates in words or after a due word only (vnhealthplan.io.extract.taskdates)."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.taskdates import worded_dates

_DATES = [
    ("Các đơn vị gửi báo cáo về Sở Y tế trước 15/12/2026.", "2026-12-15"),
    ("Hạn chót 30/9/2026 phải hoàn thành việc rà soát.", "2026-09-30"),
    ("Hoàn thành chậm nhất ngày 30 tháng 6 năm 2026.", "2026-06-30"),
    ("Tổ chức tập huấn cho cán bộ y tế xã trong tháng 5 năm 2026.", "2026-05"),
    ("Đưa vào sử dụng trong Quý III năm 2027.", "2027-Q3"),
    ("Tổ chức hội thi vào cuối tháng 12 năm 2026.", "2026-12"),
    ("- Thời gian thực hiện: năm 2026.", "2026"),
    ("Thời gian triển khai: 2026 - 2027", "2026-2027"),
    ("+ Thời gian hoàn thành: từ năm 2026 đến năm 2028.", "2026-2028"),
]

_NOT_DATES = [
    "Hà Nội, ngày 5 tháng 6 năm 2026",  # the document's date
    "Tính đến 30/6/2026, toàn tỉnh có 98 ca mắc.",  # a report's date
    "Kế hoạch số 12/KH-UBND ngày 5 tháng 6 năm 2026 của UBND tỉnh",
    "Thời gian qua, năm 2025 tỉnh đã đạt nhiều kết quả.",  # no labelled line
    "vào 30/6/2026 đoàn kiểm tra làm việc tại huyện",  # a bare day after no due word
]


@pytest.mark.parametrize(("text", "code"), _DATES)
def test_a_task_date_in_words_is_due(text: str, code: str) -> None:
    assert [p.code for p, _, _ in worded_dates(text)] == [code]
    assert code in [d.period.code for d in draft_plan(text).deadlines]


@pytest.mark.parametrize("text", _NOT_DATES)
def test_a_document_or_report_date_is_not(text: str) -> None:
    assert worded_dates(text) == []
