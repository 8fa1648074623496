"""A level due by one year and kept to a later one by "và duy trì đến năm …" closing its
clause: two targets for every level of the clause, the level re-dated when it took the
kept year. Phrases of our own making (not copied from any evaluation text).
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan


def _targets(sentence: str) -> set[tuple[str, float, str]]:
    text = (
        "KẾ HOẠCH\nThực hiện công tác y tế tỉnh giai đoạn 2021 - 2030\nII. MỤC TIÊU\n"
        "2. Mục tiêu cụ thể\n- " + sentence + "\n"
    )
    return {
        (t.kind.value, float(t.value.magnitude), t.period.code)
        for t in draft_plan(text).plan.targets
    }


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Giảm tỷ lệ béo phì ở trẻ em xuống dưới 6% ở thành thị và dưới 4% ở nông thôn vào năm"
         " 2025 và tiếp tục duy trì đến năm 2030.", (6, 4)),
        ("Đến năm 2025, 100% người cao tuổi có thẻ bảo hiểm y tế và duy trì đến năm 2030.",
         (100,)),
        ("Phấn đấu đến năm 2025 đạt 98% trạm y tế có bác sĩ và duy trì đến năm 2030.", (98,)),
        ("Tỷ lệ bác sĩ gia đình đạt 60% ở thành phố và 40% ở các huyện vào năm 2025 và duy trì"
         " đến năm 2030.", (60, 40)),
        ("Đến hết năm 2025, 100% xã có nhân viên y tế thôn bản hoạt động và tiếp tục duy trì"
         " đến hết năm 2030.", (100,)),
        ("Tỷ lệ hộ gia đình dùng nước sạch đạt 95% vào năm 2025 và duy trì đến năm 2030.", (95,)),
        ("Vào năm 2025 có 90% người dân được lập hồ sơ sức khỏe điện tử và duy trì cho đến năm"
         " 2030.", (90,)),
        ("Đến năm 2025, tỷ lệ tiêm chủng đầy đủ đạt trên 95% và tiếp tục duy trì tới năm 2030.",
         (95,)),
    ],
)  # fmt: skip
def test_a_level_and_its_maintenance(sentence: str, values: tuple[float, ...]) -> None:
    found = _targets(sentence)
    for value in values:
        assert ("level", value, "2025") in found
        assert ("maintain", value, "2030") in found


@pytest.mark.parametrize(
    ("sentence", "value", "year"),
    [
        # "duy trì" keeps another thing, named after it
        ("Đến năm 2025, 100% xã có bác sĩ; duy trì tỷ lệ tiêm chủng đến năm 2030.", 100,
         "2025"),
        # the kept phrase closes another item with its own year
        ("Tỷ lệ A đạt 90% vào năm 2024, tỷ lệ B đạt 95% vào năm 2026 và duy trì đến năm 2030.",
         90, "2024"),
        # a figure with its own year before the one the kept phrase closes
        ("Tỷ lệ khám sàng lọc đạt 80% năm 2025, 100% xã có bác sĩ vào năm 2025 và duy trì"
         " đến năm 2030.", 80, "2025"),
        ("Tỷ lệ khám sàng lọc đạt 70% năm 2025. 100% xã có bác sĩ vào năm 2025 và duy trì"
         " đến năm 2030.", 70, "2025"),
        # the level's year is already the later one, with nothing earlier
        ("Tỷ lệ trạm y tế có bác sĩ đạt 98% và duy trì đến năm 2030.", 98, "2030"),
        # "được duy trì": a state, not a level kept (its year is left to the year reader)
        ("Đến năm 2025, 90% người bệnh được duy trì đến năm 2030.", 90, "2030"),
    ],
)  # fmt: skip
def test_no_maintenance_where_the_words_keep_something_else(
    sentence: str, value: float, year: str
) -> None:
    found = _targets(sentence)
    assert not any(kind == "maintain" and v == value for kind, v, _ in found), found
    assert ("level", value, year) in found
