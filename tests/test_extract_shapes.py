"""Document shapes, counts with verbs and status figures (issue #18), each with its phrase."""

from __future__ import annotations

from vnhealthplan.io.extract import draft_plan, evaluate_all
from vnhealthplan.io.extract.candidate import YearContext, plan_period
from vnhealthplan.io.extract.counts import count_verb, read_count
from vnhealthplan.io.extract.evaluate import total
from vnhealthplan.io.extract.segment import layout, year_marks
from vnhealthplan.io.extract.targets import find_figures, find_targets
from vnhealthplan.io.extract.values import find_values

_HEAD = "Hà Nội, ngày 10 tháng 01 năm 2024\nKẾ HOẠCH\nY tế năm 2024\n\n"


def _targets(text: str) -> list[tuple[str, float, str, str]]:
    """(comparator, value, kind, last year) of each drafted target."""
    return [
        (
            t.comparator.value,
            float(t.value.magnitude),
            t.kind.value,
            str(t.period.last_year),
        )
        for t in draft_plan(text).plan.targets
    ]


def _reasons(text: str, kind: str = "target") -> list[tuple[str, ...]]:
    return [f.reasons for f in draft_plan(text).findings if f.kind == kind]


# ---- the seeds: the figures of the brief ----------------------------------------------------


def test_seed_targets_reach_95_percent_recall_and_precision() -> None:
    overall = total(evaluate_all())
    assert overall.matched >= 107
    assert overall.recall >= 0.95
    assert overall.precision >= 0.95


def test_seed_observations_are_all_found() -> None:
    overall = total(evaluate_all("observation"))
    assert (overall.curated, overall.drafted, overall.matched) == (9, 9, 9)


# ---- a year heading over a bullet list --------------------------------------------------------


def test_each_bullet_takes_the_year_of_its_heading() -> None:
    text = (
        _HEAD + "II. MỤC TIÊU\nĐến năm 2025:\n- Tỷ lệ hài lòng đạt 80%;\n"
        "- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 20%.\n"
        "Đến năm 2030:\n- Tỷ lệ hài lòng đạt 90%;\n+ Tỷ lệ trẻ em dưới 5 tuổi suy dinh "
        "dưỡng thể thấp còi dưới 17%.\n"
    )
    years = [year for *_, year in _targets(text)]
    assert years == ["2025", "2025", "2030", "2030"]
    assert not any(r for r in _reasons(text) if any("title" in x for x in r))


def test_a_lead_in_year_dates_a_list_after_trong_do_without_bullets() -> None:
    text = (
        _HEAD + "Đến năm 2026, giảm tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi, trong đó:\n"
        "tỷ lệ suy dinh dưỡng thể nhẹ cân dưới 10%;\n"
        "tỷ lệ suy dinh dưỡng thể thấp còi dưới 20%.\n"
        "Tỷ lệ hài lòng đạt 80%.\n"
    )
    assert _targets(text) == [
        ("<", 10.0, "level", "2026"),
        ("<", 20.0, "level", "2026"),
        ("=", 80.0, "level", "2024"),  # the list ended: the title's year
    ]


def test_a_lead_in_line_without_a_colon_or_year_opens_nothing() -> None:
    text = "Đến năm 2030 đạt 90%\n- Tỷ lệ hài lòng đạt 80%."
    assert [line.section_year for line in layout(text)] == [None, None]


# ---- the year from the plan's period --------------------------------------------------------


def test_the_title_period_gives_its_last_year_with_a_reason() -> None:
    text = "KẾ HOẠCH\nPhòng, chống HIV/AIDS giai đoạn 2021 - 2025\n\n- Tỷ lệ hài lòng đạt 95%."
    ((*_, year),) = _targets(text)
    assert year == "2025"
    (finding,) = [f for f in draft_plan(text).findings if f.kind == "target"]
    assert "year taken from the title (due by 2025)" in finding.reasons
    assert finding.confidence <= 0.7


def test_the_objectives_period_is_taken_when_the_title_has_none() -> None:
    text = (
        "Hà Nội, ngày 27 tháng 4 năm 2018\nKẾ HOẠCH\nVề y tế\n\nIII- MỤC TIÊU\n"
        "2.1- Mục tiêu đến năm 2025\n2.2- Mục tiêu đến năm 2030\nIV- GIẢI PHÁP\n"
        "- Dành ít nhất 30% ngân sách y tế cho công tác y tế dự phòng."
    )
    assert _targets(text) == [(">=", 30.0, "level", "2030")]
    (finding,) = [f for f in draft_plan(text).findings if f.kind == "target"]
    assert finding.year == "2018-2030"
    assert any("the plan's period 2018–2030 is taken (due by 2030)" in r for r in finding.reasons)
    assert finding.confidence < 1.0


def test_plan_period_is_none_without_dated_objectives() -> None:
    text = "III- MỤC TIÊU\n1- Mục tiêu tổng quát"
    assert plan_period(text, layout(text), 2018) is None


# ---- semicolon lists after "trong đó:" ---------------------------------------------------


def test_each_item_of_a_trong_do_list_is_its_own_target() -> None:
    text = (
        _HEAD + "Đến năm 2025, khống chế tỷ lệ nhiễm HIV trong các nhóm nguy cơ cao, trong "
        "đó: nhóm tiêm chích ma túy dưới 10%; nhóm phụ nữ bán dâm dưới 1,5%; nhóm nam có "
        "quan hệ tình dục đồng giới dưới 5%."
    )
    assert _targets(text) == [
        ("<", 10.0, "level", "2025"),
        ("<", 1.5, "level", "2025"),
        ("<", 5.0, "level", "2025"),
    ]


# ---- table cells ----------------------------------------------------------------------


def test_table_cells_with_a_sign_are_read_under_year_columns() -> None:
    text = (
        _HEAD + "II. MỤC TIÊU\nSTT\tChỉ số\t2025\t2030\n"
        "1\tTỷ lệ bao phủ bảo hiểm y tế (%)\t>90\t>95\n"
    )
    found = [
        (c.code, c.phrase.comparator.value, c.value.magnitude, c.period.code)
        for c in find_targets(text)
    ]
    assert found == [
        ("health_insurance_coverage", ">", 90, "2025"),
        ("health_insurance_coverage", ">", 95, "2030"),
    ]


# ---- a baseline period is not the target's -------------------------------------------------


def test_a_baseline_period_is_a_reference() -> None:
    marks = year_marks("tăng 10% so với giai đoạn 2016 - 2020 trong giai đoạn 2021 - 2025")
    assert [(m.period.code, m.reference) for m in marks] == [
        ("2016-2020", True),
        ("2021-2025", False),
    ]


def test_a_target_compared_with_a_baseline_takes_the_plans_year() -> None:
    text = (
        "KẾ HOẠCH\nChăm sóc sức khỏe giai đoạn 2021 - 2025\n\n"
        "- Tỷ lệ người dân hài lòng tăng 10% so với giai đoạn 2016-2020.\n"
        "- Tỷ lệ người dân hài lòng tăng 5% so với năm 2020."
    )
    assert [year for *_, year in _targets(text)] == ["2025", "2025"]


# ---- counts with verbs ---------------------------------------------------------------------


def test_thanh_lap_at_02_hospitals_is_a_change() -> None:
    text = (
        _HEAD + "1- Đến năm 2025, phấn đấu đạt các chỉ tiêu\n"
        "Thành lập Khoa Lão tại 02 bệnh viện (Bệnh viện Đa khoa tỉnh và Bệnh viện Đa khoa "
        "khu vực)."
    )
    assert _targets(text) == [("=", 2.0, "change", "2025")]
    assert any("'thành lập' before the count" in r for r in _reasons(text)[0])


def test_nang_cap_04_hospitals_with_a_year_later_in_the_sentence() -> None:
    text = (
        _HEAD + "Đầu tư nâng cấp 04 bệnh viện: Bệnh viện Mắt, Ung bướu, Nội tiết đạt tiêu chí "
        "bệnh viện Hạng I để đến năm 2025 toàn tỉnh có 09 bệnh viện Hạng I."
    )
    assert _targets(text) == [("=", 4.0, "change", "2025"), ("=", 9.0, "level", "2025")]


def test_phat_trien_them_in_a_dated_section() -> None:
    text = (
        _HEAD + "V- LỘ TRÌNH THỰC HIỆN\n2- Giai đoạn 2021 - 2025\n"
        "- Tạo điều kiện phát triển mạng lưới hành nghề ngoài công lập, phát triển thêm "
        "01 - 02 bệnh viện tư nhân."
    )
    (target,) = draft_plan(text).plan.targets
    assert (target.comparator.value, target.kind.value, target.period.code) == (
        "range",
        "change",
        "2021-2025",
    )
    assert (target.value.magnitude, target.upper.magnitude) == (1, 2)


def test_a_count_with_a_verb_but_only_an_earlier_sentences_year_is_left() -> None:
    text = (
        _HEAD + "Xây dựng Bệnh viện Đa khoa tỉnh vào năm 2024. Nâng cấp, mở rộng 03 Bệnh "
        "viện đa khoa các huyện thành bệnh viện khu vực."
    )
    assert _targets(text) == []


def test_autonomy_counts_of_a_list_share_the_first_items_lead() -> None:
    text = (
        _HEAD + "- Đẩy mạnh cơ chế tự chủ, phấn đấu đến năm 2025, có 02 bệnh viện công lập "
        "tuyến tỉnh (Bệnh viện A và Bệnh viện B) là đơn vị tự chủ tài chính nhóm một (đảm "
        "bảo chi đầu tư và chi thường xuyên), 03 bệnh viện công lập tuyến tỉnh (Sản - Nhi, "
        "Tim Mạch, Mắt) là đơn vị tự chủ tài chính nhóm hai (đảm bảo chi thường xuyên)."
    )
    assert _targets(text) == [("=", 2.0, "level", "2025"), ("=", 3.0, "level", "2025")]
    assert any("a list of counts" in r for r in _reasons(text)[1])


def test_a_count_in_a_parenthesis_does_not_share_the_lists_lead() -> None:
    text = (
        _HEAD + "Đến năm 2030, có 06 bệnh viện công lập tuyến tỉnh (Bệnh viện A, 02 bệnh viện "
        "đa khoa khu vực) là đơn vị tự chủ tài chính nhóm một."
    )
    assert _targets(text) == [("=", 6.0, "level", "2030")]


def test_count_verb_reads_only_the_last_words() -> None:
    assert count_verb("nâng cấp trạm y tế xã và tăng cường đào tạo cán bộ y tế cho ") == ""
    assert count_verb("xây dựng mới ") == "xây dựng mới"


def test_read_count_leaves_shares_alone() -> None:
    (value,) = find_values("thành lập 95%")
    assert read_count(value, [], "thành lập ") == (value, ())


# ---- status figures apart from targets --------------------------------------------------------


def test_an_estimate_of_the_present_is_an_observation() -> None:
    text = _HEAD + "Ước dân số trung bình năm 2024: 1.917.093 người."
    draft = draft_plan(text)
    assert draft.plan.targets == ()
    (seen,) = draft.plan.observations
    assert (seen.value.magnitude, seen.period.code) == (1917093, "2024")
    assert "'ước': an estimate" in _reasons(text, "observation")[0]


def test_a_year_before_the_plans_with_dat_is_an_observation() -> None:
    text = _HEAD + "Năm 2023 đạt 8,5 bác sĩ/vạn dân; phấn đấu năm 2025 đạt 10 bác sĩ/vạn dân."
    draft = draft_plan(text)
    assert [(o.value.magnitude, o.period.code) for o in draft.plan.observations] == [(8.5, "2023")]
    assert [(t.value.magnitude, t.period.code) for t in draft.plan.targets] == [(10, "2025")]


def test_a_figure_that_could_be_either_keeps_the_doubt() -> None:
    text = _HEAD + "Năm 2024 đạt 95% trạm y tế có bác sĩ."
    (reasons,) = _reasons(text)
    assert any("could be a status figure" in r for r in reasons)


def test_the_whole_of_a_part_is_the_number_there_are() -> None:
    text = _HEAD + "Nâng cao cơ sở vật chất, xây dựng mới 05/27 Trung tâm y tế huyện: A, B."
    draft = draft_plan(text)
    (seen,) = draft.plan.observations
    assert (seen.indicator.code, seen.value.magnitude, seen.period.code) == (
        "health_facilities",
        27,
        "2024",
    )
    assert seen.source is not None
    assert seen.source.quote == "05/27"
    (reasons,) = _reasons(text, "observation")
    assert any("27 is the number there are" in r for r in reasons)
    assert draft.plan.targets == ()


def test_a_date_is_no_fraction() -> None:
    assert find_values("ngày 05/12 bệnh viện") == []


def test_find_figures_with_an_explicit_plan_period() -> None:
    text = "- Tỷ lệ hài lòng đạt 80%."
    mark = plan_period(
        "III- MỤC TIÊU\n2.1- Mục tiêu đến năm 2030",
        layout("III- MỤC TIÊU\n2.1- Mục tiêu đến năm 2030"),
        2020,
    )
    (found,) = find_figures(text, years=YearContext(None, 2020, mark), doc_year=2020)
    assert found.period.code == "2020-2030"


def test_a_bulleted_lead_in_and_letter_items_take_the_lead_ins_year() -> None:
    text = (
        _HEAD + "II. MỤC TIÊU\n- Đến năm 2025:\n+ Tỷ lệ hài lòng đạt 80%.\n- Đến năm 2030:\n"
        "+ Tỷ lệ hài lòng đạt 90%.\nChỉ tiêu đến năm 2027:\na) Tỷ lệ hài lòng đạt 85%;\n"
        "b) Giai đoạn 2028 - 2029: tỷ lệ hài lòng đạt 88%."
    )
    assert [year for *_, year in _targets(text)] == ["2025", "2030", "2027", "2029"]


def test_without_an_issue_date_the_title_period_tells_the_past() -> None:
    text = (
        "KẾ HOẠCH\nPhát triển nhân lực y tế giai đoạn 2025 - 2030\n\nII. MỤC TIÊU\n"
        "Năm 2023 đạt 8,5 bác sĩ/vạn dân, phấn đấu đến năm 2030 đạt 12 bác sĩ/vạn dân.\n"
        "Hiện nay tỷ lệ trạm y tế có bác sĩ đạt 90%, phấn đấu đến năm 2030 đạt 100%."
    )
    draft = draft_plan(text)
    assert [(t.value.magnitude, t.period.code) for t in draft.plan.targets] == [
        (12, "2030"),
        (100, "2030"),
    ]
    seen = [(o.value.magnitude, o.period.code) for o in draft.plan.observations]
    assert seen == [(8.5, "2023"), (90, "2025")]  # not the 2030 of the target after it
    doubts = _reasons(text, "observation")
    assert all(any("could be a target" in r for r in reasons) for reasons in doubts)


def test_a_title_running_to_a_year_says_nothing_of_when_it_was_written() -> None:
    text = "KẾ HOẠCH\nY tế đến năm 2030\n\nNăm 2025 đạt 10 bác sĩ/vạn dân."
    assert [t.period.code for t in draft_plan(text).plan.targets] == ["2025"]


def test_a_fraction_of_hospitals_but_no_date_or_year() -> None:
    (value,) = find_values("nâng cấp 02/10 bệnh viện huyện")
    assert (value.fraction, value.phrase.value, str(value.unit)) == ("02/10", 10, "facility")
    assert [v.fraction for v in find_values("ngày 05/12 bệnh viện; tháng 12/2025 bệnh viện")] == []


def test_a_paragraph_repeated_word_for_word_gives_its_targets_once() -> None:
    """News pages often print their lead paragraph twice: one target, and a message."""
    line = "Cụ thể, tỉnh được giao tỷ lệ tiêm chủng đầy đủ năm 2025 là 97%."
    draft = draft_plan(f"KẾ HOẠCH\nTiêm chủng\n\n(TTXVN) - {line}\n\nẢnh minh họa\n\n{line}\n")
    assert [(t.value.magnitude, t.period.code) for t in draft.plan.targets] == [(97, "2025")]
    assert any("restate, in the same words" in m for m in draft.messages)


def test_the_same_figure_in_other_words_is_kept() -> None:
    text = (
        "KẾ HOẠCH\nY tế năm 2025\n\nMục tiêu đến năm 2025:\n"
        "100% trạm y tế có bác sĩ;\n100% trạm y tế có nữ hộ sinh;\n"
    )
    assert len(draft_plan(text).plan.targets) == 2  # same value and year, other words
