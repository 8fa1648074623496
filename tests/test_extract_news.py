"""News and portal reports of a plan: the journalist's present-tense figures are status
figures, the plan's aims targets (aims.py's "Hiện …" sentence opening).

Phrasings written for these tests (not copied from a labelled text), with near-misses that
must stay targets.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.draft import draft_plan
from vnhealthplan.io.extract.segment import year_marks
from vnhealthplan.io.extract.yearend import due_year_end


def _roles(text: str) -> dict[float, str]:
    plan = draft_plan(text).plan
    roles = {float(t.value.magnitude): "target" for t in plan.targets}
    roles.update({float(o.value.magnitude): "observation" for o in plan.observations})
    return roles


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Mục tiêu đến năm 2025 tỷ lệ tiêm chủng đầy đủ đạt 95%. "
            "Hiện tỷ lệ này của tỉnh là 91,2%.",
            91.2,
        ),
        (
            "Kế hoạch đặt mục tiêu đến năm 2030 có 12 bác sĩ/vạn dân. "
            "Hiện, toàn tỉnh có 8,6 bác sĩ/vạn dân.",
            8.6,
        ),
        (
            "Đến năm 2025 phấn đấu 100% trạm y tế xã có bác sĩ. "
            "Hiện toàn tỉnh có 85% trạm y tế xã có bác sĩ làm việc.",
            85,
        ),
        (
            "Tỉnh phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt 95% vào năm 2026.\n"
            "Hiện tỷ lệ bao phủ mới ở mức 92,4% dân số.",
            92.4,
        ),
    ],
)
def test_a_sentence_opened_by_hien_reports(text: str, value: float) -> None:
    roles = _roles(text)
    assert roles.get(value) != "target"
    assert "target" in roles.values()  # the aim stays a target


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hiện đại hóa 100% bệnh viện tuyến tỉnh vào năm 2030.", 100),
        ("Hiện thực hóa mục tiêu 95% người dân có thẻ bảo hiểm y tế vào năm 2025.", 95),
        ("Thể hiện quyết tâm, tỉnh phấn đấu 90% người cao tuổi được khám định kỳ năm 2025.", 90),
        ("Phát hiện sớm 90% người nhiễm HIV trong cộng đồng vào năm 2025.", 90),
    ],
)
def test_near_misses_stay_targets(text: str, value: float) -> None:
    assert _roles(text).get(value) == "target"


# "đến cuối năm 2025" as a deadline (yearend.py, hooked in valueyear.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phấn đấu đến cuối năm 2025, tỷ lệ bao phủ bảo hiểm y tế đạt 95%, tỷ lệ hài lòng "
            "của người bệnh đạt 90%.",
            {95.0: "2025", 90.0: "2025"},
        ),
        (
            "Tỉnh phấn đấu tỷ lệ người dân được quản lý sức khỏe đạt 90%, tỷ lệ xã đạt Bộ tiêu "
            "chí quốc gia về y tế đạt 100% vào cuối năm 2026.",
            {90.0: "2026", 100.0: "2026"},
        ),
        (
            "Mục tiêu đến hết cuối năm 2025, tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt 80%.",
            {80.0: "2025"},
        ),
        (
            "Chỉ tiêu tới cuối năm 2024, tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 98%.",
            {98.0: "2024"},
        ),
    ],
)
def test_year_end_as_a_deadline(text: str, expected: dict[float, str]) -> None:
    plan = draft_plan(text).plan
    assert {float(t.value.magnitude): t.period.code for t in plan.targets} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tính đến cuối năm 2023, toàn tỉnh có 1.200 ca mắc sốt xuất huyết.",
        "Đến cuối năm 2023, toàn tỉnh có 25 trạm y tế xã đạt chuẩn quốc gia.",
        "So với cuối năm 2022, số ca mắc mới giảm 120 ca.",
    ],
)
def test_year_end_measured_at_is_no_target(text: str) -> None:
    assert draft_plan(text).plan.targets == ()


def test_due_year_end_reads_the_words_before() -> None:
    text = "Đầu năm 2025 đạt 90%; đạt 95% trước cuối năm 2025; tính đến cuối năm 2024 đạt 92%."
    assert [due_year_end(text, m) for m in year_marks(text)] == [False, True, False]


# "(hiện nay …)": a bracketed aside reports the present in the brackets only (aims.py)


@pytest.mark.parametrize(
    ("text", "targets", "observed"),
    [
        (
            "Kế hoạch năm 2025 nêu các tiêu chí. Tỷ lệ lây truyền HIV từ mẹ sang con ít hơn "
            "2% (hiện nay 5%). Số ca tử vong do AIDS dưới 50 ca (hiện tại khoảng 80 ca).",
            {2.0, 50.0},
            {5.0, 80.0},
        ),
        (
            "Năm 2026 tỉnh phấn đấu như sau. Tỷ lệ hài lòng của người bệnh trên 90% (hiện nay "
            "là 86,5%).",
            {90.0},
            {86.5},
        ),
    ],
)
def test_an_aside_reports_only_itself(text: str, targets: set[float], observed: set[float]) -> None:
    roles = _roles(text)
    assert {v for v, r in roles.items() if r == "target"} == targets
    assert {v for v, r in roles.items() if r == "observation"} >= observed


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Năm 2023 tỉnh đã có 91% dân số tham gia bảo hiểm y tế (hiện nay cả nước 93%).", 91),
        ("Hiện nay tỷ lệ lây truyền HIV từ mẹ sang con là 5% (năm 2019 là 6%).", 5),
    ],
)
def test_an_aside_near_miss(text: str, value: float) -> None:
    assert _roles(text).get(float(value)) != "target"
