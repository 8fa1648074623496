"""Years a report or a news item looks ahead to (vnhealthplan.io.extract.aheadyears)."""

from __future__ import annotations

from datetime import date

import pytest

from vnhealthplan.io.extract.aheadyears import ahead_years
from vnhealthplan.io.extract.deadlines import title_deadlines

# Words of tasks or quotas govern the year: it is due.
_TASKS = [
    ("Hội nghị tổng kết công tác năm 2026, triển khai phương hướng, nhiệm vụ năm 2027.", "2027"),
    ("BÁO CÁO CÔNG TÁC DÂN SỐ NĂM 2020 VÀ PHƯƠNG HƯỚNG KẾ HOẠCH NĂM 2021", "2021"),
    ("Sở Y tế triển khai nhiệm vụ công tác khám chữa bệnh năm 2026", "2026"),
    ("định hướng hoạt động phòng chống HIV năm 2025 của tỉnh", "2025"),
    ("So với chỉ tiêu kế hoạch giao năm 2022, đến nay tỷ lệ tiêm chủng đạt 70%.", "2022"),
    ("đạt 80% kế hoạch được giao năm 2023", "2023"),
    ("Ngành y tế bàn giải pháp thực hiện nhiệm vụ trọng tâm năm 2028", "2028"),
]

# A year opens a clause that aims: it is due.
_OPENINGS = [
    ("Năm 2027, huyện phấn đấu giảm tỷ lệ suy dinh dưỡng xuống dưới 15%.", "2027"),
    ("Ông cho biết, năm 2026 nhiệm vụ trọng tâm của ngành là tiêm chủng.", "2026"),
    ("Trong năm 2025, Trung tâm sẽ mở rộng điểm điều trị Methadone.", "2025"),
    ("Năm 2026 ngành dân số dự kiến sàng lọc 10.000 trẻ sơ sinh.", "2026"),
    ("Năm 2028, tỉnh đặt mục tiêu 95% dân số tham gia bảo hiểm y tế.", "2028"),
]

# Near misses: a year reviewed, a year whose tasks are told as done, a horizon, a year that
# does not open its clause.
_NOT_DUE = [
    "Báo cáo kết quả thực hiện nhiệm vụ năm 2018.",
    "Hội nghị tổng kết công tác y tế năm 2025 đã diễn ra.",
    "Năm 2018, tỉnh đã phấn đấu hoàn thành các chỉ tiêu.",
    "Các nhiệm vụ năm 2019 đã được hoàn thành.",
    "Nghị quyết về chuyển đổi số đến năm 2025, định hướng đến năm 2030.",
    "Tổng kết công tác năm 2018, tập trung vào kết quả tiêm chủng.",
    "góp phần thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế, xã hội năm 2024",
    "Năm 2017, toàn tỉnh có 12.995 trẻ sinh ra.",
    "sơ kết công tác 6 tháng đầu năm",
]


@pytest.mark.parametrize(("text", "code"), _TASKS + _OPENINGS)
def test_a_year_looked_ahead_to_is_due(text: str, code: str) -> None:
    assert [p.code for p, _, _ in ahead_years(text)] == [code]
    assert code in [d.period.code for d in title_deadlines(text)]


@pytest.mark.parametrize("text", _NOT_DUE)
def test_a_year_reviewed_or_done_is_not(text: str) -> None:
    assert ahead_years(text, posted=date(2026, 7, 1)) == []


def test_a_half_year_without_its_year_needs_the_pages_date() -> None:
    text = "Chi cục tổ chức giao ban, triển khai nhiệm vụ 6 tháng cuối năm."
    assert ahead_years(text) == []
    assert [p.code for p, _, _ in ahead_years(text, posted=date(2024, 7, 20))] == ["2024-H2"]
    text = "Tập trung thực hiện nhiệm vụ 3 tháng cuối năm"
    assert [p.code for p, _, _ in ahead_years(text, posted=date(2024, 9, 20))] == ["2024-Q4"]


def test_a_year_in_a_grounds_clause_is_skipped() -> None:
    text = "Căn cứ Kế hoạch phương hướng, nhiệm vụ năm 2026 của Bộ Y tế;"
    assert ahead_years(text, [(0, len(text))]) == []


def test_a_reviews_year_before_the_year_it_looks_ahead_to_governs_no_target() -> None:
    from vnhealthplan import Period
    from vnhealthplan.io.extract.deadlines import target_deadlines

    text = "Năm 2025, tỷ lệ tiêm chủng đạt 95%. Năm 2026, tỉnh phấn đấu tỷ lệ tiêm chủng đạt 97%."
    first, second = text.index("95%"), text.index("97%")
    targets = [((first, first + 3), Period.year(2025)), ((second, second + 3), Period.year(2026))]
    assert [d.period.code for d in target_deadlines(text, targets)] == ["2026"]
    # a plan that looks ahead to nothing keeps its targets' years
    text = "Năm 2025, tỷ lệ tiêm chủng đạt 95%; năm 2026 đạt 97%."
    first, second = text.index("95%"), text.index("97%")
    targets = [((first, first + 3), Period.year(2025)), ((second, second + 3), Period.year(2026))]
    assert [d.period.code for d in target_deadlines(text, targets)] == ["2025", "2026"]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2020, nhiệm vụ phòng dịch được đặt lên hàng đầu, toàn ngành đã triển khai quyết liệt.",
        "Báo cáo tình hình thực hiện nhiệm vụ năm 2018 của ngành y tế",
        "Ngành đã hoàn thành các nhiệm vụ năm 2018 được giao.",
    ],
)
def test_a_year_of_tasks_told_as_done_is_not_due(text: str) -> None:
    assert ahead_years(text) == []


def test_a_years_tasks_carried_out_are_not_due() -> None:
    text = "Trong năm 2019, nhiệm vụ phòng chống dịch được triển khai đồng bộ, đạt kết quả tốt."
    assert ahead_years(text) == []
    text = "Năm 2027, nhiệm vụ trọng tâm của ngành là phòng chống dịch."
    assert [p.code for p, _, _ in ahead_years(text)] == ["2027"]


def test_a_plan_of_several_years_keeps_its_nearer_years() -> None:
    from vnhealthplan import Period
    from vnhealthplan.io.extract.deadlines import target_deadlines

    text = (
        "KẾ HOẠCH\nPHÒNG CHỐNG SỐT XUẤT HUYẾT GIAI ĐOẠN 2026 - 2028\n"
        "Năm 2026 tỷ lệ giám sát đạt 90%. Năm 2027, tỉnh phấn đấu tỷ lệ giám sát đạt 95%."
    )
    first, second = text.index("90%"), text.index("95%")
    targets = [((first, first + 3), Period.year(2026)), ((second, second + 3), Period.year(2027))]
    assert [d.period.code for d in target_deadlines(text, targets)] == ["2026", "2027"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Phấn đấu đến năm 2027 hoàn thành xây dựng 20 trạm y tế xã đạt chuẩn.", "2027"),
        ("Tỉnh phấn đấu trong năm 2026 cấp thẻ BHYT cho mọi người cao tuổi.", "2026"),
        ("Huyện phấn đấu đến hết năm 2028 không còn xã trắng về y tế.", "2028"),
    ],
)
def test_a_year_striven_for_is_due(text: str, code: str) -> None:
    assert [p.code for p, _, _ in ahead_years(text)] == [code]
    assert ahead_years(text, striving=False) == []


def test_a_year_striven_for_in_the_past_is_not() -> None:
    assert ahead_years("Năm qua, tỉnh đã phấn đấu trong năm 2018 hoàn thành 12 chỉ tiêu.") == []


def test_a_year_before_the_documents_own_is_its_backgrounds() -> None:
    text = (
        "Số: 5/KH-UBND\nHà Nam, ngày 10 tháng 1 năm 2024\nKẾ HOẠCH\n"
        "I. KẾT QUẢ NĂM 2023\nToàn tỉnh đạt 98% chỉ tiêu giao năm 2023.\n"
        "II. NHIỆM VỤ NĂM 2024\n"
    )
    assert [p.code for p, _, _ in ahead_years(text)] == ["2024"]
