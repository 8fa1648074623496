"""Status against target, scope and indicators (session 7, tuneS): each rule with phrasings
other plans would use and near misses that must not be read the same way."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.baseline import closes_before
from vnhealthplan.io.extract.carried import carried
from vnhealthplan.io.extract.groupdefs import without_definitions
from vnhealthplan.io.extract.headline import once
from vnhealthplan.io.extract.lexicon import rank_indicators
from vnhealthplan.io.extract.newsplan import span_year
from vnhealthplan.io.extract.planscope import scope_of, scoped
from vnhealthplan.io.extract.targets import find_figures


def _roles(text: str, doc_year: int | None = None) -> list[tuple[str, str]]:
    found = carried(text, find_figures(text, doc_year=doc_year))
    return [(c.role, text[slice(*c.span)]) for c in found]


# ---- an undated plan named in its lead with a span -------------------------------------------

_SPANS = [
    ("Tại kế hoạch thực hiện Chiến lược dinh dưỡng giai đoạn 2022-2030, thành phố ...", 2022),
    ("UBND tỉnh ban hành Kế hoạch phòng, chống lao giai đoạn 2021 – 2025.", 2021),
    ("Chương trình chăm sóc sức khỏe người cao tuổi của tỉnh giai đoạn 2026 - 2030 đặt ra", 2026),
    ("Đề án kiểm soát dân số các vùng biển giai đoạn 2019-2025 được phê duyệt", 2019),
    ("Chiến lược quốc gia phòng chống HIV giai đoạn 2011 - 2020 đã đề ra", 2011),
]
_NO_SPAN = [
    "Kết quả giai đoạn 2016 - 2020: tỷ lệ đạt 90%.",  # a period reviewed, no plan named
    "Năm 2009 có 14 xã; đến năm 2014 còn 7 xã.",
    "Giai đoạn 2021-2025 tỉnh đạt nhiều kết quả.",
    "Kế hoạch năm 2024 của tỉnh.",  # one year: ownyear reads it
    "x" * 700 + " Kế hoạch phòng chống lao giai đoạn 2021-2025",  # not in the lead
]


@pytest.mark.parametrize(("text", "year"), _SPANS)
def test_a_plan_named_with_a_span_dates_an_undated_text(text: str, year: int) -> None:
    assert span_year(text) == year


@pytest.mark.parametrize("text", _NO_SPAN)
def test_no_plan_span_no_date(text: str) -> None:
    assert span_year(text) is None


def test_figures_before_the_span_are_status_figures() -> None:
    text = (
        "Tại kế hoạch giai đoạn 2022-2030 của thành phố, tỷ lệ thừa cân tăng từ 18,6% năm "
        "2017 lên 22,7% năm 2021.\nMục tiêu tới năm 2025, tỷ lệ thừa cân dưới 20%."
    )
    drafted = draft_plan(text)
    assert [t.value.magnitude for t in drafted.plan.targets] == [20]
    assert sorted(o.value.magnitude for o in drafted.plan.observations) == [18.6, 22.7]


# ---- excluded words of a head that names the indicator ---------------------------------------

_HEAD_EXCLUDES = [
    ("năm 2017 lên ", "", "trong đó tỷ lệ học sinh tiểu học bị thừa cân, béo phì tăng từ 30% "),
    ("và ", "", "tỷ lệ thừa cân, béo phì ở trẻ em dưới 5 tuổi là 10% "),
    (", ", "", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em gầy còm là 5% "),
    ("nội thành ", "", "lứa tuổi học đường, tỷ lệ thừa cân, béo phì là 22,7% ("),
]


@pytest.mark.parametrize(("own", "after", "head"), _HEAD_EXCLUDES)
def test_a_heads_excluded_words_rule_its_indicator_out(own: str, after: str, head: str) -> None:
    assert rank_indicators(own, after, head)[:1] in ([], [(0, "")]) or rank_indicators(
        own, after, head
    )[0][1] not in ("adult_obesity", "stunting_u5")


def test_a_head_without_excluded_words_still_names_it() -> None:
    assert rank_indicators("và ", "", "tỷ lệ béo phì ở người trưởng thành là 20% ")[0][1] == (
        "adult_obesity"
    )


# ---- heights ---------------------------------------------------------------------------------

_HEIGHTS = [
    ("Đến năm 2025, nam giới 18 tuổi sẽ cao ", "cm", "height_male_18"),
    ("chiều cao trung bình của nam thanh niên 18 tuổi đạt ", "cm", "height_male_18"),
    ("nữ 18 tuổi cao ", "cm", "height_female_18"),
    ("chiều cao trung bình của nữ thanh niên đạt ", "cm", "height_female_18"),
    ("thanh niên nam 18 tuổi có chiều cao ", "cm", "height_male_18"),
]
_NOT_HEIGHTS = [
    "tỷ lệ nam giới cao huyết áp ",
    "nâng cao sức khỏe nam giới ",
    "nam giới cao hơn ",
    "tỷ lệ người cao tuổi nam ",
    "nữ giới có tỷ lệ cao nhất ",
]


@pytest.mark.parametrize(("own", "after", "code"), _HEIGHTS)
def test_a_height_is_named_by_cao(own: str, after: str, code: str) -> None:
    assert rank_indicators(own, after, "")[0][1] == code


@pytest.mark.parametrize("own", _NOT_HEIGHTS)
def test_cao_of_other_words_names_no_height(own: str) -> None:
    assert not [c for _, c in rank_indicators(own, "", "") if c.startswith("height")]


# ---- "duy trì" past the numbers that name the measure ----------------------------------------

_KEPT = [
    "Đến năm 2025, duy trì tỉ lệ trẻ em dưới 5 tuổi được bổ sung vitamin A 02 đợt/năm đạt 95%.",
    "Đến năm 2025, duy trì tỷ lệ phụ nữ được bổ sung viên sắt đến 1 tháng sau sinh đạt 85%.",
    "Năm 2026, duy trì tỷ lệ trẻ được tiêm 2 mũi vắc xin sởi đạt trên 95%.",
    "Đến năm 2030, duy trì tỷ lệ người cao tuổi được khám sức khỏe 1 lần/năm đạt 90%.",
    "Năm 2025 duy trì tỷ lệ trẻ dưới 2 tuổi được theo dõi tăng trưởng 3 tháng/lần đạt 80%.",
]
_NOT_KEPT = [
    "Đến năm 2025, duy trì 100% trạm y tế có bác sĩ và 95% xã đạt chuẩn.",  # the second
    "Đến năm 2025, 90% số người được duy trì điều trị ARV liên tục.",
    "Duy trì và nâng cao tỷ lệ trẻ được tiêm đủ 8 loại vắc xin lên 95% năm 2025.",
]


@pytest.mark.parametrize("text", _KEPT)
def test_duy_tri_keeps_the_level_past_naming_numbers(text: str) -> None:
    kinds = [c.phrase.kind.value for c in find_figures(text) if c.role == "target"]
    assert kinds[-1] == "maintain"


@pytest.mark.parametrize("text", _NOT_KEPT)
def test_duy_tri_does_not_reach_other_figures(text: str) -> None:
    kinds = [c.phrase.kind.value for c in find_figures(text) if c.role == "target"]
    assert kinds[-1] != "maintain"


# ---- a plan for a part of the province -------------------------------------------------------

_PARTS = [
    (
        "Kế hoạch phòng chống suy dinh dưỡng trẻ em vùng đồng bào dân tộc thiểu số",
        "ethnic minority",
    ),
    ("Nỗ lực giảm suy dinh dưỡng ở trẻ em dưới 5 tuổi vùng DTTS", "ethnic minority"),
    ("Kế hoạch chăm sóc sức khỏe bà mẹ trẻ em tại các huyện nghèo", "poor"),
    ("Chương trình y tế vùng sâu, vùng xa, biên giới năm 2024", "remote"),
    ("Kế hoạch cấp nước sạch khu vực nông thôn", "rural"),
]
_WHOLE = [
    "Kế hoạch phòng chống suy dinh dưỡng trẻ em năm 2024",
    "Kế hoạch chăm sóc sức khỏe người cao tuổi giai đoạn 2021-2025",
    "Kế hoạch y tế học đường năm 2023",
    "Kế hoạch phòng chống HIV/AIDS năm 2025",
    "Kế hoạch dân số và phát triển tỉnh Gia Lai",
    "Kế hoạch thực hiện tiêu chí y tế trong xây dựng nông thôn mới năm 2024",
]


@pytest.mark.parametrize(("title", "part"), _PARTS)
def test_a_title_names_a_part_of_the_province(title: str, part: str) -> None:
    assert f"population:{part}" in scope_of(title)


@pytest.mark.parametrize("title", _WHOLE)
def test_a_title_of_the_whole_province(title: str) -> None:
    assert scope_of(title) == frozenset()


def test_a_part_keeps_no_catalogue_indicator_but_the_whole_province_does() -> None:
    text = (
        "Đến năm 2025 giảm tỷ lệ suy dinh dưỡng thể thấp còi trẻ em dưới 5 tuổi xuống 24%; "
        "tỷ lệ suy dinh dưỡng thể thấp còi trẻ em dưới 5 tuổi toàn tỉnh xuống 20%."
    )
    found = scoped(find_figures(text), "Kế hoạch vùng đồng bào dân tộc thiểu số và miền núi")
    assert [c.code for c in found] == ["", "stunting_u5"]


# ---- a bracket that defines a group ----------------------------------------------------------

_DEFINITIONS = [
    "Đến năm 2030, tăng 10% tổng tỷ suất sinh ở các tỉnh có mức sinh thấp (bình quân mỗi phụ nữ "
    "có dưới 2 con).",
    "Đến năm 2030, giảm 20% số ca mắc ở các xã trọng điểm (tức là các xã có tỷ lệ mắc trên "
    "100/100.000 dân).",
    "Đến năm 2025, giảm 15% tỷ lệ sinh con thứ ba ở các huyện có mức sinh cao (nghĩa là có trên "
    "2,5 con mỗi phụ nữ).",
    "Đến năm 2025, giảm 30% số ca mắc sốt rét ở vùng lưu hành nặng (là những xã có trên 5% "
    "người mắc).",
]
_NOT_DEFINITIONS = [
    "Đến năm 2025, 95% trẻ em (trong đó 90% trẻ dưới 1 tuổi) được tiêm đủ.",
    "Đến năm 2030, tổng tỷ suất sinh đạt 2,1 con (bình quân mỗi phụ nữ có 2,1 con).",
    "Đến năm 2025, tỷ lệ sinh con thứ ba dưới 10% (năm 2020 là 12%).",
]


@pytest.mark.parametrize("text", _DEFINITIONS)
def test_a_bracket_that_defines_a_group_sets_no_target(text: str) -> None:
    found = without_definitions(text, find_figures(text))
    assert len(found) == 1
    assert "(" not in text[: found[0].span[0]]


@pytest.mark.parametrize("text", _NOT_DEFINITIONS)
def test_a_bracket_that_does_not_define_keeps_its_figures(text: str) -> None:
    assert without_definitions(text, find_figures(text)) == find_figures(text)


# ---- figures a reported sentence goes on with ------------------------------------------------

_CARRIED = [
    "Năm 2009 có 14 xã với 159.066 người sống trong vùng sốt rét lưu hành.",
    "Năm 2015 có 20 xã với khoảng 30.000 người nhiễm.",
    "Năm 2010 có 120 ca mắc, trong đó 40 ca tử vong.",
    "Năm 2010 có 30 ca mắc thì đến năm 2015 chỉ còn 8 ca.",
    "Năm 2012 là 25% thì năm 2016 còn 18%.",
    "Năm 2011 có 50 cơ sở thì đến năm 2016 chỉ còn 20 cơ sở với 900 người lao động.",
]
_NOT_CARRIED = [
    "Năm 2020 có 20 xã, phấn đấu đến năm 2025 có 30 xã với 90% dân số.",
    "Năm 2020 có 30 ca mắc thì đến năm 2025 phải giảm còn 10 ca.",
    "Năm 2020 có 30 ca mắc thì đến năm 2025 sẽ còn 10 ca.",
    "Năm 2020 có 20 xã; đến năm 2025 có 30 xã với 90% dân số.",
]


@pytest.mark.parametrize("text", _CARRIED)
def test_figures_of_a_reported_sentence_are_status_figures(text: str) -> None:
    roles = [role for role, _ in _roles(text)]
    assert roles
    assert set(roles) == {"observation"}


@pytest.mark.parametrize("text", _NOT_CARRIED)
def test_an_aim_in_the_sentence_keeps_its_targets(text: str) -> None:
    assert "target" in [role for role, _ in _roles(text)]


# ---- a comparison that closes the figure before ----------------------------------------------

_CLOSED = [
    "giảm 10% ca mắc so với giai đoạn 2016-2020, tỷ lệ tử vong dưới 0,09%",
    "giảm 5% số ca so với năm 2020, tỷ lệ chết/mắc dưới 0,1%",
    "tăng 20% so với cùng kỳ, tỷ lệ khỏi bệnh đạt 85%",
    "giảm 15% so với trung bình giai đoạn 2016 - 2020, tỷ lệ mắc dưới 50/100.000 dân",
    "tăng 2% so với năm 2022.Đồng thời, khống chế tỷ lệ béo phì dưới 5%",
]
_OPEN = [
    "So với năm 2020, tỷ lệ tử vong giảm 5%",  # no figure before
    "giảm 10% ca mắc, tỷ lệ tử vong dưới 0,09% so với",  # the "so với" after
    "đạt 90%, so với năm 2020 tỷ lệ giảm 5%",  # not closed before the value
]


@pytest.mark.parametrize("text", _CLOSED)
def test_a_closed_comparison_is_the_figure_befores(text: str) -> None:
    at = max(text.rfind("dưới"), text.rfind("đạt"))
    own = text[text.index("%") + 1 : at]
    assert closes_before(text, own, (at, len(text)))


@pytest.mark.parametrize("text", _OPEN)
def test_an_open_comparison_stays_a_cue(text: str) -> None:
    at = text.rfind("giảm") if text.startswith("So") else text.rindex("%") - 4
    first = text.find("%")
    own = text[first + 1 if 0 <= first < at else 0 : at]
    assert not closes_before(text, own, (at, len(text)))


# ---- a headline stated again in the body -----------------------------------------------------

_HEADLINES = [
    (
        "88% người cao tuổi được khám sức khỏe định kỳ năm 2024\n"
        "Năm 2024, tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt 88%.",
        ["="],
    ),
    (
        "Tỉnh đặt mục tiêu 98,5% trẻ dưới 1 tuổi được tiêm chủng đầy đủ\n"
        "Năm 2025, tỉnh đặt mục tiêu tiêm chủng đầy đủ cho ít nhất 98,5% trẻ dưới 1 tuổi.",
        ["≥"],
    ),
    (
        "Phấn đấu giảm tỷ lệ uống rượu bia nguy hại ở nam giới còn dưới 35% năm 2025\n"
        "Theo kế hoạch, đến năm 2025 giảm tỷ lệ uống rượu bia nguy hại ở nam giới còn dưới 35%.",
        ["<"],
    ),
]
_HEADLINES.append(
    (
        "Cổng thông tin Sở Y tế\nPhấn đấu đến năm 2025, 85% hồ sơ sức khỏe điện tử được kết nối\n\n"
        "Mục tiêu đến năm 2025, 85% hồ sơ sức khỏe điện tử của người dân được kết nối, liên thông.",
        ["="],
    )
)
_TWO_TARGETS = [
    # the same value of another measure
    "90% người dân được quản lý sức khỏe năm 2025\n"
    "Năm 2025, tỷ lệ trạm y tế xã có bác sĩ đạt 90%; 90% người dân được quản lý sức khỏe.",
    # another year
    "95% trẻ được tiêm chủng đầy đủ năm 2025\nĐến năm 2030, 95% trẻ được tiêm chủng đầy đủ.",
]


@pytest.mark.parametrize(("text", "comparators"), _HEADLINES)
def test_a_headline_restated_in_the_body_is_one_target(text: str, comparators: list[str]) -> None:
    assert [t.comparator.symbol for t in draft_plan(text).plan.targets] == comparators


@pytest.mark.parametrize("text", _TWO_TARGETS)
def test_a_headline_and_another_target_stay_two(text: str) -> None:
    found = [c for c in once(text, find_figures(text, doc_year=2024)) if c.role == "target"]
    assert len(found) >= 2


# ---- a wrapped sentence's words on the line above --------------------------------------------

_WRAPPED = [
    (
        "Tỷ lệ suy dinh dưỡng (cân nặng theo tuổi) ở\ntrẻ em dưới 5 tuổi là 25,4% năm 2016.",
        "underweight_u5",
    ),
    (
        "Tỷ lệ suy dinh dưỡng thể thấp còi ở\ntrẻ em dưới 5 tuổi giảm còn 20% năm 2025.",
        "stunting_u5",
    ),
    (
        "Đến năm 2025, tỷ lệ bao phủ bảo hiểm y tế trên\ndân số toàn tỉnh đạt 95%.",
        "health_insurance_coverage",
    ),
    ("Đến năm 2030, tỷ suất tử vong trẻ em dưới 1 tuổi\ngiảm còn 10‰.", "imr"),
    ("Đến năm 2025, tỷ lệ trạm y tế xã có bác sĩ\nlàm việc đạt 100%.", "stations_with_doctor"),
]
_NOT_WRAPPED = [
    "Mục tiêu về bảo hiểm y tế:\ntỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh đạt 90% năm 2025.",
    "Tỷ lệ tham gia bảo hiểm y tế đạt 95%.\ntỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 90% năm 2025.",
    "- Tỷ lệ tham gia bảo hiểm y tế\n- Tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 90% năm 2025.",
]


@pytest.mark.parametrize(("text", "code"), _WRAPPED)
def test_a_wrapped_sentence_names_its_figure_from_the_line_above(text: str, code: str) -> None:
    assert [c.code for c in find_figures(text)][-1] == code


@pytest.mark.parametrize("text", _NOT_WRAPPED)
def test_a_line_above_that_ends_its_item_names_nothing(text: str) -> None:
    assert [c.code for c in find_figures(text)][-1] != "health_insurance_coverage"


_FIGURE_NEXT_LINE = [
    "- Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới\n12,5‰ vào năm 2025 và 10‰ năm 2030.",
    "Tỷ lệ bao phủ bảo hiểm y tế đến năm 2025 đạt\n95% dân số.",
    "Tỷ lệ trạm y tế xã có bác sĩ làm việc đến năm 2025 là\n100%.",
]


@pytest.mark.parametrize("text", _FIGURE_NEXT_LINE)
def test_a_figure_opening_the_line_after_its_comparator_is_named_from_above(text: str) -> None:
    assert "" not in [c.code for c in find_figures(text)]


def test_a_number_opening_a_line_after_a_closed_one_is_not_named_from_above() -> None:
    text = "Tỷ lệ bao phủ bảo hiểm y tế đạt 90%.\n95% hộ gia đình có nhà tiêu hợp vệ sinh năm 2025."
    assert [c.code for c in find_figures(text)][-1] == ""
