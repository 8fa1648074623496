"""Changes, ceilings on changes and counts of places the drafter reads (session 6, tuneC).

Each rule is tested on phrasings of the genre written for these tests (not copied from a
labelled text), with near-misses that must keep their old reading.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.targets import find_targets
from vnhealthplan.io.extract.values import find_values


def _read(text: str) -> list[tuple[str, str, float, float | None]]:
    """(kind, comparator, value, upper) of each value found in *text*."""
    out = []
    for v in find_values(text):
        upper = None if v.phrase.upper is None else float(v.phrase.upper.magnitude)
        out.append(
            (
                v.phrase.kind.value,
                v.phrase.comparator.value,
                float(v.phrase.value.magnitude),
                upper,
            )
        )
    return out


# ---- a change verb that heads the indicator's name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Năm 2025 phấn đấu giảm tỷ lệ sinh con thứ ba trở lên 0,5%.", ("change", "=", -0.5)),
        ("Mục tiêu: giảm tỷ suất chết mẹ 2‰ so với năm 2020.", ("change", "=", -2)),
        ("Tăng tỷ lệ người dân có thẻ bảo hiểm y tế 3% so với năm trước;", ("change", "=", 3)),
        ("giảm thêm tỷ lệ suy dinh dưỡng thấp còi ở trẻ em 1,5% mỗi năm", ("change", "=", -1.5)),
        ("- Giảm số ca mắc sốt xuất huyết 10% so với năm 2020", ("change", "=", -10)),
        ("đồng thời giảm chênh lệch mức sinh giữa các vùng 30%.", ("change", "=", -30)),
        ("Năm 2026, giảm sinh 0,2‰ so với năm 2025.", ("change", "=", -0.2)),
        ("tỷ suất chết thô giảm bình quân 0,1‰/năm", ("change", "=", -0.1)),
        ("số ca mắc sốt rét tăng trung bình 2% mỗi năm", ("change", "=", 2)),
    ],
)
def test_a_verb_before_the_name_makes_a_bare_figure_a_change(
    text: str, want: tuple[str, str, float]
) -> None:
    assert _read(text)[-1][:3] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the figure has a level word of its own: a level (docs/labelling.rst)
        ("Giảm tỷ lệ trẻ em suy dinh dưỡng xuống 12% vào năm 2025.", ("level", "=", 12)),
        ("giảm tỷ lệ mắc lao dưới 20/100.000 dân", ("level", "<", 20)),
        ("Giảm tỷ lệ hộ nghèo còn 2%;", ("level", "=", 2)),
        # "tăng" inside a rate's name: no verb
        ("tỷ lệ tăng dân số tự nhiên 0,9%", ("level", "=", 0.9)),
        ("tốc độ tăng dân số bình quân 1,1%", ("level", "=", 1.1)),
        ("tốc độ tăng bình quân 7%/năm", ("level", "=", 7)),
        # "tăng cường" is no "tăng"
        ("Tăng cường tỷ lệ tiêm chủng đầy đủ đạt 95%.", ("level", "=", 95)),
        # a comma closes the clause of the verb
        ("giảm tỷ lệ sinh, tỷ lệ sàng lọc sơ sinh 80%", ("level", "=", 80)),
        # a pair "từ A … xuống còn B" is no change
        (
            "giảm số người nhiễm mới từ 300 người (năm 2020) xuống còn 200 người",
            ("level", "=", 300),
        ),
    ],
)
def test_near_misses_keep_their_level(text: str, want: tuple[str, str, float]) -> None:
    assert _read(text)[0][:3] == want


def test_a_range_after_the_name_and_the_next_item_of_its_list_are_changes() -> None:
    text = "Tăng cân nặng trung bình của trẻ sơ sinh: bé trai từ 100-150 gam và bé gái 80-120 gam"
    assert _read(text) == [("change", "range", 100, 150), ("change", "range", 80, 120)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("giảm 30% số ca mắc sởi và 15% số ca tử vong do sởi so với năm 2020", -15),
        ("tăng 10% số người tham gia bảo hiểm và 5% số hộ gia đình so với năm 2021;", 5),
        # near-misses: no shared base year, or the base year closes the first item
        ("giảm 30% số ca tử vong và 90% người nhiễm HIV biết tình trạng của mình", 90),
        ("giảm 25% số ca mắc so với năm 2015 và 20% số ca tử vong", 20),
        ("giảm 25% số ca mắc và đạt 20% số xã so với năm 2015", 20),
    ],
)
def test_a_bare_figure_after_and_shares_the_change_of_its_base_year(text: str, want: float) -> None:
    assert _read(text)[1][2] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("mức tăng tỷ lệ sinh con thứ 3 không quá 0,2%", ("change", "<=", 0.2)),
        ("khống chế tốc độ tăng tỷ số giới tính khi sinh 0,5 điểm%", ("change", "<=", 0.5)),
        ("kiềm chế tốc độ tăng tỷ số giới tính khi sinh dưới 0,3 điểm %", ("change", "<", 0.3)),
        ("mức giảm tỷ suất sinh thô bình quân 0,1‰/năm", ("change", "=", -0.1)),
        ("khống chế tốc độ gia tăng tỷ số giới tính khi sinh 0,2 điểm %", ("change", "<=", 0.2)),
        ("Năm 2026 phấn đấu mức giảm sinh 0,1‰", ("change", "=", -0.1)),
    ],
)
def test_a_name_that_is_a_change_governs_its_figure_and_comparator(
    text: str, want: tuple[str, str, float]
) -> None:
    assert _read(text)[-1][:3] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("giảm dưới 5%", ("level", "<", 5)),
        ("tỷ lệ hộ nghèo giảm dưới 3% vào năm 2026", ("level", "<", 3)),
        ("Giảm dưới 10/100.000 dân", ("level", "<", 10)),
        # near-misses: a change with a bound on how much
        ("giảm ít nhất 1%", ("change", "<=", -1)),
        ("mức giảm dưới 1%", ("change", ">", -1)),
        ("tăng trên 10% so với năm 2020", ("change", ">", 10)),
    ],
)
def test_down_to_under_is_a_level(text: str, want: tuple[str, str, float]) -> None:
    assert _read(text)[0][:3] == want


def test_percentage_points_glued_to_their_sign_are_read() -> None:
    assert _read("giảm 0,4 điểm% so với năm 2023") == [("change", "=", -0.4, None)]


def test_a_change_in_percent_of_a_ratio_is_no_catalogue_reading() -> None:
    text = "Chỉ tiêu năm 2026: khống chế mức tăng tỷ số giới tính khi sinh không quá 0,2%."
    (found,) = find_targets(text)
    assert (found.code, found.phrase.kind.value, found.value.magnitude) == ("", "change", 0.2)


def test_a_change_in_points_of_a_ratio_is_read_in_its_unit() -> None:
    text = "Chỉ tiêu năm 2026: khống chế tốc độ tăng tỷ số giới tính khi sinh 0,2 điểm %."
    (found,) = find_targets(text)
    assert (found.code, found.phrase.kind.value, found.value.magnitude) == ("srb", "change", 0.2)


# ---- counts of places set by an aim word of their clause -----------------------------------


def _targets(text: str) -> list[tuple[str, str, float, str]]:
    plan = draft_plan(text).plan
    return [
        (t.kind.value, t.comparator.value, float(t.value.magnitude), t.period.code)
        for t in plan.targets
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Năm 2026, huyện tiếp tục duy trì chuẩn quốc gia về y tế tại 25 xã đạt chuẩn.",
            [("maintain", "=", 25, "2026")],
        ),
        (
            "Năm 2025, phấn đấu hoàn thành xây dựng nhà văn hóa cho 12 thôn còn lại.",
            [("level", "=", 12, "2025")],
        ),
        (
            "Năm 2025, tổ chức phát động 20 khu phố không có người hút thuốc lá.",
            [("level", "=", 20, "2025")],
        ),
        (
            "Chỉ tiêu năm 2027: hoàn thành bộ tiêu chí quốc gia về y tế đối với 8 xã, phường.",
            [("level", "=", 8, "2027")],
        ),
    ],
)
def test_an_aim_word_of_its_clause_sets_a_count_of_places(
    text: str, want: list[tuple[str, str, float, str]]
) -> None:
    assert _targets(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, toàn tỉnh đã duy trì tiêu chí tại 40 xã.",  # done
        "Năm 2025, duy trì dịch vụ công cấp độ 4 trong các lĩnh vực.",  # a grade, no count
        "Năm 2025, Kế hoạch được gửi đến 15 xã, phường.",  # no aim word
        "Năm 2025, mục tiêu chung là nâng cao chất lượng dịch vụ tại 15 xã vùng khó khăn.",
        "Năm 2025, phấn đấu nâng cao chất lượng; ban hành hướng dẫn cho 15 xã.",  # its clause
    ],
)
def test_counts_without_an_aim_word_of_their_own_are_no_targets(text: str) -> None:
    assert _targets(text) == []


def test_mothers_and_town_quarters_are_counted() -> None:
    text = "942 bà mẹ sinh con, 12 khu phố, hơn 132 nghìn cụ nam giới"
    assert [(str(v.unit), v.phrase.value.magnitude) for v in find_values(text)] == [
        ("woman", 942),
        ("village", 12),
        ("person", 132000),
    ]


def test_couples_cards_and_outbreaks_are_counted() -> None:
    text = "1.200 cặp vợ chồng mới sử dụng biện pháp tránh thai; cấp 5.000 thẻ BHYT; 4 ổ dịch"
    assert [(str(v.unit), v.phrase.value.magnitude) for v in find_values(text)] == [
        ("couple", 1200),
        ("card", 5000),
        ("outbreak", 4),
    ]
    assert find_values("5 ô tô cứu thương") == []


# ---- "phấn đấu" before a status word or a year to reach -------------------------------------


def test_a_year_to_reach_after_phan_dau_is_no_status_year() -> None:
    text = (
        "Kế hoạch công tác dân số năm 2026 của huyện. Phấn đấu đến cuối năm 2026, tỷ lệ sinh"
        " con thứ ba trở lên giảm 0,3%, tỷ lệ sàng lọc sơ sinh 60%."
    )
    assert _targets(text) == [("change", "=", -0.3, "2026"), ("level", "=", 60, "2026")]


def test_reached_after_phan_dau_is_aimed_at() -> None:
    assert _targets("Năm 2025, phấn đấu đạt được 90% trẻ được tiêm chủng.") == [
        ("level", "=", 90, "2025")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch năm 2024. Đến cuối năm 2023, tỷ lệ tiêm chủng đầy đủ chỉ mới đạt 85%.",
        "Kế hoạch năm 2024. Tính đến cuối năm 2023, toàn tỉnh có 85% trẻ được tiêm chủng.",
        "Kế hoạch năm 2024. Năm 2023 đã đạt được 85% trẻ được tiêm chủng.",
    ],
)
def test_a_status_year_without_phan_dau_stays_a_status_year(text: str) -> None:
    plan = draft_plan(text).plan
    assert not plan.targets
    assert [(o.value.magnitude, o.period.code) for o in plan.observations] == [(85, "2023")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("duy trì tỷ lệ trẻ sơ sinh nhẹ cân (dưới 2.500 gram) dưới 4%", ("maintain", "<", 4)),
        (
            "Duy trì tỷ số giới tính khi sinh từ 104 đến 107 bé trai/100 bé gái",
            ("maintain", "range", 104),
        ),
        ("duy trì mức sinh thay thế 2,1 con/phụ nữ", ("maintain", "=", 2.1)),
        ("duy trì tỷ lệ phụ nữ (15-49 tuổi) thiếu máu dưới 20%", ("maintain", "<", 20)),
        # near-misses: the figure has a verb of its own, or "duy trì" follows it
        ("duy trì tỷ lệ tiêm chủng đầy đủ đạt trên 95%", ("level", ">", 95)),
        ("90% người nhiễm HIV được duy trì điều trị ARV", ("level", "=", 90)),
    ],
)
def test_duy_tri_before_the_name_keeps_the_figure(text: str, want: tuple[str, str, float]) -> None:
    found = [r for r in _read(text) if r[2] not in (15, 2500)]
    assert found[-1][:3] == want


def test_cu_alone_is_no_unit_of_people() -> None:
    """The word "cụ" (the elderly) is no unit before "thể" ("cụ thể", concrete):
    "5 cụ thể hóa" holds no count of people."""
    from vnhealthplan.extract import draft_plan

    near_miss = "Kế hoạch năm 2025. Mục tiêu: thực hiện 5 cụ thể hóa nhiệm vụ đến năm 2025."
    assert draft_plan(near_miss, key="x").plan.targets == ()
    counted = draft_plan("Năm 2025, phấn đấu tổ chức mừng thọ 500 cụ cao tuổi.", key="x")
    assert [str(t.value.units) for t in counted.plan.targets] == ["person"]
