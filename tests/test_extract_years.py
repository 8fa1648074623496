"""A target's year in lists and broken lines, money parts, qualified sub-populations.

Phrases of our own making, in the ways provincial plans and news reports write them.
"""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.ownyear import programme_year
from vnhealthplan.io.extract.targets import find_targets
from vnhealthplan.io.extract.wrapping import continues, item_end, year_ahead


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(c.value.magnitude, c.phrase.kind.value, c.period.code) for c in find_targets(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a level due by one year and kept to a later one, the sentence broken in two
            "Mục tiêu cụ thể:\na) 100% trạm y tế xã có bác sĩ\n"
            "làm việc vào năm 2025 và duy trì đến năm 2030;",
            [(100, "level", "2025"), (100, "maintain", "2030")],
        ),
        (  # the year is three lines on, then a second level for a later year
            "Mục tiêu cụ thể:\nb) 80% người dân được quản lý\nsức khỏe và được tư vấn\n"
            "dinh dưỡng vào năm 2025 và đạt 90% vào năm 2030;",
            [(80, "level", "2025"), (90, "level", "2030")],
        ),
        (  # an item without its year takes the one written after it in its sentence
            "Mục tiêu cụ thể đến năm 2030:\n- Trẻ em được tiêm chủng đạt 95% và phụ nữ có\n"
            "thai được khám thai đủ 4 lần đạt 90% năm 2025; 95% năm 2030;",
            [(95, "level", "2025"), (90, "level", "2025"), (95, "level", "2030")],
        ),
        (  # "trước năm 2025" on the next line
            "Chỉ tiêu:\n+ Tỷ lệ trẻ suy dinh dưỡng giảm còn dưới 15%\ntrước năm 2025.",
            [(15, "level", "2025")],
        ),
    ],
)
def test_a_broken_sentence_gives_its_values_the_year_written_on_its_next_lines(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text) == expected


def test_a_new_item_does_not_take_the_year_of_the_item_above() -> None:
    text = (
        "Mục tiêu đến năm 2030:\na) 90% xã có trạm y tế đạt chuẩn vào năm 2025;\n"
        "b) 95% người dân có thẻ bảo hiểm y tế"
    )
    assert _read(text) == [(90, "level", "2025"), (95, "level", "2030")]


def test_a_lower_case_item_after_a_semicolon_is_not_a_broken_sentence() -> None:
    text = "tăng 10% số xã đạt chuẩn vào năm 2025;\ngiảm 5% số ca mắc"
    assert not continues(text, text.index("\n") + 1)
    assert year_ahead(text, 0) is None


@pytest.mark.parametrize("opener", ["c) ", "đ. ", "- ", "+ ", "• "])
def test_a_line_opening_an_item_does_not_go_on_with_the_line_above(opener: str) -> None:
    text = f"a) 90% người dân biết\n{opener}95% trạm y tế"
    assert not continues(text, text.index("\n") + 1)


def test_a_broken_sentence_is_read_ahead_only_to_its_end() -> None:
    text = "a) 90% người dân\nbiết về HIV. Năm 2030 có 95% trạm"
    assert text[item_end(text, 16) - 1] == "V"
    assert year_ahead(text, 16) is None


@pytest.mark.parametrize(
    "text",
    [
        "Mục tiêu đến năm 2025: tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi dưới "
        "18%, riêng vùng miền núi dưới 25%;",
        "Mục tiêu đến năm 2025: tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi: 18%, "
        "trong đó vùng đồng bào dân tộc thiểu số 24%.",
        "Mục tiêu đến năm 2025: giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi "
        "xuống dưới 18%, riêng đối với các huyện nghèo dưới 24%.",
    ],
)
def test_a_sub_population_of_a_list_head_gets_a_draft_indicator(text: str) -> None:
    codes = [c.code for c in find_targets(text)]
    assert codes == ["stunting_u5", ""]


def test_a_list_head_without_a_sub_population_keeps_the_catalogue_indicator() -> None:
    text = (
        "Mục tiêu đến năm 2025: tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi "
        "dưới 18% và năm 2030 dưới 16%."
    )
    assert [c.code for c in find_targets(text)] == ["stunting_u5", "stunting_u5"]


@pytest.mark.parametrize(
    "carried_out",
    [
        "góp phần thực hiện thành công Chiến lược quốc gia phòng, chống lao đến năm 2020 và "
        "tầm nhìn 2030",
        "nhằm triển khai Chương trình mục tiêu y tế - dân số giai đoạn 2016 - 2020",
        "theo Đề án nâng cao chất lượng dân số đến năm 2030",
    ],
)
def test_a_carried_out_documents_period_is_not_the_year_of_a_later_figure(
    carried_out: str,
) -> None:
    text = (
        f"Mục tiêu: Kế hoạch của tỉnh trong năm 2018 {carried_out}. "
        "Giảm tỷ lệ mắc lao xuống dưới 0,5%."
    )
    assert [c.period.code for c in find_targets(text)] == ["2018"]


def test_a_year_written_for_the_plan_itself_is_still_an_earlier_sentences_year() -> None:
    text = "Mục tiêu: Kế hoạch đến năm 2025 của tỉnh. Giảm tỷ lệ mắc lao xuống dưới 0,5%."
    assert [c.period.code for c in find_targets(text)] == ["2025"]


@pytest.mark.parametrize(
    ("opening", "year"),
    [
        ("Chương trình dinh dưỡng của thành phố trong năm 2023 sẽ tập trung vào trẻ em.", "2023"),
        ("Kế hoạch phòng, chống sốt rét năm 2024 của tỉnh vừa được triển khai.", "2024"),
        ("Theo đó, Kế hoạch hoạt động năm 2019 của Dự án có 4 mục tiêu.", "2019"),
    ],
)
def test_a_reports_plan_year_dates_the_figures_of_later_paragraphs(opening: str, year: str) -> None:
    text = f"{opening}\nCụ thể, phấn đấu đạt mục tiêu: 85% trẻ em dưới 5 tuổi được uống vitamin A."
    assert [t.period.code for t in draft_plan(text).plan.targets] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "góp phần thực hiện Chương trình quốc gia năm 2024",
        "Kế hoạch giai đoạn 2021 - 2025 của tỉnh",
        "Kế hoạch của tỉnh có 85% xã so với năm 2020",
    ],
)
def test_a_carried_out_programme_a_span_or_a_base_year_is_no_report_year(text: str) -> None:
    assert programme_year(text) is None
