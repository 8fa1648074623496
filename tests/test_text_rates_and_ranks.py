"""Review of session 8's units and ranks: what the text layer reads it writes back, and a
rank the subject is to leave is no rank of N or better.

The phrasings are written for these tests, with near-misses that must keep their reading.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.ranks import rank_values
from vnhealthplan.text import ParseError
from vnhealthplan.text.units import format_quantity, format_unit, parse_quantity

# ---- a yearly or daily amount per count: read, written and read back ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "10%/năm",
        "0,2‰/năm",
        "5 kg/người/năm",
        "7 g/người/ngày",
        "30.000 đồng/hộ/năm",
        "5 người/xã/năm",
        "2 giường bệnh/vạn dân/năm",
        "12 trường hợp/năm",
    ],
)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_unit_per_time_round_trips(text: str, lang: str) -> None:
    quantity = parse_quantity(text)
    written = format_quantity(quantity, lang)  # type: ignore[arg-type]
    back = parse_quantity(written, decimal="." if lang == "en" else ",")
    assert (back.magnitude, str(back.units)) == (quantity.magnitude, str(quantity.units))


@pytest.mark.parametrize(
    ("unit", "vi", "en"),
    [
        ("dong / household / year", "đồng/hộ gia đình/năm", "VND per household per year"),
        ("percent / year", "%/năm", "% per year"),
        ("gram / person / day", "g/người/ngày", "g per person per day"),
    ],
)
def test_a_unit_per_count_per_time_is_named(unit: str, vi: str, en: str) -> None:
    assert (format_unit(unit), format_unit(unit, "en")) == (vi, en)


@pytest.mark.parametrize("unit", ["liter / day / year", "gram / person / household / day"])
def test_two_times_or_three_denominators_have_no_name(unit: str) -> None:
    with pytest.raises(ValueError, match="expected a unit the package has a name for"):
        format_unit(unit)


@pytest.mark.parametrize(
    "text",
    ["10% per tháng", "5 kg/người per năm", "10% trên năm", "5 kg per person/ngày", "10%/năm/năm"],
)
def test_near_misses_of_a_unit_per_time(text: str) -> None:
    with pytest.raises(ParseError):
        parse_quantity(text, decimal=",")


# ---- ranks the subject is to leave --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2030, giảm ung thư ra khỏi top 10 nguyên nhân gây tử vong.",
        "Đến năm 2030, tỉnh thoát khỏi nhóm 10 tỉnh dẫn đầu về tai nạn giao thông.",
        "Đến năm 2025, tỉnh không lọt vào tốp 5 địa phương có tỷ lệ nhiễm HIV cao nhất.",
        "Đến năm 2030, tỉnh nằm ngoài top 20 cả nước về tỷ lệ suy dinh dưỡng.",
    ],
)
def test_a_rank_to_leave_is_no_rank_aimed_at(text: str) -> None:
    assert rank_values(text, 0, len(text)) == []
    units = [str(t.value.units) for t in draft_plan(text).plan.targets]
    assert "rank" not in units


@pytest.mark.parametrize(
    "text",
    [
        "Đến năm 2030, tỉnh vào tốp 10 cả nước về y tế.",
        "Đến năm 2030, tỉnh nằm trong nhóm 10 tỉnh dẫn đầu.",
        "Đến năm 2030, tỉnh tiếp tục giữ vững top 5 toàn quốc; không để xảy ra dịch.",
    ],
)
def test_near_misses_ranks_aimed_at_stay_ranks(text: str) -> None:
    [rank] = rank_values(text, 0, len(text))
    assert rank[2].comparator.value == "<="


# ---- "%/năm" is a yearly change only where no year follows it -------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tỷ lệ tiêm chủng đạt 95%/năm 2023, phấn đấu đạt 98% năm 2025.",
         [(95, "percent", "2023"), (98, "percent", "2025")]),
        ("Đến năm 2025, tỷ lệ tiêm chủng đạt 95%/năm 2025.", [(95, "percent", "2025")]),
        # near-misses: "/năm" with no year after it is a yearly change, as before
        ("Đến năm 2025, tỷ lệ hộ nghèo giảm 2%/năm.", [(-2, "percent / year", "2025")]),
        ("Đến năm 2025, tỷ suất sinh thô giảm bình quân 0,2‰/năm; tỷ lệ tăng dân số 1%.",
         [(-0.2, "permille / year", "2025"), (1, "percent", "2025")]),
    ],
)  # fmt: skip
def test_a_share_per_year_is_no_share_in_a_year(
    text: str, want: list[tuple[float, str, str]]
) -> None:
    got = [
        (float(t.value.magnitude), str(t.value.units), t.period.code)
        for t in draft_plan(text).plan.targets
    ]
    assert got == want
