"""Budget lines: a plan's funding, its total and its parts, drafted as targets (session 6).

The phrasings are written for these tests (not copied from a labelled text): how plans and
news reports of plans state what a plan will cost, and near-misses that state money spent,
received or priced, which must not be drafted as targets.
"""

from __future__ import annotations

import pytest

from vnhealthplan.extract import draft_plan
from vnhealthplan.io.extract.budgetlines import budget_line


def _targets(text: str) -> list[tuple[str, float, str, str]]:
    """(indicator code, magnitude, unit, period) of each drafted target."""
    drafted = draft_plan(text).plan.targets
    return [
        (t.indicator.code, t.value.magnitude, str(t.value.units), t.period.code) for t in drafted
    ]


def _draft(code: str) -> bool:
    return code.startswith("draft_")


@pytest.mark.parametrize(
    ("words", "line"),
    [
        ("Tổng kinh phí thực hiện Kế hoạch là ", "total"),
        ("Kinh phí thực hiện Đề án năm 2025 dự kiến: ", "total"),
        (
            "Ủy ban quyết định tổng nguồn vốn của Chương trình giai đoạn 2021 - 2025 khoảng ",
            "total",
        ),
        ("Dự toán kinh phí là ", "total"),
        ("Trong đó, ngân sách trung ương ", "part"),
        ("; nguồn vốn đối ứng của tỉnh là ", "part"),
        (" và nguồn xã hội hóa dự kiến là ", "part"),
        ("- Nguồn BHYT: ", "part"),
        ("kinh phí từ nguồn ngân sách tỉnh là ", "part"),
        ("bao gồm vốn sự nghiệp: ", "part"),
        ("vốn vay ODA là ", "part"),
        ("nguồn Quỹ Toàn cầu dự kiến là ", "part"),  # "nguồn" alone names a source
        ("Tổng mức đầu tư của dự án dự kiến là ", "total"),
    ],
)
def test_words_that_name_funds_make_a_budget_line(words: str, line: str) -> None:
    assert budget_line(words) == line


def test_a_line_in_the_parenthesis_of_another_is_a_part() -> None:
    outer = "Kinh phí năm 2024 là 850 triệu đồng"
    assert budget_line(" kinh phí thực hiện: ", outer) == "part"
    assert budget_line(" kinh phí thực hiện: ") == "total"


@pytest.mark.parametrize(
    "words",
    [
        "Năm 2023, toàn tỉnh đã giải ngân ",  # spent: a result
        "Tổng kinh phí đã giải ngân là ",
        "Kinh phí được cấp năm 2023 là ",  # given: a result
        "Bệnh viện được đầu tư với tổng vốn ",
        "kinh phí quyết toán là ",
        "Giá dịch vụ xét nghiệm là ",  # a price
        "Kinh phí hỗ trợ cho mỗi trạm y tế là ",  # a rate for one
        "Kinh phí hỗ trợ bình quân là ",
        "Tặng 100 suất quà, trị giá ",  # no word for funds
        "Sở Y tế chi ",
        "nguồn thu sự nghiệp của bệnh viện là ",  # revenue
        "Ngân hàng chính sách cho 20 hộ vay vốn ",  # a loan
    ],
)
def test_money_spent_given_or_priced_is_no_budget_line(words: str) -> None:
    assert budget_line(words) == ""


def test_a_total_and_its_parts_in_one_sentence() -> None:
    text = (
        "Tổng nguồn vốn của Chương trình giai đoạn 2021 - 2025 là 1.500 tỷ đồng, trong đó "
        "ngân sách trung ương 900 tỷ đồng, ngân sách địa phương 600 tỷ đồng."
    )
    (total, central, local) = _targets(text)
    assert total == ("plan_budget", 1500, "billion_dong", "2021-2025")
    assert [(_draft(c), v, u, p) for c, v, u, p in (central, local)] == [
        (True, 900, "billion_dong", "2021-2025"),
        (True, 600, "billion_dong", "2021-2025"),
    ]


def test_parts_in_the_next_paragraph_take_the_period_of_the_total() -> None:
    text = (
        "Hội đồng nhân dân tỉnh quyết nghị tổng kinh phí thực hiện Đề án giai đoạn "
        "2026 - 2030 là 2.400 tỷ đồng.\n\nTrong đó, vốn ngân sách tỉnh là 1.800 tỷ đồng "
        "(bao gồm vốn đầu tư công: 1.000 tỷ đồng; kinh phí thường xuyên: 800 tỷ đồng); "
        "nguồn vốn khác dự kiến là 600 tỷ đồng."
    )
    drafted = _targets(text)
    assert drafted[0] == ("plan_budget", 2400, "billion_dong", "2026-2030")
    assert [v for _, v, _, _ in drafted[1:]] == [1800, 1000, 800, 600]
    assert all(_draft(code) and period == "2026-2030" for code, _, _, period in drafted[1:])


def test_a_kind_of_funds_in_parentheses_is_a_part() -> None:
    text = (
        "KẾ HOẠCH Phòng, chống bệnh lao năm 2024\nKinh phí thực hiện Kế hoạch năm 2024: 850 "
        "triệu đồng (nguồn sự nghiệp y tế: 600 triệu đồng; nguồn bảo hiểm y tế: 250 triệu đồng)."
    )
    drafted = _targets(text)
    assert drafted[0] == ("plan_budget", 850, "million_dong", "2024")
    assert [(_draft(c), v, p) for c, v, _, p in drafted[1:]] == [
        (True, 600, "2024"),
        (True, 250, "2024"),
    ]


def test_sources_of_a_plan_of_the_year_are_targets_of_its_year() -> None:
    text = (
        "KẾ HOẠCH Phòng, chống sốt rét năm 2025\nV. KINH PHÍ\nTổng kinh phí thực hiện:\n"
        "- Ngân sách tỉnh: 800 triệu đồng;\n- Nguồn BHYT: 400 triệu đồng."
    )
    drafted = _targets(text)
    assert [(_draft(c), v, u, p) for c, v, u, p in drafted] == [
        (True, 800, "million_dong", "2025"),
        (True, 400, "million_dong", "2025"),
    ]


def test_a_total_the_lexicon_misses_is_the_plan_budget() -> None:
    text = "KẾ HOẠCH năm 2025\nTổng mức đầu tư của dự án dự kiến là 150 tỷ đồng."
    assert _targets(text) == [("plan_budget", 150, "billion_dong", "2025")]


def test_a_total_written_in_dong() -> None:
    text = (
        "KẾ HOẠCH Phòng, chống sốt xuất huyết năm 2025\nTổng kinh phí thực hiện Kế hoạch: "
        "2.500.000.000 đồng (Bằng chữ: Hai tỷ năm trăm triệu đồng)."
    )
    assert _targets(text) == [("plan_budget", 2500000000, "dong", "2025")]


@pytest.mark.parametrize(
    "text",
    [
        "KẾ HOẠCH năm 2024\nNăm 2023, toàn tỉnh đã giải ngân 50 tỷ đồng cho các dự án y tế.",
        "KẾ HOẠCH năm 2024\nSở Y tế chi 3 tỷ đồng năm 2023 cho công tác phòng, chống dịch.",
        "KẾ HOẠCH năm 2024\nTổng kinh phí đã giải ngân là 30 tỷ đồng.",
        "KẾ HOẠCH năm 2024\nKinh phí được cấp năm 2023 là 2 tỷ đồng.",
        "KẾ HOẠCH năm 2024\nBệnh viện được đầu tư với tổng vốn 350 tỷ đồng.",
        "KẾ HOẠCH năm 2024\nGiá dịch vụ xét nghiệm là 350.000 đồng.",
        "KẾ HOẠCH năm 2024\nKinh phí hỗ trợ cho mỗi trạm y tế là 20 triệu đồng.",
        "KẾ HOẠCH năm 2024\nTặng 100 suất quà, trị giá 200 triệu đồng.",
        "KẾ HOẠCH năm 2024\nNăm 2023, tổng kinh phí thực hiện chương trình là 40 tỷ đồng.",
        "KẾ HOẠCH năm 2024\nSau 5 năm thực hiện, tổng kinh phí huy động được là 120 tỷ đồng.",
    ],
)
def test_money_spent_received_or_priced_is_no_target(text: str) -> None:
    assert _targets(text) == []


def test_the_budget_of_the_plans_own_year_is_a_target() -> None:
    text = (
        "KẾ HOẠCH Phòng, chống bệnh lao năm 2024\n4. Kinh phí\n"
        "Tổng kinh phí thực hiện Kế hoạch năm 2024 là 1.250 triệu đồng."
    )
    assert _targets(text) == [("plan_budget", 1250, "million_dong", "2024")]


@pytest.mark.parametrize(
    "text",
    [
        # the budget of the year before the plan's: a figure of that year
        "KẾ HOẠCH năm 2025\nTổng kinh phí thực hiện Kế hoạch năm 2024 là 3 tỷ đồng.",
        # no word of the plan: what the year cost
        "BÁO CÁO Kết quả công tác y tế năm 2024\nTổng kinh phí thực hiện năm 2024 là 5 tỷ đồng.",
    ],
)
def test_the_budget_of_a_year_without_the_plan_is_a_status_figure(text: str) -> None:
    drafted = draft_plan(text).plan
    assert len(drafted.targets) == 0
    assert len(drafted.observations) == 1
