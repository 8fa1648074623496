"""A level kept: the verbs that keep it ("duy trì", "giữ vững", "giữ ổn định"), a value in
parentheses right after what is kept, "trở lên" (and above) that is no verb of change.
Phrases of our own making (not copied from any evaluation text).
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan


def _kinds(sentence: str) -> list[tuple[str, float]]:
    text = (
        "KẾ HOẠCH\nThực hiện công tác y tế tỉnh giai đoạn 2021 - 2025\nII. MỤC TIÊU\n"
        "2. Mục tiêu cụ thể\n- " + sentence + "\n"
    )
    return [(t.kind.value, float(t.value.magnitude)) for t in draft_plan(text).plan.targets]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Giữ vững tỷ lệ sinh con thứ ba trở lên ở mức dưới 10% đến năm 2025.", 10),
        ("Giữ ổn định tỷ lệ tham gia bảo hiểm y tế trên 95% đến năm 2025.", 95),
        ("Tiếp tục giữ vững 100% trạm y tế xã có bác sĩ đến năm 2025.", 100),
        ("Duy trì mức sinh thay thế (2,1 con/phụ nữ) đến năm 2025.", 2.1),
        ("Giữ vững mức sinh thay thế ( 2,1 con/phụ nữ) trên địa bàn tỉnh đến năm 2025.", 2.1),
        ("Duy trì tỷ lệ sinh con thứ 3 trở lên dưới 8% đến năm 2025.", 8),
        ("Giữ ổn định tỷ số giới tính khi sinh ở mức 108 bé trai/100 bé gái đến năm 2025.",
         108),
        ("Giữ vững tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế 100% đến năm 2025.", 100),
    ],
)  # fmt: skip
def test_a_kept_level_is_a_maintain(sentence: str, value: float) -> None:
    assert ("maintain", value) in _kinds(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Đạt 95% trẻ dưới 1 tuổi được tiêm chủng đầy đủ và giữ vững thành quả đến năm 2025.",
         95),
        ("Giữ vững thành quả thanh toán bệnh phong, giảm tỷ lệ mắc xuống 0,5/10.000 dân vào năm"
         " 2025.", 0.5),
        ("Giữ vững tỷ lệ tiêm chủng và nâng lên 97% vào năm 2025.", 97),
        ("Giảm tỷ lệ sinh con thứ 3 trở lên xuống 8% vào năm 2025.", 8),
        ("Đến năm 2025, 90% người bệnh được giữ ổn định huyết áp.", 90),
    ],
)  # fmt: skip
def test_a_level_reached_is_no_maintain(sentence: str, value: float) -> None:
    assert ("level", value) in _kinds(sentence)
