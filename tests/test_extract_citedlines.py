"""A line that opens with a citation goes on with the cited document's title: its goal years
are that document's, not deadlines (vnhealthplan.io.extract.deadlines.title_deadlines)."""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan

_CITED_LINES = [
    "- 1 Quyết định 1920/QĐ-TTg năm 2011 phê duyệt Chiến lược phòng chống và loại trừ bệnh "
    "sốt rét giai đoạn 2011 - 2020 và định hướng đến năm 2030",
    "2. Quyết định số 1246/QĐ-TTg ngày 14/8/2020 phê duyệt Đề án chấm dứt dịch bệnh AIDS "
    "vào năm 2030",
    "+ Nghị quyết số 20-NQ/TW ngày 25/10/2017 về mục tiêu phấn đấu đến năm 2030 nâng cao "
    "sức khỏe nhân dân",
    "Quyết định 568/QĐ-TTg phê duyệt Chiến lược phòng chống tác hại thuốc lá, phấn đấu "
    "đến năm 2030 giảm tỷ lệ hút thuốc",
]

_OWN_LINES = [
    ("Tỉnh phấn đấu loại trừ sốt rét vào năm 2028, theo Quyết định 1920/QĐ-TTg.", "2028"),
    ("- Phấn đấu đến năm 2027 thanh toán bệnh phong (Quyết định số 12/QĐ-UBND).", "2027"),
]


@pytest.mark.parametrize("text", _CITED_LINES)
def test_a_goal_on_a_cited_line_is_not_due(text: str) -> None:
    assert "2030" not in [d.period.code for d in draft_plan(text + "\n").deadlines]


@pytest.mark.parametrize(("text", "code"), _OWN_LINES)
def test_a_goal_on_the_plans_own_line_is_due(text: str, code: str) -> None:
    assert code in [d.period.code for d in draft_plan(text + "\n").deadlines]
