"""A province's bare name after "dân số" names the whole province (session 10, obs10).

Released sets 4 and 5 (Bình Phước, Lâm Đồng) state the population with the province's bare
name, and the drafter gave it a draft indicator. The phrasings below are written for these
tests, not taken from a labelled text.
"""

from __future__ import annotations

import pytest

from vnhealthplan.io.extract.targets import find_figures
from vnhealthplan.io.extract.wholename import whole_province


def _codes(text: str) -> list[tuple[str, float]]:
    return [(c.code, c.value.magnitude) for c in find_figures(text, doc_year=2021)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Năm 2020, dân số Bình Phước đạt 1.024.300 người.", 1024300),
        ("Dân số của Lâm Đồng năm 2020 là 1.310.000 người, mật độ thấp.", 1310000),
        ("Hiện nay dân số trung bình Hà Nam là 860.000 người.", 860000),
        ("Ước năm 2020 dân số Thừa Thiên Huế khoảng 1.130.000 người.", 1130000),
        ("Năm 2020, dân số Đắk Lắk có 1.890.000 người.", 1890000),
    ],
)
def test_population_with_the_province_name(text: str, value: float) -> None:
    assert ("population", value) in _codes(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a group counted, not the population
        ("Năm 2020, dân số Thái Bình có trên 280.000 người cao tuổi.", 280000),
        # a country, not a province
        ("Năm 2020, dân số Việt Nam đạt 97.580.000 người.", 97580000),
        # a change of the population, and a part of it, are no population
        ("Năm 2020, dân số Bình Phước tăng thêm 15.000 người.", 15000),
        ("Năm 2020, dân số nông thôn là 600.000 người.", 600000),
    ],
)
def test_not_the_population(text: str, value: float) -> None:
    assert ("population", value) not in _codes(text)


def test_the_name_after_its_noun_is_left() -> None:
    assert whole_province("dân số tỉnh Bình Phước là ") == "dân số tỉnh Bình Phước là "
