"""A news page's one-year plan named by its number ("Công văn số 332/KH-SYT … năm 2016": ownyear),
and "%o" read as per mille (valueunits)."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan
from vnhealthplan.io.extract.ownyear import programme_year
from vnhealthplan.io.extract.values import find_values


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Sở Y tế có Công văn số 332/KH-SYT về triển khai công tác phòng dịch năm 2016.", "2016"),
        ("UBND huyện ban hành văn bản số 45/KH-UBND triển khai tiêm chủng năm 2024.", "2024"),
        ("Theo 12/KH-BCĐ về công tác an toàn thực phẩm năm 2023, thành phố sẽ …", "2023"),
        ("Công văn 7/KH-SYT về chăm sóc sức khỏe người cao tuổi trong năm 2022.", "2022"),
        ("Kế hoạch tiêm chủng mở rộng năm 2025 của tỉnh.", "2025"),  # the kind, as before
        # near misses: a number of another kind, a document carried out, a span, no number
        ("Sở Y tế có Công văn số 332/CV-SYT về việc triển khai công tác năm 2016.", None),
        ("Huyện thực hiện Công văn số 12/KH-UBND về phòng dịch năm 2016.", None),
        ("Văn bản 45/KH-BCĐ về phòng dịch giai đoạn 2021-2025.", None),
        ("Sở Y tế triển khai công tác an toàn thực phẩm năm 2016.", None),
        ("Năm 2016, thành phố có 120 vụ ngộ độc thực phẩm theo 12/KH-SYT.", None),
    ],
)
def test_a_plan_number_names_the_plan_of_a_year(text: str, year: str | None) -> None:
    found = programme_year(text)
    assert (found.period.code if found else None) == year


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
