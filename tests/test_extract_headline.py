"""Session 8 (tuneDP): a short headline's target stated once more in the body is one target.

Sentences of our own (none from a labelled text) for
:mod:`vnhealthplan.io.extract.headline`: a headline shortens the body's statement ("trẻ
thấp còi" for "suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi"), so the two share few
words; when the body states the headline's value only once, three shared syllables that
name something tie them. Near-misses: the body states the value twice (four needed), or
states it of something else.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan


def _count(text: str) -> int:
    return len(draft_plan(text).plan.targets)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Giảm tỷ lệ trẻ thấp còi còn 18% vào năm 2030\n\nTheo kế hoạch, tỉnh đặt mục tiêu "
            "đến năm 2030 giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi xuống "
            "còn 18%.",
            1,
        ),
        (
            "Phấn đấu 97% trẻ được tiêm chủng năm 2026\n\nNăm 2026, tỉnh phấn đấu tỷ lệ trẻ em "
            "dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 97%.",
            1,
        ),
        (
            "Năm 2025: 92% người dân có thẻ bảo hiểm y tế\n\nNăm 2025, Sở Y tế đặt mục tiêu tỷ "
            "lệ bao phủ bảo hiểm y tế đạt 92% dân số.",
            1,
        ),
        (
            "Đến 2030, 100% trạm y tế xã có bác sĩ làm việc\n\nUBND tỉnh ban hành kế hoạch "
            "phát triển y tế cơ sở. Mục tiêu đến năm 2030, tỷ lệ trạm y tế xã có bác sĩ làm "
            "việc đạt 100%.",
            1,
        ),
        (
            "Thái Bình: 85% người cao tuổi được khám sức khỏe định kỳ năm 2025\n\nNăm 2025, "
            "tỉnh phấn đấu tỷ lệ người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm "
            "đạt 85%.",
            1,
        ),
        # near-misses: the value twice in the body, or of something else
        (
            "Hướng tới 100% xã có bác sĩ năm 2025\n\nNăm 2025, tỉnh phấn đấu 100% trạm y tế xã "
            "có bác sĩ; 100% thôn bản có nhân viên y tế hoạt động.",
            3,
        ),
        (
            "95% trẻ em được tiêm chủng đầy đủ năm 2025\n\nNăm 2025, tỉnh phấn đấu 95% phụ nữ "
            "có thai được tiêm phòng uốn ván.",
            2,
        ),
        (
            "Giảm tỷ suất sinh thô 0,2‰ năm 2025\n\nNăm 2025, tỉnh phấn đấu giảm tỷ suất sinh "
            "0,2‰; tỷ lệ sàng lọc sơ sinh đạt 80%.",
            2,
        ),
    ],
)
def test_headline_restated_once(text: str, targets: int) -> None:
    assert _count(text) == targets
