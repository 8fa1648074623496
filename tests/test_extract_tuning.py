"""Rules of the genre found in the tuning round on the seen cases (targets and status figures).

Each test states a rule with a short phrase made up for it (no text of an evaluation case).
"""

from __future__ import annotations

from vnhealthplan.io.extract import draft_plan

_DATED = "Hà Nội, ngày 10 tháng 01 năm 2024\nKẾ HOẠCH\nY tế năm 2024\n\n"


def _targets(text: str) -> list[tuple[float, str, str, str]]:
    return [
        (t.value.magnitude, t.comparator.value, t.kind.value, t.period.code)
        for t in draft_plan(text).plan.targets
    ]


def _observations(text: str) -> list[tuple[float, str]]:
    return [(o.value.magnitude, o.period.code) for o in draft_plan(text).plan.observations]


# ---- "năm 2019 có …", "năm 2020 là …": figures of a year ------------------------------------


def test_a_series_of_years_with_co_or_la_gives_status_figures() -> None:
    text = (
        "Số trạm y tế có bác sĩ tăng dần: năm 2017 có 120 trạm; năm 2018 có 131 trạm, "
        "năm 2019 có 140 trạm. Tỷ lệ sinh con thứ ba năm 2018 là 9,5%; năm 2019 là 9,1%."
    )
    assert _targets(text) == []
    assert _observations(text) == [
        (120, "2017"),
        (131, "2018"),
        (140, "2019"),
        (9.5, "2018"),
        (9.1, "2019"),
    ]


def test_a_year_to_reach_with_co_stays_a_target() -> None:
    text = _DATED + "Phấn đấu đến năm 2025 có 95% trạm y tế có bác sĩ."
    assert _targets(text) == [(95, "=", "level", "2025")]
    assert _observations(text) == []


def test_a_later_year_than_the_issue_year_with_co_stays_a_target() -> None:
    text = _DATED + "Trong năm 2025 có 90% xã đạt tiêu chí quốc gia về y tế."
    assert [t[3] for t in _targets(text)] == ["2025"]
    assert _observations(text) == []


# ---- "… vào năm 2025 và duy trì đến năm 2030" ---------------------------------------------


def test_a_level_kept_to_a_later_year_is_a_level_and_a_maintain_target() -> None:
    text = _DATED + (
        "Mục tiêu: tỷ lệ tiêm chủng đạt 85% năm 2024; 90% năm 2025. 100% trạm y tế có "
        "bác sĩ làm việc vào năm 2025 và duy trì đến năm 2030; 100% xã có nhân viên y tế "
        "thôn bản vào năm 2026 và tiếp tục duy trì tới năm 2030."
    )
    assert _targets(text) == [
        (85, "=", "level", "2024"),
        (90, "=", "level", "2025"),
        (100, "=", "level", "2025"),
        (100, "=", "maintain", "2030"),
        (100, "=", "level", "2026"),
        (100, "=", "maintain", "2030"),
    ]


def test_a_year_before_the_value_in_its_own_clause_still_governs_it() -> None:
    text = _DATED + "Phấn đấu đến năm 2026 toàn tỉnh có 95% trạm y tế đạt chuẩn, xây mới 2 "
    text += "bệnh viện vào năm 2025."
    assert _targets(text)[0] == (95, "=", "level", "2026")


# ---- "từ X% trở lên" after a lead word -----------------------------------------------------


def test_from_x_upward_after_a_lead_word_is_at_least_x() -> None:
    text = _DATED + "Đến năm 2025, có từ 85% trở lên trạm y tế có bác sĩ; có từ 3‰ trở xuống."
    assert _targets(text) == [(85, ">=", "level", "2025"), (3, "<=", "level", "2025")]


# ---- a sentence wrapped over lines by a page's layout --------------------------------------


def test_a_line_starting_in_lower_case_takes_the_year_of_the_line_it_goes_on_from() -> None:
    text = _DATED + (
        "Phấn đấu đạt mục tiêu vào năm 2026 (85% người bệnh được\n"
        "quản lý; 80% người bệnh được điều trị)."
    )
    assert [(t[0], t[3]) for t in _targets(text)] == [(85, "2026"), (80, "2026")]


# ---- a signed figure measured from a base year ---------------------------------------------


def test_a_signed_figure_from_a_base_year_is_a_change() -> None:
    text = _DATED + (
        "Chỉ tiêu năm 2024:\n"
        "- Tăng tỷ lệ phụ nữ khám thai (TLK): + 2% so với năm 2023;\n"
        "- Giảm số ca mắc lao mới: 12% so năm 2023;\n"
        "- Tỷ suất chết thô: -0,5 ‰ so với năm 2023;\n"
        "- 15% so với năm 2023 là tỷ lệ hộ gia đình được thăm;\n"
        "- Tỷ lệ trẻ được tiêm đủ: 95% so với năm 2023."
    )
    assert _targets(text) == [
        (2, "=", "change", "2024"),
        (-12, "=", "change", "2024"),
        (-0.5, "=", "change", "2024"),
        (15, "=", "level", "2024"),
        (95, "=", "level", "2024"),
    ]


# ---- a heading broken over two lines -------------------------------------------------------


def test_a_heading_broken_over_two_lines_keeps_its_section_words() -> None:
    from vnhealthplan.io.extract.segment import layout

    text = "1. Đặc điểm\ntình hình chung\nToàn tỉnh có 21% dân số là người cao tuổi."
    lines = layout(text)
    assert lines[0].section == "1. Đặc điểm tình hình chung"
    assert [line.in_status for line in lines] == [True, True, True]
    assert _targets(_DATED + text) == []


def test_a_heading_followed_by_a_sentence_in_capitals_stays_one_line() -> None:
    from vnhealthplan.io.extract.segment import layout

    text = "2. Mục tiêu\nTỷ lệ tiêm chủng đạt 95%."
    assert layout(text)[0].section == "2. Mục tiêu"


# ---- a year heading a parenthesis of figures -----------------------------------------------


def test_a_year_heading_a_parenthesis_of_figures_does_not_date_what_follows_it() -> None:
    text = _DATED + (
        "Hướng tới mục tiêu vào năm 2030 (95% người bệnh được phát hiện; 95% được điều "
        "trị), giữ tỷ lệ mắc mới dưới 0,1%."
    )
    assert [(t[0], t[3]) for t in _targets(text)] == [(95, "2030"), (95, "2030"), (0.1, "2024")]


def test_a_year_before_an_aside_without_figures_still_dates_what_follows() -> None:
    text = _DATED + "Đến năm 2026 (theo lộ trình của Bộ), giữ tỷ lệ mắc mới dưới 0,1%."
    assert [(t[0], t[3]) for t in _targets(text)] == [(0.1, "2026")]


# ---- counts of one facility ----------------------------------------------------------------


def test_a_bare_count_of_beds_is_no_ratio_and_a_facility_size_no_province_indicator() -> None:
    text = _DATED + (
        "I. THỰC TRẠNG\nBệnh viện Nhi tỉnh có quy mô 200 giường bệnh, gồm 12 khoa và "
        "03 phòng khám đa khoa khu vực.\nToàn tỉnh hiện có 2.400 giường bệnh."
    )
    seen = {o.value.magnitude: o.indicator.code for o in draft_plan(text).plan.observations}
    assert seen[200].startswith("draft_")  # one hospital's size
    assert seen[12].startswith("draft_")  # its departments
    assert seen[3] == "health_facilities"  # clinics are facilities
    assert seen[2400] == "total_beds"  # a count, not beds per 10,000 people


def test_a_letter_item_after_a_letter_item_is_no_heading_continuation() -> None:
    from vnhealthplan.io.extract.segment import layout

    text = "a) Tỷ lệ hài lòng đạt 85%;\nb) giai đoạn 2028 - 2029: tỷ lệ hài lòng đạt 88%."
    assert layout(text)[0].section_year is None
