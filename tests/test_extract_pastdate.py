"""A day or month dated before the plan's year makes a status figure (session 8, tuneOB).

Running counts dated "31/12/2022", "tháng 6/2023" took the plan's year as targets when no
status word came with them. The phrasings are written for these tests, not taken from a
labelled text.
"""

from __future__ import annotations

import pytest

from figureroles import roles
from vnhealthplan.io.extract.pastdate import past_date


@pytest.mark.parametrize(
    ("text", "year", "want"),
    [
        (
            "Tại thời điểm 31/12/2022, số người nhiễm HIV còn sống là 1.234 người.",
            2023,
            [("observation", 1234, "2022")],
        ),
        (
            "Đến tháng 6/2023 toàn tỉnh có 1.234 người nhiễm HIV đang điều trị ARV.",
            2024,
            [("observation", 1234, "2023")],
        ),
        (
            "Đến ngày 31/12/2022, tỷ lệ bao phủ bảo hiểm y tế là 91,5%.",
            2023,
            [("observation", 91.5, "2022")],
        ),
        (
            "Lũy kế đến 30/9/2021, toàn tỉnh quản lý 356 bệnh nhân tâm thần phân liệt.",
            2022,
            [("observation", 356, "2021")],
        ),
        (
            "Trong quý III/2023, toàn tỉnh có 48 xã có bệnh nhân sốt xuất huyết.",
            2024,
            [("observation", 48, "2023")],
        ),
        (
            "Số liệu tháng 10/2022: 92,4% trẻ dưới 1 tuổi được tiêm chủng đầy đủ.",
            2023,
            [("observation", 92.4, "2022")],
        ),
        (
            "Thời điểm 01/4/2019, tỉnh có 1.860.447 người.",
            2020,
            [("observation", 1860447, "2019")],
        ),
        (
            "Từ đầu năm đến 15/11/2020 ghi nhận 27 ca tử vong do bệnh dại.",
            2021,
            [("observation", 27, "2020")],
        ),
    ],
)
def test_a_date_before_the_plans_year_makes_a_status_figure(
    text: str, year: int, want: list[tuple[str, float, str]]
) -> None:
    assert roles(text, year) == want


@pytest.mark.parametrize(
    ("before", "year"),
    [
        ("Đến tháng 6/2024, tỷ lệ tiêm chủng đạt ", 2024),  # the plan's year: a deadline
        ("Đến 31/12/2025, phấn đấu đạt ", 2024),  # a later year
        ("Tính đến 30/9/2023, phấn đấu đạt ", 2024),  # an aim after the date
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2020, toàn tỉnh có ", 2021),  # a reference
        ("Ngày 30/9/2023 có 5 ca. Mục tiêu năm 2024 là ", 2024),  # another sentence
        ("129/130 xã đạt chuẩn; ", 2024),  # a fraction, no date
    ],
)
def test_near_misses_read_no_past_date(before: str, year: int) -> None:
    assert past_date(before, year) == ""
