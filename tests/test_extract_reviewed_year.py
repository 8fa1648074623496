"""A dated text that reviews an earlier year dates its year-less status figures by it.

Phrasings written for these tests (from no labelled text): pages posted early in a year
about the review of the year before. Near-misses: a text that reviews its own year or
reviews nothing, and a figure with its own year, keep their years.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan

REVIEWED = [
    "Ngày 05/01/2025, Sở Y tế tổ chức hội nghị tổng kết công tác năm 2024. "
    "Trong năm, toàn ngành đã khám cho 2.500.000 lượt người.",
    "Ngày 10/01/2024, Sở Y tế báo cáo kết quả thực hiện năm 2023.\n\n"
    "Toàn tỉnh đã phát hiện 120 ca lao mới.",
    "Ngày 12/01/2024, UBND tỉnh tổ chức sơ kết năm 2023 công tác dân số.\n\n"
    "Tỷ số giới tính khi sinh là 112 bé trai/100 bé gái.",
    "Ngày 08/02/2025, ngành y tế tổng kết năm 2024.\n\nToàn tỉnh đã có 180 bác sĩ gia đình.",
    "Ngày 15/01/2025, Trung tâm Kiểm soát bệnh tật báo cáo kết quả công tác năm 2024: "
    "toàn tỉnh ghi nhận 350 ca sốt xuất huyết.",
    "Ngày 03/01/2023, hội nghị tổng kết công tác y tế năm 2022 được tổ chức.\n\n"
    "Đã có 95 trạm y tế xã có bác sĩ làm việc.",
    "Ngày 20/01/2025, Sở Y tế tổng kết công tác phòng, chống HIV/AIDS năm 2024.\n\n"
    "Toàn tỉnh hiện quản lý 2.300 người nhiễm HIV.",
    "Ngày 06/01/2024, Bệnh viện tỉnh tổng kết hoạt động năm 2023.\n\n"
    "Bệnh viện đã thực hiện 4.500 ca phẫu thuật.",
]

KEPT = [
    (
        "Ngày 05/01/2025, Sở Y tế tổ chức hội nghị triển khai công tác năm 2025.\n\n"
        "Toàn tỉnh đã có 150 trạm y tế xã.",
        "2025",
    ),
    (
        "Ngày 20/12/2024, Sở Y tế tổ chức tổng kết công tác năm 2024.\n\n"
        "Toàn ngành đã khám cho 2.500.000 lượt người.",
        "2024",
    ),
    (
        "Ngày 05/01/2025, Sở Y tế tổng kết công tác năm 2024.\n\n"
        "Năm 2022, toàn tỉnh đã có 140 trạm y tế xã.",
        "2022",
    ),
]


@pytest.mark.parametrize("words", REVIEWED)
def test_a_year_less_status_figure_of_a_review(words: str) -> None:
    draft = draft_plan(words + "\n")
    assert not draft.plan.targets
    years = {o.period.code for o in draft.plan.observations}
    assert years == {str(int(words[11:15]) - 1)}


@pytest.mark.parametrize(("words", "year"), KEPT)
def test_a_status_figure_keeps_its_year(words: str, year: str) -> None:
    draft = draft_plan(words + "\n")
    assert [o.period.code for o in draft.plan.observations] == [year]
