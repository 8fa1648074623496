"""The plan a news page reports as issued, with its period (vnhealthplan.io.extract.newsplan)."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.newsplan import reported_plan

_REPORTED = [
    (
        "Ngày 3/5/2026, UBND tỉnh ban hành Kế hoạch số 88/KH-UBND về chăm sóc sức khỏe người "
        "cao tuổi giai đoạn 2026-2030 nhằm nâng cao chất lượng cuộc sống.",
        "2026-2030",
    ),
    (
        "UBND huyện vừa phê duyệt Đề án phát triển y tế cơ sở thời kỳ 2026 - 2035 với nhiều "
        "giải pháp.",
        "2026-2035",
    ),
    (
        "Theo kế hoạch phòng, chống sốt xuất huyết trên địa bàn giai đoạn 2026-2028 do UBND "
        "TP. Cần Thơ ban hành, ngành y tế sẽ tăng cường giám sát.",
        "2026-2028",
    ),
    (
        "Sở Y tế ban hành Chương trình truyền thông dân số giai đoạn 2027–2030, tập trung vào "
        "vùng sâu, vùng xa.",
        "2027-2030",
    ),
    (
        "Tại Kế hoạch nâng cao tầm vóc người dân giai đoạn 2026-2030 do UBND thành phố ban "
        "hành, mục tiêu là cải thiện dinh dưỡng.",
        "2026-2030",
    ),
]

_NOT_REPORTED = [
    "Trước đó, tỉnh đã ban hành Kế hoạch phòng chống lao giai đoạn 2016-2020.",
    "Căn cứ Kế hoạch số 12/KH-UBND phòng chống dịch giai đoạn 2021-2025 do UBND tỉnh ban hành;",
    "Thực hiện Kế hoạch tiêm chủng giai đoạn 2021-2025, ngành y tế đã triển khai nhiều hoạt động.",
    "Tỉnh ban hành Kế hoạch tiêm chủng mở rộng năm 2026.",  # no span of years
]


@pytest.mark.parametrize(("text", "code"), _REPORTED)
def test_the_reported_plans_period_is_its_own(text: str, code: str) -> None:
    assert reported_plan(text) is not None
    assert code in [d.period.code for d in draft_plan(text).deadlines]


@pytest.mark.parametrize("text", _NOT_REPORTED)
def test_an_earlier_or_cited_plan_is_not(text: str) -> None:
    assert reported_plan(text) is None


def test_a_plan_with_its_own_header_is_not_read_from_its_body() -> None:
    text = (
        "KẾ HOẠCH\nPHÒNG, CHỐNG LAO GIAI ĐOẠN 2026 - 2030\n"
        "Năm 2020, UBND tỉnh ban hành Kế hoạch phòng chống lao giai đoạn 2021-2025 do Sở Y tế "
        "trình.\n"
    )
    assert [d.period.code for d in draft_plan(text).deadlines] == ["2026-2030"]


def test_a_decisions_article_is_not_a_news_sentence() -> None:
    assert reported_plan("Điều 2. Ban hành Kế hoạch phòng chống lao giai đoạn 2026-2030.") is None
