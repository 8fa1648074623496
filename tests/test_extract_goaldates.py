"""Dates in reports and news: a quoted goal's year is a deadline; a narrated date is not."""

from __future__ import annotations

import re

import pytest

from vnhealthplan import Period
from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.deadlines import find_periods, target_deadlines
from vnhealthplan.io.extract.goaldates import goal_deadlines, heading_deadlines, narrated

# A goal with no quantity, as plans, strategies and news quote it: its year is due.
_GOALS = [
    ("Phấn đấu loại trừ bệnh sốt rét trên địa bàn tỉnh trước năm 2030.", "2030"),
    ("Tỉnh hướng tới mục tiêu kết thúc dịch AIDS vào năm 2030.", "2030"),
    ("Huyện đang tiến tới thanh toán bệnh phong vào năm 2027.", "2027"),
    ("Mục tiêu chấm dứt bệnh lao trong cộng đồng đến năm 2035.", "2035"),
    ("góp phần loại trừ lây truyền HIV từ mẹ sang con vào năm 2030", "2030"),
    ("nhằm xóa bỏ bệnh sởi trên toàn quốc trước năm 2028", "2028"),
    ("quyết tâm đẩy lùi dịch sốt xuất huyết vào cuối năm 2026", "2026"),
    ("CHẤM DỨT BỆNH LAO VÀO NĂM 2030", "2030"),
    # the year first
    ("Đến năm 2030, chấm dứt dịch bệnh AIDS tại Việt Nam.", "2030"),
    ("Phấn đấu trước năm 2028 loại trừ bệnh sởi trên địa bàn tỉnh.", "2028"),
    ("Vào năm 2025 tỉnh sẽ cơ bản loại trừ bệnh sốt rét.", "2025"),
]

# The same words that name a document, or tell of a goal already reached.
_NOT_GOALS = [
    "Chiến lược quốc gia chấm dứt bệnh lao vào năm 2030 đã đề ra nhiều giải pháp.",
    "Đề án loại trừ sốt rét đến năm 2025 được phê duyệt.",
    "Tỉnh đã loại trừ sốt rét vào năm 2015.",
    "Huyện được công nhận thanh toán bệnh phong vào năm 2012.",
    "Số ca mắc giảm mạnh nhờ loại trừ ổ dịch, tính đến năm 2023 còn 2 ca.",
    "Đến năm 2019, tỉnh đã loại trừ bệnh sốt rét.",
    "Tính đến năm 2023, toàn tỉnh chấm dứt 12 ổ dịch.",
]


@pytest.mark.parametrize(("text", "code"), _GOALS)
def test_a_quoted_goal_gives_its_year(text: str, code: str) -> None:
    assert [p.code for p, _, _ in goal_deadlines(text)] == [code]


@pytest.mark.parametrize("text", _NOT_GOALS)
def test_a_named_or_reached_goal_gives_none(text: str) -> None:
    assert goal_deadlines(text) == []


def test_a_goal_in_a_grounds_clause_is_a_cited_document_not_a_deadline() -> None:
    text = (
        "KẾ HOẠCH\nPhòng, chống HIV/AIDS năm 2026\n"
        "Căn cứ Quyết định số 1246/QĐ-TTg ngày 14/8/2020 phê duyệt Chiến lược quốc gia về "
        "chấm dứt dịch bệnh AIDS vào năm 2030;\n"
        "Các đơn vị hoàn thành báo cáo trước ngày 30/6/2026.\n"
    )
    assert "2030" not in {d.period.code for d in draft_plan(text).deadlines}


def test_a_news_report_s_goal_is_its_deadline() -> None:
    text = (
        "Sở Y tế tổ chức mít tinh hưởng ứng Tháng hành động phòng, chống HIV/AIDS.\n\n"
        "Những kết quả đạt được là nền tảng để tỉnh hướng tới mục tiêu chấm dứt dịch AIDS "
        "vào năm 2030.\n"
    )
    assert "2030" in {d.period.code for d in draft_plan(text).deadlines}


# Dates a news item or review narrates: an event's day opening the sentence, a reviewed period.
_NARRATED = [
    ("Ngày 10-7, UBND huyện tổ chức sơ kết công tác 6 tháng đầu năm 2024.", "6 tháng"),
    ("Sáng 15/3/2024, Sở Y tế tổ chức hội nghị triển khai.", "15/3/2024"),
    ("Chiều ngày 5/6, Trung tâm Y tế huyện tổ chức tập huấn Quý II/2024.", "Quý II/2024"),
    ("Vừa qua, Sở Y tế đã tổ chức hội nghị đánh giá Quý III/2023.", "Quý III/2023"),
    ("Hội nghị tổng kết công tác dân số 6 tháng đầu năm 2024 được tổ chức.", "6 tháng"),
    ("Báo cáo kết quả thực hiện tháng 9/2024 cho thấy nhiều chuyển biến.", "tháng 9/2024"),
]

# Dates of tasks: due words, a schedule, a month to work in.
_TASKS = [
    ("Sở Y tế tổng hợp, báo cáo kết quả về UBND tỉnh trước ngày 15/12/2024.", "ngày 15/12/2024"),
    ("Tổ chức sơ kết 6 tháng, hoàn thành trước tháng 7/2024.", "tháng 7/2024"),
    ("Quý II/2024: tổ chức tập huấn cho cán bộ y tế xã.", "Quý II/2024"),
    ("Trong tháng 6/2024, các huyện hoàn thành rà soát đối tượng.", "tháng 6/2024"),
    ("Thời gian thực hiện: tháng 6/2024 đến tháng 9/2024.", "tháng 6/2024"),
]


def _span(text: str, words: str) -> tuple[int, int]:
    at = text.index(words)
    return at, at + len(words)


@pytest.mark.parametrize(("text", "words"), _NARRATED)
def test_a_narrated_date_is_not_a_deadline(text: str, words: str) -> None:
    assert narrated(text, _span(text, words))
    assert all(d.period.code not in words for d in find_periods(text))


@pytest.mark.parametrize(("text", "words"), _TASKS)
def test_a_task_s_date_is_not_narrated(text: str, words: str) -> None:
    assert not narrated(text, _span(text, words))
    assert find_periods(text)


# A drafted figure whose year is that of a narrated event or a reported result gives no
# deadline (the figure's own class is decided elsewhere); a plan's year phrase still does.
_NOT_DUE_YEARS = [
    ("Ngày 01/12, huyện tổ chức mít tinh hưởng ứng Tháng hành động năm 2025 với 500 người.", "500"),
    ("Sáng 15/3, Sở Y tế tổ chức hội nghị sơ kết năm 2024, có 120 đại biểu dự.", "120"),
    ("Trong năm 2025, trên địa bàn tỉnh đã ghi nhận 33 ổ dịch.", "33"),
    ("Tính đến hết năm 2023, toàn tỉnh hiện có 2.500 người nhiễm HIV.", "2.500"),
]
_DUE_YEARS = [
    ("Đến năm 2025: tỷ lệ tiêm chủng đạt 95%.", "95%"),
    ("Ngày 30/12, Sở Y tế triển khai nhiệm vụ năm 2026: tỷ lệ tham gia BHYT đạt 95%.", "95%"),
    ("Phấn đấu năm 2026, 100% trạm y tế xã có bác sĩ.", "100%"),
]


@pytest.mark.parametrize(("text", "figure"), _NOT_DUE_YEARS)
def test_a_narrated_or_reported_year_gives_no_target_deadline(text: str, figure: str) -> None:
    year = int(re.findall(r"20\d\d", text)[0])
    found = target_deadlines(text, [(_span(text, figure), Period.year(year))])
    assert found == []


@pytest.mark.parametrize(("text", "figure"), _DUE_YEARS)
def test_a_plan_s_year_phrase_gives_the_target_deadline(text: str, figure: str) -> None:
    year = int(re.findall(r"20\d\d", text)[0])
    found = target_deadlines(text, [(_span(text, figure), Period.year(year))])
    assert [d.period.code for d in found] == [str(year)]


# A heading of aims names the period its targets are due by.
_AIM_HEADINGS = [
    ("2. Chỉ tiêu kế hoạch năm 2026", "2026"),
    ("Mục tiêu đến năm 2030:", "2030"),
    ("b) Mục tiêu cụ thể đến năm 2025", "2025"),
    ("II. MỤC TIÊU GIAI ĐOẠN 2026 - 2030", "2026-2030"),
    ("Mục tiêu, chỉ tiêu cần đạt được năm 2027:", "2027"),
    ("- Chỉ tiêu năm 2026:", "2026"),
]
_NOT_AIM_HEADINGS = [
    "Mục tiêu năm 2023 đã đạt và vượt kế hoạch",
    "Kết quả thực hiện chỉ tiêu năm 2023",
    "Chỉ tiêu năm 2024 so với cùng kỳ tăng 5%",
    "Tỷ lệ bao phủ đạt mục tiêu năm 2024",
    "Mục tiêu đến năm 2025 và năm 2030.",
]


@pytest.mark.parametrize(("line", "code"), _AIM_HEADINGS)
def test_a_heading_of_aims_gives_its_period(line: str, code: str) -> None:
    text = f"Phần I\n{line}\n- Tỷ lệ tiêm chủng đầy đủ: 95%\n"
    assert [p.code for p, _, _ in heading_deadlines(text)] == [code]


@pytest.mark.parametrize("line", _NOT_AIM_HEADINGS)
def test_a_heading_that_reports_gives_none(line: str) -> None:
    assert heading_deadlines(f"Phần I\n{line}\n") == []


# An event that takes place over a period tells when it happens, not when a task is due.
@pytest.mark.parametrize(
    "text",
    [
        "Tháng hành động quốc gia năm nay diễn ra từ ngày 1/11 đến ngày 30/11/2026 với chủ đề …",
        "Chiến dịch tiêm bù diễn ra đến ngày 15/9/2026 tại các trạm y tế.",
        "Hội thi diễn ra trong tháng 10/2026 tại thành phố.",
    ],
)
def test_an_event_taking_place_gives_no_deadline(text: str) -> None:
    assert find_periods(text) == []


def test_a_task_due_at_the_end_of_an_event_is_still_due() -> None:
    text = "Các đơn vị báo cáo kết quả Tháng hành động trước ngày 15/12/2026."
    assert [d.period.code for d in find_periods(text)] == ["2026-12-15"]


# The date of a draft report whose number is left blank is the document's own.
@pytest.mark.parametrize(
    "text",
    [
        "Số …/BCKH-SYT, ngày 31/12/2014",
        "Số: .../KH-UBND, ngày 5/1/2026",
        "Số:    /BC-SYT ngày 20/12/2025",
    ],
)
def test_the_date_after_a_blank_number_is_the_documents(text: str) -> None:
    assert find_periods(text) == []


# The year a change starts from is a baseline: it governs no target.
@pytest.mark.parametrize(
    ("text", "value", "year"),
    [
        ("Số ca mắc giảm từ 609 trường hợp vào năm 2015, còn 2 ca.", "609 trường hợp", 2015),
        ("Tỷ lệ suy dinh dưỡng giảm từ 18,7% năm 2022 xuống 17,1%.", "18,7%", 2022),
        ("Số ca mắc sốt xuất huyết tăng từ 439 ca năm 2024 lên 900 ca.", "439 ca", 2024),
    ],
)
def test_the_year_a_change_starts_from_is_no_deadline(text: str, value: str, year: int) -> None:
    at = text.index(value)
    assert target_deadlines(text, [((at, at + len(value)), Period.year(year))]) == []


def test_the_year_a_change_is_due_by_is_a_deadline() -> None:
    text = "Phấn đấu đến năm 2030 giảm tỷ lệ mắc từ 20% xuống còn 10%."
    at = text.index("10%")
    found = target_deadlines(text, [((at, at + 3), Period.year(2030))])
    assert [d.period.code for d in found] == ["2030"]


def test_when_a_review_is_held_is_a_tasks_date() -> None:
    text = "3. Tổng kết, đánh giá kết quả thực hiện Kế hoạch vào tháng 12/2026."
    assert [d.period.code for d in find_periods(text)] == ["2026-12"]
    text = "Sở Y tế sơ kết công tác 6 tháng đầu năm 2026."
    assert find_periods(text) == []
