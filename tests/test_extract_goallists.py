"""Goal lists whose items carry no aim word: the aim is in the lead, the goal's name, the plan."""

from __future__ import annotations

import re

import pytest

from vnhealthplan.io.extract.aims import to_reach
from vnhealthplan.io.extract.draft import draft_plan
from vnhealthplan.io.extract.horizon import another_goals, goals_year
from vnhealthplan.io.extract.listed import continued_list
from vnhealthplan.io.extract.namedgoal import named_goal
from vnhealthplan.io.extract.nextitem import names_itself, own_after
from vnhealthplan.io.extract.segment import layout
from vnhealthplan.io.extract.status import Role, read_role
from vnhealthplan.io.extract.targets import find_figures

_REACHED = Role("observation", ("'đạt được' before the value",), word="đạt được")


def _span(text: str, number: str) -> tuple[int, int]:
    at = text.index(number)
    return at, at + len(number)


# "đạt được" after a word of purpose or need: still to reach
_TO_REACH = [
    ("Để đạt được mục tiêu đó, cần đưa tỷ lệ sàng lọc trước sinh lên 70% vào năm 2027.", "70%"),
    ("Các chỉ tiêu cần đạt được đến năm 2030 là: tuổi thọ trung bình 75,5 tuổi.", "75,5"),
    ("Ngành y tế phải đạt được tỷ lệ tiêm chủng đầy đủ 95% trong năm tới.", "95%"),
    ("Nhằm đạt được mục tiêu chung, tỷ lệ xã đạt chuẩn y tế phải là 100%.", "100%"),
    ("Tỉnh phấn đấu đạt được 90% hộ gia đình có nhà tiêu hợp vệ sinh.", "90%"),
    ("Để sớm đạt được mục tiêu, tỷ lệ bao phủ bảo hiểm y tế đạt 93% năm 2026.", "93%"),
]
# what was reached, whatever the sentence says of purpose
_REACHED_AFTER_ALL = [
    ("Năm 2023 tỉnh đã đạt được 92% trẻ tiêm chủng đầy đủ.", "92%"),
    ("Kết quả đạt được: 85% trạm y tế có bác sĩ.", "85%"),
    ("Để đạt được kết quả trên, tỉnh đã tổ chức 120 lớp tập huấn.", "120"),
    ("Để đạt được mục tiêu, tỉnh đã đạt được 88% số xã đạt chuẩn.", "88%"),
    ("Qua 5 năm, toàn tỉnh đạt được 78% dân số có thẻ bảo hiểm y tế.", "78%"),
]


@pytest.mark.parametrize(("text", "number"), _TO_REACH)
def test_reaching_something_still_to_reach_is_an_aim(text: str, number: str) -> None:
    assert to_reach(_REACHED, text, _span(text, number)).kind == "target"


@pytest.mark.parametrize(("text", "number"), _REACHED_AFTER_ALL)
def test_what_was_reached_stays_a_status_figure(text: str, number: str) -> None:
    assert to_reach(_REACHED, text, _span(text, number)) == _REACHED


def test_only_a_status_figure_read_from_dat_duoc_is_read_again() -> None:
    text = "Để đạt được mục tiêu, hiện có 85% trạm y tế có bác sĩ."
    role = Role("observation", ("'hiện có' before the value",), word="hiện có")
    assert to_reach(role, text, _span(text, "85%")) == role


def test_the_status_reader_names_its_cue_word_and_the_section_doubt() -> None:
    # the rules of aims.py test these flags, never the wording of the reasons
    text = "2. Chỉ tiêu cụ thể\n- So với năm 2024, giảm 10% số ca mắc."
    own = text[text.index("- So") + 2 : text.index("10%")]
    role = read_role(text, own, layout(text)[1], None, _span(text, "10%"), 2025)
    assert (role.kind, role.word, role.section_aims) == ("observation", "so với", True)
    text = "Tỉnh hiện có 85% trạm y tế có bác sĩ."
    role = read_role(text, "Tỉnh hiện có ", layout(text)[0], None, _span(text, "85%"), 2025)
    assert (role.kind, role.word, role.section_aims) == ("observation", "hiện có", False)


def test_a_reworded_reason_leaves_the_reading_as_it_was() -> None:
    text = "Để đạt được mục tiêu, cần nâng tỷ lệ tiêm chủng đạt 95%."
    reworded = Role(
        "observation", ("'đạt được' trước giá trị: số liệu hiện trạng",), word="đạt được"
    )
    assert to_reach(reworded, text, _span(text, "95%")).kind == "target"


def test_a_goal_to_reach_is_drafted_as_a_target() -> None:
    text = (
        "Để đạt được mục tiêu chấm dứt dịch, cần mở rộng dự phòng, tỷ lệ người có hành vi "
        "nguy cơ cao được tiếp cận dịch vụ đạt 85% vào năm 2030."
    )
    found = find_figures(text)
    assert [(c.role, c.value.magnitude, c.period.code) for c in found] == [("target", 85, "2030")]


# a goal named by its numbers, then its items without an aim word, in a news report
_SPELLED_OUT = [
    "Hưởng ứng chủ đề “Hướng tới mục tiêu 90-90-90”. 90% người nhiễm HIV biết tình trạng của "
    "mình; 90% người biết tình trạng được điều trị ARV và 90% người điều trị có tải lượng "
    "vi rút dưới ngưỡng ức chế.",
    "Tỉnh tổng kết năm 2020 và hướng tới chỉ tiêu 95 - 95 - 95: 95% người nhiễm HIV biết "
    "tình trạng; 95% được điều trị; 95% có tải lượng dưới ngưỡng.",
]


@pytest.mark.parametrize("text", _SPELLED_OUT)
def test_the_items_of_a_named_goal_are_its_targets(text: str) -> None:
    at, spans = 0, []
    while (at := text.find("%", at + 1)) > 0:
        spans.append((at - 2, at + 1))
    assert len(spans) == 3
    assert all(named_goal(text, span) for span in spans)


_NOT_THE_GOAL = [
    # another year's figure between the goal and the share
    ("Mục tiêu 90-90-90. Năm 2019, 90% người nhiễm HIV biết tình trạng.", "90%"),
    # a share that is not one of the goal's numbers
    ("Hướng tới mục tiêu 90-90-90, tỉnh có 85% người nhiễm HIV biết tình trạng.", "85%"),
    # another figure between them: the share is that sentence's
    ("Mục tiêu 90-90-90; số ca mới giảm 30%, 90% người bệnh được điều trị.", "90%"),
    # dashes that name a span of years, not a goal of shares
    ("Mục tiêu 2021-2025: 20% xã có điểm tư vấn.", "20%"),
    # a goal reported as met: its shares are what was reached
    ("Năm 2024, tỉnh đã hoàn thành mục tiêu 90-90-90: 90% người nhiễm HIV biết tình trạng.", "90%"),
    ("Tỉnh đã cơ bản đạt được các mục tiêu 95-95-95 (95% người nhiễm HIV biết).", "95%"),
]


@pytest.mark.parametrize(("text", "number"), _NOT_THE_GOAL)
def test_a_share_outside_a_named_goal_is_not_its_item(text: str, number: str) -> None:
    assert named_goal(text, _span(text, number)) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch đã đề ra mục tiêu 90-90-90: 90% người nhiễm HIV biết tình trạng.",
        "Tỉnh phấn đấu hoàn thành mục tiêu 90-90-90: 90% người nhiễm HIV biết tình trạng.",
    ],
)
def test_a_goal_set_not_met_still_names_its_items(text: str) -> None:
    assert named_goal(text, _span(text, "90%"))


def test_the_shares_of_a_goal_reported_met_stay_results() -> None:
    # a near miss of the named goal: a report of the goal met drafts no target
    text = (
        "Theo báo cáo của Sở Y tế năm 2024, tỉnh đã hoàn thành mục tiêu 90-90-90: 90% "
        "người nhiễm HIV biết tình trạng của mình."
    )
    assert [c.role for c in find_figures(text, doc_year=2024)] == ["observation"]


# an undated text's goals: the year most of its dated goals are due by
_HORIZON = [
    ("Mục tiêu 90-90-90 (90% người nhiễm HIV biết tình trạng).\n"
     "- Tỷ lệ tiếp cận dự phòng đạt 85% vào năm 2025.\n- Điều trị thay thế đạt 50% vào năm 2025.",
     "2025"),
    ("Tỷ lệ tiêm chủng đạt 95% đến năm 2030; tỷ lệ bao phủ đạt 98% đến hết năm 2030; "
     "hướng tới chấm dứt bệnh vào năm 2035.", "2030"),
    ("Tỷ lệ A đạt 80% năm 2026; tỷ lệ B đạt 60% năm 2026; 100% xã có trạm y tế.", "2026"),
    # an annual plan that measures its goals against the year before it
    ("Phấn đấu 80% bà mẹ được sàng lọc; tăng 10% so với năm 2023 số người được khám.", "2024"),
    ("Giảm 5% so với cùng kỳ năm 2021 số ca mắc mới; 90% trẻ được tiêm chủng.", "2022"),
]  # fmt: skip
_NO_HORIZON = [
    "Đạt 90% vào năm 2025; 95% vào năm 2030.",  # a tie
    "Tỷ lệ tiêm chủng đạt 95% vào năm 2025.",  # written once: the figure's own
    "Tính đến năm 2019 có 80% trạm y tế có bác sĩ; tính đến năm 2019 có 40 bệnh viện.",
    "Thực hiện Chiến lược quốc gia đến năm 2030, tỉnh thực hiện Chiến lược đến năm 2030.",
    "Tỷ lệ điều trị đạt 90%.",  # no year at all
    "Năm 2018 giảm 10% so với năm 2017; tỷ lệ 80%.",  # a year besides the base year
]


@pytest.mark.parametrize(("text", "code"), _HORIZON)
def test_an_undated_text_takes_the_year_its_goals_are_due_by(text: str, code: str) -> None:
    found = goals_year(text)
    assert found is not None
    assert found.period.code == code


@pytest.mark.parametrize("text", _NO_HORIZON)
def test_no_horizon_without_a_clear_year(text: str) -> None:
    assert goals_year(text) is None


def test_undated_goals_of_a_list_take_the_lists_year() -> None:
    text = (
        "Mục tiêu của kế hoạch là đạt mục tiêu 90 - 90 - 90 (90% người nhiễm HIV biết "
        "tình trạng của mình; 90% người chẩn đoán được điều trị ARV), hướng tới chấm dứt "
        "bệnh AIDS vào năm 2030.\n\n- Số người nhiễm mới dưới 70 trường hợp/năm vào năm 2025.\n"
        "- Tỷ lệ điều trị thay thế đạt 50% vào năm 2025."
    )
    found = [(c.value.magnitude, c.period.code) for c in find_figures(text)]
    assert found == [(90, "2025"), (90, "2025"), (70, "2025"), (50, "2025")]


# a year after a value that ends another goal's clause is that goal's
_ANOTHER = [
    ("(90% người nhiễm HIV biết tình trạng), hướng tới chấm dứt AIDS vào năm 2030.", True),
    ("Giảm tỷ lệ nhiễm HIV xuống dưới 0,3%, tiến tới loại trừ bệnh vào năm 2030.", True),
    ("Tỷ lệ tiêm chủng đạt 95%, góp phần loại trừ sởi vào năm 2028.", True),
    ("Đạt mục tiêu 90-90-90 (90% người nhiễm HIV biết tình trạng) vào năm 2020.", False),
    ("Tỷ lệ tiêm chủng đạt 95% vào năm 2025, hướng tới 98%.", False),
    ("Tỷ lệ bao phủ đạt 95%, đến năm 2030 đạt 98%.", False),
]


@pytest.mark.parametrize(("text", "other"), _ANOTHER)
def test_a_later_year_of_another_goal_is_not_the_figures(text: str, other: bool) -> None:
    value = re.search(r"\d+(?:,\d+)?%", text)
    year = re.search(r"\d{4}", text[value.end() :]) if value else None
    assert value is not None
    assert year is not None
    assert another_goals(text, value.end(), value.end() + year.start()) is other


# "duy trì" before what it measures: a level kept
_KEPT = [
    "Năm 2026 duy trì tỷ số giới tính khi sinh từ 104 đến 108 bé trai/100 bé gái.",
    "Đến năm 2025, tiếp tục duy trì tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế trên 90%.",
    "Mục tiêu năm 2024: duy trì tỷ lệ trẻ sơ sinh nhẹ cân ở mức dưới 6%.",
    "Phấn đấu đến năm 2027 duy trì mức sinh thay thế 2,1 con/phụ nữ.",
    "Đến năm 2025, tỷ lệ trạm y tế có bác sĩ làm việc đạt ít nhất 95% qua các năm.",
    "Đến năm 2030, tỷ lệ tiêm chủng đầy đủ đạt trên 95% trong các năm tiếp theo.",
]
_NOT_KEPT = [
    "Đến năm 2025, 90% số người được duy trì điều trị ARV liên tục.",
    "Đến năm 2025, 90% người điều trị ARV duy trì tải lượng dưới ngưỡng ức chế.",
    "Đến năm 2025, duy trì và nâng cao tỷ lệ bao phủ bảo hiểm y tế lên 95%.",
    "Duy trì các hoạt động truyền thông; đến năm 2025 tỷ lệ tiêm chủng đạt 95%.",
    "Đến năm 2025, duy trì hoạt động của các điểm tư vấn, giảm tỷ lệ mắc còn 5%.",
    "Đến năm 2025, tỷ lệ tiêm chủng đạt 95% hằng năm.",
]


@pytest.mark.parametrize("text", _KEPT)
def test_duy_tri_before_what_it_measures_keeps_a_level(text: str) -> None:
    assert [c.phrase.kind.value for c in find_figures(text)] == ["maintain"]


@pytest.mark.parametrize("text", _NOT_KEPT)
def test_other_duy_tri_leave_a_level(text: str) -> None:
    assert [c.phrase.kind.value for c in find_figures(text)] == ["level"]


# a list's lead is the sentence that ends in ":", not the line's earlier sentences
_LEADS = [
    ("Năm 2023 toàn tỉnh đã tiêm chủng cho 12.000 trẻ. Năm 2024, ngành y tế đặt ra các chỉ "
     "tiêu:\n- 95% trẻ dưới 1 tuổi được tiêm chủng đầy đủ.\n- 100% trạm y tế có bác sĩ.",
     ["2024", "2024"]),
    ("Kết quả năm 2022 khả quan. Mục tiêu đến năm 2025:\n- 90% người cao tuổi có thẻ bảo "
     "hiểm y tế;\n- 80% người cao tuổi được khám sức khỏe.", ["2025", "2025"]),
    ("Giai đoạn 2016-2020 đã hoàn thành. Phấn đấu năm 2021:\n+ 70% bà mẹ được sàng lọc "
     "trước sinh;\n+ 80% trẻ sơ sinh được sàng lọc.", ["2021", "2021"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "codes"), _LEADS)
def test_the_lead_sentence_of_a_list_gives_its_year(text: str, codes: list[str]) -> None:
    items = text.index("\n")  # the lead line's own figures are not the list's
    found = [c for c in find_figures(text) if c.role == "target" and c.span[0] > items]
    assert [c.period.code for c in found] == codes


def test_a_lead_of_results_keeps_its_items_status_figures() -> None:
    text = (
        "Tỉnh đã triển khai nhiều hoạt động. Kết quả thực hiện năm 2023:\n"
        "- 93% trẻ được tiêm chủng đầy đủ;\n- 98% trạm y tế có bác sĩ."
    )
    found = find_figures(text)
    assert [(c.role, c.period.code) for c in found] == [("observation", "2023")] * 2


def test_a_lead_sentence_leads_only_the_lines_after_it() -> None:
    text = (
        "Theo Sở Y tế cho biết, năm 2023 toàn tỉnh ghi nhận 350 ca mắc sốt xuất huyết. Để chủ "
        "động phòng chống dịch, UBND tỉnh ban hành kế hoạch năm 2024 với các chỉ tiêu cụ thể:\n"
        "- 100% ổ dịch được phát hiện và xử lý kịp thời.\n- 90% hộ gia đình được tuyên truyền."
    )
    found = [(c.role, c.value.magnitude, c.period.code) for c in find_figures(text)]
    assert sorted(found) == [
        ("observation", 350, "2023"),
        ("target", 90, "2024"),
        ("target", 100, "2024"),
    ]


_PLAN = "KẾ HOẠCH\nPhòng, chống dịch bệnh năm 2025\n\n"
# items of a plan's objectives whose only status cue says nothing of tense
_OBJECTIVE_ITEMS = [
    "II. MỤC TIÊU\n2. Chỉ tiêu cụ thể\n- So với năm 2024, giảm 10% số ca mắc sốt xuất huyết.",
    "II. MỤC TIÊU\n- So với cùng kỳ, tăng 15% số người được khám sàng lọc.",
    "II. CHỈ TIÊU\n- Tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt được 95%.",
    "2. Mục tiêu cụ thể\n- Tỷ lệ mắc sốt xuất huyết giảm 5% so với trung bình 5 năm 2019-2023.",
]
# the same items where a section reports, or their words say it was done
_RESULT_ITEMS = [
    "II. KẾT QUẢ THỰC HIỆN\n- So với năm 2024, giảm 10% số ca mắc sốt xuất huyết.",
    "II. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU\n- Tỷ lệ tiêm chủng đầy đủ đạt được 95%.",
    "II. MỤC TIÊU\n- Năm 2024 tỷ lệ tiêm chủng đã đạt được 93%.",
    "II. MỤC TIÊU\n- Hiện nay, so với năm 2020, số ca mắc đã giảm 10%.",
]


@pytest.mark.parametrize("items", _OBJECTIVE_ITEMS)
def test_an_objectives_item_without_tense_is_a_target(items: str) -> None:
    draft = draft_plan(_PLAN + items)
    assert [t.period.code for t in draft.plan.targets] == ["2025"]
    assert draft.plan.observations == ()


@pytest.mark.parametrize("items", _RESULT_ITEMS)
def test_the_same_item_reported_is_a_status_figure(items: str) -> None:
    draft = draft_plan(_PLAN + items)
    assert draft.plan.targets == ()


# a news report of a plan: the items after the one that aims go on with its list
_REPORT = "Sở Y tế cho biết, UBND tỉnh vừa ban hành kế hoạch năm 2025. "
_GOES_ON = [
    "Theo đó, tỉnh phấn đấu 80% bà mẹ được sàng lọc trước sinh; 70% trẻ sơ sinh được sàng lọc.",
    "Kế hoạch đặt mục tiêu 95% trẻ được tiêm chủng đầy đủ. 90% phụ nữ có thai được tiêm "
    "phòng uốn ván.",
    "Chỉ tiêu đề ra là 100% trạm y tế có bác sĩ;\n- Trên 90% xã đạt tiêu chí quốc gia về y tế.",
    "Tỉnh phấn đấu 85% người cao tuổi có thẻ bảo hiểm y tế; 80% người cao tuổi được khám sức "
    "khỏe; 70% người cao tuổi được lập hồ sơ.",
]
_DOES_NOT_GO_ON = [
    # the lead reports what was done
    "Năm qua, toàn tỉnh đã tiêm chủng cho 12.000 trẻ; 95% trẻ được tiêm chủng đầy đủ.",
    # the item reports
    "Tỉnh phấn đấu 95% trẻ được tiêm chủng đầy đủ. 93% trẻ đã được tiêm chủng năm 2024.",
    # the item does not start with its figure
    "Tỉnh phấn đấu 95% trẻ được tiêm chủng. Số ca mắc sởi ghi nhận là 20 ca.",
    # a blank line ends the paragraph
    "Tỉnh phấn đấu 95% trẻ được tiêm chủng.\n\n90% trạm y tế có bác sĩ.",
]


@pytest.mark.parametrize("goals", _GOES_ON)
def test_bare_items_go_on_with_the_list_an_aim_leads(goals: str) -> None:
    draft = draft_plan(_REPORT + goals)
    assert len(draft.plan.targets) == goals.count("%")
    assert draft.plan.observations == ()


@pytest.mark.parametrize("text", _DOES_NOT_GO_ON)
def test_a_bare_item_not_led_by_an_aim(text: str) -> None:
    at = text.rfind("%")
    start = text.rfind(" ", 0, at - 1) + 1
    start = start if text[start].isdigit() else text.rfind("\n", 0, at) + 1
    assert continued_list(text, (start, at + 1)) == ""


_AGAINST_THE_PLAN = [
    "Tỉnh phấn đấu 80% bà mẹ được sàng lọc. 75% bà mẹ được sàng lọc, bằng 94% kế hoạch.",
    "Tỉnh phấn đấu 80% bà mẹ được sàng lọc; 75% trẻ sơ sinh được sàng lọc, không đạt kế hoạch.",
    "Tỉnh phấn đấu 80% bà mẹ được sàng lọc; 75% trẻ sơ sinh được sàng lọc, vượt chỉ tiêu.",
]


@pytest.mark.parametrize("text", _AGAINST_THE_PLAN)
def test_an_item_measured_against_the_plan_goes_on_with_no_list(text: str) -> None:
    # a near miss of a bare item: it reports what was reached against the plan's aim
    assert continued_list(text, _span(text, "75%")) == ""
    draft = draft_plan(_REPORT + text)
    assert 75 not in [t.value.magnitude for t in draft.plan.targets]


# items that name their indicator before their figure: the words after a figure, and the
# items before it, are other items' names
_SELF_NAMED = [
    ("Năm 2025 tỷ lệ bao phủ bảo hiểm y tế 95%, tỷ lệ trạm y tế xã có bác sĩ 100%.",
     ["health_insurance_coverage", "stations_with_doctor"]),
    ("Năm 2025: tỷ lệ trạm y tế xã có bác sĩ 100%, tỷ lệ bao phủ bảo hiểm y tế 95%.",
     ["stations_with_doctor", "health_insurance_coverage"]),
    ("Năm 2025 số bác sĩ/vạn dân 12 bác sĩ, số giường bệnh/vạn dân 32 giường.",
     ["doctors_per_10k", "beds_per_10k"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "codes"), _SELF_NAMED)
def test_an_item_named_before_its_figure_keeps_its_own_name(text: str, codes: list[str]) -> None:
    assert [c.code for c in find_figures(text, doc_year=2024)] == codes


def test_an_item_named_after_its_figure_keeps_the_words_after() -> None:
    assert own_after("đạt ", " trạm y tế xã có bác sĩ, ") == " trạm y tế xã có bác sĩ, "
    assert own_after("tỷ lệ tiêm chủng ", "; số ca mắc ") == ""
    assert not names_itself(", riêng khu vực nông thôn ")
