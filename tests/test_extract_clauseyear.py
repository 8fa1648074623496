"""Which figure of a row of clauses a year written among them belongs to (.clauseyear).

Phrases of our own making, in the ways provincial plans and news reports write them: each
figure's year at the end of its clause, after the words of what is measured.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.clauseyear import clause_year, others_year
from vnhealthplan.io.extract.segment import year_marks
from vnhealthplan.io.extract.targets import find_targets


def _read(text: str) -> list[tuple[float, str]]:
    return [(abs(float(c.value.magnitude)), c.period.code) for c in find_targets(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a pair per measure, the first year far after its figure (an age range between)
            "Kế hoạch giai đoạn 2022 - 2030. Phấn đấu giảm 20% số trẻ em tử vong do đuối nước "
            "năm 2025 và 40% vào năm 2030; 55% học sinh từ 6 đến 15 tuổi biết bơi an toàn năm "
            "2025 và 75% vào năm 2030.",
            [(20, "2025"), (40, "2030"), (55, "2025"), (75, "2030")],
        ),
        (  # a list of figures sharing the year that closes it
            "Chỉ tiêu: tỷ lệ cặp vợ chồng được tư vấn đạt 65% năm 2025 và 85% năm 2030; giảm "
            "40% số cặp tảo hôn, giảm 45% số cặp kết hôn cận huyết năm 2025; giảm 55% số cặp "
            "tảo hôn, giảm 65% số cặp kết hôn cận huyết năm 2030.",
            [(65, "2025"), (85, "2030"), (40, "2025"), (45, "2025"), (55, "2030"), (65, "2030")],
        ),
        (  # each figure's period at the end of its clause, a list of places between
            "Chương trình giai đoạn 2022 - 2030. Trên 60% số huyện, thị xã, thành phố giám sát "
            "được ổ dịch trong giai đoạn 2022 - 2025 và trên 85% số huyện, thị xã, thành phố "
            "trong giai đoạn 2026 - 2030.",
            [(60, "2022-2025"), (85, "2026-2030")],
        ),
        (  # numbered aims in one sentence, commas inside the measure's words
            "Mục tiêu đến năm 2030: mục tiêu 2, học sinh được tư vấn đạt 75% năm 2025 và 95% "
            "vào năm 2030; mục tiêu 3, đạt 65% giáo viên, nhân viên y tế trường học được tập "
            "huấn năm 2025 và 90% vào năm 2030.",
            [(75, "2025"), (95, "2030"), (65, "2025"), (90, "2030")],
        ),
        (  # two measures for two groups, then a year pair
            "Giảm tỷ lệ béo phì ở trẻ em xuống dưới 18% vào năm 2025 và dưới 16% vào năm 2030; "
            "giảm tỷ lệ thừa cân xuống dưới 7% đối với nông thôn và dưới 11% đối với thành thị "
            "vào năm 2025.",
            [(18, "2025"), (16, "2030"), (7, "2025"), (11, "2025")],
        ),
        (  # a count per year, the first year after a list of facilities
            "Xây dựng 12 trạm y tế xã, phường, thị trấn năm 2026 và 20 trạm y tế năm 2028.",
            [(12, "2026"), (20, "2028")],
        ),
    ],
)
def test_the_year_closing_the_figures_own_clause(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a yearly aim before a clause of figures with a year each: the plan's period
            "Kế hoạch giai đoạn 2021 - 2030. Hằng năm, 100% trường học tổ chức truyền thông; "
            "85% phụ huynh được tư vấn vào năm 2025 và 95% vào năm 2030.",
            [(100, "2021-2030"), (85, "2025"), (95, "2030")],
        ),
        (  # a yearly fall before the numbered aims' pairs: the year of its heading
            "Từ nay đến năm 2030, huyện đặt 2 mục tiêu. Mục tiêu 1, hàng năm giảm 5% số ca tai "
            "nạn giao thông; mục tiêu 2, đạt 70% số trường an toàn năm 2025 và 90% năm 2030.",
            [(5, "2030"), (70, "2025"), (90, "2030")],
        ),
    ],
)
def test_another_clauses_year_is_not_the_figures(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Đến năm 2025, 90% số xã đạt chuẩn, 95% trạm y tế có bác sĩ năm 2030.", "95%"),
        ("năm 2022 đạt 85%, năm 2023 đạt 90% số xã năm 2024.", "90%"),  # a year leading it
        ("đạt 90% năm 2025 và 95% số xã; 100% trạm có bác sĩ.", "100%"),  # no later year
        ("đạt 90% vào năm 2025, 95% trạm được đầu tư, trong đó năm 2027 đạt 98%.", "95%"),
        (  # a bracket that closes before the later year
            "tăng từ 18% năm 2017 lên 22% năm 2021 (nội thành 28%, ngoại thành 19%), "
            "trong đó tiểu học từ 30% năm 2017.",
            "19%",
        ),
        ("đạt 90% năm 2025; 95% số hộ được tư vấn. Năm 2030 đạt 99%.", "95%"),  # past "."
        ("đạt 90% năm 2025 95% số hộ năm 2030.", "95%"),  # no clause break
    ],
)
def test_near_misses_keep_the_year_before(text: str, figure: str) -> None:
    marks = year_marks(text)
    at = text.index(figure)
    value = (at, at + len(figure))
    before = [m for m in marks if m.span[1] <= at][-1]
    assert clause_year(text, value, len(text), before, marks) is None


@pytest.mark.parametrize(
    "text",
    [
        "tỷ lệ A đạt 90%; tỷ lệ B đạt 80% vào năm 2025.",  # one year: it may be the list's
        "hàng năm, 100% xã tổ chức; 90% số hộ biết vào năm 2025 và năm 2030.",  # a year list
        "100% xã tổ chức, 90% số hộ biết vào năm 2025 và 95% vào năm 2030.",  # no ";"
        "100% xã tổ chức; đến năm 2025 và năm 2030 duy trì kết quả.",  # no figure before it
        "100% xã tổ chức; vào năm 2025 đạt 90% và năm 2030 đạt 95%.",  # it leads a figure
    ],
)
def test_near_misses_keep_the_year_after(text: str) -> None:
    marks = year_marks(text)
    end = text.index("%") + 1
    after = next(m for m in marks if m.span[0] >= end)
    assert not others_year(text, end, after, marks)
