"""Issue #18, last round: three document shapes the drafter missed, on texts of our own making.

* a statistics table laid out one cell per line, years as columns: observations;
* a strategy's horizon written "đến 2030" (no "năm"): the year of its targets;
* a news report measuring figures "so với kế hoạch giao 90%", dated by its dateline.
"""

from __future__ import annotations

from vnhealthplan.core.vocab import Comparator
from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.segment import year_marks
from vnhealthplan.io.extract.stacked import stacked_figures

_STACKED = (
    "Giáo dục\n  \n\nNĂM\n\nCHỈ TIÊU\n\n2019\n\n2020\n\n2021\n\n"
    "Cơ sở y tế\n\n210\n\n215\n\n \n\n"
    "Trong đó: Bệnh viện\n\n12\n\n13\n\n \n\n"
    "Phòng khám đa khoa khu vực\n\n07\n\n \n\n \n\n"
    "Số giường bệnh\n\n3.100\n\n3.250\n\n \n\n"
    "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng cân nặng theo chiều cao (%)\n\n4,1\n\n3,9\n\n \n\n"
    "Số Bác sĩ/vạn dân\n\n11\n\n12\n\n \n\n"
    "(Nguồn: niên giám thống kê)\n\nsomewhere.vn\n"
)


def test_stacked_table_cells_are_observations_of_their_column_year() -> None:
    draft = draft_plan(_STACKED)
    assert draft.plan.targets == ()
    got = [
        (o.indicator.code, o.value.magnitude, o.period.code, o.source.quote)
        for o in draft.plan.observations
    ]
    assert got[:3] == [
        ("health_facilities", 210, "2019", "Cơ sở y tế\n\n210"),
        ("health_facilities", 215, "2020", "Cơ sở y tế\n\n210\n\n215"),
        ("draft_01", 12, "2019", "Trong đó: Bệnh viện\n\n12"),
    ]
    codes = {(code, year): value for code, value, year, _ in got}
    assert codes[("total_beds", "2020")] == 3250
    assert codes[("doctors_per_10k", "2019")] == 11
    assert not any(code == "underweight_u5" for code, *_ in got)  # weight for height: wasting
    assert len(got) == 11  # the empty cells (the 2021 column) give nothing


def test_stacked_table_units_and_parts() -> None:
    found = stacked_figures(_STACKED)
    clinic = next(c for c in found if c.name.startswith("Phòng khám"))
    assert (str(clinic.value.units), clinic.code) == ("facility", "")  # the total row's unit
    hospital = next(c for c in found if c.name == "Bệnh viện")
    assert any("part of a total" in r for r in hospital.reasons)


def test_stacked_table_of_a_plan_is_left_alone() -> None:
    text = "KẾ HOẠCH\n\n2024\n\n2025\n\nSố giường bệnh\n\n3.100\n\n3.250\n"
    assert stacked_figures(text) == []
    assert stacked_figures("Năm\n2024\nnothing else") == []


def test_horizon_without_nam_is_a_year() -> None:
    marks = year_marks("Chiến lược giai đoạn đến 2030 và tầm nhìn đến 2045")
    assert [m.period.code for m in marks] == ["2030", "2045"]
    text = (
        "Chiến lược phát triển ngành Y tế giai đoạn đến 2030 và tầm nhìn đến 2040\n"
        "Các mục tiêu cụ thể:\n– 95% trạm y tế xã có bác sĩ làm việc\n"
    )
    draft = draft_plan(text)
    assert [(t.value.magnitude, t.period.code) for t in draft.plan.targets] == [(95, "2030")]


_NEWS = (
    "Khánh Hòa: 80 xã triển khai chương trình phòng chống sốt rét\n"
    "Cập nhật lúc 08:15, Thứ Hai, 14/05/2019 (GMT+7)\n"
    "Chương trình đã điều trị đủ liều cho người bệnh (đạt 87% so với kế hoạch giao 85%). "
    "Tỷ lệ hộ gia đình được phun hóa chất đạt 71,5% so với chỉ tiêu 75%.\n"
)


def test_figures_measured_against_the_plan_quota() -> None:
    draft = draft_plan(_NEWS)
    targets = [(t.value.magnitude, t.period.code) for t in draft.plan.targets]
    observed = [(o.value.magnitude, o.period.code) for o in draft.plan.observations]
    assert targets == [(85, "2019"), (75, "2019")]
    assert observed == [(87, "2019"), (71.5, "2019")]
    assert draft.deadlines == ()  # the year is the page's date, not a deadline
    assert any("dateline" in m for m in draft.messages)
    assert draft.plan.document.issued is None


def test_about_governs_the_value_after_and() -> None:
    text = (
        "Chiến lược phát triển ngành Y tế giai đoạn đến 2030\nCác mục tiêu cụ thể:\n"
        "– Khám chữa bệnh đáp ứng khoảng 85% nhu cầu và 60% chi phí\n"
    )
    draft = draft_plan(text)
    got = [(t.value.magnitude, t.comparator) for t in draft.plan.targets]
    assert got == [(85, Comparator.ABOUT), (60, Comparator.ABOUT)]
