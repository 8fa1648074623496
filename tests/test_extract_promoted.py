"""Session 8, recall: counts and sums a sentence that sets targets lists without a verb or
year of their own, and ceilings read as status figures (:mod:`vnhealthplan.io.extract.promoted`),
on sentences of our own.

Each phrasing is drafted whole; the near-misses are counts of the present, the place an aim
is carried out, the items of a bracket and spans of time, which must stay undrafted.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract import draft_plan
from vnhealthplan.io.extract.promoted import PROMOTED_COST

_LISTED = "a count listed with targets in its sentence, without a verb or year of its own"


def _drafted(text: str) -> list[tuple[float, str, bool]]:
    """Each target's value, period and whether it was promoted."""
    draft = draft_plan(text)
    promoted = {
        f.span
        for f in draft.findings
        if f.kind == "target" and any("without a verb or year of its own" in r for r in f.reasons)
    }
    spans = [f.span for f in draft.findings if f.kind == "target"]
    return [
        (float(t.value.magnitude), t.period.code, span in promoted)
        for t, span in zip(draft.plan.targets, spans, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # A count of facilities to build: the builtcounts rule drafts it, so it is not
            # promoted (the two rounds of this session each caught it).
            "Theo kế hoạch, đến năm 2030 tỉnh sẽ phát triển 4 bệnh viện vệ tinh cho tuyến tỉnh.",
            [(4, "2030", False)],
        ),
        (
            "Mục tiêu đến năm 2027: tỷ lệ tiêm chủng đạt 95%; kiểm tra, đánh giá 120 cơ sở; "
            "3.000 hộ ký cam kết an toàn thực phẩm.",
            [(95, "2027", False), (120, "2027", True), (3000, "2027", True)],
        ),
        (
            "Mục tiêu của từng giai đoạn: 2025 - 2027 loại trừ bệnh sốt rét tại huyện Krông "
            "Bông (gồm 14 xã, thị trấn).",
            [(14, "2025-2027", True)],
        ),
        (
            "Năm 2026, phấn đấu 98% trẻ em được tiêm đủ mũi và 25 trạm y tế xã có bác sĩ gia đình.",
            [(98, "2026", False), (25, "2026", True)],
        ),
        (
            "Chỉ tiêu đến năm 2028 là 100% xã có trạm y tế đạt chuẩn, 30 xã có điểm sơ cứu "
            "đuối nước.",
            [(100, "2028", False), (30, "2028", True)],
        ),
        (
            "Tỉnh sẽ xây dựng mạng lưới cấp cứu ngoại viện với 12 trạm cấp cứu vệ tinh vào năm "
            "2030.",
            [(12, "2030", True)],
        ),
    ],
)
def test_a_count_in_a_sentence_that_aims_is_drafted(
    text: str, expected: list[tuple[float, str, bool]]
) -> None:
    assert _drafted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of the present: a status word in its own clause
        ("Năm 2026, toàn tỉnh đã có 173 trạm y tế xã đạt chuẩn.", []),
        ("Hiện nay tỉnh có 12 bệnh viện công lập và 5 bệnh viện tư nhân.", []),
        (
            "Năm 2024, tỉnh vừa công nhận 16 xã đạt Bộ tiêu chí quốc gia về y tế; mục tiêu "
            "năm 2025 đạt 95%.",
            [(95, "2025", False)],
        ),
        (
            "Năm 2025, mục tiêu đạt 95% trẻ được tiêm chủng; trong đó 40 xã vùng sâu.",
            [(95, "2025", False)],
        ),
        # the places an aim is carried out, all there are
        (
            "Đến năm 2030, 100% người cao tuổi được chúc thọ tại tất cả 56 phường, xã.",
            [(100, "2030", False)],
        ),
        # what the words before a bracket hold
        (
            "Mục tiêu đến năm 2030: 06 bệnh viện tự chủ tài chính (Bệnh viện Đa khoa tỉnh, "
            "02 bệnh viện khu vực và 3 bệnh viện chuyên khoa).",
            [(6, "2030", True)],
        ),
        # spans of time
        ("Chương trình chăm sóc dinh dưỡng 1.000 ngày đầu đời sẽ triển khai đến năm 2030.", []),
        ("Theo kế hoạch, trong vòng 10 năm tới tỉnh đặt chỉ tiêu về tầm vóc người dân.", []),
        # no aim in the sentence, or in another item of its list
        ("Toàn tỉnh có 25 trạm y tế xã và 3 bệnh viện huyện.", []),
        (
            "Đến năm 2030, phấn đấu nâng cao chất lượng; gửi tài liệu hướng dẫn cho 24 trạm y tế.",
            [],
        ),
    ],
)
def test_a_count_of_the_present_or_a_place_is_not(
    text: str, expected: list[tuple[float, str, bool]]
) -> None:
    assert _drafted(text) == expected


def test_a_list_of_counts_carries_its_aim_from_item_to_item() -> None:
    places = "; ".join(
        f"{2024 + i} - {2025 + i} loại trừ sốt rét tại các huyện {name} (gồm {n} xã, thị trấn)"
        for i, (name, n) in enumerate(
            [
                ("Krông Bông, Krông Pắc, Cư Kuin, Lắk và Krông Ana", 41),
                ("Ea Kar, M'Đrắk, Krông Năng, Ea H'leo và Buôn Đôn", 52),
                ("Ea Súp, Cư M'gar, Krông Búk và thị xã Buôn Hồ", 38),
                ("Buôn Đôn, Ea Súp và thành phố Buôn Ma Thuột", 27),
            ]
        )
    )
    text = f"Mục tiêu chung của từng giai đoạn: {places}."
    assert text.find("27 xã") - text.find("Mục tiêu") > 400  # beyond the aim's window
    assert [v for v, _, _ in _drafted(text)] == [41, 52, 38, 27]


def test_a_promoted_count_says_why_and_is_less_sure() -> None:
    text = "Mục tiêu năm 2027: tỷ lệ tiêm chủng đạt 95%; kiểm tra, đánh giá 120 cơ sở."
    draft = draft_plan(text)
    sure, promoted = (f for f in draft.findings if f.kind == "target")
    assert promoted.reasons[-1] == _LISTED
    assert promoted.said_reasons("vi").endswith(
        "số đếm nằm cùng câu với các chỉ tiêu, không có động từ hay năm của riêng nó"
    )
    assert promoted.confidence <= sure.confidence - PROMOTED_COST


def test_a_sum_listed_with_targets_is_drafted() -> None:
    text = (
        "Giai đoạn 2026-2030, tổng kinh phí thực hiện đạt 150 tỷ đồng; trong đó ngân sách "
        "tỉnh 120 tỷ đồng; nguồn xã hội hóa 30 tỷ đồng."
    )
    values = [v for v, _, _ in _drafted(text)]
    assert 30 in values


def _ceilings(text: str) -> list[tuple[float, str, str]]:
    draft = draft_plan(f"Kế hoạch năm 2026. {text}")
    return [
        (float(t.value.magnitude), t.comparator.value, t.period.code) for t in draft.plan.targets
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mục tiêu kết thúc dịch AIDS sẽ hoàn thành khi đạt được các tiêu chí: Số ca nhiễm HIV "
            "mới phát hiện\ndưới 800 ca mỗi năm (hiện nay là 2.000 ca/năm).",
            [(800, "<", "2026")],
        ),
        (
            "Tỉnh được công nhận loại trừ bệnh phong khi đạt được các tiêu chí: tỷ lệ lưu hành "
            "dưới 0,2/10.000 dân.",
            [(0.2, "<", "2026")],
        ),
        # near-misses: its clause or sentence reports it, no aim before it
        ("Kết quả đạt được: tỷ lệ trẻ suy dinh dưỡng dưới 10%.", []),
        ("Năm 2025, tỷ lệ trẻ suy dinh dưỡng thấp còi còn dưới 18%.", []),
        ("Năm 2024, tỉnh ghi nhận dưới 100 ca mắc sởi.", []),
        ("Hiện nay số ca mắc sởi vẫn dưới 100 ca mỗi năm.", []),
        (
            "Xã đạt chuẩn an toàn thực phẩm khi đạt được các yêu cầu: tỷ lệ mẫu thực phẩm không "
            "đạt chuẩn dưới 5%.",
            [],
        ),
    ],
)
def test_a_ceiling_after_an_aim_is_a_target(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _ceilings(text) == expected
