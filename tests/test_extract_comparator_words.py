"""A comparator keeps its number across "là" and "ở mức": "ít nhất là 95%", "tối đa ở mức
12‰". Phrases of our own making (not copied from any evaluation text).
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan


def _comparators(sentence: str) -> list[tuple[str, float]]:
    text = (
        "KẾ HOẠCH\nThực hiện công tác y tế tỉnh giai đoạn 2021 - 2025\nII. MỤC TIÊU\n"
        "2. Mục tiêu cụ thể\n- " + sentence + "\n"
    )
    return [(t.comparator.value, float(t.value.magnitude)) for t in draft_plan(text).plan.targets]


@pytest.mark.parametrize(
    ("sentence", "comparator", "value"),
    [
        ("Tỷ lệ tham gia bảo hiểm y tế đạt ít nhất là 95% vào năm 2025.", ">=", 95),
        ("Tỷ lệ trạm y tế có bác sĩ tối thiểu là 90% vào năm 2025.", ">=", 90),
        ("Tỷ suất tử vong trẻ em dưới 1 tuổi tối đa ở mức 12‰ vào năm 2025.", "<=", 12),
        ("Tỷ suất tử vong trẻ em dưới 1 tuổi không quá là 12‰ vào năm 2025.", "<=", 12),
        ("Số giường bệnh trên 10.000 dân tối thiểu là 30 giường vào năm 2025.", ">=", 30),
        ("Tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh ít nhất ở mức 80% vào năm 2025.", ">=", 80),
        ("Tỷ lệ người dân hài lòng không dưới là 85% vào năm 2025.", ">=", 85),
        ("Tỷ lệ tiêm chủng đầy đủ ở mức trên 95% vào năm 2025.", ">", 95),
    ],
)
def test_a_comparator_across_la_and_o_muc(sentence: str, comparator: str, value: float) -> None:
    assert (comparator, value) in _comparators(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Tỷ lệ tham gia bảo hiểm y tế là 95% vào năm 2025.", 95),
        ("Tỷ lệ tiêm chủng đầy đủ ở mức 95% vào năm 2025.", 95),
        ("Số giường bệnh trên 10.000 dân là 30 giường vào năm 2025.", 30),
        ("Tỷ lệ trạm y tế có bác sĩ ở 95% số xã vào năm 2025.", 95),
    ],
)
def test_la_and_o_muc_alone_are_no_comparator(sentence: str, value: float) -> None:
    assert ("=", value) in _comparators(sentence)
