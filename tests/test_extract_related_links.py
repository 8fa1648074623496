"""Session 8 (tuneDP): a box of links whose headlines stand after bullets.

Pages of our own (none from a labelled text) for :mod:`vnhealthplan.io.extract.related`: a
news site lists its links to other articles under "Tin liên quan" and the like, one per line
after a bullet ("- Hà Tĩnh: 98% trẻ em …"); their figures are other articles'. Near-misses:
a plan's items after a bullet ("- 95% …", "- tỷ lệ …", closed by ";") and running text end
the box, and keep their figures.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.related import related_blocks

_BODY = "Năm 2025 tỉnh phấn đấu 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.\n\n"


def _values(text: str) -> list[float]:
    return [float(t.value.magnitude) for t in draft_plan(text).plan.targets]


@pytest.mark.parametrize(
    ("box", "links"),
    [
        (
            "Tin liên quan\n- Hà Tĩnh: 98% trẻ em được tiêm chủng\n"
            "- Nghệ An giảm thấp còi xuống 15%",
            2,
        ),
        ("Bài viết liên quan:\n• Đà Nẵng đặt mục tiêu 90% người dân có hồ sơ sức khỏe điện tử", 1),
        ("Tin cùng chuyên mục\n– Quảng Nam: 100% trạm y tế có bác sĩ vào năm 2026", 1),
        ("Xem thêm\n+ Bình Dương phấn đấu 40 giường bệnh/vạn dân\n+ Huế: 95% dân số có BHYT", 2),
        ("Các tin khác\n- Long An giảm 20% ca sốt xuất huyết năm 2025", 1),
        ("Có thể bạn quan tâm\n* Cà Mau: 92% người cao tuổi được khám định kỳ", 1),
        ("Tin mới nhất\n- Hà Nội tiêm 2 triệu liều vắc xin sởi\n- TP.HCM: 30 ca mắc mới", 2),
        ("Tin liên quan\n- Phú Yên đạt 94% bao phủ BHYT", 1),
    ],
)
def test_bulleted_links_are_other_articles(box: str, links: int) -> None:
    text = _BODY + box
    assert len(related_blocks(text)) == links
    assert _values(text) == [95]


@pytest.mark.parametrize(
    "tail",
    [
        "Xem thêm\n- 90% trẻ em được uống vitamin A",  # a figure after the bullet: an item
        "Tin liên quan\n- tỷ lệ phụ nữ có thai được khám thai đạt 90%",  # no capital
        "Xem thêm\n- Tỷ lệ phụ nữ có thai được khám thai đạt 90%;",  # closed by ';'
    ],
)
def test_plan_items_after_a_bullet_stay(tail: str) -> None:
    assert related_blocks(_BODY + tail) == []
