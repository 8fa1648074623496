"""A news page's headline target and its body's restatement: drafted once (headline.py).

Phrasings written for these tests (not copied from a labelled text), with near-misses that
must keep both figures.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan
from vnhealthplan.io.extract.headline import headline_lines, same_subject


def _targets(text: str) -> list[tuple[str, float, str, str]]:
    plan = draft_plan(text).plan
    return [
        (t.source.quote, t.value.magnitude, t.comparator.value, t.period.code) for t in plan.targets
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the body repeats the headline's figure with its year: once, at the headline
            "Hà Tĩnh phấn đấu năm 2025 có 95% hồ sơ công việc được xử lý trên môi trường mạng\n"
            "UBND tỉnh vừa ban hành kế hoạch chuyển đổi số ngành y tế. Theo kế hoạch, đến "
            "năm 2025 có 95% hồ sơ công việc của Sở Y tế được xử lý trên môi trường mạng.",
            [("95%", 95, "=", "2025")],
        ),
        (  # the headline drops the body's comparator: the body's fuller reading
            "Năm 2026: 90% người cao tuổi được khám sức khỏe định kỳ\n"
            "Năm 2026, kế hoạch đặt mục tiêu có ít nhất 90% người cao tuổi được khám sức "
            "khỏe định kỳ và lập hồ sơ theo dõi.",
            [("ít nhất 90%", 90, ">=", "2026")],
        ),
        (  # a category line first, the headline second
            "Sức khỏe\n"
            "Đến năm 2030 giảm tỷ lệ thấp còi ở trẻ em vùng cao xuống dưới 20%\n\n"
            "Mục tiêu đặt ra là đến năm 2030 giảm tỷ lệ suy dinh dưỡng thấp còi ở trẻ em "
            "vùng cao xuống dưới 20%, giảm tỷ lệ nhẹ cân xuống dưới 10%.",
            [("xuống dưới 20%", 20, "<", "2030"), ("xuống dưới 10%", 10, "<", "2030")],
        ),
    ],
)
def test_headline_restated_in_the_body_is_one_target(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert [(q, pytest.approx(v), c, y) for q, v, c, y in expected] == _targets(text)
    assert any("headline" in m for m in draft_plan(text).messages)  # this module's doing


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (  # the same value for another subject: two targets, and the repeat dropped
            "Năm 2025 tỉnh đặt mục tiêu 90% người dân có hồ sơ sức khỏe điện tử\n"
            "Theo kế hoạch, đến năm 2025 có 90% trạm y tế xã có bác sĩ làm việc; 90% người "
            "dân có hồ sơ sức khỏe điện tử.",
            2,
        ),
        (  # another value in the body: both kept
            "Năm 2025 phấn đấu 95% trẻ em được tiêm chủng đầy đủ\n"
            "Kế hoạch năm 2025 đặt mục tiêu 90% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.",
            2,
        ),
        (  # another year in the body: both kept
            "Hải Dương: 80% trạm y tế có bác sĩ vào năm 2025\n"
            "Đến năm 2030, tỉnh phấn đấu 80% trạm y tế xã có bác sĩ làm việc thường xuyên.",
            2,
        ),
    ],
)
def test_near_misses_keep_both(text: str, count: int) -> None:
    assert len(_targets(text)) == count


def test_headline_lines_stop_at_the_body() -> None:
    text = "Tin y tế\nHà Nam: 98% trẻ được tiêm chủng\nNội dung. Câu hai.\nDòng khác"
    assert [text[slice(*s)] for s in headline_lines(text)] == [
        "Tin y tế",
        "Hà Nam: 98% trẻ được tiêm chủng",
    ]
    assert headline_lines("Số: 12/KH-UBND\nKẾ HOẠCH") == []
    assert headline_lines("Theo kế hoạch, năm 2025 đạt 95%.\nTiêu đề") == []


def test_same_subject_needs_shared_nouns() -> None:
    assert same_subject("95% người dân có thẻ bảo hiểm y tế", "tỷ lệ bao phủ bảo hiểm y tế đạt 95%")
    assert not same_subject("95% người dân có thẻ bảo hiểm y tế", "95% người dân được khám")
