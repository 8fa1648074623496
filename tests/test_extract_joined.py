"""Tables one cell a line from a PDF's text layer, their long cells broken over two lines.

The sentences and figures here are written for the tests (not copied from a labelled text).
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from vnhealthplan.io.extract.cellrows import cell_rows
from vnhealthplan.io.extract.linecells import disjoint_add, fuller


def _read(text: str, issued: int | None) -> list[tuple[str, str, float, str, str]]:
    return [
        (c.role, c.code or c.name, float(c.value.magnitude), str(c.value.units), c.period.code)
        for c in cell_rows(text, issued)
    ]


def _lines(*cells: str) -> str:
    return "\n".join(cells) + "\n"


def test_labels_and_headings_broken_over_two_lines() -> None:
    text = _lines(
        "Bảng 4. Kết quả một số chỉ tiêu", "TT", "Chỉ tiêu", "Kế hoạch", "năm 2024",
        "Thực hiện", "năm 2024", "1", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm",
        "chủng đầy đủ (%)", "95", "96,1", "2", "Tỷ lệ trạm y tế xã có bác sĩ làm",
        "việc (%)", "100", "98,5",
    )  # fmt: skip
    assert [(r, code, v, y) for r, code, v, _, y in _read(text, 2025)] == [
        ("target", "full_immunisation_u1", 95, "2024"),
        ("observation", "full_immunisation_u1", 96.1, "2024"),
        ("target", "stations_with_doctor", 100, "2024"),
        ("observation", "stations_with_doctor", 98.5, "2024"),
    ]
    quote = text[slice(*cell_rows(text, 2025)[0].span)]
    assert quote == "Tỷ lệ trẻ em dưới 1 tuổi được tiêm\nchủng đầy đủ (%)\n95"


def test_a_bare_year_under_a_heading_of_aims() -> None:
    text = _lines(
        "Chỉ tiêu", "Mục tiêu", "2025", "Mục tiêu", "2030",
        "Tỷ lệ dân số tham gia bảo hiểm y tế (%)", "95", "> 95",
    )  # fmt: skip
    assert [(r, v, y) for r, _, v, _, y in _read(text, 2021)] == [
        ("target", 95, "2025"),
        ("target", 95, "2030"),
    ]


def test_a_unit_cell_in_small_letters_is_not_joined_to_the_label() -> None:
    text = _lines(
        "TT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2024", "1",
        "Số người nhiễm HIV phát hiện mới", "người", "120", "98",
    )  # fmt: skip
    assert _read(text, 2025) == [
        ("observation", "Số người nhiễm HIV phát hiện mới", 120, "person", "2023"),
        ("observation", "Số người nhiễm HIV phát hiện mới", 98, "person", "2024"),
    ]


def test_running_text_broken_over_lines_drafts_nothing() -> None:
    text = _lines(
        "Kế hoạch", "năm 2024 của tỉnh nhằm nâng cao chất lượng", "khám chữa bệnh;",
        "Thực hiện", "năm 2023 đạt", "95%", "so với kế hoạch.",
    )  # fmt: skip
    assert _read(text, 2024) == []


def _tables(rng: random.Random, count: int) -> list[tuple[tuple[int, int], list[int]]]:
    """*count* tables in order, none overlapping another, of 1 to 4 figures."""
    tables, at = [], 0
    for _ in range(count):
        start = at + rng.randrange(0, 30)
        at = start + rng.randrange(1, 60)
        tables.append(((start, at), list(range(rng.randrange(1, 5)))))
    return tables


def _fuller_by_pairs(tables: list[Any], other: list[Any]) -> list[Any]:
    """fuller as it was first written: every table against every other (quadratic)."""
    kept: list[Any] = []
    used: set[int] = set()
    for table in tables:
        (start, end), figures = table
        clash = {i for i, ((a, b), _) in enumerate(other) if a < end and start < b}
        if clash & used:
            continue
        if sum(len(other[i][1]) for i in clash) > len(figures):
            kept.extend(other[i] for i in sorted(clash))
            used |= clash
        else:
            kept.append(table)
    kept += [t for t in other if not any(a < t[0][1] and t[0][0] < b for (a, b), _ in kept)]
    return sorted(kept, key=lambda table: table[0])


def _added_by_pairs(kept: list[Any], found: list[Any]) -> list[Any]:
    tables = list(kept)
    for (start, end), figures in found:
        if not any(a < end and start < b for (a, b), _ in tables):
            tables.append(((start, end), figures))
    return sorted(tables, key=lambda table: table[0])


@pytest.mark.parametrize("seed", range(40))
def test_tables_found_by_bisection_are_those_found_pair_by_pair(seed: int) -> None:
    rng = random.Random(seed)
    lines, joined, rows = (_tables(rng, rng.randrange(0, 25)) for _ in range(3))
    assert fuller(lines, joined) == _fuller_by_pairs(lines, joined)
    found = fuller(lines, joined) + rows
    assert disjoint_add(joined, found) == _added_by_pairs(joined, found)
