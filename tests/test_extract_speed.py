"""The fast scans of the extractor (issue #17) find what the rules' own patterns find.

Some whole-text scans look for a cheap anchor first ("năm 2024", a date, a newline) and then
at the words before it, instead of trying an optional leading group at every character.
These tests hold them to the patterns they stand for, on the bundled plan texts and on
phrases made up to cross every boundary; a change to one of the patterns that the fast scan
does not follow fails here.
"""

from __future__ import annotations

import random
import re

import pytest

from vnhealthplan import plans
from vnhealthplan.core import fold as fold_module
from vnhealthplan.core.fold import fold
from vnhealthplan.io.extract import deadlines, duties, segment

TEXTS = [plans.source_text(key) for key in plans.available()]


def _made_up(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(pieces, k=rng.randint(0, 12))) for _ in range(count)]


def _years(text: str, start: int, end: int) -> list[tuple[object, ...]]:
    return [
        (m.span(), m.span("y"), m.group("ref") is not None)
        for m in segment._ONE_YEAR.finditer(text, start, end)
    ]


def _dates(text: str) -> list[tuple[object, ...]]:
    return [
        (m.span(), m.group(), m.group("pre"), m.group("day"))
        for m in deadlines._TASK_DATE.finditer(text)
    ]


YEAR_PIECES = ["năm 2020", "Năm 2021", "NĂM 1999", "năm\t2020/", "năm 20201", "năm ", "2020"]
YEAR_PIECES += ["so với ", "so ", "cuối ", "Đầu ", "từ ", "từ \t", " ", "\t", "\n", "x", "-", "."]
DATE_PIECES = ["Quý I/2024", "quý IV / 2025", "ngày 12/3/2024", "tháng 3/2024", "ngày ", "2024"]
DATE_PIECES += ["6 tháng đầu năm 2024", "trước ", "đến ", "vào ", "trong ", "chậm nhất ", "hạn "]
DATE_PIECES += [" ", "\t", "\n", "số 1 ", "x", "Trước "]
BREAK_PIECES = [" ", "\t", "\n", "\r", ".", "a", "B", "đ", "\xa0", "x;", "à", " \n", "\n\n"]


@pytest.mark.parametrize("texts", [TEXTS, _made_up(YEAR_PIECES, 3000, 1)], ids=["plans", "made-up"])
def test_one_year_marks_are_the_patterns_matches(texts: list[str]) -> None:
    for text in texts:
        for start, end in ((0, len(text)), (len(text) // 3, len(text) - len(text) // 4)):
            assert list(segment._one_years(text, start, end)) == _years(text, start, end), text


def test_spans_of_years_keep_their_look_behind() -> None:
    text = "1/2021-2025, 2.2021-2025, 12021-2025 và 2021 - 2025"
    assert [m.group() for m in segment._SPAN_YEARS.finditer(text)] == ["2021 - 2025"]
    assert [m.group() for m in segment._SPAN_YEARS.finditer("2021-2025", 0)] == ["2021-2025"]


@pytest.mark.parametrize("texts", [TEXTS, _made_up(DATE_PIECES, 3000, 3)], ids=["plans", "made-up"])
def test_task_dates_are_the_patterns_matches(texts: list[str]) -> None:
    for text in texts:
        assert list(deadlines._task_dates(text)) == _dates(text), text


@pytest.mark.parametrize(
    "texts", [TEXTS, _made_up(BREAK_PIECES, 3000, 4)], ids=["plans", "made-up"]
)
def test_soft_breaks_are_the_patterns_matches(texts: list[str]) -> None:
    for text in texts:
        found = [m.end() - 1 for m in duties._SOFT_BREAK.finditer(text)]
        assert list(duties._soft_breaks(text)) == found, text


def _fold_by_runs(name: str) -> str:
    """fold as first written: every run of separators replaced, lone blanks too."""
    plain = name.translate(fold_module._PLAIN).casefold()
    return re.sub(r"[\s\-.,_]+", " ", plain).strip()


FOLD_PIECES = [" ", "  ", "\t", "\n", "-", ".", ",", "_", "\xa0", "\u2003", "a", "Đ", "x y"]


def test_fold_collapses_every_run_of_separators() -> None:
    for name in _made_up(FOLD_PIECES, 3000, 5):
        assert fold(name) == _fold_by_runs(name), name


def test_fold_of_whole_texts_and_their_lines() -> None:
    for text in TEXTS:
        assert fold(text) == _fold_by_runs(text)
        assert [fold(line) for line in text.splitlines()] == [
            _fold_by_runs(line) for line in text.splitlines()
        ]
