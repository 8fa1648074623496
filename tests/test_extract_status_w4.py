"""Status figures of session 5, wave 4: the years and counts of reported results."""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.targets import find_figures


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Số ca mắc mới giảm từ 120 ca/năm (năm 2017) xuống còn 95 ca/năm (năm 2022).",
            [(120, "2017"), (95, "2022")],
        ),
        (
            "Tỷ lệ bao phủ tăng từ 78,5% (năm 2019) lên 91,2% (năm 2023).",
            [(78.5, "2019"), (91.2, "2023")],
        ),
        (
            "Số người tử vong giảm từ 31 người (cuối năm 2018) còn 12 người (cuối năm 2023).",
            [(31, "2018"), (12, "2023")],
        ),
    ],
)
def test_a_year_in_brackets_right_after_a_status_figure_is_its_own(
    text: str, want: list[tuple[float, str]]
) -> None:
    found = [
        (c.value.magnitude, c.period.code)
        for c in find_figures(text, doc_year=2024)
        if c.role == "observation"
    ]
    assert found == want
