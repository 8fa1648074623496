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


# A campaign's span of days is its deadline, not the last day alone (.taskdates.day_ranges).
_RANGES = [
    (
        "Tổ chức chiến dịch tiêm bổ sung từ ngày 05/3 đến ngày 25/3/2026 tại 15 xã.",
        "2026-03-05/2026-03-25",
    ),
    ("Thời gian: từ ngày 05/3/2026 đến hết ngày 31/3/2026.", "2026-03-05/2026-03-31"),
    (
        "Các đơn vị rà soát đối tượng từ 15/12 - 15/01/2027 và báo cáo kết quả.",
        "2026-12-15/2027-01-15",
    ),
    (
        "Triển khai uống vitamin A từ ngày 1/6 đến 2/6/2026 cho trẻ 6-36 tháng.",
        "2026-06-01/2026-06-02",
    ),
    ("Ra quân vệ sinh môi trường từ ngày 10/4 – 20/4/2026.", "2026-04-10/2026-04-20"),
]

_NOT_RANGES = [
    "Tháng hành động diễn ra từ ngày 10/11 đến ngày 10/12/2026 với nhiều hoạt động.",
    "Từ ngày 01/01/2025 đến ngày 30/6/2025, toàn tỉnh ghi nhận 120 ca sốt xuất huyết.",
    "Kết quả giám sát từ 01/01/2025 đến 30/6/2025 cho thấy 95 ca mắc.",
    "Căn cứ Quyết định số 12/QĐ-UBND ngày 5/1/2026 về chiến dịch từ ngày 10/1 đến ngày 20/1/2026;",
    "Ngày 5/11/2025, Sở Y tế phát động chiến dịch từ ngày 10/11 đến ngày 10/12/2025.",
]


@pytest.mark.parametrize(("text", "code"), _RANGES)
def test_a_span_of_days_is_due_as_a_whole(text: str, code: str) -> None:
    assert [d.period.code for d in draft_plan(text).deadlines] == [code]


@pytest.mark.parametrize("text", _NOT_RANGES)
def test_a_narrated_or_cited_span_of_days_is_not(text: str) -> None:
    assert not draft_plan(text).deadlines
