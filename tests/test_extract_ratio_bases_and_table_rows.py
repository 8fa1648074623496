"""Session 9 (tidy9): the review's misfires in drafting, each with phrasings of my own and
near-misses.

* a share of places that meet a sex ratio ("100% xã có tỷ số giới tính khi sinh dưới 110
  …") is no sex ratio; the base of a ratio written out ("cứ 100 bé gái …") is no figure;
* a row that counts ("Số trạm y tế có bác sĩ") under "ĐVT: %" is not a share;
  "Đơn vị: Bệnh viện" names who reports, not a unit of measure;
* a row numbered "A" is a row, not a sub-heading;
* a totals row restating a sum the text wrote before its table, in any part of the text
  before it (a decision's article and its appendix are two parts).
"""

from __future__ import annotations

import pytest

from vnhealthplan.core.units import registry
from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.cellrows import cell_rows
from vnhealthplan.io.extract.piped import piped_figures
from vnhealthplan.io.extract.ratiobase import is_ratio_base
from vnhealthplan.io.extract.subheads import sub_headings
from vnhealthplan.io.extract.tableunit import stated_unit, takes_stated


def _targets(text: str) -> list[tuple[str, str, float]]:
    draft = draft_plan(text)
    return [
        (t.indicator.code, str(t.value.units), float(t.value.magnitude)) for t in draft.plan.targets
    ]


# -- a share of places, the base of a ratio ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025 phấn đấu 100% xã có tỷ số giới tính khi sinh dưới 110 bé trai/100 bé gái.",
        "Đến năm 2025, 80% huyện có tỷ số giới tính khi sinh dưới 108 bé trai/100 bé gái.",
        "Năm 2026 có 90% xã, phường có tỷ số giới tính khi sinh dưới 112.",
        "Kế hoạch năm 2025: 75% thôn có tỷ số giới tính khi sinh không quá 110 bé trai/100 bé gái.",
    ],
)
def test_a_share_of_places_is_no_sex_ratio(text: str) -> None:
    assert all(code != "srb" or value > 100 for code, _, value in _targets(text))
    assert not any(code == "srb" and unit == "percent" for code, unit, _ in _targets(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [  # near-misses: the sex ratio itself is drafted
        ("Năm 2025 tỷ số giới tính khi sinh dưới 110 bé trai/100 bé gái.", 110.0),
        ("Năm 2025 giảm tỷ số giới tính khi sinh xuống còn 112 bé trai/100 bé gái.", 112.0),
        ("Năm 2025 tỷ số giới tính khi sinh đạt mức cứ 100 bé gái có 112 bé trai.", 112.0),
        ("Năm 2025 giảm tỷ số giới tính khi sinh 0,2 điểm phần trăm.", -0.2),  # its change
    ],
)
def test_the_sex_ratio_itself_is_drafted(text: str, value: float) -> None:
    assert [v for code, _, v in _targets(text) if code == "srb"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025 tỷ số giới tính khi sinh đạt mức cứ 100 bé gái có 112 bé trai.",
        "Năm 2025 phấn đấu tỷ số giới tính khi sinh: cứ 100 trẻ gái sinh ra có 110 trẻ trai.",
        "Năm 2025: cứ mỗi 100 bé gái sinh ra có không quá 112 bé trai.",
    ],
)
def test_the_base_of_a_ratio_written_out_is_no_figure(text: str) -> None:
    assert 100.0 not in [value for _, _, value in _targets(text)]


@pytest.mark.parametrize(
    ("lead", "base"),
    [
        ("đạt mức cứ ", True),
        ("cứ mỗi ", True),
        ("Cứ ", True),
        ("căn cứ ", False),  # on the basis of
        ("Căn cứ ", False),
        ("có ", False),
        ("cứ 1 ", False),  # a number between: "cứ" is not right before it
        ("cấp cứu ", False),  # emergency care
    ],
)
def test_a_ratio_base_is_the_number_right_after_cu(lead: str, base: bool) -> None:
    assert is_ratio_base(lead) is base


# -- a count under a share unit; the reporting unit ---------------------------------------

COUNTS_UNDER_SHARE = """ĐVT: %

| Chỉ tiêu | Kế hoạch 2025 |
|---|---|
| Tỷ lệ trạm y tế có bác sĩ | 95 |
| Số trạm y tế có bác sĩ | 120 |
| Số xã đạt Bộ tiêu chí quốc gia về y tế | 45 |
| Số lượng bác sĩ | 300 |
| Tỷ lệ xã đạt tiêu chí | 90 |
| Số xã đạt chuẩn (%) | 100 |
| Số giường bệnh/vạn dân | 33 |
"""


def test_a_row_that_counts_does_not_take_a_stated_share() -> None:
    read = {
        c.name: (str(c.value.units), float(c.value.magnitude))
        for c in cell_rows(COUNTS_UNDER_SHARE, None)
    }
    assert read["Tỷ lệ trạm y tế có bác sĩ"] == ("percent", 95.0)
    assert read["Số trạm y tế có bác sĩ"] == ("station", 120.0)
    assert read["Số xã đạt Bộ tiêu chí quốc gia về y tế"] == ("commune", 45.0)
    assert "Số lượng bác sĩ" not in read or read["Số lượng bác sĩ"][0] != "percent"
    assert read["Tỷ lệ xã đạt tiêu chí"] == ("percent", 90.0)  # near-miss: a share
    assert read["Số xã đạt chuẩn (%)"] == ("percent", 100.0)  # near-miss: its own "%"
    assert read["Số giường bệnh/vạn dân"] == ("bed / ten_thousand_people", 33.0)


def test_a_tab_table_row_that_counts_does_not_take_a_stated_share() -> None:
    text = (
        "KẾ HOẠCH NĂM 2025\nBảng 1. Các chỉ tiêu y tế năm 2025\nĐVT: %\n"
        "STT\tChỉ tiêu\tKế hoạch năm 2025\tGhi chú\n"
        "1\tTỷ lệ trạm y tế có bác sĩ\t95\t\n"
        "2\tSố trạm y tế có bác sĩ\t120\t\n"
        "3\tSố giường bệnh/vạn dân\t33\t\n"
    )
    drafted = _targets(text)
    assert ("stations_with_doctor", "percent", 95.0) in drafted
    assert ("beds_per_10k", "bed / ten_thousand_people", 33.0) in drafted
    assert not any(unit == "percent" and value == 120.0 for _, unit, value in drafted)


@pytest.mark.parametrize(
    ("label", "unit", "takes"),
    [
        ("Số trạm y tế có bác sĩ", "percent", False),
        ("2. Số lượng bác sĩ", "percent", False),
        ("Tổng số xã đạt chuẩn", "per_mille", False),
        ("Tỷ lệ xã đạt chuẩn", "percent", True),
        ("Số xã đạt chuẩn (%)", "percent", True),
        ("Số so với năm trước", "percent", True),  # "số so với": a comparison, not a count
        ("Trạm y tế có bác sĩ", "percent", True),
        ("Số trạm y tế có bác sĩ", "station", True),
        ("Số người được khám", "person", True),
    ],
)
def test_which_rows_take_the_stated_unit(label: str, unit: str, takes: bool) -> None:
    assert takes_stated(label, registry().Unit(unit)) is takes


@pytest.mark.parametrize(
    "words",
    ["Đơn vị: Bệnh viện", "Đơn vị: Trạm y tế", "Đơn vị: xã", "Đơn vị: thôn", "Đơn vị: cơ sở"],
)
def test_the_reporting_unit_is_no_unit_of_measure(words: str) -> None:
    assert stated_unit(words) is None


@pytest.mark.parametrize(
    ("words", "unit"),
    [  # near-misses: a measure
        ("ĐVT: xã", "commune"),
        ("Đơn vị tính: trạm", "station"),
        ("ĐVT: bệnh viện", "facility"),
        ("Đơn vị: người", "person"),
        ("Đơn vị: %", "percent"),
        ("Đơn vị: giường", "bed"),
    ],
)
def test_a_unit_of_measure_is_still_read(words: str, unit: str) -> None:
    assert str(stated_unit(words)) == unit


# -- a row numbered "A" ----------------------------------------------------------------


@pytest.mark.parametrize("mark", ["A", "B.", "I", "II.", "Đ"])
def test_a_first_row_numbered_with_a_capital_ends_the_sub_headings(mark: str) -> None:
    assert sub_headings(["KH", "TH", mark, "Vốn tỉnh", "3.000"], 1, numbered=True) == (
        "KH",
        "TH",
    )
    assert sub_headings([mark, "Vốn tỉnh", "3.000"], 1, numbered=True) == ()


def test_words_are_still_sub_headings() -> None:  # near-miss: "Nam", "Nữ" are words
    cells = ["Nam", "Nữ", "Nam", "Nữ", "Số ca mắc", "12"]
    assert sub_headings(cells, 2, numbered=False) == ("Nam", "Nữ", "Nam", "Nữ")


# -- how far back a total may be restated ------------------------------------------------

RESTATED = """QUYẾT ĐỊNH
Điều 1. Phê duyệt kinh phí thực hiện Kế hoạch năm 2025: 5.000 triệu đồng (chi tiết tại Phụ lục).
Điều 2. Tổ chức thực hiện.
PHỤ LỤC
KINH PHÍ THỰC HIỆN NĂM 2025
ĐVT: triệu đồng
| STT | Nội dung | Kế hoạch năm 2025 |
|---|---|---|
|  | TỔNG CỘNG | 5.000 |
| 1 | Khám sàng lọc | 3.000 |
| 2 | Truyền thông | 2.000 |
"""


def test_a_total_restated_from_an_earlier_part_is_drafted_once() -> None:
    money = [v for _, u, v in _targets(RESTATED) if u == "million_dong"]
    assert money.count(5000.0) == 1  # at Điều 1, not again in the appendix
    assert 3000.0 in money
    assert 2000.0 in money


def test_a_total_written_only_after_its_table_is_drafted() -> None:  # near-miss
    text = RESTATED.replace("Kế hoạch năm 2025: 5.000 triệu đồng", "Kế hoạch năm 2025")
    text += "Tổng kinh phí nêu trên là 5.000 triệu đồng.\n"
    rows = [c for c in cell_rows(text, None) if c.name.startswith("TỔNG")]
    assert [float(c.value.magnitude) for c in rows] == [5000.0]


def test_a_total_whose_number_is_part_of_another_is_drafted() -> None:  # near-miss
    text = RESTATED.replace(": 5.000 triệu đồng", ": 15.000 triệu đồng")
    rows = [c for c in cell_rows(text, None) if c.name.startswith("TỔNG")]
    assert [float(c.value.magnitude) for c in rows] == [5000.0]


@pytest.mark.parametrize(
    ("label", "unit"),
    [
        ("Số trạm y tế có bác sĩ", "station"),  # a count of stations, not a share
        ("Số giường bệnh", "bed"),
        ("Tỷ lệ xã đạt chuẩn", "percent"),  # a share: takes the stated %
    ],
)
def test_a_table_flattened_between_pipes_gives_a_counting_row_its_own_unit(
    label: str, unit: str
) -> None:
    text = f"ĐVT: %\nChỉ số\n|\n2020\n|\n2021\n|\n{label}\n|\n80\n|\n85\n"
    assert {str(c.value.units) for c in piped_figures(text)} == {unit}


@pytest.mark.parametrize(
    ("sentence", "code", "value"),
    [
        ("Phấn đấu đến năm 2025, cứ 1.000 dân có 1,5 bác sĩ.", "doctors_per_10k", 15),
        ("Phấn đấu đến năm 2025, cứ mỗi 1.000 dân có 2 bác sĩ.", "doctors_per_10k", 20),
        ("Phấn đấu đến năm 2025, cứ 10.000 dân có 15 bác sĩ.", "doctors_per_10k", 15),
        ("Phấn đấu đến năm 2025 đạt 1,5 bác sĩ/1.000 dân.", "doctors_per_10k", 15),
    ],
)
def test_a_ratio_per_people_in_words_is_read_in_the_indicators_unit(
    sentence: str, code: str, value: float
) -> None:
    (target,) = draft_plan(sentence).plan.targets
    assert target.indicator.code == code
    assert target.value.to("doctor / ten_thousand_people").magnitude == pytest.approx(value)


def test_words_that_give_no_base_of_people_change_nothing() -> None:
    # "căn cứ" is no "for every"; a count of people in the province is no ratio's base
    for sentence in (
        "Căn cứ 1.000 dân có hồ sơ, phấn đấu đến năm 2025 đạt 15 bác sĩ/vạn dân.",
        "Toàn tỉnh có 1.000 dân tộc thiểu số; phấn đấu đến năm 2025 đạt 15 bác sĩ/vạn dân.",
    ):
        targets = [t for t in draft_plan(sentence).plan.targets if t.indicator.code != "draft"]
        assert [t.value.magnitude for t in targets] == [15]


def test_a_base_of_people_read_as_its_own_number_still_makes_the_next_figure_a_ratio() -> None:
    # "10.000 người" is read as a number of its own, so the beds' own words start after it:
    # the base is read back from the text before the figure (was: 35 beds, a count)
    (target,) = draft_plan(
        "Phấn đấu đến năm 2025, cứ mỗi 10.000 người dân thì có 35 giường bệnh."
    ).plan.targets
    assert target.indicator.code == "beds_per_10k"
    assert target.value.to("bed / ten_thousand_people").magnitude == pytest.approx(35)
    # a count of people that is no base leaves a count a count
    (count,) = draft_plan("Đến năm 2025 tỉnh có 1.000 dân tộc; đạt 35 giường bệnh.").plan.targets
    assert str(count.value.units) == "bed"
