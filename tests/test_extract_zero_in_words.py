"""Zero written in words: "không có người tử vong …", "không còn tỉnh nào …".

docs/labelling.rst (Settled in the tenth set, *Zero in words*) labels "phấn đấu không có người
tử vong vì bệnh Dại vào năm 2030" and "không còn tỉnh nào trong giai đoạn …" as levels of 0
in the counted noun. The zero is read where it opens its clause (or follows "phấn đấu",
"mục tiêu") and its noun counts an event (death, illness, infection) or takes "nào"; words
that only say which people or places are meant, and states that count nothing, are left.
Phrases of our own making, with near-misses that must not be drafted.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan


def _targets(sentence: str) -> list[tuple[str, float, str, int]]:
    text = "KẾ HOẠCH\nPhòng, chống bệnh truyền nhiễm giai đoạn 2021 - 2025\nII. MỤC TIÊU\n- "
    plan = draft_plan(text + sentence + "\n").plan
    return [
        (t.comparator.value, float(t.value.magnitude), str(t.value.units), t.period.last_year)
        for t in plan.targets
    ]


@pytest.mark.parametrize(
    ("sentence", "unit", "year"),
    [
        ("Phấn đấu không có người tử vong do bệnh sởi vào năm 2025.", "person", 2025),
        ("Đến năm 2025: không còn xã nào có sốt rét lưu hành.", "commune", 2025),
        ("Giảm tỷ lệ mắc lao; không có ca tử vong do bệnh bạch hầu.", "death", 2025),
        ("Mục tiêu là không có trẻ em mắc uốn ván sơ sinh đến năm 2025.", "child", 2025),
        ("Đến năm 2025, không còn tỉnh nào có bệnh phong lưu hành.", "province", 2025),
    ],
)
def test_a_zero_in_words_is_a_level_of_zero(sentence: str, unit: str, year: int) -> None:
    assert _targets(sentence) == [("=", 0, unit, year)]


@pytest.mark.parametrize(
    "sentence",
    [  # near-misses: which people or places, a state that counts nothing, a refusal
        "Đến năm 2025 hỗ trợ người cao tuổi khó khăn, không có người phụng dưỡng.",
        "Phấn đấu đến năm 2025 không còn lây truyền HIV từ mẹ sang con.",
        "Tuyên truyền để các gia đình không có người sinh con thứ 3 trở lên.",
        "Đến năm 2025, không có chính sách hỗ trợ nào cho người cao tuổi.",
        "Các xã không có trạm y tế được hỗ trợ đến năm 2025.",
    ],
)
def test_no_zero_where_nothing_is_counted(sentence: str) -> None:
    assert [t for t in _targets(sentence) if t[1] == 0] == []


def test_a_number_after_the_zero_is_read_as_before() -> None:
    sentence = "Đến năm 2025 không còn tỉnh nào ở giai đoạn tích cực; 40 tỉnh ở giai đoạn loại trừ."
    assert _targets(sentence) == [("=", 0, "province", 2025), ("=", 40, "province", 2025)]
