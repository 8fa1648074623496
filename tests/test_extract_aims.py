"""A figure is a target only when something aims at it: background figures are reported."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.aims import aim_cue, aimed, report_cue, reported_date
from vnhealthplan.io.extract.segment import layout
from vnhealthplan.io.extract.status import Role
from vnhealthplan.io.extract.targets import find_figures

_REPORTED = [
    # shares of a population, as the background of a plan states them
    "Người dân tộc Chăm chiếm 12,5 % dân số toàn tỉnh.",
    # what a year's surveillance found
    "Trong năm qua toàn tỉnh ghi nhận 350 trường hợp mắc sốt xuất huyết.",
    "Tỉnh đã phát hiện 1.200 người nhiễm HIV, trong đó 400 người đã tử vong.",
    # an estimate
    "Ước tính cả nước có khoảng 9000 người bệnh lao kháng thuốc.",
    # a news report citing its source, then a comparison that only reports
    "Theo Sở Y tế, năm 2017, tỷ lệ hút thuốc ở nam giới là 45,3%, giảm 2,1% so với năm 2016.",
    "Hiện nay tỷ lệ trẻ suy dinh dưỡng thấp còi là 21,7%.",
]

_AIMED = [
    "Phấn đấu tỷ lệ trẻ suy dinh dưỡng thấp còi dưới 18%.",
    "Giảm tỷ lệ hút thuốc ở nam giới xuống còn 39%.",
    "Tỷ lệ tiêm chủng đầy đủ đạt trên 95% vào năm 2026.",
    "Duy trì tỷ lệ xã đạt chuẩn quốc gia về y tế trên 90%.",
    "Ít nhất 80% người bệnh tăng huyết áp được quản lý điều trị.",
    "Khống chế tỷ lệ nhiễm HIV trong cộng đồng dưới 0,25%.",
]


def _value(text: str, number: str) -> tuple[int, int]:
    at = text.index(number)
    return at, at + len(number)


@pytest.mark.parametrize("text", _REPORTED)
def test_a_reported_figure_without_an_aim_is_a_status_figure(text: str) -> None:
    number = next(w.strip(",.%") for w in text.split() if w[0].isdigit())
    role = aimed(Role("target"), text, _value(text, number), layout(text)[0], 2018)
    assert role.kind == "observation"
    assert "sets no aim" in role.reasons[0]


@pytest.mark.parametrize("text", _AIMED)
def test_a_figure_with_an_aim_stays_a_target(text: str) -> None:
    number = next(w.strip(",.%") for w in text.split() if w[0].isdigit())
    role = aimed(Role("target"), text, _value(text, number), layout(text)[0], 2018)
    assert role == Role("target")


def test_a_target_section_keeps_its_figures_without_a_verb() -> None:
    text = "II. MỤC TIÊU CỤ THỂ\n- 100% trạm y tế xã có bác sĩ làm việc."
    line = layout(text)[1]
    role = aimed(Role("target"), text, _value(text, "100%"), line, 2018)
    assert role == Role("target")


def test_a_background_section_makes_a_verbless_figure_a_status_figure() -> None:
    text = "1. Đặc điểm tự nhiên, dân số\nMật độ dân cư bình quân 412 người/km2."
    line = layout(text)[1]
    role = aimed(Role("target"), text, _value(text, "412"), line, 2018)
    assert role.kind == "observation"
    assert "background" in role.reasons[0]


def test_a_figure_with_neither_keeps_its_reading() -> None:
    text = "Thuốc sản xuất trong nước đáp ứng 75% nhu cầu sử dụng."
    role = aimed(Role("target"), text, _value(text, "75%"), layout(text)[0], 2018)
    assert role == Role("target")


def test_a_sentence_wrapped_over_lines_is_read_whole() -> None:
    # the report word is on the line above the figure; the lines wrap mid-sentence
    text = "Dịch sởi đã bùng phát ở nhiều nước châu Phi\nvới hơn 15.000 ca mắc và\n800 ca tử vong."
    role = aimed(Role("target"), text, _value(text, "15.000"), layout(text)[1], 2018)
    assert role.kind == "observation"
    # a capitalised heading above does not lend its words ("KẾ HOẠCH") to the figure
    text = "KẾ HOẠCH Y TẾ NĂM 2018\nTỉnh có 125 trạm y tế xã"
    assert aim_cue(text[text.index("Tỉnh") :]) == ""


def test_a_year_to_reach_aims_only_when_it_is_not_past() -> None:
    assert aim_cue("tỷ lệ bao phủ đến năm 2025 là 95%", 2021) == "đến năm 2025"
    assert aim_cue("tính đến năm 2019, tỷ lệ bao phủ là 88%", 2021) == ""
    assert aim_cue("từ năm 2012 đến năm 2016 có 300 ca", 2021) == ""


def test_a_passive_record_names_an_indicator_not_a_report() -> None:
    assert report_cue("số ca mắc được ghi nhận dưới 5 người/100.000 dân") == ""
    assert report_cue("tỷ lệ người nhiễm HIV được phát hiện") == ""


def test_in_a_draft_background_figures_become_status_figures() -> None:
    text = (
        "I. SỰ CẦN THIẾT\n"
        "Ước tính mỗi năm cả nước có khoảng 8000 người mắc bệnh sởi.\n"
        "II. MỤC TIÊU\n"
        "Phấn đấu đến năm 2020 tỷ lệ tiêm vắc xin sởi đạt 95%.\n"
    )
    roles = [(c.role, c.value.magnitude) for c in find_figures(text, doc_year=2018)]
    assert ("target", 95) in roles
    assert all(role != "target" for role, magnitude in roles if magnitude == 8000)


def test_the_number_of_administrative_units_is_geography_not_a_status_figure() -> None:
    text = "1. Đặc điểm tự nhiên\nToàn tỉnh có 9 huyện, 1 thành phố với 112 xã, phường."
    line = layout(text)[1]
    for number in ("9", "112"):
        at = text.index(number + " ")
        role = aimed(Role("target"), text, (at, at + len(number)), line, 2018)
        assert role == Role("target")  # left to the target reader, which drops a bare count


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Tính đến hết tháng 10/2017, tỉnh đã phát hiện 2.150 người nhiễm HIV.",
            "tháng 10/2017",
        ),
        ("Từ đầu năm đến tháng 5/2019, dịch sởi đã xảy ra tại 12 huyện.", "tháng 5/2019"),
        ("Trong Quý I/2020, toàn tỉnh ghi nhận 48 ca mắc tay chân miệng.", "Quý I/2020"),
    ],
)
def test_a_date_in_a_report_of_the_background_is_no_deadline(text: str, date: str) -> None:
    assert reported_date(text, _value(text, date))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Các đơn vị báo cáo kết quả về Sở Y tế trước ngày 15/12/2019.", "ngày 15/12/2019"),
        ("Phấn đấu đến tháng 6/2020 đạt 95% trẻ được tiêm chủng đầy đủ.", "tháng 6/2020"),
        ("Hoàn thành việc rà soát đã nêu chậm nhất tháng 9/2021.", "tháng 9/2021"),
        ("Tổ chức chiến dịch truyền thông trong tháng 11/2018.", "tháng 11/2018"),
    ],
)
def test_a_task_date_stays_a_deadline(text: str, date: str) -> None:
    assert not reported_date(text, _value(text, date))


def test_a_task_verb_or_a_negated_outbreak_is_no_report() -> None:
    # "phát hiện" alone is a task ("phát hiện sớm"), only "đã phát hiện" reports
    assert report_cue("Phát hiện sớm 80% người mắc lao ước tính") == ""
    assert aim_cue("Không để dịch lớn xảy ra, giảm 10% số ca mắc") == "không để"
