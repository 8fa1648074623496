"""The review report's cells as a Vietnamese analyst reads them in Excel. The observed
figures are hypothetical (số liệu giả định)."""

from __future__ import annotations

import pytest

from vnhealthplan import Period, plans
from vnhealthplan.model.observation import Observation
from vnhealthplan.model.target import Scope
from vnhealthplan.review import review, write_review
from vnhealthplan.units import ureg

openpyxl = pytest.importorskip("openpyxl")

DAK_LAK = plans.load("dak-lak-2024")


def _observed(code: str, year: int, value: float, scope: Scope | None = None) -> Observation:
    indicator = next(t.indicator for t in DAK_LAK.targets if t.indicator.code == code)
    return Observation(indicator, ureg.Quantity(value, indicator.unit), Period.year(year),
                       province=DAK_LAK.province, scope=scope or Scope())  # fmt: skip


def _results(tmp_path, observations: list[Observation]) -> dict[str, tuple]:
    path = write_review(review(DAK_LAK, observations), tmp_path / "bao-cao.xlsx", lang="vi")
    sheet = openpyxl.load_workbook(path)["I. Kết quả"]
    rows = [r for r in sheet.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    return {f"{r[1]} | {r[2]}": r for r in rows}


def test_the_shortfall_is_the_number_shown_not_float_noise(tmp_path):
    rows = _results(tmp_path, [_observed("imr", 2024, 23.2)])  # 23.2 - 22 in floats
    assert rows["Tỷ suất tử vong trẻ em dưới 1 tuổi | Toàn tỉnh"][11] == 1.2


def test_the_tier_is_said_in_vietnamese(tmp_path):
    figure = _observed("total_beds", 2024, 2410, Scope(tier="province"))
    rows = _results(tmp_path, [figure])
    scopes = [key.partition(" | ")[2] for key in rows]
    assert "tuyến tỉnh; không tính giường bệnh trạm y tế" in scopes
    assert not any("provincial" in s or "district" in s for s in scopes)


def test_a_change_is_measured_from_the_earliest_figure(tmp_path):
    # "Mức giảm tỷ suất sinh ‰ 0,2": 16.0 → 15.7 falls by 0.3, so the target is met
    birth = "Tỷ suất sinh thô | Toàn tỉnh"
    both = _results(tmp_path, [_observed("crude_birth_rate", 2023, 16.0),
                               _observed("crude_birth_rate", 2024, 15.7)])  # fmt: skip
    assert both[birth][10] == "Đạt"
    little = _results(tmp_path, [_observed("crude_birth_rate", 2023, 16.0),
                                 _observed("crude_birth_rate", 2024, 15.9)])  # fmt: skip
    assert little[birth][10] == "Chưa đạt"
    # one year only: there is a figure, but nothing to measure the change from
    one = _results(tmp_path, [_observed("crude_birth_rate", 2024, 15.7)])
    assert one[birth][10] == "Chưa đánh giá được"
    none = _results(tmp_path, [])
    assert none[birth][10] == "Chưa có số liệu"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_whole_numbers_have_no_decimals_in_excel(tmp_path, lang):
    """Before: every number of a column took the most decimals of the column, and a
    population (3764241.0, written "3.76424e+06" by ``:g``) counted as 2: "3.764.241,00
    người", "1.234,00" beds beside a rate of 21,5. Now each number its own: whole ones
    "#,##0", the others as many decimals as they need, at most 2."""
    thanh_hoa = review(plans.load("thanh-hoa-2023"))
    book = openpyxl.load_workbook(write_review(thanh_hoa, tmp_path / "th.xlsx", lang=lang))
    resources = book.worksheets[2]
    header = [c.value for c in resources[3]]
    first = resources[4]
    population = first[header.index("Dân số" if lang == "vi" else "Population")]
    assert (population.value, population.number_format) == (3764241, "#,##0")
    required = first[6]  # 39 beds per 10,000 × 3.764.241 people = 14.680,54 beds
    assert required.value == pytest.approx(14680.5399)
    assert required.number_format == "#,##0.00"
    beds = DAK_LAK.targets_for("total_beds")[0].scope  # "không tính giường bệnh trạm y tế"
    observed = [_observed("total_beds", 2024, 1234.0, beds), _observed("imr", 2024, 21.5)]
    book = openpyxl.load_workbook(
        write_review(review(DAK_LAK, observed), tmp_path / "dl.xlsx", lang=lang)
    )
    cells = [(r[8].value, r[8].number_format) for r in book.worksheets[1].iter_rows(min_row=3)
             if isinstance(r[8].value, int | float)]  # fmt: skip
    assert (21.5, "#,##0.0") in cells
    assert (1234, "#,##0") in cells
    assert {f for _, f in cells} == {"#,##0", "#,##0.0"}
    short = [
        r[11].number_format for r in book.worksheets[1].iter_rows(min_row=3) if r[11].value == 3896
    ]  # 5.130 − 1.234 beds still lacking
    assert short == ["#,##0"]
