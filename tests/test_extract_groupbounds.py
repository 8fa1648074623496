"""Session 8 (tuneDP): bounds that say what a share counts, after a verb or "từ … trở lên".

Sentences of our own (none from a labelled text) for
:mod:`vnhealthplan.io.extract.groupbounds`: the share counts places that each do at least
so much ("100% trung tâm y tế huyện thực hiện được tối thiểu 80% danh mục kỹ thuật"), or
events and people from a size up ("giảm 20% số vụ ngộ độc … từ 50 người mắc trở lên"). The
bound is no target; the share before it is. Near-misses: a bound with a verb or a list
break of its own is a target of its own.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan

_HEAD = "Số: 12/KH-UBND\nKẾ HOẠCH\nChăm sóc sức khỏe nhân dân tỉnh Bình Định năm 2025\n\n"


def _values(text: str) -> list[float]:
    return [float(t.value.magnitude) for t in draft_plan(_HEAD + text).plan.targets]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Đến năm 2025, 100% trung tâm y tế huyện thực hiện được tối thiểu 80% danh mục kỹ "
            "thuật theo phân tuyến.",
            [100],
        ),
        (
            "Đến năm 2030, 90% bệnh viện tuyến huyện triển khai được trên 70% kỹ thuật của "
            "tuyến tỉnh.",
            [90],
        ),
        (
            "Năm 2025, 95% trạm y tế xã thực hiện được ít nhất 80% dịch vụ kỹ thuật theo quy định.",
            [95],
        ),
        (
            "Đến năm 2030, 70% phòng khám đa khoa khu vực đáp ứng tối thiểu 90% nhu cầu thuốc "
            "thiết yếu.",
            [70],
        ),
        (
            "Phấn đấu đến năm 2025 giảm 20% số vụ ngộ độc thực phẩm cấp tính từ 50 người mắc "
            "trở lên.",
            [-20],
        ),
        ("Năm 2026 giảm 25% số vụ tai nạn lao động làm từ 2 người chết trở lên.", [-25]),
        ("Đến năm 2025, tăng 30% số người từ 60 tuổi trở lên được khám sức khỏe định kỳ.", [30]),
        (
            "Đến năm 2025 giảm 15% số ổ dịch sốt xuất huyết có từ 10 ca mắc trở lên.",
            [-15],
        ),
        # near-misses: the bound has a verb or a list break of its own
        (
            "Đến năm 2025, 80% bệnh viện tuyến tỉnh thực hiện được kỹ thuật cao, đạt tối thiểu "
            "90% danh mục.",
            [80, 90],
        ),
        (
            "Đến năm 2025, 100% trạm y tế xã có bác sĩ, thực hiện được trên 80% dịch vụ kỹ thuật.",
            [100, 80],
        ),
        (
            "Đến năm 2025, 90% người dân được quản lý sức khỏe, từ 95% trở lên đối với người "
            "cao tuổi.",
            [90, 95],
        ),
        (
            "Đến năm 2025, 85% trạm y tế xã thực hiện được 80% dịch vụ kỹ thuật và tăng lên "
            "trên 90% vào năm 2030.",
            [85, 80, 90],
        ),
    ],
)
def test_bounds_of_what_a_share_counts(text: str, kept: list[float]) -> None:
    assert _values(text) == kept
