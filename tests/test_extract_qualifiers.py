"""The catalogue indicator of a drafted figure, its restatements and figures that are no
health target, on phrases of our own making (not copied from any evaluation text).

* a qualifier the catalogue's own words do not have (another age group, speciality,
  sub-population, sex or ownership) rules the catalogue indicator out: a draft indicator;
* the same target stated again (a headline and the body, a unit written two ways, a bare
  repeated share) is drafted once;
* a share or count of a meeting's votes or attendance is not a health target;
* "giảm … xuống X% so với năm/giai đoạn …" is a change from that base, not a level.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.lexicon import rank_indicators
from vnhealthplan.io.extract.qualifiers import foreign_qualifiers, places, qualifiers


def _targets(text: str) -> list[tuple[str, float, str, str]]:
    return [
        (t.indicator.code, t.value.magnitude, t.period.code, t.kind.value)
        for t in draft_plan(text).plan.targets
    ]


def _codes(text: str) -> list[str]:
    return [code[:6] if code.startswith("draft_") else code for code, *_ in _targets(text)]


# ---- qualifiers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("trẻ em dưới 05 tuổi", {"age:<5"}),
        ("trẻ dưới năm tuổi", {"age:<5"}),
        ("trẻ em dưới 60 tháng tuổi", {"age:<5"}),
        ("trẻ từ 6 - 23 tháng tuổi", {"age:6m-23m"}),
        ("người từ 60 tuổi trở lên", {"age:60+"}),
        ("phụ nữ từ 15 đến 49 tuổi", {"age:15-49", "sex:female"}),
        ("trẻ sơ sinh", {"age:newborn"}),
        ("tuổi thọ trung bình", set()),
        ("học sinh tiểu học", {"age:pupil"}),
        ("bác sĩ chuyên khoa", {"speciality:chuyen khoa"}),
        ("bác sĩ làm việc", set()),
        ("đồng bào dân tộc thiểu số ở các xã đặc biệt khó khăn", {
            "population:ethnic minority", "population:remote"}),
        ("phụ nữ mang thai", {"population:pregnant", "sex:female"}),
        ("giường bệnh ngoài công lập", {"ownership:private"}),
        ("giường bệnh công lập", {"ownership:public"}),
    ],
)  # fmt: skip
def test_qualifiers_are_read_by_family(words: str, expected: set[str]) -> None:
    assert qualifiers(words) == expected


def test_a_family_the_catalogue_shares_keeps_the_code() -> None:
    assert not foreign_qualifiers("tử vong trẻ dưới một tuổi", "imr")
    assert foreign_qualifiers("tử vong trẻ dưới 2 tuổi", "imr") == {"age:<2"}
    assert not foreign_qualifiers("chiều cao nữ thanh niên 18 tuổi", "height_female_18")
    assert foreign_qualifiers("chiều cao nam thanh niên 18 tuổi", "height_female_18") == {
        "sex:male"
    }


def test_places_name_provinces_however_they_are_written() -> None:
    assert places("tỉnh Bà Rịa – Vũng Tàu 91%") == {"place:ba ria vung tau"}
    assert places("toàn quốc đạt 93%; Thành phố Hồ Chí Minh 90%") == {
        "place:toan quoc",
        "place:ho chi minh",
    }


# ---- the catalogue refuses a qualified noun -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Đến năm 2030 giảm tỷ suất tử vong sơ sinh xuống dưới 7‰.", "draft_"),
        ("Đến năm 2030 giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống 10‰.", "imr"),
        ("Đến năm 2030, 50% trạm y tế xã có bác sĩ chuyên khoa.", "draft_"),
        ("Đến năm 2025 có 90% trạm y tế xã có bác sĩ làm việc.", "stations_with_doctor"),
        ("Mục tiêu năm 2025: 95% trạm y tế xã ở vùng sâu, vùng xa có bác sĩ.", "draft_"),
        ("Năm 2025: tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 2 tuổi dưới 15%.", "draft_"),
        ("Năm 2025: tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi dưới 18%.",
         "stunting_u5"),
        ("Năm 2025: tỷ lệ thấp còi ở học sinh tiểu học giảm còn 12%.", "draft_"),
        ("Năm 2025: tỷ lệ người dân tộc thiểu số tham gia bảo hiểm y tế đạt 92%.", "draft_"),
        ("Năm 2025: tỷ lệ tham gia bảo hiểm y tế của lao động nữ đạt 92%.", "draft_"),
        ("Năm 2025: tỷ lệ tham gia bảo hiểm y tế đạt 92%.", "health_insurance_coverage"),
        ("Năm 2025: tỷ lệ béo phì ở vị thành niên dưới 10%.", "draft_"),
        ("Năm 2025: tuổi thọ trung bình của người dân đạt 75 tuổi.", "life_expectancy"),
        ("Năm 2025: tỷ lệ tiêm chủng mở rộng cho trẻ em dưới 1 tuổi đạt 95%.", "epi_coverage"),
    ],
)  # fmt: skip
def test_a_qualifier_the_catalogue_lacks_gives_a_draft_indicator(text: str, code: str) -> None:
    assert _codes(text) == [code]


def test_the_words_of_the_next_item_do_not_qualify_this_one() -> None:
    ranked = rank_indicators(
        "giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống 12‰",
        ", giảm tỷ suất tử vong trẻ sơ sinh xuống",
        "",
    )
    assert ranked[0][1] == "imr"


# ---- restatements -------------------------------------------------------------------------


def test_a_unit_spelled_two_ways_is_one_target() -> None:
    text = (
        "Mục tiêu năm 2025 đạt 11 bác sĩ/vạn dân\n\n"
        "Theo kế hoạch, năm 2025 tỉnh phấn đấu có 11 bác sĩ/10.000 dân, 30 giường bệnh/vạn dân."
    )
    draft = draft_plan(text)
    assert [code for code, *_ in _targets(text)] == ["doctors_per_10k", "beds_per_10k"]
    assert any("in other words (the same indicator" in m for m in draft.messages)


def test_a_headline_restated_in_a_caption_is_one_target() -> None:
    text = (
        "Tỉnh phấn đấu năm 2026 có 100% trạm y tế xã có bác sĩ.\n\n"
        "Ảnh: Trạm y tế xã Tân Lập. Năm 2026 tỉnh phấn đấu 100% trạm y tế có bác sĩ làm việc."
    )
    assert _targets(text) == [("stations_with_doctor", 100, "2026", "level")]


def test_a_lead_restated_in_the_body_keeps_the_body_s_maintenance() -> None:
    sentence = "Chương trình đặt mục tiêu 80% xã có mô hình chăm sóc người cao tuổi vào năm 2025"
    text = f"(TTXVN) - {sentence}.\n\n{sentence} và duy trì đến năm 2030."
    assert [(v, year, kind) for _, v, year, kind in _targets(text)] == [
        (80, "2025", "level"),
        (80, "2030", "maintain"),
    ]


def test_a_sentence_that_names_nothing_restates_the_target_before() -> None:
    text = "Đến năm 2025, 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.\n\nNăm 2025 đạt 95%."
    assert _targets(text) == [("full_immunisation_u1", 95, "2025", "level")]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tỷ lệ tham gia bảo hiểm y tế của tỉnh Nghệ An là 93%, tỉnh Hà Tĩnh 93%, "
        "huyện Kỳ Sơn 93%.",
        "Năm 2025 tỷ lệ khám chữa bệnh bằng y học cổ truyền tuyến tỉnh đạt 20%, "
        "tuyến huyện đạt 20%, tuyến xã đạt 20%.",
        "Năm 2025: tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm 1% so với năm "
        "2024; ở trẻ em từ 5 đến 10 tuổi giảm 1% so với năm 2024; ở học sinh trung học "
        "giảm 1% so với năm 2024.",
    ],
)
def test_equal_values_of_other_places_tiers_or_ages_are_all_kept(text: str) -> None:
    assert len(_targets(text)) == 3


def test_a_list_sharing_a_later_value_is_not_a_restatement() -> None:
    text = (
        "Người cao tuổi được khám sức khỏe đạt 70% năm 2025; 90% năm 2030. "
        "Người cao tuổi được tư vấn dinh dưỡng đạt 50% năm 2025; 90% năm 2030."
    )
    assert [v for _, v, *_ in _targets(text)] == [70, 90, 50, 90]


# ---- figures of the document's own process -------------------------------------------------


def test_a_vote_share_is_no_target() -> None:
    text = (
        "Kế hoạch năm 2025 được thông qua với 460 đại biểu tán thành (chiếm 95,2%). "
        "Mục tiêu năm 2025 đạt 12 bác sĩ/vạn dân."
    )
    draft = draft_plan(text)
    assert _targets(text) == [("doctors_per_10k", 12, "2025", "level")]
    assert any("a vote or attendance" in m for m in draft.messages)


def test_a_target_after_a_meeting_s_attendance_is_kept() -> None:
    text = "Hội nghị có 200 đại biểu tham dự; năm 2025 phấn đấu 90% xã có mô hình điểm."
    assert [v for _, v, *_ in _targets(text)] == [90]


# ---- a change from a base year or period ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Năm 2025 phấn đấu giảm tỷ lệ trẻ em thừa cân xuống 3% so với năm 2023.", -3, "change"),
        ("Năm 2025 phấn đấu tăng tỷ lệ người dân được tư vấn lên 10% so với năm 2023.", 10,
         "change"),
        ("Năm 2025 giảm tỷ lệ mắc sốt rét xuống 0,5‰ so với giai đoạn 2016 - 2020.", -0.5,
         "change"),
        ("Năm 2025 giảm tỷ lệ tai nạn thương tích xuống còn 5% so với năm 2020.", 5, "level"),
        ("Năm 2025 giảm tỷ lệ sinh con thứ 3 trở lên xuống 5%.", 5, "level"),
        ("Tăng cường tiêm chủng, năm 2025 tỷ lệ tiêm chủng đạt 95% so với năm 2024.", 95,
         "level"),
    ],
)  # fmt: skip
def test_a_figure_measured_from_a_base_is_a_change(text: str, value: float, kind: str) -> None:
    ((_, got, year, got_kind),) = _targets(text)
    assert (got, year, got_kind) == (value, "2025", kind)
