"""Session 7, precision: figures that are no targets of the plan, on sentences of our own.

* a bound that says which places or people a share counts ("90% xã có trên 50% hộ …",
  "(tối thiểu 60 lít/người/ngày)"): :mod:`vnhealthplan.io.extract.groupbounds`;
* the headlines of a news page's box of links to other articles ("Tin liên quan",
  "Xem thêm: …", headlines glued into one line): :mod:`vnhealthplan.io.extract.related`.

Each rule has its near-misses: the figures that must still be drafted.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.related import related_blocks


def _values(text: str) -> list[float]:
    return [float(t.value.magnitude) for t in draft_plan(text).plan.targets]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Đến năm 2025, 90% xã có trên 50% hộ gia đình sử dụng nhà tiêu hợp vệ sinh.", [90]),
        (
            "Phấn đấu đến năm 2030, 85% bệnh viện có từ 100 giường bệnh trở lên triển khai "
            "bệnh án điện tử.",
            [85],
        ),
        (
            "Mục tiêu năm 2025: giảm 30% số huyện có tỷ lệ mắc sốt xuất huyết trên 100 "
            "ca/100.000 dân.",
            [-30],
        ),
        (
            "Mục tiêu đến năm 2030: 70% trường học có trên 80% học sinh được khám sức khỏe "
            "định kỳ.",
            [70],
        ),
        (
            "Đến năm 2025, 90% người dân nông thôn được sử dụng nước sạch (tối thiểu 60 "
            "lít/người/ngày).",
            [90],
        ),
        (
            "Năm 2026 phấn đấu 60% thôn, bản có dưới 10% hộ nghèo đa chiều được tư vấn dinh dưỡng.",
            [60],
        ),
        # a threshold of a measure, beside the share of those who pass it
        (
            "Đến năm 2025, 95% người điều trị ARV đạt tải lượng vi rút dưới 1.000 bản sao/ml.",
            [95],
        ),
        (
            "Năm 2025: 90% người được xét nghiệm, trong đó 95% có tải lượng dưới 1000 bản sao/ml.",
            [90, 95],
        ),
        (
            "Đến năm 2030, 50% người bệnh đái tháo đường có đường huyết lúc đói dưới 7 mmol/l.",
            [50],
        ),
        # the bound in the name of the indicator, before its figure
        (
            "Đến năm 2025: tỷ lệ nam giới có vòng eo trên 90 cm giảm còn 20%.",
            [20],
        ),
        (
            "Đến năm 2025: tỷ lệ xã có trên 80% trẻ em được tiêm chủng đầy đủ đạt 90%.",
            [90],
        ),
        (
            "Đến năm 2025: giảm tỷ lệ huyện có số mắc sốt rét trên 1/1.000 dân xuống dưới 10%.",
            [10],
        ),
    ],
)
def test_a_bound_of_what_a_share_counts_is_no_target(text: str, kept: list[float]) -> None:
    assert _values(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # one figure in its clause: "có" is the verb of the target itself
        ("Đến năm 2025 có trên 90% trạm y tế đạt chuẩn quốc gia về y tế xã.", [90]),
        # "và" starts another item; ";" another clause
        (
            "Đến năm 2025, 100% trạm y tế có bác sĩ và có trên 80% trạm y tế có nữ hộ sinh.",
            [100, 80],
        ),
        (
            "Đến năm 2025, 95% xã có trạm y tế đạt chuẩn; dưới 5% trẻ em bị suy dinh dưỡng.",
            [95, 5],
        ),
        # a verb of its own: the bound is a target
        ("Đến năm 2025, tăng 10% số trạm y tế có bác sĩ lên trên 90% số trạm.", [10, 90]),
        ("Năm 2025, 80% xã có bác sĩ đạt trên 95% trạm y tế có nữ hộ sinh.", [80, 95]),
        # a bracket in the share's own unit restates or splits it
        ("Năm 2025, tỷ lệ tiêm chủng đầy đủ đạt 95% (tối thiểu 90% ở mỗi xã).", [95, 90]),
        # a bound that is the clause's first figure, not in an indicator's name
        ("Đến năm 2025 có trên 90% trạm y tế có bác sĩ, 80% có nữ hộ sinh.", [90, 80]),
        ("Đến năm 2025: tỷ lệ bao phủ bảo hiểm y tế trên 95%, tăng 3% so với năm 2023.", [95, 3]),
        # a bound before another figure's name: the target of its own indicator
        (
            "Đến năm 2025, tỷ lệ dân số có thẻ bảo hiểm y tế trên 95% và tỷ lệ khám chữa "
            "bệnh bảo hiểm y tế đạt 80%.",
            [95, 80],
        ),
        # a measure's bound that names another figure of its own
        (
            "Đến năm 2025, tỷ lệ tiêm chủng đạt 95% và tỷ lệ trẻ có cân nặng sơ sinh thấp dưới 8%.",
            [95, 8],
        ),
        # a measure of the plan's own, with no share beside it
        ("Đến năm 2030, chiều cao trung bình của nam thanh niên đạt trên 168 cm.", [168]),
    ],
)
def test_a_bound_with_a_verb_or_a_clause_of_its_own_is_kept(text: str, kept: list[float]) -> None:
    assert _values(text) == kept


_RELATED = (
    "Mục tiêu đến năm 2025 đạt 95% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.\n"
    "{title}\n"
    "Hà Nội: 98% trẻ em được tiêm vắc xin sởi\n\n"
    "Đà Nẵng đặt mục tiêu 90% người dân có hồ sơ sức khỏe điện tử\n"
)


@pytest.mark.parametrize(
    "title",
    ["Tin liên quan", "TIN LIÊN QUAN", "Bài viết liên quan:", "Các tin khác", "Xem thêm >>",
     "Có thể bạn quan tâm", "Tin cùng chuyên mục"],
)  # fmt: skip
def test_the_headlines_of_a_box_of_links_are_not_the_plans(title: str) -> None:
    assert _values(_RELATED.format(title=title)) == [95]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025 tỉnh phấn đấu 95% trẻ em được tiêm chủng.\n"
        "Xem thêm: Bắc Ninh phấn đấu 100% trạm y tế có bác sĩ\n",
        ">> Đọc thêm: Quảng Nam đặt mục tiêu 100% xã có bác sĩ năm 2025\n"
        "Năm 2025 tỉnh phấn đấu 95% trẻ em được tiêm chủng.",
        "Năm 2025 tỉnh phấn đấu 95% trẻ em được tiêm chủng.\n"
        "Gần 3.000 người cao tuổi được khám sức khỏe năm 2024 Gia Lai: Ra quân 100% xã "
        "tiêm vắc xin\n",
    ],
)
def test_a_link_on_its_line_and_glued_headlines_are_not_the_plans(text: str) -> None:
    assert _values(text) == [95]


def test_running_text_after_a_box_of_links_is_read() -> None:
    text = _RELATED.format(title="Tin liên quan") + (
        "\nTheo kế hoạch, đến năm 2025 tỉnh phấn đấu 90% người dân tham gia bảo hiểm y tế.\n"
        "II. MỤC TIÊU CỤ THỂ\n"
        "Đến năm 2025 có 100% trạm y tế có bác sĩ\n"
    )
    assert _values(text) == [95, 90, 100]


@pytest.mark.parametrize(
    "text",
    [
        # a title word inside a sentence, not a title of its own
        "Tin liên quan đến tiêm chủng: năm 2025 tỉnh phấn đấu đạt 95% trẻ em được tiêm chủng",
        # the document's own headline opens with its province
        "Thanh Hóa: Phấn đấu 95% trẻ em được tiêm chủng đầy đủ vào năm 2025",
        # a province named in running text before a colon
        "Theo kế hoạch của tỉnh Đắk Lắk: Năm 2025 đạt 95% trẻ em được tiêm chủng",
        "Kế hoạch của TP. Hà Nội: Năm 2025 phấn đấu đạt 95% trẻ em được tiêm chủng",
    ],
)
def test_a_line_that_only_looks_like_links_is_read(text: str) -> None:
    assert related_blocks(text) == []
    assert _values(text) == [95]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Đến năm 2025, nâng tỷ lệ bao phủ bảo hiểm y tế từ 90% lên 95%.", [95]),
        ("Mục tiêu năm 2026: giảm tỷ lệ suy dinh dưỡng thấp còi từ 18,5% xuống còn 16%.", [16]),
        ("Đến năm 2030, tăng số bác sĩ từ 9 bác sĩ/vạn dân lên 12 bác sĩ/vạn dân.", [12]),
        ("Đến năm 2025 tăng tỷ lệ người dân có hồ sơ sức khỏe từ 80% lên trên 90%.", [90]),
    ],
)
def test_the_level_a_target_starts_from_is_no_target(text: str, kept: list[float]) -> None:
    assert _values(text) == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a bound, not a start
        ("Năm 2025 tỷ lệ tiêm chủng đầy đủ đạt từ 95% trở lên.", [95]),
        # two targets of one list, the second with "lên" of its own clause
        ("Năm 2025 đạt 90% trẻ em được tiêm chủng; nâng lên 95% vào năm 2030.", [90, 95]),
    ],
)
def test_a_figure_after_tu_that_starts_nothing_is_kept(text: str, kept: list[float]) -> None:
    assert _values(text) == kept
