"""An undated news page's one-year plan, named in its lead (leadyear), and "%o" as per mille."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan
from vnhealthplan.io.extract.leadspan import lead_period
from vnhealthplan.io.extract.leadyear import lead_year
from vnhealthplan.io.extract.values import find_values


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("UBND huyện ban hành Kế hoạch tiêm chủng mở rộng năm 2024. Theo đó, …", "2024"),
        ("Sở Y tế có Công văn số 12/KH-SYT về triển khai công tác phòng dịch năm 2023.", "2023"),
        ("Chương trình hành động phòng, chống sốt xuất huyết năm 2022 của thành phố …", "2022"),
        ("Theo Đề án chăm sóc người cao tuổi năm 2021, huyện sẽ …", "2021"),
        ("Trung tâm Y tế xây dựng kế hoạch hoạt động năm 2025 với nhiều chỉ tiêu.", "2025"),
        # near misses: a date, a deadline, a span, a review, no plan named
        ("Kế hoạch số 12/KH-UBND ngày 5 tháng 1 năm 2016 về tiêm chủng.", None),
        ("Kế hoạch phòng, chống dịch đến năm 2030 của thành phố.", None),
        ("Kế hoạch dinh dưỡng giai đoạn 2021 - 2025 và năm 2021.", None),
        ("Huyện tổng kết kế hoạch tiêm chủng năm 2015.", None),
        ("Năm 2016, thành phố có 120 vụ ngộ độc thực phẩm.", None),
        ("Kế hoạch tiêm chủng. Năm 2024 tỉnh đạt 95%.", None),  # another sentence
    ],
)
def test_lead_year(text: str, year: str | None) -> None:
    found = lead_year(text)
    assert (found.period.code if found else None) == year


def test_lead_period_keeps_a_span_first() -> None:
    text = "Kế hoạch năm 2024 thực hiện Chương trình giai đoạn 2021-2025 của tỉnh."
    assert lead_period(text).period.code == "2021-2025"  # type: ignore[union-attr]


PAGE = (
    "Thành phố sẽ có mô hình cảnh báo nhanh\n\n"
    "Sở Y tế đã có Công văn số 332/KH-SYT về việc triển khai công tác an toàn thực phẩm "
    "năm 2016.\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Phấn đấu 100% vụ ngộ độc thực phẩm được điều tra kịp thời.", [(100, 2016)]),
        ("Tỷ lệ cơ sở được cấp giấy chứng nhận đạt trên 78%.", [(78, 2016)]),
        ("Hiện nay, tỷ lệ cơ sở đạt chuẩn là 60%.", []),  # the present, no aim
    ],
)
def test_one_year_lead_dates_the_goals(body: str, expected: list[tuple[float, int]]) -> None:
    plan = draft_plan(PAGE + body).plan
    assert [(t.value.magnitude, t.period.last_year) for t in plan.targets] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Mức giảm tỷ lệ sinh khoảng 0,1%o", "permille"),
        ("Giảm sinh: 0,2%o/năm", "permille / year"),
        ("mức giảm sinh từ 0,2%o – 0,4%o", "permille"),
        ("tỷ suất sinh thô giảm 0,3 %o", "permille"),
        # near misses: a share, a share before a word starting with o
        ("đạt 95% số xã", "percent"),
        ("đạt 95%ong", "percent"),
    ],
)
def test_per_mille_typed_with_letter_o(text: str, unit: str) -> None:
    assert str(find_values(text)[0].unit) == unit
