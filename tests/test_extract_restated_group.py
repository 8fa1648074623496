"""Two targets for one group, told apart only after its words: not a restatement.

"Phấn đấu 50% trẻ em từ 6 đến dưới 16 tuổi biết kỹ năng an toàn … vào năm 2025; 50% trẻ em
từ 6 đến dưới 16 tuổi biết bơi an toàn vào năm 2025" gives two targets of the same value and
year whose first eight words after the value agree (the group) and whose measures differ.
:mod:`vnhealthplan.io.extract.restated` compared only eight words after a value, so the second
was dropped as said twice and never drafted. It now compares up to sixteen (a shorter clause
still restates a longer one it begins). Phrases of our own making, with near-misses: real
restatements must still be drafted once.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan


def _values(body: str) -> list[float]:
    text = "KẾ HOẠCH\nPhòng, chống đuối nước trẻ em giai đoạn 2021 - 2025\nII. MỤC TIÊU\n" + body
    return [float(t.value.magnitude) for t in draft_plan(text).plan.targets]


@pytest.mark.parametrize(
    "body",
    [
        "- Đến năm 2025: 50% trẻ em từ 6 đến dưới 16 tuổi biết kỹ năng an toàn trong môi trường "
        "nước; 50% trẻ em từ 6 đến dưới 16 tuổi biết bơi an toàn.\n",
        "- Đến năm 2025: 90% trạm y tế xã, phường, thị trấn trên địa bàn tỉnh có bác sĩ làm việc; "
        "90% trạm y tế xã, phường, thị trấn trên địa bàn tỉnh có nữ hộ sinh.\n",
        "- Đến năm 2025, 100% cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn tỉnh được kiểm "
        "tra định kỳ;\n- 100% cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn tỉnh được tập huấn "
        "kiến thức.\n",
        "- Đến năm 2025: 80% người cao tuổi trên địa bàn các huyện miền núi của tỉnh được khám "
        "sức khỏe; 80% người cao tuổi trên địa bàn các huyện miền núi của tỉnh có thẻ bảo hiểm "
        "y tế.\n",
        "- Đến năm 2025: 95% học sinh các trường tiểu học và trung học cơ sở trên địa bàn được "
        "tẩy giun; 95% học sinh các trường tiểu học và trung học cơ sở trên địa bàn được uống "
        "vitamin A.\n",
    ],
)
def test_one_group_two_measures_are_two_targets(body: str) -> None:
    values = _values(body)
    assert len(values) == 2
    assert values[0] == values[1]


@pytest.mark.parametrize(
    "body",
    [  # near-misses: the same target said twice, in full or cut short
        "- Đến năm 2025: 50% trẻ em từ 6 đến dưới 16 tuổi biết bơi an toàn.\n"
        "- Đến năm 2025: 50% trẻ em từ 6 đến dưới 16 tuổi biết bơi an toàn.\n",
        "Đến năm 2025, 90% trạm y tế xã, phường, thị trấn trên địa bàn tỉnh có bác sĩ làm việc.\n"
        "Cụ thể, đến năm 2025, 90% trạm y tế xã, phường, thị trấn trên địa bàn tỉnh có bác sĩ.\n",
        "- Đến năm 2025: 80% người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm.\n"
        "- Đến năm 2025: 80% người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm.\n",
    ],
)
def test_a_restatement_is_still_drafted_once(body: str) -> None:
    assert len(_values(body)) == 1
