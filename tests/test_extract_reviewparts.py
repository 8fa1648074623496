"""The parts of a review: figures read by the part they sit in (results or aims).

Phrasings written for these tests (not copied from a labelled text): year-end reviews and
news of them that open results mid-text, then set aims; and plans whose words only look like
a review's ("kết quả" aimed at, "nhiệm vụ được giao", "kế hoạch hóa gia đình").
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan
from vnhealthplan.io.extract.reprinted import printed_once
from vnhealthplan.io.extract.results import (
    document_year,
    explicit_aim,
    is_report,
    report_year,
    reported,
)
from vnhealthplan.io.extract.reviewparts import first_part, part_at, read_parts
from vnhealthplan.io.extract.segment import layout
from vnhealthplan.io.extract.status import read_role
from vnhealthplan.io.extract.targets import find_figures
from vnhealthplan.io.extract.trendyears import trend_from_year


def _roles(text: str) -> list[tuple[str, float]]:
    plan = draft_plan(text).plan
    return [("target", float(t.value.magnitude)) for t in plan.targets] + [
        ("observation", float(o.value.magnitude)) for o in plan.observations
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a plan's news page, then a lead that opens the last year's results
        "Sở Y tế vừa ban hành kế hoạch phòng, chống dịch năm 2024. Năm 2023, toàn tỉnh đã đạt và "
        "vượt các chỉ tiêu chuyên môn. Theo đó, tỷ lệ tiêm chủng mở rộng đạt 97%, tỷ lệ trẻ suy "
        "dinh dưỡng thể thấp còi còn 19,5%.",
        # a level with its change against the year before
        "Số trẻ sinh ra trong năm 2021 của huyện là 2.431 trẻ, tăng 85 trẻ so với năm 2020.",
        "Tỷ suất sinh thô năm 2022 của tỉnh là 14,8‰, giảm 0,2‰ so với năm trước.",
        # progress against the quota
        "So với chỉ tiêu được giao năm 2022, đến nay tỷ lệ khám sức khỏe định kỳ người cao tuổi "
        "đạt 64%, tỷ lệ sàng lọc sơ sinh đạt 71%.",
        # cumulative counts and results of a period
        "Lũy kế đến hết năm 2023, toàn tỉnh phát hiện 3.120 người nhiễm HIV còn sống.",
        "Theo thống kê của ngành y tế, năm 2023 toàn huyện có 1.250 ca mắc sốt xuất huyết.",
    ],
)
def test_a_part_that_gives_results_gives_status_figures(text: str) -> None:
    roles = _roles(text)
    assert roles
    assert all(role == "observation" for role, _ in roles), roles


@pytest.mark.parametrize(
    ("text", "result", "aim"),
    [
        (
            "Năm 2022, tỉnh đã đạt và vượt các chỉ tiêu: tỷ lệ tiêm chủng đạt 96%. Phương hướng, "
            "nhiệm vụ năm 2023: tỷ lệ tiêm chủng đạt 97%.",
            96,
            97,
        ),
        (
            "Sơ kết 6 tháng đầu năm 2021, tỷ lệ bao phủ bảo hiểm y tế đạt 88%. Năm 2022, tỉnh "
            "phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 92%.",
            88,
            92,
        ),
        (
            "Tổng số ca sinh năm 2023 là 9.800 ca, giảm 120 ca so với năm 2022.\n"
            "Năm 2024, tỉnh phấn đấu tỷ lệ sinh con thứ 3 trở lên dưới 8%.",
            9800,
            8,
        ),
        (
            "Theo báo cáo năm 2024, tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 70%.\n"
            "Kế hoạch năm 2025 đặt ra tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 90%.",
            70,
            90,
        ),
    ],
)
def test_a_review_s_results_then_its_aims(text: str, result: float, aim: float) -> None:
    roles = _roles(text)
    assert ("observation", result) in roles, roles
    assert ("target", aim) in roles, roles


@pytest.mark.parametrize(
    "text",
    [
        # "kết quả" aimed at, "nhiệm vụ được giao": no review
        "KẾ HOẠCH tiêm chủng năm 2024\nNhằm đạt kết quả cao, phấn đấu tỷ lệ tiêm chủng đạt 95%.",
        "Năm 2025, các đơn vị thực hiện tốt nhiệm vụ được giao, bảo đảm 100% trạm y tế xã có bác "
        "sĩ.",
        # "kế hoạch hóa gia đình" is family planning, not a report's quota
        "Công tác dân số - kế hoạch hóa gia đình năm 2025 phấn đấu tỷ lệ sàng lọc trước sinh đạt "
        "70%.",
        # a change against the year before, aimed at, with no level
        "Mục tiêu năm 2025: tỷ suất sinh thô giảm 0,1‰ so với năm 2024.",
        # a plan's news page that names its aims before any result
        "UBND tỉnh ban hành Kế hoạch thực hiện Chương trình y tế cơ sở. Mục tiêu đến năm 2025: "
        "95% trạm y tế xã có bác sĩ.",
    ],
)
def test_near_misses_stay_targets(text: str) -> None:
    roles = _roles(text)
    assert roles
    assert all(role == "target" for role, _ in roles), roles


def test_a_sub_heading_stays_in_its_results_part() -> None:
    text = (
        "I. KẾT QUẢ THỰC HIỆN NĂM 2019\n1. Công tác dân số\nTỷ lệ sinh con thứ 3 là 9%.\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020\n1. Công tác dân số\nTỷ lệ sinh con thứ 3 dưới 8%."
    )
    assert part_at(text, text.index("9%")).kind == "results"
    assert part_at(text, text.index("8%")).kind == "aims"
    assert [p.kind for p in read_parts(text)] == ["results", "aims"]


def test_an_aim_after_a_result_in_one_sentence_starts_at_its_cue() -> None:
    text = "Năm 2023 toàn tỉnh đạt 90%, phấn đấu năm 2024 đạt 95%."
    assert part_at(text, text.index("90%")).kind == ""
    assert part_at(text, text.index("95%")).kind == "aims"


def test_a_heading_that_opens_neither_closes_a_part() -> None:
    text = "Theo báo cáo, tỷ lệ đạt 90%.\nII. TỔ CHỨC THỰC HIỆN\nSở Y tế chủ trì."
    assert part_at(text, text.index("Sở")).kind == ""


def test_the_first_part_says_whether_a_text_reports() -> None:
    assert first_part("Tỷ suất sinh năm 2017 là 15,7‰, giảm 0,1‰ so với năm 2016.") == "results"
    assert first_part("Năm 2025, tỉnh phấn đấu 95% trẻ được tiêm chủng.") == "aims"
    assert first_part("Tỉnh có 9 huyện.") == ""
    # an opening that names a plan is a plan, whatever follows
    assert not is_report("KẾ HOẠCH năm 2024\nTheo báo cáo, tỷ lệ đạt 90%.")


def test_a_report_s_year() -> None:
    # a page's stamps: published in 2019, read in 2025
    text = "Thứ 5, 20/11/2025 03:23:56\nThứ 6, 02/08/2019 | 19:48\nSơ kết 6 tháng đầu năm."
    assert report_year(text) == 2019
    # the years of its aims are not its own
    text = "Năm 2018, toàn tỉnh đã đạt 96%. Năm 2019, tỉnh tiếp tục duy trì 100% xã đạt chuẩn."
    assert report_year(text) == 2018
    text = "Trong năm 2018, tỉnh đã đạt 96%.\nPhó giám đốc cho biết, năm 2019 nhiệm vụ là …"
    assert report_year(text) == 2018
    # an undated page whose first part gives results
    assert document_year("Tính đến nay, tỉnh đã phát hiện 2.900 người nhiễm HIV năm 2019.", None)


@pytest.mark.parametrize(
    ("words", "aim"),
    [
        ("So với chỉ tiêu giao năm 2019, đến nay vòng tránh thai đạt 23,8%", ""),
        ("tỷ lệ bao phủ đạt 93%, vượt kế hoạch", ""),
        ("đạt 93% so với kế hoạch giao 90%", "kế hoạch"),
        ("phấn đấu vượt chỉ tiêu", "phấn đấu"),
    ],
)
def test_the_quota_a_result_is_measured_against_is_no_aim(words: str, aim: str) -> None:
    assert explicit_aim(words) == aim


def test_an_aim_at_the_end_of_a_year_is_no_figure_measured_then() -> None:
    text = "Trong 6 tháng cuối năm 2021, tỉnh phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 92%."
    start = text.index("đạt")
    own = text[:start]
    role = read_role(text, own, layout(text)[0], None, (start, len(text) - 1), 2021)
    assert role.kind == "target", role
    text = "Đến cuối năm 2020, tỷ lệ bao phủ bảo hiểm y tế chỉ mới đạt 86%."
    start = text.index("đạt")
    role = read_role(text, text[:start], layout(text)[0], None, (start, len(text) - 1), 2021)
    assert role.kind == "observation", role


@pytest.mark.parametrize(
    ("words", "result"),
    [
        (
            "câu lạc bộ duy trì sinh hoạt định kỳ, từ đầu năm đến nay đã tư vấn cho 5.000 người",
            True,
        ),
        ("đội ngũ cộng tác viên bảo đảm hoạt động, đến nay đã cấp phát 12.000 tờ rơi", True),
        ("năm qua tỉnh đã đạt 90%, phấn đấu năm 2025 đạt 95%", False),
        ("các đơn vị duy trì tỷ lệ tiêm chủng trên 95%", False),
    ],
)
def test_what_is_done_after_an_aim_is_reported(words: str, result: bool) -> None:
    text = "Năm qua, toàn tỉnh đã đạt nhiều kết quả. " + words
    assert bool(reported(text, words, 2024, len(text) - 5)) is result


@pytest.mark.parametrize(
    ("text", "figure", "year"),
    [
        (
            "Tỷ lệ nhẹ cân giảm từ 14,2% năm 2020 xuống còn 13,6% năm 2021. Tỷ lệ thấp còi giảm "
            "từ 22,9% xuống còn 22,1%.",
            "22,9%",
            "2020",
        ),
        (
            "Số ca mắc giảm từ 320 ca vào năm 2018 xuống còn 41 ca năm 2022; số ổ dịch cũng giảm. "
            "Số ca tử vong giảm từ 6 ca xuống còn 1 ca.",
            "6 ca",
            "2018",
        ),
        # a trend that writes its own years keeps them
        (
            "Tỷ lệ nhẹ cân giảm từ 14,2% năm 2020 xuống còn 13,6% năm 2021. Tỷ lệ thấp còi giảm "
            "từ 23,1% năm 2019 xuống còn 22,1%.",
            "23,1%",
            None,
        ),
    ],
)
def test_a_trend_restated_without_years_takes_the_first_trend_s(
    text: str, figure: str, year: str | None
) -> None:
    start = text.index(figure)
    sentence = (text.rindex(". ", 0, start) + 2, len(text))
    found = trend_from_year(text, (start, start + len(figure)), sentence)
    assert (found.period.code if found else None) == year


def test_a_lead_printed_twice_gives_its_status_figures_once() -> None:
    lead = (
        "Trong năm 2022, toàn tỉnh đã ghi nhận 2.310 ca mắc tay chân miệng, giảm so với năm trước."
    )
    text = lead + "\n" + lead + " Không có ca tử vong."
    found = find_figures(text)
    assert len(printed_once(text, found)) == len(found) - 1
    # two years' figures in one sentence, written alike, are two figures
    text = (
        "Tỷ lệ tăng dân số của nam năm 2016 là 1,36%, nữ là 0,89%; năm 2017, nam là 1,42%, "
        "nữ là 0,89%."
    )
    found = find_figures(text)
    assert printed_once(text, found) == found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # tasks and bases that name results are no part of results
        ("Các đơn vị báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/12.", ""),
        ("Căn cứ kết quả thực hiện giai đoạn 2021 - 2025, Sở Y tế đề xuất kinh phí.", ""),
        ("Tổ chức sơ kết, tổng kết việc thực hiện Kế hoạch vào cuối mỗi năm.", ""),
        ("Tăng cường truyền thông, nhờ đó nâng tỷ lệ người dân hiểu biết về HIV.", ""),
        # reviews that do
        ("Nhờ triển khai tốt các giải pháp, tỷ lệ tiêm chủng đạt 97%.", "results"),
        ("Hội nghị sơ kết công tác y tế 6 tháng đầu năm 2024 đã diễn ra.", "results"),
        ("Ước thực hiện năm 2024, tỷ lệ bao phủ bảo hiểm y tế đạt 93%.", "results"),
        ("Chỉ tiêu năm 2025: tỷ lệ bao phủ bảo hiểm y tế đạt 95%.", "aims"),
    ],
)
def test_the_cue_a_sentence_opens_with(text: str, kind: str) -> None:
    assert part_at(text, len(text) - 2).kind == kind


def test_the_same_time_of_a_past_year_is_no_status_figure_s_own() -> None:
    text = (
        "Sơ kết 6 tháng đầu năm, toàn tỉnh ghi nhận 1.200 ca sốt xuất huyết, tăng 20% so với "
        "cùng kỳ năm 2023. Tỷ lệ tiêm chủng đầy đủ đạt 45%."
    )
    found = find_figures(text, doc_year=2024)
    years = {c.value.magnitude: c.period.code for c in found if c.role == "observation"}
    assert (years[1200], years[45]) == ("2024", "2024")


def test_results_that_an_aim_builds_on_open_the_aim() -> None:
    text = (
        "Phát huy những kết quả đạt được, năm 2024 ngành y tế phấn đấu hoàn thành các chỉ "
        "tiêu: tỷ lệ bao phủ bảo hiểm y tế đạt 93%; số bác sĩ đạt 10 bác sĩ/vạn dân."
    )
    assert part_at(text, text.index("93%")).kind == "aims"
    roles = _roles(text)
    assert roles
    assert all(role == "target" for role, _ in roles), roles


def test_a_review_s_main_tasks_for_next_year_are_aims() -> None:
    text = (
        "Năm 2023, ngành y tế đã hoàn thành 10/12 chỉ tiêu được giao. Tỷ lệ bao phủ bảo hiểm "
        "y tế đạt 92,5%.\nNăm 2024, ngành tập trung thực hiện các nhiệm vụ trọng tâm sau. Tỷ lệ "
        "bao phủ bảo hiểm y tế đạt 94%."
    )
    roles = _roles(text)
    assert ("observation", 92.5) in roles, roles
    assert ("target", 94) in roles, roles


@pytest.mark.parametrize(
    "text",
    [
        "Phấn đấu năm 2025 tỷ lệ bao phủ bảo hiểm y tế đạt 95%, tăng 2% so với năm 2024.",
        "Mục tiêu năm 2026: số giường bệnh là 32 giường bệnh/vạn dân, tăng 1 giường so với năm "
        "2025.",
    ],
)
def test_an_aimed_level_with_its_change_opens_no_results(text: str) -> None:
    assert first_part(text) == "aims"
    assert ("target", 95 if "95%" in text else 32) in _roles(text)


def test_a_plan_issued_after_a_report_opens_aims() -> None:
    text = (
        "Theo báo cáo, năm 2023 tỷ lệ trạm y tế xã có bác sĩ đạt 92%. Ngày 5/3/2024, UBND tỉnh "
        "ban hành Kế hoạch phát triển y tế cơ sở. Theo đó, 100% trạm y tế xã có bác sĩ."
    )
    assert part_at(text, text.index("92%")).kind == "results"
    assert part_at(text, text.index("100%")).kind == "aims"


def test_a_list_of_targets_under_chi_tieu_after_results_is_aims() -> None:
    text = (
        "Kết quả thực hiện năm 2023, tỷ lệ tiêm chủng đạt 96%.\nChỉ tiêu:\n"
        "- Tỷ lệ tiêm chủng đầy đủ đạt 97%.\n"
        "Chỉ tiêu giảm sinh hàng năm đều đạt theo kế hoạch; tỷ lệ sử dụng biện pháp tránh thai "
        "hiện đại là 69,2%."
    )
    assert part_at(text, text.index("97%")).kind == "aims"
    assert part_at(text, text.index("69,2%")).kind == "aims"  # the aims go on: no new cue
    assert part_at(text, text.index("96%")).kind == "results"
    assert first_part("Chỉ tiêu giảm sinh hàng năm đều đạt theo kế hoạch.") == ""
