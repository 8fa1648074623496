"""Reports of results are not plans: their figures are status figures unless something aims."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.results import (
    document_year,
    explicit_aim,
    governing,
    is_report,
    reached_pair,
    report_year,
    reported,
)
from vnhealthplan.io.extract.segment import layout
from vnhealthplan.io.extract.statusyear import observation_year
from vnhealthplan.io.extract.targets import find_figures


@pytest.mark.parametrize(
    "opening",
    [
        "Sở Y tế tổ chức hội nghị tổng kết công tác y tế năm 2023.",
        "Báo cáo sơ kết 6 tháng đầu năm 2022 của ngành y tế huyện.",
        "Niên giám thống kê tỉnh năm 2019 cho thấy dân số tăng.",
        "Theo Trung tâm Y tế huyện cho biết, tính đến tháng 9/2021, có 120 ca mắc.",
        "Năm 2022, toàn huyện ghi nhận 57 ca sởi, giảm mạnh so với cùng kỳ.",
        "Trong năm 2020, ngành y tế tỉnh đã hoàn thành 15/18 chỉ tiêu được giao.",
        "9 tháng đầu năm 2023, tỉnh có 1.200 trẻ được tiêm chủng đầy đủ.",
        "Qua 5 năm qua, công tác kế hoạch hóa gia đình đạt nhiều kết quả.",
    ],
)
def test_an_opening_that_reports_results_makes_a_report(opening: str) -> None:
    assert is_report(opening)


@pytest.mark.parametrize(
    "opening",
    [
        "KẾ HOẠCH Phòng, chống bệnh sốt rét năm 2025",
        "Căn cứ Quyết định số 12/QĐ-UBND; UBND tỉnh ban hành kế hoạch báo cáo kết quả.",
        "Mục tiêu: nâng cao chất lượng dịch vụ; báo cáo định kỳ về Sở Y tế.",
        "Thủ tướng vừa phê duyệt Chiến lược quốc gia về dinh dưỡng, tổng kết sau 5 năm.",
        "Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95%.",
        "Năm 2024, tỷ lệ tham gia bảo hiểm y tế là 93%.",  # a year alone: no tense
        "Phấn đấu đến năm 2030, giảm tỷ suất tử vong mẹ; hằng năm tổng kết đánh giá.",
    ],
)
def test_a_plan_or_a_decision_is_not_a_report(opening: str) -> None:
    assert not is_report(opening)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.", 2023),
        ("Số ca mắc giảm 40% so với cùng kỳ năm 2022.", 2023),
        ("Tính đến ngày 30/9/2021, toàn tỉnh có 80 ca. Mục tiêu đến năm 2030 loại trừ.", 2021),
        ("Năm 2019 là 99,8 nam/100 nữ; năm 2020 là 100,6 nam/100 nữ.", 2020),
        ("Năm 2021 đạt nhiều kết quả, phấn đấu năm 2025 đạt 95%.", 2021),
    ],
)
def test_a_report_s_year_is_the_latest_it_states_as_present_or_past(text: str, year: int) -> None:
    assert report_year(text) == year


def test_a_plan_keeps_its_title_year() -> None:
    assert document_year("KẾ HOẠCH tiêm chủng mở rộng năm 2024. Năm 2023 đạt 93%.", 2024) == 2024


@pytest.mark.parametrize(
    "words",
    ["phấn đấu tỷ lệ đạt 95%", "mục tiêu đến năm 2025 đạt 90%", "chỉ tiêu giao đạt 40",
     "bảo đảm 100% trạm y tế có bác sĩ", "duy trì tỷ lệ trên 98%", "kế hoạch đề ra 30 giường"],
)  # fmt: skip
def test_explicit_aims(words: str) -> None:
    assert explicit_aim(words)


@pytest.mark.parametrize(
    "words",
    ["tỷ lệ bao phủ đạt 91,2%", "xuống còn 12 ca", "là 1,8 con", "giảm 30% so với năm trước"],
)
def test_result_verbs_are_no_explicit_aim(words: str) -> None:
    assert explicit_aim(words) == ""


def test_an_aside_in_brackets_governs_nothing_after_it() -> None:
    before = "Một số chỉ tiêu vượt như: số bác sĩ đạt 12,1 (chỉ tiêu giao 12), tỷ lệ tiêm đạt "
    assert explicit_aim(governing(before, "97% (kế hoạch 95%)")) == ""
    inside = "Số bác sĩ đạt 12,1 (chỉ tiêu giao đạt "
    assert explicit_aim(governing(inside, "12, cả nước đạt 11)")) == "chỉ tiêu"
    assert explicit_aim(governing(inside + "12, cả nước đạt ", "11)")) == ""
    head = "Mục tiêu thứ hai ("
    assert explicit_aim(governing(head, "85% người bệnh được điều trị)")) == "mục tiêu"


def test_a_later_year_keeps_a_report_s_figure_a_target() -> None:
    text = "Năm 2023, toàn tỉnh ghi nhận 40 ca sốt rét."
    assert reported(text, "năm 2024 tỷ lệ đạt 90%", 2023) == ""
    assert reported(text, "tỷ lệ tiêm đạt 90%", 2023)
    assert reported("KẾ HOẠCH năm 2023", "tỷ lệ tiêm đạt 90%", 2023) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022, toàn tỉnh ghi nhận 215 ca sốt xuất huyết, xuống còn 64 ca ở huyện A.",
        "Hội nghị tổng kết công tác y tế năm 2023. Tỷ lệ bao phủ bảo hiểm y tế đạt 92,4%.",
        "Theo Trung tâm Y tế cho biết, 6 tháng đầu năm 2021 tỷ lệ sinh con thứ 3 là 12,5%.",
        "Báo cáo kết quả năm 2020: tỷ lệ suy dinh dưỡng thấp còi giảm còn 21,3%.",
    ],
)
def test_a_report_s_results_are_status_figures(text: str) -> None:
    found = find_figures(text)
    assert found
    assert all(c.role == "observation" for c in found), [(c.role, c.value) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kết năm 2023, tỉnh đạt 90% tiêm chủng. Năm 2024, phấn đấu tỷ lệ tiêm chủng đạt 95%.",
        "Năm 2023, toàn tỉnh ghi nhận 40 ca; mục tiêu đến năm 2030 giảm còn dưới 10 ca.",
    ],
)
def test_a_report_s_aims_stay_targets(text: str) -> None:
    roles = [c.role for c in find_figures(text)]
    assert roles[-1] == "target"
    assert roles[0] == "observation"


def test_a_plan_s_figures_with_aim_verbs_stay_targets() -> None:
    text = "KẾ HOẠCH tiêm chủng năm 2025\nTỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95% năm 2025."
    assert [c.role for c in find_figures(text)] == ["target"]


@pytest.mark.parametrize(
    ("before", "value"),
    [
        ("tỷ lệ sinh con thứ ba giảm từ 14,2% ", "xuống còn 12,9%"),
        ("số ca mắc sởi giảm từ 120 ca năm 2021 ", "xuống 45 ca năm 2022"),
        ("tỷ lệ bao phủ tăng từ 82% ", "lên 90,5%"),
        ("tỷ lệ nhẹ cân đã giảm từ khoảng 20% ", "còn 16,3%"),
    ],
)
def test_a_figure_reached_from_an_earlier_one_is_a_status_figure(before: str, value: str) -> None:
    assert reached_pair(before, value, 2023)


@pytest.mark.parametrize(
    ("before", "value"),
    [
        ("phấn đấu giảm tỷ lệ từ 14,2% ", "xuống còn 12%"),  # an aim
        ("mục tiêu tăng từ 82% ", "lên 95%"),
        ("giảm từ 25% năm 2020 ", "xuống còn 20% năm 2025"),  # a year to reach
        ("giảm tỷ lệ hút thuốc ở nam từ 15 tuổi trở lên ", "còn dưới 40%"),  # an age
        ("tỷ lệ nhẹ cân ", "xuống còn 15%"),  # no figure it fell from
    ],
)
def test_a_pair_that_aims_or_is_no_pair_is_left_alone(before: str, value: str) -> None:
    assert reached_pair(before, value, 2023) == ""


def test_a_year_after_a_semicolon_is_the_next_clause_s() -> None:
    text = "Năm 2021, tỷ lệ\ntăng dân số nam là 1,10%; năm 2022, tỷ lệ là 1,05%."
    at = text.index("1,10%")
    line = layout(text)[-1]  # the broken line, read with the one above (.brokenlines)
    mark, _, _ = observation_year(text, (at, at + 5), (line.span[0], len(text)), line, 2023)
    assert mark is not None
    assert mark.period.code == "2021"


@pytest.mark.parametrize(
    ("before", "aim"),
    [
        ("Phấn đấu đến năm 2025: 95% trẻ được tiêm; ", True),
        ("Mục tiêu cụ thể: tỷ lệ A đạt 90%; tỷ lệ B ", True),
        ("Một số chỉ tiêu đã vượt kế hoạch như: số giường đạt ", False),
        ("Các chỉ tiêu được giao đều vượt: tỷ lệ tiêm đạt ", False),
    ],
)
def test_an_aim_leading_a_list_governs_its_items(before: str, aim: bool) -> None:
    assert bool(explicit_aim(governing(before, "80%"))) is aim


def test_a_list_of_examples_is_not_governed_by_its_head() -> None:
    before = "một số chỉ tiêu tốt hơn bình quân cả nước như: tỷ lệ A đạt 96%; tỷ lệ B là "
    assert explicit_aim(governing(before, "0,6‰")) == ""


def test_an_undated_report_is_measured_against_its_latest_present_or_past_year() -> None:
    text = (
        "Theo CDC tỉnh cho biết, năm 2015 có 609 ca; năm 2023 chỉ có 2 ca, đến năm 2025 loại trừ."
    )
    assert document_year(text, None) == 2023  # "đến năm 2025" is a year to reach
    plan = "Mục tiêu đến năm 2030:\n- tiêm chủng đạt 90% năm 2025; 95% năm 2030;"
    assert document_year(plan, None) is None  # an undated plan: no present year
